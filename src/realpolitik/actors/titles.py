"""Titles of office, in the five languages, sorted into the offices they name.

News names a person once by name and title ("Bundesinnenminister Alexander Dobrindt", "Foreign Minister Wadephul")
and then by the title alone ("..., betonte der Minister", "..., said the minister"): the bare title stands for that
person, not for whatever state the article named since. `title_offices` says which offices a title can name, so that
a bare title and an earlier person's title (or the office the leader dictionary gives them) can be compared.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Final

from realpolitik.actors.forms import normalise

HEAD_OF_GOVERNMENT: Final = "head of government"
PRESIDENT: Final = "president"
MINISTER: Final = "minister"

# word parts (as `normalise` spells them) of each office; a head of government first: "Premierminister",
# "Ministerpräsident" and "primer ministro" hold a minister's and a president's part too
_HEAD_OF_GOVERNMENT: Final = ("prime minister", "premier", "primer ministr", "primera ministr", "ministerprasident",
                              "chancellor", "kanzler", "regierungschef", "премьер", "taoiseach",
                              "presidente del gobierno", "presidenta del gobierno", "president du gouvernement",
                              "председатель правительства")
_PRESIDENT: Final = ("president", "prasident", "президент", "staatschef", "mandatario", "head of state")
_MINISTER: Final = ("minist", "министр", "secretary of state", "foreign secretary", "defence secretary",
                    "defense secretary", "secretary of defense", "secretary of war", "home secretary",
                    "secretario de estado")
# a deputy's title names no office of these: "Vice President Vance", "der Vizekanzler", "вице-премьер"
_DEPUTY: Final = ("vice", "vize", "deputy", "stellvertret", "вице", "замест", "adjoint", "viceminist")
# a body, not a person ("das Außenministerium", "la Cancillería", "das Kanzleramt", "the administration", "the
# presidential office"); the office of a chamber or an organisation ("Parlamentspräsident", "Commission President",
# "presidente del Senado", "Conseil des ministres"); an adviser, envoy or spokesman of an office, no holder of it:
# no titled person of a state's government
_NOT_A_MINISTER: Final = ("ministry", "ministerium", "ministerio", "ministere", "министерств", "cancilleria",
                          "kanzleramt", "administra", "администрац", "presidential", "ratsprasident", "kommission",
                          "commission", "comision", "parlament", "parliament", "duma", "дум", "camara", "senat",
                          "senado", "council", "conseil", "consejo", "assemblee", "asamblea", "assembly",
                          "exchequer", "opposition", "advis", "berater", "asesor", "conseiller", "советник", "aide",
                          "envoy", "spokes", "sprecher", "portavoz", "porte-parole", "пресс-секретар")
# Spanish "el canciller": a foreign minister in most of the Spanish-speaking press, Germany's chancellor in the rest
_EITHER: Final = {"canciller": frozenset({MINISTER, HEAD_OF_GOVERNMENT})}


@lru_cache(maxsize=4096)  # asked of every person named near each bare title: the same few surfaces again
def title_offices(text: str) -> frozenset[str]:
    """The offices a title (or a leader's office as the dictionary gives it) names: none for a deputy's or for a
    title of no office here ("the spokesman"), nor for a body or a chamber's office."""
    key = normalise(text)
    if any(part in key for part in _DEPUTY + _NOT_A_MINISTER):
        return frozenset()
    either = next((offices for word, offices in _EITHER.items() if word in key), None)
    if either is not None:
        return either
    for office, parts in ((HEAD_OF_GOVERNMENT, _HEAD_OF_GOVERNMENT), (PRESIDENT, _PRESIDENT), (MINISTER, _MINISTER)):
        if any(part in key for part in parts):
            return frozenset({office})
    return frozenset()

"""Actor codes: telling a country code with agents ("RUSGOV") from an organisation code ("ECOWAS")."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from typing import Final

from realpolitik.mentions import ActorMention

# a party or the opposition (organisations.yaml, roles.yaml): a voice at home, never a state abroad
PARTY_AGENTS: Final = frozenset({"OPP", "PTY"})


def _reference_rows(name: str) -> list[dict[str, str]]:
    """The rows of data/reference/NAME, a CSV file with a header."""
    text = (resources.files("realpolitik") / "data" / "reference" / name).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text, newline="")))


@lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    """ISO alpha-3 codes (and Kosovo's XKX) from data/reference/countries.csv."""
    return frozenset(row["iso3"] for row in _reference_rows("countries.csv"))


@lru_cache(maxsize=1)
def agent_codes() -> frozenset[str]:
    """The three-letter CAMEO agent codes ("GOV", "MIL", "REB") from data/reference/cameo_agents.csv."""
    return frozenset(row["code"] for row in _reference_rows("cameo_agents.csv") if len(row["code"]) == 3)


@lru_cache(maxsize=1)
def _governing_states() -> dict[str, str]:
    """Each dependency's governing state from data/reference/countries.csv, whose CAMEO code writes a dependency
    after its state ("FRANCL": New Caledonia, France's; "DNKGRL": Greenland, Denmark's; "GBRFLK")."""
    states = {row["iso3"]: row["cameo"][:3] for row in _reference_rows("countries.csv")
              if len(row["cameo"]) == 6 and row["cameo"][:3] != row["iso3"] and row["cameo"][:3].isalpha()}
    return {**_OVERSEAS_DEPARTMENTS, **states}


# France's overseas departments, whose CAMEO code in countries.csv is their own ("MYT", "REU") though they are
# France's as New Caledonia ("FRANCL") is
_OVERSEAS_DEPARTMENTS: Final = {"MYT": "FRA", "REU": "FRA"}


def governed_by(dependency: str | None, state: str | None) -> bool:
    """Whether the country of `dependency` is a territory the country of `state` governs ("NCL" and "FRAMIL")."""
    place, owner = country_of(dependency), country_of(state)
    return place is not None and owner is not None and _governing_states().get(place) == owner


# The dependencies the studied gold reads as their sovereign where another state acts on them: Greenland (Denmark in 11
# facts of 5 documents, Greenland in 3, aligned in round 63). Not the Faroes, whose own fisheries deals and the EU's
# sanctions on them the gold codes as the Faroes' (fresh58a_de). France's territories (round 65, fr65): the studied
# gold codes none of them in any fact or relation (0 in every studied set, the study part and blind_study), and the
# coder printed them as the target of another's act in 2 documents of 2 stories ("des migrants expulsés de Mayotte"
# COM → MYT where the gold has COM → FRA, fresh55a-fr-003; "la fermeture du consulat du Vanuatu à Nouméa ... en
# Nouvelle-Calédonie" FRA → NCL, fresh65a-fr-004); the other territories of countries.csv have no studied fact.
ACTED_ON_AS_SOVEREIGN: Final = frozenset({"GRL", "NCL", "PYF", "WLF", "GLP", "MTQ", "GUF", "MYT", "REU"})


def sovereign_target(target: str, source: str) -> str:
    """The party a bare dependent territory of ACTED_ON_AS_SOVEREIGN stands for as the target of another state's act:
    its governing state ("threatened to take Greenland", "sent troops to Greenland": Denmark, as CAMEO writes
    Greenland "DNKGRL"; eval/gold/README.md, round 63). Its own government or people ("GRLGOV", Greenland's premier)
    act and are acted on as themselves, and so is the territory where the source is the territory itself."""
    owner = _governing_states().get(target) if target in ACTED_ON_AS_SOVEREIGN else None
    return target if owner is None or country_of(source) == target else owner


def country_of(code: str | None) -> str | None:
    """The country part of a code ("USAMIL" → "USA"), None for organisations and empty codes."""
    if not code:
        return None
    try:
        return _COUNTRY_OF[code]  # the stages ask about the same few hundred codes ~100 times a page
    except KeyError:
        pass
    head = code[:3]
    # each part after the country is an agent ("GOV", "MIL") or a territory ("DNKGRL"): "COMMONWEALTH" is no Comoros
    found = head if len(code) >= 3 and head in country_codes() and (len(code) == 3 or len(code) % 3 == 0 and all(
        code[i:i + 3] in agent_codes() or code[i:i + 3] in country_codes() for i in range(3, len(code), 3))) \
        else None
    if len(_COUNTRY_OF) >= _COUNTRY_OF_KEPT:
        _COUNTRY_OF.clear()
    _COUNTRY_OF[code] = found
    return found


_COUNTRY_OF: Final[dict[str, str | None]] = {}  # code → country_of(code)
_COUNTRY_OF_KEPT: Final = 100_000


_ARMED_GROUP: Final = "REB"


def is_armed_group(code: str) -> bool:
    """A country's armed non-state group (CAMEO REB after the country: M23 is "CODREB"), whose country is the one
    its backers answer; the bare agent "REB" names no group."""
    return code[3:] == _ARMED_GROUP


def side_of(code: str) -> str:
    """Which side a code acts for, the key that says whether two actors are one party: the country of a state's code
    ("RUSMIL" → "RUS"), else the organisation without its agent suffixes ("NATOMIL" → "NATO"). Never a code's first
    three letters alone: "BENELUX" is no Benin, "NORDIC" no Norway, "UNHCR" no UNHRC."""
    try:
        return _SIDE_OF[code]  # asked for the same few hundred codes at every role and coding step
    except KeyError:
        pass
    found = country_of(code) or _without_agents(code)
    if len(_SIDE_OF) >= _COUNTRY_OF_KEPT:
        _SIDE_OF.clear()
    _SIDE_OF[code] = found
    return found


def sides_of(mentions: Iterable[ActorMention]) -> set[str]:
    """The sides a list of mentions acts for, `side_of` of each one's code: an event's sources, a group's members
    (`Group.sides`); two mentions of one side ("RUSMIL", "RUSGOV") count once."""
    return {side_of(m.code) for m in mentions}


def _without_agents(code: str) -> str:
    """An organisation code without the agent codes at its end ("NATOMIL" → "NATO"), at least two letters kept."""
    while len(code) >= 5 and code[-3:] in agent_codes():
        code = code[:-3]
    return code


_SIDE_OF: Final[dict[str, str]] = {}  # code → side_of(code)


def same_party(first: str, second: str) -> bool:
    """Whether two codes act for one side (see side_of): an act between them is one party acting on itself."""
    return side_of(first) == side_of(second)


def party(code: str) -> str:
    """What a relation or a score compares: the country, else the whole organisation code."""
    return country_of(code) or code


@lru_cache(maxsize=1)
def plover_types() -> tuple[str, ...]:
    """The PLOVER event types (AGREE ... ASSAULT), in the order of data/reference/plover_types.csv."""
    return tuple(row["type"] for row in _reference_rows("plover_types.csv"))


def plover_type(value: str) -> str:
    """`value` as a PLOVER type (any case); ValueError naming the valid types when it is none."""
    code = value.strip().upper()
    if code not in plover_types():
        raise ValueError(f"{value!r} is not a PLOVER type; use one of {', '.join(plover_types())}")
    return code

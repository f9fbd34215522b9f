"""A transnational armed group named where it fights: "Islamic State militants in Somalia's Puntland", "al Qaeda
cells in northern Mali" are that country's armed group (EVAL.md codes armed groups by where they operate: SOMREB).

The dictionary gives a group that operates in many states (Islamic State, al Qaeda) a code of its own ("IS"), which
no gold set uses: the strikes on "Islamic State camps in central Syria" are on SYRREB. Where the group's phrase goes
on, with a few plain words between ("militants", "camps", "the group and al-Shabaab"), to "in" and a place of one
state within a few words and no comma, the mention takes that state's code and the REB agent. A group named alone,
or "from" a country (where its fighters come from, not where they fight), keeps its own code.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from realpolitik.model import ActorMention, Sentence, Token

_IN: Final = {"en": frozenset({"in"})}
# words that may stand between the group's name and "in": its fighters' nouns and a coordinated group's joiner
_BEFORE_IN: Final = 3
_AFTER_IN: Final = 6  # "in the Golis Mountains of Somalia's Puntland": the state's name may come after a region's
_BREAKS: Final = frozenset({",", ";", ":", "(", ")", "–", "—", "\""})
_PLACE_KINDS: Final = frozenset({"country", "adjective", "capital", "place", "seat", "region"})


def place_groups(sentences: list[Sentence], result: list[list[ActorMention]], lang: str) -> None:
    """Give each stateless group followed by where it operates that state's REB code (see the module's docstring)."""
    words = _IN.get(lang)
    if words is None:
        return
    for n, sentence in enumerate(sentences):
        mentions = result[n]
        if not any(m.kind == "group" and m.country is None for m in mentions):
            continue
        result[n] = [_placed(m, mentions, sentence.tokens, words) for m in mentions]


def _placed(m: ActorMention, mentions: list[ActorMention], tokens: list[Token],
            words: frozenset[str]) -> ActorMention:
    """`m` with the code of the state where the sentence places it, or `m` itself."""
    if m.kind != "group" or m.country is not None:
        return m
    groups = {i for g in mentions if g.kind == "group" for i in range(g.token_start, g.token_end)}
    at, plain = m.token_end, 0
    while at < len(tokens) and plain <= _BEFORE_IN and tokens[at].text.lower() not in words:
        text = tokens[at].text
        if text in _BREAKS or not (at in groups or text.islower()):
            return m  # a comma, a name of something else: the phrase has ended
        plain += at not in groups  # (another group's name is no word of the phrase's own)
        at += 1
    if at >= len(tokens) or tokens[at].text.lower() not in words:
        return m
    place = next((g for g in mentions if at < g.token_start <= at + _AFTER_IN and g.country
                  and g.kind in _PLACE_KINDS), None)
    if place is None or any(tokens[i].text in _BREAKS for i in range(at, place.token_start)):
        return m
    return replace(m, code=f"{place.country}REB", country=place.country, agent="REB",
                   note=f"operates in {place.country}")

"""One unnamed member: "a NATO member", "an ICC member state", "a member state of the EU" name some state of the
organisation, not the organisation itself.

"Putin's first trip to an ICC member state" read the court as the place visited, and "welcomed on a trip to a member
state of the ICC" as praise of it; "Turkey, a NATO member, bought Russian missiles" gave the alliance a purchase. The
indefinite article says one member, whom the phrase does not name: the organisation's mention is dropped (its tokens
stay) where a preposition governs the phrase ("a trip to an ICC member state", "drones fell on a NATO member"). In
apposition to a state or after a copula ("Turkey, a NATO member,", "Poland is a NATO member") the phrase tells the
named state's membership, which the relation reader takes from it: those stay. The definite plural ("the member
states of ECOWAS") is the members the article lists (reference/members.py).
"""

from __future__ import annotations

from typing import Final

from realpolitik.model import ActorMention, Sentence, Token

_INDEFINITE: Final = {"en": frozenset({"a", "an"})}
_MEMBER: Final = {"en": frozenset({"member", "members"})}
# the noun a member may carry ("an EU member state", "a member country of the AU")
_MEMBER_NOUNS: Final = {"en": frozenset({"state", "states", "country", "countries", "nation", "nations"})}
_OF: Final = {"en": frozenset({"of"})}
_ARTICLES: Final = {"en": frozenset({"the"})}
# the prepositions that govern a phrase naming no state ("to", "on"); not "as" ("joined as a NATO member": membership)
_PREPOSITIONS: Final = {"en": frozenset({"to", "in", "into", "on", "onto", "at", "from", "for", "against", "with",
                                         "of", "by", "over", "near", "inside"})}


def drop_indefinite_members(sentences: list[Sentence], result: list[list[ActorMention]], lang: str) -> None:
    """Drop each organisation that an indefinite member phrase names around it (see the module's docstring)."""
    if lang not in _INDEFINITE:
        return
    for n, sentence in enumerate(sentences):
        mentions = result[n]
        if any(m.kind == "organisation" for m in mentions):
            kept = [m for m in mentions if not (m.kind == "organisation" and _one_member(sentence.tokens, m, lang))]
            if len(kept) < len(mentions):
                result[n] = kept


def _one_member(tokens: list[Token], m: ActorMention, lang: str) -> bool:
    """Whether `m` qualifies one unnamed member after a preposition: "to a NATO member (state)", "to a member (state)
    of (the) NATO"."""
    def word(i: int) -> str:
        return tokens[i].text.lower() if 0 <= i < len(tokens) else ""

    # "an ICC member state": the article before the organisation, the member noun after it
    if word(m.token_start - 1) in _INDEFINITE[lang] and word(m.token_end) in _MEMBER[lang]:
        return word(m.token_start - 2) in _PREPOSITIONS[lang]
    # "a member state of the International Criminal Court"
    i = m.token_start - 1
    if word(i) in _ARTICLES[lang]:
        i -= 1
    if word(i) not in _OF[lang]:
        return False
    i -= 1
    if word(i) in _MEMBER_NOUNS[lang]:
        i -= 1
    return word(i) in _MEMBER[lang] and word(i - 1) in _INDEFINITE[lang] and word(i - 2) in _PREPOSITIONS[lang]

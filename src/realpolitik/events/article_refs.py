"""A verdict on an act the article named again: which of the parties its sentence names are no target of it.

"Russia struck Kyiv overnight. Spain condemned the attack and expressed its solidarity with the Ukrainian
people": the verdict's object is the act named again by its noun ("the attack", "el bombardeo", "cette attaque",
"этот удар"), whose author the article told before (`article_fill._judged_act_authors`); the party a later
coordinated verb names ("... with the Ukrainian people", "... a complaint with the UN Security Council") is that
verb's, not the verdict's. The roles reader, which reads one clause, gives it to the verdict as its target, and the
article's author of the act is then never asked (`_target_named`). `held_targets` says which targets so stand
beyond the act noun and a coordinating word; the coder holds them back while the article is asked, and gives them
back where it names no author (round 47, actrefs47: a party of the verdict's own sentence taking the target is
the leading cause of the verdicts on a named act whose author the fill missed).
"""

from __future__ import annotations

from typing import Final

from realpolitik.codes import party
from realpolitik.events.article import HOSTILE_TYPES
from realpolitik.model import ActorMention, Event, Token

# how many words may stand between the verdict and the act noun it judges ("condemned the attack", "a condamné
# cette attaque", "verurteilte den jüngsten Angriff", "condenó enérgicamente el bombardeo")
_OBJECT_REACH: Final = 3


def held_targets(targets: list[ActorMention], verdict: tuple[int, int], nouns: list[tuple[int, int]],
                 tokens: list[Token], coordinators: frozenset[str]) -> list[ActorMention]:
    """The targets of a verdict whose object is an act noun (`nouns`: the spans of the act nouns its clause
    judges) right after it, where every target stands after that noun and a coordinating word after it ("condemned
    the attack and expressed solidarity with the Ukrainian people"): they belong to the coordinated verb. [] where
    any target stands before such a word ("condemned the attacks on Lebanon and Syria": inside the noun's phrase),
    where no act noun follows the verdict within `_OBJECT_REACH` words, or where a target is no word of the sentence.
    """
    if not targets or not nouns:
        return []
    noun = next((n for n in nouns if verdict[1] <= n[0] <= verdict[1] + _OBJECT_REACH), None)
    if noun is None:
        return []
    first = min(t.token_start for t in targets)
    if first < noun[1]:
        return []
    if not any(tokens[i].text.lower() in coordinators for i in range(noun[1], min(first, len(tokens)))):
        return []
    return list(targets)


def replaces_held(held: list[ActorMention], authors: list[ActorMention], act: Event, plover: str) -> bool:
    """Whether the authors of the act a verdict names replace its `held` targets: where they are the same parties
    ("saluent l'annonce du cessez-le-feu et appellent les deux voisins à ...": the truce's sides named again); not
    where they name a held party beside others ("begrüßte den Beitritt ... und dankte Erdoğan", "criticó la visita y
    pidió a Paraguay que ...": the one the coordinated verb names is the one judged), not for a praise otherwise (its
    coordinated verb often thanks an author the article did not code), nor where a held party is a side of a visit,
    talks or deal. The victim of a hostile act held so is the coordinated verb's ("condemned the attack and
    expressed solidarity with the Ukrainian people")."""
    named = {party(a.code) for a in authors}
    kept = {party(t.code) for t in held}
    if kept == named:
        return True
    if plover == "SUPPORT" or not kept.isdisjoint(named):
        return False
    return act.plover in HOSTILE_TYPES or kept.isdisjoint({party(act.source or ""), party(act.target or "")})

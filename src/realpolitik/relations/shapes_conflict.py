"""The shapes of conflict and tension: rival (a hub, or a coordinated pair: "X and Y are rivals"), war ("the war
between X and Y", "Russia's war against Ukraine", "the Russian invasion of Ukraine"), strained ("tensions between
X and Y", "their dispute") and pits ("the war pitting Sudan against South Sudan").

Separate: these shapes read two opposing sides with the same pair readers, and no other shape reads them.
"""

from __future__ import annotations

from typing import Final

from realpolitik.codes import party
from realpolitik.events.roles import Group
from realpolitik.relations.sentence import CueMatch, SentenceView, codes
from realpolitik.relations.shapes_base import (
    ATTACH_REACH,
    Pairs,
    across,
    adjective,
    among,
    glue_words,
    place,
    state_codes,
    unique_pairs,
)
from realpolitik.relations.shapes_hub import hub
from realpolitik.relations.shapes_pairs import (
    apposed_pair,
    between_pair,
    clause_subject,
    hyphen_pair,
    nearest_subject_before,
)


def rival(view: SentenceView, m: CueMatch) -> Pairs:
    pairs, _ = hub(view, m)
    if pairs:
        return pairs
    groups = [g for g in view.in_clause(m.start) if not place(view, g)]
    pairs = between_pair(view, m, groups)
    if pairs:
        return pairs
    # "Israël est en guerre contre le Hamas", "Russia fought against Ukraine": the subject and the opponent
    # (or inside the cue's gap: "вел с Индией боевые действия", the verb before the opponent and its object after)
    opponent = next((g for g in groups if (g.start >= m.end and g.start - m.end <= ATTACH_REACH
                                           or m.start < g.start and g.end < m.end)
                     and g.marker in view.lexicon.marker("against")
                     and view.between_only(m.end, g.start, glue_words(view) | {g.marker}, lower_words=True)), None)
    subject = clause_subject(view, m, groups) if opponent is not None else None
    if subject is not None and subject.possessive:
        subject = _fighter_before(m, groups, opponent) or subject
    if subject is not None and opponent is not None and subject is not opponent and subject.end <= m.start:
        return across(codes(subject), codes(opponent))
    company = view.lexicon.marker("alongside")
    if any(view.forms[i] & company for i in range(m.start + 1, min(m.start + _COMPANY_REACH, m.end))):
        # "Australian troops fought alongside British forces in both world wars", "lucharon junto a", "воевали вместе
        # с": the fight verb's partner fought on its side, and the pair named before it are no enemies either
        return []
    paired = next((g for g in groups if g.marker is None and len(codes(g)) >= 2), None) or apposed_pair(view, m)
    return among(codes(paired)) if paired is not None else []  # "X and Y are arch-rivals"


def _fighter_before(m: CueMatch, groups: list[Group], opponent: Group | None) -> Group | None:
    """"Chinas Rückendeckung für Russland im Krieg gegen die Ukraine", "China's backing for Russia in the war against
    Ukraine": the state named right before the cue is the one at war; the possessor before it backs that state."""
    return next((g for g in groups if g.end == m.start and g is not opponent and state_codes(g)), None)


# words after a fight verb where a word of company stands: "fought alongside", "ont combattu aux"
_COMPANY_REACH: Final = 3


def strained(view: SentenceView, m: CueMatch) -> Pairs:
    """The pair of a tension or a dispute: "tensions between Serbia and Kosovo", "the Serbia-Kosovo dispute", "the
    presidents of X and Y will meet over their dispute" (a possessive for the pair the clause is about); not a party
    the strain is only near ("EU talks on the tensions in the north of Kosovo")."""
    groups = [g for g in view.in_clause(m.start) if not place(view, g)]
    pairs = between_pair(view, m, groups) or hyphen_pair(view, m)
    if pairs:
        return pairs
    possessives = view.grammar.possessives | view.lexicon.marker("possessive")
    if not any(view.forms[i] & possessives for i in range(max(0, m.start - 2), m.start)):
        return []
    subject = nearest_subject_before(view, m.start)
    return among(codes(subject)) if subject is not None and len(codes(subject)) == 2 else []


def war(view: SentenceView, m: CueMatch) -> Pairs:
    groups = [g for g in view.in_clause(m.start)]
    pairs = between_pair(view, m, groups) or hyphen_pair(view, m)
    if pairs:
        return pairs
    agent = _war_agent(view, m, groups)
    target = _war_target(view, m, groups, agent)
    if agent is None or target is None:
        return _force_at(view, m)
    return across(codes(agent), codes(target))


def _force_at(view: SentenceView, m: CueMatch) -> Pairs:
    """"Russian troops continued their offensive in the Donetsk region": the war word is itself an act of force the
    event coder has read, by a side the sentence names on a target it knows only by a place (a region, a city: no
    party of a tie here); the sides are that act's. Only the act the war word names, and not one whose sides the
    event coder took from elsewhere in the article or from names the shapes above have already weighed."""
    low, high = view.tokens[m.start].start, view.tokens[m.end - 1].end
    named = set(view.parties())
    return unique_pairs((party(e.source), party(e.target)) for e in view.events
                        if e.plover == "ASSAULT" and e.source and e.target and not e.negated and e.factual
                        and party(e.source) in named and party(e.target) not in named
                        and e.trigger_start is not None and e.trigger_end is not None
                        and e.trigger_start < high and low < e.trigger_end)


def _war_agent(view: SentenceView, m: CueMatch, groups: list[Group]) -> Group | None:
    """"Russia's war", "der russische Angriffskrieg", "l'invasion russe", "der Krieg Russlands gegen",
    "l'offensive lancée par Moscou", "российское вторжение"."""
    glue = glue_words(view)
    for g in groups:
        if g.end <= m.start and m.start - g.end <= 2 and (g.possessive or adjective(g)) \
                and view.between_only(g.end, m.start, glue, lower_words=True):
            return g
    after = [g for g in groups if g.start >= m.end and g.start - m.end <= 4]
    for g in after:
        if g.marker in view.grammar.agent_markers and view.between_only(m.end, g.start, glue, lower_words=True):
            return g  # "the offensive launched by Russia"
        if g.start - m.end <= 2 and (adjective(g) and not view.grammar.adjectives_before_nouns
                                     or g.genitive or g.marker is None and not view.grammar.adjectives_before_nouns
                                     and not view.grammar.genitive_markers):
            nxt = next((h for h in groups if h.start >= g.end and h is not g), None)
            if nxt is not None and nxt.marker in _target_markers(view):
                return g  # "invasion russe de", "Krieg Russlands gegen", "война России против"
    return None


def _target_markers(view: SentenceView) -> frozenset[str]:
    lex = view.lexicon
    return lex.marker("against") | lex.marker("object") | lex.marker("place")


def _war_target(view: SentenceView, m: CueMatch, groups: list[Group], agent: Group | None) -> Group | None:
    """"against Ukraine", "of Ukraine", "in Ukraine", "auf die Ukraine", "contre l'Ukraine", "на Украину"."""
    start = agent.end if agent is not None and agent.start >= m.end else m.end
    for g in groups:
        if g is agent or g.start < start or g.start - start > 4:
            continue
        if not view.between_only(start, g.start, glue_words(view) | _target_markers(view)):
            return None  # "l'offensive lancée par Moscou, alliée de Minsk"
        if g.marker in _target_markers(view) or g.genitive and g.marker is None:
            return g
    return None


def pits(view: SentenceView, m: CueMatch) -> Pairs:
    """"le conflit qui oppose l'Arménie à l'Azerbaïdjan", "the war pitting Sudan against South Sudan", "el conflicto
    que enfrenta a Armenia con Azerbaiyán": the sides stand after the verb, the first right after it (both, where
    they are coordinated), the other after a word of opposition."""
    groups = [g for g in view.in_clause(m.start) if g.start >= m.end and not place(view, g)]
    first = next((g for g in groups if g.start - m.end <= 2), None)
    if first is None:
        return []
    if len(codes(first)) >= 2:
        return among(codes(first))
    opposing = view.lexicon.marker("opposing")
    other = next((g for g in groups if g.start > first.start and g.start - first.end <= 2 and g.marker in opposing),
                 None)
    return across(codes(first), codes(other)) if other is not None else []

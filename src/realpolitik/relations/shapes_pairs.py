"""A pair of parties around a cue, read the same way by several shapes: the "between X and Y" phrase, a hyphenated
pair ("the Israel-Hamas war"), the clause's subject (`subject`), a coordinated pair set apart by an apposition,
and the subject before a cue.

Separate because treaty, rival, strained and war all ask these; none of them is one shape's own.
"""

from __future__ import annotations

from typing import Final

from realpolitik.events.roles import Group
from realpolitik.relations.sentence import CueMatch, SentenceView, codes
from realpolitik.relations.shapes_base import (
    APPOSITION_MARKS,
    APPOSITION_REACH,
    HYPHENS,
    Pairs,
    across,
    adjective_modifier,
    among,
    gap,
    glue_words,
    place,
    state_codes,
)

_PAIR_REACH: Final = 5  # "the treaty signed in 2019 between X and Y", "der zwischen X und Y geschlossene Vertrag"

# "Japón, el principal aliado de Washington en Asia,": the commas around an apposition
_APPOSED_SUBJECT_REACH: Final = 10


def between_pair(view: SentenceView, m: CueMatch, groups: list[Group]) -> Pairs:
    """"the treaty between X and Y", "Krieg zwischen Israel und der Hisbollah"."""
    for g in groups:
        if g.marker in view.lexicon.marker("pair") and len(codes(g)) >= 2 and gap(g, m) <= _PAIR_REACH \
                and (g.start >= m.end or _attributive(view, g, m)):
            return among(codes(g))
    return []


def _attributive(view: SentenceView, g: Group, m: CueMatch) -> bool:
    """"die zwischen Israel und der Hisbollah vereinbarte Waffenruhe": only words with no actor or preposition
    stand between a pair and the cue after it (not "la crisis entre España e Israel por la guerra de Gaza",
    "cooperation between Ankara and Baku since Armenia's defeat")."""
    grammar, lex = view.grammar, view.lexicon
    prepositions = grammar.agent_markers | grammar.location_markers | grammar.target_markers \
        | frozenset().union(*lex.markers.values())
    if any(g.end <= h.start and h.end <= m.start for h in view.groups):
        return False
    return not any(view.forms[i] & prepositions for i in range(g.end, m.start))


def hyphen_pair(view: SentenceView, m: CueMatch) -> Pairs:
    """"the Israel-Hamas war", "das russisch-venezolanische Abkommen", "la guerre Russie-Ukraine"."""
    groups = view.groups
    tokens = view.tokens
    for a, b in zip(groups, groups[1:], strict=False):
        if b.start - a.end != 1 or tokens[a.end].text not in HYPHENS:
            continue
        before = 0 <= m.start - b.end <= 1
        after = 0 <= a.start - m.end <= 2 and view.between_only(m.end, a.start, view.grammar.determiners)
        if before or after:
            return across(codes(a), codes(b))
    return []


def clause_subject(view: SentenceView, m: CueMatch, groups: list[Group]) -> Group | None:
    """The party the clause is about: the nearest free group before the cue (a "von/of" phrase of a noun
    counts: "die Regierungen von Mali und Niger"), else an agent ("signed by X and Y"), else the first
    free group after it."""
    lex, grammar = view.lexicon, view.grammar
    before = [g for g in groups if g.end <= m.start and not place(view, g) and not adjective_modifier(view, g)
              and (g.marker is None or g.marker in lex.marker("hub") and g.marker not in lex.marker("partner"))]
    if before:
        if (apposed := _apposed_subject(view, m, before)) is not None:
            return apposed
        if (shared := _shared_subject(view, m, before)) is not None:
            return shared
        # "Chypre, membre de l'UE mais pas de l'Otan, est liée à Paris par un accord": an organisation in a phrase of a
        # noun is what the state named before is (or is not) a member of, not the treaty's party
        last = before[-1]
        if not state_codes(last) and (last.marker is not None or last.start and view.forms[last.start - 1]
                                      & (grammar.genitive_markers | lex.marker("hub"))):
            free = [g for g in before if g.marker is None and state_codes(g)]
            if free:
                return free[-1]
        return before[-1]
    agent = next((g for g in groups if g.marker in grammar.agent_markers and g.start >= m.end), None)
    if agent is not None:
        return agent
    return next((g for g in groups if g.start >= m.end and g.marker is None and not g.genitive), None)


def _shared_subject(view: SentenceView, m: CueMatch, before: list[Group]) -> Group | None:
    """"Britain left the EU in 2020 and has since concluded trade deals with Australia", "a quitté l'UE et a depuis
    conclu des accords avec le Japon": after a conjunction and a lower-case word (a verb, an adverb) the cue's verb
    shares the subject of the verb before it; the object of that verb is no party of the treaty."""
    first, last = before[0], before[-1]
    if first is last or first.marker is not None or not state_codes(first) or last.possessive or last.genitive:
        return None  # "Russia remains India's largest supplier, and ...": a possessor is no object of a verb
    tokens, conjunctions = view.tokens, view.grammar.coordination
    # (not right before the cue: "a special and privileged strategic partnership" joins two adjectives)
    joins = [c for c in range(last.end, m.start - 2) if view.forms[c] & conjunctions
             and tokens[c + 1].text.isalpha() and tokens[c + 1].text[:1].islower()
             and not view.forms[c + 1] & view.grammar.determiners]  # "and the two countries describe": a new subject
    opens_clause = view.between_only(view.clause(m.start)[0], first.start, view.grammar.determiners)
    return first if joins and opens_clause else None


def _apposed_subject(view: SentenceView, m: CueMatch, before: list[Group]) -> Group | None:
    """"The United States, Australia's closest ally, signed a pact with X", "Japón, el principal aliado de Washington
    en Asia, firmó", "Hungary, which borders Serbia, signed": the names inside an apposition set off by commas after
    the subject say what the subject is; they are no party of the treaty the clause after it signs."""
    tokens = view.tokens
    prev = next((g for g in reversed(before[:-1]) if g.marker is None and state_codes(g) and g.end < m.start
                 and tokens[g.end].text == ","), None)
    if prev is None:
        return None
    close = next((i for i in range(m.start - 1, prev.end, -1) if tokens[i].text == ","), None)
    if close is None or close - prev.end > _APPOSED_SUBJECT_REACH:
        return None
    inside = frozenset(i for g in view.groups if prev.end < g.start and g.end <= close for i in range(g.start, g.end))
    described = any(tokens[i].text.isalpha() and tokens[i].text[:1].islower()
                    for i in range(prev.end + 1, close) if i not in inside)
    if not described or not all(tokens[i].text.isalpha() or tokens[i].text in glue_words(view) | HYPHENS
                                for i in range(prev.end + 1, close) if i not in inside) \
            or not view.between_only(view.clause(m.start)[0], prev.start, view.grammar.determiners):
        return None  # the subject opens the clause: not "After meeting Modi, Japan, America's ally, signed"
    # (the partner may stand before the treaty: "Анкара, член НАТО, подписала с Дамаском соглашение", "Die Türkei, ein
    # Nato-Mitglied, unterzeichnete mit Syrien ein Abkommen", "Turquía, miembro de la OTAN, firmó con Siria un acuerdo")
    partner = view.lexicon.marker("partner")
    beside = frozenset(i for g in view.groups if close < g.start and g.end <= m.start and g.marker in partner
                       for i in range(g.start - 1 if g.marker_index is None else g.marker_index, g.end))
    return prev if view.between_only(close + 1, m.start, glue_words(view), lower_words=True, skip=beside) else None


def nearest_subject_before(view: SentenceView, index: int) -> Group | None:
    start = view.clause(index)[0]
    free = [g for g in view.groups if g.end <= index and g.marker is None and not g.genitive
            and not adjective_modifier(view, g)]
    in_clause = [g for g in free if g.start >= start]
    return in_clause[0] if in_clause else (free[0] if free else None)


def apposed_pair(view: SentenceView, m: CueMatch, any_words: bool = False) -> Group | None:
    """"Saudi-Arabien und Iran, seit langem regionale Rivalen, ...": a coordinated pair before the comma of an
    apposition that the clause reader set apart, with only lower-case words between the comma and the cue; with
    `any_words` (a treaty: "Tschad und Niger, seit September durch ein Verteidigungsbündnis verbunden") any words
    but an actor or a comma."""
    for g in view.groups:
        # a year may stand in the apposition: "Vietnam und Indien, seit 2016 strategische Partner, ..."
        years = frozenset(tok.text for tok in view.tokens[g.end + 1:m.start] if tok.text.isdigit())
        if g.marker is None and len(codes(g)) >= 2 and g.end < m.start <= g.end + 1 + APPOSITION_REACH + 2 \
                and view.tokens[g.end].text in APPOSITION_MARKS \
                and (view.between_only(g.end + 1, m.start, glue_words(view) | years, lower_words=True)
                     or any_words and not any(
                    g.end < h.start < m.start for h in view.groups)
                    and all(tok.text not in APPOSITION_MARKS for tok in view.tokens[g.end + 1:m.start])):
            return g
    return None

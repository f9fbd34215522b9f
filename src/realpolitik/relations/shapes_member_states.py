"""The states a membership cue names with its own words: written onto it ("members Brazil, Russia", "Schwedens
Nato-Beitritt"), in a relative clause about the organisation ("NATO, to which Poland and Romania belong", "ECOWAS,
from which Mauritania withdrew"), coordinated into the organisation's group ("Hungary, an EU and NATO member"), the
founders after a founding participle, the states an apposition of the organisation's noun describes, and the subject
inside a split verb ("Dem Bündnis gehören Mali, Burkina Faso und Niger an")."""

from __future__ import annotations

from typing import Final

from realpolitik.codes import party
from realpolitik.events.roles import Group
from realpolitik.language.tokens import CLAUSE_STOPS
from realpolitik.relations.sentence import CueMatch, SentenceView, is_org, unique
from realpolitik.relations.shapes_base import (
    APPOSITION_MARKS,
    HYPHENS,
    adjective,
    apposed_words,
    glue_words,
    relative_words,
    state_codes,
)
from realpolitik.relations.shapes_member_company import in_company
from realpolitik.relations.shapes_member_orgs import leads

_RELATIVE_OPENING: Final = 3  # from the comma to the relative pronoun: ", der", ", to which", ", a la que"
_LIST_REACH: Final = 4  # glue words from a membership cue to its states: ", в том числе", ", such as the"
FOUNDING_CUES: Final = frozenset({"founding", "create"})  # the cues of founding an organisation


def relative_members(view: SentenceView, m: CueMatch, org_group: Group) -> list[str]:
    """"la UE, a la que pertenecen España y Alemania", "l'Otan, à laquelle appartiennent la Pologne et la Roumanie",
    "NATO, to which Poland and Romania belong", "die Nato, der Polen und Rumänien angehören": the cue is the verb of
    a relative clause about the organisation right before its comma; the states that clause names, before the verb
    or right after it, are the members."""
    tokens = view.tokens
    # the list reader may take the states of the clause into the organisation's group ("Die Nato, der Polen und
    # Rumänien angehören"): the comma after the organisation's own name
    comma = max((mention.token_end for mention in org_group.members if is_org(party(mention.code))),
                default=org_group.end)
    if comma >= m.start or tokens[comma].text != ",":
        return []
    relatives = relative_words(view) | view.lexicon.marker("whose")
    last = min(comma + _RELATIVE_OPENING, m.end, len(tokens) - 1)
    opening = next((k for k in range(comma + 1, last + 1) if view.forms[k] & relatives), None)
    # only a preposition and an article before the pronoun, or the cue itself: ", a la que", ", to which", ",
    # членами которого" (not ", Kaja Kallas, dijo que")
    words = view.lexicon.marker("relative_opening")
    if opening is None or not all(k >= m.start or view.forms[k] & words for k in range(comma + 1, opening)) \
            or any(t.text in CLAUSE_STOPS for t in tokens[opening:m.start]):
        return []
    close = next((k for k in range(m.end, len(tokens)) if tokens[k].text in CLAUSE_STOPS), len(tokens))
    inside = [party(mention.code) for mention in org_group.members if mention.token_start > opening]
    return [c for c in inside if not is_org(c)] + [
        c for g in view.groups if opening < g.start and (g.end <= m.start or m.end <= g.start < close)
        and (g.marker is None or g.marker_index == opening) for c in state_codes(g)]


def relative_inside(view: SentenceView, m: CueMatch, org_group: Group) -> list[str]:
    """"ECOWAS, from which Mauritania withdrew in 2000", "la Cedeao, de la que Mauritania se retiró", "ЭКОВАС, из
    которого вышла Мавритания": the cue opens with the preposition of a relative pronoun about the organisation
    before it; the states inside the cue's words are the ones that left."""
    relatives = view.grammar.relative_markers | view.grammar.roles.subject_relatives
    if org_group.end > m.start or not any(view.forms[i] & relatives
                                          for i in range(m.start + 1, min(m.end, m.start + 3))):
        return []
    return [c for g in view.groups if m.start < g.start and g.end <= m.end for c in state_codes(g)]


def attached_states(view: SentenceView, m: CueMatch, org_group: Group, groups: list[Group]) -> list[str]:
    """States written onto the cue: "members Brazil, Russia", "Beitritt Finnlands", "accession of Finland",
    "Sweden's accession", "Schwedens Nato-Beitritt", "Члены НАТО и Евросоюза Эстония, Латвия и Литва"."""
    # "EU members such as Hungary", "Nato-Staaten wie Polen", "страны ЕС, в том числе Венгрия"
    glue = glue_words(view) | HYPHENS | {",", ":"} | view.lexicon.marker("example")
    right = m.end
    if org_group.start >= m.end and view.between_only(m.end, org_group.start, glue):
        right = org_group.end  # "members of the EU Poland and Hungary": after the organisation
    left = m.start
    if org_group.end <= m.start and view.between_only(org_group.end, m.start, glue):
        left = org_group.start  # "Schwedens Nato-Beitritt"
    found: list[str] = []
    # "Turkey is a NATO member, Egypt ...": the cue has a subject of its own; not "Après avoir rompu avec la Cédéao,
    # le Mali et le Niger ont fondé ...", where the state after the comma is the subject the fronted phrase is about
    subject_before = any(g.end <= min(m.start, org_group.start) and g.marker is None and state_codes(g) for g in groups)
    for g in groups:
        if g is org_group or not state_codes(g):
            continue
        after = g.start >= right and g.start - right <= _LIST_REACH \
            and view.between_only(right, g.start, glue, skip=view.interposed if m.cue.org_next else frozenset()) \
            and not (g.end <= org_group.start and leads(view, g)) and not in_company(view, g, org_group) \
            and not (subject_before and _opens_clause(view, right, g))
        before = g.end <= left and left - g.end <= 2 and view.between_only(g.end, left, glue) and (
            g.possessive or g.genitive or adjective(g))
        if after or before:
            found += state_codes(g)
    return found


def coordinated_states(view: SentenceView, m: CueMatch, org_group: Group) -> list[str]:
    """The coordinator took states into the organisations' group: "Hungary, an EU and NATO member" (the states
    before organisations that stand right before the cue), "los miembros del BRICS, Brasil, Rusia ..." (the
    states after an organisation that follows the cue)."""
    if not state_codes(org_group):
        return []
    tokens = view.tokens
    # not the leader of a second organisation: "of the EAEU and of the Russian-led CSTO"
    parties = [party(mention.code) for mention in org_group.members
               if not (mention.token_end + 1 < len(tokens) and tokens[mention.token_end].text in HYPHENS
                       and tokens[mention.token_end + 1].text.islower())]
    orgs = [i for i, code in enumerate(parties) if is_org(code)]
    if 0 <= m.start - org_group.end <= 1 and orgs[0] > 0:
        states = parties[:orgs[0]]
    elif 0 <= org_group.start - m.end <= 2 and orgs[-1] < len(parties) - 1 \
            and view.between_only(m.end, org_group.start, glue_words(view)):
        states = parties[orgs[-1] + 1:]
    else:
        return []
    return [c for c in unique(states) if not is_org(c)]


def founders(view: SentenceView, m: CueMatch, org_group: Group, groups: list[Group]) -> list[str]:
    """"the bloc, founded by Brazil, Russia, India and China", "el bloque, fundado por Brasil ...": the agent right
    after a founding participle whose organisation stands before it."""
    if org_group.end > m.start or m.cue.id not in FOUNDING_CUES:
        return []  # not "die Verletzungen des Luftraums ihrer Mitglieder durch russische Drohnen"
    agent = next((g for g in groups if g.start >= m.end and g.marker in view.grammar.agent_markers
                  and view.between_only(m.end, g.start, view.grammar.determiners | {g.marker})), None)
    return state_codes(agent) if agent is not None else []


def apposed_states(view: SentenceView, m: CueMatch, org_group: Group) -> list[str]:
    """"Austria, Ireland and Malta, EU states outside NATO, ...": the states
    before the comma that opens an apposition of the organisation's noun (the organisation right before it), the
    apposition closed by a comma before any other state."""
    if not m.cue.org_attached or org_group.end > m.start or m.start - org_group.end > 1:
        return []
    subject = apposed_words(view, org_group.start)
    if subject is None:
        return []
    for k in range(m.end, len(view.tokens)):
        if view.tokens[k].text in APPOSITION_MARKS:
            return state_codes(subject)
        if any(g.start == k and state_codes(g) for g in view.groups):
            return []  # "Poland, EU states and Ukraine": a list, no apposition
    return []


def split_verb_subjects(view: SentenceView, m: CueMatch, org_group: Group) -> list[str]:
    """"Dem Bündnis gehören Mali, Burkina Faso und Niger an": the subject stands inside a split verb, after the
    organisation that opens the clause."""
    if org_group.end > m.start:
        return []
    return [c for g in view.groups if m.start < g.start and g.end <= m.end and g.marker is None for c in state_codes(g)]


def _opens_clause(view: SentenceView, low: int, g: Group) -> bool:
    """"Turkey is a NATO member, Egypt is a U.S. ally", "Die Türkei ist Nato-Mitglied, Ägypten gilt ...": a state
    after a comma with a verb of its own right after it opens the next clause (its subject)."""
    tokens = view.tokens
    if g.end >= len(tokens) or not any(tok.text == "," for tok in tokens[low:g.start]):
        return False
    word = tokens[g.end]
    return word.text.isalpha() and word.text[:1].islower() \
        and not view.forms[g.end] & (glue_words(view) | view.grammar.coordination)

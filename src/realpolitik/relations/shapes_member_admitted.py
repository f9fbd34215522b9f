"""Two shapes of membership that the member shape hands on: an organisation that admits states or grows by them
("BRICS admitted Vietnam as a full member", "BRICS expanded in 2024 to include Egypt and Iran") and a participle of
union ("Mali, Burkina Faso y Níger, agrupados en la AES")."""

from __future__ import annotations

from typing import Final

from realpolitik.events.roles import Group
from realpolitik.relations.sentence import CueMatch, SentenceView
from realpolitik.relations.shapes_base import HYPHENS, Pairs, across, org_codes, state_codes
from realpolitik.relations.shapes_member_reach import nearest

EXPANSION_CUES: Final = frozenset({"expands"})  # an organisation grown by new members ("expanded to include")
_ADMIT_REACH: Final = 3  # an organisation admitting: "в понедельник", "am Montag" between it and its verb


def admitted_pairs(view: SentenceView, m: CueMatch) -> Pairs:
    """"BRICS admitted Vietnam as a full member", "los BRICS admitieron el miércoles a Vietnam como miembro": the
    organisation is the subject right before the verb, the states stand inside the cue's gap; or, where the cue
    ends before them, right after it ("BRICS expanded in 2024 to include Egypt and Iran")."""
    before = [g for g in view.groups if g.end <= m.start]
    org_group = before[-1] if before else None  # the subject, a date between at most ("в понедельник приняла")
    if org_group is None or org_group.marker is not None or not org_codes(org_group) or state_codes(org_group):
        return []
    start = org_group.end
    # the head of a compound name is no word between: "die Brics-Gruppe wurde 2024 um ... erweitert"
    if start + 2 < m.start and view.tokens[start].text in HYPHENS:
        start += 2
    # the subject of a relative clause is its antecedent: "ASEAN, which expanded in the 1990s to include Vietnam"
    if m.cue.id in EXPANSION_CUES and start + 1 < m.start and view.tokens[start].text == "," \
            and view.forms[start + 1] & view.grammar.roles.subject_relatives:
        start += 2
    if m.start - start > _ADMIT_REACH or any(t.text == "," for t in view.tokens[start:m.start]):
        return []
    states = [c for g in view.groups if m.start < g.start and g.end <= m.end for c in state_codes(g)]
    if not states:
        after = next((g for g in view.groups if g.start >= m.end), None)
        if after is not None and after.start - m.end <= 1 \
                and (after.marker is None or (after.marker_index or 0) < m.end):
            states = state_codes(after)
    return across(states, org_codes(org_group))


def united_pairs(view: SentenceView, m: CueMatch, groups: list[Group]) -> Pairs:
    """The states a participle of union qualifies: the list right before its comma ("главами МИД Мали, Буркина-Фасо
    и Нигера, объединенных в Альянс", "Mali, Burkina Faso y Níger, agrupados en la AES"), else the subject of a copula
    ("Mali, Burkina Faso und Niger sind in der Allianz der Sahelstaaten zusammengeschlossen"); not the subject of
    another verb ("Lavrov met the ministers of the states grouped in the AES")."""
    orgs = [g for g in groups if org_codes(g) and g.start >= m.end or g.end <= m.start and view.grammar.verb_final
            and org_codes(g)]
    if not orgs:
        return []
    org = nearest(orgs, m, False)
    comma = m.start - 1
    if comma >= 1 and view.tokens[comma].text == ",":
        listed = next((g for g in view.groups if g.end == comma and state_codes(g) and not org_codes(g)), None)
        return across(state_codes(listed), org_codes(org)) if listed is not None else []
    copula = view.lexicon.marker("copula")
    low = view.clause(m.start)[0]
    verb = next((i for i in range(low, m.start) if view.forms[i] & copula), None)
    subject = next((g for g in groups if verb is not None and g.end <= verb and g.marker is None and state_codes(g)),
                   None)
    return across(state_codes(subject), org_codes(org)) if subject is not None else []

"""Which organisation a membership cue is about, and when the organisation next to it names no membership: a meeting
left ("left the G7 summit"), the body's own staff listed, a force or mission of it ("part of an African Union
force"); a second organisation after a conjunction ("of the EAEU and of the Russian-led CSTO"), the last of a list
an apposition describes, and the demonym or agent that leads an organisation ("the Russian-led CSTO"), which is no
member."""

from __future__ import annotations

from typing import Final

from realpolitik.actors.seated_bodies import member_code
from realpolitik.codes import party
from realpolitik.events.roles import Group
from realpolitik.relations.sentence import CueMatch, SentenceView
from realpolitik.relations.shapes_base import HYPHENS, adjective, member_orgs, org_codes, state_codes
from realpolitik.relations.shapes_member_reach import genitive_glue, year_after

_MORE_ORGS_REACH: Final = 6  # "and of the Russian-led CSTO", "und der von Moskau geführten OVKS"


def left_meeting(view: SentenceView, g: Group, m: CueMatch) -> bool:
    """"left the G7 summit", "verließ den G7-Gipfel", "a quitté le sommet du G7": what is left is a meeting's noun
    (Grammar.gatherings) between the cue and the organisation, or right after its name; the body stays a member."""
    nouns, forms = view.grammar.gatherings, view.forms
    if g.start >= m.end and any(not forms[i].isdisjoint(nouns) for i in range(m.end, g.start)):
        return True
    head = g.end + 1 if g.end < len(forms) and view.tokens[g.end].text == "-" else g.end
    return not forms[g.end - 1].isdisjoint(nouns) or head < len(forms) and not forms[head].isdisjoint(nouns)


def staff_listed(view: SentenceView, g: Group, m: CueMatch) -> bool:
    """"sanctioned four officials of the ICC, including a Canadian judge": the cue after the organisation lists the
    body's own people (lexicon marker "staff" before its "of"), whose states are no members."""
    staff, forms = view.lexicon.marker("staff"), view.forms
    if g.end > m.start or not staff:
        return False
    if forms[g.start] & staff:
        return True  # the mention took the people in: "officials of the International Criminal Court"
    k = g.start - 1
    if k > 0 and forms[k] & view.grammar.determiners:
        k -= 1
    return k > 0 and bool(forms[k] & view.grammar.genitive_markers) and bool(forms[k - 1] & staff)


def formation(view: SentenceView, m: CueMatch, org_group: Group) -> bool:
    """"part of an African Union force", "fait partie de la mission de l'Union africaine", "в составе миссии
    Африканского союза": the organisation names whose force or mission the cue is about (a word of a formation right
    after it, or between the cue and it)."""
    words = view.lexicon.marker("formation")
    if not words:
        return False
    after = org_group.end + (org_group.end < len(view.tokens) and view.tokens[org_group.end].text in HYPHENS)
    if after < len(view.tokens) and view.forms[after] & words:
        return True
    return org_group.start >= m.end and any(view.forms[i] & words for i in range(m.end, org_group.start))


def more_orgs(view: SentenceView, m: CueMatch, org_group: Group, groups: list[Group]) -> list[Group]:
    """"a member of the Eurasian Economic Union and of the Russian-led CSTO", "Mitglied der Eurasischen
    Wirtschaftsunion und der von Moskau geführten OVKS": a second organisation after a conjunction, kept apart from
    the first by the state that leads it."""
    tokens = view.tokens
    conjunction = org_group.end + year_after(view, org_group.end)  # "joined the SCO in 2023 and BRICS in 2024"
    if org_group.start < m.end or conjunction >= len(tokens) or not view.forms[conjunction] & view.grammar.coordination:
        return []
    after = [g for g in groups if g.start > conjunction and g.start - conjunction <= _MORE_ORGS_REACH]
    second = next((g for g in after if org_codes(g) and not state_codes(g)), None)
    if second is None or not all(leads(view, g) for g in after if g.start < second.start):
        return []
    # "a member of NATO and a dialogue partner of the SCO", "Mitglied der Nato und Dialogpartner der SCO": a noun of
    # its own before the second organisation (or its leader) names another standing, not the membership; the cue's
    # own preposition may come again ("ingresó en la OCS y en los BRICS")
    first = min((g.start for g in after if g.start <= second.start), default=second.start)
    glue = genitive_glue(view) | view.grammar.agent_markers | view.lexicon.marker("body") \
        | frozenset(tok.text.lower() for tok in tokens[m.start + 1:org_group.start])  # "Partner in der Nato und in"
    glue |= frozenset(tok.text for tok in tokens[conjunction + 1:first] if tok.text.isdigit())  # "und 2024 den Brics"
    if not view.between_only(conjunction + 1, first, glue):
        return []
    return [second]


def composed_orgs(view: SentenceView, m: CueMatch, org_group: Group) -> list[str]:
    """The organisations the states are members of: of a list before the cue that a comma closes, only the last, to
    which the phrase after the comma is apposed ("El Mercosur y la EFTA, integrada por Suiza y Noruega": EFTA's)."""
    orgs = member_orgs(org_group)
    after = org_group.end + (org_group.end < m.start and view.tokens[org_group.end].text == ")")  # "(EFTA),"
    if len(orgs) < 2 or after >= m.start or view.tokens[after].text != ",":
        return orgs
    last = member_code(org_group.members[-1], party(org_group.members[-1].code))
    return [last] if last in orgs else orgs


def leads(view: SentenceView, g: Group) -> bool:
    """"a member of the Russian-led CSTO", "Mitglied des von Russland geführten Bündnisses OVKS": a demonym or an
    agent between the cue and its organisation qualifies the organisation; it is not the member."""
    tokens = view.tokens
    hyphened = g.end + 1 < len(tokens) and tokens[g.end].text in HYPHENS and tokens[g.end + 1].text.islower()
    return adjective(g) or g.marker in view.grammar.agent_markers or hyphened  # "the Moscow-led CSTO"

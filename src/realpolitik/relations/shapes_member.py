"""The member shape: a state and the organisation next to the cue ("BRICS members Brazil, Russia, ...",
"NATO-Staaten Polen und Litauen", "Sweden's accession to NATO", "X announced its withdrawal from ECOWAS"), the
founders of a new organisation and the states admitted to one.

This module reads the shape in its order (which organisation, whether the cue is about it, which states); its
helpers live in modules of their own, by job:

- shapes_member_reach: how near the organisation stands to the cue, in words that count;
- shapes_member_orgs: which organisations, and when the one next to the cue names no membership;
- shapes_member_states: the states the cue names with its own words;
- shapes_member_company: the states it does not (its subject, a pronoun's, a reference's) and their company;
- shapes_member_admitted: an organisation admitting states, and states united in one.
"""

from __future__ import annotations

from typing import Final

from realpolitik.events.roles import Group
from realpolitik.relations.sentence import CueMatch, SentenceView, unique
from realpolitik.relations.shapes_base import (
    Pairs,
    across,
    before_relative,
    gap,
    member_orgs,
    org_codes,
    relative_antecedent,
    state_codes,
)
from realpolitik.relations.shapes_member_admitted import EXPANSION_CUES, admitted_pairs, united_pairs
from realpolitik.relations.shapes_member_company import (
    company_listed,
    holding_reference,
    in_company,
    member_subject,
    possessor_after,
    pronoun_subject,
)
from realpolitik.relations.shapes_member_orgs import composed_orgs, formation, left_meeting, more_orgs, staff_listed
from realpolitik.relations.shapes_member_reach import (
    ORDINAL_REACH,
    article_after_cue,
    genitive_glue,
    interposed_between,
    nearest,
    noun_between,
    objects_before,
    only_modifiers,
    undated_gap,
    written_onto,
)
from realpolitik.relations.shapes_member_states import (
    FOUNDING_CUES,
    apposed_states,
    attached_states,
    coordinated_states,
    founders,
    relative_inside,
    relative_members,
    split_verb_subjects,
)

# tokens from a membership cue to its organisation after it: "den Austritt ihrer Länder aus der Ecowas",
# "participation à l'Organisation du traité de sécurité collective (OTSC)"
_MEMBER_REACH: Final = 8
_ORG_NEXT_REACH: Final = 1  # "created the Alliance of Sahel States", "haben die AES gegründet", "были приняты в БРИКС"
UNION_CUES: Final = frozenset({"grouped_in"})  # participles of union ("объединенных в", "agrupados en")


def member(view: SentenceView, m: CueMatch) -> Pairs:
    """The (state, organisation) pairs a membership cue ties. An organisation that admits states or grows by them, and
    a participle of union, are shapes of their own (shapes_member_admitted). Else the organisation is the one nearest
    the cue in its clause (`_organisation`), unless the cue is about no membership of it (`_no_membership`,
    `_not_about`); the members are those of a relative clause about it (with their company), else the states the cue
    names (`_named_states`), completed by those its words leave out (`_completed`) and their company
    (`_company_states`)."""
    if m.cue.id in EXPANSION_CUES:
        # "ont élargi leur pacte Aukus aux missiles": an organisation grows by states or names no member
        return admitted_pairs(view, m)
    if m.cue.admits and (admitted := admitted_pairs(view, m)):
        return admitted  # else "Bolivia fue admitida como miembro pleno del Mercosur": a membership as any other
    if _unnamed_members(view, m):
        return []
    groups, own = _cue_groups(view, m)
    org_group = _organisation(view, m, groups)
    if org_group is None or _no_membership(view, m, org_group):
        return []
    if related := relative_members(view, m, org_group):
        # "el Mercosur, del que Argentina es miembro junto con Brasil y Paraguay": the company after the cue shares it
        related += [c for g in groups if g.start >= m.end and in_company(view, g, org_group)
                    for c in state_codes(g) if c not in related]
        return across(related, member_orgs(org_group))
    if _not_about(view, m, org_group):
        return []
    more = more_orgs(view, m, org_group, groups)
    if more:  # the leader of the second organisation stands between: no member of either
        groups = [g for g in groups if g in more or not (org_group.end <= g.start and g.end <= more[-1].start)]
    if m.cue.id in UNION_CUES:
        return united_pairs(view, m, groups)
    states = _named_states(view, m, org_group, groups)
    if not states and m.start > 0 and view.forms[m.start - 1] & view.lexicon.marker("foreign_possessive"):
        return []  # "blockieren dessen Aufnahme in die UN", "блокируют его вступление": another's accession
    states = _completed(view, m, org_group, groups, own, states)
    states += _company_states(view, m, org_group, groups, more, states)
    return across(states, composed_orgs(view, m, org_group) + [c for g in more for c in member_orgs(g)])


def _unnamed_members(view: SentenceView, m: CueMatch) -> bool:
    """Whether the word before the cue says its members are no named states: a partner country ("Bolivia es país
    socio de los BRICS"), or members a quantifier counts ("doch mehrere Mitgliedstaaten zögern")."""
    if not m.start:
        return False
    before, lexicon = view.forms[m.start - 1], view.lexicon
    return bool(before & lexicon.marker("partner_status") and view.forms[m.start] & lexicon.marker("partner_word")) \
        or bool(before & lexicon.marker("quantifier"))


def _cue_groups(view: SentenceView, m: CueMatch) -> tuple[list[Group], list[Group]]:
    """The groups the member shape reads, and those of the cue's own clause (`own`, the same list where no example
    clause follows): its clause's, the next clause's where it opens with an example word ("les pays membres de
    l'Otan, dont la France": it lists the members), and the organisation a relative clause the cue stands in is about
    ("BRICS, which includes Brazil", "Los BRICS, que agrupan a Brasil")."""
    groups = view.in_clause(m.start)
    clause_start, clause_end = view.clause(m.start)
    examples = view.lexicon.marker("example")
    nxt = next((i for i in range(clause_end, min(clause_end + 2, len(view.tokens))) if view.tokens[i].text != ","),
               None)
    own = groups
    if nxt is not None and view.forms[nxt] & examples:
        groups = groups + view.in_clause(nxt)
    groups += [g for g in view.groups if g.end <= clause_start and clause_start - g.end <= 2 and org_codes(g)]
    return groups, own


def _organisation(view: SentenceView, m: CueMatch, groups: list[Group]) -> Group | None:
    """The group of the organisation nearest the cue (after it where two are as near); what a body is formed against
    is no body ("la coalición contra el Estado Islámico que lidera Estados Unidos"), unless written onto the cue
    itself ("stimmte gegen den EU-Beitritt der Ukraine")."""
    enemy = view.lexicon.marker("enemy")
    with_orgs = [g for g in groups if org_codes(g) and not (g.marker in enemy and not written_onto(view, g, m))]
    return nearest(with_orgs, m, True) if with_orgs else None


def _no_membership(view: SentenceView, m: CueMatch, org_group: Group) -> bool:
    """Whether what the cue is about is no membership, whoever is named: a meeting left ("left the G7 summit") or
    the body's own staff listed ("officials of the ICC, including a Canadian judge")."""
    return m.cue.status == "ended" and left_meeting(view, org_group, m) or staff_listed(view, org_group, m)


def _not_about(view: SentenceView, m: CueMatch, org_group: Group) -> bool:
    """Whether the cue is about no membership of the organisation found: it stands too far from the cue (a day or an
    adverb between is no distance), the cue's noun it should qualify is not next to it, a cue that needs the
    organisation right after it finds a noun or too many words between, the organisation founds an object of its own,
    or it names whose force or mission the cue is about."""
    clause_start = view.clause(m.start)[0]
    # a verb-final clause puts the organisation well before its verb: "ist der Nato im April 2023 beigetreten";
    # "NATO's 31st member", "the EU's newest member": a possessive organisation with an ordinal or adjective
    reach = _MEMBER_REACH if org_group.start >= m.end or view.grammar.verb_final else \
        ORDINAL_REACH if org_group.possessive and only_modifiers(view, org_group.end, m.start) else 2
    if org_group.end > clause_start and gap(org_group, m) - interposed_between(view, org_group, m) > reach:
        return True  # "the UN chief called on Rwanda to withdraw its troops" is no leaving of the UN (a day or an
        # adverb between is no word of another act: "АС в среду приостановил членство Мадагаскара")
    # ("los países del grupo BRICS": a word of what kind of body it is may stand before the name)
    glue = genitive_glue(view) | view.lexicon.marker("body")
    if m.cue.org_attached and not (org_group.end <= m.start and gap(org_group, m) <= 1 or org_group.start >= m.end
                                   and view.between_only(m.end, org_group.start, glue)):
        return True  # "NATO partners", "Nato-Partner", "los países de la OTAN", "страны НАТО": it qualifies the noun
    if m.cue.org_next and (undated_gap(view, org_group, m) - objects_before(view, org_group, m)
                           - article_after_cue(view, org_group, m) > _ORG_NEXT_REACH
                           or org_group.marker in view.lexicon.marker("partner") or noun_between(view, org_group, m)):
        # "created a fund with the EU", "gründete mit der EU" found no organisation; "created the AES" does; a noun
        # between is what the cue is about ("партнером по диалогу ШОС": a dialogue partner, no member)
        return True
    if m.cue.id in FOUNDING_CUES and org_group.end <= m.start and m.end < len(view.tokens) \
            and view.forms[m.end] & (view.grammar.determiners | view.grammar.possessives):
        return True  # "NATO set up its Baltic Sentry mission": the organisation founds an object of its own
    # "sent troops as part of a European Union force": a state in the force, not of the organisation
    return formation(view, m, org_group)


def _named_states(view: SentenceView, m: CueMatch, org_group: Group, groups: list[Group]) -> list[str]:
    """The states the cue names in its own words (shapes_member_states), the first reading that finds any; where
    the organisation's group runs on into states that share it ("входит в ОДКБ, как и Россия"), the cue's subject
    first."""
    states = relative_inside(view, m, org_group) or attached_states(view, m, org_group, groups) \
        or coordinated_states(view, m, org_group) or founders(view, m, org_group, groups) \
        or apposed_states(view, m, org_group)
    if states and company_listed(view, org_group) \
            and (subject := member_subject(view, m, groups, org_group)) is not None:
        states = unique(state_codes(subject) + states)  # the subject shares the membership with the company
    return states


def _completed(view: SentenceView, m: CueMatch, org_group: Group, groups: list[Group], own: list[Group],
               states: list[str]) -> list[str]:
    """The members with those the cue's words leave out (shapes_member_company): where it names none and qualifies
    no noun with the organisation ("Beteiligung von Nato-Staaten": no states named, none taken), its subject, a
    relative's antecedent, a reference that holds it, the subject a fronted possessive stands for, a state before a
    relative clause, those inside a split verb, else a pronoun's state from the sentence before; where it qualifies a
    noun, the reference that holds it ("the two largest economies of the BRICS group"); where an example clause
    after it names the members, the subject of its own clause too."""
    if not states and not m.cue.org_attached:
        subject = member_subject(view, m, groups, org_group) or relative_antecedent(view, m) \
            or holding_reference(view, m, groups) or possessor_after(view, m, org_group) or before_relative(view, m)
        states = state_codes(subject) if subject is not None else split_verb_subjects(view, m, org_group)
        if not states and (state := pronoun_subject(view, m)) is not None:
            states = [state]
    elif not states and (holder := holding_reference(view, m, groups)) is not None:
        states = state_codes(holder)
    elif states and groups is not own and not any(c in states for g in own for c in state_codes(g)) \
            and (subject := member_subject(view, m, own, org_group)) is not None:
        # "Le Burundi et le Rwanda sont membres de l'EAC, dont la RDC fait aussi partie": the clause after the example
        # word names more members; the subject of the cue's own clause stays one
        states = state_codes(subject) + states
    return states


def _company_states(view: SentenceView, m: CueMatch, org_group: Group, groups: list[Group], more: list[Group],
                    states: list[str]) -> list[str]:
    """The states that share the membership with the members found and are not among them (`in_company`): "Belarus
    gehört wie Armenien und Kasachstan der OVKS an", "along with Russia", and where the subject is a pronoun ("It
    belongs to the GCC together with Saudi Arabia"); not the partner of another organisation after this one ("es
    miembro de la OTAN y forma parte de la UE junto con Portugal")."""
    last = max(org_group.end, m.end)
    return [c for g in groups if g is not org_group and in_company(view, g, org_group)
            and not any(org_codes(h) and h is not org_group and last <= h.start and h.end <= g.start
                        and h not in more for h in groups)
            for c in state_codes(g) if c not in states]

"""The structural reading of one trigger: which groups of its clause are its source and target, by the clause's
structure (`structural_roles`): subject and object, passive agent, target prepositions, and the many exceptions
the parts of the reader decide (speakers, relative clauses, possessors, partners, places, verdicts).

Separate as the one place that weighs the parts against each other; each question it asks is answered in the
module of its job (roles_subjects, roles_speech, roles_objects, ...), which never call back into it.

`structural_roles` is a sequence of steps, in the order the reader asks them, each in the module of its part:
- roles_reading.py: the site as the steps read it, the clause's markers and candidates, and the three small records
  the steps share: `Reading` (the site and what the rule marks), `Candidates` (the groups that may take a role) and
  `Pick` (the source and target chosen so far);
- the readings that settle the roles at once: an extended attribute (`_attribute_roles`, here: it reads the clause
  again without the attribute), then roles_settled.py (an attribute's author, a phrase before or around a noun, a
  pair, a passive's agents);
- roles_source_steps.py: the source (a passive's agent, or an active clause's subject and the many ways it stands
  elsewhere);
- roles_target_steps.py: the target (object, marked phrase, owner, pronoun);
- roles_weighing.py: the corrections that weigh the two against each other;
and last the assembly of the roles (`_assemble`, here).
"""

from __future__ import annotations

from dataclasses import replace

from realpolitik.codes import side_of, sides_of
from realpolitik.events.article import VERDICT_TYPES
from realpolitik.events.roles_agents import attribute_roles
from realpolitik.events.roles_base import TRIGGER_OBJECT, Group, Roles, Site
from realpolitik.events.roles_partners import coordinated_phrases
from realpolitik.events.roles_possessors import unresolved_genitive_after
from realpolitik.events.roles_reading import Pick, Reading, mark_clause, read_candidates, reading
from realpolitik.events.roles_settled import (
    authored_accusation,
    pair_roles,
    passive_agents,
    prefix_roles,
    premodifier_roles,
    relative_author_roles,
)
from realpolitik.events.roles_source_steps import (
    incise,
    noun_source,
    object_pronouns,
    outside_source,
    owner_source,
    passive_pick,
    phrase_source,
    quoted_source,
    speaker_source,
    subject_source,
    summoning_source,
    thanked_source,
)
from realpolitik.events.roles_target_steps import (
    act_target,
    fallback_target,
    fronted_target,
    incise_target,
    object_target,
    owner_target,
    pronoun_target,
    remaining_targets,
    unnamed_target,
)
from realpolitik.events.roles_weighing import copula_roles, free_relative, partner_target


def structural_roles(site: Site) -> Roles:
    """The source and target groups of one trigger by the clause's structure: each step below either settles the
    roles (and returns them) or narrows what the next one reads."""
    r = reading(site)
    if site.attributes:
        settled = _attribute_roles(r)
        if settled is not None:
            return settled
    settled = authored_accusation(r)
    if settled is not None:
        return settled
    mark_clause(r)
    settled = relative_author_roles(r)
    if settled is None:
        settled = premodifier_roles(r)
    if settled is None:
        settled = prefix_roles(r)
    if settled is None:
        settled = pair_roles(r)
    if settled is not None:
        return settled
    if site.nominal and unresolved_genitive_after(r.groups, site.trigger[1], site.forms, site.grammar):
        return Roles()  # "die Waffenlieferungen des Westens": the noun's agent is not an actor we know
    c = read_candidates(r)
    settled = passive_agents(r, c)
    if settled is not None:
        return settled
    roles = Roles()
    pick = Pick()
    if not incise(r, c, pick):
        return roles
    object_pronouns(r, pick)
    if r.passive_aux and c.agents:
        passive_pick(r, c, pick, roles)
    else:
        speaker_source(r, c, pick, roles)
        if not noun_source(r, c, pick):
            return roles
        summoning_source(r, c, pick)
        owner_source(r, c, pick)
        thanked_source(r, c, pick)
        if not subject_source(r, c, pick):
            return roles
        quoted_source(r, c, pick, roles)
        phrase_source(r, c, pick)
        outside_source(r, c, pick, roles)
        rest, later_verb = remaining_targets(r, c, pick)
        object_target(r, c, pick, rest, later_verb)
        owner_target(r, pick, rest)
        incise_target(r, pick)
        fallback_target(r, c, pick)
        act_target(r, pick)
        fronted_target(r, pick)
    pronoun_target(r, pick, roles)
    unnamed_target(r, pick)
    if site.rule.subject_judged and not roles.passive:
        copula_roles(r, c, pick, roles)
    free_relative(r, pick)
    partner_target(r, pick, roles)
    return _assemble(r, pick, roles)


def _attribute_roles(r: Reading) -> Roles | None:
    """A German extended attribute ("die von Israel verübten Angriffe"): the roles inside it when the trigger is its
    participle or noun; else its names leave the groups, and a verdict on the noun it qualifies judges its author.
    None where the clause's reading goes on."""
    site = r.site
    groups, sentence_groups = r.groups, r.sentence_groups
    rule, grammar, attribute = site.rule, site.grammar, site.attributes
    t_start = site.trigger[0]
    own = next(((i, j) for i, j in attribute if t_start in (j, j + 1)), None)  # the participle or noun
    if own is not None and not (t_start > own[1] and site.forms[own[1]] & grammar.mediation_participles):
        return attribute_roles([g for g in groups if own[0] < g.start < own[1]], rule, grammar)
    # ("eine von Katar vermittelte Waffenruhe": the participle's agent mediated, the parties are the clause's)
    # "Der von Israel auf den Libanon verübte Angriff wurde ... verurteilt": the names inside the attribute
    # are the participle's, no other verb's
    groups = [g for g in groups if not any(i < g.start < j for i, j in attribute)]
    sentence_groups = [g for g in sentence_groups if not any(i < g.start < j for i, j in attribute)]
    r.groups, r.sentence_groups = groups, sentence_groups
    # "unterstützte die von Südafrika eingereichte Klage": a verdict on the noun judges its author
    judged = next(((i, j) for i, j in attribute if t_start < i <= t_start + 3), None)
    if judged is not None and rule.plover in VERDICT_TYPES:
        author = attribute_roles([g for g in site.groups if judged[0] < g.start < judged[1]], rule, grammar)
        site = replace(site, groups=groups, sentence_groups=sentence_groups, attributes=())
        roles = structural_roles(site)
        if roles.sources and author.sources:
            roles.targets = author.sources
        return roles
    return None


def _assemble(r: Reading, pick: Pick, roles: Roles) -> Roles:
    """The roles of the source and target groups: a thanker's target, a reverse rule's swap, and the targets
    coordinated with the marked target."""
    site = r.site
    rule = site.rule
    source, target, credited_by = pick.source, pick.target, pick.credited_by
    joined = _own_preposition(target, site.forms, r.target_markers)
    also = coordinated_phrases(joined, r.sentence_groups, site.rival_triggers, site.forms, site.grammar) \
        if joined is not None and joined.marker in r.target_markers else []
    if credited_by is not None and credited_by is not source:
        # "thanked Japan for sending flood relief": the relief went to the one who thanks; nothing else of the
        # thanked one's is done to the thanker ("thanked Poland for rejecting the proposal")
        thanker = target is not None and (target.start, target.end) == (credited_by.start, credited_by.end)
        target = (target or credited_by) if rule.plover == "AID" else None if thanker else target
    if rule.reverse:
        source, target = target, source
    roles.sources = list(source.members) if source else []
    roles.targets = list(target.members) if target else []
    if also:
        sides = sides_of(roles.sources)
        roles.targets += [m for g in also for m in g.members if side_of(m.code) not in sides]
    return roles


def _own_preposition(target: Group | None, forms: list[frozenset[str]], markers: frozenset[str]) -> Group | None:
    """The target as `coordinated_phrases` joins others to it: one governed by the trigger's own preposition
    ("ingresó en la OTAN y en la Unión Europea") takes that preposition's word as its marker, so that the same
    preposition repeated after a conjunction opens a second target."""
    if target is None or target.marker != TRIGGER_OBJECT or target.marker_index is None:
        return target
    word = next(iter(sorted(forms[target.marker_index] & markers)), None)
    return Group(target.members, target.start, target.end, word, target.marker_index) if word is not None else None

"""What every step of the structural reading (roles_structure.structural_roles) reads of one trigger, read once:
the site as the steps read it (`reading`: a noun that is a passive's subject, the groups a viewpoint holds), the
markers its rule reads and the clause's groups (`mark_clause`), and the groups that may take a role (`read_candidates`),
with the three records the steps share: `Reading`, `Candidates` and `Pick` (the source and target chosen so far).
"""

from __future__ import annotations

from typing import Final

from realpolitik.events.article import VERDICT_TYPES
from realpolitik.events.article_acts import mediating
from realpolitik.events.clause_infinitives import is_infinitive_clause
from realpolitik.events.grammar import absent
from realpolitik.events.roles_agents import circumstance_agent, mediation_circumstance, mediator, participle_phrase
from realpolitik.events.roles_base import COMPOUND, SAID_TYPES, TRIGGER_OBJECT, Group, Site
from realpolitik.events.roles_objects import compound_participle, object_of_noun_before, seen_from
from realpolitik.events.roles_partners import marker_after
from realpolitik.events.roles_places import (
    OWNER_NOT_PARTY,
    SUIT,
    before_forum,
    host_venue,
    owner_of_place,
    suit_venue,
)
from realpolitik.events.roles_possessors import genitive_after, genitive_of_other_trigger
from realpolitik.events.roles_speech import joined_speech, venue_of_saying
from realpolitik.events.roles_subjects import subject_noun_of_passive
from realpolitik.events.roles_verdicts import behind_other_trigger, denied_content, judged_act_patient

COOPERATIVE: Final = frozenset({"SUPPORT", "AGREE", "AID", "COOPERATE", "CONSULT"})
# "UN sanctions", "sanctions de l'ONU", "санкции ООН": the sanctions named with their author as one name of the UN
# (organisations.yaml, id un_sanctions); a threat to restore them is aimed at the state they hit, not at the UN
OWNED_SANCTIONS: Final = "orgs:un_sanctions"


class Reading:
    """What every step reads of one trigger: its site, its groups as the first steps narrow them, and the markers
    its rule reads as a target's or a source's.

    The three records of the steps are plain classes, not dataclasses: compiled by mypyc, a dataclass is built by
    the `__init__` the dataclasses module writes, an interpreted frame at every trigger; this one is compiled."""

    site: Site
    groups: list[Group]  # the site's groups less those a viewpoint or an extended attribute owns
    sentence_groups: list[Group]  # the same of the sentence
    passive_aux: bool  # a passive verb (not where the noun trigger is the passive's subject)
    modifies: bool  # "the Iran-backed group": the trigger is a participle compounded onto the noun after it
    # (`mark_clause`)
    target_markers: frozenset[str]
    source_markers: frozenset[str]
    patient: bool  # a German patient noun: "von" and the genitive name the one acted on
    in_clause: list[Group]  # the clause's groups up to a joined speech verb

    def __init__(self, site: Site, groups: list[Group], passive_aux: bool, modifies: bool) -> None:
        self.site, self.groups, self.sentence_groups = site, groups, site.sentence_groups
        self.passive_aux, self.modifies = passive_aux, modifies


class Candidates:
    """The clause's groups that may take a role (`_usable`), sorted by what marks them."""

    def __init__(self, usable: list[Group], unmarked: list[Group], agents: list[Group], authors: list[Group],
                 marked_targets: list[Group], infinitive: bool) -> None:
        self.usable = usable
        self.unmarked = unmarked  # no preposition, no genitive: a subject or an object
        self.agents = agents  # in an agent phrase ("by", "par", "von") of this trigger
        self.authors = authors  # in any agent phrase, another participle's too (a verdict may judge that author)
        self.marked_targets = marked_targets  # behind a target preposition of the rule
        self.infinitive = infinitive  # the clause's subject is another verb's (an infinitive or a borrowed subject)


class Pick:
    """The source and target chosen so far, and what later steps must know of how they were chosen."""

    def __init__(self) -> None:
        self.source: Group | None = None
        self.target: Group | None = None
        self.credited_by: Group | None = None  # who thanks the source for the act (`credit_pair`)
        self.summoned: Group | None = None  # the object fronted before an impersonal verb ("Посла Франции вызвали")
        # that object a name right before the verb, no noun's owner ("В Сеуле Россию обвиняют")
        self.accused_first = False
        self.incise: Group | None = None  # the subject after the verb of an incise ("..., a exigé X")
        self.relative_object: Group | None = None  # the antecedent of a relative pronoun that is the verb's object
        self.clitic: int | None = None  # where an object pronoun stands before the verb ("l'accuse")
        self.owner_phrase = -1  # the end of a German subject phrase whose owner acts: no object stands inside it
        self.fronted_end: int | None = None  # the comma that closes a fronted phrase holding the trigger


def reading(site: Site) -> Reading:
    """The site as the steps read it: a noun that is a passive's subject is no passive trigger, and the groups a
    viewpoint phrase holds ("seen from Moscow") take no role."""
    trigger, grammar, forms = site.trigger, site.grammar, site.forms
    groups, passive_aux = site.groups, site.passive_aux
    t_start = trigger[0]
    if site.nominal and passive_aux and grammar.participle_auxiliaries and subject_noun_of_passive(
            trigger, site.clause, forms, grammar):
        passive_aux = False  # "La visite de Modi à Moscou a été critiquée par Washington": the noun is the subject
    # "the Iran-backed group": what is backed is the noun right after the trigger, or nothing we know
    modifies = any(g.marker == COMPOUND and t_start == compound_participle(g, forms) for g in groups)
    groups = seen_from(groups, trigger, forms, grammar)
    return Reading(site, groups, passive_aux, modifies)


def mark_clause(r: Reading) -> None:
    """The markers the rule reads as a target's and a source's, and the clause's groups (up to a speech verb joined
    after the trigger, whose groups are the speech's)."""
    site = r.site
    groups, clause, rule, grammar = r.groups, site.clause, site.rule, site.grammar
    t_end = site.trigger[1]
    # an actor inside the pattern is its object ("expelled the envoy of Estonia"); a rule whose object is the topic
    # takes none there ("sich zur Allianz der Sahelstaaten zusammengeschlossen": the bloc founded, no party)
    target_markers = (rule.target_markers if rule.target_markers is not None else grammar.target_markers) \
        | (frozenset() if rule.topic_object else {TRIGGER_OBJECT})
    source_markers = rule.source_markers if rule.source_markers is not None else frozenset()
    # German patient nouns ("die Ausweisung von Diplomaten", "die Festnahme des Journalisten"): "von" and the
    # genitive name the one acted on; only "durch" or a possessive names the agent
    patient = site.nominal and rule.object_genitive and bool(grammar.patient_markers)
    if patient:
        target_markers = target_markers | grammar.patient_markers
    speech_at = joined_speech(t_end, clause, site.forms, grammar)  # the clause's end, or before it; once per trigger
    in_clause = [g for g in groups if clause[0] <= g.start < speech_at]
    r.target_markers, r.source_markers, r.patient, r.in_clause = target_markers, source_markers, patient, in_clause


def _usable(r: Reading, g: Group) -> bool:
    """Whether `g` may take a role of this trigger: not a phrase another trigger, a mediator, a venue or a denied
    act owns. (The tests of other triggers' words are asked only where there are some.)"""
    site = r.site
    trigger, rule, grammar, nominal, forms = site.trigger, site.rule, site.grammar, site.nominal, site.forms
    other_triggers, rival_triggers = site.other_triggers, site.rival_triggers
    source_markers = r.source_markers
    if g.attached and g.marker not in source_markers and not nominal:
        return False  # "the US ambassador to the UN": the UN is where the ambassador serves (not "la visite
        # du président français en Chine", where the noun takes it)
    if other_triggers and behind_other_trigger(g, trigger, other_triggers, grammar) and not (
            rule.plover in VERDICT_TYPES and genitive_after(g, other_triggers, forms, grammar)):
        return False  # "kritisierte die Waffenlieferungen ... an die Ukraine": Ukraine belongs to the noun
        # (but "protestierte gegen den Raketentest Nordkoreas": the noun's own genitive is the one judged)
    if other_triggers and genitive_of_other_trigger(g, trigger, other_triggers, forms, grammar):
        return False  # "договорились о перемирии при посредничестве Катара": Qatar is the noun's agent
    if rival_triggers and circumstance_agent(g, rival_triggers, forms, grammar):
        return False  # "tauschten unter Vermittlung Katars Gefangene aus": Qatar mediates, it is no party
    if (rule.symmetric or rule.mutual) and mediator(g, site.mediations, forms, grammar, r.sentence_groups):
        # "ont négocié sous l'égide d'Oman", "a US-brokered ceasefire", "restored ties in 2023, with China
        # acting as mediator": the mediator is no side of a mutual act
        return False
    if not mediating(rule.cameo) and mediation_circumstance(g, site.mediations, forms, grammar, r.sentence_groups):
        return False  # "urged the two sides to hold talks under Qatari mediation": Qatar mediates, it is not urged
    if rival_triggers and object_of_noun_before(g, trigger, rival_triggers, forms, grammar):
        return False  # "Nach dem Angriff auf Israel verhängten die USA Sanktionen": Israel is the attack's
    if rule.plover == "ACCUSE" and not nominal \
            and judged_act_patient(g, trigger, rival_triggers, forms, grammar):
        return False  # "a condamné une agression contre le Mali": Mali is what the act hit, not who is judged
    if rule.plover == "THREATEN" and all(m.entry == OWNED_SANCTIONS for m in g.members):
        return False  # "menacent de réactiver les sanctions de l'ONU", "пригрозили восстановить санкции ООН": the
        # instrument of the threat and its author, not the one threatened (target59)
    if rule.plover in OWNER_NOT_PARTY and owner_of_place(g, forms, grammar):
        return False  # "condemned the shelling of Polish territory": Poland owns the place hit, it is not judged
        # (nor asked: "demanded an inquiry into the shelling of Polish territory"; but threatened it may be)
    if rule.plover in VERDICT_TYPES and before_forum(g, trigger, forms, grammar, site.sentence_groups):
        return False  # "a dénoncé devant le Conseil de sécurité ...": the body heard the verdict, it is not judged;
        # so is a complaint lodged with a body ("presentó una queja ante el Consejo de Seguridad", "filed a complaint
        # with the WTO against China"): it accuses the one complained of, never the body (eval/gold/README.md)
    if rule.cameo.startswith(SUIT) and suit_venue(g):
        return False  # "took Russia to the ICJ", "llevar la disputa ante la Corte": the court hears the suit, it is
        # not the one sued
    if mediating(rule.cameo) and host_venue(g, forms, grammar):
        return False  # "a proposé d'accueillir à Lima une réunion des ministres des deux pays": where the talks would
        # be, no side of them
    if rule.plover in SAID_TYPES and not nominal and venue_of_saying(g, trigger, r.sentence_groups, forms, grammar):
        return False  # "a averti samedi à Singapour que la Chine ...": the place it was said, not the one warned
        # (a verb that sends takes its goal there: "экстрадировала в США колумбийского предпринимателя")
    if rule.plover in COOPERATIVE and g.marker is not None \
            and marker_after(g, forms, grammar.roles.adversary_words):
        return False  # "le soutien des États-Unis face à la Chine": China is faced, not supported
    if site.acts and not nominal and g.marker not in grammar.location_markers \
            and denied_content(g, trigger, site.acts, forms if grammar.verb_final else None):
        return False  # "negó haber enviado tropas a Rusia": Russia is a party of the act denied, not its accuser
    return g.marker is None or g.marker in r.target_markers or g.marker in grammar.agent_markers \
        or g.marker in source_markers


def read_candidates(r: Reading) -> Candidates:
    """The usable groups of the clause, sorted into subjects and objects, agents, and marked targets."""
    site = r.site
    trigger, grammar, forms = site.trigger, site.grammar, site.forms
    groups, in_clause, target_markers, rival_triggers = r.groups, r.in_clause, r.target_markers, site.rival_triggers
    candidates = [g for g in in_clause if _usable(r, g)]
    infinitive = is_infinitive_clause(forms, site.clause, grammar) or site.borrowed_subject
    # "Russia's invasion" is the agent of another trigger, not a subject ("Norway's decision drew praise" is)
    unmarked = [g for g in candidates if g.marker is None and not g.genitive
                and not (g.possessive and any(g.end <= i <= g.end + 3 for i in rival_triggers))]
    agents = [g for g in candidates if g.marker in grammar.agent_markers and g.marker not in target_markers]
    # A possessive ("Trumps Erzfeind") qualifies the next noun: that noun, not the possessor, is the object.
    marked_targets = [g for g in candidates if g.marker in target_markers and not g.possessive]

    # "with missiles supplied by France": the agent of another participle, and the names after it, are that
    # participle's (only a verdict's target may be its author: "rejected the resolution presented by the US")
    # (no agent marker in the sentence: no group stands in a participle's agent phrase, none is asked)
    phrase = set() if absent(grammar.agent_markers, site.vocabulary) else {
        id(g) for g in candidates if participle_phrase(g, groups, trigger, forms, grammar) is not None}
    authors = agents
    agents = [g for g in agents if id(g) not in phrase]
    marked_targets = [g for g in marked_targets if id(g) not in phrase]
    return Candidates(candidates, unmarked, agents, authors, marked_targets, infinitive)

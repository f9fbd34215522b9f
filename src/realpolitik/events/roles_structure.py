"""The structural reading of one trigger: which groups of its clause are its source and target, by the clause's
structure (`structural_roles`): subject and object, passive agent, target prepositions, and the many exceptions
the parts of the reader decide (speakers, relative clauses, possessors, partners, places, verdicts).

Separate as the one place that weighs the parts against each other; each question it asks is answered in the
module of its job (roles_subjects, roles_speech, roles_objects, ...), which never call back into it.

`structural_roles` is a sequence of steps, in the order the reader asks them: the readings that settle the roles
at once (an extended attribute, a phrase before or around a noun, a pair), then the clause's candidates, the source
(a passive's agent, or an active clause's subject and the many ways it stands elsewhere), the target (object,
marked phrase, owner, pronoun), and the corrections that weigh the two against each other. The steps share three
small records: `_Reading` (the site and what the rule marks), `_Candidates` (the groups that may take a role) and
`_Pick` (the source and target chosen so far).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from realpolitik.codes import side_of
from realpolitik.events.article import FORCE_TYPES, VERDICT_TYPES
from realpolitik.events.clauses import is_infinitive_clause
from realpolitik.events.roles_agents import (
    agent_follows,
    attribute_agent,
    attribute_roles,
    authored_antecedent,
    circumstance_agent,
    mediator,
    participle_phrase,
)
from realpolitik.events.roles_base import (
    CLAUSE_STOPS,
    COMPOUND,
    PHRASE_BREAKS,
    REPORT_SOURCE,
    SAID_TYPES,
    STATE_KINDS,
    TRIGGER_OBJECT,
    Group,
    Roles,
    Site,
)
from realpolitik.events.roles_objects import (
    after_coordinated_verb,
    belongs_to_trigger,
    complementizer_between,
    compound_participle,
    controlled_object,
    coordinated_pronoun_antecedent,
    direct_object,
    gerund_pronoun_antecedent,
    in_adverbial_clause,
    object_after_incise,
    object_clitic,
    object_of,
    object_of_noun_before,
    origin_of_object,
    origin_of_people,
    pronoun_object,
    seen_from,
    unnamed_addressee,
    unnamed_object,
    verb_after_phrase,
)
from realpolitik.events.roles_partners import (
    coordinated_phrases,
    marker_after,
    partner_after_place,
    partner_phrase,
    topic_pair,
)
from realpolitik.events.roles_places import before_forum, custody_seat, verdict_seat
from realpolitik.events.roles_possessors import (
    abbreviated_prefix,
    genitive_after,
    genitive_of_other_trigger,
    nominal_source,
    opening_possessor,
    other_possessive,
    owner_of_object,
    possessive_antecedent,
    possessive_of_no_list,
    postnominal_adjective,
    subordinate_owner,
    unresolved_genitive_after,
    vorfeld_owner,
)
from realpolitik.events.roles_relatives import (
    free_relative_subject,
    object_relative,
    preposed_relative_partner,
    relative_antecedent,
    verb_final_object_relative,
)
from realpolitik.events.roles_speech import (
    after_quotation,
    announced_topic_speaker,
    clause_speaker_after,
    coordinated_speaker,
    dative_before,
    first_person_before,
    impersonal_speaker,
    incise_subject,
    inverted_after_opener,
    inverted_after_relative,
    inverted_speaker,
    joined_speech,
    judged_before_incise,
    quoted_by_pronoun,
    quoted_subject,
    speaker_of,
    speaker_of_quotation,
    speaks_before,
    speaks_inverted_before,
    unnamed_incise,
    venue_of_saying,
    wronged_speaker,
)
from realpolitik.events.roles_subjects import (
    clause_subject,
    credit_pair,
    fronted_act_judges,
    fronted_object_owner,
    fronted_object_subject_after,
    in_apposition,
    object_before_plural,
    passive_subject,
    passive_subject_owner,
    subject_noun_of_passive,
    subject_outside,
    uncommaed_fronted_subject,
    unnamed_subject,
)
from realpolitik.events.roles_verdicts import (
    accusation_content_subject,
    act_noun_author,
    behind_other_trigger,
    denied_content,
    judged_act_origin,
    judged_act_patient,
    verdict_words_own,
)
from realpolitik.events.rules import Grammar, absent
from realpolitik.language.tokens import ANY_QUOTE_MARKS
from realpolitik.model import PLACE

_LOCATION_REACH: Final = 8  # "attacked targets in Yemen": a place near the trigger, not one named clauses away
_OWNER_GAP: Final = 2  # "EU calls", "Beijing's protest": at most the possessive ending between the owner and its noun


def _opens_noun_phrase(forms: frozenset[str], grammar: Grammar) -> bool:
    """An article, a cardinal or a number: the word that opens a noun phrase ("des", "deux", "plusieurs", "300")."""
    return bool(forms & (grammar.determiners | grammar.roles.cardinals)) or any(f.isdigit() for f in forms)


COOPERATIVE: Final = frozenset({"SUPPORT", "AGREE", "AID", "COOPERATE", "CONSULT"})


class _Reading:
    """What every step reads of one trigger: its site, its groups as the first steps narrow them, and the markers
    its rule reads as a target's or a source's.

    The three records of the steps are plain classes, not dataclasses: compiled by mypyc, a dataclass is built by
    the `__init__` the dataclasses module writes, an interpreted frame at every trigger; this one is compiled."""

    site: Site
    groups: list[Group]  # the site's groups less those a viewpoint or an extended attribute owns
    sentence_groups: list[Group]  # the same of the sentence
    passive_aux: bool  # a passive verb (not where the noun trigger is the passive's subject)
    modifies: bool  # "the Iran-backed group": the trigger is a participle compounded onto the noun after it
    # (`_mark_clause`)
    target_markers: frozenset[str]
    source_markers: frozenset[str]
    patient: bool  # a German patient noun: "von" and the genitive name the one acted on
    in_clause: list[Group]  # the clause's groups up to a joined speech verb

    def __init__(self, site: Site, groups: list[Group], passive_aux: bool, modifies: bool) -> None:
        self.site, self.groups, self.sentence_groups = site, groups, site.sentence_groups
        self.passive_aux, self.modifies = passive_aux, modifies


class _Candidates:
    """The clause's groups that may take a role (`_usable`), sorted by what marks them."""

    def __init__(self, usable: list[Group], unmarked: list[Group], agents: list[Group], authors: list[Group],
                 marked_targets: list[Group], infinitive: bool) -> None:
        self.usable = usable
        self.unmarked = unmarked  # no preposition, no genitive: a subject or an object
        self.agents = agents  # in an agent phrase ("by", "par", "von") of this trigger
        self.authors = authors  # in any agent phrase, another participle's too (a verdict may judge that author)
        self.marked_targets = marked_targets  # behind a target preposition of the rule
        self.infinitive = infinitive  # the clause's subject is another verb's (an infinitive or a borrowed subject)


class _Pick:
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


def structural_roles(site: Site) -> Roles:
    """The source and target groups of one trigger by the clause's structure: each step below either settles the
    roles (and returns them) or narrows what the next one reads."""
    r = _reading(site)
    if site.attributes:
        settled = _attribute_roles(r)
        if settled is not None:
            return settled
    settled = _authored_accusation(r)
    if settled is not None:
        return settled
    _mark_clause(r)
    settled = _premodifier_roles(r)
    if settled is None:
        settled = _prefix_roles(r)
    if settled is None:
        settled = _pair_roles(r)
    if settled is not None:
        return settled
    if site.nominal and unresolved_genitive_after(r.groups, site.trigger[1], site.forms, site.grammar):
        return Roles()  # "die Waffenlieferungen des Westens": the noun's agent is not an actor we know
    c = _candidates(r)
    settled = _passive_agents(r, c)
    if settled is not None:
        return settled
    roles = Roles()
    pick = _Pick()
    if not _incise(r, c, pick):
        return roles
    _object_pronouns(r, pick)
    if r.passive_aux and c.agents:
        _passive_pick(r, c, pick, roles)
    else:
        _speaker_source(r, c, pick, roles)
        if not _noun_source(r, c, pick):
            return roles
        _summoning_source(r, c, pick)
        _owner_source(r, c, pick)
        _thanked_source(r, c, pick)
        if not _subject_source(r, c, pick):
            return roles
        _quoted_source(r, c, pick, roles)
        _phrase_source(r, c, pick)
        _outside_source(r, c, pick, roles)
        rest, later_verb = _rest(r, c, pick)
        _object_target(r, c, pick, rest, later_verb)
        _owner_target(r, pick, rest)
        _incise_target(r, pick)
        _fallback_target(r, c, pick)
        _act_target(r, pick)
        _fronted_target(r, pick)
    _pronoun_target(r, pick, roles)
    _unnamed_target(r, pick)
    if site.rule.subject_judged and not roles.passive:
        _copula_roles(r, c, pick, roles)
    _free_relative(r, pick)
    _partner_target(r, pick, roles)
    return _assemble(r, pick, roles)


def _reading(site: Site) -> _Reading:
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
    return _Reading(site, groups, passive_aux, modifies)


def _attribute_roles(r: _Reading) -> Roles | None:
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
    if judged is not None and rule.plover in ("ACCUSE", "REJECT", "SUPPORT"):
        author = attribute_roles([g for g in site.groups if judged[0] < g.start < judged[1]], rule, grammar)
        site = replace(site, groups=groups, sentence_groups=sentence_groups, attributes=())
        roles = structural_roles(site)
        if roles.sources and author.sources:
            roles.targets = author.sources
        return roles
    return None


def _authored_accusation(r: _Reading) -> Roles | None:
    """An accusation in the relative clause of a noun whose author an attribute names: that author accuses the one
    the clause names. None where there is none."""
    site = r.site
    groups, clause, rule = r.groups, site.clause, site.rule
    attribute = site.attributes
    if attribute and not site.nominal and not r.passive_aux and rule.plover in SAID_TYPES:
        antecedent = authored_antecedent(site.groups, clause, attribute, rule, site.grammar, site.forms)
        if antecedent is not None:  # "die von Peru eingereichte Klage, die Bolivien Völkermord vorwirft": Peru accuses
            roles = Roles(sources=list(antecedent))
            charged = next((g for g in groups if clause[0] < g.start < clause[1]
                            and not {side_of(m.code) for m in g.members} & {side_of(m.code) for m in antecedent}), None)
            roles.targets = list(charged.members) if charged is not None else []
            return roles
    return None


def _mark_clause(r: _Reading) -> None:
    """The markers the rule reads as a target's and a source's, and the clause's groups (up to a speech verb joined
    after the trigger, whose groups are the speech's)."""
    site = r.site
    groups, clause, rule, grammar = r.groups, site.clause, site.rule, site.grammar
    t_end = site.trigger[1]
    target_markers = (rule.target_markers if rule.target_markers is not None else grammar.target_markers) \
        | {TRIGGER_OBJECT}
    source_markers = rule.source_markers if rule.source_markers is not None else frozenset()
    # German patient nouns ("die Ausweisung von Diplomaten", "die Festnahme des Journalisten"): "von" and the
    # genitive name the one acted on; only "durch" or a possessive names the agent
    patient = site.nominal and rule.object_genitive and bool(grammar.patient_markers)
    if patient:
        target_markers = target_markers | grammar.patient_markers
    speech_at = joined_speech(t_end, clause, site.forms, grammar)  # the clause's end, or before it; once per trigger
    in_clause = [g for g in groups if clause[0] <= g.start < speech_at]
    r.target_markers, r.source_markers, r.patient, r.in_clause = target_markers, source_markers, patient, in_clause


def _usable(r: _Reading, g: Group) -> bool:
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
    if (rule.symmetric or rule.mutual) and mediator(g, site.mediations, forms, grammar):
        # "ont négocié sous l'égide d'Oman", "a US-brokered ceasefire", "restored ties in 2023, with China
        # acting as mediator": the mediator is no side of a mutual act
        return False
    if rival_triggers and object_of_noun_before(g, trigger, rival_triggers, forms, grammar):
        return False  # "Nach dem Angriff auf Israel verhängten die USA Sanktionen": Israel is the attack's
    if rule.plover == "ACCUSE" and not nominal \
            and judged_act_patient(g, trigger, rival_triggers, forms, grammar):
        return False  # "a condamné une agression contre le Mali": Mali is what the act hit, not who is judged
    if rule.plover in VERDICT_TYPES and not rule.cameo.startswith(_COMPLAINT) \
            and before_forum(g, trigger, forms, grammar):
        return False  # "a dénoncé devant le Conseil de sécurité ...": the body heard the verdict, it is not judged
        # (a complaint lodged before a body is addressed to it: "presentó una queja ante la ONU")
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


def _premodifier_roles(r: _Reading) -> Roles | None:
    """A phrase right before a noun trigger is its agent ("US chip controls on China"), and the noun's own marked
    phrase after it its target. None where no such phrase stands (or it is a place, a post, a verb's clause)."""
    site = r.site
    trigger, grammar, nominal, forms = site.trigger, site.grammar, site.nominal, site.forms
    in_clause, target_markers = r.in_clause, r.target_markers
    t_start, t_end = trigger
    # (a genitive one only as a demonym: "from the first day of the Iraqi invasion")
    premodifier = next((g for g in in_clause if g.end == t_start and (
                        g.marker is not None or g.genitive and all(m.kind == "adjective" for m in g.members))
                        and g.marker not in grammar.agent_markers
                        and (g.marker != TRIGGER_OBJECT or not t_start <= (g.marker_index or -1) < t_end)), None)
    if premodifier is not None and any(grammar.verb_lemma(f) for f in forms[t_start]):
        premodifier = None  # "В Кремле осудили ...": a verb's clause, not a noun's phrase
    if premodifier is not None and premodifier.attached:
        premodifier = None  # "The Russian ambassador in Washington accused ...", "La embajada china en Manila acusó
        # ...": the post of the official before it, inside the subject's phrase, is no agent of the verb after it
    if premodifier is not None and premodifier.marker in grammar.location_markers and (
            grammar.verb_lemma_endings or forms[t_start] & (grammar.target_markers | target_markers)
            and all(m.kind in STATE_KINDS for m in premodifier.members)):
        premodifier = None  # "в секторе Газа при посредничестве Катара": a place, and Russian nouns take no premodifier
        # ("held talks in Djibouti with the mediation of Qatar": a trigger that opens with a preposition is a
        # circumstance of the clause's verb, the place before it where the talks were held, not who mediated)
    if premodifier is not None and premodifier.marker in grammar.location_markers \
            and agent_follows(in_clause, trigger, forms, grammar):
        premodifier = None  # "talks in Doha mediated by Qatar and Turkey", "conversaciones en Doha mediadas por Qatar":
        # the venue before a participle is no party; its agent phrase names the one who acted
    if premodifier is not None and not nominal and _place_of_people(premodifier, site):
        premodifier = None  # "Students in Tehran protested", "Business groups in Seoul warned": the place of the people
        # before it, who are the verb's subject; no agent of a verb (a noun's: "the talks in Doha")
    if premodifier is not None and not nominal and verb_after_phrase(premodifier, in_clause, trigger,
                                                                     site.rival_triggers, forms, grammar):
        premodifier = None  # "Israeli strikes on Lebanon killed ...": the phrase is the object of the verb's subject
    if premodifier is not None and not grammar.verb_final:
        # "in retaliation for US chip controls on China": inside a phrase, the word before the noun is its agent
        # ("the Russian invasion of Ukraine": the noun's own "of" phrase right after it is what it is done to)
        target = next((g for g in in_clause if g.start >= t_end and (
            g.marker in target_markers or g.genitive and t_end < g.start <= t_end + 2
            and forms[t_end] & grammar.genitive_markers)), None)
        return Roles(sources=list(premodifier.members), targets=list(target.members) if target else [])
    return None


def _place_of_people(g: Group, site: Site) -> bool:
    """"Students in Tehran", "business groups in Seoul", "agricultores en París": a place named right after a word of
    no actor (its "in", "en", "à" between), the people the word names being there. Not the seat of a named body ("the
    Foreign Office in Islamabad"), a list the place opens ("at the palace in Ankara, Somalia's president and ...") nor
    a phrase whose preposition stands further off ("En 1996 ambos países")."""
    forms, marker = site.forms, g.start - 1
    if marker < 1 or not forms[marker] & site.grammar.impersonal_markers:
        return False
    return any(f.isalpha() for f in forms[marker - 1]) and not any("," in forms[i] for i in range(g.start, g.end)) \
        and not any(h.start <= marker - 1 < h.end for h in site.sentence_groups)


def _prefix_roles(r: _Reading) -> Roles | None:
    """An abbreviation written onto a German noun is its agent ("EU-Sanktionen gegen Russland"). None where the
    noun has none."""
    site = r.site
    in_clause, target_markers = r.in_clause, r.target_markers
    t_start, t_end = site.trigger
    prefix = abbreviated_prefix(in_clause, t_start, site.forms) if site.nominal and site.grammar.verb_final else None
    if prefix is not None:
        # "US-Sanktionen gegen chinesische Firmen", "EU-Sanktionen gegen Russland": an abbreviation written onto the
        # noun is its agent (a country's name there is its object: "Russland-Sanktionen")
        target = next((g for g in in_clause if g.start >= t_end and g.marker in target_markers), None)
        return Roles(sources=list(prefix.members), targets=list(target.members) if target else [])
    return None


def _pair_roles(r: _Reading) -> Roles | None:
    """A symmetric act or an assault between a pair ("zwischen Armenien und Aserbaidschan"): the pair are its
    sources, with each other. None where no pair of the trigger's own stands."""
    site = r.site
    trigger, rule, grammar = site.trigger, site.rule, site.grammar
    rival_triggers, in_clause, target_markers = site.rival_triggers, r.in_clause, r.target_markers
    t_start, t_end = trigger
    if rule.symmetric or rule.plover == "ASSAULT":  # "die Waffenruhe zwischen Armenien und Aserbaidschan"
        pairs = [g for g in in_clause if g.marker in grammar.pair_markers and len(g.members) >= 2]
        subject = any(g.marker is None and not g.genitive for g in in_clause)
        # "hat die UNO wegen des Streits zwischen Indien und Pakistan Gespräche geführt": a pair before
        # the trigger belongs to another noun when the clause has a subject of its own
        between = next((g for g in pairs if belongs_to_trigger(g, trigger, rival_triggers)
                        and (g.start >= t_start or not subject)), None)
        if between is None and site.nominal and (rule.plover == "ASSAULT"
                                                 or grammar.verb_lemma_endings and rule.symmetric):
            between = next((g for g in in_clause if g.genitive and g.start >= t_end and len(g.members) >= 2
                            and g.start - t_end <= 2), None)
            if between is not None and any(0 <= g.start - between.end <= 1 and g.marker in target_markers
                                           and g.marker not in grammar.pair_markers for g in in_clause):
                # "удары Израиля и США по Ирану", "les frappes d'Israël et des États-Unis contre l'Iran": the pair
                # strikes the third named after it together, not each other
                between = None
        if between is not None and not 0 <= between.start - t_end <= 3 and any(
                g.marker is None and not g.genitive and g is not between for g in in_clause):
            between = None  # "Xi y Bin Salmán hablaron ... la normalización entre Teherán y Riad": the subject acts
        if between is not None and topic_pair(between, rule, site.forms, t_end, grammar):
            between = None  # "discussed the conflict between Israel and Iran": the pair is the topic's, not the talks'
        if between is not None:
            return Roles(sources=list(between.members), mutual=rule.plover == "ASSAULT")
    return None


def _candidates(r: _Reading) -> _Candidates:
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
    return _Candidates(candidates, unmarked, agents, authors, marked_targets, infinitive)


def _passive_agents(r: _Reading, c: _Candidates) -> Roles | None:
    """Who a passive's agent is where no agent phrase names it: a German "von", a Russian instrumental, the capital
    where a verdict was voiced, the state that holds the arrested. Returns the roles where an arrest names no
    holder (the held are its targets), else None."""
    site = r.site
    trigger, rule, grammar, nominal = site.trigger, site.rule, site.grammar, site.nominal
    groups, passive_aux = r.groups, r.passive_aux
    t_start = trigger[0]
    candidates, unmarked, agents, marked_targets = c.usable, c.unmarked, c.agents, c.marked_targets
    if passive_aux and not agents and grammar.verb_final and not nominal:
        # "Der Iran wurde von der IAEA aufgefordert": in a passive the rule's target "von" ("forderte von Belgrad")
        # names the verb's agent (not a noun's: "Die Forderung Kiews wurde von Moskau abgelehnt")
        agents = [g for g in candidates if g.marker in grammar.agent_markers]
        marked_targets = [g for g in marked_targets if g not in agents]
    if passive_aux and not agents and grammar.verb_lemma_endings:
        # "были задержаны Китаем", "введены Евросоюзом": the instrumental names the passive's agent
        agents = [g for g in unmarked if g.instrumental]
        unmarked = [g for g in unmarked if not g.instrumental]
    if passive_aux and not nominal and rule.plover in VERDICT_TYPES and not any(g.start > t_start for g in agents):
        seat = verdict_seat(groups, trigger, grammar)
        if seat is not None:  # "La condamnation ... a été saluée à Téhéran": the capital that judged
            agents = agents + [seat]
            marked_targets = [g for g in marked_targets if g is not seat]
    if passive_aux and not nominal and rule.cameo.startswith(_ARREST) and not agents:
        seat = custody_seat(groups, trigger, grammar)
        if seat is None:  # "fueron detenidos tras ingresar a Venezuela": held by someone unnamed, never the held
            held = passive_subject(unmarked, t_start, site.forms, grammar) if unmarked else None
            return Roles(targets=list(held.members) if held is not None else [])
        agents = [seat]  # "Deux Français ont été arrêtés en Iran": the state that holds them arrested them
        marked_targets = [g for g in marked_targets if g is not seat]
    c.unmarked, c.agents, c.marked_targets = unmarked, agents, marked_targets
    return None


def _incise(r: _Reading, c: _Candidates, pick: _Pick) -> bool:
    """The subject after the verb of an incise ("..., a exigé X", "según denunció Kiev"). False where the incise's
    speaker is no actor we know ("..., warned its foreign minister."): the trigger has no roles then."""
    site = r.site
    trigger, grammar, nominal, forms, groups = site.trigger, site.grammar, site.nominal, site.forms, r.groups
    passive_aux = r.passive_aux
    t_start, t_end = trigger
    incise = None if nominal or passive_aux else incise_subject(c.unmarked, trigger, forms, grammar)
    if incise is None and not (nominal or passive_aux) and unnamed_incise(trigger, forms, grammar):
        return False  # "..., warned its foreign minister.": the speaker is no actor we know, not the name before
    if incise is None and not (nominal or passive_aux) and inverted_after_opener(t_start, forms, grammar):
        # "..., según denunció Kiev", "tal como le habían exigido Lima y Boric, ...": the subject
        # follows the verb (the informant of "según" is the speaker of its own verb), the clause may go on
        incise = next((g for g in groups if t_end <= g.start <= t_end + 2 and not g.genitive
                       and g.marker in (None, REPORT_SOURCE)), None)
    if incise is None and not (nominal or passive_aux) and inverted_after_relative(t_start, forms, grammar, groups):
        # "las sanciones que le exigía Estados Unidos": the subject follows the verb; "el paso que le pide la
        # oposición": a subject that is no actor we know, not the main clause's (the dative's) subject
        incise = next((g for g in groups if t_end <= g.start <= t_end + 2 and not g.genitive and g.marker is None),
                      None)
        if incise is None and t_end < len(forms) and forms[t_end] & grammar.determiners:
            return False
    pick.incise = incise
    return True


def _object_pronouns(r: _Reading, pick: _Pick) -> None:
    """The pronouns that stand for the verb's object: a relative pronoun's antecedent and a clitic before the verb."""
    site = r.site
    clause, rule, grammar, nominal, forms = site.clause, site.rule, site.grammar, site.nominal, site.forms
    passive_aux, sentence_groups = r.passive_aux, r.sentence_groups
    t_start = site.trigger[0]
    # ", which it accuses of ...": the actor before the comma is the verb's object, not its subject; a denial's
    # relative (", which Baku denies") stands for the whole claim before it, whose author the article supplies
    relative_object = None if nominal or passive_aux or rule.cameo.startswith("016") else verb_final_object_relative(
        sentence_groups, clause, forms, grammar) if grammar.verb_final \
        else object_relative(sentence_groups, t_start, forms, grammar, not rule.symmetric) \
        or preposed_relative_partner(sentence_groups, clause, t_start, forms, grammar)
    clitic = None if nominal or passive_aux else object_clitic(t_start, forms, grammar)
    pick.relative_object, pick.clitic = relative_object, clitic


_ACTS_ON_PATIENTS: Final = frozenset({"COERCE", "ASSAULT", "SANCTION"})  # what a participle may do to a noun


def _passive_pick(r: _Reading, c: _Candidates, pick: _Pick, roles: Roles) -> None:
    """A passive with an agent: the agent is the source, the passive's subject (or the name a comma, a relative
    pronoun or an opening participle points to) the target."""
    site = r.site
    trigger, clause, rule, grammar, forms = site.trigger, site.clause, site.rule, site.grammar, site.forms
    sentence_groups = r.sentence_groups
    unmarked, agents, marked_targets = c.unmarked, c.agents, c.marked_targets
    t_start, t_end = trigger
    roles.passive = True
    source = agents[0]
    target = passive_subject(unmarked, t_start, forms, grammar, rule.plover in _ACTS_ON_PATIENTS) if unmarked else (
        marked_targets[0] if marked_targets else None)
    if not site.nominal and grammar.participle_auxiliaries:
        # "L'expulsion de diplomates par l'Algérie a été dénoncée par Paris": the verb's agent follows it, an
        # agent before it is the subject noun's
        source = next((g for g in agents if g.start > t_start), source)
        if rule.symmetric and len(source.members) >= 2:
            target = None  # "l'accord signé vendredi par la RDC et le Rwanda": the parties, with each other
        owner = passive_subject_owner(r.groups, clause, trigger, site.rival_triggers, forms, grammar, source)
        if owner is not None and (target is None or rule.plover in VERDICT_TYPES and (
                owner.marker in grammar.agent_markers or not unmarked and owner.start < target.start)):
            # "Douze agents de l'ambassade de France ont été expulsés par l'Algérie"; "Les sanctions de
            # Washington contre la CPI ont été condamnées par l'ONU": a verdict judges the act's author
            target = owner
    elif target is None:
        # "Un dron de las Fuerzas Armadas malienses fue derribado por el Ejército argelino", "Two ships of the
        # Philippine Navy were rammed by China": no actor is the passive's subject; its noun's owner is acted on
        target = passive_subject_owner(r.groups, clause, trigger, site.rival_triggers, forms, grammar, source)
    if t_start >= 2 and "," in forms[t_start - 1]:
        # "expulsó al embajador de Irán, acusado por Israel de ...", "rompió con Bolivia, criticada por
        # Chile": a participle right after a comma acts on the name that the comma closes
        target = next((g for g in sentence_groups if g.end == t_start - 1
                       and g.marker not in (REPORT_SOURCE, COMPOUND)), None) or target
    if target is None:  # "Ucrania, que fue atacada por Rusia": the pronoun is what the passive acts on
        target = relative_antecedent(sentence_groups, clause, forms, grammar)
    if t_start == 0 and grammar.participle_auxiliaries:
        # "Accusé par Washington de soutenir Moscou, Pékin a rejeté ...": a participle that opens the sentence
        # acts on the subject after its comma
        comma = next((i for i in range(t_end, len(forms)) if "," in forms[i]), None)
        target = next((g for g in sentence_groups if comma is not None and comma < g.start <= comma + 3
                       and g.marker is None and not g.genitive), None) or target
    if target is None and clause[0] > 0 and "," in forms[clause[0] - 1]:
        # "L'Iran, qui a fourni des drones à la Russie, a été sanctionné par l'UE": after an inserted clause the
        # passive's subject is the one before it
        target = subject_outside(sentence_groups, clause, grammar, forms)
        target = None if target is source else target
    pick.source, pick.target = source, target


def _speaker_source(r: _Reading, c: _Candidates, pick: _Pick, roles: Roles) -> None:
    """A source that stands where a speaker or a judge does: after the verb of an incise, after a quotation in the
    first person, a fronted owner or a judged act fronted before the verb, a speaker announced by a topic."""
    site = r.site
    trigger, clause, rule, grammar, nominal, forms = site.trigger, site.clause, site.rule, site.grammar, \
        site.nominal, site.forms
    sentence_groups, passive_aux = r.sentence_groups, r.passive_aux
    summoned, accused_first = pick.summoned, pick.accused_first
    t_start, t_end = trigger
    source = pick.incise  # «...», a exigé le président français: the subject follows the verb
    if source is None and not nominal and rule.plover in SAID_TYPES \
            and first_person_before(clause, t_start, forms, grammar):
        # "„Wir fordern Peking auf, ...“, sagte ein Sprecher in Taipeh": "wir" is the subject, the name after
        # the verb its object, and the one who says "we" is the speaker after the quotation
        close = next((i for i in range(t_end, len(forms)) if forms[i] & ANY_QUOTE_MARKS), None)
        source = speaker_of_quotation(sentence_groups, (clause[0], close + 1), forms, grammar) \
            if close is not None else None
        roles.from_outside_clause = source is not None
        if source is not None:  # « Nous condamnons ... », a déclaré X: X attaches where "nous" stands
            roles.subject_pronoun = next((i for i in (t_start - 1, t_start - 2, clause[0])
                                          if clause[0] <= i < t_start and forms[i] & grammar.roles.first_person),
                                         None)
    if source is None and not passive_aux and rule.plover in VERDICT_TYPES:
        fronted = fronted_object_owner(sentence_groups, t_start, forms, grammar)
        if fronted is not None:  # "В Москве решение Кишинёва назвали недопустимым": the seat judged Chișinău
            source, summoned = fronted
            # "В Сеуле Россию обвиняют в поставках оружия КНДР": the fronted name is the object itself
            accused_first = summoned.start == source.end and summoned.end == t_start
    if source is None and grammar.roles.topic_prepositions:
        source = announced_topic_speaker(c.unmarked, clause, t_start, t_end, forms, grammar)
    if source is None and not passive_aux and not nominal and rule.plover in VERDICT_TYPES:
        inverted = fronted_act_judges(sentence_groups, clause, t_start, t_end, site.rival_triggers, forms, grammar)
        if inverted is not None:  # "Удар осудили Саудовская Аравия и Кувейт": the names after the verb judge
            source, owner = inverted
            summoned = owner or summoned
    if source is None and not passive_aux and not nominal:
        inverted = object_before_plural(sentence_groups, clause, t_start, t_end, forms, grammar)
        if inverted is not None:  # "Президента Польши поздравили канцлер Германии": the name after the verb acts
            source, summoned = inverted
    if source is None and not passive_aux and not nominal and rule.plover in VERDICT_TYPES and grammar.verb_final:
        inverted = fronted_object_subject_after(sentence_groups, clause, trigger, forms, grammar)
        if inverted is not None:  # "Die Entscheidung Ägyptens begrüßten Jordanien und Katar": they judge Egypt
            source, summoned = inverted
    pick.source, pick.summoned, pick.accused_first = source, summoned, accused_first


def _noun_source(r: _Reading, c: _Candidates, pick: _Pick) -> bool:
    """A noun trigger's agent: its own phrase, or the antecedent of a possessive pronoun before it. False where the
    pronoun's antecedent is not in the sentence: the noun's agent is unknown here, and the trigger has no roles."""
    site = r.site
    clause, grammar, forms = site.clause, site.grammar, site.forms
    sentence_groups = r.sentence_groups
    t_start, t_end = site.trigger
    source = pick.source
    if site.nominal and source is None:
        source = nominal_source(c.usable, r.groups, t_start, t_end, grammar, r.patient, forms)
        pronoun = other_possessive(t_start, clause, forms, grammar) if source is None else None
        if pronoun is None and source is None:
            pronoun = possessive_of_no_list(sentence_groups, t_start, clause, forms, grammar)
        if pronoun is not None:
            # "Китай критикует США и их санкции", "после начала её вторжения": the pronoun's antecedent acts,
            # never the clause's subject; with none in the sentence the noun's agent is unknown here
            source = possessive_antecedent(sentence_groups, pronoun, clause, forms, grammar)
            if source is None:
                return False
    pick.source = source
    return True


def _summoning_source(r: _Reading, c: _Candidates, pick: _Pick) -> None:
    """A source behind the rule's source marker (the ministry one is summoned to) where the clause has no subject
    and object of its own."""
    forms, source_markers, passive_aux = r.site.forms, r.source_markers, r.passive_aux
    candidates, unmarked, source, summoned = c.usable, c.unmarked, pick.source, pick.summoned
    if source is None and source_markers and (passive_aux or len(unmarked) < 2):
        # "wurde ins Auswärtige Amt einbestellt"; but "Die Regierung hat den Botschafter ins Auswärtige Amt
        # einbestellt" has a subject and an object of its own: the ministry is only where it happened
        source = next((g for g in candidates if g.marker in source_markers), None)
        if source is None and not passive_aux:
            # "Посла Франции вызвали в МИД России": the pattern holds "в МИД"; with a plural verb and no
            # subject the one summoned may stand before it, the ministry summons
            source = next((g for g in candidates if g.marker == TRIGGER_OBJECT and g.marker_index is not None
                           and forms[g.marker_index] & source_markers), None)
            summoned = next((g for g in unmarked if g is not source), None) if source is not None else None
    pick.source, pick.summoned = source, summoned


def _owner_source(r: _Reading, c: _Candidates, pick: _Pick) -> None:
    """A source that owns the subject phrase: a German Vorfeld's owner, a subordinate clause's owner, the demonym
    after a force noun ("des frappes israéliennes")."""
    site = r.site
    rule, grammar, nominal, forms = site.rule, site.grammar, site.nominal, site.forms
    passive_aux, candidates, unmarked, infinitive = r.passive_aux, c.usable, c.unmarked, c.infinitive
    t_start, t_end = site.trigger
    source, owner_phrase = pick.source, pick.owner_phrase
    if source is None and not infinitive and grammar.verb_final \
            and not (nominal or passive_aux or rule.subject_judged):
        source = vorfeld_owner(candidates, r.groups, site.clause, t_start, forms, grammar)
        owner_phrase = source.end if source is not None else -1
    if source is None and not infinitive and not grammar.verb_final and not (nominal or passive_aux):
        source = subordinate_owner(candidates, t_start, forms, grammar)
    if source is None and not infinitive and not grammar.adjectives_before_nouns and not (nominal or passive_aux) \
            and rule.plover in FORCE_TYPES and t_start > 0 and _opens_noun_phrase(forms[t_start - 1], grammar):
        # "des frappes israéliennes ont visé Beyrouth" (a pattern "frappe* ... visé"): the demonym after the force
        # noun that opens the trigger (its article before it, or a number: "plusieurs missiles russes ont frappé
        # Kiev") is its subject, as in "Israeli strikes targeted Beirut" it stands before it
        # ("une vague de drones ukrainiens a touché Moscou": or after the noun of its "de" phrase)
        source = next((g for g in unmarked if t_start < g.start <= t_start + 3 and g.end < t_end
                       and postnominal_adjective(g, grammar)), None)
    if source is None and not infinitive and grammar.adjectives_before_nouns and not grammar.verb_final \
            and not (nominal or passive_aux):
        source = origin_inside(r.groups, site.trigger, forms, grammar)
    pick.source, pick.owner_phrase = source, owner_phrase


def origin_inside(groups: list[Group], trigger: tuple[int, int], forms: list[frozenset[str]],
                  grammar: Grammar) -> Group | None:
    """"Rescue teams from Japan arrived in Turkey": a pattern that opens with the subject's noun holds the state
    the people come from ("from Japan") between that noun and the verb; those people are the state's, its source
    (English: the noun's "from" phrase right after it, no other word between)."""
    t_start, t_end = trigger
    for g in groups:
        at = g.marker_index if g.marker_index is not None else g.start - 1
        if g.marker in grammar.roles.origin_markers and t_start < at <= t_start + 3 and g.end < t_end \
                and not any(forms[i] & grammar.target_markers for i in range(t_start, at)):
            return g
    return None


def _thanked_source(r: _Reading, c: _Candidates, pick: _Pick) -> None:
    """A thanked source ("Kabul thanked Japan for sending relief"): Japan sent it, and the one who thanks is kept
    for the target (`_assemble`)."""
    site = r.site
    grammar = site.grammar
    candidates, source, credited_by = c.usable, pick.source, pick.credited_by
    t_start = site.trigger[0]
    credit = None if c.infinitive or site.nominal or r.passive_aux \
        else credit_pair([g for g in candidates if g.marker is None or g.marker in grammar.target_markers],
                         site.clause[0], t_start, site.forms, grammar)
    if credit is not None:
        credited_by, source = credit  # "Kabul thanked Japan for sending relief": Japan sent it, to Kabul
    pick.source, pick.credited_by = source, credited_by


def _subject_source(r: _Reading, c: _Candidates, pick: _Pick) -> bool:
    """The clause's subject, free of other verbs' objects (or a coordinated speaker's). False where the subject
    stands before a complementizer and the act is nobody's we know: the trigger has no roles then."""
    site = r.site
    rule, grammar, nominal, forms = site.rule, site.grammar, site.nominal, site.forms
    rival_triggers, unmarked = site.rival_triggers, c.unmarked
    t_start = site.trigger[0]
    source = pick.source
    if source is None and not c.infinitive:
        free = unmarked if grammar.verb_final else [
            g for g in unmarked if not object_of(g, rival_triggers, t_start, grammar, forms, unmarked)
            and not object_after_incise(g, rival_triggers, t_start, grammar, forms)]
        source = clause_subject(free, t_start, grammar, forms)
        if source is not None and not nominal and rule.plover in _SPEAKER_ACTS:
            source = coordinated_speaker(r.sentence_groups, source, t_start, rival_triggers, forms, grammar) \
                or source
        if rule.reverse and source is not None and speaker_of(source, t_start, forms, grammar):
            source = None  # "Biden said the truce was brokered by Qatar": the parties are not Biden
        if source is not None and (nominal or t_start > 0 and forms[t_start - 1] & grammar.roles.que_article) \
                and complementizer_between(source.end, t_start, forms, grammar):
            return False  # "ont averti qu'une attaque contre Niamey serait ...": nobody's act we know of
    pick.source = source
    return True


def _quoted_source(r: _Reading, c: _Candidates, pick: _Pick, roles: Roles) -> None:
    """A source outside the clause's words: the antecedent of a relative pronoun, the speaker of the quotation the
    trigger stands in, an agent phrase of the trigger."""
    site = r.site
    trigger, clause, grammar, nominal, forms = site.trigger, site.clause, site.grammar, site.nominal, site.forms
    sentence_groups, agents, infinitive = r.sentence_groups, c.agents, c.infinitive
    source = pick.source
    t_start = trigger[0]
    if source is None and not infinitive and pick.relative_object is None:
        source = relative_antecedent(sentence_groups, clause, forms, grammar)
    if source is None and not infinitive:
        source = speaker_of_quotation(sentence_groups, clause, forms, grammar)
        roles.from_outside_clause = source is not None  # «Solo puedo lamentar ...», dijo Slutski
        roles.quoted_speaker = source is not None and not nominal  # (a noun in a quotation: «ces frappes»)
        if source is not None and not nominal and any(
                w.endswith(tuple(grammar.roles.first_person_endings)) for w in forms[t_start]):
            roles.subject_pronoun = t_start  # «Condenamos ...», dijo X: the verb's own person stands for X
    if source is None and agents and not infinitive:
        source = next((g for g in agents if not attribute_agent(g, trigger, forms, grammar, nominal)), None)
        # "der von Indien und Japan unterzeichnete Vertrag"; not "El grupo respaldado por Irán atacó a Israel"
    pick.source = source


def _phrase_source(r: _Reading, c: _Candidates, pick: _Pick) -> None:
    """A source in the subject noun's "de" or "of" phrase ("Les tirs de l'armée"), or the subject after a fronted
    phrase's comma ("En visite à Tokyo, le secrétaire d'État")."""
    site = r.site
    trigger, clause, grammar, forms = site.trigger, site.clause, site.grammar, site.forms
    candidates, unmarked, infinitive = c.usable, c.unmarked, c.infinitive
    source, fronted_end = pick.source, pick.fronted_end
    t_start, t_end = trigger
    if source is None and not infinitive and not grammar.verb_final \
            and not (r.passive_aux and site.rule.plover in VERDICT_TYPES):
        # "Los disparos del ejército israelí mataron ...", "Les tirs de l'armée ont tué ...", "Ships of the
        # Chinese coast guard attacked ...": the subject noun is no actor, its "de" or "of" phrase is (not
        # before a passive verdict: "L'attaque d'Israël a été condamnée" names what was judged, not who judged
        # it; not after a relational noun: "Critics of the Kremlin accused ..."); a list of them may stand
        # further, after an adjective: "Les Etats sahéliens du Tchad, du Niger et du Mali ont conclu un pacte"
        opening = clause[0]  # "después de que agentes de la Policía ecuatoriana irrumpieran": after the opener
        while opening < t_start and forms[opening] & (grammar.subordinators | grammar.genitive_markers):
            opening += 1
        source = next((g for g in candidates if g.genitive and g.marker is None and g.end <= t_start
                       and (g.start - opening <= 4 or g.start - opening <= 6 and len(g.members) >= 2)
                       and not any(forms[i] & grammar.roles.relational_nouns for i in range(opening, g.start))),
                      None)
    if source is None and not infinitive and not grammar.verb_final and t_start - clause[0] <= 3:
        # "En visite à Tokyo, le secrétaire d'État a ...", "De visita en Pekín, Lula ...": a fronted phrase
        # (not a list's own comma: "с Литвой Польша, Латвия и Эстония выслали")
        comma = next((i for i in range(t_end, min(clause[1], t_end + 8)) if "," in forms[i]
                      and not any(g.start < i < g.end for g in unmarked)), None)
        source = next((g for g in unmarked if comma is not None and g.start > comma), None)
        fronted_end = comma if source is not None else None
        if source is None and comma is None and grammar.verb_lemma_endings:
            source = uncommaed_fronted_subject(candidates, clause, trigger, forms, grammar)
    pick.source, pick.fronted_end = source, fronted_end


def _outside_source(r: _Reading, c: _Candidates, pick: _Pick, roles: Roles) -> None:
    """A source outside the clause (a shared subject, an impersonal speaker), and none where the subject is an
    unnamed other's ("after then-Speaker Pelosi visited Taiwan")."""
    site = r.site
    clause, grammar, forms = site.clause, site.grammar, site.forms
    sentence_groups = r.sentence_groups
    source = pick.source
    t_start = site.trigger[0]
    if source is None and not quoted_by_pronoun(clause, forms, grammar, sentence_groups):
        # ("\"If Hezbollah attacks, we will strike,\" he said": the pronoun's antecedent speaks, see coder)
        source = subject_outside(sentence_groups, clause, grammar, forms)
        if site.rule.reverse and source is not None and speaker_of(source, t_start, forms, grammar, clause[0]):
            source = None  # "Biden, who announced the deal, said it had been brokered by France"
        roles.from_outside_clause = source is not None
    if source is None and not c.infinitive:
        source = impersonal_speaker(sentence_groups, t_start, grammar, forms)
        roles.from_outside_clause = False  # "В Москве пообещали ответить": the institution is the clause's own
    if source is not None and not (site.nominal or r.passive_aux) \
            and unnamed_subject(sentence_groups, source, t_start, forms, grammar):
        source = None  # "cut off talks after then-Speaker Pelosi visited Taiwan": Pelosi visits, not Beijing
        roles.from_outside_clause = False
    pick.source = source


def _rest(r: _Reading, c: _Candidates, pick: _Pick) -> tuple[list[Group], set[int]]:
    """The candidates left for the target, and the ids of those that follow a coordinated later verb (that verb's
    objects, unless a verdict's own words name no one)."""
    site = r.site
    rule, grammar, forms = site.rule, site.grammar, site.forms
    rival_triggers, target_markers = site.rival_triggers, r.target_markers
    candidates, source, owner_phrase = c.usable, pick.source, pick.owner_phrase
    t_start, t_end = site.trigger
    # (no other trigger in the sentence: no group follows one, none is asked)
    later_verb = {id(g) for g in candidates if after_coordinated_verb(g, t_end, rival_triggers, forms, grammar)} \
        if rival_triggers else set()
    if rule.plover in VERDICT_TYPES and not any(
            g is not source and g.start >= t_end and id(g) not in later_verb for g in candidates) \
            and not (rule.plover == "ACCUSE" and verdict_words_own(r.sentence_groups, source, later_verb, t_end,
                                                                     forms, grammar)):
        # a verdict whose own words name no one judges the one named later ("a condamné des attaques contre
        # des ambassades et appelé les autorités congolaises à ..."); one that does ("criticó la medida de
        # Pekín y expresó su apoyo a Filipinas") leaves the names after the next verb to that verb, and so does a
        # rejection before a praise ("rejected the decision and thanked Brazil"), and a charge before help ("a
        # condamné l'attentat et envoyé des secours au Maroc": the one helped is not the one judged)
        opposed = site.opposed_verdicts | site.helping
        later_verb = {id(g) for g in candidates if after_coordinated_verb(g, t_end, opposed, forms, grammar)} \
            if opposed else set()
    # (no speech verb in the sentence: no group is an inverted speaker, none is asked)
    speech = not absent(grammar.modality.get("report", frozenset()), site.vocabulary)
    rest = [g for g in candidates if g is not source
            and not (speech and inverted_speaker(g, t_end, forms, grammar))
            and not in_apposition(g, source, t_start, forms, grammar) and not g.start < owner_phrase
            and id(g) not in later_verb]
    if site.nominal:
        # A noun takes its object through a preposition ("Angriffe der Hisbollah auf Israel");
        # "Vorwürfe der Ukraine zurückgewiesen" has no object of the noun at all. When a "durch/by"
        # phrase names the agent, a genitive is the object: "der Abschuss einer malischen Drohne".
        # (also after a numeral: "la detención de dos canadienses por China")
        of = t_end < len(forms) and bool((forms[t_end] | forms[t_end - 1]) & grammar.genitive_markers)
        # ("la destruction d'un drone syrien par l'armée turque": the object's demonym names its owner)
        objective = [g for g in rest if (g.genitive or of and g.start > t_end or g.start - t_end <= 1
                                         and postnominal_adjective(g, grammar)) and source is not None
                     and source.marker in grammar.agent_markers and t_end <= g.start < source.start]
        if source is not None and source.start == t_end and postnominal_adjective(source, grammar):
            objective = [g for g in rest if g.genitive and source.end <= g.start <= source.end + 2]
        if r.patient:
            objective = [g for g in rest if g.genitive and t_end <= g.start <= t_end + 3]
        rest = [g for g in rest if g.marker in target_markers] or objective
    return rest, later_verb


def _object_target(r: _Reading, c: _Candidates, pick: _Pick, rest: list[Group], later_verb: set[int]) -> None:
    """The target as the verb's object: a marked phrase of the rule, the direct object next to the verb, a
    controlled object, an owner inside the pattern, an unmarked name after the verb, an author in an agent phrase."""
    site = r.site
    trigger, clause, rule, grammar, nominal, forms = site.trigger, site.clause, site.rule, site.grammar, \
        site.nominal, site.forms
    rival_triggers, agents, authors, marked_targets = site.rival_triggers, c.agents, c.authors, c.marked_targets
    source = pick.source
    t_start, t_end = trigger
    # a city after another act is that act's object ("bombardearon el puerto yemení ... en respuesta al ataque
    # ... contra Tel Aviv"): it names its state only as the place of the act it follows
    # (a name in the subject's descriptive apposition, "Washington, lié à Manille par un traité, a condamné les
    # actions de la Chine", yields to one the verb has after it; alone it may still be meant: "le ministre, en
    # visite à Kiev, a réaffirmé son soutien")
    named_after = any(g.start >= t_end for g in rest)
    if site.friendly:
        # "expresó su apoyo a Pakistán y condenó los ataques", "expressed solidarity with Morocco and condemned the
        # attacks": the one a friendly act before "and" is for is not the one the charge after it judges
        befriended = {id(g) for g in rest if g.end <= t_start and _befriended(g, t_start, site.friendly, forms,
                                                                                 grammar)}
        rest = [g for g in rest if id(g) not in befriended]
        marked_targets = [g for g in marked_targets if id(g) not in befriended]
    own_marked = [g for g in marked_targets if id(g) not in later_verb and not (
        all(m.kind == PLACE for m in g.members) and any(t_end <= i < g.start for i in rival_triggers))
        and not (named_after and in_apposition(g, source, t_start, forms, grammar))
        and not topic_pair(g, rule, forms, t_end, grammar)]
    after = [g for g in own_marked if g is not source and g.start > t_start]
    target = after[0] if after else next((g for g in own_marked if g is not source and (
        grammar.verb_final or source is None or g.start > source.start)), None)  # not a phrase before the subject
    target = target or pick.summoned
    # German main clauses put the verb second: "Israel bestellte den Botschafter ... ein" has its object after
    # the verb's first part, like SVO languages (a subordinate clause has nothing after its final verb).
    # After the trigger and a comma comes its content ("hatte Stockholm vorgeworfen, Anhängern der PKK ...").
    comma = next((i for i in range(t_end, clause[1]) if "," in forms[i]), clause[1])
    direct = None if nominal or rule.topic_object else direct_object(
        [g for g in rest if g.start < comma or not grammar.verb_final],
        t_start + 1 if grammar.verb_final else t_end, rival_triggers,
        proposals=_proposals(forms, t_start + 1 if grammar.verb_final else t_end, comma, grammar)
        if rule.plover in VERDICT_TYPES else frozenset())
    if (direct is None or any("," in forms[i] for i in range(t_end, direct.start))) and not nominal \
            and not rule.topic_object and not grammar.verb_final:
        # "вызвал посла Эстонии", "expelled the envoy of Estonia": the pattern ends in the object's head noun
        # (before a name after a comma: "expelled the ambassadors of Argentina and Chile, the ministry said")
        inside = next((g for g in rest if t_start < g.start < t_end), None)  # the first actor in the pattern
        if inside is not None and t_end <= inside.end and inside.marker is None and not inside.possessive \
                and not any(m.kind in ("reference", "adjective") for m in inside.members):
            direct = inside  # not "quitter le pays", not "accused Kigali of arming the M23 rebels"
    if direct is not None and (not after or direct.start < after[0].start):
        target = direct  # "Russia invaded Ukraine ... the influence of the US": the object next to the verb
    if target is not None and target.marker is not None and rule.plover in VERDICT_TYPES and not nominal \
            and grammar.verb_final and t_start >= target.end:
        # a verb-final clause: "als Macron den marokkanischen Autonomieplan für die Westsahara unterstützte"
        owner = next((g for g in rest if g is not source and g.free and g.start < target.start
                      and all(m.kind == "adjective" for m in g.members)
                      and g.end in _proposals(forms, g.end, g.end + 1, grammar)), None)
        target = owner or target
    named = None if nominal else named_object(rest, trigger, forms, grammar)
    if named is not None:
        target = named  # "назвал Казахстан надёжным союзником России": Kazakhstan is named, not Russia
    controlled = None if nominal else controlled_object(rest, trigger, forms, grammar)
    if controlled is not None:
        target = controlled  # "urged Israel to halt its strikes on Lebanon": Israel is asked, not Lebanon
    if rule.owner_inside:
        owner = next((g for g in rest if g is not source and t_start < g.start
                      and t_end - _OWNER_GAP <= g.end < t_end), None)
        target = owner or target  # "rebuffed EU calls to impose sanctions on Russia": the EU is rebuffed
    if target is None and not rule.topic_object:
        # "struck targets near Damascus, a day after Turkey condemned ...", "staged drills after the speaker
        # met Taiwan's president": a name behind an adverbial subordinator after the verb belongs to that
        # subordinator's clause, never to this verb
        objects = [g for g in rest if g.marker is None and not g.possessive
                   and not in_adverbial_clause(g, t_end, forms, grammar)]
        right = [g for g in objects if g.start > t_start]
        if grammar.verb_final:
            right = [g for g in right if g.start < comma or not any(o.start < t_start for o in objects)]
        if right:
            target = right[0]
        elif objects and grammar.verb_final:
            target = objects[0]  # German objects before the verb
        elif source is not None:  # "gave France an ultimatum"; "blamed Israel ... and threatened"
            target = next((g for g in objects if g.start > source.start), None)
    if target is None and not nominal and not (rule.symmetric and source is not None and len(source.members) > 1):
        # "criticised the decision by Washington": the author of the thing acted on (but "X and Y agreed
        # a truce brokered by Qatar": the parties agreed with each other)
        target = next((g for g in (authors if rule.plover in VERDICT_TYPES else agents)
                       if g is not source and (grammar.verb_final or g.start > t_start)), None)
    pick.target = target


def named_object(rest: list[Group], trigger: tuple[int, int], forms: list[frozenset[str]],
                 grammar: Grammar) -> Group | None:
    """"назвал Казахстан надёжным союзником России", "called Japan a trusted partner of India": a verbal pattern
    over its object to a predicate noun names that object, and a name after the noun is only whose partner it is.
    The one name inside the pattern, unmarked and next to its first word, where a name follows the pattern's last
    word closely; None elsewhere (read otherwise, such naming loses its target to the speaker's own country)."""
    t_start, t_end = trigger
    inside = [g for g in rest if t_start < g.start and g.end <= t_end]
    if len(inside) != 1 or not named_next_to(inside[0], t_start) or not any(
            t_end <= g.start <= t_end + _PREDICATE_REACH and _owner_of_predicate(g, t_end, forms) for g in rest):
        return None  # (not "told the ambassador he had to leave the country": a clause, no predicate noun's owner)
    return inside[0]


def _owner_of_predicate(g: Group, t_end: int, forms: list[frozenset[str]]) -> bool:
    """A genitive or possessive after the pattern's noun, or a plain name after its closing quotation mark, with no
    clause break between: whose partner the named one is."""
    if any(forms[i] & PHRASE_BREAKS for i in range(t_end, g.start)):
        return False
    return g.genitive or g.possessive or g.marker is None and t_end < g.start and all(
        forms[i] & ANY_QUOTE_MARKS for i in range(t_end, g.start))


def named_next_to(g: Group, t_start: int) -> bool:
    """A plain name (no preposition, genitive, possessive, reference or demonym) right after a pattern's first word
    or its article: the object the verb names."""
    return g.start - t_start <= _NAMED_REACH and g.marker is None and not g.genitive and not g.possessive \
        and not any(m.kind in ("reference", "adjective") for m in g.members)


_NAMED_REACH: Final = 2  # "called Japan", "a qualifié l'Inde", "nannte den Iran"


# a closing quotation mark or a second predicate noun ("союзником и близким другом России") before the genitive
_PREDICATE_REACH: Final = 4


def _proposals(forms: list[frozenset[str]], start: int, end: int, grammar: Grammar) -> frozenset[int]:
    """Where a plan or proposal noun stands after the verb (`plan_nouns`, or a compound ending in one: "den
    marokkanischen Autonomieplan", "den ägyptischen Friedensvorschlag"): a verdict on it judges the state whose
    adjective stands right before it, not a state its "für" names ("für die Westsahara": what the plan is about)."""
    nouns = tuple(grammar.plan_nouns)
    return frozenset(i for i in range(start, end) if nouns and any(f.endswith(nouns) for f in forms[i]))


def _befriended(g: Group, t_start: int, friendly: frozenset[int], forms: list[frozenset[str]],
                grammar: Grammar) -> bool:
    """A phrase that follows a friendly trigger closely (its preposition and article between) and "and" after it,
    before this trigger: that trigger's object."""
    return any(0 < g.start - i <= _BEFRIENDED_REACH for i in friendly) \
        and any(forms[i] & grammar.coordination for i in range(g.end, t_start))


_BEFRIENDED_REACH: Final = 4  # words from a friendly trigger's last word to the name it is for


def _owner_target(r: _Reading, pick: _Pick, rest: list[Group]) -> None:
    """The owner of what is acted on or judged ("condemned China's actions", "struck Iran's nuclear sites"), and
    the author of a judged act noun."""
    site = r.site
    grammar, nominal, rival_triggers = site.grammar, site.nominal, site.rival_triggers
    in_clause, target_markers = r.in_clause, r.target_markers
    source, target = pick.source, pick.target
    t_start, t_end = site.trigger
    if site.rule.plover in ("ACCUSE", "REJECT", "SUPPORT"):
        # "condemned China's actions", "rejected Iraq's proposal": the owner of what is judged, and
        # before anything else when it follows the verb ("condemned Russia's invasion of Ukraine")
        # ("condemned the strike as a violation of Qatar's sovereignty": Qatar is wronged, not judged)
        owner = next((g for g in in_clause if (g.possessive and not (g.genitive and g.marker is None)
                                               or g.genitive and grammar.verb_lemma_endings)
                      and g.start > t_start and g is not source), None)  # "осудили удар Израиля"
        if owner is not None and (target is None or not nominal and owner.start - t_end <= 1) and not (
                target is not None and t_start < target.start and target.end < t_end):
            target = owner  # (not the owner of a predicate noun after the object named: `named_object`)
        act_author = None if nominal or target is None \
            else act_noun_author(target, r.groups, t_end, site.forms, grammar)
        if act_author is not None and act_author is not source:
            target = act_author  # "criticó el acercamiento de Madrid a Pekín": Madrid's act is judged, not Beijing
    if target is None and not grammar.verb_final:
        # "struck Iran's nuclear sites", "drones hit Russia's refineries", "sanctions on Russia's banks":
        # the owner of what is acted on, when it stands right after the verb or its preposition
        target = next((g for g in rest if g.possessive and g.start >= t_end and g.start - t_end <= 4
                       and (g.marker is None and not g.genitive or g.marker in target_markers)
                       and not any(m.kind == "reference" for m in g.members)  # "each other's", "both countries'"
                       and not any(t_end <= i < g.start for i in rival_triggers)), None)
    if target is None and grammar.verb_final:
        # "Einreiseverbote gegen Taiwans Vertreterin", "Angriffe auf Israels Norden": the owner of what the
        # target's preposition governs is the one acted on (German clauses give the possessor no role else)
        target = next((g for g in rest if g.possessive and g.marker in target_markers
                       and g.marker != TRIGGER_OBJECT and 0 < g.start - t_end <= 2
                       and not any(t_end <= i < g.start for i in rival_triggers)), None)
    pick.target = target


def _incise_target(r: _Reading, pick: _Pick) -> None:
    """After an incise: the act reported before it, or the main clause's subject a dative pronoun stands for, or
    the subject of the quotation."""
    site = r.site
    grammar, forms, sentence_groups, target_markers = site.grammar, site.forms, r.sentence_groups, r.target_markers
    incise, target = pick.incise, pick.target
    t_start = site.trigger[0]
    if incise is not None and site.rule.plover == "ACCUSE" and not (
            grammar.roles.incise_auxiliaries and after_quotation(t_start, forms, grammar)):
        # "Un buque chino embistió a una embarcación filipina, denunció Manila": the reported act's author
        target = judged_before_incise(sentence_groups, t_start, forms, target_markers) or target
    elif incise is not None and (dative_before(t_start, forms, grammar)
                                 or inverted_after_relative(t_start, forms, grammar, sentence_groups)):
        # "Argentina rechazó las sanciones, como le pidió Brasil": the pronoun is the main clause's subject; with
        # no comma ("Chile adoptó las sanciones que le exigía Estados Unidos") the first actor no preposition marks;
        # so too the object pronoun after a relative adverb ("González pasó por Panamá, donde lo recibió Mulino")
        target = judged_before_incise(sentence_groups, t_start, forms, target_markers) or next(
            (g for g in sentence_groups if g.end <= t_start and g.marker is None and not g.genitive
             and not g.possessive), None)
    if target is None and incise is not None:
        target = quoted_subject(sentence_groups, t_start, forms)  # «La Russie doit partir», a exigé X
    pick.target = target


def _fallback_target(r: _Reading, c: _Candidates, pick: _Pick) -> None:
    """Targets where none was found yet: a noun's mediator and parties swapped, the origin of the sanctioned or
    of people, a wronged speaker, the place of a force act."""
    site = r.site
    trigger, rule, grammar, nominal, forms = site.trigger, site.rule, site.grammar, site.nominal, site.forms
    rival_triggers, in_clause, unmarked = site.rival_triggers, r.in_clause, c.unmarked
    source, target = pick.source, pick.target
    t_start, t_end = trigger
    if target is None and nominal and rule.reverse and source is not None and source.start >= t_end:
        # "Израиль и ХАМАС договорились при посредничестве Катара": the noun's genitive is the one it names
        # (the mediator), the clause's subject the parties; swapped below like a verb's reverse roles
        target, source = source, clause_subject([g for g in unmarked if g is not source], t_start, grammar, forms)
    if (target is None or target.end <= t_start) and rule.plover == "SANCTION" and grammar.roles.origin_markers:
        target = origin_of_object(in_clause, source, trigger, rival_triggers, grammar) or target
    elif target is None and grammar.roles.origin_heads:
        target = origin_of_people(in_clause, source, trigger, rival_triggers, forms, grammar)
    if target is None and source is not None and not nominal and rule.plover in _SPEAKER_WRONGED:
        target = wronged_speaker(r.sentence_groups, source, trigger, rival_triggers, forms, grammar)
    if target is None and source is not None and rule.plover in VERDICT_TYPES:
        # "verurteilte die Ballonflüge aus Belarus": the state the judged act comes from
        target = judged_act_origin(in_clause, source, rival_triggers, forms, grammar)
    if target is None and rule.plover in ("ASSAULT", "COERCE", "MOBILIZE", "PROTEST"):
        located = [g for g in in_clause if g.marker in grammar.location_markers and g is not source
                   and (g.start - t_end if g.start >= t_end else t_start - g.end) <= _LOCATION_REACH]
        target = located[0] if located else None
    pick.source, pick.target = source, target


def _act_target(r: _Reading, pick: _Pick) -> None:
    """A verdict on an act noun judges that act's author (its genitive, its "par" phrase); a force act by an
    adjective's state hits the owner of its object."""
    site = r.site
    trigger, rule, grammar, nominal, forms = site.trigger, site.rule, site.grammar, site.nominal, site.forms
    groups, rival_triggers = r.groups, site.rival_triggers
    source, target = pick.source, pick.target
    t_start, t_end = trigger
    if nominal and rule.plover in VERDICT_TYPES and grammar.participle_auxiliaries:
        # "la condamnation par la Turquie de l'attaque d'Israël contre l'Iran": the noun judges the act
        # noun after it, whose own genitive is its author
        act = next((i for i in sorted(rival_triggers) if t_end <= i <= t_end + 6), None)
        if act is not None and not any(forms[i] & CLAUSE_STOPS for i in range(t_end, act)):
            target = next((g for g in groups if g.genitive and act < g.start <= act + 2 and g is not source),
                          None) or target
    if rule.plover in VERDICT_TYPES and grammar.participle_auxiliaries and not nominal:
        # "a dénoncé la destruction d'un drone syrien par l'armée turque": the verdict judges the act noun
        # right after it, and so the author its "par" phrase names (not the owner of what it hit)
        act = next((i for i in sorted(rival_triggers) if t_end <= i <= t_end + 2), None)
        by = None if act is None else next((g for g in groups if g.marker in grammar.agent_markers
                                            and act < g.start <= act + _ACT_AGENT_REACH and g is not source), None)
        if by is not None and not any(forms[i] & CLAUSE_STOPS for i in range(t_end, by.start)):
            target = by
    if target is None and source is not None and rule.plover in ("ASSAULT", "COERCE", "SANCTION") and (
            nominal and grammar.participle_auxiliaries
            # "after Israeli (and US) strikes on its nuclear sites": the noun's agent an adjective right before it
            or grammar.roles.owner_possessives and source.end == t_start
            and any(m.kind == "adjective" for m in source.members)):
        target = owner_of_object(r.sentence_groups, source, trigger, forms, grammar, r.target_markers)
    pick.target = target


def _fronted_target(r: _Reading, pick: _Pick) -> None:
    """No target behind another act after a fronted phrase: the phrase lends its act the subject after its comma,
    not the main verb's objects."""
    rule, rival_triggers, fronted_end, target = r.site.rule, r.site.rival_triggers, pick.fronted_end, pick.target
    if fronted_end is not None and target is not None and rule.cameo != _HOSTING \
            and any(fronted_end < i < target.start for i in rival_triggers):
        # "Réunis dimanche à Abuja, les chefs d'État de la Cédéao ont appelé le Mali à ...": the fronted phrase
        # lends its act the subject after its comma, not the objects of the main verb that follows it (but a
        # guest "Reçu lundi à l'Élysée," thanks or meets its host there: "..., X a remercié Macron")
        target = None
    pick.target = target


def _pronoun_target(r: _Reading, pick: _Pick, roles: Roles) -> None:
    """A target a pronoun stands for: a relative pronoun's antecedent, an object clitic's (the actor named last
    before it)."""
    site = r.site
    clause, grammar, forms, sentence_groups = site.clause, site.grammar, site.forms, r.sentence_groups
    source, target, relative_object, clitic = pick.source, pick.target, pick.relative_object, pick.clitic
    t_start = site.trigger[0]
    if relative_object is not None and relative_object is not source \
            and (target is None or target.marker not in r.target_markers):
        target = relative_object  # the pronoun stands in the object's place ("qu'il impute à Israël": not there)
        if roles.from_outside_clause and source is not None:
            roles.subject_pronoun = next((i for i in (t_start - 1, t_start - 2) if i >= clause[0]
                                          and forms[i] & grammar.roles.speaker_pronouns), None)
    # (not an extradition's: "Chypre l'a extradé vers les États-Unis" hands over the clitic, to the state named)
    if clitic is not None and not (target is not None and site.rule.cameo.startswith(_JUDICIAL)):
        # "a rencontré son homologue tunisien et l'a invité à Alger", "Kinshasa l'accuse de soutenir le M23": the
        # pronoun before the verb is its object and stands for the actor named last before it (or the article's)
        target = next((g for g in reversed(sentence_groups) if g.end <= clitic and g is not source
                       and g.marker not in (REPORT_SOURCE, COMPOUND)
                       and (source is None
                            or {side_of(m.code) for m in g.members} != {side_of(m.code) for m in source.members})),
                      None)
        # named in an earlier sentence (events/article.pronoun_object) where the pronoun follows the subject: "Xi
        # Jinping l'accueillait", not "a commenté la visite" (an article) nor "a lui aussi envoyé" (a stressed one)
        roles.object_pronoun = target is None and source is not None and (
            source.end == clitic or source.end == clitic - 1 and bool(forms[clitic - 1] & grammar.exceptive_particles))
    pick.target = target


def _unnamed_target(r: _Reading, pick: _Pick) -> None:
    """No name further on where the object is a noun or pronoun next to the verb; a pronoun's antecedent, an
    accusation's content subject, a fronted accused instead."""
    site = r.site
    trigger, rule, grammar, nominal, forms = site.trigger, site.rule, site.grammar, site.nominal, site.forms
    groups, sentence_groups = r.groups, r.sentence_groups
    source, target = pick.source, pick.target
    t_start, t_end = trigger
    if target is not None and target.start > t_start and (
            r.modifies and target.start > t_end + 1
            or pronoun_object(forms, trigger, nominal, grammar) and not rule.cameo.startswith(_JUDICIAL)
            or rule.plover in VERDICT_TYPES and unnamed_object(groups, forms, trigger, nominal, grammar)
            or rule.plover == "REQUEST" and unnamed_addressee(groups, forms, trigger, nominal, grammar)):
        target = None  # "The Iran-backed group fired ... after the Hamas attack", "accusing him of deporting
        # Ukrainian children": the one acted on is the noun or pronoun next to the verb, not a name further on
    if target is None and source is not None and pronoun_object(forms, trigger, nominal, grammar):
        target = coordinated_pronoun_antecedent(sentence_groups, source, t_start, forms, grammar)
        if target is None and rule.cameo.startswith("112") and grammar.verb_lemma_endings:
            # (an accusation only: "назвав их провокацией", "calling them an escalation" judge acts, no persons)
            target = gerund_pronoun_antecedent(sentence_groups, source, t_start, forms, grammar)
    if target is None and nominal and source is not None and rule.plover == "ACCUSE":
        target = accusation_content_subject(sentence_groups, source, trigger, forms, grammar)
    if pick.accused_first:
        target = pick.summoned  # "В Сеуле Россию обвиняют в передаче Пхеньяну ...": not a name in the charge after it
    pick.target = target


def _judged_from(start: int, sentence_groups: list[Group], clause: tuple[int, int], target: Group | None,
                 t_start: int) -> Group | None:
    """Whom a copula's verdict judges in the reported clause that begins at `start`: the possessor that opens it
    ("Israel's strikes were ..."), else the genitive the structure found after its noun and before the verdict
    ("die Drohungen Russlands seien ...")."""
    return opening_possessor(sentence_groups, (start, clause[1]), t_start) or (
        target if target is not None and target.genitive and start <= target.start < t_start else None)


def _copula_roles(r: _Reading, c: _Candidates, pick: _Pick, roles: Roles) -> None:
    """A rule whose subject is judged ("Kyiv said the Hungarian veto was a provocation"): the copula's subject is
    the target, the speaker before it (or outside the clause) the source."""
    site = r.site
    clause, grammar, forms, sentence_groups, unmarked = site.clause, site.grammar, site.forms, r.sentence_groups, \
        c.unmarked
    source, target = pick.source, pick.target
    t_start, t_end = site.trigger
    if roles.from_outside_clause and source is not None and target is not None and target.marker is None \
            and not target.genitive and t_end <= target.start <= t_end + 1 \
            and any(grammar.verb_lemma(f) for f in forms[t_end - 1]):
        return  # "заявил, что за терактом стоят США": the reported clause ends with its verb, its subject after it
    # "Kyiv said the Hungarian veto was a provocation": the copula's subject is judged, the speaker
    # before it (or outside the clause) judges
    # (a name after the verb is no copula subject: "..., sagte der iranische Außenminister" speaks)
    # ("Der Außenminister Polens erklärte, die Drohungen Russlands seien inakzeptabel": with the speaker outside the
    # reported clause, a genitive the structure found after that clause's noun is the author judged)
    copula_subject = source if source is not None and not roles.from_outside_clause and source.start < t_end \
        else _judged_from(clause[0], sentence_groups, clause, target, t_start)
    if copula_subject is not None and copula_subject is source and speaks_inverted_before(
            source, t_start, forms, grammar):
        # "Im Onlinedienst X erklärte Saar, die Maßnahmen des IStGH seien unmoralisch": the name after the speech
        # verb speaks; the reported clause's possessor (or the genitive after its noun) is judged
        pick.target = _judged_from(source.end + 1, sentence_groups, clause, target, t_start)
        return
    # «Cette décision ne restera pas sans réponse», a déclaré Barrot: the speaker after the quotation threatens
    # ("Der Vorgang sei unverantwortlich, kommentierte die Allianz": so does the subject after the clause's comma;
    # the act judged names no actor, its author is the article's)
    speaker = source if copula_subject is None and source is not None and (
        roles.quoted_speaker or (source.start > t_end and any("," in forms[i] for i in range(t_end, source.start)))) \
        else None
    if copula_subject is not None:
        speaker = clause_subject([g for g in unmarked if g.end <= copula_subject.start], copula_subject.start,
                                 grammar, forms)
        if speaker is None:
            speaker = speaker_of_quotation(sentence_groups, clause, forms, grammar) or subject_outside(
                sentence_groups, clause, grammar, forms) or clause_speaker_after(
                sentence_groups, t_end, forms, grammar)
    if speaker is None and copula_subject is not None and copula_subject.marker is None and speaks_before(
            forms, copula_subject.end, t_start, grammar):
        # "Morocco said the decision was unacceptable": the name is the speaker, the act judged is a noun of no
        # actor (its author is the article's: fill_from_context), or of the possessor that opens the reported
        # clause ("Tehran said Israel's strikes would not go unanswered")
        speaker, copula_subject = copula_subject, opening_possessor(
            sentence_groups, (copula_subject.end + 1, clause[1]), t_start)
    elif speaker is None and copula_subject is not None and target is not None \
            and copula_subject.end <= target.start and target.end < t_start \
            and any(forms[i] & grammar.roles.complementizers for i in range(target.end, t_start)):
        # "La Turquie a prévenu la Grèce que cette provocation ne resterait pas sans réponse": the subject warns
        # the one it addresses before the reported clause, whose own subject names no actor
        speaker, copula_subject = copula_subject, target
    source, target = speaker, copula_subject
    pick.source, pick.target = source, target


def _free_relative(r: _Reading, pick: _Pick) -> None:
    """A German accusation whose subject is a free relative clause ("was Russland anrichte, sei ein Verbrechen"):
    the one who acts there is judged by the speaker before it."""
    site = r.site
    rule = site.rule
    sentence_groups, source, target = r.sentence_groups, pick.source, pick.target
    if site.grammar.verb_final and rule.plover == "ACCUSE" and not site.nominal and not rule.reverse:
        # "sagte, was Russland in der Ukraine anrichte, sei ein Verbrechen": the free relative clause before the
        # predicate is its subject, and the one who acts there is judged by the speaker before it
        judged_act = free_relative_subject(sentence_groups, site.clause, site.forms)
        if judged_act is not None:
            judged_group, opening = judged_act
            target = judged_group
            source = next((g for g in reversed(sentence_groups) if g.end <= opening and g.marker is None
                           and not g.genitive and not g.possessive), None)
    pick.source, pick.target = source, target


def _partner_target(r: _Reading, pick: _Pick, roles: Roles) -> None:
    """The partners of a symmetric or mediated act: listed parties act with each other, a mediated act joins the
    pair before the mediator's phrase, a meeting's partner stands after its place."""
    site = r.site
    rule, grammar, forms = site.rule, site.grammar, site.forms
    sentence_groups, in_clause, target_markers = r.sentence_groups, r.in_clause, r.target_markers
    source, target = pick.source, pick.target
    t_start, t_end = site.trigger
    if rule.symmetric and not (site.nominal or roles.passive or rule.reverse) and source is not None \
            and len(source.members) >= 2 and target is not None and target.start >= t_end \
            and not partner_phrase(target, t_end, sentence_groups, forms, grammar, target_markers):
        target = None  # "Norway and Iceland signed a memorandum ..., after a year of disputes with the EU": the
        # listed parties act with each other; a third one is a partner only in a phrase right after the verb
    if rule.reverse and target is not None:
        # "celebró el acuerdo alcanzado entre Tailandia y Camboya con la mediación de Malasia": the pair the mediated
        # act joins, named right before the mediator's phrase, are the parties, not the clause's subject
        between = next((g for g in in_clause if g.marker in grammar.pair_markers and len(g.members) >= 2
                        and 0 <= t_start - g.end <= _PAIR_REACH and g is not target), None)
        source = between or source
    if target is not None and not (rule.symmetric or rule.reverse) and target.start >= t_end:
        # "called off his planned meeting in Budapest with Vladimir Putin": the meeting's partner, not its city
        target = partner_after_place(target, source, sentence_groups, forms, grammar, target_markers) or target
    pick.source, pick.target = source, target


def _assemble(r: _Reading, pick: _Pick, roles: Roles) -> Roles:
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
        sides = {side_of(m.code) for m in roles.sources}
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


_PAIR_REACH: Final = 2  # "alcanzado entre X e Y, con la mediación de": words between the pair and the mediator's phrase
_COMPLAINT: Final = "114"  # CAMEO: complain officially (to the body it is lodged with)

# what a speaker goes on to do after "said ... and": acts in words ("and thanked", "and warned"), never force ("said
# Chinese vessels shadowed the ship before one swerved into its path and struck its stern": the ship strikes)
_SPEAKER_ACTS: Final = SAID_TYPES | {"SUPPORT"}
_SPEAKER_WRONGED: Final = frozenset({"ASSAULT", "COERCE"})
_HOSTING: Final = "043"  # CAMEO "host a visit"
_ARREST: Final = "173"  # CAMEO arrest and detention (as events/custody.py reads it)
# CAMEO judicial cooperation (extradition): the one handed over is the object, a pronoun as often as not ("extradited
# him to the United States", "экстрадировали его в США"); the state it goes to is the target after its marker
_JUDICIAL: Final = "063"
_ACT_AGENT_REACH: Final = 9  # "la destruction d'un avion syrien par l'armée turque": the act's object, then its agent

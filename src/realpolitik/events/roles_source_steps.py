"""The source of a trigger in the structural reading (roles_structure.structural_roles): a passive's agent, or an
active clause's subject and the many places it stands elsewhere (an incise, a speaker, a noun's owner, a summoning,
a thanker, a quotation, a phrase, outside the clause). Each step sets or corrects `Pick.source`; the target comes
next (roles_target_steps.py).
"""

from __future__ import annotations

from typing import Final

from realpolitik.events.article import FORCE_TYPES, VERDICT_TYPES
from realpolitik.events.grammar import Grammar
from realpolitik.events.roles_agents import attribute_agent
from realpolitik.events.roles_base import (
    ACTS_ON_PATIENTS,
    COMPOUND,
    REPORT_SOURCE,
    SAID_TYPES,
    TRIGGER_OBJECT,
    Group,
    Roles,
    locate_marker,
)
from realpolitik.events.roles_objects import (
    complementizer_between,
    object_after_incise,
    object_clitic,
    object_of,
    origin_head,
)
from realpolitik.events.roles_possessors import (
    nominal_source,
    other_possessive,
    possessive_antecedent,
    possessive_of_no_list,
    postnominal_adjective,
    subordinate_owner,
    vorfeld_owner,
)
from realpolitik.events.roles_reading import Candidates, Pick, Reading
from realpolitik.events.roles_relatives import (
    object_relative,
    preposed_relative_partner,
    relative_antecedent,
    subject_first_relative,
    verb_final_object_relative,
)
from realpolitik.events.roles_speech import (
    announced_topic_speaker,
    coordinated_speaker,
    first_person_before,
    impersonal_speaker,
    incise_subject,
    inverted_after_opener,
    inverted_after_relative,
    quoted_by_pronoun,
    speaker_of,
    speaker_of_quotation,
    unnamed_incise,
)
from realpolitik.events.roles_subjects import (
    clause_subject,
    credit_pair,
    fronted_act_judges,
    fronted_object_owner,
    fronted_object_subject_after,
    object_before_plural,
    passive_subject,
    passive_subject_owner,
    subject_outside,
    uncommaed_fronted_subject,
    unnamed_subject,
)
from realpolitik.language.tokens import ANY_QUOTE_MARKS


def _opens_noun_phrase(forms: frozenset[str], grammar: Grammar) -> bool:
    """An article, a cardinal or a number: the word that opens a noun phrase ("des", "deux", "plusieurs", "300")."""
    return bool(forms & (grammar.determiners | grammar.roles.cardinals)) or any(f.isdigit() for f in forms)


def incise(r: Reading, c: Candidates, pick: Pick) -> bool:
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


def object_pronouns(r: Reading, pick: Pick) -> None:
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


def passive_pick(r: Reading, c: Candidates, pick: Pick, roles: Roles) -> None:
    """A passive with an agent: the agent is the source, the passive's subject (or the name a comma, a relative
    pronoun or an opening participle points to) the target."""
    site = r.site
    trigger, clause, rule, grammar, forms = site.trigger, site.clause, site.rule, site.grammar, site.forms
    sentence_groups = r.sentence_groups
    unmarked, agents, marked_targets = c.unmarked, c.agents, c.marked_targets
    t_start, t_end = trigger
    roles.passive = True
    source = agents[0]
    target = passive_subject(unmarked, t_start, forms, grammar, rule.plover in ACTS_ON_PATIENTS) if unmarked else (
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


def speaker_source(r: Reading, c: Candidates, pick: Pick, roles: Roles) -> None:
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


def noun_source(r: Reading, c: Candidates, pick: Pick) -> bool:
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


def summoning_source(r: Reading, c: Candidates, pick: Pick) -> None:
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


def owner_source(r: Reading, c: Candidates, pick: Pick) -> None:
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
    if source is None and not infinitive and grammar.roles.origin_subjects and not (nominal or passive_aux):
        source = origin_subject(r.groups, site.clause, t_start, forms, grammar)
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


_DATELINE_DASHES: Final = frozenset({"-", "\u2013", "\u2014"})
_NAMED_ORIGINS: Final = frozenset({"country", "capital", "organisation"})


def origin_subject(groups: list[Group], clause: tuple[int, int], t_start: int, forms: list[frozenset[str]],
                   grammar: Grammar) -> Group | None:
    """"Election observers from the EU and the Commonwealth on Sunday endorsed the vote": the clause's subject is
    people named by their role (`RoleWords.origin_subjects`) with the "from" phrase of where they come from right
    after it; those people are that state's or body's, the act's source. Only the first name of the clause, before
    the trigger, with no other name between it and the trigger."""
    before = [g for g in groups if clause[0] <= g.start and g.end <= t_start]
    dash = next((i for i in range(clause[0], t_start) if forms[i] & _DATELINE_DASHES), -1)
    before = [g for g in before if g.start > dash]  # "LUSAKA, Aug 17 (AFP) - Observers from ...": no dateline name
    if not before:
        return None
    g = before[0]
    if g.marker not in grammar.roles.origin_markers or not origin_head(g, forms, grammar) \
            or not all(m.kind in _NAMED_ORIGINS for m in g.members):
        return None  # (only a state or body named: "Officials from the two governments met" is left as it was)
    at = locate_marker(g, forms) or g.start - 1
    if any(h is not g and h.start >= g.end for h in before):
        return None  # another name between the phrase and the verb: it is no bare subject's
    if any(forms[i] & grammar.coordination or "," in forms[i] for i in range(max(clause[0], dash + 1), at - 1)):
        return None  # "Diplomats and officials from ...": or a list before the noun; no reading of it here
    return g


def thanked_source(r: Reading, c: Candidates, pick: Pick) -> None:
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


def subject_source(r: Reading, c: Candidates, pick: Pick) -> bool:
    """The clause's subject, free of other verbs' objects (or a coordinated speaker's). False where the subject
    stands before a complementizer and the act is nobody's we know: the trigger has no roles then."""
    site = r.site
    rule, grammar, nominal, forms = site.rule, site.grammar, site.nominal, site.forms
    rival_triggers, unmarked = site.rival_triggers, c.unmarked
    t_start = site.trigger[0]
    source = pick.source
    if source is None and not c.infinitive and grammar.verb_final and not (nominal or r.passive_aux):
        # "Die Türkei, die die neue Führung in Damaskus unterstützt": the pronoun, not the phrase after it, acts
        source = subject_first_relative(r.sentence_groups, site.clause, forms, grammar)
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


def quoted_source(r: Reading, c: Candidates, pick: Pick, roles: Roles) -> None:
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


def phrase_source(r: Reading, c: Candidates, pick: Pick) -> None:
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


def outside_source(r: Reading, c: Candidates, pick: Pick, roles: Roles) -> None:
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


# what a speaker goes on to do after "said ... and": acts in words ("and thanked", "and warned"), never force ("said
# Chinese vessels shadowed the ship before one swerved into its path and struck its stern": the ship strikes)
_SPEAKER_ACTS: Final = SAID_TYPES | {"SUPPORT"}

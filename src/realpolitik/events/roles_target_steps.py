"""The target of a trigger in the structural reading (roles_structure.structural_roles): the object, a marked
phrase, an owner, an incise's, a fallback, an act's, a fronted phrase's, a pronoun's, and none where the act has no
one named. Each step sets or corrects `Pick.target`, after the source (roles_source_steps.py) and before the
corrections that weigh the two (roles_weighing.py).
"""

from __future__ import annotations

from typing import Final

from realpolitik.events.article import VERDICT_TYPES
from realpolitik.events.cameo import HOSTING
from realpolitik.events.grammar import Grammar, absent
from realpolitik.events.roles_base import ACTS_ON_PATIENTS, COMPOUND, REPORT_SOURCE, TRIGGER_OBJECT, Group, Roles, Site
from realpolitik.events.roles_objects import (
    after_coordinated_verb,
    controlled_object,
    coordinated_pronoun_antecedent,
    dative_clitic,
    direct_object,
    doubles_dative,
    gerund_noun_object,
    gerund_pronoun_antecedent,
    in_adverbial_clause,
    origin_of_object,
    origin_of_people,
    pronoun_object,
    said_after,
    unnamed_addressee,
    unnamed_object,
)
from realpolitik.events.roles_partners import topic_pair
from realpolitik.events.roles_places import OWNER_NOT_PARTY, owner_of_place, place_of_owned
from realpolitik.events.roles_possessors import demonym_patient, owner_of_object, postnominal_adjective
from realpolitik.events.roles_reading import Candidates, Pick, Reading
from realpolitik.events.roles_speech import (
    after_quotation,
    dative_before,
    inverted_after_relative,
    inverted_speaker,
    judged_before_incise,
    quoted_subject,
    wronged_speaker,
)
from realpolitik.events.roles_subjects import clause_subject, in_apposition
from realpolitik.events.roles_verdicts import (
    accusation_content_subject,
    act_noun_author,
    judged_act_origin,
    judged_act_place,
    verdict_words_own,
)
from realpolitik.language.tokens import ANY_QUOTE_MARKS, CLAUSE_STOPS, PHRASE_BREAKS
from realpolitik.model import PLACE

_LOCATION_REACH: Final = 8  # "attacked targets in Yemen": a place near the trigger, not one named clauses away
_OWNER_GAP: Final = 2  # "EU calls", "Beijing's protest": at most the possessive ending between the owner and its noun


def remaining_targets(r: Reading, c: Candidates, pick: Pick) -> tuple[list[Group], set[int]]:
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
            and not (rule.plover == "ACCUSE" and verdict_words_own(r.sentence_groups, source, later_verb, site.trigger,
                                                                     forms, grammar)):
        # a verdict whose own words name no one judges the one named later ("a condamné des attaques contre
        # des ambassades et appelé les autorités congolaises à ..."); one that does ("criticó la medida de
        # Pekín y expresó su apoyo a Filipinas") leaves the names after the next verb to that verb, and so does a
        # rejection before a praise ("rejected the decision and thanked Brazil"), and a charge before help ("a
        # condamné l'attentat et envoyé des secours au Maroc": the one helped is not the one judged)
        opposed = site.opposed_verdicts | site.helping
        later_verb = {id(g) for g in candidates if after_coordinated_verb(g, t_end, opposed, forms, grammar)} \
            if opposed else set()
    if rule.plover == "SUPPORT":
        # "saludó el resultado y recordó que ambos países ...": the names in what the praiser went on to say
        later_verb |= {id(g) for g in candidates if said_after(g, t_end, forms, grammar)}
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
            thing = _struck_thing(source, t_end, rest, forms, grammar)
            objective = objective or ([thing] if thing is not None else [])
        if r.patient:
            objective = [g for g in rest if g.genitive and t_end <= g.start <= t_end + 3]
        rest = [g for g in rest if g.marker in target_markers] or objective
    return rest, later_verb


def _struck_thing(source: Group | None, t_end: int, rest: list[Group], forms: list[frozenset[str]],
                  grammar: Grammar) -> Group | None:
    """"los ataques rusos contra centrales ucranianas": a noun whose agent is the demonym right after it, and whose
    target phrase names a thing by its owner's demonym: that owner (`demonym_patient`); None elsewhere."""
    if source is None or source.start != t_end or not postnominal_adjective(source, grammar):
        return None
    return demonym_patient(source.end, forms, rest, grammar, source.sides)


def object_target(r: Reading, c: Candidates, pick: Pick, rest: list[Group], later_verb: set[int]) -> None:
    """The target as the verb's object: a marked phrase of the rule, the direct object next to the verb, a
    controlled object, an owner inside the pattern, an unmarked name after the verb, an author in an agent phrase.
    Each step below reads one kind of object; a later one overrides an earlier one's choice where it names the
    object more surely, the last two are read only where none was found."""
    site = r.site
    rule, t_end = site.rule, site.trigger[1]
    # (a name in the subject's descriptive apposition yields to one the verb has after it, `_marked_target`)
    named_after = any(g.start >= t_end for g in rest)
    rest, marked_targets = _without_befriended(site, rest, c.marked_targets)
    target, after = _marked_target(site, c, pick, rest, marked_targets, later_verb, named_after)
    # German main clauses put the verb second: "Israel bestellte den Botschafter ... ein" has its object after
    # the verb's first part, like SVO languages (a subordinate clause has nothing after its final verb).
    # After the trigger and a comma comes its content ("hatte Stockholm vorgeworfen, Anhängern der PKK ...").
    comma = next((i for i in range(t_end, site.clause[1]) if "," in site.forms[i]), site.clause[1])
    direct = _direct_target(site, rest, comma)
    if direct is not None and (not after or direct.start < after[0].start):
        target = direct  # "Russia invaded Ukraine ... the influence of the US": the object next to the verb
    target = _verdict_owner_before(site, pick, rest, target)
    target = _named_target(site, pick, rest, target)
    if target is None and not rule.topic_object:
        target = _unmarked_target(site, pick, rest, comma)
    if target is None and not site.nominal and not (rule.symmetric and pick.source is not None
                                                    and len(pick.source.members) > 1):
        target = _author_target(site, c, pick)
    pick.target = target


def _without_befriended(site: Site, rest: list[Group], marked_targets: list[Group]) -> tuple[list[Group],
                                                                                               list[Group]]:
    """"expresó su apoyo a Pakistán y condenó los ataques", "expressed solidarity with Morocco and condemned the
    attacks": the one a friendly act before "and" is for is not the one the charge after it judges; the candidates
    and the marked targets without it."""
    if not site.friendly:
        return rest, marked_targets
    befriended = {id(g) for g in rest if g.end <= site.trigger[0] and _befriended(g, site.trigger[0], site.friendly,
                                                                                  site.forms, site.grammar)}
    return [g for g in rest if id(g) not in befriended], [g for g in marked_targets if id(g) not in befriended]


def _marked_target(site: Site, c: Candidates, pick: Pick, rest: list[Group], marked_targets: list[Group],
                   later_verb: set[int], named_after: bool) -> tuple[Group | None, list[Group]]:
    """The first phrase behind a target preposition of the rule that is this verb's own, after the trigger (else
    one after the subject), or the object fronted before an impersonal verb; for a noun, the owner of the thing its
    demonym agent struck. With the own marked phrases after the trigger (a direct object before them wins)."""
    trigger, rule, grammar, forms = site.trigger, site.rule, site.grammar, site.forms
    source = pick.source
    t_start, t_end = trigger
    # a city after another act is that act's object ("bombardearon el puerto yemení ... en respuesta al ataque
    # ... contra Tel Aviv"): it names its state only as the place of the act it follows
    # (a name in the subject's descriptive apposition, "Washington, lié à Manille par un traité, a condamné les
    # actions de la Chine", yields to one the verb has after it; alone it may still be meant: "le ministre, en
    # visite à Kiev, a réaffirmé son soutien")
    own_marked = [g for g in marked_targets if id(g) not in later_verb and not (
        all(m.kind == PLACE for m in g.members) and any(t_end <= i < g.start for i in site.rival_triggers))
        and not (named_after and in_apposition(g, source, t_start, forms, grammar))
        and not topic_pair(g, rule, forms, t_end, grammar)
        and not place_of_owned(g, rest, t_end, forms, grammar)]
    after = [g for g in own_marked if g is not source and g.start > t_start]
    target = after[0] if after else next((g for g in own_marked if g is not source and (
        grammar.verb_final or source is None or g.start > source.start)), None)  # not a phrase before the subject
    target = target or pick.summoned
    if site.nominal:  # "des frappes russes sur des centrales ukrainiennes ont provoqué des coupures en Moldavie"
        target = _struck_thing(source, t_end, [g for g in c.usable if g is not source], forms, grammar) or target
    return target, after


def _direct_target(site: Site, rest: list[Group], comma: int) -> Group | None:
    """The direct object next to the verb (before the comma that opens a verb-final verb's content), or the first
    actor inside the pattern where the pattern ends in the object's head noun ("вызвал посла Эстонии", "expelled
    the envoy of Estonia"); None for a noun trigger or a rule whose object is the topic."""
    trigger, rule, grammar, forms = site.trigger, site.rule, site.grammar, site.forms
    t_start, t_end = trigger
    if site.nominal or rule.topic_object:
        return None
    start = t_start + 1 if grammar.verb_final else t_end
    direct = direct_object([g for g in rest if g.start < comma or not grammar.verb_final], start, site.rival_triggers,
                           proposals=_proposals(forms, start, comma, grammar)
                           if rule.plover in VERDICT_TYPES else frozenset())
    if (direct is None or any("," in forms[i] for i in range(t_end, direct.start))) and not grammar.verb_final:
        # "вызвал посла Эстонии", "expelled the envoy of Estonia": the pattern ends in the object's head noun
        # (before a name after a comma: "expelled the ambassadors of Argentina and Chile, the ministry said")
        inside = next((g for g in rest if t_start < g.start < t_end), None)  # the first actor in the pattern
        if inside is not None and t_end <= inside.end and inside.marker is None and not inside.possessive \
                and not any(m.kind in ("reference", "adjective") for m in inside.members):
            direct = inside  # not "quitter le pays", not "accused Kigali of arming the M23 rebels"
    return direct


def _verdict_owner_before(site: Site, pick: Pick, rest: list[Group], target: Group | None) -> Group | None:
    """A verb-final clause's verdict on a marked phrase before it: "als Macron den marokkanischen Autonomieplan für
    die Westsahara unterstützte": the demonym owning the proposal before the phrase is what is judged."""
    t_start = site.trigger[0]
    grammar, forms = site.grammar, site.forms
    if target is None or target.marker is None or site.rule.plover not in VERDICT_TYPES or site.nominal \
            or not grammar.verb_final or t_start < target.end:
        return target
    owner = next((g for g in rest if g is not pick.source and g.free and g.start < target.start
                  and all(m.kind == "adjective" for m in g.members)
                  and g.end in _proposals(forms, g.end, g.end + 1, grammar)), None)
    return owner or target


def _named_target(site: Site, pick: Pick, rest: list[Group], target: Group | None) -> Group | None:
    """The object a verb names, asks or rebuffs by the pattern, over any read before: the one named as something
    ("назвал Казахстан надёжным союзником России": Kazakhstan, not Russia), the object that carries out the
    infinitive ("urged Israel to halt its strikes on Lebanon": Israel is asked, not Lebanon), the owner inside the
    pattern ("rebuffed EU calls to impose sanctions on Russia": the EU is rebuffed), each over the one before."""
    trigger, rule, grammar, forms = site.trigger, site.rule, site.grammar, site.forms
    t_start, t_end = trigger
    named = None if site.nominal else named_object(rest, trigger, forms, grammar)
    if named is not None:
        target = named
    controlled = None if site.nominal else controlled_object(rest, trigger, forms, grammar)
    if controlled is not None:
        target = controlled
    if rule.owner_inside:
        owner = next((g for g in rest if g is not pick.source and t_start < g.start
                      and t_end - _OWNER_GAP <= g.end < t_end), None)
        target = owner or target
    return target


def _unmarked_target(site: Site, pick: Pick, rest: list[Group], comma: int) -> Group | None:
    """With no object found: the first unmarked name after the verb (German: before the comma of its content, or
    before the verb), else one after the subject ("gave France an ultimatum"; "blamed Israel ... and threatened").
    "struck targets near Damascus, a day after Turkey condemned ...", "staged drills after the speaker met Taiwan's
    president": a name behind an adverbial subordinator after the verb belongs to that subordinator's clause, never
    to this verb."""
    grammar, forms = site.grammar, site.forms
    t_start, t_end = site.trigger
    source = pick.source
    objects = [g for g in rest if g.marker is None and not g.possessive
               and not in_adverbial_clause(g, t_end, forms, grammar)]
    right = [g for g in objects if g.start > t_start]
    if grammar.verb_final:
        right = [g for g in right if g.start < comma or not any(o.start < t_start for o in objects)]
    if right:
        return right[0]
    if objects and grammar.verb_final:
        return objects[0]  # German objects before the verb
    if source is not None:
        return next((g for g in objects if g.start > source.start), None)
    return None


def _author_target(site: Site, c: Candidates, pick: Pick) -> Group | None:
    """"criticised the decision by Washington": the author of the thing acted on, in an agent phrase (any one for a
    verdict, this trigger's for another act); not for a noun trigger, nor where a list of sources acts on each
    other ("X and Y agreed a truce brokered by Qatar": the parties agreed with each other)."""
    t_start = site.trigger[0]
    return next((g for g in (c.authors if site.rule.plover in VERDICT_TYPES else c.agents)
                 if g is not pick.source and (site.grammar.verb_final or g.start > t_start)), None)


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


def owner_target(r: Reading, pick: Pick, rest: list[Group]) -> None:
    """The owner of what is acted on or judged ("condemned China's actions", "struck Iran's nuclear sites"), and
    the author of a judged act noun."""
    site = r.site
    grammar, nominal, rival_triggers = site.grammar, site.nominal, site.rival_triggers
    in_clause, target_markers = r.in_clause, r.target_markers
    source, target = pick.source, pick.target
    t_start, t_end = site.trigger
    if site.rule.plover in VERDICT_TYPES:
        # "condemned China's actions", "rejected Iraq's proposal": the owner of what is judged, and
        # before anything else when it follows the verb ("condemned Russia's invasion of Ukraine")
        # ("condemned the strike as a violation of Qatar's sovereignty": Qatar is wronged, not judged)
        owner = next((g for g in in_clause if (g.possessive and not (g.genitive and g.marker is None)
                                               or g.genitive and grammar.verb_lemma_endings)
                      and g.start > t_start and g is not source
                      and not (site.rule.plover in OWNER_NOT_PARTY and owner_of_place(g, site.forms, grammar))),
                     None)  # "осудили удар Израиля" (not "осудил обстрел польской территории": the place's owner)
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


def incise_target(r: Reading, pick: Pick) -> None:
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


def fallback_target(r: Reading, c: Candidates, pick: Pick) -> None:
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
        target = judged_act_origin(in_clause, source, rival_triggers, forms, grammar) \
            or judged_act_place(in_clause, source, trigger, rival_triggers, forms, grammar)
    if target is None and rule.plover in ("ASSAULT", "COERCE", "MOBILIZE", "PROTEST"):
        located = [g for g in in_clause if g.marker in grammar.location_markers and g is not source
                   and (g.start - t_end if g.start >= t_end else t_start - g.end) <= _LOCATION_REACH]
        target = located[0] if located else None
    pick.source, pick.target = source, target


def act_target(r: Reading, pick: Pick) -> None:
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
    if target is None and source is not None and rule.plover in ACTS_ON_PATIENTS and (
            nominal and grammar.participle_auxiliaries
            # "after Israeli (and US) strikes on its nuclear sites": the noun's agent an adjective right before it
            or grammar.roles.owner_possessives and source.end == t_start
            and any(m.kind == "adjective" for m in source.members)):
        target = owner_of_object(r.sentence_groups, source, trigger, forms, grammar, r.target_markers)
    pick.target = target


def fronted_target(r: Reading, pick: Pick) -> None:
    """No target behind another act after a fronted phrase: the phrase lends its act the subject after its comma,
    not the main verb's objects."""
    rule, rival_triggers, fronted_end, target = r.site.rule, r.site.rival_triggers, pick.fronted_end, pick.target
    if fronted_end is not None and target is not None and rule.cameo != HOSTING \
            and any(fronted_end < i < target.start for i in rival_triggers):
        # "Réunis dimanche à Abuja, les chefs d'État de la Cédéao ont appelé le Mali à ...": the fronted phrase
        # lends its act the subject after its comma, not the objects of the main verb that follows it (but a
        # guest "Reçu lundi à l'Élysée," thanks or meets its host there: "..., X a remercié Macron")
        target = None
    pick.target = target


def pronoun_target(r: Reading, pick: Pick, roles: Roles) -> None:
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
                            or g.sides != source.sides)),
                      None)
        # named in an earlier sentence (events/article_antecedents.pronoun_object) where the pronoun follows the
        # subject: "Xi Jinping l'accueillait", not "a commenté la visite" (an article) nor "a lui aussi envoyé" (a
        # stressed one)
        roles.object_pronoun = target is None and source is not None and (
            source.end == clitic or source.end == clitic - 1 and bool(forms[clitic - 1] & grammar.exceptive_particles))
    dative = None if site.nominal or r.passive_aux else dative_clitic(t_start, forms, grammar)
    if dative is not None and target is not None and target.start >= site.trigger[1] \
            and not doubles_dative(target.start, target.marker, site.trigger[1], r.target_markers):
        # "Kast le reprochó a continuación que «utilice cada foro para atacar a Washington»", "Lula le prometió apoyo
        # para cerrar el acuerdo entre el Mercosur y la UE": the dative pronoun is the one reproached or promised; a
        # name inside what is reproached or promised is not. It stands for the actor named last before it ("conversó
        # con Abinader y le expresó su apoyo"), else for the article's (events/article_antecedents.pronoun_object)
        # (with no source read yet, an unmarked name before it is the clause's subject: "Kast, que ..., le reprochó")
        target = next((g for g in reversed(sentence_groups) if g.end <= dative and g is not source
                       and g.marker not in (REPORT_SOURCE, COMPOUND)
                       and (g.sides != source.sides if source is not None else g.marker is not None)), None)
        roles.object_pronoun = target is None
    pick.target = target


def unnamed_target(r: Reading, pick: Pick) -> None:
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
    if source is not None and not nominal and rule.cameo.startswith("112") and grammar.verb_lemma_endings:
        described = gerund_noun_object(sentence_groups, source, trigger, forms, grammar)
        target = described if described is not None else target
    if target is None and nominal and source is not None and rule.plover == "ACCUSE":
        target = accusation_content_subject(sentence_groups, source, trigger, forms, grammar)
    if pick.accused_first:
        target = pick.summoned  # "В Сеуле Россию обвиняют в передаче Пхеньяну ...": not a name in the charge after it
    pick.target = target


_SPEAKER_WRONGED: Final = frozenset({"ASSAULT", "COERCE"})

# CAMEO judicial cooperation (extradition): the one handed over is the object, a pronoun as often as not ("extradited
# him to the United States", "экстрадировали его в США"); the state it goes to is the target after its marker
_JUDICIAL: Final = "063"
_ACT_AGENT_REACH: Final = 9  # "la destruction d'un avion syrien par l'armée turque": the act's object, then its agent

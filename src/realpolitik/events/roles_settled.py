"""The readings of the structural roles (roles_structure.structural_roles) that settle both roles at once: an
accusation an attribute's author makes, a phrase before or around a noun (a premodifier, a prefix), a pair, and a
passive's agents. Each returns the roles, or None where the clause's reading goes on (roles_source_steps.py).
"""

from __future__ import annotations

from typing import Final

from realpolitik.codes import sides_of
from realpolitik.events.article import VERDICT_TYPES
from realpolitik.events.cameo import ARREST
from realpolitik.events.grammar import Grammar
from realpolitik.events.noun_acts import told_pair_of
from realpolitik.events.roles_agents import agent_follows, authored_antecedent
from realpolitik.events.roles_base import SAID_TYPES, STATE_KINDS, TRIGGER_OBJECT, Group, Roles, Site
from realpolitik.events.roles_objects import belongs_to_trigger, origin_head, pair_after_object, verb_after_phrase
from realpolitik.events.roles_partners import topic_pair
from realpolitik.events.roles_places import custody_seat, verdict_seat
from realpolitik.events.roles_possessors import abbreviated_prefix
from realpolitik.events.roles_reading import Candidates, Reading
from realpolitik.events.roles_subjects import passive_subject

# the types whose verb, on a measure a relative clause tells the author of, is that author's own act or takes the
# measure's target: a measure eased, cut or lifted is, as a rule, eased by the one who imposed it ("cut the tariff that
# Washington imposed on ..."), and sanctions joined or extended hit the measure's target (events/demands.py gives a
# joiner its own place as the source)
_AUTHOR_UNDOES: Final = frozenset({"RETREAT", "SANCTION"})


def authored_accusation(r: Reading) -> Roles | None:
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
                            and not g.sides & sides_of(antecedent)), None)
            roles.targets = list(charged.members) if charged is not None else []
            return roles
    return None


def premodifier_roles(r: Reading) -> Roles | None:
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
    if premodifier is not None and not nominal and premodifier.marker in grammar.roles.origin_markers \
            and origin_head(premodifier, forms, grammar):
        premodifier = None  # "Observers from the EU praised the vote": the people's origin, the verb's subject
        # (roles_source_steps.origin_subject reads it)
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


def relative_author_roles(r: Reading) -> Roles | None:
    """"the export controls Beijing imposed on U.S. defence groups", "the tariff that Washington imposed on
    Australian goods": a noun trigger whose relative clause (no pronoun, or "that") opens with a name and a past verb
    of carrying the measure out is that name's act, aimed at the party its "on" phrase names; the clause the noun
    stands in only mentions it, its subject is no author. With no party after the verb, no target here. None where
    the noun has no such clause (en: `author_clause_verbs`)."""
    site = r.site
    grammar, forms = site.grammar, site.forms
    if not grammar.author_clause_verbs:
        return None
    t_start, t_end = site.trigger
    author, verb = None, len(forms)
    for g in r.sentence_groups:  # (a pattern with a gap, "duties ... on", spans the clause: the name may stand inside)
        if not (t_start < g.start <= t_end + 2 and g.free):
            continue
        noun = g.start - 1 - bool(forms[g.start - 1] & grammar.determiners)
        noun -= bool(noun > t_start and forms[noun] & grammar.relative_markers)
        verb = g.end + (g.end < len(forms) and "have" in forms[g.end])
        # (the noun is the trigger's last word, or its first where a gap follows: "duties New Delhi raised on"; not
        # a word inside the gap: "warned ... if the United States raised tariffs")
        if noun in (t_start, t_end - 1) and noun < g.start and verb < len(forms) \
                and forms[verb] & grammar.author_clause_verbs:
            author = g
            break
    if author is None:
        return None
    if site.rule.plover not in _AUTHOR_UNDOES and any(forms[k] & grammar.determiners for k in range(t_start + 1, noun)):
        # a verb's trigger that ends on the measure, its article between ("dismissed the concerns Beijing raised",
        # "threatened to match the tariffs Washington imposed on Canadian steel"): the clause names the measure's
        # author, not the verb's subject, who answers that author
        return None
    stop = next((i for i in range(verb + 1, len(forms)) if "," in forms[i]), len(forms))
    target = next((g for g in r.sentence_groups if verb < g.start < stop and g.marker in r.target_markers
                   and not g.sides & author.sides), None)
    return Roles(sources=list(author.members), targets=list(target.members) if target is not None else [])


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


def prefix_roles(r: Reading) -> Roles | None:
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


def _struck_thing_after(pair: Group, forms: list[frozenset[str]], target_markers: frozenset[str],
                        grammar: Grammar) -> bool:
    """A target marker right after a genitive pair ("Angriffe der USA und Israels auf die Atomanlagen", "удары США
    и Израиля по объектам"): the pair's assault has a target of its own, a thing no actor names, so the pair are its
    joint authors, not each other's targets ("Kämpfe der X und der Y" has none)."""
    return pair.end < len(forms) and bool(forms[pair.end] & target_markers) \
        and not forms[pair.end] & grammar.pair_markers


def pair_roles(r: Reading) -> Roles | None:
    """A symmetric act or an assault between a pair ("zwischen Armenien und Aserbaidschan"): the pair are its
    sources, with each other. None where no pair of the trigger's own stands."""
    site = r.site
    trigger, rule, grammar = site.trigger, site.rule, site.grammar
    rival_triggers, in_clause, target_markers = site.rival_triggers, r.in_clause, r.target_markers
    t_start, t_end = trigger
    if rule.symmetric or rule.plover == "ASSAULT":  # "die Waffenruhe zwischen Armenien und Aserbaidschan"
        pairs = [g for g in in_clause if g.marker in grammar.pair_markers and len(g.members) >= 2]
        subject = any(g.marker is None and not g.genitive for g in in_clause)
        # "après la signature de l'accord de paix entre X et Y": a noun of time gone by reaches its own pair further,
        # before a comma, no other trigger between (a verb beyond the comma does not own it)
        told = told_pair_of(trigger, site.forms, in_clause, grammar, rival_triggers)
        # "hat die UNO wegen des Streits zwischen Indien und Pakistan Gespräche geführt": a pair before
        # the trigger belongs to another noun when the clause has a subject of its own
        between = told or next((g for g in pairs if belongs_to_trigger(g, trigger, rival_triggers)
                                and (g.start >= t_start or not subject)), None)
        # "firmó un memorando de entendimiento entre Argentina y Chile": the pair of the verb's object
        pact = None if between is not None or site.nominal or not rule.symmetric else next(
            (g for g in pairs if pair_after_object(g, in_clause, trigger, rival_triggers, site.forms, grammar)), None)
        if between is None and site.nominal and (rule.plover == "ASSAULT"
                                                 or grammar.verb_lemma_endings and rule.symmetric):
            between = next((g for g in in_clause if g.genitive and g.start >= t_end and len(g.members) >= 2
                            and g.start - t_end <= 2), None)
            if between is not None and (any(0 <= g.start - between.end <= 1 and g.marker in target_markers
                                            and g.marker not in grammar.pair_markers for g in in_clause)
                                        or _struck_thing_after(between, site.forms, target_markers, grammar)):
                # "удары Израиля и США по Ирану", "les frappes d'Israël et des États-Unis contre l'Iran": the pair
                # strikes the third named after it together, not each other; so too a target no actor names ("die
                # Angriffe der USA und Israels auf die Atomanlagen", "удары США и Израиля по ядерным объектам")
                between = None
        if between is not None and not 0 <= between.start - t_end <= 3 and between is not told and any(
                g.marker is None and not g.genitive and g is not between for g in in_clause):
            between = None  # "Xi y Bin Salmán hablaron ... la normalización entre Teherán y Riad": the subject acts
        if pact is not None and not subject:
            # not where the clause has a subject of its own ("Le Sénat brésilien a ratifié l'accord entre le
            # Mercosur et l'UE": the ratifier's act)
            between = pact
        if between is not None and topic_pair(between, rule, site.forms, t_end, grammar) and not (
                # "after the signing of the agreement between A and B": the text's sides signed it
                between is told and rule.plover == "AGREE"):
            between = None  # "discussed the conflict between Israel and Iran": the pair is the topic's, not the talks'
        if between is not None:
            return Roles(sources=list(between.members), mutual=rule.plover == "ASSAULT")
    return None


def passive_agents(r: Reading, c: Candidates) -> Roles | None:
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
    if passive_aux and not nominal and rule.cameo.startswith(ARREST) and not agents:
        seat = custody_seat(groups, trigger, grammar)
        if seat is None:  # "fueron detenidos tras ingresar a Venezuela": held by someone unnamed, never the held
            held = passive_subject(unmarked, t_start, site.forms, grammar) if unmarked else None
            return Roles(targets=list(held.members) if held is not None else [])
        agents = [seat]  # "Deux Français ont été arrêtés en Iran": the state that holds them arrested them
        marked_targets = [g for g in marked_targets if g is not seat]
    c.unmarked, c.agents, c.marked_targets = unmarked, agents, marked_targets
    return None

"""Who is the source and who the target of a trigger: actor groups and the words that mark them.

Coordinated actors ("Kuba, Nicaragua und China") form one group. Each group is
marked by the preposition that governs it ("gegen", "with", "por" ...), if
any; a German or Romance genitive ("die Erweiterung der Nato", "la ruptura de
relaciones con Israel") inherits the marker of the noun phrase it hangs on.
The role finder then reads the clause: the unmarked group is the subject, a
group after a target marker is the target, a passive agent ("von", "by",
"por", "par") is the source.

This module is the role reader's entry point: `assign_roles` (with what it settles around the structural reading:
co-agents, restrictive relative clauses, denials of an accusation, the one a demand asks) and the names the coder
and the relation reader import. The reading itself lives in modules of one job each:

- roles_base: Group, Roles, Site, the group marks and the small helpers every part reads;
- roles_groups: the sentence's actor groups (coordination, appositions, lists);
- roles_coordinated_clause: a group's last name that opens a coordinated clause ("... and Poland condemned");
- roles_marks: each group's mark (preposition, genitive, possessive; roles_aside: reported source, witness, compound);
- roles_structure: the structural reading of one trigger's clause (`structural_roles`), its steps in roles_reading,
  roles_settled, roles_source_steps, roles_target_steps and roles_weighing;
- roles_subjects: the clause's subject (fronted objects, appositions, passives, a subject shared across clauses);
- roles_speech: reported speech and its speakers (incises, quotations, inverted and impersonal speakers);
- roles_objects: objects and addressees (direct objects, pronouns, clitics, unnamed objects);
- roles_partners: partner phrases and coordinated prepositional phrases, hyphenated pairs;
- roles_possessors: possessors and genitives that name an act's author;
- roles_relatives: relative clauses (antecedents, object relatives, agents named inside them);
- roles_agents: agents of participles and attributes (passive agents, mediators, instrumental agents);
- roles_verdicts: whom a verdict or denial judges (the judged act's author and patient);
- roles_places: places and custody (venues, forums, arrests, seats of a verdict or custody).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from realpolitik.codes import is_armed_group, side_of, sides_of
from realpolitik.events.grammar import Grammar, joined
from realpolitik.events.roles_agents import (
    instrumental_agent,
    participle_attributes,
    side_agent,
    support_participle_agent,
)
from realpolitik.events.roles_base import (
    COMPOUND,
    REPORT_SOURCE,
    SAID_TYPES,
    THIRD_PLURAL,
    TRIGGER_OBJECT,
    Group,
    Roles,
    Site,
    elided_de,
    locate_marker,
    skip_back,
)
from realpolitik.events.roles_coordinated_clause import participle_complement, split_clause_subject
from realpolitik.events.roles_groups import (
    apposed_members,
    build_groups,
    expand_references,
    group_mentions,
)
from realpolitik.events.roles_marks import mark_groups
from realpolitik.events.roles_partners import hyphen_after, hyphen_joined, hyphen_pair_parties
from realpolitik.events.roles_places import (
    SUIT,
    arrest_at_place,
    expelled_from_place,
    held_at_place,
    is_suit_venue,
    place_tokens,
    verdict_seat,
)
from realpolitik.events.roles_possessors import (
    agent_and_patient,
    other_possessive,
    possessive_of_no_list,
    possessor_before,
    postnominal_adjective,
)
from realpolitik.events.roles_reading import COOPERATIVE
from realpolitik.events.roles_relatives import blamed_agent, relative_agent, relative_bystander
from realpolitik.events.roles_speech import after_pronoun_incise, announced_topic, quoted_by_pronoun
from realpolitik.events.roles_structure import structural_roles
from realpolitik.language.infinitives import infinitive_form
from realpolitik.model import ActorMention

# what the coder, the relation reader and their tests import from here (defined in the modules above)
__all__ = [
    "after_pronoun_incise", "agent_and_patient", "announced_topic", "apposed_members", "arrest_at_place",
    "assign_roles", "blamed_agent", "build_groups", "COMPOUND", "COOPERATIVE", "elided_de", "expand_references",
    "expelled_from_place",
    "Group", "group_mentions", "held_at_place", "hyphen_after", "hyphen_joined", "hyphen_pair_parties",
    "instrumental_agent", "mark_groups", "other_possessive", "participle_attributes", "participle_complement",
    "place_tokens",
    "possessive_of_no_list", "possessor_before", "postnominal_adjective", "quoted_by_pronoun", "relative_agent",
    "relative_bystander",
    "REPORT_SOURCE", "Roles", "side_agent", "Site", "split_clause_subject", "support_participle_agent",
    "THIRD_PLURAL", "TRIGGER_OBJECT", "verdict_seat",
]


def assign_roles(site: Site) -> Roles:
    """Pick the source and target groups of one trigger inside its clause (`_assign_roles`). A denial answers the
    claim's author where the sentence names one ("las informaciones de Seúl sobre el envío de tropas a Rusia": Seoul,
    not Russia); where it names none, the article supplies the claimant (events/article_fill.fill_from_context): a state
    its content helped is no party of it ("negó haber suministrado armas a Rusia": Russia made no claim), unless that
    is an armed group, whose country is the one that complains ("denies backing M23": Congo's claim). All sets, round
    35: 7 extras gone, no fact lost."""
    if not site.acts:
        return _assign_roles(site)
    answered = _assign_roles(site)
    if answered.targets:
        return answered
    helped = _assign_roles(replace(site, acts=frozenset()))
    if helped.targets and all(is_armed_group(m.code) for m in helped.targets):
        return helped
    answered.content_party = bool(helped.targets)
    return answered


def _assign_roles(site: Site) -> Roles:
    """Pick the source and target groups of one trigger inside its clause. An actor joined to the subject by
    "together with" ("France, together with Germany, condemned the strikes") acts with it, not on it (not for a
    noun, whose agent is its own; for a symmetric act only before the verb: "Junto a Bélgica, España se reunió con
    Egipto", where "with" after it names the partner)."""
    clause = site.clause
    if joined_an_act(site):
        return Roles()  # "joined Britain in condemning Iran": the joining is no act with Britain
    # (no co-agent word, preposition or verb in the sentence: no group is asked)
    beside = [] if site.nominal or no_co_agent_words(site) else [
        g for g in site.groups if clause[0] <= g.start < clause[1] and (
            not site.rule.symmetric or g.end <= site.trigger[0]) and (
            g.marker is not None and _co_agent_marker(g, site.forms, site.grammar, site.trigger)
            or _co_agent_phrase(g, site.trigger, site.forms, site.grammar, site.rule.target_markers))
        or _joined_before_and(g, site)]
    # a co-agent of a relative clause's verb ("los ejercicios que China realizó junto a Rusia") is no party here
    co = [g for g in beside if not _relative_between(g, site)]
    backers, partners = _backers(site)
    aside = beside + backers  # "mit Unterstützung Belgiens angegriffen": the backer is not attacked
    if aside:
        site = replace(site, groups=[g for g in site.groups if g not in aside],
                       sentence_groups=[g for g in site.sentence_groups if g not in aside])
    roles = structural_roles(site)
    restrictive = None if site.nominal or site.passive_aux or site.rule.reverse else _restrictive_subject(site)
    if restrictive is not None:  # "sanctioned Chinese firms that supplied Russia": the firms supply, not Washington
        antecedent = restrictive[0]
        roles.sources = list(antecedent.members) if antecedent is not None else []
        roles.targets = [m for m in roles.targets if m not in roles.sources]
        roles.from_outside_clause = False
    elif roles.targets and site.grammar.roles.restrictive_relatives and not site.rule.symmetric:
        # "sanctioned companies that helped Iran": a name inside a relative clause on the object is that clause's
        roles.targets = [m for m in roles.targets if not _behind_restrictive(site, m.token_start)]
    if site.denials and site.nominal and site.rule.plover == "ACCUSE" and roles.sources and not roles.targets:
        roles.targets = _denier(site, roles.sources)
    if partners and roles.sources:  # "griffen mit Unterstützung Kanadas an": the subject cooperates with the backer
        roles.targets = [m for g in partners for m in g.members if m not in roles.sources]
    if co and roles.sources and not any(m.kind == "adjective" for m in roles.sources):  # not "Russian strikes"
        roles.sources = roles.sources + [m for g in co for m in g.members if m not in roles.sources]
    if roles.targets and site.rule.plover == "REQUEST" and not site.nominal and unnamed_addressee(site):
        roles.targets = [m for m in roles.targets if m.token_start >= site.trigger[1]]
    if roles.sources and not roles.targets and (site.rule.plover == "REQUEST" or site.rule.content_target) \
            and not site.nominal:
        roles.targets = _asked_subject(site, sides_of(roles.sources))
    if roles.targets and site.rule.cameo.startswith(SUIT):
        # "had taken the case to the World Trade Organization's dispute settlement mechanism": a court or trade body
        # read by any path (a possessor here) hears the suit, it is not sued (roles_reading's `suit_venue` test)
        roles.targets = [m for m in roles.targets if not is_suit_venue(m.code)]
    return roles


def no_co_agent_words(site: Site) -> bool:
    """The sentence's vocabulary (where known) holds no word `_co_agent_marker` or `_co_agent_phrase` looks for, so
    no group is a co-agent."""
    words = site.grammar.roles
    return site.vocabulary is not None and site.vocabulary.isdisjoint(
        joined(words.co_agent_words, words.co_agent_prepositions, words.co_agent_verbs))


def unnamed_addressee(site: Site) -> bool:
    """"agradeció a Pekín su apoyo y pidió a otros donantes que siguieran su ejemplo", "felicitó a España y pidió a
    la comunidad internacional que ...": the appeal's verb names the ones it asks right after it, after the personal
    "a", in a phrase of common nouns that names no state, up to its content ("que", an infinitive, a comma, a quote):
    those asked are no one named before the verb (the first verb's object; round 57: coop-es-002, wire-es8-010)."""
    words = site.grammar.roles
    forms, at = site.forms, site.trigger[1]
    if words.unnamed_addressees and not words.addressee_markers:
        return _unnamed_after_verb(site)
    if not words.unnamed_addressees or at + 2 >= len(forms) or not forms[at] & words.addressee_markers \
            or not forms[at + 1] & words.unnamed_addressees \
            or not forms[at - 1] & site.grammar.modality.get("demand", frozenset()):
        # the trigger ends in the verb of asking itself: "pidió a Egipto que libere a los activistas" (a trigger from
        # "pidió" to "libere") asks Egypt, whoever the freed are
        return False
    end = _phrase_end(forms, at + 1, words.request_openers, site.grammar.infinitive_endings)
    # "pidió a los demás socios del Mercosur —Argentina, Brasil ...", "a todas las partes en Siria": a name in the
    # phrase or right after it says who is asked
    return at + 2 < end < len(forms) and not any(at < g.start <= end + 1 for g in site.sentence_groups)


def _unnamed_after_verb(site: Site) -> bool:
    """"thanked Australia, New Zealand, India and China for their quick response and appealed to other donors to help
    rebuild schools", "thanked Beijing and Abu Dhabi for their help and urged other donors to follow their example",
    "welcomed the decision and urged other Western governments to follow Australia's lead": in a language that names
    the one asked right after the appeal's verb (or after a preposition of it, `appeal_prepositions`: "appealed to",
    "called on"), a phrase opened by "other" or "fellow" (`unnamed_addressees`) that names no state up to what it is
    asked (`asked_openers`, "to") asks no one named before the verb (round 58: fresh58a-en-004; the
    studied gold codes no appeal to the thanked in coop-en-002 and wire-en13-001 either)."""
    words, forms = site.grammar.roles, site.forms
    at = site.trigger[0] + 1
    if at < len(forms) and forms[at] & words.appeal_prepositions:
        at += 1
    if at + 1 >= len(forms) or not forms[at] & words.unnamed_addressees:
        return False
    end = _phrase_end(forms, at + 1, words.asked_openers, site.grammar.infinitive_endings)
    return end - at <= _UNNAMED_REACH and end < len(forms) and bool(forms[end] & words.asked_openers) \
        and not any(at <= g.start <= end for g in site.sentence_groups)


_UNNAMED_REACH: Final = 5  # words from "other" to what the unnamed are asked: "other Western governments to"


def _phrase_end(forms: list[frozenset[str]], start: int, openers: frozenset[str],
                infinitives: tuple[str, ...]) -> int:
    """The end of a phrase of words from `start`: the first token that is no word (a comma, a quote, a dash), or an
    opener of the appeal's content ("que"), or an infinitive (one of the language's `infinitives` endings) after its
    first two words (the content: "a otros países seguir su ejemplo")."""
    k = start
    while k < len(forms) and all(f.isalpha() for f in forms[k]) and not forms[k] & openers \
            and not (k > start + 1 and any(infinitive_form(f, infinitives) for f in forms[k])):
        k += 1
    return k


def _asked_subject(site: Site, own: set[str]) -> list[ActorMention]:
    """"Polen forderte, dass Russland seine Truppen abzieht", "Польша потребовала, чтобы Россия вывела войска": a
    demand whose own clause names no one asked asks its act of the subject of the content clause after the comma
    (the names right after the opener, joined by a conjunction; not the demander's own country). So does a rule
    marked `content_target`: "begründete den Schritt damit, dass Juba ... verschleppe" blames Juba."""
    words, forms = site.grammar.roles, site.forms
    i = site.clause[1]
    if i < len(forms) and "," in forms[i]:
        i += 1
    if not words.request_openers or i >= len(forms) or not forms[i] & words.request_openers:
        return []
    k = i + 1
    lead = site.grammar.determiners | words.request_subject_skip
    while k < len(forms) and k <= i + 2 and forms[k] & lead:
        k += 1
    while k + 1 < len(forms) and "-" in forms[k + 1] and "-" not in forms[k]:
        k += 2  # "der Uno-Sicherheitsrat": the name is the compound's last word
    asked: list[ActorMention] = []
    for g in sorted(site.sentence_groups, key=lambda g: g.start):
        if g.start < k:
            continue
        if g.start > k or not g.free:
            break
        asked += [m for m in g.members if side_of(m.code) not in own]
        k = g.end  # "der Sicherheitsrat und die Afrikanische Union": the next name after a conjunction and articles
        if k < len(forms) and forms[k] & site.grammar.coordination:
            k += 1
            while k < len(forms) and forms[k] & site.grammar.determiners:
                k += 1
        else:
            break
    return asked


def _restrictive_subject(site: Site) -> tuple[Group | None] | None:
    """"imposed sanctions on Chinese firms that supplied Russia with drone parts", "the countries who have recognised
    Palestine": a relative pronoun with no comma right before the verb (or its auxiliary) makes the noun before it the
    verb's subject. Returns (that noun's actor group, or None where the noun is no actor of ours), or None where the
    verb opens no such clause."""
    forms, grammar, t_start = site.forms, site.grammar, site.trigger[0]
    words = grammar.roles
    if not words.restrictive_relatives:
        return None
    k = t_start - 1
    if k >= 1 and forms[k] & (grammar.perfect_auxiliaries | words.have):
        k -= 1  # "that had supplied"
    if k < 1 or not forms[k] & words.restrictive_relatives or not any(f.isalpha() for f in forms[k - 1]):
        return None
    antecedent = next((g for g in site.sentence_groups if g.end == k), None)
    if antecedent is not None and antecedent.marker in grammar.agent_markers and site.rule.plover in SAID_TYPES:
        return (antecedent,)  # "the case brought by Peru that accuses Bolivia": the author says it through its text
    if antecedent is not None and any(m.kind not in ("agent", "reference") for m in antecedent.members):
        return None  # a name ("an Israeli strike on Doha that killed five": the strike killed), not "Chinese firms"
    return (antecedent,)


def _behind_restrictive(site: Site, at: int) -> bool:
    """A restrictive relative pronoun between the trigger and token `at`, after a word that is no part of the
    trigger ("sanctioned companies that helped Iran"; not "warned that ...", where it is the verb's own)."""
    forms, words = site.forms, site.grammar.roles.restrictive_relatives
    return any(forms[k] & words and any(f.isalpha() for f in forms[k - 1]) and k - 1 >= site.trigger[1]
               and not forms[k - 1] & site.grammar.modality.get("report", frozenset())
               for k in range(site.trigger[1], at))


def _denier(site: Site, accusers: list[ActorMention]) -> list[ActorMention]:
    """"Beijing denied Manila's accusations", "Rusia negó las acusaciones de Polonia": the accusation noun that a
    denial of the same clause takes as its object was aimed at the one who denies it, the denial's subject."""
    before = [i for i in site.denials if site.clause[0] <= i < site.trigger[0]]
    if not before:
        return []
    codes = {m.code for m in accusers}
    subject = [g for g in site.groups if site.clause[0] <= g.start and g.end <= min(before) and g.marker is None
               and not g.genitive and not g.possessive]
    return [m for m in subject[-1].members if m.code not in codes] if subject else []


def _elliptic_co_agent(g: Group, site: Site) -> bool:
    """"begrüßte die Unterzeichnung, ebenso der UN-Generalsekretär": a co-agent preposition right after the comma
    (an article between it and the name at most) adds a subject with no verb of its own, no clause of another."""
    forms = site.forms
    i = skip_back(forms, g.start - 1, site.grammar.determiners)
    if i > 0 and bool(forms[i] & site.grammar.roles.co_agent_prepositions) and "," in forms[i - 1]:
        return True
    # "reconoció el Estado palestino en mayo, junto a Irlanda y Noruega.": a co-agent word and its preposition right
    # after the comma, and the names close the sentence: no verb of their own follows
    return i > 1 and g.marker is not None and bool(forms[i] & {g.marker}) and bool(
        forms[i - 1] & site.grammar.roles.co_agent_words) and "," in forms[i - 2] and _closes_sentence(g.end, forms)


def _closes_sentence(end: int, forms: list[frozenset[str]]) -> bool:
    """Only punctuation (a full stop, a closing quote or bracket) after token `end`."""
    return all(not any(f[:1].isalnum() for f in form) for form in forms[end:])


def _relative_between(g: Group, site: Site) -> bool:
    """"criticó los ejercicios que China realizó junto a Rusia": a relative pronoun or complementizer between
    the trigger and the co-agent puts the co-agent in a clause of its own, with another verb. A relative pronoun
    that is also an article (German "den", "die") opens a clause only after a comma: "Gemeinsam mit Polen hat
    Litauen den Botschafter einbestellt" holds an article, no relative clause."""
    words = site.grammar.roles.subject_relatives | site.grammar.roles.complementizers
    articles = site.grammar.determiners
    low, high = (site.trigger[1], g.start) if g.start >= site.trigger[1] else (g.end, site.trigger[0])
    if g.start >= site.trigger[1] and any("," in site.forms[i] for i in range(low, high)) \
            and not (g.end < len(site.forms) and "," in site.forms[g.end]) and not _elliptic_co_agent(g, site):
        return True  # "warf Guyana vor, gemeinsam mit Washington die Region zu militarisieren": the clause after the
        # comma is another verb's (not an incise the commas close: "La France a condamné, conjointement avec
        # l'Allemagne, les frappes")
    return any(site.forms[i] & words and not (site.forms[i] & articles and not (i > 0 and "," in site.forms[i - 1]))
               for i in range(low, high))


def _co_agent_marker(g: Group, forms: list[frozenset[str]], grammar: Grammar,
                     trigger: tuple[int, int] = (0, 0)) -> bool:
    """The group's preposition ("with", "mit", "con", "a", "с") follows a co-agent word ("together", "junto"), or a
    compound one holds it before the verb ("Aux côtés de la Belgique, la France a ..."; after it, it may go with
    another noun: "lors d'une conférence de presse aux côtés du Premier ministre"); never a word of the trigger
    ("se ranger aux côtés de l'Ukraine": the side taken is the target)."""
    at = locate_marker(g, forms)
    words = grammar.roles.co_agent_words
    if at is not None and at > 0 and forms[at - 1] & words and not trigger[0] <= at - 1 < trigger[1]:
        return True
    start = at if at is not None else g.start - 3  # (a compound found with the group: "aux" of "aux côtés de")
    return g.end <= trigger[0] and any(forms[k] & words for k in range(max(0, start), g.start))


_BACKER_REACH: Final = 3  # "with the full support of", "con el apoyo de": words between a preposition and the name


def _backers(site: Site) -> tuple[list[Group], list[Group]]:
    """"France, with the support of Belgium, struck ...", "Frankreich hat mit Unterstützung Belgiens ... angegriffen",
    "Francia, con el apoyo de Bélgica, atacó ...": the owner of a noun of backing (`backer_nouns`) after a
    preposition (`backer_prepositions`) backs the subject's act and is no party of it, neither struck nor striking
    (the multiparty sets of all five languages code the backing a cooperation with the subject and the act the
    subject's alone). Returns the backers of another act, to be left out, and those of the trigger that is the
    backing itself (a cooperation whose words hold the noun), its partners."""
    words, forms, grammar = site.grammar.roles, site.forms, site.grammar
    if not words.backer_nouns or site.vocabulary is not None and site.vocabulary.isdisjoint(words.backer_nouns):
        return [], []
    links = grammar.determiners | grammar.genitive_markers | grammar.agent_markers
    others: list[Group] = []
    own: list[Group] = []
    t_start, t_end = site.trigger
    for g in site.sentence_groups:
        noun = g.start - 1
        while noun >= g.start - _BACKER_REACH and noun >= 0 and forms[noun] & links \
                and not forms[noun] & words.backer_nouns:
            noun -= 1
        if noun < 1 or not forms[noun] & words.backer_nouns or not any(
                forms[k] & words.backer_prepositions for k in range(max(0, noun - _BACKER_REACH), noun)
                if not any("," in forms[j] for j in range(k, noun))):
            continue
        # the backing itself: a cooperation whose words hold the noun ("mit Unterstützung"), not a particle verb
        # whose words span it ("griff mit Unterstützung Aserbaidschans Ziele an")
        if t_start <= noun < t_end and site.rule.plover == "COOPERATE":
            own.append(g)
        else:
            others.append(g)
    return others, own


def _co_agent_phrase(g: Group, trigger: tuple[int, int], forms: list[frozenset[str]], grammar: Grammar,
                     own_markers: frozenset[str] | None = None) -> bool:
    """"struck Houthi positions alongside US forces": a co-agent preposition before the name (an article or
    adjectives between); "joined Britain in condemning Iran", "se unió a Alemania para condenar a Rusia": the object
    of a co-agent verb (`_joined_object`), a link word (`co_agent_links`) after it, and the trigger after that. A rule
    that names the preposition among its target markers ("fought alongside the army": troops lent to that army)
    takes the name as its target."""
    words = grammar.roles
    if not (words.co_agent_prepositions or words.co_agent_verbs) or g.genitive:
        return False
    if g.marker is None:
        before = g.start - 1
        while before >= 0 and before >= g.start - 3 and forms[before] & grammar.determiners:
            before -= 1
        if before >= 0 and forms[before] & words.co_agent_prepositions:
            return not forms[before] & (own_markers or frozenset())
    return g.end < trigger[0] and bool(forms[g.end] & words.co_agent_links) and trigger[0] - g.end <= _LINK_REACH \
        and _joined_object(g, forms, grammar)


_JOIN_REACH: Final = 4  # "se sumó el lunes a Francia": words between the verb of joining and its object
_LINK_REACH: Final = 2  # "in condemning", "en la condena", "para condenar": the link and the act's first word


def _joined_object(g: Group, forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """The group is the object of a verb of joining (`co_agent_verbs`: "joined Britain", "se sumó a Francia"):
    unmarked or behind the verb's own preposition (`co_agent_objects`), the verb a few words before it with no comma
    between."""
    words = grammar.roles
    if not words.co_agent_verbs or g.marker is not None and g.marker not in words.co_agent_objects:
        return False
    if g.end < len(forms) and forms[g.end] & words.co_agent_verbs:
        return True  # "hat sich Frankreich angeschlossen": the participle closes the clause after its object
    for k in range(g.start - 1, max(-1, g.start - 1 - _JOIN_REACH), -1):
        if "," in forms[k]:
            return False
        if forms[k] & words.co_agent_verbs:
            return True
    return False


def _joined_before_and(g: Group, site: Site) -> bool:
    """German "Portugal schloss sich Italien an und verurteilte ...", "Kanada hat sich Frankreich angeschlossen und
    eine Erklärung unterzeichnet": the object of a verb of joining (`_joined_object`), after it the verb's particle or
    participle and a conjunction (`co_agent_links`), and then the trigger, as the next verb or closing its conjunct
    (no comma and no other unmarked name between): the object does the trigger's act too. Outside the trigger's
    clause, which the conjunction may have cut."""
    words, forms, grammar = site.grammar.roles, site.forms, site.grammar
    t_start = site.trigger[0]
    if not grammar.verb_final or not words.co_agent_links or g.genitive or g.end >= t_start:
        return False
    link = g.end
    if forms[link] & (words.co_agent_verbs | grammar.separable_particles):
        link += 1
    if link >= t_start or not forms[link] & words.co_agent_links or not _joined_object(g, forms, grammar):
        return False
    return not any("," in forms[k] for k in range(link, t_start)) and not any(
        link < h.start < t_start and h.marker is None and not h.genitive for h in site.sentence_groups)


def joined_an_act(site: Site) -> bool:
    """"Portugal joined Italy and Greece in condemning the strikes", "Austria se unió a Alemania para condenar a
    Rusia": a verb of joining whose object (`_joined_object`) a link word (`co_agent_links`) and right after it
    another verb trigger of the sentence follow joins that act as its co-agent; the joining is no act of its own
    with the object (no alliance joined, no cooperation: the multiparty sets' gold codes only the act after the
    link, by both). True for such a verb's own trigger. An act noun after the link ("se sumó a Francia en la firma
    de") is left to the joining's reading: the noun, inside its phrase, is no trigger of its own."""
    words, forms = site.grammar.roles, site.forms
    t_start = site.trigger[0]
    if not words.co_agent_links or not any(
            forms[k] & words.co_agent_verbs for k in range(t_start, min(t_start + 2, site.trigger[1]))):
        return False
    for g in site.sentence_groups:
        link = g.end
        if g.start <= t_start or link >= len(forms) or not forms[link] & words.co_agent_links \
                or not _joined_object(g, forms, site.grammar):
            continue
        if link + 1 in site.rival_triggers:  # (not "se sumó a Brasil en la firma de": a noun, told as the joining's)
            return True
    return False

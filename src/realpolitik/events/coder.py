"""The event coder: rules + actors + clause structure → coded events.

For each sentence: cut clauses, match every rule's trigger patterns, keep the
most specific match where matches overlap, find source and target groups for
each trigger, expand groups into one event per actor pair, then settle
negation, modality, date and confidence.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import partial
from typing import Final, TypeVar, cast

from realpolitik.actors.references import REFERS, members
from realpolitik.budget import checkpoint
from realpolitik.codes import PARTY_AGENTS, country_of, party, same_party, side_of
from realpolitik.events import confidence, trace
from realpolitik.events.article import (
    ACT_CHARS,
    BYSTANDERS,
    CONTEXT_CHARS,
    MEDIATION,
    PRAISE,
    TITLE_WEIGHT,
    VERDICT_TYPES,
    Dyads,
    Subjects,
    antecedent,
    crisis_target,
    fill_from_context,
    focal_target,
    followed_precedents,
    passive_host,
    precedents,
    repeaters,
    same_act,
    same_force,
    sides_addressed,
    steps_named,
)
from realpolitik.events.cameo import lookup
from realpolitik.events.clauses import (
    after_refusal,
    apposition_commas,
    clause_of,
    continues_main_clause,
    fused_infinitive,
    future_not_passive,
    is_infinitive_clause,
    opens_participle,
    particle_commas,
    quoted_tokens,
    sentence_forms,
    split_clauses,
    under_refusal_noun,
)
from realpolitik.events.elections import congratulated, voted_states
from realpolitik.events.followers import earlier_doers, neuter_antecedent, ranked_subject, summarised_act_author
from realpolitik.events.modality import (
    CLAUSE_ENDS,
    clause_end,
    condition_clause,
    demand_cue_at,
    is_negated,
    read_modality,
    reinterpret,
    ultimatum,
)
from realpolitik.events.patterns import GAP, Pattern, Slot, find_matches, search_clauses
from realpolitik.events.roles import (
    COOPERATIVE,
    THIRD_PLURAL,
    TRIGGER_OBJECT,
    Group,
    Roles,
    Site,
    after_pronoun_incise,
    agent_and_patient,
    announced_topic,
    apposed_members,
    arrest_at_place,
    assign_roles,
    blamed_agent,
    elided_de,
    expand_references,
    group_mentions,
    held_at_place,
    hyphen_joined,
    hyphen_pair_parties,
    instrumental_agent,
    mark_groups,
    other_possessive,
    participle_attributes,
    participle_complement,
    place_tokens,
    possessive_of_no_list,
    possessor_before,
    postnominal_adjective,
    quoted_by_pronoun,
    relative_agent,
    side_agent,
    split_clause_subject,
    support_participle_agent,
    verdict_seat,
)
from realpolitik.events.roles_dep import parser_for, refine
from realpolitik.events.rules import Grammar, Rule, RuleSet, absent, joined, load_rules
from realpolitik.language.dates import (
    STORY_SENTENCES,
    DateRef,
    clock_entry_day,
    find_dates,
    nearest_date,
    on_story_day,
    story_day,
)
from realpolitik.language.tokens import DASHES, QUOTE_MARKS, clock_heading
from realpolitik.model import PLACE, ActorMention, Document, Event, Sentence, Token, token_text

log: Final = logging.getLogger(__name__)


@dataclass
class TriggerMatch:
    rule: Rule
    tokens: tuple[int, ...]
    weight: int
    # asked for every pair of a sentence's triggers: computed once, when made (a cached_property's first
    # look-up, under its lock, cost more than this)
    span: tuple[int, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.span = (min(self.tokens), max(self.tokens) + 1)


def code_sentences(doc: Document, sentences: list[Sentence], actors: list[list[ActorMention]],
                   lang: str, title: tuple[list[Sentence], list[list[ActorMention]]] | None = None) -> list[Event]:
    """All events of a document. A language without rules yields none (and says so in the log). The `title`'s
    sentences and actors, where given, yield no events of their own: they say which pair the article is about."""
    ruleset = load_rules(lang)
    if ruleset is None:
        log.info("no event rules for language %r; document %s yields actors only", lang, doc.id)
        return []
    events: list[Event] = []
    first = 0  # the earliest event still within reach of the current sentence: each sentence looks back a window
    subject: ActorMention | None = None  # who a pronoun in the next sentence may stand for
    speaker: ActorMention | None = None  # who spoke in the sentence before ("Russia's embassy said ..."), if anyone
    reports = ruleset.grammar.modality.get("report", frozenset())
    named: list[ActorMention] = []  # the actors of the last sentences, for an envoy the sentence names no country of
    repeats = ruleset.grammar.roles.same_acts
    stops = joined(ruleset.grammar.target_markers, ruleset.grammar.location_markers,
                   ruleset.grammar.genitive_markers, ruleset.grammar.agent_markers)
    # "Belgien, Malta und Portugal taten dasselbe"; an article before a listed name ("la Belgique, le Luxembourg et
    # Malte ont fait de même", "the UK, the Netherlands and Belgium did the same") stays in the list
    joiners = ruleset.grammar.coordination | ruleset.grammar.determiners | {","}
    precede_words = ruleset.grammar.roles
    # "siguiendo los pasos de Washington": a gerund's phrase of repetition names who did the act first
    gerunds = (ruleset.grammar.participle_endings, ruleset.grammar.not_participles)
    dyads, done = Dyads(), 0  # the pairs the events so far are between, for the article's focal dyad
    subjects = Subjects()  # the states the article names, for the one it is about
    voted: list[ActorMention] = []  # the states whose election the article told so far (events/elections.py)
    for sentence, mentions in zip(*title, strict=True) if title else ():
        voted.extend(voted_states(sentence.tokens, mentions, lang))
        subjects.add(mentions, weight=TITLE_WEIGHT)
        dyads.add(code_sentence(doc, sentence, mentions, ruleset), weight=TITLE_WEIGHT, planned=True)
    for position, (sentence, mentions) in enumerate(zip(sentences, actors, strict=True)):
        checkpoint()
        while first < len(events) and sentence.start - events[first].evidence_start >= ACT_CHARS:
            first += 1
        if subject is not None and sentence.start - subject.start >= CONTEXT_CHARS:
            subject = None
        named = [m for m in named if sentence.start - m.start < CONTEXT_CHARS]
        repeating = {id(m) for _, _, m in repeaters(sentence, mentions, repeats, stops, joiners, *gerunds)} | {
            id(m) for m in followed_precedents(sentence, mentions, repeats, *gerunds)} if repeats else set()
        own = [m for m in mentions if id(m) not in repeating] if repeating else mentions
        voted.extend(voted_states(sentence.tokens, mentions, lang))
        subjects.add(mentions)
        told = code_sentence(doc, sentence, own, ruleset, context=events[first:], subject=subject,
                             named=named, focal=dyads.focal(), voted=voted, about=subjects.state(),
                             speaker=speaker, story=partial(_story_of, sentences, position, lang, doc.published))
        events.extend(told)
        if precede_words.precedent_openers and told:  # "Nach Kanada hat auch Frankreich ...": Canada did it first
            events.extend(precedents(sentence, mentions, told, precede_words.precedent_openers,
                                     precede_words.also_words, joiners))
        if repeats and mentions:  # "y Honduras hizo lo mismo": the latest act again, with another source
            events.extend(same_act(sentence, mentions, repeats, stops, ruleset.grammar.target_markers,
                                   events[first:], joiners, ruleset.grammar.negation, gerunds))
        dyads.add(events[done:])
        done = len(events)
        subject = antecedent(mentions, sentence) or subject
        speaker = antecedent(mentions, sentence) if _reports_speech(sentence, reports) else None
        named.extend(m for m in mentions if m.kind != PLACE)
    confidence.corroborate(events)
    return events


def _story_of(sentences: list[Sentence], position: int, lang: str, published: date | None) -> date | None:
    """The day the sentences before `position` last told of (language/dates.story_day)."""
    return story_day([s.text for s in sentences[max(0, position - STORY_SENTENCES):position]], lang, published)


def _told_from_story(refs: list[DateRef], story: Callable[[], date | None] | None) -> list[DateRef]:
    """A sentence's dates, a day told from the article's day ("la veille", "накануне") counted from the day an
    earlier sentence names; the earlier sentences are read only where the sentence holds such a day."""
    if story is None or all(ref.story_offset is None for ref in refs):
        return refs
    day = story()
    return [on_story_day(ref, day) for ref in refs]


def _reports_speech(sentence: Sentence, reports: frozenset[str]) -> bool:
    """Whether a sentence tells what someone said ("said", "erklärte", "a affirmé", "заявило"): its subject is the
    speaker whose words a verdict in the next sentence may judge ("rejected the remarks")."""
    return any(t.lemma.lower() in reports or t.text.lower() in reports for t in sentence.tokens)


def _without_named_apposition(sentence: Sentence, actors: list[ActorMention], grammar: Grammar) -> list[ActorMention]:
    """German "der malische Ministerpräsident, General Omar Diallo, warf ...": the name between the commas is
    the person the actor before them already names, no second party (which would take the object's place); of
    the two the one with an agent stays."""
    if not grammar.verb_final or len(actors) < 2:
        return actors
    commas = sorted(apposition_commas(sentence.tokens))
    if not commas:
        return actors
    dropped = []
    for i, j in zip(commas[::2], commas[1::2], strict=False):
        before = next((p for p in actors if p.token_end == i), None)
        for m in actors:
            if before is not None and i < m.token_start and m.token_end <= j and before.country == m.country:
                # "Die Präsidentin der Republik Moldau, Maia Sandu,": the name is more precise than the bare state
                dropped.append(before if before.agent is None and m.agent is not None else m)
    return [m for m in actors if m not in dropped] if dropped else actors


def _without_resumptive_reference(sentence: Sentence, mentions: list[ActorMention]) -> list[ActorMention]:
    """"Japan and South Korea, both allies of the United States, signed ...", "Japan und Südkorea, beide Verbündete
    der USA, ...", "Japón y Corea del Sur, ambos aliados de ...": a counted reference right after a comma that closes
    the list it counts names those states again, in an apposition that describes them; it is no second party (which
    would take the partner's place, and draw the apposition's genitive in as one)."""
    tokens = sentence.tokens
    dropped = []
    for m in mentions:
        if m.kind != "reference" or m.token_start < 1 or tokens[m.token_start - 1].text != ",":
            continue
        listed = {side_of(p.code) for p in mentions
                  if p is not m and p.token_end < m.token_start and p.kind != "reference"}
        before = next((p for p in mentions if p.token_end == m.token_start - 1), None)
        codes = {side_of(c) for c in members(m)}
        if before is not None and before.code and side_of(before.code) in codes and len(codes) > 1 and codes <= listed:
            dropped.append(m)
    return [m for m in mentions if m not in dropped] if dropped else mentions


def find_triggers(sentence: Sentence, ruleset: RuleSet, forms: list[frozenset[str]], clauses: list[tuple[int, int]],
                  kinds_at: dict[int, str] | None = None,
                  candidates: list[tuple[Rule, Pattern]] | None = None,
                  meetings: frozenset[int] = frozenset()) -> list[TriggerMatch]:
    """Every rule match, with overlapping matches resolved in favour of the more specific pattern.

    `kinds_at` maps the first token of each actor to its kind: a rule with `target_kinds` claims its
    words only where such an actor follows ("withdrew from ECOWAS" leaves a bloc, "from Syria" retreats), and
    not through a meeting's noun (`meetings`: the names that qualify one, "left the G7 summit").
    `candidates`: the (rule, pattern) pairs that may match (`RuleSet.candidates`), when the caller has
    looked them up already.
    """
    matches: list[TriggerMatch] = []
    if candidates is None:
        candidates = ruleset.candidates(frozenset().union(*forms))
    particles = ruleset.grammar.separable_particles
    inserted = particle_commas(sentence.tokens, ruleset.grammar) if particles else frozenset()
    ordered: list[tuple[Rule, Pattern]] = []
    for rule, pattern in candidates:
        if rule.after_demand:
            ordered.append((rule, pattern))
            continue  # read only after a demand (_ordered_act)
        for tokens in search_clauses(pattern, forms, clauses, None):  # candidates could match the forms
            if particles and _ends_in_particle(pattern, particles) and (any(
                    sentence.tokens[i].text == "," and i not in inserted for i in range(tokens[0], tokens[-1]))
                    or sentence.tokens[tokens[-1]].text.lower() not in particles):
                # "sagte, er habe Kontakt zu Japan": another clause's preposition, not "zusagen"; "nahm an der Feier
                # in der Hauptstadt teil und legte einen Kranz nieder": the article "einen", no particle "ein"
                continue
            if rule.target_kinds is not None and not _kind_follows(
                    tokens, rule.target_kinds, kinds_at or {}, rule.kind_reach or _KIND_REACH, forms,
                    (frozenset(), frozenset()) if rule.through_gatherings else (ruleset.grammar.gatherings, meetings)):
                continue
            matches.append(TriggerMatch(rule, tokens, pattern.weight))
    # Ignore phrases ("on Sunday", "in protest") claim their words first; then the most specific match.
    matches = _nearest_ends(matches, sentence.tokens)
    matches.sort(key=lambda m: (not m.rule.ignore, -m.weight, m.span[0] - m.span[1], m.span[0]))
    taken: set[int] = set()
    kept: list[TriggerMatch] = []
    for match in matches:
        if taken.isdisjoint(match.tokens):
            kept.append(match)
            taken.update(match.tokens)
    kept.sort(key=lambda m: m.span[0])
    if ordered:
        kept = [_ordered_act(m, ordered, forms, clauses, ruleset.grammar) for m in kept]
    return kept


def _nearest_ends(matches: list[TriggerMatch], tokens: list[Token]) -> list[TriggerMatch]:
    """Of one rule's equally specific matches from one word, the one whose gap closes first when the longer one
    would swallow a name: "a qualifié le choix de Pékin de « provocateur et inacceptable »" ends at "de", not
    at "inacceptable", so Beijing stays outside the trigger (and is what it judges)."""
    best: dict[tuple[str, int, int], TriggerMatch] = {}
    for m in matches:
        key = (m.rule.id, m.span[0], m.weight)
        if key not in best or m.span[1] < best[key].span[1]:
            best[key] = m
    return [m for m in matches if (b := best[(m.rule.id, m.span[0], m.weight)]) is m or not any(
        tokens[i].text[:1].isupper() for i in range(b.span[1], m.span[1]))]


def _ordered_act(match: TriggerMatch, ordered: list[tuple[Rule, Pattern]], forms: list[frozenset[str]],
                 clauses: list[tuple[int, int]],
                 grammar: Grammar) -> TriggerMatch:
    """"Lettland forderte den russischen Botschafter auf, das Land zu verlassen": a demand whose infinitive clause
    tells an envoy to leave is his expulsion. The demand's words carry the act (and give its roles: the asker
    expels, the one asked is expelled); the rule's `after_demand` patterns name whom the demand must address."""
    if match.rule.plover != "REQUEST":
        return match
    k = next((n for n, (start, end) in enumerate(clauses) if start <= match.span[0] < end), None)
    if k is None or k + 1 >= len(clauses) or not is_infinitive_clause(forms, clauses[k + 1], grammar):
        return match
    for rule, pattern in ordered:
        if find_matches(pattern, forms, *clauses[k + 1]) and any(
                find_matches(p, forms, *clauses[k]) for p in rule.after_demand):
            return TriggerMatch(rule, match.tokens, match.weight)
    return match


def _ends_in_particle(pattern: Pattern, particles: frozenset[str]) -> bool:
    """A pattern like "sagen ... zu" or "weisen ... zurück": a verb and, after a gap, its separable particle."""
    last = cast(Slot, pattern.slots[-1])  # (a pattern never ends in a gap)
    return len(pattern.slots) > 2 and pattern.slots[-2] is GAP and all(
        w.text in particles and not w.prefix and not w.suffix for w in last.words)


def _kind_follows(tokens: tuple[int, ...], kinds: frozenset[str], kinds_at: dict[int, str], reach: int,
                  forms: list[frozenset[str]], meeting: tuple[frozenset[str], frozenset[int]]) -> bool:
    """An actor of the kinds starts within `reach` words after the trigger, before any noun of a meeting, and
    qualifies none: "quitte le sommet du G7", "left the G7 summit" leave the summit (`meeting`: the nouns, and the
    first tokens of the names that qualify one)."""
    gatherings, qualifying = meeting
    end = max(tokens) + 1
    for i in range(end, min(end + reach, len(forms))):
        if kinds_at.get(i) in kinds and i not in qualifying:
            return True
        if not forms[i].isdisjoint(gatherings):
            return False
    return False


_KIND_REACH: Final = 4  # "withdrew from the Economic Community ...": an article and an adjective may stand between


def _meeting_names(tokens: list[Token], actors: list[ActorMention], forms: list[frozenset[str]],
                   gatherings: frozenset[str]) -> frozenset[int]:
    """The first tokens of names that qualify a meeting's noun: right before it ("the G7 summit"), before a hyphen
    and it, or with it inside the mention's compound ("G7-Gipfel", read as one mention)."""
    starts = set()
    for m in actors:
        head = m.token_end + 1 if m.token_end < len(tokens) and tokens[m.token_end].text == "-" else m.token_end
        inside = m.token_end - m.token_start > 1 and not forms[m.token_end - 1].isdisjoint(gatherings)
        if inside or head < len(forms) and not forms[head].isdisjoint(gatherings):
            starts.add(m.token_start)
    return frozenset(starts)


def _kinds_at(tokens: list[Token], actors: list[ActorMention]) -> dict[int, str]:
    """The kind of the actor that starts at each token, for `target_kinds`. An actor in the possessive owns the
    object and is none ("welcomed Trump's sanctions" praises); a compound premodifier stands for the name it
    modifies ("froze its participation in the Russia-led CSTO": an organisation follows)."""
    at = {m.token_start: m for m in actors}
    kinds: dict[int, str] = {}
    for m in actors:
        after = tokens[m.token_end].text if m.token_end < len(tokens) else ""
        if after in _POSSESSIVE:
            continue
        head = at.get(m.token_end + 2) if after == "-" else None
        kinds[m.token_start] = head.kind if head is not None else m.kind
    return kinds


def code_sentence(doc: Document, sentence: Sentence, mentions: list[ActorMention],
                  ruleset: RuleSet, context: list[Event] | None = None,
                  subject: ActorMention | None = None, named: list[ActorMention] | None = None,
                  focal: Event | None = None, voted: list[ActorMention] | None = None,
                  about: ActorMention | None = None, speaker: ActorMention | None = None,
                  story: Callable[[], date | None] | None = None) -> list[Event]:
    """Events of one sentence; `context` holds the events of the article's earlier sentences, which
    fill in a reply's addressee ("Moskau wies die Vorwürfe zurück") and a pronoun subject ("er drohte");
    `subject` is the earlier sentences' latest subject, for a pronoun no earlier event explains; `named`
    the actors of the last sentences, for an envoy without a country ("wies den Botschafter aus"); `focal` the
    latest event of the article's focal dyad, the other side of which a hostile act with no target is aimed at;
    `voted` the states beside the article's election words, the winner's a congratulation is aimed at; `about` the
    state the article is about, at which a third party's verdict or appeal with no one named is aimed; `speaker` the
    subject of the sentence before where it told what was said, whose words "the remarks" are; `story` the day the
    article last told of before this sentence (language/dates.story_day), asked only for a day told from it."""
    grammar = ruleset.grammar
    actors = _without_named_apposition(sentence, apposed_members(
        sentence, expand_references(_without_resumptive_reference(sentence, mentions)), grammar), grammar)
    recent = [e for e in (context or []) if sentence.start - e.evidence_start < CONTEXT_CHARS]
    if not sentence.tokens or not actors and not recent:
        return []
    # Without an actor of its own a trigger's source can only be a pronoun's antecedent (fill_from_context):
    # a sentence with neither gives no event, and its triggers are read only to explain that (tracing).
    partyless = not actors and not trace.active() and not _has_pronoun(sentence, grammar)
    if partyless and ruleset.lang not in _PRO_DROP:
        return []
    forms, vocabulary = sentence_forms(sentence, grammar)
    candidates = ruleset.candidates(vocabulary)
    if not candidates:
        return []  # no rule's words in the sentence: no groups or clauses to build
    if partyless and not _may_open(sentence.tokens, forms, candidates, grammar):
        return []  # (below: only a trigger that opens the sentence counts; no pattern can start where one may)
    groups = group_mentions(sentence, actors, grammar)
    clauses = split_clauses(sentence, grammar, _unbroken(groups, sentence.tokens), frozenset(g.start for g in groups))
    # A city stands for its state only where force is used on it ("strikes on Kharkiv"): to any other act
    # it is no party ("talks in Istanbul", "an Odesa-born singer criticised ..."), and it never acts.
    has_places = any(m.kind == PLACE for m in actors)
    kinds_at = _kinds_at(sentence.tokens, actors)
    meetings = _meeting_names(sentence.tokens, actors, forms, grammar.gatherings)
    found = find_triggers(sentence, ruleset, forms, clauses, kinds_at, candidates, meetings)
    split = split_clause_subject(sentence, groups, found, forms, grammar)
    if split is not None:  # "Russia attacked Ukraine and Poland condemned the strikes": two clauses
        groups, cuts = split
        clauses = split_clauses(sentence, grammar, _unbroken(groups, sentence.tokens),
                                frozenset(g.start for g in groups), cuts)
        found = find_triggers(sentence, ruleset, forms, clauses, kinds_at, candidates, meetings)
    placeless = [g for g in groups if not all(m.kind == PLACE for m in g.members)] if has_places else groups
    triggers = [m for m in found if not m.rule.ignore]
    # words of a phrase that reports no event are no modal cue either ("forderte zehn Todesopfer" demands nothing)
    ignored = {i for m in found if m.rule.ignore for i in m.tokens}
    modal_forms = [frozenset() if i in ignored else f for i, f in enumerate(forms)] if ignored else forms
    if not triggers or partyless and not any(_opens_sentence(sentence.tokens, m.span[0], grammar) for m in triggers):
        return []  # (a dropped subject stands before a verb that opens the sentence)
    # (an ignored phrase of adjacent words still closes the phrase before it: "recalled its envoy for consultations
    # after the US Treasury imposed ...": "for" governs "consultations", not the subject of the clause after it)
    phrase_words = frozenset(i for m in found if m.rule.ignore and len(m.tokens) == m.span[1] - m.span[0]
                             for i in m.tokens)
    mark_groups(sentence, groups, grammar, frozenset(i for m in triggers for i in m.tokens) | phrase_words,
                frozenset(m.span[0] for m in triggers))
    inside_actor = {i for m in actors for i in range(m.token_start, m.token_end)}
    topics = _topic_groups(triggers, groups, forms, grammar)
    war_named = _war_names(triggers, groups, sentence, forms, grammar) \
        if not vocabulary.isdisjoint(grammar.roles.war_nouns) else set()
    if topics:  # "discussed Libya and Syria during talks in Athens": what is talked about is no party of any act
        groups = [g for g in groups if id(g) not in topics]
        placeless = [g for g in placeless if id(g) not in topics]
    events: dict[tuple, tuple[tuple, Event]] = {}  # key → ((factual, weight, code length), event)
    # (a lone trigger has no other to judge it or to stand behind: most sentences need neither question)
    several = len(triggers) > 1
    judged = _judged_nouns(triggers, sentence, clauses, grammar.determiners, grammar.genitive_markers,
                           (grammar.roles.verdict_reasons, grammar.possessives),
                           grammar if grammar.verb_lemma_endings else None,
                           (grammar.roles.naming_verbs, grammar.roles.free_relatives)
                           if grammar.roles.naming_verbs else None, grammar.verb_final) if several else set()
    if several and grammar.predicate_markers:
        judged |= _verdict_predicates(triggers, sentence.tokens, clauses, grammar.predicate_markers)
    if several and grammar.verb_final:
        judged |= _perfect_objects(triggers, sentence.tokens, clauses, grammar, judged)
    # a judged accusation ("wies die Vorwürfe Polens zurück") makes no later act its content
    # (a verdict on a reported clause's subject, "sagte, Indien sei verantwortlich, und wies ... aus", has its content
    # before it: what follows is the speaker's own act)
    # (with whether its code names the crime, "1121": then its pattern reaches from the verb to the crime's noun, and
    # an act inside that span is the content too)
    accusations = [(*m.span, len(m.rule.cameo) > len(_ACCUSE)) for m in triggers
                   if m.rule.cameo.startswith(_ACCUSE) and id(m) not in judged and not m.rule.subject_judged]
    # A denial's content after a comma ("bestreitet, Völkermord zu begehen") is alleged, not done;
    # "wies die Vorwürfe zurück und kündigte eine Antwort an" goes on with an act of its own.
    # where a denial's content may start: after its pattern, or after its verb when the pattern reaches further
    # ("negó haber suministrado armas a Rusia y calificó de infundadas las acusaciones": the deliveries are denied)
    denials = sorted({end for m in triggers if m.rule.cameo == "016" for end in (m.span[1], m.tokens[0] + 1)})
    with_own_agent = {id(m) for m in triggers if _has_own_agent(m, sentence, groups, forms, grammar)} if several \
        else set()
    # "verurteilte den Angriff, den Russland auf Kiew verübt hatte": a judged noun whose relative clause names
    # its agent is an act of its own, and its agent is the one judged
    judged_agents = {id(m): agent for m in triggers if id(m) in judged and id(m) not in with_own_agent
                     for agent in [relative_agent(groups, clauses, m.span, sentence.tokens, forms, grammar)[0]]
                     if agent is not None}
    quoted = quoted_tokens(sentence)
    # a passive participle that carries out an act noun ("введённые Евросоюзом") or the side that acted ("со стороны
    # США"): read only where one stands
    participles = bool(grammar.roles.participle_stems) and any(
        t.text.lower().startswith(grammar.roles.participle_stems) for t in sentence.tokens)
    sides = grammar.verb_lemma_endings and any(forms[i] & grammar.agent_markers for i in range(len(forms)))
    # "les sanctions imposées par Washington": a participle that carries out the noun, with its "par" agent
    supported = bool(grammar.support_verbs) and not grammar.verb_final and not participles and several and any(
        forms[i] & grammar.agent_markers for i in range(len(forms)))
    carrying = participles or sides or supported
    steps = _once(lambda: steps_named(sentence.tokens, grammar.roles))  # "the step", "la decisión": read when asked
    deals = _once(lambda: steps_named(sentence.tokens, grammar.roles, deals=True))  # "the agreement", when asked
    remarks = _once(lambda: steps_named(sentence.tokens, grammar.roles, speech=True))  # "the remarks", when asked

    # (the agent readers below are module functions given the sentence's state, not functions nested here: compiled
    # by mypyc, a nested function and the sentence's variables hold each other, a cycle per sentence that only the
    # collector frees, and an ingest pauses the collector: pipeline.frozen)
    readers = (participles, bool(sides), supported)
    if supported:  # "a dénoncé les sanctions imposées par Washington": the judged noun is an act of its own
        with_own_agent |= {id(m) for m in triggers if id(m) in judged
                           and support_participle_agent(groups, m.span, forms, grammar)[0] is not None}
    if judged and (participles or sides) and grammar.verb_lemma_endings:
        # "осудила санкции, введённые Евросоюзом": a bare judged noun whose participle names its agent acts too
        with_own_agent |= {id(m) for m in triggers if id(m) in judged
                           and _carried_agent(m, groups, forms, grammar, triggers, readers)[0] is not None}
    # a dependency parse (events/roles_dep.py; None unless a parser is installed) where two actors compete
    parser = parser_for(ruleset.lang) if len(groups) >= 2 else None
    parsed = parser.parse(sentence) if parser is not None else None
    dates = _once(lambda: _told_from_story(find_dates(sentence.text, ruleset.lang, doc.published), story))  # once
    earlier: list[Event] = []  # events of the triggers before this one
    # whether a clause holds a passive auxiliary or a subject pronoun: asked once per clause, not per trigger
    # (a 5,000-word sentence has hundreds of triggers in few clauses)
    passive_clause = _per_clause(lambda c: any(forms[i] & grammar.passive_auxiliaries for i in range(*c))
                                 and not future_not_passive(forms, c, grammar))
    pronoun_clause = _per_clause(lambda c: not grammar.any_pronouns.isdisjoint(
        map(str.lower, map(token_text, sentence.tokens[c[0]:c[1]]))) or quoted_by_pronoun(c, forms, grammar, groups))
    plural_clause = _per_clause(lambda c: bool(grammar.plural_pronouns) and not grammar.plural_pronouns.isdisjoint(
        map(str.lower, map(token_text, sentence.tokens[c[0]:c[1]]))))
    act_nouns: dict[tuple[int, int], bool] = {}
    attributes = participle_attributes(sentence.tokens, forms, grammar) if several or len(groups) > 2 else ()

    # "condemned the launch, a violation of Security Council resolutions": the owner of a broken norm is no side of a
    # verdict (lists made once: the role readers key what they learn about a list by its identity)
    wronged = _norm_owners(groups, forms, grammar)
    judging_groups = [g for g in groups if id(g) not in wronged]
    judging_placeless = [g for g in placeless if id(g) not in wronged]
    # "Israël a poursuivi l'offensive malgré la mise en garde de Washington": the names of a concession's noun are
    # that noun's, no party of the clause's other acts
    # (asked only where the sentence holds every word of a concessive phrase: most hold none, and the groups'
    # windows cost a seventh of the coder on the bench pages)
    concession = any(map(vocabulary.issuperset, grammar.roles.concessive_phrases))
    conceded = _conceded_groups(triggers, groups, sentence.tokens, forms, grammar) if concession else {}
    refusing = not vocabulary.isdisjoint(grammar.refusal_nouns)  # most sentences name no refusal
    for match in triggers:
        if inside_actor.issuperset(match.tokens):
            _note(sentence, ruleset, match, "trigger is part of an actor's name")
            continue  # "Verteidigungsminister" is an actor, not a defence event
        if id(match) in judged and id(match) not in with_own_agent and id(match) not in judged_agents:
            _note(sentence, ruleset, match, "a noun judged by another trigger")
            continue  # "rechazó las exigencias", "verurteilte den Angriff": the noun is what is judged
        span = match.span
        if concession and match.rule.plover in _CONCEDED_TYPES and any(_conceded(i, forms, grammar)
                                                                       for i in match.tokens):
            _note(sentence, ruleset, match, "a warning, charge, call or refusal named in a concessive phrase")
            continue  # "despite US warnings against an offensive", "несмотря на критику Еврокомиссии": said before
        phrases = groups if match.rule.plover in PLACE_ACTS else placeless  # the actor phrases it may have
        if wronged and match.rule.plover == "ACCUSE":
            phrases = judging_groups if phrases is groups else judging_placeless
        if conceded:
            phrases = [g for g in phrases if conceded.get(id(g), match) is match]
        if war_named and match.rule.cameo != _MEDIATE:  # a mediator stands between the war's sides
            phrases = [g for g in phrases if id(g) not in war_named]
        clause = clause_of(clauses, span[0])
        if refusing and not any(forms[i] & grammar.refusal_nouns for i in match.tokens) \
                and under_refusal_noun(forms, span[0], clause, grammar, inside_actor):
            _note(sentence, ruleset, match, "an act named under a noun of refusal")
            continue  # "criticised Kyiv's refusal to negotiate": the talks were not held, no one held them
        participle = opens_participle(sentence, clause, grammar)
        reading = read_modality(modal_forms, span, clause, len(sentence.tokens), grammar, match.rule, inside_actor,
                                vocabulary if modal_forms is forms else None, participle)
        governor = reading.governor
        if governor is not None and (reading.governed == "demand" or any(
                m.rule.plover == "REQUEST" and governor[0] <= m.span[0] < governor[1] for m in triggers)):
            _note(sentence, ruleset, match, "the act a demand before it asks for")
            continue  # "richtete einen Appell an Ruanda, die Unterstützung einzustellen": the appeal is coded
        modality = reading.modality  # "drohte, die Ukraine anzugreifen", "schlug vor, die Zölle zu erhöhen"
        if modality in _VERB_MODALITIES and _meeting_with(match, sentence, phrases, grammar):
            # "In einem Telefonat mit Putin forderte Trump eine Waffenruhe": a call after a preposition of time gone
            # by took place; it is no object of the demand (or pledge, or threat) the clause's verb makes
            modality = "asserted"
        nominal = modality in ("asserted", "reported") and _is_nominal(match, sentence, phrases, forms, grammar)
        embedded = _embedded_noun(match, sentence, grammar)
        # "depuis l'arrestation à Montréal de la directrice juridique de Huawei": the state of the place arrested
        arrested = arrest_at_place(span, phrases, forms, grammar) if embedded and not nominal and modality in (
            "asserted", "reported") and match.rule.cameo.startswith(_ARREST) else None
        if arrested is None and modality in ("asserted", "reported") and match.rule.cameo.startswith(_ARREST):
            # "un ressortissant français détenu en Azerbaïdjan": the persons the participle describes are the held
            arrested = held_at_place(span, sentence.tokens, phrases, grammar)
        if arrested is None and embedded and not (nominal and _agent_after(
                match, sentence.tokens, phrases, grammar, adjectives=False)) and not (
                _meeting_with(match, sentence, phrases, grammar)) and not (
                _visit_during(match, sentence, phrases, grammar)) and not (
                (nominal or modality in ("asserted", "reported") and _possessed(match, phrases, sentence.tokens))
                and agent_and_patient(span, phrases, grammar, sentence.tokens)
                and not _noun_complement(match, sentence, grammar)) and not \
                _pair_after(match, sentence, phrases, grammar) and announced_topic(
                span, clause, phrases, forms, grammar) is None and not (
                # "Zu den Strafzöllen, die Washington auf Stahl verhängt hatte, ...": its relative clause's agent
                grammar.verb_final and relative_agent(phrases, clauses, span, sentence.tokens, forms, grammar)[0]):
            _note(sentence, ruleset, match, "a noun inside a prepositional phrase, without an agent")
            continue  # "debido a los bombardeos en Siria", "desde la invasión rusa": background to the clause
        if nominal and grammar.embedding_verbs and _embedded_by_verb(forms, span, clause, grammar) \
                and not _has_own_agent(match, sentence, phrases, forms, grammar):
            _note(sentence, ruleset, match, "a noun another verb only considers, without an agent")
            continue  # "einen Angriff auf Niger als Kriegserklärung betrachten", "einen Angriff verhindern"
        if match.rule.plover == "COOPERATE" and _talked_about(forms, span, clause, grammar):
            _note(sentence, ruleset, match, "cooperation named as the topic of talks")
            continue  # "avec lequel il a évoqué la coopération militaire": they talked, no cooperation is told
        if match.rule.plover == "SUPPORT" and backer_attribute(match.span, sentence.tokens, phrases, grammar):
            _note(sentence, ruleset, match, "a backer in a participle attribute: a standing tie, no act")
            continue  # "the militia backed by Iran attacked ...": "backed by" is an ally relation (EVAL.md)
        reduced = _reduced_passive(match, sentence, phrases, grammar)
        passive = reduced or passive_clause(_own_part(clause, span, forms, grammar))
        hosted = passive_host(phrases, clause, span, forms, grammar, recent) if match.rule.passive_host else None
        agentless = hosted is None and passive and _agentless_passive(match, sentence, forms, phrases, clause,
                                                                      grammar, reduced)
        if agentless and match.rule.plover not in PLACE_ACTS:
            _note(sentence, ruleset, match, "a passive without an agent")
            continue  # "X was accused": the one accused is known, the accuser is not
        # ("Kharkiv was shelled", "Haniyeh was killed in an airstrike": force on a named victim by no one named,
        # which the article's one adversary of the victim may have used; see article.fill_from_context)
        if several:  # (the other triggers' tokens: none where the trigger is the sentence's only one)
            others = frozenset(i for m in triggers if m is not match and id(m) in with_own_agent for i in m.tokens)
            rivals = frozenset(i for m in triggers if m is not match for i in m.tokens)
            mediations = frozenset(i for m in triggers if m is not match and m.rule.cameo == MEDIATION
                                   for i in m.tokens)
            other_denials = frozenset(i for m in triggers if m is not match and m.rule.cameo == DENIAL
                                      for i in m.tokens)
            cooperative = frozenset(i for m in triggers if m is not match and m.rule.plover in COOPERATIVE
                                    for i in m.tokens) if match.rule.cameo == DENIAL else frozenset()
        else:
            others = rivals = mediations = other_denials = cooperative = frozenset()
        roles = hosted or arrested
        if roles is None:
            starts = frozenset(g.start for g in phrases)  # ("..., beide Seiten hätten ...": a subject of its own)
            borrowed = continues_main_clause(sentence, clause, grammar, starts) or participle and not any(
                forms[i] & grammar.roles.subject_relatives for i in range(clause[0], span[0]))
            # (", tout en jugeant inacceptables les tirs qui ont visé ...": the relative clause has a subject)
            roles = assign_roles(Site(phrases, span, clause, phrases, match.rule, grammar, nominal, passive, forms,
                                      others, borrowed_subject=borrowed, rival_triggers=rivals,
                                      attributes=attributes, mediations=mediations,
                                      denials=other_denials, acts=cooperative, vocabulary=vocabulary))
            if not roles.sources and match.rule.cameo.startswith(_ARREST):  # "после задержания в Москве журналиста"
                roles = arrest_at_place(span, phrases, forms, grammar) or roles
        visitor = _visit_during_subject(match, sentence, phrases, clause, grammar)
        if visitor is not None:  # "Во время визита в Ханой глава Кремля ...": the subject made the visit
            roles.sources, roles.from_outside_clause = list(visitor.members), False
        elif match.rule.cameo == _VISIT and roles.sources and _fronted_possessed(span, sentence.tokens, grammar):
            # "Lors de sa visite en Algérie, le chef de la diplomatie a critiqué le Maroc": "sa" is the subject's,
            # whom the name after the comma names or no one (not the object after the verb)
            after_comma = _subject_after_comma(span, phrases, forms, clause)
            roles.sources = list(after_comma.members) if after_comma is not None else []
        if match.rule.symmetric:
            pair = _fronted_meeting_pair(span, sentence, phrases, grammar)
            if pair is not None:  # "Lors d'une réunion à Varsovie, Macron et Scholz ont ...": the subject met
                roles.sources, roles.targets, roles.from_outside_clause = list(pair.members), [], False
            met = _fronted_meeting_partner(forms, phrases, grammar, rivals | set(match.tokens))
            if met is not None:  # "По итогам переговоров с Си Путин подписал ...": the subject met the partner
                noun, partner, meeting = met
                if span[0] == noun:
                    roles.sources, roles.targets, roles.from_outside_clause = \
                        list(meeting.members), list(partner.members), False
                elif span[0] >= meeting.end and roles.sources and not roles.targets \
                        and {m.code for m in roles.sources} == {m.code for m in meeting.members}:
                    roles.targets = list(partner.members)
            if not roles.sources:
                # "Главы государств подписали договор о ... казахстанско-узбекской границы": the pair the hyphen
                # joins is the only one the signers can be; a meeting or an accord only where the pair names the act
                # itself ("zu deutsch-französischen Konsultationen"; not "discussed the Israeli-Palestinian conflict")
                hyphened = hyphen_pair_parties(phrases, clause, sentence.tokens, grammar)
                if hyphened is not None and (match.rule.cameo.startswith(_SIGNING) or any(
                        0 <= t - hyphened.end <= 1 or 1 <= hyphened.start - t <= 2 for t in match.tokens)):
                    roles.sources, roles.targets, roles.from_outside_clause = list(hyphened.members), [], False
        if parsed is not None and hosted is None:
            roles = refine(roles, parsed, phrases, match.tokens, match.rule, grammar, rivals)
        if agentless:  # no agent: the subject the shallow reader took for one is what the force hit
            roles.sources, roles.targets = [], roles.targets or roles.sources
        if grammar.verb_final and not nominal and not passive and _unknown_before_verb(mentions, clause, span,
                                                                                      roles.sources):
            # "Vizeminister Sun Weidong forderte Japan auf": a person the dictionary does not know opens the clause
            # before the finite verb; the actor after the verb is its object, and the source is left to the article
            roles.sources, roles.targets = [], roles.sources
        if match.rule.plover not in CRIME_ACTS:
            roles.targets = [m for m in roles.targets if m.code != CRIMINALS]
        if match.rule.plover == "SANCTION" and roles.sources and grammar.joining_verbs:
            joiner = _joiner(sentence, span, clause, phrases, forms, grammar)
            if joiner is not None and not any(m in roles.sources for m in joiner.members):
                roles.sources = list(joiner.members)  # "joined the EU's sanctions": the joiner imposes them
                roles.targets = [m for m in roles.targets if m not in joiner.members]
        if match.rule.plover == "REQUEST" and roles.targets and grammar.statehood_nouns:
            asked = [m for m in roles.targets if not _state_asked_for(m, forms, grammar.statehood_nouns)]
            if not asked:
                _note(sentence, ruleset, match, "an appeal for a state, whose demonym names no one asked")
                continue  # "called for a Palestinian state": no addressee is named
            roles.targets = asked
        if has_places:
            placed = [m for m in roles.sources if m.kind == PLACE]
            roles.sources = [m for m in roles.sources if m.kind != PLACE]
            if match.rule.plover not in PLACE_ACTS:
                roles.targets = [m for m in roles.targets if m.kind != PLACE]
            elif placed and not roles.targets:  # "Odesa came under attack", "Kharkiv a été frappée": a place
                roles.targets = placed  # never acts; as the subject of force it is what the force hit
            elif roles.sources and not roles.targets:
                roles.targets = _place_of_force(phrases, forms, clause, span, grammar)
        acts = [m.rule.plover for m in triggers if m is not match and clause[0] <= m.span[0] < clause[1]
                and _act_noun(m, phrases, sentence, grammar, act_nouns)] if several else []
        # "kritisierte die Lieferungen"; not "verurteilte den Schritt und kündigte Gegenmaßnahmen an", where the
        # later trigger belongs to a coordinated verb
        judges_act = several and match.rule.plover in VERDICT_TYPES and any(
            m is not match and span[1] <= m.span[0] < clause[1]
            and not any(forms[i] & grammar.conjunctions for i in range(span[1], m.span[0])) for m in triggers)
        if pronoun_clause(clause) and _adjectives_after_pronoun(roles, sentence.tokens, clause, span, grammar):
            roles.sources = []  # "Il a coupé le financement de l'agence pour les réfugiés palestiniens": "il" acts
        pronoun = pronoun_clause(clause) or (  # not "him"; "Acusó a ...", "Además, acusó a ...": a dropped one
            ruleset.lang in _PRO_DROP and not nominal and _opens_sentence(sentence.tokens, span[0], grammar)
            and _person_form(sentence.tokens[span[0]], grammar)) or (
            not nominal and after_pronoun_incise(span[0], sentence.tokens, forms, grammar, groups))  # '", she added'
        weak = roles.from_outside_clause and not roles.quoted_speaker or judges_act or any(
            m.kind == "adjective" or m.agent in BYSTANDERS for m in roles.sources)
        if id(match) in judged_agents:  # the verdict's subject is not the judged act's agent
            roles.sources = []
            roles.targets = [t for t in roles.targets if t not in judged_agents[id(match)].members]
        blamed = blamed_agent(phrases, clauses, span, forms, grammar) if nominal else None
        if blamed is not None:  # "der Anschlag auf die Pipeline, für den sie Moskau verantwortlich machen"
            hit = [m for m in roles.targets + roles.sources if m not in blamed.members
                   and span[1] <= m.token_start < blamed.start]  # the noun's own phrase: whom the act hit
            roles.sources, roles.targets = list(blamed.members), hit
        if not roles.sources and (nominal or id(match) in judged_agents or not grammar.verb_final):
            # "die Sanktionen, die die EU gegen Russland verhängt hat", "les sanctions que l'UE a imposées à Minsk"
            agent, object_ = relative_agent(phrases, clauses, span, sentence.tokens, forms, grammar)
            if agent is not None:
                roles.sources = list(agent.members)
                roles.targets = [m for m in roles.targets if m not in agent.members] or (
                    list(object_.members) if object_ is not None else [])
        fronted = _fronted_judged(match, nominal, roles, triggers, phrases, clause, grammar)
        if fronted is not None:  # "Удары Израиля по Ирану осудил Китай": the judged act comes first
            roles.sources, roles.targets = list(fronted.members), roles.sources
        if not roles.sources and not nominal:
            it = neuter_antecedent(phrases, clause, forms, grammar)
            if it is not None:  # "Für Frankreich ist das ein Rückschlag, nachdem es seine Soldaten ... abziehen musste"
                roles.sources, roles.from_outside_clause = list(it.members), True
        if roles.sources and not nominal and match.rule.plover in VERDICT_TYPES and all(
                m.token_start < clause[0] for m in roles.targets):
            # (a target read before the relative clause is the main clause's, which the pronoun sums up: "...
            # seines Nachbarn ..., was Georgetown verurteilte"; a denial's "..., ce que Paris et Cotonou démentent"
            # rebuts the main clause's claimant, not the one it accused, unless that is the denier itself)
            author = summarised_act_author(phrases, span, forms, grammar)
            denial = match.rule.cameo.startswith(_DENIAL)
            if author is not None and denial and (author.start > _CLAIMANT_REACH or any(
                    "," in forms[i] for i in range(author.start)) or {
                    side_of(m.code) for m in author.members} & {side_of(m.code) for m in roles.sources}):
                author = None  # the claimant opens the sentence ("Le Niger accuse ...", "Le régime du général X")
            if author is not None and not any(m in roles.sources for m in author.members):
                roles.targets = list(author.members)  # "..., a step that Beijing condemned": the act's author
                roles.claimant_named = denial
        first = earlier_doers(phrases, span, forms, grammar) if roles.sources else None
        ranked = ranked_subject(phrases, span, forms, grammar) if first is not None else None
        if ranked is not None and first is not None and ranked is not first and all(
                m in cast(Group, first).members for m in roles.sources):
            # "the second country after Peru to cut ties", "второй страной после Перу, разорвавшей": Peru, nearest,
            # was read as the subject; the one ranked did it
            roles.sources = [m for m in ranked.members if m not in cast(Group, first).members]
        if first is not None and not any(m in roles.sources for m in first.members):
            # "the second country to cut ties with Iran, after Peru": Peru did it first, to Iran too
            roles.targets = [m for m in roles.targets if m not in first.members]
            roles.sources = roles.sources + list(first.members)
        carried = _carried_agent(match, phrases, forms, grammar, triggers, readers)
        if carried[0] is not None and not any(span[1] <= m.span[0] < carried[0].start for m in triggers):
            # "санкции, введённые Евросоюзом против России", "поставки оружия Тайваню со стороны США": the
            # participle's or the side's agent acts (not for "осудила" before the noun: the noun stands between)
            roles.sources = list(carried[0].members)
            roles.targets = list(carried[1].members) if carried[1] is not None else [
                m for m in roles.targets if m not in carried[0].members]
        if carrying and match.rule.plover in VERDICT_TYPES and roles.sources:
            # "Москва осудила санкции, введённые Евросоюзом", "выразил протест в связи с поставками оружия Тайваню со
            # стороны США": the verdict judges the author of the act right after it
            judged_act = _judged_act(triggers, span, clause, 4)
            author = _carried_agent(judged_act, phrases, forms, grammar, triggers, readers)[0] \
                if judged_act is not None else None
            if author is not None and not same_party(author.members[0].code, roles.sources[0].code):
                roles.targets = list(author.members)
        if match.rule.plover in VERDICT_TYPES and roles.sources and grammar.agent_markers and grammar.genitive_markers:
            # "a condamné l'invasion de l'Ukraine par la Russie", "condenó la ocupación de Guyana por Venezuela",
            # "condemned the invasion of Ukraine by Russia": the verdict judges the act's agent, not its patient
            judged_act = _judged_act(triggers, span, clause, 3)
            author = _patient_then_agent(judged_act.span[1], sentence.tokens, phrases, grammar) \
                if judged_act is not None else None
            if author is not None and not same_party(author.members[0].code, roles.sources[0].code):
                roles.targets = list(author.members)
        if judged_agents and match.rule.plover in VERDICT_TYPES and roles.sources and (
                not roles.targets or not grammar.verb_final):
            # ("a condamné les frappes qu'Israël a menées contre l'Iran": Israel is judged, not the one it struck)
            roles.targets = _judged_agent(match, triggers, judged_agents, clause) or roles.targets
        if match.rule.plover == "REQUEST" and roles.sources and not roles.targets:
            roles.targets = _refuser(match, roles.sources[0], triggers, earlier, sentence, groups)
        if match.rule.plover == "REJECT" and roles.sources and not roles.targets:
            roles.targets = _refused_party(phrases, clauses, clause, forms, grammar, roles.sources[0])
        if roles.sources and match.rule.plover in _HELD_TYPES and (
                roles.targets or match.rule.cameo.startswith(_RELEASE_DEMANDS)):
            # "demanded the release of two French nationals detained by Iran", "criticised the arrest of a German
            # journalist in Turkey": the actor's own people are no target; the state that holds them is
            holder = _holder(match, triggers, groups, roles, forms, grammar)
            if holder is not None:
                roles.targets = list(holder.members)
        if match.rule.plover == "THREATEN" and roles.sources and _inside_condition(
                roles.targets, _condition(forms, span, grammar)):
            # "a menacé la Moldavie de représailles si elle livrait des armes à l'Ukraine", "threatened Moldova
            # with retaliation if it supplied weapons to Ukraine": a name the condition only speaks of is no one
            # threatened; the condition's own subject may be (below)
            roles.targets = []
        if match.rule.plover == "THREATEN" and roles.sources and not roles.targets:
            # "Минск примет ответные меры, если Варшава ...", "would respond if Sweden joined": a threat made
            # conditional threatens the one the condition names as a party, not a place it speaks of ("si
            # l'offensive se poursuit à Gaza": the sanctions threatened on Israel, not a threat on Gaza)
            party = _conditioned_party(_condition(forms, span, grammar), phrases, roles.sources) \
                or _conditioned_party(_condition(forms, span, grammar, grammar.roles.provocations), phrases,
                                      roles.sources)  # "drohte mit Vergeltung, nachdem die USA ..."
            roles.targets = list(party.members) if party is not None else []
        # the sentence's own earlier events count as context too: "X accused Y of Z, which Y denies" (the
        # latest few: a hostile sentence with thousands of triggers stays linear)
        causee = _causee(groups, span, forms, grammar)
        if causee is not None:
            # "lo que llevó a México a romper relaciones con Ecuador": the one made to act is the act's subject
            roles.sources = list(causee.members)
            roles.targets = [t for t in roles.targets if t.token_start not in range(causee.start, causee.end)]
        if match.rule.cameo == _SUMMONS and roles.sources and roles.targets and all(
                same_party(t.code, roles.sources[0].code) for t in roles.targets):
            # "llamó a consultas al embajador de Colombia en Washington": called in, one's own envoy is recalled
            recall = ruleset.envoy_recall
            post = _envoy_post(groups, roles.targets, span)
            if recall is not None and post:
                match = TriggerMatch(recall, match.tokens, match.weight)
                roles.targets = post
        if match.rule.cameo == _ENVOYS and roles.sources and roles.targets and all(
                same_party(t.code, roles.sources[0].code) for t in roles.targets):
            # "Макрон объявил об отзыве французского посла": the envoy's own country, not whence; "llamó a
            # consultas al embajador de Colombia en Washington": the envoy's post is whence he is called
            roles.targets = _envoy_post(groups, roles.targets, span)
        if match.rule.cameo == _ENVOYS and match.rule.id.startswith("recall") and roles.sources and roles.targets:
            own_state = _envoy_state(roles.targets, span, forms, grammar)
            if own_state and all(not same_party(t.code, roles.sources[0].code) for t in own_state):
                # "Paris s'est rallié au plan, ce qui a provoqué le rappel de l'ambassadeur d'Algérie en France": a
                # recalled envoy is his own state's, which recalls him from his post (or from the one who acted)
                roles.targets = _envoy_post(groups, own_state, span) or roles.sources
                roles.sources = own_state
        own = earlier[-_OWN_EVENTS:]
        if roles.targets and not match.rule.symmetric and len({side_of(m.code) for m in roles.sources}) >= 2 \
                and _reciprocal_by(forms, span, grammar):
            # "Kinshasa et Kigali se sont accusés mutuellement de saboter l'accord signé à Washington": a
            # reciprocal word by the verb makes the subjects each other's target; a name after it is the charge's
            roles.targets = []
        # "Kim and Trump traded insults": coordinated parties of a mutual act act on each other, no one else
        # (or with a reciprocal word: "in der sich Kim und Trump gegenseitig beschimpften")
        among_sources = (match.rule.mutual or not match.rule.symmetric and _reciprocal(forms, clause, grammar,
                                                                                        vocabulary, span)) \
            and not roles.targets and len({side_of(m.code) for m in roles.sources}) >= 2
        if not among_sources:
            fill_from_context(roles, match.rule, recent + own, pronoun, acts, weak, (context or []) + own, subject,
                              named, sentence.start,
                              # "welcomed the step": the step named again is what the verdict is on, in its clause
                              # (or put first: "Этот шаг поддержали Латвия и Литва")
                              match.rule.plover in VERDICT_TYPES and any(
                                  span[0] < i < clause[1] or clause[0] <= i < span[0] and i - clause[0] <= 1
                                  and _plural_verb(sentence.tokens[span[0]], grammar) for i in steps()),
                              plural=pronoun and plural_clause(clause),
                              # "welcomed the agreement": a deal named again is what the praise is on
                              deal=match.rule.cameo.startswith(PRAISE) and any(span[0] < i < clause[1]
                                                                              for i in deals()),
                              asked=modality == "demand", marked=_marked_after(match, sentence, span, clause, grammar),
                              # "rejected the remarks": the words are the latest speaker's
                              remarks=match.rule.plover in VERDICT_TYPES and any(span[0] < i < clause[1]
                                                                                 for i in remarks()),
                              speaker=speaker)
            if voted and match.rule.cameo.startswith(PRAISE):
                congratulated(roles, sentence.tokens, span, clause, voted, ruleset.lang)
        if span[0] <= 1 and (span[0] == 0 or forms[0] & grammar.determiners):
            # "The strike targeted ...": the one just told
            same_force(roles, match.rule, (context or []) + own, span[1])
        domestic = any(not forms[i].isdisjoint(grammar.roles.domestic_speakers) for i in range(clause[0], span[0]))
        if focal is not None and not weak and not among_sources:
            sides_addressed(roles, match.rule, focal)
            focal_target(roles, match.rule, focal, not vocabulary.isdisjoint(grammar.roles.party_words),
                         _parties_of(actors), domestic=domestic)
        elif about is not None and not weak and not among_sources:
            crisis_target(roles, match.rule, about, _parties_of([m for m in actors if m.kind != PLACE]), domestic)
        conditioned = False
        if match.rule.plover in _THREATENED and roles.sources and (
                modality in ("hypothetical", "plan")
                and (_in_quotation(forms, span) or any(m.rule.plover == "THREATEN" for m in triggers))
                or modality in _SPOKEN_CONSEQUENCES and match.rule.plover in _SPOKEN_THREATS
                and _own_consequence(forms, span, phrases, roles, grammar)) \
                and not _condition_content(forms, span, grammar):
            condition = _condition(forms, span, grammar)
            conditioned = condition is not None
            if condition is not None:
                # "China could impose sanctions if Japan goes on, Beijing warned", «Si X frappe, nous
                # répondrons»: a hostile act made conditional is a threat (EVAL.md); with no target of its
                # own, the one the condition names is threatened
                modality = "threat"
                if not roles.targets or all(condition[0] < m.token_start < condition[1] for m in roles.targets):
                    # (a target read inside the condition is no party unless the condition names it as one: "si
                    # les combats s'étendent au Liban", "if the fighting spreads to Lebanon")
                    named_party = _conditioned_party(condition, phrases, roles.sources)
                    roles.targets = list(named_party.members) if named_party is not None else []
        if modality != "threat" and ultimatum(modal_forms, span, match.rule.plover, grammar):
            modality = "threat"  # "exigió ..., de lo contrario ...", "would cut ties unless ...": an ultimatum
        cue = None
        if modality == "threat":
            # "menacé de ne plus partager", "пригрозил, что больше не будет": the negation is what is threatened
            cue = demand_cue_at(modal_forms, span, clause, grammar, "threat")
        if modality == "demand":
            cue = demand_cue_at(modal_forms, span, clause, grammar)
            if not _asker_only(roles, cue):
                _note(sentence, ruleset, match, "the one asked to act is no source of the demand")
                continue  # "urged Rwanda to withdraw its troops": Rwanda is asked (the urging verb codes the request)
            if _asked_elsewhere(roles, cue, span, phrases):
                _note(sentence, ruleset, match, "the one asked carries the act out, on another party")
                continue  # "a appelé Israël à cesser ses frappes au Liban": no demand of Turkey's on Lebanon
            if match.rule.plover in _THREATENED and _asked_no_one(roles, cue, span, phrases):
                _note(sentence, ruleset, match, "a hostile act called for from no one named")
                continue  # "призвали сохранять давление на Россию", "called for tougher sanctions on Russia":
                # others are to press Russia, nothing is asked of it
        start = match.span[0]
        # (not across a clause of its own: "... diplomates soupçonnés d'espionnage, Moscou répliquant par
        # l'expulsion de ...": the absolute participle's subject acts, and its act is no content of the suspicion)
        alleged = modality != "threat" and not match.rule.cameo.startswith((_ACCUSE, "016")) and (any(
            end <= start and (start <= end + _ALLEGED_REACH
                              and not _absolute_participle_after(end, clause, start, forms, grammar)
                              or _content_after_comma(sentence.tokens, end, start, grammar))
            and _accused_content(sentence.tokens, (begin, end), start, grammar)
            for begin, end, _names_crime in accusations) or any(
            end <= start <= end + _ALLEGED_REACH and (nominal or any(t.text == "," for t in sentence.tokens[end:start]))
            or _denied_right_after(sentence, end, start, grammar)
            or _denied_content(sentence.tokens, end, start, grammar) for end in denials))
        # "dementierte Berichte über Waffenlieferungen": the deliveries are alleged
        # An act inside the span of an accusation that names its crime ("accusé Islamabad de soutenir le
        # « terrorisme »": the pattern reaches the crime's noun past the supporting verb) is the charge's content
        # where it has the accusation's own pair: the accused supports, not the accuser (a plain verdict's pattern
        # may span a whole sentence, "advirtió ... influencia", and holds no act of its own)
        inside_charge = any(names_crime and begin < start < end for begin, end, names_crime in accusations)
        produced = 0
        refused = after_refusal(forms, clause, grammar)
        # "n'a pas condamné l'invasion russe": a noun's negation stands after the other triggers before it (the
        # "pas" is the verdict's, and the invasion took place)
        # ("has never condemned the Russian invasion": so too where the noun is not read as one, after an adjective;
        # but a trigger that holds a negation, "refused to condemn", "se negó a firmar", negates the act after it)
        negation_from = max((i + 1 for m in triggers if m is not match
                             and not any(forms[k] & grammar.negation for k in m.tokens)
                             for i in m.tokens if clause[0] <= i < span[0]), default=clause[0]) if several \
            else clause[0]
        if match.rule.symmetric and not roles.targets and len({side_of(m.code) for m in roles.sources}) >= 2 and (
                match.rule.cameo in _SERVING or match.rule.cameo == _VISIT or any(
                    m is not match and m.rule.cameo in _SERVING and clause[0] <= m.span[0] < span[0]
                    and _served_object(m.span[1], span[0], forms, grammar)
                    and all(0 <= a.token_start < m.span[0] for a in roles.sources) for m in triggers)
                or _between_others(phrases, span, clause, roles.sources, grammar)
                or _acted_on_together(match, sentence.tokens, forms, phrases, clause, grammar, roles.sources)):
            # "Egypt and Qatar hosted the talks", "Kenya and Turkey mediated the negotiations": co-hosts and
            # co-mediators serve the sides; they hold no talks with each other (the subjects of the service verb
            # whose object the talks are: not "Unter Vermittlung Ägyptens verhandeln Israel und die Hamas", "the
            # negotiators wrapped up U.S.-brokered talks", "hatten unter Vermittlung Katars vereinbart"). So too
            # co-travellers: "The advisers of Germany, France and Britain travelled to Geneva" visit a place, not
            # each other. So too the negotiators of an act between others: "L'Égypte et le Qatar ont négocié une trêve
            # entre Israël et le Hamas" (the pair after the trigger is the act's; see `_between_others`). So too the
            # subjects of an agentless passive: "Le Japon et l'Australie ont été invités" (`_acted_on_together`)
            roles.sources = []
        for event in _events_for(doc, sentence, match, roles, forms, clause, ruleset, modality, quoted, dates,
                                 refused, nominal, negation_from, conditioned, vocabulary,
                                 None if cue is None else (cue, clause_of(clauses, cue))):
            if (alleged or inside_charge) and any(
                    e.plover == "ACCUSE" and (e.source, e.target) == (event.source, event.target) for e in earlier):
                continue  # "accusing both governments of backing the opposition": the accused back, not the accuser
            produced += 1
            earlier.append(event)
            if alleged:  # "acusó a Ucrania de atacar la central": the attack is the accusation's content
                event.modality = "alleged"
            # One event per key and sentence: what happened before a plan or a supposition of the same key ("signed a
            # declaration, and intend to hold joint drills": the signing stays), then the most specific pattern, then
            # the most specific code.
            key = (event.source, event.target, event.plover, event.negated)
            rank = (event.factual, match.weight, len(event.cameo))
            if key not in events or rank > events[key][0]:
                events[key] = (rank, event)
        _note(sentence, ruleset, match, None if produced else trace.no_pair(roles.sources, roles.targets))
    return _without_agreed_measure([event for _rank, event in events.values()])


def _without_agreed_measure(events: list[Event]) -> list[Event]:
    """"Die Energieminister der EU einigten sich darauf, russisches Gas zu verbieten", "EU ministers agreed to ban
    Russian gas": a bloc's members agree among themselves, and the ban is the bloc's act on Russia; Russia agreed to
    nothing. (Between states the agreed measure may be mutual: "Ecuador y Colombia acordaron levantar los
    aranceles": only a bloc's agreement is left out.)"""
    measures = {(party(e.source), party(e.target)) for e in events
                if e.plover == "SANCTION" and not e.negated and e.source and e.target}
    if not measures:
        return events
    return [e for e in events if not (e.cameo == _AGREED_TO and e.source and e.target and country_of(e.source) is None
                                      and (party(e.source), party(e.target)) in measures)]


# agreeing to act, with no deal named ("einigten sich darauf, ... zu verbieten"); not a deal signed with a partner
# ("a conclu un accord avec Washington fixant ses droits de douane": 057, the tariffs are the deal's content)
_AGREED_TO: Final = "030"


# a demand for the release, a verdict on the arrest, of one's own people
_HELD_TYPES: Final = frozenset({"REQUEST", "ACCUSE"})
_RELEASE_DEMANDS: Final = ("0253", "1053")  # appeals and demands for a release: the rule names the act
_HELD_ACTS: Final = ("084", "173")  # a release (asked for) or an arrest (judged) between the verb and the people
# none of them is held as a private person
_PEOPLE_AGENTS: Final = frozenset({"GOV", "MIL", "LEG", "SPY", "COP", "JUD"})
_HELD_REACH: Final = 4  # "two Russian journalists detained in Baku", "ressortissants français détenus par l'Iran"


def _joiner(sentence: Sentence, span: tuple[int, int], clause: tuple[int, int], groups: list[Group],
            forms: list[frozenset[str]], grammar: Grammar) -> Group | None:
    """The state that joins the sanctions the trigger names ("Norway joined the EU's sanctions", "присоединилась к
    санкциям Евросоюза", "hat sich den EU-Sanktionen angeschlossen"): the clause's first free name, or the main
    clause's where the clause goes on from it. None where no inflected verb of joining governs the sanctions."""
    before = range(max(clause[0], span[0] - _JOIN_REACH), span[0])
    after = range(span[1], clause[1]) if grammar.verb_final else range(0)
    tokens = sentence.tokens
    # an inflected verb: the joining is told as done; an infinitive is only refused, asked or meant ("refused to
    # join", "urged Serbia to join", "отказалась присоединиться"), and the sanctions stay their owner's
    if not any(forms[i] & grammar.joining_verbs and not _infinitive(tokens, i, grammar) for i in (*before, *after)):
        return None
    states = [g for g in groups if g.start < span[0] and g.free
              and not any(m.kind in _NO_JOINERS for m in g.members)]  # (a bloc sets its own sanctions)
    own = [g for g in states if g.start >= clause[0]]
    if own:
        return own[0]
    return states[0] if states and continues_main_clause(sentence, clause, grammar,
                                                         frozenset(g.start for g in groups)) else None


def _infinitive(tokens: list[Token], i: int, grammar: Grammar) -> bool:
    """The verb at i as an infinitive: its bare lemma ("присоединиться", "sumarse"), after "to", or with "zu" inside
    ("anzuschließen")."""
    word = tokens[i].text.lower()
    if word == tokens[i].lemma:
        return True
    marker = grammar.infinitive_marker
    return marker is not None and (i > 0 and tokens[i - 1].text.lower() == marker
                                   or fused_infinitive(word, marker, grammar.separable_particles))


_NO_JOINERS: Final = frozenset({"adjective", "organisation"})
_JOIN_REACH: Final = 4  # "joined the Western sanctions", "se ha sumado a las sanciones": the verb, then up to three


def _state_asked_for(mention: ActorMention, forms: list[frozenset[str]], nouns: frozenset[str]) -> bool:
    """A demonym right beside a noun of statehood ("a Palestinian state", "l'État palestinien", "палестинского
    государства"): the thing an appeal asks for, not a party it addresses."""
    if mention.kind != "adjective":
        return False
    before, after = mention.token_start - 1, mention.token_end
    return before >= 0 and not forms[before].isdisjoint(nouns) \
        or after < len(forms) and not forms[after].isdisjoint(nouns)


def _holder(match: TriggerMatch, triggers: list[TriggerMatch], groups: list[Group], roles: Roles,
            forms: list[frozenset[str]], grammar: Grammar):
    """The state that holds the actor's own people a demand for their release or a verdict on their arrest names
    ("demanded the release of two French nationals detained by Iran", "pidió la liberación de dos periodistas
    rusos detenidos en Bakú", "kritisierte die Festnahme eines deutschen Journalisten in der Türkei", "demanded
    that China release two Canadian citizens"): the name of another country in a phrase right after them (a "by"
    agent, the place where they are held, an instrumental), only lower-case words between (a participle, after a
    comma too: "журналистов, задержанных в Баку"), or the subject between the verb and them. None where the
    targets are not all the source's own people, or the sentence names no release (asked) or arrest (judged)
    between the verb and them: "condemned the killing of French soldiers in Mali" names no holder."""
    own = party(roles.sources[0].code)
    people = roles.targets or next((list(g.members) for g in groups if 0 <= g.start - match.span[1] <= _HELD_REACH
                                    and all(party(m.code) == own for m in g.members)), [])
    if not people or any(party(t.code) != own or t.agent in _PEOPLE_AGENTS for t in people):
        return None  # ("called for the release of two Russian journalists": the appeal's own words name no one asked)
    first = min(t.token_start for t in people)
    last = max(t.token_end for t in people)
    acts = _HELD_ACTS if match.rule.plover == "REQUEST" else _HELD_ACTS[1:]
    if not (match.rule.plover == "REQUEST" and match.rule.cameo.startswith(_RELEASE_DEMANDS)) and not any(
            m.rule.cameo.startswith(acts) and match.span[1] <= m.span[0] < first for m in triggers):
        return None
    stops = grammar.coordination | grammar.subordinators
    for g in groups:
        if any(party(m.code) == own for m in g.members):
            continue
        if last <= g.start <= last + _HELD_REACH and (g.marker is not None and not g.genitive or g.instrumental) \
                and all(_held_link(forms, k, g.start, stops, grammar) for k in range(last, g.start)):
            return g
        if match.span[0] < g.start and g.end <= first and g.free and match.rule.plover == "REQUEST":
            return g  # "demanded that China release ...": the one asked, the content clause's subject
    return None


def _held_link(forms: list[frozenset[str]], k: int, name: int, stops: frozenset[str], grammar: Grammar) -> bool:
    """A word between the people held and the holder's name that keeps them one phrase: a preposition, an article
    right before the name ("in der Türkei"), a participle or adverb ("detained", "détenus"), a comma that opens a
    participle or relative clause on them and that clause's first word ("журналистов, задержанных в Баку",
    "Staatsbürger, die im Iran festgehalten werden"); no conjunction or subordinator after them ("..., who said")."""
    words = forms[k]
    if "," in words:
        return k + 1 < name and any(f.isalpha() and f.islower() for f in forms[k + 1])
    if k > 0 and "," in forms[k - 1] or words & grammar.agent_markers or k >= name - 2 and words & grammar.determiners:
        return any(f.isalpha() and f.islower() for f in words)
    return not words & stops and any(f.isalpha() and f.islower() for f in words)


def _accused_content(tokens: list[Token], accusation: tuple[int, int], start: int, grammar: Grammar) -> bool:
    """An act soon after an accusation is its content ("acusó a Kiev de atacar la central", "accused Kigali of
    arming the rebels, who seized ..."), unless a comma ends the accusation's clause before it: a conjunction
    after the comma ("acusó a Minsk de orquestar la crisis, y cerró la frontera") or an accusation inside a
    relative clause that the comma closes ("Marruecos, que acusa a Argelia de ..., rompió relaciones con Irán",
    a Russian participle clause too), or an accusation that opens an apposition the comma closes ("L'Inde, accusée
    par Islamabad de ..., a salué").
    German puts the content after a comma ("warf Kiew vor, die Brücke angegriffen zu haben")."""
    if grammar.verb_final:
        return True
    end = accusation[1]
    commas = [i for i in range(end, start) if tokens[i].text in (",", ";")]
    if not commas:
        return True
    if any(i + 1 < len(tokens) and tokens[i + 1].lemma in grammar.coordination for i in commas):
        return False
    opening = next((i for i in range(accusation[0] - 1, -1, -1) if tokens[i].text == ","), None)
    if opening is not None and opening + 1 == accusation[0] and opening > 0 and commas[0] + 1 < len(tokens) \
            and not _opens_content(tokens[commas[0] + 1].text.lower(), grammar):
        # "L'Inde, accusée par Islamabad de soutenir le TTP, a salué l'accord": an accusation that opens an
        # apposition the comma after its content closes; the main clause's verb after it is no content
        return False
    return opening is None or opening + 1 >= len(tokens) \
        or tokens[opening + 1].text.lower() not in grammar.roles.subject_relatives \
        and not grammar.roles.relative_participle(tokens[opening + 1].text)  # "Польша, обвинившая Минск в ..., вызвала"


def _opens_content(word: str, grammar: Grammar) -> bool:
    """A relative pronoun or a complementizer after a comma goes on with what is before it ("обвинив X в том, что
    ...", "accusé de soutenir les rebelles, qui ..."): the comma closes nothing."""
    roles = grammar.roles
    return word in roles.parse_relatives | roles.subject_relatives | roles.object_relatives | roles.complementizers \
        | roles.content_openers or word.startswith(tuple(roles.elided_complementizers or ()))


def _absolute_participle_after(end: int, clause: tuple[int, int], start: int, forms: list[frozenset[str]],
                               grammar: Grammar) -> bool:
    """"... deux diplomates soupçonnés d'espionnage, Moscou répliquant par l'expulsion de ...": the trigger stands in
    a participle clause that opens after the accusation with a subject of its own; its act is no content of the
    accusation."""
    endings = grammar.participle_endings
    return bool(endings) and end <= clause[0] and any(
        f.isalpha() and f.endswith(endings) and f not in grammar.not_participles
        for k in range(clause[0], start + 1) for f in forms[k])


def _content_after_comma(tokens: list[Token], end: int, start: int, grammar: Grammar) -> bool:
    """German puts an accusation's content after a comma, however long, up to the next comma or break ("warf Eritrea
    vor, Truppen an der Grenze zusammenzuziehen und Rebellen im Norden mit Waffen zu versorgen"); ", und ..." after
    it goes on with the accuser's own act."""
    if not grammar.verb_final:
        return False
    comma = next((i for i in range(end, start) if tokens[i].text == ","), None)  # after "warf Minsk ... vor"
    return comma is not None and not any(
        tokens[i].text in (",", ";", ":", "–", "—") or tokens[i].text in QUOTE_MARKS for i in range(comma + 1, start))


_ENVOYS: Final = "161"  # expelling or recalling envoys (and other breaks of ties)
_SUMMONS: Final = "114"  # summoning an envoy to protest
# "rebuff US calls", "rejected the repeated US calls": words between the verdict and the asker
_REFUSED_REACH: Final = 2


def _refuser(match: TriggerMatch, asker: ActorMention, triggers: list[TriggerMatch], earlier: list[Event],
             sentence: Sentence, groups: list[Group]) -> list[ActorMention]:
    """"Iran keeps rejecting European calls to resume talks", "Moscow dismissed Kyiv's appeals for a truce": a call
    or demand named by its asker right before it, which a rejection just before takes as object, was made to
    the one who rejects it."""
    if asker.token_start < 0 or not 0 <= match.span[0] - asker.token_end <= 1:
        return []  # the asker premodifies the noun: "US calls", "Kyiv's appeals"
    tokens = sentence.tokens
    for verdict in triggers:
        if verdict.rule.plover != "REJECT" or not 0 <= asker.token_start - verdict.span[1] <= _REFUSED_REACH:
            continue
        at = tokens[verdict.span[0]].start
        event = next((e for e in reversed(earlier) if e.trigger_start == at and e.plover == "REJECT" and e.source
                      and not same_party(e.source, asker.code)), None)
        named = None if event is None else next(
            (m for g in groups for m in g.members if m.code == event.source and m.token_end <= verdict.span[0]), None)
        return [named] if named is not None else []
    return []


def _opens_sentence(tokens: list[Token], i: int, grammar: Grammar) -> bool:
    """Whether the word at `i` opens its sentence, where a dropped subject stands before it: first, or after adverbs
    only ("También condenó ...", "No descartó ...") or a perfect's auxiliary ("Había amenazado ...", "No ha
    descartado ..."), or after an opening phrase that one of the language's `fronted_openers` starts and the
    sentence's first comma closes ("Además, acusó ...", "En su discurso, acusó ...", "Tras el encuentro, amenazó
    ...")."""
    k = i
    while k > 0 and (tokens[k - 1].text.lower() in grammar.roles.coordinating_adverbs
                     or tokens[k - 1].text.lower() in grammar.negation
                     or tokens[k - 1].text.lower() in grammar.perfect_auxiliaries):
        k -= 1
    if k == 0:
        return True
    return tokens[k - 1].text == "," and tokens[0].text.lower() in grammar.roles.fronted_openers \
        and not any(t.text == "," for t in tokens[:k - 1])


def _may_open(tokens: list[Token], forms: list[frozenset[str]], candidates: list[tuple[Rule, Pattern]],
              grammar: Grammar) -> bool:
    """Whether a match of some candidate pattern may start where `_opens_sentence` holds: a sentence without
    an actor or a pronoun (Spanish, Russian) yields an event only through such a trigger, and most such
    sentences have none; asked before the sentence's groups, clauses and matches are built (~0.2 ms a sentence,
    3 % of an ingest). A match starts where its pattern's first slot fits the token's forms (`find_matches`)."""
    return any(any(cast(Slot, pattern.slots[0]).matches(forms[i]) for _rule, pattern in candidates)
               for i in _opening_positions(tokens, grammar))


def _opening_positions(tokens: list[Token], grammar: Grammar) -> list[int]:
    """Every `i` where `_opens_sentence(tokens, i, grammar)` holds, in one pass instead of a walk back from each
    word: the start and each word after a run of adverbs, negations and auxiliaries opening the sentence, and,
    where the sentence opens with a fronted opener, the word after its first comma and after such a run there."""
    roles_words, negation, auxiliaries = grammar.roles.coordinating_adverbs, grammar.negation, \
        grammar.perfect_auxiliaries
    lows = [t.text.lower() for t in tokens]
    n = len(lows)

    def run(i: int) -> list[int]:  # i and each position after the skippable words from i on
        found = [i]
        while i < n and (lows[i] in roles_words or lows[i] in negation or lows[i] in auxiliaries):
            i += 1
            found.append(i)
        return found

    positions = run(0)
    if n and lows[0] in grammar.roles.fronted_openers:
        comma = next((k for k, t in enumerate(tokens) if t.text == ","), None)
        if comma is not None:
            positions += run(comma + 1)
    return [i for i in positions if i < n]


def _judged_act(triggers: list[TriggerMatch], span: tuple[int, int], clause: tuple[int, int],
                reach: int) -> TriggerMatch | None:
    """The act a verdict judges: the first trigger of another kind within `reach` tokens after the verdict's own,
    in its clause ("a condamné l'invasion ...", "осудила санкции, введённые ...")."""
    return next((m for m in triggers if span[1] <= m.span[0] <= span[1] + reach and m.span[0] < clause[1]
                 and m.rule.plover not in VERDICT_TYPES), None)


def _person_form(token: Token, grammar: Grammar) -> bool:
    """A verb form that names its subject's person: any Spanish finite verb; in Russian the singular ("Кроме того,
    вызвал посла", `dropped_subject_endings`), not the plural without a subject ("выслали дипломатов"), which
    says that someone unnamed acted."""
    endings = grammar.dropped_subject_endings
    return not endings or token.text.lower().endswith(endings)


def _unknown_before_verb(mentions: list[ActorMention], clause: tuple[int, int], span: tuple[int, int],
                        sources: list[ActorMention]) -> bool:
    """German verb-second: the clause's subject is a role word with a name the dictionary lacks, before the verb,
    and the source the reader took stands after the verb (so it is the object)."""
    return bool(sources) and all(m.token_start > span[0] for m in sources) and any(
        m.kind == "unresolved" and clause[0] <= m.token_start and m.token_end <= span[0] for m in mentions)


def _unbroken(groups: list[Group], tokens: list[Token]) -> list[tuple[int, int]]:
    """Spans no clause break may cut: a list of actors ("Russland, die USA und Deutschland"), and a name written
    with a dash ("Папуа — Новая Гвинея", a dash that elsewhere opens a clause of its own)."""
    return [(g.start, g.end) for g in groups
            if len(g.members) > 1 or any(tokens[i].text in DASHES for i in range(g.start, g.end))]


def _has_pronoun(sentence: Sentence, grammar: Grammar) -> bool:
    """Some token is one of the grammar's pronouns (every sentence without an actor asks: one C-level pass)."""
    return not grammar.any_pronouns.isdisjoint(map(str.lower, map(token_text, sentence.tokens)))



_T = TypeVar("_T")


def _once(compute: Callable[[], list[_T]]) -> Callable[[], list[_T]]:
    """compute() at the first call only (functools.cache builds a wrapper per sentence that costs more)."""
    kept: list[list[_T]] = []

    def get() -> list[_T]:
        if not kept:
            kept.append(compute())
        return kept[0]

    return get


def _judged_agent(verdict: TriggerMatch, triggers: list[TriggerMatch], judged_agents: dict[int, Group],
                  clause: tuple[int, int]) -> list[ActorMention]:
    """The agent that a relative clause names for the first noun the verdict judges, later in its clause."""
    judged = next((m for m in triggers if id(m) in judged_agents and verdict.span[1] <= m.span[0] < clause[1]), None)
    return list(judged_agents[id(judged)].members) if judged is not None else []


def _refused_party(groups: list[Group], clauses: list[tuple[int, int]], clause: tuple[int, int],
                   forms: list[frozenset[str]], grammar: Grammar,
                   source: ActorMention) -> list[ActorMention]:
    """"Iran weigerte sich, das Abkommen mit den USA zu unterzeichnen": the refusal is aimed at the party its
    infinitive clause acts on (the first actor there of another country than the refuser)."""
    following = next((c for c in clauses if c[0] > clause[1] - 1 and c[0] - clause[1] <= 1), None)
    if following is None or not after_refusal(forms, following, grammar):
        return []
    party = side_of(source.code)
    return next((list(g.members) for g in groups if following[0] <= g.start < following[1]
                 and side_of(g.members[0].code) != party), [])


_CAUSEE_REACH: Final = 12  # "llevó al gobierno de X a romper relaciones con Y y a demandarlo": words from the object on
_PERSONAL_A: Final = frozenset({"a", "al"})


def _causee(groups: list[Group], span: tuple[int, int], forms: list[frozenset[str]], grammar: Grammar):
    """The object of a causative verb whose infinitive is the trigger: "obligó a Argentina a retirar a su embajador",
    "llevó al Gobierno de México a romper relaciones ... y a demandarlo" (`roles.causatives`), else None."""
    causatives = grammar.roles.causatives
    start = span[0]
    if not causatives or start < 1 or not forms[start - 1] & _PERSONAL_A:
        return None
    for g in reversed(groups):
        if g.end >= start or g.start < 2:
            continue
        if start - g.end > _CAUSEE_REACH:
            return None
        if forms[g.end] & _PERSONAL_A and forms[g.start - 1] & _PERSONAL_A and forms[g.start - 2] & causatives \
                and not any("," in forms[i] for i in range(g.end, start)):
            return g
    return None


def _envoy_post(groups: list[Group], envoys: list[ActorMention], span: tuple[int, int]) -> list[ActorMention]:
    """The post named right after the recalled envoy of the recalling state's own country ("al embajador chileno
    en Caracas"): the state the envoy leaves. None named: no target ("recalled the French ambassador")."""
    starts = {m.token_start for m in envoys}
    for before, group in zip(groups, groups[1:], strict=False):
        if group.attached and group.start >= span[1] and before.members[0].token_start in starts \
                and group.members[0].country != envoys[0].country:
            return list(group.members)
    return []


def _envoy_state(targets: list[ActorMention], span: tuple[int, int], forms: list[frozenset[str]],
                 grammar: Grammar) -> list[ActorMention]:
    """The state named right after a recalled envoy's noun, as its genitive or its adjective ("le rappel de
    l'ambassadeur d'Algérie", "la retirada del embajador de Argelia", "отзыв посла Алжира"): the envoy's own. Not
    after a possessive: "le rappel de son ambassadeur au Niger" names his post."""
    if any(forms[i] & grammar.possessives for i in range(*span)):
        return []
    end = span[1]  # (the envoy named with his state is one actor, "l'ambassadeur d'Algérie", from the noun on)
    return [t for t in targets if t.token_start == end - 1
            or t.token_start == end + 1 and end < len(forms) and bool(forms[end] & grammar.genitive_markers)]


def _note(sentence: Sentence, ruleset: RuleSet, match: TriggerMatch, reason: str | None) -> None:
    """Tell `realpolitik eval --misses` what became of a trigger (see events/trace.py)."""
    trace.note(sentence.index, f"{ruleset.lang}.{match.rule.id}", match.rule.plover, match.tokens, reason)


# "вопрос о встрече", "после удара": background, not an act
_TOPIC: Final = frozenset({"о", "об", "обо", "после", "из-за"})
DENIAL: Final = "016"  # a denial: an accusation noun it takes as its object was aimed at the one who denies
PLACE_ACTS: Final = frozenset({"ASSAULT", "COERCE"})  # the acts a city names its state as the object of
# criminals whose nationality the text does not give ("a drug boat": CRM alone, EVAL.md) are the object of force or of a
# charge, not of a show of force, talks or aid ("expanded its naval presence and struck drug boats": no threat to them)
CRIMINALS: Final = "CRM"
CRIME_ACTS: Final = frozenset({"ASSAULT", "COERCE", "ACCUSE"})
_ARREST: Final = "173"  # CAMEO arrest and detention: the state where it happens does it (events/roles.arrest_at_place)


def _place_of_force(groups: list[Group], forms: list[frozenset[str]], clause: tuple[int, int], span: tuple[int, int],
                    grammar: Grammar) -> list:
    """"setzten ihre Offensive im Gebiet Donezk fort", "Angriffe in der Region Charkiw": force with no object of its
    own is used on the place it is used in (its state; an attacker's own place drops as itself)."""
    for g in groups:
        if not (clause[0] <= g.start < clause[1] and g.start >= span[1] and all(m.kind == PLACE for m in g.members)):
            continue
        if any("," in forms[k] for k in range(span[1], g.start)):
            break  # ", sagte ein Sprecher in Charkiw": another clause's place
        i = g.start - 1
        while i > span[1] and not forms[i] & grammar.location_markers and i >= g.start - 3 \
                and not forms[i] & grammar.conjunctions and "," not in forms[i]:
            i -= 1  # "im Gebiet", "in der Region": the place's own noun and article
        if g.marker in grammar.location_markers or i >= span[1] and forms[i] & grammar.location_markers:
            return list(g.members)
    return []
_PRO_DROP: Final = frozenset({"es", "ru"})  # a sentence may open with its verb, the subject being the latest actor
_OWN_EVENTS: Final = 12  # events of the sentence's earlier triggers that a reply may answer
_ACCUSE: Final = "112"  # an accusation's code; a longer one names the crime ("1121", "1123")
_ALLEGED_REACH: Final = 8  # "accusé l'Ukraine d'avoir bombardé": the accused act follows the accusation closely


def _agent_after(match: TriggerMatch, tokens: list[Token], groups: list[Group], grammar: Grammar,
                 adjectives: bool = True) -> bool:
    """"accusations by Moldova", "die Waffenlieferungen des Westens": a noun followed by its agent."""
    end = match.span[1]
    if end >= len(tokens):
        return False
    word = tokens[end].text.lower()  # the word itself: German articles all lemmatise to "der"
    if grammar.verb_final and word in grammar.genitive_markers:
        return True  # German "des/der" after a (capitalised) noun; Romance "de" follows verbs as often
    if (grammar.verb_final or grammar.verb_lemma_endings and not match.rule.object_genitive) and \
            any(g.start == end and g.genitive for g in groups):
        return True  # "den Angriff Russlands", "удар России": a name in the genitive right after the noun
    if word in grammar.agent_markers and any(end < g.start <= end + 3 for g in groups):
        return True
    demonym = next((g for g in groups if postnominal_adjective(g, grammar) and (
        g.start == end or g.start == end + 1 and tokens[end].text.isalpha() and tokens[end].text.islower()
        and tokens[end].text not in grammar.target_markers | grammar.genitive_markers)), None)
    if demonym is not None and demonym.end < len(tokens) and tokens[demonym.end].text.lower() in grammar.agent_markers \
            and any(demonym.end < g.start <= demonym.end + 3 for g in groups):
        return True  # "la destruction d'un drone syrien par l'armée turque": the object's demonym, then the agent
    elided = elided_de(word) and "de" in grammar.genitive_markers  # "l'invasion d'Ukraine par la Russie"
    if (word in grammar.genitive_markers or elided or tokens[end - 1].text.lower() in grammar.genitive_markers) \
            and _agent_after_patient(end, tokens, groups, grammar) is not None:
        return True
    return _genitive_agent_with_object(match, tokens, groups, grammar, adjectives)


# "l'arrestation de deux ressortissants canadiens par ...": the patient phrase before the agent
_PATIENT_REACH: Final = 5


def _patient_then_agent(end: int, tokens: list[Token], groups: list[Group], grammar: Grammar):
    """The agent group of "l'invasion de l'Ukraine par la Russie": a "de" phrase right after the noun, then "par"
    and a name (no comma between); None where the noun has none."""
    if end >= len(tokens):
        return None
    word = tokens[end].text.lower()
    if not (word in grammar.genitive_markers or elided_de(word)):
        return None
    return _agent_after_patient(end, tokens, groups, grammar)


def _agent_after_patient(end: int, tokens: list[Token], groups: list[Group], grammar: Grammar):
    """"l'arrestation de deux Canadiens par la Chine", "la detención de dos canadienses por China": a noun's
    patient phrase, then its agent phrase (no comma between). The agent's group, None where the noun has none
    (`_agent_after`: with one, the noun is no background)."""
    for i in range(end + 1, min(len(tokens), end + 1 + _PATIENT_REACH)):
        word = tokens[i].text.lower()
        if word in (",", ";"):
            return None
        if word in grammar.agent_markers:
            return next((g for g in groups if i < g.start <= i + 3), None)
    return None


def _genitive_agent_with_object(match: TriggerMatch, tokens: list[Token], groups: list[Group], grammar: Grammar,
                                adjectives: bool = True) -> bool:
    """Romance "los ataques de Israel contra Irán", "la visita del canciller de Japón a China": after an
    article, a noun whose "de" phrase is followed by the noun's own object names its agent there; so does
    a demonym right after it ("los ataques rusos")."""
    start, end = match.span
    if match.rule.object_genitive:
        return False  # "la expulsión de diplomáticos rusos": the "de" phrase is the one expelled
    elided = tokens[start].text.lower().startswith(("l'", "l’"))  # French "l'attaque du Hamas"
    if not elided and (start == 0 or tokens[start - 1].text.lower() not in joined(grammar.determiners,
                                                                                  grammar.possessives)):
        return False
    if adjectives and any(g.start == end and postnominal_adjective(g, grammar) for g in groups):
        return True
    if tokens[end - 1].text.lower() in grammar.genitive_markers and end - 1 > start:
        end -= 1  # the pattern took the "de" itself: "acusaciones de"
    elif _adjective_before_genitive(tokens, end, grammar):
        end += 1  # "les frappes massives de la Russie contre l'Ukraine": one adjective between the noun and its agent
    if elided_de(tokens[end].text) and "de" in grammar.genitive_markers:
        agent = next((g for g in groups if g.start == end), None)  # "l'attaque d'Israël contre l'Iran"
    elif tokens[end].text.lower() not in grammar.genitive_markers:
        return False
    else:
        agent = next((g for g in groups if end < g.start <= end + 2), None)
    if agent is None or agent.end >= len(tokens):
        return False
    markers = match.rule.target_markers if match.rule.target_markers is not None else grammar.target_markers
    after = agent.end
    if tokens[after].text == "," and after + 1 < len(tokens) and any(
            t.text == "," for t in tokens[agent.start:agent.end]):
        after += 1  # "la visita del presidente de Francia, Emmanuel Macron, a Argel": the apposition's comma
    marker = tokens[after].text.lower()
    # the object right after its preposition, or the owner of what it governs ("contre un complexe résidentiel de
    # Doha": the group carries the preposition as its marker)
    return marker in markers and any(
        after < g.start <= after + 2 or g.marker == marker and g.start <= after + _OBJECT_REACH for g in groups)


_OBJECT_REACH: Final = 6  # "contre un complexe résidentiel de Doha": an article, a noun, an adjective and a "de"


def _adjective_before_genitive(tokens: list[Token], end: int, grammar: Grammar) -> bool:
    """Romance adjectives follow the noun: "la visite historique du président chinois à Hanoï". A lower-case word
    right after the noun, no grammar word, with a "de" after it (or an elided "d'" written onto the name)."""
    if grammar.verb_final or grammar.adjectives_before_nouns or end + 1 >= len(tokens):
        return False
    word, nxt = tokens[end].text, tokens[end + 1].text.lower()
    closed = joined(grammar.determiners, grammar.target_markers, grammar.genitive_markers, grammar.coordination,
                    grammar.subordinators, grammar.negation, grammar.possessives)
    return word.isalpha() and word.islower() and word not in closed \
        and (nxt in grammar.genitive_markers or elided_de(nxt) and "de" in grammar.genitive_markers)


def _denied_right_after(sentence: Sentence, end: int, start: int, grammar: Grammar) -> bool:
    """"denied attacking", "denied any role in the attack": an act right after the denial is its content
    (not "denied the claims and attacked ...")."""
    return end <= start <= end + 2 and not any(
        t.lemma in grammar.coordination or t.text == "," for t in sentence.tokens[end:start])


_DENIED_REACH: Final = 12  # "bestritt die Angaben der Philippinen, ein chinesisches Schiff habe ein Boot gerammt"


def _denied_content(tokens: list[Token], end: int, start: int, grammar: Grammar) -> bool:
    """An act soon after a denial is what the denied claim says, where no conjunction joins another verb before
    it: "a qualifié de « sans fondement » les accusations de violations du cessez-le-feu", "rejected the
    allegations that its troops were fighting alongside the M23", "desmintió las afirmaciones de que sus buques
    habían embestido"; German states the claim after a comma ("bestritt die Angaben, ein Schiff habe ...").
    Elsewhere a comma ends the denial ("denied the claims, while its troops attacked ...")."""
    if not end <= start <= end + _DENIED_REACH:
        return False
    between = tokens[end:start]
    return not any(t.lemma in grammar.coordination or t.text == ";" for t in between) \
        and (grammar.verb_final or not any(t.text == "," for t in between))


def _is_nominal(match: TriggerMatch, sentence: Sentence, groups: list[Group], forms: list[frozenset[str]],
                grammar: Grammar) -> bool:
    """A trigger that is a noun takes its agent from a genitive or "by" phrase, not from the clause subject.
    German nouns are capitalised; elsewhere a following "by"/"of" phrase gives the noun away."""
    if grammar.verb_final:
        return all(sentence.tokens[i].text[:1].isupper() for i in match.tokens)
    if _after_passive_auxiliary(match.span[0], sentence.tokens, forms, grammar) \
            or _opening_participle(match.span[0], sentence.tokens, grammar):
        return False  # "a été critiquée par Washington", "Accusé par Kiev de ...,": a participle with its agent
    # "Poland's expulsion of Russian diplomats": where an "of" phrase follows, the subject reading holds
    after = [sentence.tokens[i].text.lower() for i in (match.span[0] + 1, match.span[1]) if i < len(sentence.tokens)]
    of_follows = any(word in grammar.genitive_markers for word in after)
    # "rejected accusations by Britain", "accepted mediation by Qatar": a pattern from a verb to its object noun, and
    # after it the marker the rule names its target by: the phrase is the object's author, the rule's target
    object_author = len(match.tokens) > 1 and match.span[1] < len(sentence.tokens) and match.rule.target_markers \
        is not None and sentence.tokens[match.span[1]].text.lower() in match.rule.target_markers
    return not object_author and _agent_after(match, sentence.tokens, groups, grammar) \
        or (not of_follows and _possessed(match, groups)) \
        or other_possessive(match.span[0], (0, match.span[0]), forms, grammar) is not None \
        or possessive_of_no_list(groups, match.span[0], (0, match.span[0]), forms, grammar) is not None \
        or match.rule.plover == "ASSAULT" and _sides_after(match, groups, grammar)  # "их санкции", "son invasion"


def _sides_after(match: TriggerMatch, groups: list[Group], grammar: Grammar) -> bool:
    """"intensos ataques de Armenia y del Ejército azerbaiyano": a force noun whose "de" phrase lists two sides, with
    no object after it, names them as its agents, each against the other (roles read the pair)."""
    end = match.span[1]
    pair = next((g for g in groups if g.genitive and len(g.members) >= 2 and 0 < g.start - end <= 2), None)
    return pair is not None and len({side_of(m.code) for m in pair.members}) >= 2 and not any(
        g.start >= pair.end and g.marker in grammar.target_markers for g in groups)


def _after_passive_auxiliary(i: int, tokens: list[Token], forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """The word before (or before an adverb before) is a passive auxiliary: "ont été expulsés", "a été
    vivement critiquée"."""
    auxiliaries = grammar.participle_auxiliaries
    if not auxiliaries or i < 1:
        return False
    if tokens[i - 1].text.lower() in auxiliaries:
        return True
    return i >= 2 and tokens[i - 1].text.lower().endswith("ment") and tokens[i - 2].text.lower() in auxiliaries


def _opening_participle(i: int, tokens: list[Token], grammar: Grammar) -> bool:
    """"Accusé par Washington de ..., Pékin a rejeté": a participle opens the sentence with its "par" agent (French:
    the languages that name their participle auxiliary)."""
    return i == 0 and bool(grammar.participle_auxiliaries) and len(tokens) > 2 \
        and tokens[0].text.lower().endswith(grammar.reduced_passive_endings) \
        and tokens[1].text.lower() in grammar.agent_markers


def _possessed(match: TriggerMatch, groups: list[Group], tokens: list[Token] | None = None) -> bool:
    """"Israel's air strike on Doha", "Russia's invasion": a possessor right before the noun carried it out (with
    `tokens`, a hyphenated compound between counts as one word: "Russia's full-scale invasion")."""
    return possessor_before(match.span[0], groups, tokens) is not None


def _reduced_passive(match: TriggerMatch, sentence: Sentence, groups: list[Group], grammar: Grammar) -> bool:
    """A participle after a noun or a comma, with no auxiliary, followed by an agent ("firms sanctioned by the
    US") or by its own complement ("firms accused of supplying drones"): an active verb would be followed by its
    object, so this is a passive (English "-ed"; the endings and complements are grammar data)."""
    if not grammar.reduced_passive_endings:
        return False
    tokens, i = sentence.tokens, match.span[0]
    if _opening_participle(i, tokens, grammar):
        return any(g.start in (2, 3) for g in groups)
    last = match.span[1] - 1  # "the missiles delivered to Kyiv": the pattern runs from the noun to its participle
    if last > i and last + 2 < len(tokens) and tokens[last].text.lower().endswith(grammar.reduced_passive_endings) \
            and _participle_modifier(tokens, last, groups, grammar):
        return True
    if i == 0 or i + 1 >= len(tokens) or not tokens[i].text.lower().endswith(grammar.reduced_passive_endings):
        return False
    before = tokens[i - 1].text.lower()
    if not (before == "," or before[:1].isalpha() and before not in grammar.reduced_passive_blockers):
        return False  # "ha acusado", "a accusé": an active perfect
    after = tokens[i + 1].text.lower().replace("’", "'")
    if "'" in after:  # "accusés d'espionnage": the elided preposition
        after = after.split("'")[0] + "'"
    if after in grammar.agent_markers:  # "... by" an actor: its agent ("brokered by": the rule reads its own "by")
        return i + 1 not in match.tokens and any(g.start == i + 2 for g in groups)
    if grammar.participle_auxiliaries and i + 2 < len(tokens) and tokens[i + 1].text.isalpha() \
            and tokens[i + 1].text.islower() and tokens[i + 2].text.lower() in grammar.agent_markers \
            and before not in grammar.determiners:
        # "l'accord signé vendredi par la RDC et le Rwanda": one word (a day, an adverb) before the agent
        return i + 2 not in match.tokens and any(g.start in (i + 3, i + 4) for g in groups)
    if before == ",":  # "broke ties with the UAE, accused of arming ...": the main clause's subject accuses,
        return _agent_in_phrase(tokens, i, groups, grammar)  # unless the phrase names one ("..., blamed ... by Kyiv")
    return participle_complement(tokens, i, grammar) or i + 2 < len(tokens) and _participle_modifier(
        tokens, i, groups, grammar)


def backer_attribute(span: tuple[int, int], tokens: list[Token], groups: list[Group], grammar: Grammar) -> bool:
    """"the militia backed by Iran", "los hutíes, respaldados por Irán,", "la milice soutenue par l'Iran", "die Huthi,
    unterstützt vom Iran,", "хуситы, поддерживаемые Ираном": a one-word participle (the language's passive or
    attribute participle endings) after a noun or a comma, or opening the sentence, with its agent right after it
    (an agent marker and a name; in a case language, the name in the instrumental) describes the noun, as the
    compound "the Iran-backed Houthis" does: whom the agent backs is a standing tie (a relation), not an act. An
    auxiliary before it ("was backed by") makes a passive clause, which tells an act."""
    i = span[0]
    if span[1] - i != 1 or i + 1 >= len(tokens):
        return False
    if i > 1 and tokens[i - 1].text == "-" and any(g.end == i - 1 for g in groups):
        return True
    if not tokens[i].text.lower().endswith(grammar.reduced_passive_endings + grammar.attribute_participle_endings):
        return False
    if i > 0:
        before = tokens[i - 1].text.lower()
        if before != "," and (grammar.verb_final or not before.isalpha() or before in grammar.reduced_passive_blockers
                              or before in grammar.participle_auxiliaries):
            return False
    after = i + 1
    if tokens[after].text.lower() in grammar.agent_markers:
        after += 1
    elif grammar.genitive_markers:
        return False  # no agent marker in a language that has them: an object, an active verb
    return any(g.start == after or g.start == after + 1 and tokens[after].text.lower() in grammar.determiners
               for g in groups)


def _participle_modifier(tokens: list[Token], i: int, groups: list[Group], grammar: Grammar) -> bool:
    """"criticised the weapons promised to Ukraine", "said the missiles delivered to Kyiv ...": a participle right
    after a common noun (no name of ours, no auxiliary, pronoun or relative), followed by the target's preposition
    and a name, modifies that noun: nobody we know is its agent (the clause's subject only talks about the thing).
    Not where the noun heads an actor ("Russian troops deployed to Belarus": they acted)."""
    before = tokens[i - 1].text.lower()
    words = grammar.roles
    if not words.modifier_prepositions or not before.isalpha() or not before.islower() or before.endswith("ly") \
            or before in (grammar.determiners | grammar.coordination | grammar.negation | words.subject_relatives
            | words.parse_relatives | words.complementizers) or any(g.start <= i - 1 < g.end for g in groups):
        return False
    if tokens[i + 1].text.lower() not in words.modifier_prepositions:
        return False
    blockers = grammar.reduced_passive_blockers
    k = i - 1  # "avaient promis à l'Ukraine" (the auxiliary by its lemma), "a aussi demandé au Hezbollah"
    while k >= max(0, i - 3) and tokens[k].text.isalpha() and tokens[k].text.islower() \
            and tokens[k].text.lower() not in grammar.determiners:
        if tokens[k].text.lower() in blockers or tokens[k].lemma in blockers:
            return False
        k -= 1  # adverbs after the auxiliary: "a fermement condamné"
    first = i + 2 + (i + 2 < len(tokens) and tokens[i + 2].text.lower() in grammar.determiners)
    return any(g.start == first for g in groups)


def _agent_in_phrase(tokens: list[Token], i: int, groups: list[Group], grammar: Grammar) -> bool:
    """An agent ("by Kyiv") in the participle phrase that starts after token `i` and ends at the next comma."""
    stop = next((k for k in range(i + 1, len(tokens)) if tokens[k].text == ","), len(tokens))
    return any(tokens[k].text.lower() in grammar.agent_markers and any(g.start in (k + 1, k + 2) for g in groups)
               for k in range(i + 1, stop))  # "par la RDC": an article between


def _topic_groups(triggers: list[TriggerMatch], groups: list, forms: list[frozenset[str]],
                  grammar: Grammar) -> set[int]:
    """The direct object of a verb of talking about ("discussed Ukraine", "to discuss Iran's nuclear programme",
    "обсудили Украину"): the actor phrase right after it (articles, a possessor's noun between), which names
    a topic, not a partner. Its ids; the partner is marked ("with Blinken") or stands beside the subject."""
    found: set[int] = set()
    for m in triggers:
        if not m.rule.topic_object:
            continue
        end = m.span[1]
        g = next((g for g in groups if end <= g.start <= end + 2 and g.marker is None), None)
        if g is not None and all(forms[i] & (grammar.determiners | grammar.possessives) for i in range(end, g.start)):
            found.add(id(g))
    return found


def _war_names(triggers: list[TriggerMatch], groups: list, sentence: Sentence, forms: list[frozenset[str]],
               grammar: Grammar) -> set[int]:
    """A pair a hyphen joins right before a war noun ("since the start of the Russia-Ukraine war", "seit Beginn des
    russisch-ukrainischen Krieges") or right after it ("la guerre russo-ukrainienne"): it names the war, not who did
    the sentence's acts ("the first strikes on ships since the Russia-Ukraine war began" names no attacker). Its ids,
    unless a trigger is the war noun itself."""
    war_nouns = grammar.roles.war_nouns
    trigger_words = {i for m in triggers for i in m.tokens}
    return {id(g) for g in groups if len(g.members) == 2 and any(
        0 <= i < len(forms) and forms[i] & war_nouns and i not in trigger_words for i in (g.end, g.start - 1))
        and hyphen_joined(g, sentence.tokens)}


def _norm_owners(groups: list, forms: list[frozenset[str]], grammar: Grammar) -> set[int]:
    """The owners of a norm a noun says was broken ("a violation of Security Council resolutions", "a breach of
    Qatar's sovereignty", "Verstoß gegen Resolutionen des UN-Sicherheitsrats", "нарушение суверенитета Катара"):
    an actor phrase between the noun of breaking and the norm noun within four words after it, or right after the
    norm noun (its genitive), no comma between. Their ids: wronged or cited, never the one a verdict judges."""
    words = grammar.roles
    found: set[int] = set()
    if not words.violation_nouns:
        return found
    for i, f in enumerate(forms):
        if not f & words.violation_nouns:
            continue
        norm = next((k for k in range(i + 1, min(len(forms), i + 5)) if forms[k] & words.norm_nouns), None)
        if norm is None or any("," in forms[k] for k in range(i, norm)):
            continue
        for g in groups:
            if i < g.start and g.end <= norm or norm < g.start <= norm + 3 \
                    and not any("," in forms[k] for k in range(norm, g.start)):
                found.add(id(g))
    return found


def _own_part(clause: tuple[int, int], span: tuple[int, int], forms: list[frozenset[str]],
              grammar: Grammar) -> tuple[int, int]:
    """The part of the clause whose passive auxiliary may be the trigger's: up to a subordinator after the trigger's
    first word, where a clause the splitter kept whole goes on ("warned that any attack by Israel would be met with a
    response" is an active warning to Israel, not one made by Israel; "Sanctions were imposed by the EU" reads its
    passive). German keeps its clause: a subordinate clause closes in its own auxiliary."""
    if grammar.verb_final:
        return clause
    end = next((i for i in range(span[0] + 1, clause[1]) if forms[i] & grammar.subordinators), clause[1])
    return clause[0], end


_INVITE: Final = "036"  # CAMEO: express intent to meet or negotiate, an invitation among them
_STATE_PASSIVE: Final = frozenset({"sein"})  # German "waren ... eingeladen": the state reached by a passive
# Russian short passive participles ("приглашены", "приглашен", "закрыты"): the ending tells them from a short
# adjective after "были" ("были готовы")
_SHORT_PARTICIPLE_ENDINGS: Final = ("н", "на", "но", "ны", "т", "та", "то", "ты")
_PASSIVE_GAP: Final = 2  # adverbs between the auxiliary and the participle: "ont également été invités"


def _acted_on_together(match: TriggerMatch, tokens: list[Token], forms: list[frozenset[str]], groups: list[Group],
                       clause: tuple[int, int], grammar: Grammar, sources: list[ActorMention]) -> bool:
    """"Le Japon, la Corée du Sud et l'Australie ont été invités", "fueron invitados", "были приглашены на саммит":
    a symmetric act told by its participle after a passive auxiliary, with no agent in the clause, was done to the
    listed subjects (`sources`, a list of free names before it) by someone the clause does not name; they did not do
    it to each other (not "l'accord a été signé entre Washington et Kiev", "соглашения двух стран были
    парафированы": the parties of the thing done). German's state passive ("waren als Partnerländer eingeladen")
    counts for an invitation only: with "sein" the participle of a meeting verb is an active perfect ("sind in Moskau
    zusammengekommen")."""
    start = match.span[0]
    listed = {m.token_start for m in sources}
    subject = next((g for g in groups if g.free and g.end <= start
                    and listed <= {m.token_start for m in g.members}), None)
    opening = _subject_opening(forms, clause[0], subject.start, grammar) if subject is not None else clause[0]
    if subject is None or any(tokens[i].text.isalpha() and tokens[i].text.islower()
                              and not forms[i] & grammar.determiners for i in range(opening, subject.start)):
        return False  # a noun before the names owns them: "соглашения двух стран были парафированы"
    if _reciprocal(forms, clause, grammar, span=match.span) or any(
            clause[0] <= g.start < clause[1] and (g.marker in grammar.agent_markers or g.instrumental) for g in groups):
        return False  # "wurden sich einig": a reflexive verb, its subjects act on each other
    if grammar.verb_final:
        auxiliaries = grammar.passive_auxiliaries | (_STATE_PASSIVE if match.rule.cameo == _INVITE else frozenset())
        return any(forms[i] & auxiliaries for i in range(clause[0], start)) \
            and not future_not_passive(forms, clause, grammar)
    participle = tokens[start].text.lower()
    if not participle.endswith(grammar.reduced_passive_endings or _SHORT_PARTICIPLE_ENDINGS):
        return False
    auxiliaries = grammar.participle_auxiliaries or grammar.passive_auxiliaries  # French: "été", not "sont"
    for i in range(start - 1, max(clause[0], start - 1 - _PASSIVE_GAP) - 1, -1):
        if forms[i] & auxiliaries:
            return True
        if not (tokens[i].text.isalpha() and tokens[i].text.islower()):
            return False
    return False


def _subject_opening(forms: list[frozenset[str]], start: int, subject: int, grammar: Grammar) -> int:
    """Where the words that could own a subject begin: after the last comma or subordinator before it, since an
    adverb or a conjunction that opens the clause ("Mientras tanto, ...", "mientras que los presidentes de ...")
    owns no name."""
    return max((i + 1 for i in range(start, subject) if "," in forms[i] or forms[i] & grammar.subordinators),
               default=start)


def _agentless_passive(match: TriggerMatch, sentence: Sentence, forms: list[frozenset[str]], groups: list[Group],
                       clause: tuple[int, int], grammar: Grammar,
                       reduced: bool = False) -> bool:
    """An auxiliary right before the trigger ("was killed", "wurde ... angegriffen") with no agent
    phrase in the clause: the grammatical subject is the target, and no source is named. `reduced`: a
    participle that is a passive without an auxiliary ("firms accused of ...")."""
    if not (grammar.agentless_passive or reduced) or not match.rule.target_required:
        return False  # "US-Truppen wurden in die Karibik verlegt": forces moved are the actor
    if _reciprocal(forms, clause, grammar, span=match.span):
        return False  # "se sont mutuellement accusés": a reflexive verb, its subjects act on each other
    start = match.span[0]
    if sentence.tokens[start].text.endswith("ing"):
        return False  # "is investigating": a progressive, not a passive
    # "are expected to sign": an auxiliary before the infinitive marker is the raising verb's, not the trigger's
    near = range(max(clause[0], start - 3), start)
    opened = next((i + 1 for i in reversed(near) if grammar.infinitive_marker in forms[i]), near.start)
    aux_before = reduced or any(forms[i] & grammar.passive_auxiliaries for i in range(opened, start))
    if grammar.verb_final:  # German: "wurde der Botschafter ... angegriffen" – auxiliary anywhere before
        aux_before = any(forms[i] & grammar.passive_auxiliaries for i in range(clause[0], start))
    in_clause = [g for g in groups if clause[0] <= g.start < clause[1]]
    has_agent = any(g.marker in grammar.agent_markers for g in in_clause) or (
        match.rule.plover in VERDICT_TYPES and verdict_seat(groups, match.span, grammar) is not None)
    targets = match.rule.target_markers if match.rule.target_markers is not None else grammar.target_markers
    has_object = any((g.marker in targets or g.marker == TRIGGER_OBJECT) and g.start > start
                     for g in in_clause)  # "is opposed to France"
    if reduced:  # "accused of helping Russia": what follows is the complement's, the object is the noun before;
        has_object = False  # its agent stands right after it ("acusados por X"), not anywhere in the clause
        has_agent = _agent_in_phrase(sentence.tokens, start, groups, grammar)
    return aux_before and not has_agent and not has_object and not match.rule.source_markers


_OPENING_QUOTES: Final = frozenset({"«", "\"", "“", "„", "‹"})  # a quoted noun after its article: « agression »


def _judged_nouns(triggers: list[TriggerMatch], sentence: Sentence, clauses: list[tuple[int, int]],
                  determiners: frozenset[str],
                  genitive: frozenset[str] = frozenset(),
                  reasons: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()),
                  bare: Grammar | None = None,
                  naming: tuple[frozenset[str], frozenset[str]] | None = None,
                  capitalised_nouns: bool = False) -> set[int]:
    """Trigger nouns right after a verdict verb in the same clause ("rejected the demands",
    "verurteilte den Angriff"), or the content of the noun it judges ("rechazó la propuesta de alto el
    fuego"), or an act noun inside an attack's own pattern: objects of the verdict or the attack, not events of
    their own. With `bare` (a language without articles, Russian) a noun opens itself: "осудили удар"."""
    judged = set()
    tokens = sentence.tokens
    elided = tuple(d for d in determiners if d.endswith(("'", "’")))  # French "l'attaque": the article in the noun
    for m in triggers:
        start = m.span[0]
        lead = start - 1 if start > 1 and tokens[start - 1].text in _OPENING_QUOTES \
            and tokens[start - 2].text.lower() in determiners else start  # "a dénoncé une « agression préméditée »"
        opening = lead if lead > 0 and (tokens[lead - 1].text.lower() in determiners
                                        or elided and tokens[start].text.lower().startswith(elided)
                                        or bare is not None and _bare_object(m, tokens, bare)) \
            else _possessor(tokens, start, determiners)  # "condemned Russia's invasion"
        if opening is None and start >= 3 and tokens[start - 1].text.lower() in genitive \
                and tokens[start - 3].text.lower() in determiners:
            opening = start - 3  # "la propuesta de alto el fuego", "la proposition de cessez-le-feu"
        if opening is None and capitalised_nouns and _right_after_verdict(m, triggers, tokens, start):
            opening = start  # "lehnt Waffenlieferungen an Kiew ab": a bare plural object
        clause = clause_of(clauses, start)
        if _verdict_reason(m, triggers, tokens, clause, determiners, reasons) \
                or naming is not None and _named_by_verdict(m, triggers, tokens, clause, naming):
            judged.add(id(m))
            continue
        if bare is not None and m.rule.cameo.startswith("112") and not bare.verb_lemma(tokens[start].lemma) \
                and _fronted_before_verdict(m, [v for v in triggers if v.rule.plover == "REJECT"], tokens, clause):
            judged.add(id(m))  # "В Минске обвинения отвергли": the charge put before the verb that rejects it
            continue
        if bare is not None and start == clause[0] and not bare.verb_lemma(tokens[start].lemma) \
                and _fronted_before_verdict(m, [v for v in triggers if _plural_verb(tokens[v.span[0]], bare)],
                                            tokens, clause):
            judged.add(id(m))  # "Удар осудили Саудовская Аравия и Кувейт": the act put first, its judges after the verb
            continue
        if opening is None:
            continue
        if bare is not None and tokens[start - 1].text.lower() in determiners \
                and _fronted_before_verdict(m, triggers, tokens, clause):
            judged.add(id(m))  # Russian "эти обвинения в Москве отвергли": the object named again before its verb
            continue
        for verdict in triggers:
            if verdict is m or verdict.span[0] < clause[0]:
                continue
            inside = verdict.span[0] < opening < verdict.span[1]
            if verdict.rule.plover in VERDICT_TYPES and (0 < opening - verdict.span[1] + 1 <= 4 or inside):
                judged.add(id(m))  # also inside the verdict: "called the killing a despicable act"
            elif verdict.rule.plover == "ASSAULT" and inside:
                judged.add(id(m))  # "ont visé les casques bleus de la Force": what an attack's pattern hits
    return judged


def _right_after_verdict(m: TriggerMatch, triggers: list[TriggerMatch], tokens: list[Token], start: int) -> bool:
    """A noun with no article right after the verb of a verdict ("lehnt Waffenlieferungen an Kiew ab"): the
    verdict's object, as with an article. Only where nouns are capitalised (German): elsewhere the word after the
    verb may be a verb of its own ("se negó a negociar")."""
    return start > 0 and tokens[start].text[:1].isupper() and any(
        v is not m and v.rule.plover in VERDICT_TYPES and v.span[0] <= start - 1 < v.span[1] for v in triggers)


# "als (einen) (schweren) Verstoß": an article and adjectives between the marker and the noun
_PREDICATE_REACH: Final = 3


def _verdict_predicates(triggers: list[TriggerMatch], tokens: list[Token], clauses: list[tuple[int, int]],
                        markers: frozenset[str]) -> set[int]:
    """"verurteilte die Luftangriffe als schweren Verstoß gegen die Waffenruhe", "kritisierte den Schritt als Angriff
    auf ...": a trigger noun in the predicate of a verdict of its clause (after "als" and lower-case words only) names
    what the verdict calls the judged act, no act of its own and none of the judge's."""
    found = set()
    for m in triggers:
        start = m.span[0]
        marker = next((i for i in range(start - 1, max(-1, start - 1 - _PREDICATE_REACH), -1)
                       if tokens[i].text.lower() in markers), None)
        if marker is None or any(not tokens[i].text[:1].islower() for i in range(marker + 1, start)):
            continue
        clause = clause_of(clauses, start)
        if any(v is not m and v.rule.plover in VERDICT_TYPES and clause[0] <= v.span[0] < clause[1]
               for v in triggers):
            found.add(id(m))
    return found


def _perfect_objects(triggers: list[TriggerMatch], tokens: list[Token], clauses: list[tuple[int, int]],
                     grammar: Grammar, judged: set[int]) -> set[int]:
    """German "Der Präsident hat die Angriffe als Verstoß gegen die Waffenruhe verurteilt": a trigger noun with its
    article right after a perfect auxiliary is the object of the participle that closes the clause; where that is a
    verdict (the next trigger of the clause that is not itself `judged`), the noun is what it judges, no act of the
    judge's. A noun alone (not "hat den Rückzug ... gefordert", a demand's own words), and no accusation ("hat den
    Vorwurf, ... zu unterstützen, zurückgewiesen"): its content is read as alleged where it is judged."""
    found = set()
    for m in triggers:
        start = m.span[0]
        if start < 2 or len(m.tokens) > 1 or tokens[start - 1].text.lower() not in grammar.determiners \
                or tokens[start - 2].lemma not in grammar.perfect_auxiliaries or m.rule.cameo.startswith("112"):
            continue
        clause = clause_of(clauses, start)
        after = [v for v in triggers if m.span[1] <= v.span[0] < clause[1] and id(v) not in judged]
        if after and min(after, key=lambda v: v.span[0]).rule.plover in VERDICT_TYPES:
            found.add(id(m))
    return found


_FRONTED_REACH: Final = 3  # "эти обвинения (в Москве неоднократно) отвергали": words between the object and its verb


def _fronted_before_verdict(m: TriggerMatch, triggers: list[TriggerMatch], tokens: list[Token],
                            clause: tuple[int, int]) -> bool:
    """A noun after a demonstrative put before the verdict verb that takes it ("эти обвинения неоднократно
    отвергали", "этот удар осудили"): Russian fronts a known object; it names an act told before, not one of its
    own whose content follows."""
    return any(v is not m and v.rule.plover in VERDICT_TYPES and v.span[0] < clause[1]
               and 0 <= v.span[0] - m.span[1] <= _FRONTED_REACH
               and not any(tokens[i].text in (",", ";", ":") for i in range(m.span[1], v.span[0]))
               for v in triggers)


def _plural_verb(token: Token, grammar: Grammar) -> bool:
    """A verb in the third person plural ("осудили", "приветствуют"): with an act noun put before it, its subject
    follows ("Удар осудили Саудовская Аравия и Кувейт")."""
    return token.text.lower().endswith(THIRD_PLURAL) and bool(grammar.verb_lemma(token.lemma))


def _bare_object(m: TriggerMatch, tokens: list[Token], grammar: Grammar) -> bool:
    """Russian "осудили удар", "осудил «неприемлемые» нападения": a noun trigger (its lemma is no verb's) after
    lower-case words and quotation marks only, up to the verb before it; the verdict before it is checked by the
    caller."""
    if grammar.verb_lemma(tokens[m.span[0]].lemma):
        return False
    i = m.span[0] - 1
    while i > 0 and m.span[0] - i <= 3 and not grammar.verb_lemma(tokens[i].lemma) and (
            tokens[i].text in QUOTE_MARKS or tokens[i].text[:1].islower() and tokens[i].text.isalpha()):
        i -= 1  # adjectives and quotation marks between: "«неприемлемые»"
    return grammar.verb_lemma(tokens[i].lemma)


_NAMING_REACH: Final = 5  # words between the naming verb and the act noun: quote marks, adjectives, "and", an article


def _named_by_verdict(m: TriggerMatch, triggers: list[TriggerMatch], tokens: list[Token], clause: tuple[int, int],
                      naming: tuple[frozenset[str], frozenset[str]]) -> bool:
    """"lodged a protest over what it called \"aggressive and dangerous manoeuvres\" by Chinese vessels": an act noun
    right after the naming verb of a free relative ("what it called") is the act a verdict before it judges, not an
    act of the judge's (its agent is the noun's own "by" phrase)."""
    verbs, relatives = naming
    start = m.span[0]
    verb = next((i for i in range(start - 1, max(-1, start - 1 - _NAMING_REACH), -1)
                 if tokens[i].text.lower() in verbs), None)
    if verb is None or any(tokens[i].text[:1].isupper() for i in range(verb + 1, start)):
        return False
    what = next((i for i in range(verb - 1, max(-1, verb - 4), -1) if tokens[i].text.lower() in relatives), None)
    return what is not None and any(v is not m and v.rule.plover in VERDICT_TYPES and clause[0] <= v.span[0]
                                    and v.span[1] <= what for v in triggers)


def _verdict_reason(m: TriggerMatch, triggers: list[TriggerMatch], tokens: list[Token], clause: tuple[int, int],
                    determiners: frozenset[str], reasons: tuple[frozenset[str], frozenset[str]]) -> bool:
    """"a condamné les États-Unis, le Japon et l'Australie pour leurs manoeuvres navales": an act noun after the
    reason preposition of a verdict earlier in its clause is what the verdict blames, not the judge's own act; after
    a possessive it is the reason of any act ("a sanctionné la Russie pour son invasion"; but "a signé un accord
    pour la livraison d'armes" names a purpose)."""
    words, possessives = reasons
    article = m.span[0] - 1
    while article > m.span[0] - 3 and article > 0 and tokens[article].text.isalpha() \
            and tokens[article].text.islower() and tokens[article].text not in determiners | possessives:
        article -= 1  # adjectives before the noun: "für den jüngsten Raketentest"
    if not words or article < 1 or tokens[article - 1].text.lower() not in words \
            or tokens[article].text.lower() not in determiners | possessives:
        return False
    owned = tokens[article].text.lower() in possessives  # "a sanctionné la Russie pour son invasion": any act's
    return any(v is not m and (owned or v.rule.plover in VERDICT_TYPES) and clause[0] <= v.span[0]
               and v.span[1] < article for v in triggers)


def _carried_agent(m: TriggerMatch, phrases: list, forms: list[frozenset[str]], grammar: Grammar,
                   triggers: list[TriggerMatch],
                   readers: tuple[bool, bool, bool]) -> tuple:
    """The agent (and object) a participle ("введённые Евросоюзом"), a side ("со стороны США") or a support verb's
    participle ("imposées par Washington") names for trigger `m`, by the readers the sentence has (`readers`: its
    participles, sides, supported flags), else (None, None)."""
    participles, sides, supported = readers
    found = instrumental_agent(phrases, m.span, forms, grammar) if participles else (None, None)
    if found[0] is None and sides:
        found = side_agent(phrases, m.span, forms, grammar, frozenset(i for o in triggers if o is not m
                                                                      for i in o.tokens))
    if found[0] is None and supported:
        found = support_participle_agent(phrases, m.span, forms, grammar)
    return found


def _act_noun(m: TriggerMatch, phrases: list, sentence: Sentence, grammar: Grammar,
              known: dict[tuple[int, int], bool]) -> bool:
    """`_is_act_noun` of a trigger among `phrases`, remembered in `known` for the sentence (asked of every other
    trigger for each trigger)."""
    key = (id(m), id(phrases))
    if key not in known:
        known[key] = _is_act_noun(m, sentence, phrases, grammar)
    return known[key]


def _per_clause(test: Callable[[tuple[int, int]], bool]) -> Callable[[tuple[int, int]], bool]:
    """`test` of a clause, remembered for the sentence."""
    seen: dict[tuple[int, int], bool] = {}

    def ask(clause: tuple[int, int]) -> bool:
        if clause not in seen:
            seen[clause] = test(clause)
        return seen[clause]

    return ask


def _fronted_act_noun(match: TriggerMatch, tokens: list[Token], groups: list[Group], grammar: Grammar) -> bool:
    """Russian "Удар осудили Саудовская Аравия и Кувейт", "Этот удар осудили ...": the act noun opens the sentence
    (a demonstrative at most before it) and a plural verb follows it with no name between; the names after the verb
    judge it, none is its agent."""
    start, end = match.span
    if any(tokens[i].text.lower() not in grammar.roles.anaphoric_determiners for i in range(start)) \
            or grammar.verb_lemma(tokens[start].lemma):
        return False
    verb = next((i for i in range(end, min(end + _FRONTED_REACH + 1, len(tokens))) if _plural_verb(tokens[i], grammar)),
                None)
    return verb is not None and not any(end <= g.start < verb for g in groups) \
        and not any(tokens[i].text in (",", ";", ":") for i in range(end, verb))


def _is_act_noun(match: TriggerMatch, sentence: Sentence, groups: list[Group], grammar: Grammar) -> bool:
    """A trigger that names an act without its actors: "den Angriff", "the strikes", "la decisión"; or without its
    agent, only whom it hit ("une agression contre le Mali": the verdict on it judges whoever carried it out)."""
    start, end = match.span
    if grammar.verb_lemma_endings:  # no articles: "осудили удар" (the subject ends before the verb, not the noun)
        if _fronted_act_noun(match, sentence.tokens, groups, grammar):
            return True
        return start > 0 and not any(g.end == start or end <= g.start <= end + 2 and g.marker not in
                                     grammar.target_markers for g in groups) \
            and _bare_object(match, sentence.tokens, grammar)
    if any(start - 1 <= g.end <= start or end <= g.start <= end + 2 and g.marker not in grammar.target_markers
           for g in groups):
        return False
    tokens = sentence.tokens
    before = start - 1
    if before > 0 and tokens[before].text in QUOTE_MARKS:
        before -= 1  # "une « agression"
    return start > 0 and (tokens[before].text.lower() in grammar.determiners
                          or tokens[start].text[:2].lower() in ("l'", "l’"))  # "l'attaque": the article written on


def _embedded_by_verb(forms: list[frozenset[str]], span: tuple[int, int], clause: tuple[int, int],
                      grammar: Grammar) -> bool:
    """One of the grammar's `embedding_verbs` between the commas around the noun ("..., einen Angriff auf
    Niger als Kriegserklärung zu betrachten"; not ", er erwarte schwierige Gespräche" after "Nach einem Treffen")."""
    start = _after_comma_before(forms, span, clause)
    end = next((i for i in range(span[1], clause[1]) if "," in forms[i]), clause[1])
    return any(forms[i] & grammar.embedding_verbs for i in range(start, end))


def _talked_about(forms: list[frozenset[str]], span: tuple[int, int], clause: tuple[int, int],
                  grammar: Grammar) -> bool:
    """One of the grammar's `embedding_verbs` before the trigger, between the commas around it ("discussed military
    cooperation with him", "besprachen die militärische Zusammenarbeit"): the cooperation is what was talked about."""
    if not grammar.embedding_verbs:
        return False
    return any(forms[i] & grammar.embedding_verbs for i in range(_after_comma_before(forms, span, clause), span[0]))


def _after_comma_before(forms: list[frozenset[str]], span: tuple[int, int], clause: tuple[int, int]) -> int:
    """Where the stretch of the clause that holds the trigger begins: after the last comma before it, else at the
    clause's start (an embedding verb past a comma governs another phrase)."""
    return next((i + 1 for i in range(span[0] - 1, clause[0] - 1, -1) if "," in forms[i]), clause[0])


def _meeting_with(match: TriggerMatch, sentence: Sentence, groups: list[Group], grammar: Grammar) -> bool:
    """German "Nach einem Treffen mit Erdogan sagte Putin ...", "Bei Gesprächen mit dem iranischen
    Außenminister ...": a meeting noun after a preposition of time gone by (`past_prepositions`), with its
    partner in a "mit" phrase, took place, and the clause's subject took part; "Vor einem Treffen mit ..." did not."""
    start, end = match.span
    tokens = sentence.tokens
    if not match.rule.symmetric or not grammar.past_prepositions or end >= len(tokens) or start < 1:
        return False
    opener = start - 2 if start >= 2 and tokens[start - 1].text.lower() in grammar.determiners else start - 1
    if opener < 0 or tokens[opener].text.lower() not in grammar.past_prepositions:
        return False
    return tokens[end].text.lower() in grammar.partner_prepositions and any(end < g.start <= end + 4 for g in groups)


_VISIT: Final = "042"  # CAMEO "make a visit"
_MEDIATE: Final = "045"  # CAMEO "mediate": between the sides of a war its hyphen pair names
_VERB_MODALITIES: Final = frozenset({"demand", "commit", "threat"})  # a governing verb's act: what it asks, promises
_DENIAL: Final = "016"  # CAMEO "deny": its relative clause stands for a claim whose author the article supplies
_CLAIMANT_REACH: Final = 4  # a denied claim's author opens the sentence: no comma before it, a few words at most


def _visit_during(match: TriggerMatch, sentence: Sentence, groups: list[Group], grammar: Grammar) -> bool:
    """Russian "Во время визита в Ханой глава Кремля ...", "В ходе визита в Пекин Путин ...": a visit noun after a
    preposition of time gone by (`past_prepositions`), with its destination right after it, took place, and the
    clause's subject made it (no background noun); "Перед визитом в Пекин ..." did not."""
    start, end = match.span
    tokens = sentence.tokens
    if match.rule.cameo != _VISIT or not grammar.partner_prepositions or start < 1 or end >= len(tokens):
        return False
    if tokens[start - 1].text.lower() not in grammar.past_prepositions:
        return False
    return tokens[end].text.lower() in grammar.location_markers and any(end < g.start <= end + 2 for g in groups)


def _fronted_possessed(span: tuple[int, int], tokens: list[Token], grammar: Grammar) -> bool:
    """"During his visit to ...", "Lors de sa visite ...", "Durante su visita ...": a possessive act noun in a phrase
    that opens the sentence (a preposition or two before it), in a language whose possessive is the subject's and
    whose subject follows the comma (not German, where the verb comes first, nor Russian "его")."""
    start = span[0]
    return 2 <= start <= 3 and tokens[start - 1].text.lower() in grammar.possessives and not grammar.verb_final \
        and not grammar.roles.other_possessives


def _subject_after_comma(span: tuple[int, int], groups: list[Group], forms: list[frozenset[str]],
                         clause: tuple[int, int]):
    """The free group right after the comma that closes a fronted phrase (an article before it), or None."""
    comma = next((i for i in range(span[1], clause[1]) if "," in forms[i]), None)
    if comma is None:
        return None
    return next((g for g in groups if comma < g.start <= comma + 2 and g.marker is None and not g.genitive), None)


def _visit_during_subject(match: TriggerMatch, sentence: Sentence, groups: list[Group], clause: tuple[int, int],
                          grammar: Grammar):
    """The subject of the clause a fronted visit phrase opens (`_visit_during`): the first free group after the
    destination, or None."""
    if not _visit_during(match, sentence, groups, grammar):
        return None
    end = match.span[1]
    destination = next(g for g in groups if end < g.start <= end + 2)
    return next((g for g in groups if g.start >= destination.end and g.start < clause[1] and g.marker is None
                 and not g.genitive and not g.possessive), None)


# Causal and concessive prepositions: "Trotz der Angriffe auf die Ukraine lehnte Ungarn ... ab", "Malgré les
# attaques contre l'Ukraine, la Hongrie ...", "Wegen des Angriffs ...": the noun is background to the clause
_BACKGROUND: Final = frozenset({"wegen", "aufgrund", "angesichts", "infolge", "trotz", "während", "malgré", "pendant",
                         "despite", "amid", "amidst", "during", "pese", "durante"})
_CONTRACTED: Final = {"al": "a", "au": "à", "aux": "à"}  # Spanish a+el, French à+le/les: the preposition they hold
_TO: Final = frozenset({"to", "a", "à"})
_OF_THE: Final = frozenset({"du", "del"})  # French de+le, Spanish de+el: always a genitive


def _pair_after(match: TriggerMatch, sentence: Sentence, groups: list[Group], grammar: Grammar) -> bool:
    """"après un appel téléphonique entre Macron et Tebboune", "tras una llamada entre Sánchez y Lula": a contact
    noun (a call, a meeting, talks) after a preposition of time gone by (`past_prepositions`), with its pair phrase
    right after it, names both parties of an act that took place: no background to the clause ("avant les
    négociations entre ..." still has to happen; "desde el alto el fuego entre ...", an accord or truce that
    holds, stays background)."""
    start, end = match.span
    if not match.rule.symmetric or match.rule.plover != "CONSULT" or not grammar.past_prepositions or start < 1:
        return False
    tokens = sentence.tokens
    opener = start - 2 if start >= 2 and tokens[start - 1].text.lower() in grammar.determiners else start - 1
    if opener > 0 and tokens[opener].text.lower() in grammar.genitive_markers:
        opener -= 1  # "después de una llamada"
    if tokens[opener].text.lower() not in grammar.past_prepositions:
        return False
    return any(g.marker in grammar.pair_markers and len(g.members) >= 2 and 0 < g.start - end <= 3 for g in groups)


_CONCEDED_TYPES: Final = frozenset({"THREATEN", "ACCUSE", "REQUEST", "REJECT"})  # said acts, said before a concession
# "despite repeated US warnings", "trotz der wiederholten Warnungen": words before the noun
_CONCESSION_REACH: Final = 3


def _conceded(start: int, forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """The trigger's word is the noun of a concessive phrase ("despite US warnings", "pese a las advertencias de
    Washington", "несмотря на предупреждения"): the concession ends at most a few words before it, no comma between
    ("lanzó la ofensiva pese a las advertencias": a pattern's gap that reaches into the phrase goes with it)."""
    for words in grammar.roles.concessive_phrases:
        for end in range(max(len(words) - 1, start - 1 - _CONCESSION_REACH), start):
            if all(words[-1 - k] in forms[end - k] for k in range(len(words))) \
                    and not any("," in forms[i] for i in range(end + 1, start)):
                return True
    return False


_CONCEDED_AGENT_REACH: Final = 4  # "despite warnings from the United States", "malgré la mise en garde de la France"


def _conceded_groups(triggers: list[TriggerMatch], groups: list[Group], tokens: list[Token],
                     forms: list[frozenset[str]], grammar: Grammar) -> dict[int, TriggerMatch | None]:
    """The actor phrases of a concession's noun, by id, with the trigger that noun is (or None): a phrase after the
    noun, up to a comma ("pese a las advertencias de Estados Unidos", "несмотря на предупреждение Вашингтона",
    "trotz der Warnung Washingtons") and the premodifier of a trigger noun ("despite a US warning"). A name after a
    verb is the clause's own ("Trotz der Warnung griff Israel ... an"); where no verb shows without a parse (en, es,
    fr), only a marked phrase is the noun's."""
    found: dict[int, TriggerMatch | None] = {}
    for m in triggers:
        noun = next((i for i in m.tokens if _conceded(i, forms, grammar)), None)
        found.update((id(g), m) for g in groups if noun is not None and g.end == noun)
    reach = _CONCESSION_REACH + _CONCEDED_AGENT_REACH
    verbs_show = grammar.verb_final or bool(grammar.verb_lemma_endings)
    for g in groups:
        if id(g) not in found and (verbs_show or not g.free) and any(
                _conceded(k, forms, grammar) for k in range(max(0, g.start - reach), g.start)
                if not any("," in forms[i] or verbs_show and grammar.verb_word(tokens[i]) for i in range(k, g.start))):
            found[id(g)] = next((m for m in triggers if m.span[0] < g.start and any(
                _conceded(i, forms, grammar) for i in m.tokens) and g.start - m.span[1] <= _CONCEDED_AGENT_REACH),
                None)
    return found


def _embedded_noun(match: TriggerMatch, sentence: Sentence, grammar: Grammar) -> bool:
    """Preposition + article + trigger ("due to the attacks", "a los ataques", "nach dem Angriff"):
    the noun is background to the clause, and the clause subject is not its agent."""
    start = match.span[0]
    if start < 1:
        return False
    if any(grammar.verb_word(sentence.tokens[i]) for i in match.tokens if i > start):
        return False  # "hatte Japan mit einem Atomschlag gedroht": the pattern's own verb is the act, not the noun
    if grammar.verb_lemma_endings:  # Russian has no articles: "в ответ на удары", "после вторжения", "к удару"
        before, head = sentence.tokens[start - 1], sentence.tokens[start]
        prepositions = joined(grammar.target_markers, grammar.location_markers, _TOPIC)
        verb = start >= 2 and grammar.verb_lemma(sentence.tokens[start - 2].lemma)
        word = before.text.lower()
        if start >= 3 and sentence.tokens[start - 2].text == "-":  # "из-за ударов": the tokenizer splits the hyphen
            word = f"{sentence.tokens[start - 3].text.lower()}-{word}"
            verb = False
        return (word in prepositions or before.lemma in prepositions) and not verb and \
            not grammar.verb_lemma(head.lemma)  # but "вступили в перестрелку"
    word = sentence.tokens[start].text.lower()
    if word.startswith(("l'", "l’")):  # French "après le début de l'invasion": the article is in the word
        at = start - 1
        article, preposition = "l'", sentence.tokens[at]
    elif start < 2:
        return False
    else:
        at = start - 2
        article, preposition = sentence.tokens[start - 1].text.lower(), sentence.tokens[at]
    contracted = article in _CONTRACTED
    if contracted:
        at = start - 1  # "a procédé au tir": "au" holds the preposition
    for frame in grammar.occurrence_verbs:  # "kommen zu": "es kam zu einem Schusswechsel" is what happened
        occurring, _, governed = frame.partition(" ")
        if (_CONTRACTED[article] if contracted else preposition.text.lower()) == governed and any(
                t.lemma == occurring for t in sentence.tokens[max(0, at - 3):at]):
            return False
    if contracted and not (article == "al" and word.endswith(("ar", "er", "ir"))):
        return True  # "como respuesta al derribo", "au tir": preposition and article in one word ("al firmar")
    prepositions = joined(grammar.target_markers, grammar.location_markers, grammar.agent_markers, _TO,
                          grammar.subordinators, _BACKGROUND,  # "since the invasion of Ukraine", "after the attack"
                          grammar.genitive_markers if not grammar.adjectives_before_nouns else frozenset())
    # (Romance genitives: "desde el inicio de la invasión")
    if start >= 3 and preposition.text.lower() in grammar.genitive_markers \
            and sentence.tokens[start - 3].text.lower() in grammar.partitives \
            and not (start >= 4 and sentence.tokens[start - 4].text.lower() in prepositions):
        return False  # "llevó a cabo uno de los ataques más duros": the quantifier is the verb's object (not in
        # a phrase of its own: "criticó a Chile por uno de los ataques")
    if article in grammar.determiners and (
            preposition.text.lower() in prepositions or preposition.lemma in prepositions):
        return True
    # "since Russia's full-scale invasion", "after Hamas's attack": background like "since the invasion"
    # (not a past verb: "after Chad's rulers banned ...", where "after" opens a clause with a subject of its own)
    if grammar.past_endings and word.isalpha() and word.endswith(grammar.past_endings):
        return False
    opening = _possessor(sentence.tokens, start, grammar.determiners, prepositions)
    return opening is not None and opening > 0 and (
        sentence.tokens[opening - 1].text.lower() in prepositions or sentence.tokens[opening - 1].lemma in prepositions)


def _noun_complement(match: TriggerMatch, sentence: Sentence, grammar: Grammar) -> bool:
    """"après le début de l'invasion turque de Chypre", "desde el inicio de la invasión iraquí de Kuwait": a
    noun that is itself the genitive of another noun (the start of it) dates the clause; only an act named
    right after a preposition ("depuis l'invasion russe de la Géorgie") is told, agent and patient given."""
    start = match.span[0]
    tokens = sentence.tokens
    word = tokens[start].text.lower()
    before = start - 1 if word.startswith(("l'", "l’")) else start - 2
    if before < 0 or grammar.adjectives_before_nouns:
        return False
    return tokens[before].text.lower() in grammar.genitive_markers or tokens[start - 1].text.lower() in _OF_THE


_POSSESSIVE: Final = frozenset({"'s", "’s", "'", "’"})
_PHRASE_LINKS: Final = frozenset({"and", "or", ",", ";"})  # a possessor's noun phrase ends before them


def _possessor(tokens: list[Token], start: int, determiners: frozenset[str],
               stop: frozenset[str] = frozenset()) -> int | None:
    """Where the possessor before a noun begins ("Russia's full-scale invasion" → "Russia"), or None."""
    i = start - 1
    while i >= 0 and start - i <= 4 and tokens[i].text not in _POSSESSIVE and (
            tokens[i].text[:1].islower() and tokens[i].text not in _PHRASE_LINKS or tokens[i].text == "-"):
        i -= 1  # adjectives between: "full-scale", "surprise" (not "Russia's decision and expressed solidarity")
    if i < 1 or tokens[i].text not in _POSSESSIVE:
        return None
    j = i - 1
    while j >= 0 and i - j <= 4 and tokens[j].text.lower() not in stop and (
            tokens[j].text[:1].isupper() or tokens[j].text.lower() in determiners):
        j -= 1  # the possessor: "Russia", "the United States"
    return j + 1 if j + 1 < i else None


def _has_own_agent(match: TriggerMatch, sentence: Sentence, groups: list[Group], forms: list[frozenset[str]],
                   grammar: Grammar) -> bool:
    """A nominal trigger with its own agent ("US arms sales to Taiwan", "Lieferungen des Westens an ...")
    keeps its prepositional objects: another verb's target is not behind it. A trigger that ends in its
    own "de" ("con la mediación de Catar") has its agent right there."""
    last = match.span[1] - 1
    if not grammar.verb_final and sentence.tokens[last].text.lower() in grammar.genitive_markers \
            and any(g.start in (last + 1, last + 2) for g in groups):
        return True
    if not grammar.verb_final and any(g.start == last + 1 and g.genitive for g in groups) \
            and elided_de(sentence.tokens[last + 1].text):
        return True  # "l'attaque d'Israël contre l'Iran": the elided "de" on the name
    if not _is_nominal(match, sentence, groups, forms, grammar) and not any(g.end == match.span[0] for g in groups):
        return False
    return any(g.end == match.span[0] for g in groups) or _agent_after(match, sentence.tokens, groups, grammar) \
        or _possessed(match, groups)


# CAMEO: pledged material aid, a visit: the act goes from each subject to a party outside them ("Denmark, France and
# Germany pledged jets to Poland", "В Йоханнесбург прибыли X, Y и Z"): co-givers and co-visitors are no pair
_ONE_WAY: Final = ("033", "042")


def _pairs(rule: Rule, sources: list[ActorMention], targets: list[ActorMention], mutual: bool = False):
    if mutual:
        for s in sources:
            for t in sources:
                if s is not t:
                    yield s, t
        return
    if targets:
        for s in sources:
            for t in targets:
                yield s, t
                if rule.reciprocal:  # "X clashed with Y": Y fought X as well
                    yield t, s
    elif rule.symmetric and len(sources) >= 2 and not rule.cameo.startswith(_ONE_WAY):
        for i, s in enumerate(sources):
            for t in sources[i + 1:]:
                yield s, t
    elif not rule.target_required:
        for s in sources:
            yield s, None


def _reciprocal(forms: list[frozenset[str]], clause: tuple[int, int], grammar: Grammar,
                vocabulary: frozenset[str] | None = None,
                span: tuple[int, int] | None = None) -> bool:
    """A reciprocal word in the clause ("beschossen sich", "gegenseitig"; two words: "each other"): coordinated
    subjects act on each other. `vocabulary`: the union of `forms` (never empty sets), where the caller has it:
    without a reciprocal word or a phrase's first word in it, no clause is read. A near reciprocal word counts only
    by the trigger `span` ("обвиняют друг друга", not "защищать друг друга в случае нападения")."""
    near = grammar.roles.near_reciprocal_words
    if near and span is not None and _reciprocal_in(forms, (max(clause[0], span[0] - 1), min(clause[1], span[1] + 2)),
                                                    near, vocabulary):
        return True
    return _reciprocal_in(forms, clause, grammar.roles.reciprocal_words, vocabulary)


def _reciprocal_in(forms: list[frozenset[str]], window: tuple[int, int], words: frozenset[str],
                   vocabulary: frozenset[str] | None) -> bool:
    """One of `words` (a word, or a phrase of two) in the window of tokens."""
    return bool(words) and not absent(words, vocabulary) and any(forms[i] <= words  # not "gegenseitige Hilfe": a word
                               or i + 1 < window[1] and any(f"{a} {b}" in words for a in forms[i] for b in forms[i + 1])
                               for i in range(*window))


_RECIPROCAL_REACH: Final = 2  # "se sont mutuellement accusés", "se sont accusés mutuellement": the word by the verb


def _reciprocal_by(forms: list[frozenset[str]], span: tuple[int, int], grammar: Grammar) -> bool:
    """A reciprocal adverb right before or after the trigger ("mutuellement", "gegenseitig"), not one further on."""
    words = grammar.roles.reciprocal_adverbs
    return bool(words) and any(forms[i] <= words for i in range(max(0, span[0] - _RECIPROCAL_REACH),
                                                                 min(len(forms), span[1] + 1)))


def _asker_only(roles: Roles, cue: int | None) -> bool:
    """Keep the sources that stand before the demand word (who asks); False when none is left."""
    if cue is None:
        return True
    roles.sources = [m for m in roles.sources if m.token_start < cue]
    return bool(roles.sources)


def _asked(cue: int, span: tuple[int, int], groups: list[Group]):
    """The one asked to act: the first actor phrase between the demand word and the act (not a genitive or a
    possessive), or None where nobody is named there."""
    return next((g for g in groups if cue < g.start and g.end <= span[0] and not g.genitive and not g.possessive),
                None)


def _asked_elsewhere(roles: Roles, cue: int | None, span: tuple[int, int], groups: list[Group]) -> bool:
    """"exhorté l'Allemagne à livrer des missiles à l'Ukraine", "urged Israel to stop its strikes on Lebanon": an
    actor between the demand word and the act is the one asked, and it would carry the act out; an act it would aim
    at another party is no demand of the asker on that party (the urging verb codes the request to the one asked)."""
    if cue is None or not roles.targets:
        return False
    asked = _asked(cue, span, groups)
    return asked is not None and not any(t in asked.members for t in roles.targets)


def _asked_no_one(roles: Roles, cue: int | None, span: tuple[int, int], groups: list[Group]) -> bool:
    """"called for tougher sanctions on Russia", "призвали усилить давление на Москву": a hostile act the asker calls
    for, with no actor between the demand word and the act (nobody named is asked to carry it out) and a target of
    its own in the sentence, is no demand on that target (one taken from the context, "Страны Балтии настаивают на
    ужесточении санкций" after the EU's sanctions, is the body asked to impose them)."""
    return cue is not None and bool(roles.targets) and not roles.target_from_context \
        and _asked(cue, span, groups) is None


def _fronted_meeting_pair(span: tuple[int, int], sentence: Sentence, groups: list[Group], grammar: Grammar):
    """"Bei einem Treffen in Ankara, ...", "En su encuentro en Brasilia, Lula y Petro hablaron", "At talks in Doha,
    Israeli and Hamas negotiators ...": a meeting noun in the phrase that opens the sentence (with one of the
    language's `fronted_openers`) and no party of its own is the meeting of the coordinated subject after its comma;
    the place named in the phrase only hosts it."""
    tokens = sentence.tokens
    if not tokens or tokens[0].text.lower() not in grammar.roles.fronted_openers:
        return None
    comma = next((i for i, t in enumerate(tokens) if t.text == ","), None)
    if comma is None or span[0] > comma or any(g.start < comma and g.marker not in grammar.location_markers
                                               and not all(m.kind in (PLACE, "capital") for m in g.members)
                                               for g in groups):
        return None  # "After talks with Iran, Russia and China agreed": the phrase names a party of its own
    return next((g for g in groups if comma < g.start <= comma + 3 and g.marker is None and not g.genitive
                 and len({side_of(m.code) for m in g.members}) >= 2), None)


def _fronted_judged(match: TriggerMatch, nominal: bool, roles: Roles, triggers: list[TriggerMatch], groups: list[Group],
                    clause: tuple[int, int],
                    grammar: Grammar):
    """Russian "Удары Израиля по Ирану осудил Китай": a clause that opens with an act noun and its genitive agent,
    then a verdict verb and a name right after it; the name is the verb's subject (the object stands first), the
    genitive the one judged. Returns the subject group, or None."""
    if nominal or not grammar.verb_lemma_endings or match.rule.plover not in VERDICT_TYPES or not roles.sources:
        return None
    span = match.span
    act = next((m for m in triggers if m.span[0] == clause[0] and m.span[1] < span[0]), None)
    after = next((g for g in groups if g.start == span[1] and g.marker is None and not g.genitive), None)
    agent = next((g for g in groups if act is not None and g.genitive and act.span[1] <= g.start < span[0]
                  and g.members == roles.sources), None)
    return after if act is not None and agent is not None and after is not None else None


def _fronted_meeting_partner(forms: list[frozenset[str]], groups: list[Group], grammar: Grammar,
                             triggers: frozenset[int]):
    """"По итогам переговоров с Си Цзиньпином Путин подписал ...", "На встрече с Путиным Моди осудил ...": a
    meeting noun that opens the sentence after a preposition of time gone by, its partner's phrase and, right after
    it, the clause's subject. The subject met the partner, and a mutual act of the subject with no partner of its
    own was done with that partner. (noun index, partner group, subject group) or None."""
    if not grammar.partner_prepositions:
        return None

    def opened(k: int) -> bool:  # "После встречи", "After a meeting", "Tras una reunión", "Nach einem Treffen"
        before = k - 2 if k >= 2 and forms[k - 1] & grammar.determiners else k - 1
        return 0 <= before <= 1 and bool(forms[before] & grammar.past_prepositions)

    def gerund(k: int) -> bool:  # "After meeting NATO's chief, the Serbian president said": the partner is its object
        return bool(grammar.participle_endings) and any(w.endswith(grammar.participle_endings) for w in forms[k])

    noun = next((k for k in range(1, min(5, len(forms) - 1)) if opened(k) and k in triggers
                 and (forms[k + 1] & grammar.partner_prepositions or gerund(k))), None)
    if noun is None:
        return None
    first = noun + 2 if forms[noun + 1] & grammar.partner_prepositions else noun + 1
    partner = next((g for g in groups if first <= g.start <= first + 1), None)
    if partner is None:
        return None
    # "After a meeting with his Saudi counterpart in Riyadh on Sunday, Pakistan's foreign minister said": the
    # place and the day of the meeting, a comma (or the German verb) may stand before the subject
    places = place_tokens(groups, forms, grammar)
    subject = next((g for g in groups if g.start >= partner.end and g.start - 1 not in places
                    and g.marker not in grammar.location_markers), None)
    if subject is None or subject.marker is not None or subject.genitive:
        return None
    gap = range(partner.end, subject.start)
    if len([i for i in gap if i not in places]) > _MET_GAP \
            or any(forms[i] & grammar.partner_prepositions or i in triggers for i in gap) \
            or any(partner.end <= g.start < subject.start and g.start - 1 not in places for g in groups):
        return None
    return noun, partner, subject


_SIGNING: Final = "057"  # CAMEO: sign a formal agreement
_MET_GAP: Final = 4  # words (places aside) between a fronted meeting's partner and the subject: "on Sunday ,"


_THREATENED: Final = frozenset({"SANCTION", "ASSAULT", "COERCE", "MOBILIZE"})  # acts a condition turns into threats


# the readings of a consequence a speaker announces: "werde ... verhängen" (plan), "would strike" (hypothetical), "will
# expel" (a decided act: reported or asserted)
_SPOKEN_CONSEQUENCES: Final = frozenset({"hypothetical", "plan", "reported", "asserted"})
# the acts such a consequence threatens the condition's party with; a show of force on a condition is a posture, often
# mirrored ("la Chine serait prête à procéder à un tir d'essai si Washington en faisait autant"), aimed at no one
_SPOKEN_THREATS: Final = frozenset({"SANCTION", "ASSAULT", "COERCE"})


def _own_consequence(forms: list[frozenset[str]], span: tuple[int, int], phrases: list[Group], roles: Roles,
                     grammar: Grammar) -> bool:
    """A hostile act told as the consequence of a condition that names another party, in a sentence its own side
    speaks ("Sollte Moskau nicht einlenken, werde die EU Sanktionen verhängen, sagte Kallas", "Si México no frena
    ..., Washington impondrá aranceles, advirtió Trump"): the speaker's threat. An analyst's or a third party's
    supposition ("if Iran attacks, Israel could strike back, analysts said") names no speaker of the act's side."""
    condition = _condition(forms, span, grammar)
    if condition is None or _conditioned_party(condition, phrases, roles.sources) is None:
        return False
    if all(m.token_start < condition[0] for m in roles.sources) and span[0] >= condition[1]:
        return True  # "Merz sagte, sollte Moskau nicht ..., werde Europa ... beschließen": the speaker frames it
    own = {m.token_start for m in roles.sources}
    sides = {side_of(m.code) for m in roles.sources}
    return any(not (condition[0] < g.start < condition[1]) and not (span[0] <= g.start < span[1])
               and own.isdisjoint(m.token_start for m in g.members)
               and any(side_of(m.code) in sides for m in g.members) for g in phrases)


def _condition_content(forms: list[frozenset[str]], span: tuple[int, int], grammar: Grammar) -> bool:
    """The act belongs to the sentence's condition, past its comma (below): no consequence to turn into a threat."""
    condition = _condition(forms, span, grammar)
    return condition is not None and _in_condition_infinitive(forms, span, condition, grammar)


def _in_condition_infinitive(forms: list[frozenset[str]], span: tuple[int, int], condition: tuple[int, int],
                             grammar: Grammar) -> bool:
    """German: the act stands in an infinitive clause that continues the condition past its comma ("wenn die USA
    zusicherten, keine Angriffe zu verüben", "sollte X versuchen, ihn festnehmen zu lassen"): the condition's own
    content, no consequence of it (the main clause after a fronted condition opens with its finite verb, no "zu")."""
    marker = grammar.infinitive_marker
    if not grammar.verb_final or not marker or span[0] < condition[1]:
        return False
    start = condition[1]
    while start < span[0]:
        end = clause_end(forms, start)
        if not any(marker in forms[i] for i in range(start + 1, end)):
            return False
        if span[0] < end:
            return True
        start = end
    return False


def _in_quotation(forms: list[frozenset[str]], span: tuple[int, int]) -> bool:
    """The act stands between quotation marks: a speaker's own words ("If they strike, we will respond")."""
    return any(forms[i] & QUOTE_MARKS for i in range(span[0])) \
        and any(forms[i] & QUOTE_MARKS for i in range(span[1], len(forms)))


def _condition(forms: list[frozenset[str]], span: tuple[int, int], grammar: Grammar,
               words: frozenset[str] | None = None) -> tuple[int, int] | None:
    """The sentence's condition clause (from its word, "if", "si", "wenn", "если", to the next comma), unless the
    act stands inside it ("could close Hormuz if the US strikes": the strike is the condition, not the threat).
    `words`: other openers than the conditions (the provocation a threat answers: "nachdem")."""
    clause = condition_clause(forms, grammar.roles.conditions if words is None else words, CLAUSE_ENDS)
    return None if clause is not None and clause[0] < span[0] < clause[1] else clause


def _conditioned_party(condition: tuple[int, int] | None, phrases, sources):
    """The first free actor phrase inside the condition clause that is none of the sources: the one a conditional
    threat or a conditional hostile act is aimed at ("if Japan goes on", "если Варшава закроет"), not a place the
    condition speaks of ("si l'offensive se poursuit à Gaza", "if the fighting spreads to Lebanon")."""
    if condition is None:
        return None
    sides = {side_of(m.code) for m in sources}
    return next((g for g in phrases if g.free and condition[0] < g.start < condition[1]
                 and not any(side_of(m.code) in sides for m in g.members)), None)


def _inside_condition(targets: list[ActorMention], condition: tuple[int, int] | None) -> bool:
    """All targets are named inside the condition clause: they say what would set a threat off (whom arms would
    go to, where funds would be spent), not whom it is made against."""
    return condition is not None and bool(targets) and all(condition[0] < m.token_start < condition[1]
                                                             for m in targets)


_SERVING: Final = frozenset({"043", MEDIATION})  # CAMEO: host talks, mediate: a third party's service to the sides
# words between a service verb and the talks it served: "mediated the talks", "hosted these talks"
_SERVED_GAP: Final = 2


def _parties_of(actors: list[ActorMention]) -> frozenset[str]:
    """The parties a sentence names (by name, capital, adjective or place): the side of a dyad a demand is made of."""
    return frozenset(party(m.code) for m in actors)


def _between_others(phrases: list[Group], span: tuple[int, int], clause: tuple[int, int],
                    sources: list[ActorMention], grammar: Grammar) -> bool:
    """A pair named after the trigger with the language's pair preposition ("une trêve entre Israël et le Hamas",
    "una tregua entre Israel y Hamás") and none of the subjects in it: the act is between those two, and the
    subjects only brought it about."""
    own = {party(m.code) for m in sources}
    return any(g.marker in grammar.pair_markers and span[1] <= g.start < clause[1] and len(g.members) >= 2
               and own.isdisjoint(party(m.code) for m in g.members) for g in phrases)


def _served_object(verb_end: int, noun: int, forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """The talks noun is the direct object of the service verb before it: only a determiner or two between them
    ("hosted the talks"; not "U.S.-brokered talks", a modifier, nor "unter Vermittlung Katars vereinbart")."""
    return 1 <= noun - verb_end <= _SERVED_GAP and all(forms[k] & grammar.determiners for k in range(verb_end, noun))


_OWN_FORCES: Final = frozenset({"152"})  # CAMEO: raise military alert (not 154: troops moved at home are domestic)


_HOME_ASKS: Final = frozenset({"REQUEST", "REJECT"})


def _asked_at_home(source: ActorMention, plover: str, modality: str) -> bool:
    """A party's demand or refusal ("die AfD verlangte Gespräche mit Teheran", "LFI a rejeté l'accord") is made of its
    own government, whatever state its content names: no state abroad is asked or refused."""
    return source.kind == "group" and source.agent in PARTY_AGENTS and (plover in _HOME_ASKS or modality == "demand")


def _list_named_again(side: list[ActorMention], other: list[ActorMention]) -> bool:
    """"Uganda and Rwanda arm the rebels, an accusation both governments rejected": a counted reference on one side of
    a one-way act that names exactly the states the other side lists (two or more, each by name) stands for that same
    list, whose members do not act on each other through it. Not where it names more ("the embassy condemned the
    deliveries as a conflict between both countries": the accuser's own state and the accused), and not for a mutual
    or reciprocal act ("both countries accused each other", "a firefight between the two countries' guards")."""
    names = {side_of(m.code) for m in other if not m.note.startswith(REFERS)}
    return len(names) >= 2 and any(m.note.startswith(REFERS) and {side_of(code) for code in members(m)} == names
                                   for m in side)


def _adjectives_after_pronoun(roles: Roles, tokens: list[Token], clause: tuple[int, int], span: tuple[int, int],
                              grammar: Grammar) -> bool:
    """A subject pronoun before the trigger ("he", "il", "er", "он") and, as the only sources, adjectives after it
    in an active clause ("He cut the funds of the agency for Palestinian refugees"): the adjective qualifies the
    object, the pronoun is who acted (the article's context names them)."""
    return bool(roles.sources) and not roles.passive and all(
        m.kind == "adjective" and m.token_start >= span[1] for m in roles.sources) and any(
        token_text(t).lower() in grammar.pronouns for t in tokens[clause[0]:span[0]])


def _events_for(doc: Document, sentence: Sentence, match: TriggerMatch, roles: Roles, forms: list[frozenset[str]],
                clause: tuple[int, int],
                ruleset: RuleSet, modality: str, quoted: frozenset[int], dates: Callable[[], list[DateRef]],
                refused: bool = False, nominal: bool = False, negation_from: int = 0, conditioned: bool = False,
                vocabulary: frozenset[str] | None = None,
                demand_word: tuple[int, tuple[int, int]] | None = None):
    rule = match.rule
    reciprocal = not rule.symmetric and _reciprocal(forms, clause, ruleset.grammar, vocabulary, match.span)
    mutual = roles.mutual or (rule.mutual or reciprocal) and not roles.targets and len(roles.sources) >= 2
    pairs = [(s, t) for s, t in _pairs(rule, roles.sources, roles.targets, mutual)
             # not an actor acting on itself, or a country on its government
             if (t is None or not same_party(s.code, t.code))
             and not _asked_at_home(s, rule.plover, modality)]
    if not (mutual or rule.symmetric or rule.reciprocal):
        if _list_named_again(roles.targets, roles.sources):
            pairs = [(s, t) for s, t in pairs if t is None or not t.note.startswith(REFERS)]
        if _list_named_again(roles.sources, roles.targets):
            pairs = [(s, t) for s, t in pairs if not s.note.startswith(REFERS)]
    if not pairs and roles.targets and not mutual and not rule.target_required and rule.cameo in _OWN_FORCES:
        # "Taiwans Verteidigungsministerium versetzte ... Einheiten der Insel in Alarmbereitschaft": own forces put on
        # alert on their own soil are aimed at no one named (not a flight, a violated airspace or a deployment, where
        # one country on both sides is a misread role or a domestic move)
        pairs = [(s, None) for s in roles.sources]
    if not pairs:
        return  # most triggers find no pair: their negation and the sentence's dates are not needed
    grammar = ruleset.grammar
    span = match.span
    # "призвала Киев не допускать ударов", "urged Kyiv not to strike": a demand is negated before its own word; a
    # negation after it is what is asked ("не призвала Киев наступать" asks nothing); so too a threat's word
    negated_at, negation_clause = (span, (max(clause[0], negation_from), clause[1])) if demand_word is None else (
        (demand_word[0], demand_word[0] + 1), demand_word[1])
    negated = refused or is_negated(forms, negated_at, negation_clause, grammar, match.tokens, quoted, vocabulary)
    cameo, plover = reinterpret(rule, modality)
    entry = lookup(cameo)
    tokens = sentence.tokens
    trigger_start, trigger_end = tokens[span[0]].start, tokens[span[1] - 1].end
    date_ref = nearest_date(dates(), anchor=trigger_start - sentence.start)
    # a sentence without a date expression gives its act no date (EVAL.md: "otherwise null"), in the lead too: the
    # publication date stays the event's `date`, marked as such (model.date_fields), not claimed as its day; but a
    # live blog entry headed by its clock time ("08:40 ...") is of the publication day
    when = _event_day(date_ref, modality, sentence, span, clause, forms, grammar) if date_ref \
        else clock_entry_day(sentence.text, doc.published)
    precision = date_ref.precision if date_ref else ("day" if when else None)
    pronoun = roles.subject_pronoun
    rule_key = f"{ruleset.lang}.{rule.id}"
    for source, target in pairs:
        # "..., qu'il accuse de ...": the source attaches where its pronoun stands, in the clause
        cued = source if pronoun is None else replace(source, token_start=pronoun, token_end=pronoun + 1)
        cues = confidence.cues(match.weight, plover, span, clause, "conditional" if conditioned else modality,
                               cued, target,
                               roles.from_outside_clause and pronoun is None, len(pairs),
                               len(tokens) - clock_heading(tokens), nominal)
        yield Event(
            doc_id=doc.id,
            source=source.code,
            target=target.code if target else None,
            cameo=cameo,
            plover=plover,
            goldstein=entry.goldstein,
            quad_class=entry.quad_class,
            evidence=sentence.text,
            evidence_start=sentence.start,
            evidence_end=sentence.end,
            rule=rule_key,
            ruleset_version=ruleset.version,
            date=when,
            date_precision=precision,
            published=doc.published,
            negated=negated,
            modality=modality,
            source_text=source.surface,
            target_text=target.surface if target else None,
            source_entry=source.entry,
            target_entry=target.entry if target else None,
            trigger_start=trigger_start,
            trigger_end=trigger_end,
            confidence=confidence.score(cues, rule_key),
            lang=ruleset.lang,
        )


_ANNOUNCING: Final = ("commit", "report")  # the cue kinds of a word that tells when a plan was made known


def _event_day(date_ref: DateRef, modality: str, sentence: Sentence, span: tuple[int, int],
               clause: tuple[int, int], forms: list[frozenset[str]], grammar: Grammar) -> date:
    """The day a date expression gives an event: a bare weekday is the coming one in a plan ("se reunirá el
    jueves"), the past one in a report ("met on Thursday")."""
    if modality == "plan" and date_ref.coming is not None \
            and _planned_day(date_ref, sentence, span, clause, forms, grammar):
        return date_ref.coming
    return date_ref.value


def _planned_day(date_ref: DateRef, sentence: Sentence, span: tuple[int, int], clause: tuple[int, int],
                 forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """Whether a plan's weekday is the day of the planned act ("se reunirá el jueves con", "В понедельник ...
    должен встретиться"), not the day it was made known ("anunciaron el jueves que firmarán", "agreed on
    Wednesday to sell", "met on Saturday to discuss"): the weekday stands in the act's clause, with no pledge or
    speech word between it and the act, nor just before it, and not right before an infinitive marker."""
    tokens = sentence.tokens
    at = next((i for i, t in enumerate(tokens) if t.start - sentence.start >= date_ref.char_start), len(tokens))
    if not clause[0] <= at < clause[1]:
        return False
    after = next((i for i, t in enumerate(tokens) if t.start - sentence.start >= date_ref.char_end), len(tokens))
    if after < span[0] and grammar.infinitive_marker in forms[after]:
        return False  # "met the envoys on Friday to discuss": the day of the verb the purpose follows
    between = range(min(at + 1, span[1]), max(at, span[0]))
    announcing = frozenset().union(*(grammar.modality.get(kind, frozenset()) for kind in _ANNOUNCING))
    return all(forms[i].isdisjoint(announcing) for i in (*between, *range(max(clause[0], at - 3), at)))


def _marked_after(match: TriggerMatch, sentence: Sentence, span: tuple[int, int], clause: tuple[int, int],
                  grammar: Grammar) -> bool:
    """Whether a target marker of the rule follows the trigger in its clause ("imposés par les États-Unis contre ses
    exportations"): the act names whom it is aimed at, even where no actor could be read there."""
    markers = match.rule.target_markers if match.rule.target_markers is not None else grammar.target_markers
    return any(t.text.lower() in markers for t in sentence.tokens[span[1]:clause[1]])

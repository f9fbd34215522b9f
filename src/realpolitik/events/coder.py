"""The event coder: rules + actors + clause structure → coded events.

For each sentence: cut clauses, match every rule's trigger patterns, keep the
most specific match where matches overlap, find source and target groups for
each trigger, expand groups into one event per actor pair, then settle
negation, modality, date and confidence.

This module holds the article's loop (code_sentences) and the sentence's (code_sentence), which asks the readers
of the other modules in turn: the trigger scan (triggers.py), sentences without a named subject
(dropped_subject.py), the mention and event filters (sentence_filters.py), the agents of nouns and passives
(voice.py), verdicts and what they judge (verdict_objects.py), phrases that are no party (topics.py), the content of
accusations and denials (allegations.py), conditional threats (conditions.py), meetings, visits and envoys
(meetings.py), demands and refusals (demands.py), custody and places (custody.py), reciprocal words
(reciprocal.py), and last the event assembly (assembly.py) with its dates (event_dates.py).

`code_sentence` is a short sequence of named steps: the sentence's reading (`_read_sentence`, then what its
triggers judge and carry), then for each trigger (`_code_trigger`) the steps that keep or drop it, read its
roles and correct them, and assemble its events. The steps share three small records: `_SentenceState` (what
every trigger of the sentence reads), `_Article` (what the article told before it) and `_Trigger` (one trigger's
reading so far).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from functools import partial
from typing import Final, TypeVar, cast

from realpolitik.budget import checkpoint
from realpolitik.codes import party, same_party, side_of
from realpolitik.events import confidence, trace
from realpolitik.events.allegations import (
    _ACCUSE,
    _ALLEGED_REACH,
    DENIAL,
    _absolute_participle_after,
    _accused_content,
    _content_after_comma,
    _denied_content,
    _denied_right_after,
)
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
    pronoun_object,
    repeaters,
    same_act,
    same_force,
    sides_addressed,
    steps_named,
)
from realpolitik.events.assembly import _events_for
from realpolitik.events.clauses import (
    after_refusal,
    clause_of,
    continues_main_clause,
    future_not_passive,
    opens_participle,
    quoted_tokens,
    sentence_forms,
    split_clauses,
    under_refusal_noun,
)
from realpolitik.events.conditions import (
    _SPOKEN_CONSEQUENCES,
    _SPOKEN_THREATS,
    _THREATENED,
    _condition,
    _condition_content,
    _conditioned_party,
    _in_quotation,
    _inside_condition,
    _own_consequence,
)
from realpolitik.events.custody import (
    _ARREST,
    _HELD_TYPES,
    _RELEASE_DEMANDS,
    CRIME_ACTS,
    CRIMINALS,
    PLACE_ACTS,
    _holder,
    _place_of_force,
)
from realpolitik.events.demands import (
    _asked_elsewhere,
    _asked_no_one,
    _asker_only,
    _causee,
    _joiner,
    _obliged_party,
    _refused_party,
    _refuser,
    _state_asked_for,
)
from realpolitik.events.dropped_subject import (
    _PRO_DROP,
    _after_dropped_clause,
    _has_pronoun,
    _may_open,
    _opens_sentence,
    _person_form,
    _unknown_before_verb,
    opens_with_pronoun,
)
from realpolitik.events.elections import congratulated, voted_states
from realpolitik.events.event_dates import _story_of, _told_from_story
from realpolitik.events.followers import earlier_doers, neuter_antecedent, ranked_subject, summarised_act_author
from realpolitik.events.meetings import (
    _ENVOYS,
    _SERVING,
    _SIGNING,
    _SUMMONS,
    _VISIT,
    _between_others,
    _envoy_post,
    _envoy_state,
    _fronted_meeting_pair,
    _fronted_meeting_partner,
    _fronted_possessed,
    _meeting_with,
    _pair_after,
    _served_object,
    _subject_after_comma,
    _visit_during,
    _visit_during_subject,
)
from realpolitik.events.modality import demand_cue_at, read_modality, ultimatum
from realpolitik.events.questions import asks
from realpolitik.events.reciprocal import _reciprocal, _reciprocal_by
from realpolitik.events.roles import (
    COOPERATIVE,
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
    expand_references,
    group_mentions,
    held_at_place,
    hyphen_pair_parties,
    mark_groups,
    participle_attributes,
    quoted_by_pronoun,
    relative_agent,
    relative_bystander,
    split_clause_subject,
    support_participle_agent,
)
from realpolitik.events.roles_dep import Parse, parser_for, refine
from realpolitik.events.rules import Grammar, RuleSet, joined, load_rules
from realpolitik.events.sentence_filters import (
    _without_agreed_measure,
    _without_named_apposition,
    _without_press_title,
    _without_resumptive_reference,
    _without_second_fill,
)
from realpolitik.events.topics import (
    _CONCEDED_TYPES,
    _conceded,
    _conceded_groups,
    _embedded_by_verb,
    _embedded_noun,
    _noun_complement,
    _talked_about,
    _topic_groups,
    _war_names,
    yielder,
)
from realpolitik.events.triggers import TriggerMatch, _kinds_at, _meeting_names, find_triggers, inner_name_words
from realpolitik.events.verdict_objects import (
    _act_noun,
    _fronted_judged,
    _judged_act,
    _judged_agent,
    _judged_nouns,
    _marked_after,
    _norm_owners,
    _perfect_objects,
    _plural_verb,
    _verdict_predicates,
)
from realpolitik.events.voice import (
    _acted_on_together,
    _agent_after,
    _agentless_passive,
    _carried_agent,
    _has_own_agent,
    _is_nominal,
    _own_part,
    _patient_then_agent,
    _possessed,
    _reduced_passive,
    backer_attribute,
)
from realpolitik.language.dates import DateRef, find_dates
from realpolitik.language.tokens import DASHES, QUOTE_MARKS
from realpolitik.model import PLACE, UNREALISED_MODALITIES, ActorMention, Document, Event, Sentence, Token, token_text

log: Final = logging.getLogger(__name__)


def code_sentences(doc: Document, sentences: list[Sentence], actors: list[list[ActorMention]],
                   lang: str, title: tuple[list[Sentence], list[list[ActorMention]]] | None = None,
                   answers: dict[int, ActorMention] | None = None) -> list[Event]:
    """All events of a document. A language without rules yields none (and says so in the log). The `title`'s
    sentences and actors, where given, yield no events of their own: they say which pair the article is about.
    `answers` gives the interviewee by the index of each sentence of an interview's answers
    (actors/interview.py): a verb there in the first person with its pronoun dropped has her as its subject."""
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
        guest = answers.get(position) if answers else None
        told = code_sentence(doc, sentence, own, ruleset, context=events[first:],
                             subject=_speaking(guest, sentence) if guest is not None
                             and _first_person_verb(sentence, ruleset.grammar) else subject,
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


def _speaking(guest: ActorMention, sentence: Sentence) -> ActorMention:
    """The interviewee as the subject of her answer's sentence: placed there, after the events of the question
    before it ("P: Brasil acusó a Paraguay. R: Rechazamos esa acusación": the dropped "we" is hers, not Brazil's,
    events/article._source_from_context)."""
    return replace(guest, start=sentence.start, end=sentence.start, token_start=-1, token_end=-1,
                   note=f"the interviewee, {guest.surface!r}, speaking")


def _first_person_word(token: Token, endings: tuple[str, ...]) -> bool:
    """Whether a word has an ending of the first person plural (`first_person_endings`: Spanish "rechazamos",
    "convocamos", "hemos"), which the language writes without its pronoun."""
    return token.text.isalpha() and token.text.lower().endswith(endings)


def _first_person_verb(sentence: Sentence, grammar: Grammar) -> bool:
    """Whether a word of the sentence is a verb in the first person plural (`_first_person_word`)."""
    endings = tuple(grammar.roles.first_person_endings)
    return bool(endings) and any(_first_person_word(t, endings) for t in sentence.tokens)


def _first_person_plural(tokens: list[Token], i: int, grammar: Grammar) -> bool:
    """Whether the verb at `i`, or the auxiliary right before it, is in the first person plural of a language that
    drops the pronoun ("Aquella vez convocamos a la embajadora", "no hemos firmado"): wherever it stands in its
    sentence its subject is a dropped "we", whom the article's context names (an interview's guest)."""
    endings = tuple(grammar.roles.first_person_endings)
    return bool(endings) and any(_first_person_word(tokens[k], endings) for k in (i, i - 1) if k >= 0)


def _reports_speech(sentence: Sentence, reports: frozenset[str]) -> bool:
    """Whether a sentence tells what someone said ("said", "erklärte", "a affirmé", "заявило"): its subject is the
    speaker whose words a verdict in the next sentence may judge ("rejected the remarks")."""
    return any(t.lemma.lower() in reports or t.text.lower() in reports for t in sentence.tokens)


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
    actors = _without_press_title(sentence, _without_named_apposition(sentence, apposed_members(
        sentence, expand_references(_without_resumptive_reference(sentence, mentions)), grammar), grammar), grammar)
    recent = [e for e in (context or []) if sentence.start - e.evidence_start < CONTEXT_CHARS]
    if not sentence.tokens or not actors and not recent:
        return []
    s = _read_sentence(doc, sentence, mentions, ruleset, actors, story)
    if s is None:
        return []
    _judge_triggers(s)
    _agent_readers(s)
    # a dependency parse (events/roles_dep.py; None unless a parser is installed) where two actors compete
    parser = parser_for(ruleset.lang) if len(s.groups) >= 2 else None
    s.parsed = parser.parse(sentence) if parser is not None else None
    _sentence_phrases(s)
    article = _Article(context, recent, subject, named, focal, voted, about, speaker)
    for match in s.triggers:
        _code_trigger(s, article, match)
    if s.explain_only:  # `eval --misses` scores what `eval` scores
        for match in s.triggers if s.events else ():  # (what they would have made is dropped)
            _note(sentence, ruleset, match, "no actor and no pronoun in the sentence: not read")
        return []
    return _without_agreed_measure(_without_second_fill([event for _rank, event in s.events.values()], s.earlier,
                                                       s.filled))


class _SentenceState:
    """What every trigger of one sentence reads: the sentence's forms, groups, clauses and triggers
    (`_read_sentence`), what its triggers judge and carry (`_judge_triggers`, `_agent_readers`), the phrases some
    triggers may not take (`_sentence_phrases`), and the events coded so far. (Its lazy readers are made by
    functions that are given plain values, never the state: a closure that held the state it is kept in would make
    a cycle per sentence that only the collector frees, and an ingest pauses the collector: pipeline.frozen.)

    The three records of the steps are plain classes, not dataclasses: compiled by mypyc, a dataclass is built by
    the `__init__` the dataclasses module writes, an interpreted frame at every sentence and trigger; this one is
    compiled. The fields a step sets are declared here and set by that step, which every sentence runs."""

    doc: Document
    sentence: Sentence
    ruleset: RuleSet
    grammar: Grammar
    mentions: list[ActorMention]  # the mentions as given
    actors: list[ActorMention]  # the mentions less appositions, references expanded
    forms: list[frozenset[str]]
    vocabulary: frozenset[str]
    groups: list[Group]  # the actor groups, marked, less the topics of talks
    placeless: list[Group]  # the same less the groups of places alone
    clauses: list[tuple[int, int]]
    triggers: list[TriggerMatch]  # the triggers that report an event (no ignored phrase)
    modal_forms: list[frozenset[str]]  # the forms less the words of ignored phrases
    has_places: bool
    inside_actor: set[int]  # the tokens of the actors' names
    war_named: set[int]  # ids of the groups that name a war's sides
    several: bool  # more than one trigger: only then is one judged by, or the agent of, another
    quoted: frozenset[int]  # the tokens inside quotation marks
    # lazy readers, asked at most once a sentence ("the step", "the agreement", "the remarks", its dates)
    steps: Callable[[], list[int]]
    deals: Callable[[], list[int]]
    remarks: Callable[[], list[int]]
    dates: Callable[[], list[DateRef]]
    # clause tests remembered per clause: a passive auxiliary, a subject pronoun, a plural pronoun
    passive_clause: Callable[[tuple[int, int]], bool]
    pronoun_clause: Callable[[tuple[int, int]], bool]
    plural_clause: Callable[[tuple[int, int]], bool]
    # `_judge_triggers`
    judged: set[int]  # ids of the noun triggers another trigger judges
    accusations: list[tuple[int, int, bool]]  # their spans, and whether they name the crime
    denials: list[int]  # where a denial's content may start
    with_own_agent: set[int]  # ids of the triggers with an agent of their own
    judged_agents: dict[int, Group]  # a judged noun's agent its relative clause names
    # `_agent_readers`
    carrying: bool  # a participle or side phrase that carries out an act noun stands in the sentence
    readers: tuple[bool, bool, bool]  # which of those readers `_carried_agent` asks
    parsed: Parse | None  # (code_sentence)
    # `_sentence_phrases`
    attributes: tuple[tuple[int, int], ...]
    wronged: set[int]  # ids of the owners of a broken norm
    judging_groups: list[Group]
    judging_placeless: list[Group]
    concession: bool
    conceded: dict[int, TriggerMatch | None]
    refusing: bool
    # what the triggers made
    events: dict[tuple, tuple[tuple, Event]]  # key → ((factual, weight, code length), event)
    earlier: list[Event]  # events of the triggers before this one
    filled: set[int]  # ids of the events whose target the article supplied (`_without_second_fill`)
    act_nouns: dict[tuple[int, int], bool]
    explain_only: bool  # read only for the trace: untraced, the sentence is skipped (`_read_sentence`)

    def __init__(self, doc: Document, sentence: Sentence, ruleset: RuleSet, mentions: list[ActorMention],
                 actors: list[ActorMention], forms: list[frozenset[str]], vocabulary: frozenset[str]) -> None:
        self.doc, self.sentence, self.ruleset, self.grammar = doc, sentence, ruleset, ruleset.grammar
        self.mentions, self.actors, self.forms, self.vocabulary = mentions, actors, forms, vocabulary
        self.events, self.earlier, self.act_nouns = {}, [], {}
        self.filled = set()
        self.explain_only = False


class _Article:
    """What the article told before the sentence (see `code_sentence`)."""

    def __init__(self, context: list[Event] | None, recent: list[Event], subject: ActorMention | None,
                 named: list[ActorMention] | None, focal: Event | None, voted: list[ActorMention] | None,
                 about: ActorMention | None, speaker: ActorMention | None) -> None:
        self.context, self.recent, self.subject, self.named = context, recent, subject, named
        self.focal, self.voted, self.about, self.speaker = focal, voted, about, speaker


class _Trigger:
    """One trigger's reading so far: where it stands, what it reads, and its roles."""

    match: TriggerMatch  # (a summons read as a recall is coded as the recall: `_envoy_roles`)
    span: tuple[int, int]
    clause: tuple[int, int]
    phrases: list[Group]  # the actor phrases it may have
    participle: bool  # its clause opens with a participle
    modality: str
    nominal: bool
    arrested: Roles | None  # the roles of an arrest its place or participle names
    passive: bool
    hosted: Roles | None  # the roles of a passive summons or expulsion by its host
    agentless: bool  # a passive of force with no agent
    # the tokens of the sentence's other triggers (`_rival_tokens`): with an agent of their own, all, mediations,
    # denials, (of a denial only) cooperative acts, and (of a charge only) friendly acts
    others: frozenset[int]
    rivals: frozenset[int]
    mediations: frozenset[int]
    other_denials: frozenset[int]
    cooperative: frozenset[int]
    opposed: frozenset[int]  # (of a rejection) the tokens of the sentence's praise (`_OPPOSED_VERDICTS`)
    friendly: frozenset[int]
    helping: frozenset[int]  # (of a charge only) its aid and help-naming pledges
    roles: Roles  # (`_assign`)
    acts: list[str]  # the types of the act nouns of its clause
    pronoun: bool  # its subject may be a pronoun (or dropped)
    weak: bool  # its source is not its clause's own subject
    own: list[Event]  # the latest events of the sentence's earlier triggers
    among_sources: bool  # coordinated parties of a mutual act act on each other
    conditioned: bool  # a hostile act made conditional
    cue: int | None  # where the demand or threat cue stands

    def __init__(self, match: TriggerMatch, clause: tuple[int, int], phrases: list[Group]) -> None:
        self.match, self.span, self.clause, self.phrases = match, match.span, clause, phrases
        self.participle, self.modality, self.nominal, self.arrested = False, "asserted", False, None
        self.passive, self.hosted, self.agentless = False, None, False
        self.pronoun, self.weak, self.among_sources, self.conditioned, self.cue = False, False, False, False, None


def _read_sentence(doc: Document, sentence: Sentence, mentions: list[ActorMention], ruleset: RuleSet,
                   actors: list[ActorMention], story: Callable[[], date | None] | None) -> _SentenceState | None:
    """The sentence's forms, clauses, groups and triggers; None where no trigger may yield an event (no rule's
    words, no trigger, or no actor and no pronoun that may stand for one)."""
    grammar = ruleset.grammar
    # Without an actor of its own a trigger's source can only be a pronoun's antecedent (fill_from_context):
    # a sentence with neither gives no event, and its triggers are read only to explain that (tracing), whatever
    # they would make dropped (`explain_only`, code_sentence).
    partyless = not actors and not _has_pronoun(sentence, grammar)
    explaining = trace.active()
    skipped = partyless and ruleset.lang not in _PRO_DROP
    if skipped and not explaining:
        return None
    forms, vocabulary = sentence_forms(sentence, grammar)
    candidates = ruleset.candidates(vocabulary)
    if not candidates:
        return None  # no rule's words in the sentence: no groups or clauses to build
    skipped = skipped or partyless and not _may_open(sentence.tokens, forms, candidates, grammar)
    if skipped and not explaining:
        return None  # (below: only a trigger that opens the sentence counts; no pattern can start where one may)
    groups = group_mentions(sentence, actors, grammar)
    clauses = split_clauses(sentence, grammar, _unbroken(groups, sentence.tokens), frozenset(g.start for g in groups))
    # A city stands for its state only where force is used on it ("strikes on Kharkiv"): to any other act
    # it is no party ("talks in Istanbul", "an Odesa-born singer criticised ..."), and it never acts.
    has_places = any(m.kind == PLACE for m in actors)
    kinds_at = _kinds_at(sentence.tokens, actors)
    meetings = _meeting_names(sentence.tokens, actors, forms, grammar.gatherings)
    inside_names = inner_name_words(sentence.tokens, actors)
    found = find_triggers(sentence, ruleset, forms, clauses, kinds_at, candidates, meetings, inside_names)
    split = split_clause_subject(sentence, groups, found, forms, grammar)
    if split is not None:  # "Russia attacked Ukraine and Poland condemned the strikes": two clauses
        groups, cuts = split
        clauses = split_clauses(sentence, grammar, _unbroken(groups, sentence.tokens),
                                frozenset(g.start for g in groups), cuts)
        found = find_triggers(sentence, ruleset, forms, clauses, kinds_at, candidates, meetings, inside_names)
    placeless = [g for g in groups if not all(m.kind == PLACE for m in g.members)] if has_places else groups
    triggers = [m for m in found if not m.rule.ignore]
    # words of a phrase that reports no event are no modal cue either ("forderte zehn Todesopfer" demands nothing)
    ignored = {i for m in found if m.rule.ignore for i in m.tokens}
    modal_forms = [frozenset() if i in ignored else f for i, f in enumerate(forms)] if ignored else forms
    if not triggers:
        return None
    skipped = skipped or partyless and not any(_opens_sentence(sentence.tokens, m.span[0], grammar) for m in triggers)
    if skipped and not explaining:
        return None  # (a dropped subject stands before a verb that opens the sentence)
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
    s = _SentenceState(doc, sentence, ruleset, mentions, actors, forms, vocabulary)
    s.groups, s.placeless, s.clauses, s.triggers, s.modal_forms = groups, placeless, clauses, triggers, modal_forms
    s.has_places, s.inside_actor, s.war_named, s.several = has_places, inside_actor, war_named, len(triggers) > 1
    s.quoted = quoted_tokens(sentence)
    s.steps, s.deals, s.remarks = _named_steps(sentence, grammar)
    s.dates = _dates(doc, sentence, ruleset, story)
    s.passive_clause, s.pronoun_clause, s.plural_clause = _clause_tests(sentence, forms, grammar, groups)
    s.explain_only = skipped
    return s


def _dates(doc: Document, sentence: Sentence, ruleset: RuleSet, story: Callable[[], date | None] | None
           ) -> Callable[[], list[DateRef]]:
    """The sentence's dates, read when first asked (most triggers yield no event to date)."""
    return _once(lambda: _told_from_story(find_dates(sentence.text, ruleset.lang, doc.published), story))


def _named_steps(sentence: Sentence, grammar: Grammar) -> tuple[Callable[[], list[int]], Callable[[], list[int]],
                                                                 Callable[[], list[int]]]:
    """Where the sentence names a step, a deal or remarks again, each read when first asked."""
    steps = _once(lambda: steps_named(sentence.tokens, grammar.roles))  # "the step", "la decisión": read when asked
    deals = _once(lambda: steps_named(sentence.tokens, grammar.roles, deals=True))  # "the agreement", when asked
    remarks = _once(lambda: steps_named(sentence.tokens, grammar.roles, speech=True))  # "the remarks", when asked
    return steps, deals, remarks


def _clause_tests(sentence: Sentence, forms: list[frozenset[str]], grammar: Grammar, groups: list[Group]) -> tuple[
        Callable[[tuple[int, int]], bool], Callable[[tuple[int, int]], bool], Callable[[tuple[int, int]], bool]]:
    """Whether a clause holds a passive auxiliary, a subject pronoun, a plural pronoun: asked once per clause, not
    per trigger (a 5,000-word sentence has hundreds of triggers in few clauses)."""
    passive_clause = _per_clause(lambda c: any(forms[i] & grammar.passive_auxiliaries for i in range(*c))
                                 and not future_not_passive(forms, c, grammar))
    opening = opens_with_pronoun(sentence, grammar)  # "It has also accused Iran": the first clause's subject
    pronoun_clause = _per_clause(lambda c: not grammar.any_pronouns.isdisjoint(
        map(str.lower, map(token_text, sentence.tokens[c[0]:c[1]]))) or quoted_by_pronoun(c, forms, grammar, groups)
        or opening and c[0] == 0)
    plural_clause = _per_clause(lambda c: bool(grammar.plural_pronouns) and not grammar.plural_pronouns.isdisjoint(
        map(str.lower, map(token_text, sentence.tokens[c[0]:c[1]]))))
    return passive_clause, pronoun_clause, plural_clause


def _judge_triggers(s: _SentenceState) -> None:
    """Which triggers another one judges (a noun a verdict is on), which accuse or deny (their content is alleged),
    and which have an agent of their own."""
    sentence, grammar, forms, groups, clauses, triggers, several = s.sentence, s.grammar, s.forms, s.groups, \
        s.clauses, s.triggers, s.several
    # (a lone trigger has no other to judge it or to stand behind: most sentences need neither question)
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
    s.judged, s.accusations, s.denials, s.with_own_agent, s.judged_agents = judged, accusations, denials, \
        with_own_agent, judged_agents


def _agent_readers(s: _SentenceState) -> None:
    """Whether a participle or a side phrase may carry out an act noun ("введённые Евросоюзом", "imposées par
    Washington"), and the judged nouns it makes acts of their own."""
    sentence, grammar, forms, groups, triggers = s.sentence, s.grammar, s.forms, s.groups, s.triggers
    judged, with_own_agent = s.judged, s.with_own_agent
    # a passive participle that carries out an act noun ("введённые Евросоюзом") or the side that acted ("со стороны
    # США"): read only where one stands
    participles = bool(grammar.roles.participle_stems) and any(
        t.text.lower().startswith(grammar.roles.participle_stems) for t in sentence.tokens)
    sides = grammar.verb_lemma_endings and any(forms[i] & grammar.agent_markers for i in range(len(forms)))
    # "les sanctions imposées par Washington": a participle that carries out the noun, with its "par" agent
    supported = bool(grammar.support_verbs) and not grammar.verb_final and not participles and s.several and any(
        forms[i] & grammar.agent_markers for i in range(len(forms)))
    carrying = participles or sides or supported
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
    s.carrying, s.readers, s.with_own_agent = bool(carrying), readers, with_own_agent


def _sentence_phrases(s: _SentenceState) -> None:
    """The phrases some triggers may not take: extended attributes, the owners of a broken norm (no side of a
    verdict), the names of a concession's noun; and whether the sentence names a refusal."""
    sentence, grammar, forms, groups, placeless, vocabulary = s.sentence, s.grammar, s.forms, s.groups, s.placeless, \
        s.vocabulary
    s.attributes = participle_attributes(sentence.tokens, forms, grammar) if s.several or len(groups) > 2 else ()
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
    conceded = _conceded_groups(s.triggers, groups, sentence.tokens, forms, grammar) if concession else {}
    refusing = not vocabulary.isdisjoint(grammar.refusal_nouns)  # most sentences name no refusal
    s.wronged, s.judging_groups, s.judging_placeless = wronged, judging_groups, judging_placeless
    s.concession, s.conceded, s.refusing = concession, conceded, refusing


def _quoted_span(span: tuple[int, int], tokens: list[Token]) -> tuple[int, int]:
    """"a exprimé la « solidarité » de Niamey avec Bamako": a trigger the paper puts in quotation marks ends after
    the closing mark (the opening one before its last word: a pattern may begin earlier, "exprimé ... solidarité"),
    so that the phrases after it read as right after the word (its "de" phrase its owner's). Only a pattern of a
    verb and its quoted noun: a noun quoted alone is often a label someone used ("habló de «secuestro» y exigió a
    El Salvador ...": the demand's target is no victim of a kidnapping)."""
    end = span[1]
    if span[0] < end - 2 and end < len(tokens) and tokens[end - 2].text in QUOTE_MARKS \
            and tokens[end].text in QUOTE_MARKS:
        return span[0], end + 1
    return span


def _code_trigger(s: _SentenceState, article: _Article, match: TriggerMatch) -> None:
    """The events of one trigger, added to `s.events`: each step either drops the trigger (a False; the reason
    noted for `realpolitik eval --misses`) or reads or corrects its roles."""
    if not _kept(s, match):
        return
    tr = _Trigger(match, clause_of(s.clauses, match.span[0]), _phrases_of(s, match))
    tr.span = _quoted_span(match.span, s.sentence.tokens)
    if not _read_modality(s, tr) or not _read_noun(s, tr) or not _read_voice(s, article, tr):
        return
    _rival_tokens(s, tr)
    _assign(s, tr)
    _meeting_roles(s, tr)
    _clause_corrections(s, tr)
    if not _asked_state(s, tr):
        return
    _places(s, tr)
    _cues(s, tr)
    _agent_corrections(s, tr)
    _summarised_author(s, tr)
    _followers(s, tr)
    _carried_agents(s, tr)
    _request_targets(s, tr)
    _threat_targets(s, tr)
    _made_to_act(s, tr)
    _envoy_roles(s, tr)
    _reciprocal_targets(s, tr)
    _article_context(s, article, tr)
    _conditional_threat(s, tr)
    if not _demand_cue(s, tr):
        return
    alleged, inside_charge = _alleged(s, tr)
    _serving_sources(s, tr)
    _add_events(s, tr, alleged, inside_charge)


def _kept(s: _SentenceState, match: TriggerMatch) -> bool:
    """False for a trigger that is part of an actor's name, a noun another trigger judges, or a warning, charge,
    call or refusal named in a concessive phrase."""
    sentence, ruleset, grammar, forms = s.sentence, s.ruleset, s.grammar, s.forms
    if s.inside_actor.issuperset(match.tokens):
        _note(sentence, ruleset, match, "trigger is part of an actor's name")
        return False  # "Verteidigungsminister" is an actor, not a defence event
    if id(match) in s.judged and id(match) not in s.with_own_agent and id(match) not in s.judged_agents:
        _note(sentence, ruleset, match, "a noun judged by another trigger")
        return False  # "rechazó las exigencias", "verurteilte den Angriff": the noun is what is judged
    if s.concession and match.rule.plover in _CONCEDED_TYPES and any(_conceded(i, forms, grammar)
                                                                   for i in match.tokens):
        _note(sentence, ruleset, match, "a warning, charge, call or refusal named in a concessive phrase")
        return False  # "despite US warnings against an offensive", "несмотря на критику Еврокомиссии": said before
    if match.rule.plover == "ACCUSE" and s.several and _qualifies_befriended(s, match):
        _note(sentence, ruleset, match, "a qualification of what the praise or aid before it took")
        return False  # "celebró la decisión y la calificó de «señal necesaria»": the pronoun is the thing praised
    return True


_QUALIFIER_REACH: Final = 3  # words between "and" and a charge verb: the object pronoun and an auxiliary


def _qualifies_befriended(s: _SentenceState, match: TriggerMatch) -> bool:
    """A charge verb whose object is a pronoun right after "and", after a friendly act of the same sentence ("celebró
    la decisión de Washington y la calificó de «señal muy necesaria»", "a salué la décision et l'a qualifiée de
    signal"): the pronoun stands for what was just praised or given, and the qualification continues the praise; it
    judges no one (the bare "calificar de" reads as a charge), unless the qualifier names an actor of its own."""
    grammar, forms = s.grammar, s.forms
    start = min(match.tokens)
    pronoun = False
    i = start - 1
    while i >= 0 and start - i <= _QUALIFIER_REACH and not forms[i] & grammar.coordination:
        words = forms[i]
        if words & grammar.determiners or words & grammar.roles.object_clitics \
                or any(f[:2] in ("l'", "l’") and len(f) > 2 for f in words):
            pronoun = True
        elif not words & grammar.perfect_auxiliaries and not words & _PERFECT_LEMMAS:
            return False
        i -= 1
    if i < 0 or not pronoun or not forms[i] & grammar.coordination:
        return False
    clause = clause_of(s.clauses, match.span[0])
    if any(match.span[1] <= g.start < clause[1] for g in s.placeless):
        return False  # "lo calificó de víctima de una agresión israelí": the qualifier names whom it judges
    return any(m is not match and m.rule.plover in _FRIENDLY and max(m.tokens) < i for m in s.triggers)


_PERFECT_LEMMAS: Final = frozenset({"haber", "avoir"})  # "y la ha calificado", "et l'a qualifiée"


def _phrases_of(s: _SentenceState, match: TriggerMatch) -> list[Group]:
    """The actor phrases the trigger may have: places only for acts on places, no owner of a broken norm for an
    accusation, no name of a concession's noun, no war's sides but for a mediation."""
    groups, conceded, war_named = s.groups, s.conceded, s.war_named
    phrases = groups if match.rule.plover in PLACE_ACTS else s.placeless  # the actor phrases it may have
    if s.wronged and match.rule.plover == "ACCUSE":
        phrases = s.judging_groups if phrases is groups else s.judging_placeless
    if conceded:
        phrases = [g for g in phrases if conceded.get(id(g), match) is match]
    if war_named and match.rule.cameo != _MEDIATE:  # a mediator stands between the war's sides
        phrases = [g for g in phrases if id(g) not in war_named]
    return phrases


def _read_modality(s: _SentenceState, tr: _Trigger) -> bool:
    """The trigger's modality. False for an act named under a noun of refusal, or the act a demand before it asks
    for (the demand is coded)."""
    sentence, ruleset, grammar, forms, modal_forms = s.sentence, s.ruleset, s.grammar, s.forms, s.modal_forms
    triggers, inside_actor = s.triggers, s.inside_actor
    match, span, clause = tr.match, tr.span, tr.clause
    if s.refusing and not any(forms[i] & grammar.refusal_nouns for i in match.tokens) \
            and under_refusal_noun(forms, span[0], clause, grammar, inside_actor):
        _note(sentence, ruleset, match, "an act named under a noun of refusal")
        return False  # "criticised Kyiv's refusal to negotiate": the talks were not held, no one held them
    participle = opens_participle(sentence, clause, grammar)
    reading = read_modality(modal_forms, span, clause, len(sentence.tokens), grammar, match.rule, inside_actor,
                            s.vocabulary if modal_forms is forms else None, participle)
    governor = reading.governor
    if governor is not None and (reading.governed == "demand" or any(
            m.rule.plover == "REQUEST" and governor[0] <= m.span[0] < governor[1] for m in triggers)):
        _note(sentence, ruleset, match, "the act a demand before it asks for")
        return False  # "richtete einen Appell an Ruanda, die Unterstützung einzustellen": the appeal is coded
    modality = reading.modality  # "drohte, die Ukraine anzugreifen", "schlug vor, die Zölle zu erhöhen"
    if modality not in UNREALISED_MODALITIES and asks(sentence.tokens, grammar.modality.get("asked", frozenset()),
                                                       grammar.modality.get("question_words", frozenset())):
        modality = "hypothetical"  # "Will Washington impose tariffs on China?": the act is asked about, not told
    if modality in _VERB_MODALITIES and _meeting_with(match, sentence, tr.phrases, grammar):
        # "In einem Telefonat mit Putin forderte Trump eine Waffenruhe": a call after a preposition of time gone
        # by took place; it is no object of the demand (or pledge, or threat) the clause's verb makes
        modality = "asserted"
    tr.participle, tr.modality = participle, modality
    return True


def _read_noun(s: _SentenceState, tr: _Trigger) -> bool:
    """Whether the trigger is a noun, and the roles of an arrest its place or participle names. False for a noun
    that is background (inside a prepositional phrase, considered by another verb, the topic of talks) or a backer
    in a participle attribute."""
    sentence, ruleset, grammar, forms = s.sentence, s.ruleset, s.grammar, s.forms
    match, span, clause, phrases, modality = tr.match, tr.span, tr.clause, tr.phrases, tr.modality
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
            grammar.verb_final and relative_agent(phrases, s.clauses, span, sentence.tokens, forms, grammar)[0]):
        _note(sentence, ruleset, match, "a noun inside a prepositional phrase, without an agent")
        return False  # "debido a los bombardeos en Siria", "desde la invasión rusa": background to the clause
    if nominal and grammar.embedding_verbs and _embedded_by_verb(forms, span, clause, grammar) \
            and not _has_own_agent(match, sentence, phrases, forms, grammar):
        _note(sentence, ruleset, match, "a noun another verb only considers, without an agent")
        return False  # "einen Angriff auf Niger als Kriegserklärung betrachten", "einen Angriff verhindern"
    if match.rule.plover == "COOPERATE" and _talked_about(forms, span, clause, grammar):
        _note(sentence, ruleset, match, "cooperation named as the topic of talks")
        return False  # "avec lequel il a évoqué la coopération militaire": they talked, no cooperation is told
    if match.rule.plover == "SUPPORT" and backer_attribute(match.span, sentence.tokens, phrases, grammar):
        _note(sentence, ruleset, match, "a backer in a participle attribute: a standing tie, no act")
        return False  # "the militia backed by Iran attacked ...": "backed by" is an ally relation (EVAL.md)
    tr.nominal, tr.arrested = nominal, arrested
    return True


def _read_voice(s: _SentenceState, article: _Article, tr: _Trigger) -> bool:
    """Whether the trigger is passive, and the roles of a passive summons or expulsion by its host. False for a
    passive with no agent, but of force on a place or a named victim."""
    sentence, grammar, forms = s.sentence, s.grammar, s.forms
    match, span, clause, phrases = tr.match, tr.span, tr.clause, tr.phrases
    reduced = _reduced_passive(match, sentence, phrases, grammar)
    passive = reduced or s.passive_clause(_own_part(clause, span, forms, grammar))
    hosted = passive_host(phrases, clause, span, forms, grammar, article.recent) if match.rule.passive_host else None
    agentless = hosted is None and passive and _agentless_passive(match, sentence, forms, phrases, clause,
                                                                  grammar, reduced)
    if agentless and match.rule.plover not in PLACE_ACTS:
        _note(sentence, s.ruleset, match, "a passive without an agent")
        return False  # "X was accused": the one accused is known, the accuser is not
    # ("Kharkiv was shelled", "Haniyeh was killed in an airstrike": force on a named victim by no one named,
    # which the article's one adversary of the victim may have used; see article.fill_from_context)
    tr.passive, tr.hosted, tr.agentless = passive, hosted, agentless
    return True


# the acts for someone whose object a charge coordinated after them does not judge
_FRIENDLY: Final = frozenset({"SUPPORT", "AID"})
# pledges of support and of aid ("a promis son aide au Maroc"): friendly as the help itself, to a charge beside them;
# only a pledge whose words name the help (a bare "promis" may promise "de nouvelles mesures contre la Russie")
_PLEDGES: Final = frozenset({"030", "031", "032", "033"})


def _rival_tokens(s: _SentenceState, tr: _Trigger) -> None:
    """The tokens of the sentence's other triggers the role finder reads: none where the trigger is the only one."""
    triggers, with_own_agent, match = s.triggers, s.with_own_agent, tr.match
    if s.several:  # (the other triggers' tokens: none where the trigger is the sentence's only one)
        others = frozenset(i for m in triggers if m is not match and id(m) in with_own_agent for i in m.tokens)
        rivals = frozenset(i for m in triggers if m is not match for i in m.tokens)
        mediations = frozenset(i for m in triggers if m is not match and m.rule.cameo == MEDIATION
                               for i in m.tokens)
        other_denials = frozenset(i for m in triggers if m is not match and m.rule.cameo == DENIAL
                                  for i in m.tokens)
        cooperative = frozenset(i for m in triggers if m is not match and m.rule.plover in COOPERATIVE
                                for i in m.tokens) if match.rule.cameo == DENIAL else frozenset()
        against = _OPPOSED_VERDICTS.get(match.rule.plover, frozenset())
        opposed = frozenset(i for m in triggers if m is not match and m.rule.plover in against for i in m.tokens)
        # (support, aid and pledges of them only: a call or a meeting with X is often where X is then criticised)
        friendly = frozenset(i for m in triggers if m is not match and (
            m.rule.plover in _FRIENDLY or m.rule.cameo in _PLEDGES and len(m.tokens) > 1) for i in m.tokens) \
            if match.rule.plover == "ACCUSE" else frozenset()
        helping = frozenset(i for m in triggers if m is not match and (
            m.rule.plover == "AID" or m.rule.cameo in _PLEDGES and len(m.tokens) > 1) for i in m.tokens) \
            if match.rule.plover == "ACCUSE" else frozenset()
    else:
        others = rivals = mediations = other_denials = cooperative = opposed = friendly = helping = frozenset()
    tr.others, tr.rivals, tr.mediations, tr.other_denials, tr.cooperative = others, rivals, mediations, \
        other_denials, cooperative
    tr.opposed, tr.friendly, tr.helping = opposed, friendly, helping


def _assign(s: _SentenceState, tr: _Trigger) -> None:
    """The trigger's roles by its clause's structure (`assign_roles`), where a host or an arrest's place did not
    give them."""
    grammar, forms = s.grammar, s.forms
    match, span, clause, phrases = tr.match, tr.span, tr.clause, tr.phrases
    roles = tr.hosted or tr.arrested
    if roles is None:
        starts = frozenset(g.start for g in phrases)  # ("..., beide Seiten hätten ...": a subject of its own)
        borrowed = continues_main_clause(s.sentence, clause, grammar, starts) or tr.participle and not any(
            forms[i] & grammar.roles.subject_relatives for i in range(clause[0], span[0]))
        # (", tout en jugeant inacceptables les tirs qui ont visé ...": the relative clause has a subject)
        roles = assign_roles(Site(phrases, span, clause, phrases, match.rule, grammar, tr.nominal, tr.passive, forms,
                                  tr.others, borrowed_subject=borrowed, rival_triggers=tr.rivals,
                                  attributes=s.attributes, mediations=tr.mediations,
                                  denials=tr.other_denials, acts=tr.cooperative, vocabulary=s.vocabulary,
                                  opposed_verdicts=tr.opposed, friendly=tr.friendly, helping=tr.helping))
        if not roles.sources and match.rule.cameo.startswith(_ARREST):  # "после задержания в Москве журналиста"
            roles = arrest_at_place(span, phrases, forms, grammar) or roles
    tr.roles = roles


def _meeting_roles(s: _SentenceState, tr: _Trigger) -> None:
    """The subject of a visit or meeting named in a fronted phrase made it ("Lors de sa visite en Algérie, ...");
    a symmetric act with no source joins the pair a hyphen names."""
    sentence, grammar, forms = s.sentence, s.grammar, s.forms
    match, span, clause, phrases, roles = tr.match, tr.span, tr.clause, tr.phrases, tr.roles
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
        met = _fronted_meeting_partner(forms, phrases, grammar, tr.rivals | set(match.tokens))
        if met is not None:  # "По итогам переговоров с Си Путин подписал ...": the subject met the partner
            noun, partner, meeting = met
            if span[0] == noun:
                roles.sources, roles.targets, roles.from_outside_clause = \
                    list(meeting.members), list(partner.members), False
            elif span[0] >= meeting.end and roles.sources and not roles.targets \
                    and {m.code for m in roles.sources} == {m.code for m in meeting.members}:
                roles.targets = list(partner.members)
        if not roles.sources and roles.targets and _meeting_with(match, sentence, phrases, grammar):
            # "Rutte promised Finland support after a call with Stubb": the call after a preposition of time gone
            # by, closing the sentence, was the main clause's subject's (as a fronted "After a call with ..., X")
            subject = next((g for g in phrases if g.start < span[0] and g.free), None)
            if subject is not None and not {m.country for m in subject.members} & {m.country for m in roles.targets}:
                roles.sources, roles.from_outside_clause = list(subject.members), True
        if not roles.sources:
            # "Главы государств подписали договор о ... казахстанско-узбекской границы": the pair the hyphen
            # joins is the only one the signers can be; a meeting or an accord only where the pair names the act
            # itself ("zu deutsch-französischen Konsultationen"; not "discussed the Israeli-Palestinian conflict")
            hyphened = hyphen_pair_parties(phrases, clause, sentence.tokens, grammar)
            if hyphened is not None and (match.rule.cameo.startswith(_SIGNING) or any(
                    0 <= t - hyphened.end <= 1 or 1 <= hyphened.start - t <= 2 for t in match.tokens)):
                roles.sources, roles.targets, roles.from_outside_clause = list(hyphened.members), [], False


def _clause_corrections(s: _SentenceState, tr: _Trigger) -> None:
    """Corrections by the clause: a dependency parse, an agentless passive's victim, a person unknown before a
    German verb, criminals only as targets of crime acts, the joiner of sanctions."""
    grammar, parsed = s.grammar, s.parsed
    match, span, clause, phrases, roles = tr.match, tr.span, tr.clause, tr.phrases, tr.roles
    if parsed is not None and tr.hosted is None:
        roles = refine(roles, parsed, phrases, match.tokens, match.rule, grammar, tr.rivals)
    if tr.agentless:  # no agent: the subject the shallow reader took for one is what the force hit
        roles.sources, roles.targets = [], roles.targets or roles.sources
    if grammar.verb_final and not tr.nominal and not tr.passive and _unknown_before_verb(s.mentions, clause, span,
                                                                                  roles.sources):
        # "Vizeminister Sun Weidong forderte Japan auf": a person the dictionary does not know opens the clause
        # before the finite verb; the actor after the verb is its object, and the source is left to the article
        roles.sources, roles.targets = [], roles.sources
    if match.rule.plover not in CRIME_ACTS:
        roles.targets = [m for m in roles.targets if m.code != CRIMINALS]
    if match.rule.plover == "SANCTION" and roles.sources and grammar.joining_verbs:
        joiner = _joiner(s.sentence, span, clause, phrases, s.forms, grammar)
        if joiner is not None and not any(m in roles.sources for m in joiner.members):
            roles.sources = list(joiner.members)  # "joined the EU's sanctions": the joiner imposes them
            roles.targets = [m for m in roles.targets if m not in joiner.members]
    tr.roles = roles


def _asked_state(s: _SentenceState, tr: _Trigger) -> bool:
    """An appeal's targets less the states it asks for ("called for a Palestinian state"); False where no one
    else is asked."""
    grammar, forms = s.grammar, s.forms
    match, roles = tr.match, tr.roles
    if match.rule.plover == "REQUEST" and roles.targets and grammar.statehood_nouns:
        asked = [m for m in roles.targets if not _state_asked_for(m, forms, grammar.statehood_nouns)]
        if not asked:
            _note(s.sentence, s.ruleset, match, "an appeal for a state, whose demonym names no one asked")
            return False  # "called for a Palestinian state": no addressee is named
        roles.targets = asked
    return True


def _places(s: _SentenceState, tr: _Trigger) -> None:
    """A place never acts; it is a target only of acts on places (as the subject of force, what the force hit)."""
    if not s.has_places:
        return
    grammar, forms = s.grammar, s.forms
    match, span, clause, phrases, roles = tr.match, tr.span, tr.clause, tr.phrases, tr.roles
    placed = [m for m in roles.sources if m.kind == PLACE]
    roles.sources = [m for m in roles.sources if m.kind != PLACE]
    if match.rule.plover not in PLACE_ACTS:
        roles.targets = [m for m in roles.targets if m.kind != PLACE]
    elif placed and not roles.targets:  # "Odesa came under attack", "Kharkiv a été frappée": a place
        roles.targets = placed  # never acts; as the subject of force it is what the force hit
    elif roles.sources and not roles.targets:
        roles.targets = _place_of_force(phrases, forms, clause, span, grammar)
    if match.rule.plover == _GIVING and roles.sources and not roles.targets:
        markers = match.rule.target_markers if match.rule.target_markers is not None else grammar.target_markers
        roles.targets = _destination(s.groups, forms, clause, span, markers)


_GIVING: Final = "AID"


def _destination(groups: list[Group], forms: list[frozenset[str]], clause: tuple[int, int], span: tuple[int, int],
                 markers: frozenset[str]) -> list[ActorMention]:
    """"China envió a Rangún un equipo de rescatistas", "sent a field hospital to Mandalay": aid with no recipient of
    its own sent to a city goes to the city's state (the first place its clause marks as the aid's object after the
    verb, before a comma)."""
    for g in groups:
        if not clause[0] <= g.start < clause[1] or g.start <= span[0]:
            continue
        if any("," in forms[k] for k in range(span[0], g.start)):
            return []
        if all(m.kind == PLACE for m in g.members) and g.marker in markers:
            return [replace(m, kind="country") for m in g.members]
    return []


def _cues(s: _SentenceState, tr: _Trigger) -> None:
    """What the article's context reads of the trigger: the act nouns of its clause, whether its subject may be a
    pronoun, and whether its source is weak (not its clause's own subject)."""
    sentence, grammar, forms, triggers, several = s.sentence, s.grammar, s.forms, s.triggers, s.several
    pronoun_clause, act_nouns = s.pronoun_clause, s.act_nouns
    match, span, clause, phrases, roles, nominal = tr.match, tr.span, tr.clause, tr.phrases, tr.roles, tr.nominal
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
        s.ruleset.lang in _PRO_DROP and not nominal and (
            _opens_sentence(sentence.tokens, span[0], grammar)
            or _after_dropped_clause(sentence.tokens, span[0], grammar, s.groups))  # "... y prometió ..."
        and _person_form(sentence.tokens[span[0]], grammar)) or (
        not nominal and after_pronoun_incise(span[0], sentence.tokens, forms, grammar, s.groups)) or (  # '", she added'
        not nominal and _first_person_plural(sentence.tokens, span[0], grammar))  # "Aquella vez convocamos a ..."
    weak = roles.from_outside_clause and not roles.quoted_speaker or judges_act or any(
        m.kind == "adjective" or m.agent in BYSTANDERS for m in roles.sources)
    tr.acts, tr.pronoun, tr.weak = acts, pronoun, weak


def _agent_corrections(s: _SentenceState, tr: _Trigger) -> None:
    """The agent a noun's own phrases name: not a judged act's, one its relative clause blames or names, a fronted
    judged act's, a neuter pronoun's antecedent."""
    grammar, forms, clauses, judged_agents = s.grammar, s.forms, s.clauses, s.judged_agents
    match, span, clause, phrases, roles, nominal = tr.match, tr.span, tr.clause, tr.phrases, tr.roles, tr.nominal
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
        agent, object_ = relative_agent(phrases, clauses, span, s.sentence.tokens, forms, grammar)
        if agent is not None:
            roles.sources = list(agent.members)
            roles.targets = [m for m in roles.targets if m not in agent.members] or (
                list(object_.members) if object_ is not None else [])
    if roles.targets:  # "un déploiement que Séoul dénonçait": Seoul judges the act, it is not aimed at
        bystander = relative_bystander(phrases, span, forms, grammar)
        if bystander is not None:
            roles.targets = [m for m in roles.targets if m not in bystander.members]
    fronted = _fronted_judged(match, nominal, roles, s.triggers, phrases, clause, grammar)
    if fronted is not None:  # "Удары Израиля по Ирану осудил Китай": the judged act comes first
        roles.sources, roles.targets = list(fronted.members), roles.sources
    if not roles.sources and not nominal:
        it = neuter_antecedent(phrases, clause, forms, grammar)
        if it is not None:  # "Für Frankreich ist das ein Rückschlag, nachdem es seine Soldaten ... abziehen musste"
            roles.sources, roles.from_outside_clause = list(it.members), True


def _summarised_author(s: _SentenceState, tr: _Trigger) -> None:
    """A verdict in a relative clause that sums up the main clause ("..., a step that Beijing condemned") judges
    the act's author (a denial's rebuts its claimant)."""
    forms = s.forms
    match, clause, roles = tr.match, tr.clause, tr.roles
    if roles.sources and not tr.nominal and match.rule.plover in VERDICT_TYPES and all(
            m.token_start < clause[0] for m in roles.targets):
        # (a target read before the relative clause is the main clause's, which the pronoun sums up: "...
        # seines Nachbarn ..., was Georgetown verurteilte"; a denial's "..., ce que Paris et Cotonou démentent"
        # rebuts the main clause's claimant, not the one it accused, unless that is the denier itself)
        author = summarised_act_author(tr.phrases, tr.span, forms, s.grammar)
        denial = match.rule.cameo.startswith(_DENIAL)
        if author is not None and denial and (author.start > _CLAIMANT_REACH or any(
                "," in forms[i] for i in range(author.start)) or {
                side_of(m.code) for m in author.members} & {side_of(m.code) for m in roles.sources}):
            author = None  # the claimant opens the sentence ("Le Niger accuse ...", "Le régime du général X")
        if author is not None and not any(m in roles.sources for m in author.members):
            roles.targets = list(author.members)  # "..., a step that Beijing condemned": the act's author
            roles.claimant_named = denial


def _followers(s: _SentenceState, tr: _Trigger) -> None:
    """"The second country after Peru to cut ties": the one ranked acts, and the one named first did it before."""
    grammar, forms = s.grammar, s.forms
    span, phrases, roles = tr.span, tr.phrases, tr.roles
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


def _carried_agents(s: _SentenceState, tr: _Trigger) -> None:
    """The agent a participle or side phrase names acts; a verdict on an act judges that act's author (its
    participle's, its "par" phrase's, its relative clause's)."""
    grammar, forms, triggers, judged_agents = s.grammar, s.forms, s.triggers, s.judged_agents
    readers = s.readers
    match, span, clause, phrases, roles = tr.match, tr.span, tr.clause, tr.phrases, tr.roles
    carried = _carried_agent(match, phrases, forms, grammar, triggers, readers)
    if carried[0] is not None and not any(span[1] <= m.span[0] < carried[0].start for m in triggers):
        # "санкции, введённые Евросоюзом против России", "поставки оружия Тайваню со стороны США": the
        # participle's or the side's agent acts (not for "осудила" before the noun: the noun stands between)
        roles.sources = list(carried[0].members)
        roles.targets = list(carried[1].members) if carried[1] is not None else [
            m for m in roles.targets if m not in carried[0].members]
    if s.carrying and match.rule.plover in VERDICT_TYPES and roles.sources:
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
        author = (_patient_then_agent(judged_act.span[1], s.sentence.tokens, phrases, grammar)
                  if judged_act is not None else None) \
            or _object_noun_agent(span, s.sentence.tokens, forms, phrases, grammar)
        if author is not None and not same_party(author.members[0].code, roles.sources[0].code):
            roles.targets = list(author.members)
    if judged_agents and match.rule.plover in VERDICT_TYPES and roles.sources and (
            not roles.targets or not grammar.verb_final):
        # ("a condamné les frappes qu'Israël a menées contre l'Iran": Israel is judged, not the one it struck)
        roles.targets = _judged_agent(match, triggers, judged_agents, clause) or roles.targets


def _object_noun_agent(span: tuple[int, int], tokens: list[Token], forms: list[frozenset[str]], phrases: list[Group],
                       grammar: Grammar) -> Group | None:
    """"a dénoncé le blocage de l'aide par Israël": the verdict's object noun after its article, with a "de" phrase
    (an act there, "l'aide", is the noun's patient) and then "par" and a name (`_patient_then_agent`): that name's
    author is judged, not a name before the verdict ("a visité un hôpital égyptien et dénoncé ...")."""
    k = span[1]
    if k + 1 >= len(forms) or not forms[k] & (grammar.determiners | grammar.possessives):
        return None
    return _patient_then_agent(k + 2, tokens, phrases, grammar)


def _request_targets(s: _SentenceState, tr: _Trigger) -> None:
    """Who a demand or refusal with no target is aimed at (the refuser, the refused), and the state that holds the
    people whose release is asked."""
    grammar, forms, groups, triggers = s.grammar, s.forms, s.groups, s.triggers
    match, roles = tr.match, tr.roles
    if match.rule.plover == "REQUEST" and roles.sources and not roles.targets:
        roles.targets = _refuser(match, roles.sources[0], triggers, s.earlier, s.sentence, groups)
    if match.rule.plover == "REQUEST" and not roles.targets and (roles.sources or _pronoun_asker(s, tr)):
        # "verlangte, die Ukraine müsse ... abziehen": the reported clause's subject is asked (also where the asker
        # is a pronoun the article supplies later: "Er verlangte, ..."; not a body no actor names, "die Grünen")
        roles.targets = _obliged_party(groups, s.clauses, tr.clause, forms,
                                       roles.sources[0] if roles.sources else None)
    if match.rule.plover == "REJECT" and roles.sources and not roles.targets:
        roles.targets = _refused_party(tr.phrases, s.clauses, tr.clause, forms, grammar, roles.sources[0])
    if roles.sources and match.rule.plover in _HELD_TYPES and (
            roles.targets or match.rule.cameo.startswith(_RELEASE_DEMANDS)):
        # "demanded the release of two French nationals detained by Iran", "criticised the arrest of a German
        # journalist in Turkey": the actor's own people are no target; the state that holds them is
        holder = _holder(match, triggers, groups, roles, forms, grammar)
        if holder is not None:
            roles.targets = list(holder.members)


def _pronoun_asker(s: _SentenceState, tr: _Trigger) -> bool:
    """A subject pronoun right before or after the trigger ("Er verlangte", "verlangte er"): an asker the article
    supplies."""
    start, end = tr.match.span
    pronouns = s.grammar.pronouns
    return start > 0 and bool(s.forms[start - 1] & pronouns) or end < len(s.forms) and bool(s.forms[end] & pronouns)


def _threat_targets(s: _SentenceState, tr: _Trigger) -> None:
    """A threat made conditional threatens the party its condition names, not a name the condition only speaks of."""
    grammar, forms = s.grammar, s.forms
    match, span, phrases, roles = tr.match, tr.span, tr.phrases, tr.roles
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


def _made_to_act(s: _SentenceState, tr: _Trigger) -> None:
    """"lo que llevó a México a romper relaciones": the one made to act is the act's subject."""
    roles = tr.roles
    causee = _causee(s.groups, tr.span, s.forms, s.grammar)
    if causee is not None:
        # "lo que llevó a México a romper relaciones con Ecuador": the one made to act is the act's subject
        roles.sources = list(causee.members)
        roles.targets = [t for t in roles.targets if t.token_start not in range(causee.start, causee.end)]


def _envoy_roles(s: _SentenceState, tr: _Trigger) -> None:
    """An envoy of one's own called in is recalled (the trigger is coded as the recall), from his post; a recalled
    envoy is his own state's."""
    groups = s.groups
    match, span, roles = tr.match, tr.span, tr.roles
    if match.rule.cameo == _SUMMONS and roles.sources and roles.targets and all(
            same_party(t.code, roles.sources[0].code) for t in roles.targets):
        # "llamó a consultas al embajador de Colombia en Washington": called in, one's own envoy is recalled
        recall = s.ruleset.envoy_recall
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
        own_state = _envoy_state(roles.targets, span, s.forms, s.grammar)
        if own_state and all(not same_party(t.code, roles.sources[0].code) for t in own_state):
            # "Paris s'est rallié au plan, ce qui a provoqué le rappel de l'ambassadeur d'Algérie en France": a
            # recalled envoy is his own state's, which recalls him from his post (or from the one who acted)
            roles.targets = _envoy_post(groups, own_state, span) or roles.sources
            roles.sources = own_state
    tr.match = match


def _reciprocal_targets(s: _SentenceState, tr: _Trigger) -> None:
    """A reciprocal word makes the subjects each other's targets; so do the coordinated parties of a mutual act."""
    grammar, forms = s.grammar, s.forms
    match, span, roles = tr.match, tr.span, tr.roles
    # the sentence's own earlier events count as context too: "X accused Y of Z, which Y denies" (the
    # latest few: a hostile sentence with thousands of triggers stays linear)
    own = s.earlier[-_OWN_EVENTS:]
    if roles.targets and not match.rule.symmetric and len({side_of(m.code) for m in roles.sources}) >= 2 \
            and _reciprocal_by(forms, span, grammar):
        # "Kinshasa et Kigali se sont accusés mutuellement de saboter l'accord signé à Washington": a
        # reciprocal word by the verb makes the subjects each other's target; a name after it is the charge's
        roles.targets = []
    # "Kim and Trump traded insults": coordinated parties of a mutual act act on each other, no one else
    # (or with a reciprocal word: "in der sich Kim und Trump gegenseitig beschimpften")
    among_sources = (match.rule.mutual or not match.rule.symmetric and _reciprocal(forms, tr.clause, grammar,
                                                                                    s.vocabulary, span)) \
        and not roles.targets and len({side_of(m.code) for m in roles.sources}) >= 2
    tr.own, tr.among_sources = own, among_sources


def _article_context(s: _SentenceState, article: _Article, tr: _Trigger) -> None:
    """Who a threat or demand told beside another party's yielding was aimed at (that party), and what the
    article's earlier events complete: a reply's addressee, a pronoun's antecedent, a verdict's step, a
    congratulation's winner, the force just told, the focal dyad's or the crisis's other side."""
    sentence, grammar, forms, actors = s.sentence, s.grammar, s.forms, s.actors
    steps, deals, remarks = s.steps, s.deals, s.remarks
    context, recent, subject, voted = article.context, article.recent, article.subject, article.voted
    focal, about = article.focal, article.about
    match, span, clause, roles = tr.match, tr.span, tr.clause, tr.roles
    pronoun, weak, own, among_sources = tr.pronoun, tr.weak, tr.own, tr.among_sources
    if not roles.targets and not among_sources:
        roles.targets = yielder(match, s.triggers, tr.phrases, clause, roles.sources)  # "lenkte nach einer Drohung"
    if not among_sources:
        fill_from_context(roles, match.rule, recent + own, pronoun, tr.acts, weak, (context or []) + own, subject,
                          article.named, sentence.start,
                          # "welcomed the step": the step named again is what the verdict is on, in its clause
                          # (or put first: "Этот шаг поддержали Латвия и Литва")
                          match.rule.plover in VERDICT_TYPES and any(
                              span[0] < i < clause[1] or clause[0] <= i < span[0] and i - clause[0] <= 1
                              and _plural_verb(sentence.tokens[span[0]], grammar) for i in steps()),
                          plural=pronoun and s.plural_clause(clause),
                          # "welcomed the agreement": a deal named again is what the praise is on
                          deal=match.rule.cameo.startswith(PRAISE) and any(span[0] < i < clause[1]
                                                                          for i in deals()),
                          asked=tr.modality == "demand", marked=_marked_after(match, sentence, span, clause, grammar),
                          # "rejected the remarks": the words are the latest speaker's
                          remarks=match.rule.plover in VERDICT_TYPES and any(span[0] < i < clause[1]
                                                                             for i in remarks()),
                          speaker=article.speaker)
        pronoun_object(roles, recent + own, subject, pronoun, span[1])
        if voted and (match.rule.cameo.startswith(PRAISE) or match.rule.cameo == _RECOGNITION):
            congratulated(roles, sentence.tokens, span, clause, voted, s.ruleset.lang,
                          recognition=match.rule.cameo == _RECOGNITION)
    if span[0] <= 1 and (span[0] == 0 or forms[0] & grammar.determiners):
        # "The strike targeted ...": the one just told
        same_force(roles, match.rule, (context or []) + own, span[1])
    domestic = any(not forms[i].isdisjoint(grammar.roles.domestic_speakers) for i in range(clause[0], span[0]))
    if focal is not None and not weak and not among_sources:
        sides_addressed(roles, match.rule, focal)
        focal_target(roles, match.rule, focal, not s.vocabulary.isdisjoint(grammar.roles.party_words),
                     _parties_of(actors), domestic=domestic)
    elif about is not None and not weak and not among_sources:
        crisis_target(roles, match.rule, about, _parties_of([m for m in actors if m.kind != PLACE]), domestic,
                      tr.modality in ("asserted", "reported") and not pronoun)
    if match.rule.named_target and roles.target_from_context:
        # "Hilfswerke warnten vor Seuchen": a danger foreseen charges no one the article named before
        roles.targets, roles.target_from_context = [], False


def _conditional_threat(s: _SentenceState, tr: _Trigger) -> None:
    """A hostile act made conditional, or an ultimatum, is a threat (EVAL.md), and the threat's cue."""
    grammar, forms, modal_forms, triggers = s.grammar, s.forms, s.modal_forms, s.triggers
    match, span, phrases, roles, modality = tr.match, tr.span, tr.phrases, tr.roles, tr.modality
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
        cue = demand_cue_at(modal_forms, span, tr.clause, grammar, "threat")
    tr.conditioned, tr.modality, tr.cue = conditioned, modality, cue


def _demand_cue(s: _SentenceState, tr: _Trigger) -> bool:
    """A demand's cue. False where the source is the one asked, the one asked acts on another party, or a hostile
    act is called for from no one named."""
    sentence, ruleset = s.sentence, s.ruleset
    match, span, phrases, roles, cue = tr.match, tr.span, tr.phrases, tr.roles, tr.cue
    if tr.modality == "demand":
        cue = demand_cue_at(s.modal_forms, span, tr.clause, s.grammar)
        if not _asker_only(roles, cue):
            _note(sentence, ruleset, match, "the one asked to act is no source of the demand")
            return False  # "urged Rwanda to withdraw its troops": Rwanda is asked (the urging verb codes the request)
        if _asked_elsewhere(roles, cue, span, phrases):
            _note(sentence, ruleset, match, "the one asked carries the act out, on another party")
            return False  # "a appelé Israël à cesser ses frappes au Liban": no demand of Turkey's on Lebanon
        if match.rule.plover in _THREATENED and _asked_no_one(roles, cue, span, phrases):
            _note(sentence, ruleset, match, "a hostile act called for from no one named")
            return False  # "призвали сохранять давление на Россию", "called for tougher sanctions on Russia":
            # others are to press Russia, nothing is asked of it
    tr.cue = cue
    return True


def _alleged(s: _SentenceState, tr: _Trigger) -> tuple[bool, bool]:
    """Whether the act is the content of an accusation or a denial before it (alleged), and whether it stands
    inside the span of an accusation that names its crime."""
    sentence, grammar, forms, accusations, denials = s.sentence, s.grammar, s.forms, s.accusations, s.denials
    match, clause, nominal = tr.match, tr.clause, tr.nominal
    start = match.span[0]
    # (not across a clause of its own: "... diplomates soupçonnés d'espionnage, Moscou répliquant par
    # l'expulsion de ...": the absolute participle's subject acts, and its act is no content of the suspicion)
    alleged = tr.modality != "threat" and not match.rule.cameo.startswith((_ACCUSE, "016")) and (any(
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
    return alleged, inside_charge


def _serving_sources(s: _SentenceState, tr: _Trigger) -> None:
    """Co-hosts, co-mediators, co-travellers, the negotiators of an act between others and the subjects of an
    agentless passive act on no one together: no source of a symmetric act with each other."""
    grammar, forms, triggers = s.grammar, s.forms, s.triggers
    match, span, clause, phrases, roles = tr.match, tr.span, tr.clause, tr.phrases, tr.roles
    if match.rule.symmetric and not roles.targets and len({side_of(m.code) for m in roles.sources}) >= 2 and (
            match.rule.cameo in _SERVING or match.rule.cameo == _VISIT or any(
                m is not match and m.rule.cameo in _SERVING and clause[0] <= m.span[0] < span[0]
                and _served_object(m.span[1], span[0], forms, grammar)
                and all(0 <= a.token_start < m.span[0] for a in roles.sources) for m in triggers)
            or _between_others(phrases, span, clause, roles.sources, grammar)
            or _acted_on_together(match, s.sentence.tokens, forms, phrases, clause, grammar, roles.sources)):
        # "Egypt and Qatar hosted the talks", "Kenya and Turkey mediated the negotiations": co-hosts and
        # co-mediators serve the sides; they hold no talks with each other (the subjects of the service verb
        # whose object the talks are: not "Unter Vermittlung Ägyptens verhandeln Israel und die Hamas", "the
        # negotiators wrapped up U.S.-brokered talks", "hatten unter Vermittlung Katars vereinbart"). So too
        # co-travellers: "The advisers of Germany, France and Britain travelled to Geneva" visit a place, not
        # each other. So too the negotiators of an act between others: "L'Égypte et le Qatar ont négocié une trêve
        # entre Israël et le Hamas" (the pair after the trigger is the act's; see `_between_others`). So too the
        # subjects of an agentless passive: "Le Japon et l'Australie ont été invités" (`_acted_on_together`)
        roles.sources = []


def _add_events(s: _SentenceState, tr: _Trigger, alleged: bool, inside_charge: bool) -> None:
    """The trigger's events, one per source and target pair (`_events_for`), kept where no other of the same key
    ranks above them; the trigger's outcome noted."""
    doc, sentence, ruleset, grammar, forms, vocabulary = s.doc, s.sentence, s.ruleset, s.grammar, s.forms, \
        s.vocabulary
    clauses, triggers, quoted, dates, earlier, events = s.clauses, s.triggers, s.quoted, s.dates, s.earlier, s.events
    match, span, clause, roles, modality, nominal = tr.match, tr.span, tr.clause, tr.roles, tr.modality, tr.nominal
    conditioned, cue = tr.conditioned, tr.cue
    produced = 0
    refused = after_refusal(forms, clause, grammar)
    # "n'a pas condamné l'invasion russe": a noun's negation stands after the other triggers before it (the
    # "pas" is the verdict's, and the invasion took place)
    # ("has never condemned the Russian invasion": so too where the noun is not read as one, after an adjective;
    # but a trigger that holds a negation, "refused to condemn", "se negó a firmar", negates the act after it)
    negation_from = max((i + 1 for m in triggers if m is not match
                         and not any(forms[k] & grammar.negation for k in m.tokens)
                         for i in m.tokens if clause[0] <= i < span[0]), default=clause[0]) if s.several \
        else clause[0]
    for event in _events_for(doc, sentence, match, roles, forms, clause, ruleset, modality, quoted, dates,
                             refused, nominal, negation_from, conditioned, vocabulary,
                             None if cue is None else (cue, clause_of(clauses, cue))):
        if (alleged or inside_charge) and any(
                e.plover == "ACCUSE" and (e.source, e.target) == (event.source, event.target) for e in earlier):
            continue  # "accusing both governments of backing the opposition": the accused back, not the accuser
        produced += 1
        earlier.append(event)
        if roles.target_from_context:
            s.filled.add(id(event))
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


def _unbroken(groups: list[Group], tokens: list[Token]) -> list[tuple[int, int]]:
    """Spans no clause break may cut: a list of actors ("Russland, die USA und Deutschland"), and a name written
    with a dash ("Папуа — Новая Гвинея", a dash that elsewhere opens a clause of its own)."""
    return [(g.start, g.end) for g in groups
            if len(g.members) > 1 or any(tokens[i].text in DASHES for i in range(g.start, g.end))]


_T = TypeVar("_T")


def _once(compute: Callable[[], list[_T]]) -> Callable[[], list[_T]]:
    """compute() at the first call only (functools.cache builds a wrapper per sentence that costs more)."""
    kept: list[list[_T]] = []

    def get() -> list[_T]:
        if not kept:
            kept.append(compute())
        return kept[0]

    return get


def _note(sentence: Sentence, ruleset: RuleSet, match: TriggerMatch, reason: str | None) -> None:
    """Tell `realpolitik eval --misses` what became of a trigger (see events/trace.py)."""
    trace.note(sentence.index, f"{ruleset.lang}.{match.rule.id}", match.rule.plover, match.tokens, reason)


_OWN_EVENTS: Final = 12  # events of the sentence's earlier triggers that a reply may answer


def _per_clause(test: Callable[[tuple[int, int]], bool]) -> Callable[[tuple[int, int]], bool]:
    """`test` of a clause, remembered for the sentence."""
    seen: dict[tuple[int, int], bool] = {}

    def ask(clause: tuple[int, int]) -> bool:
        if clause not in seen:
            seen[clause] = test(clause)
        return seen[clause]

    return ask


_MEDIATE: Final = "045"  # CAMEO "mediate": between the sides of a war its hyphen pair names
# a rejection against the praise after it ("rejected the decision and thanked Brazil": the one thanked is not the one
# rejected). Not a charge: "a dénoncé le coup de force et exprimé sa solidarité avec les institutions béninoises"
# condemns the coup in Benin, and the gold sets name the state so; nor a praise before a charge ("felicitó a la
# opositora y acusó a Maduro": the opposition is Venezuela's)
_OPPOSED_VERDICTS: Final = {"REJECT": frozenset({"SUPPORT"})}
_VERB_MODALITIES: Final = frozenset({"demand", "commit", "threat"})  # a governing verb's act: what it asks, promises
_RECOGNITION: Final = "054"  # CAMEO "recognise": of an election's result, the state that voted (congratulated)
_DENIAL: Final = "016"  # CAMEO "deny": its relative clause stands for a claim whose author the article supplies
_CLAIMANT_REACH: Final = 4  # a denied claim's author opens the sentence: no comma before it, a few words at most


def _parties_of(actors: list[ActorMention]) -> frozenset[str]:
    """The parties a sentence names (by name, capital, adjective or place): the side of a dyad a demand is made of."""
    return frozenset(party(m.code) for m in actors)


def _adjectives_after_pronoun(roles: Roles, tokens: list[Token], clause: tuple[int, int], span: tuple[int, int],
                              grammar: Grammar) -> bool:
    """A subject pronoun before the trigger ("he", "il", "er", "он") and, as the only sources, adjectives after it
    in an active clause ("He cut the funds of the agency for Palestinian refugees"): the adjective qualifies the
    object, the pronoun is who acted (the article's context names them)."""
    return bool(roles.sources) and not roles.passive and all(
        m.kind == "adjective" and m.token_start >= span[1] for m in roles.sources) and any(
        token_text(t).lower() in grammar.pronouns for t in tokens[clause[0]:span[0]])

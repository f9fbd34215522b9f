"""The event coder: rules + actors + clause structure → coded events.

For each sentence: cut clauses, match every rule's trigger patterns, keep the
most specific match where matches overlap, find source and target groups for
each trigger, expand groups into one event per actor pair, then settle
negation, modality, date and confidence.

This module holds the article's loop (code_sentences), the sentence's (code_sentence) and the sequence of steps of
one trigger (`_code_trigger`), in the order a sentence passes them:
- sentence_state.py: what every trigger of the sentence reads, read once (`read_sentence`, then what its triggers
  judge and carry), and the three records the steps share: `SentenceState` (what every trigger of the sentence
  reads), `Article` (what the article told before it) and `Trigger` (one trigger's reading so far);
- trigger_reading.py: whether a trigger stands, and its first roles (modality, noun, voice, the structural roles,
  the clause's corrections, places);
- trigger_corrections.py: the roles corrected by what the sentence says of the act (agents, followers, demands,
  threats, envoys, reciprocals, co-sources);
- trigger_context.py: what the article and the modality make of the trigger, and its events.
Those steps ask the readers of the other modules in turn: the trigger scan (triggers.py), sentences without a named
subject (dropped_subject.py), the mention and event filters (sentence_filters.py), the agents of nouns and passives
(voice.py), verdicts and what they judge (verdict_objects.py), phrases that are no party (topics.py), the content of
accusations and denials (allegations.py), conditional threats (conditions.py), meetings, visits and envoys
(meetings.py), demands and refusals (demands.py), custody and places (custody.py), reciprocal words
(reciprocal.py), and last the event assembly (assembly.py) with its dates (event_dates.py).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from functools import partial
from typing import Final

from realpolitik.budget import checkpoint
from realpolitik.events import confidence
from realpolitik.events.article import ACT_CHARS, CONTEXT_CHARS
from realpolitik.events.article_antecedents import antecedent
from realpolitik.events.article_phrases import (
    compared,
    compared_actors,
    followed_precedents,
    precedents,
    repeaters,
    same_act,
)
from realpolitik.events.article_sides import TITLE_WEIGHT, Dyads, Subjects
from realpolitik.events.background_war import background_war
from realpolitik.events.clauses import clause_of
from realpolitik.events.domestic_charges import domestic_charge
from realpolitik.events.elections import voted_states
from realpolitik.events.event_dates import story_of
from realpolitik.events.fill_kinds import INTERVIEWEE
from realpolitik.events.grammar import Grammar, joined
from realpolitik.events.roles import apposed_members, expand_references
from realpolitik.events.roles_dep import parser_for
from realpolitik.events.rules import RuleSet, load_rules
from realpolitik.events.same_words import same_words
from realpolitik.events.sentence_filters import (
    without_agreed_measure,
    without_named_apposition,
    without_press_title,
    without_resumptive_reference,
    without_second_fill,
)
from realpolitik.events.sentence_state import (
    Article,
    SentenceState,
    Trigger,
    agent_readers,
    judge_triggers,
    note,
    quoted_span,
    read_sentence,
    sentence_phrases,
)
from realpolitik.events.trigger_context import (
    add_events,
    alleged_act,
    article_context,
    conditional_threat,
    cues,
    demand_cue,
    first_person_word,
)
from realpolitik.events.trigger_corrections import (
    agent_corrections,
    carried_agents,
    claim_origin,
    consequence_subject,
    envoy_roles,
    followers_ranked,
    made_to_act,
    nonstate_subject,
    reciprocal_targets,
    request_targets,
    serving_sources,
    summarised_author,
    threat_targets,
    verdict_answered,
    verdict_before_appeal,
)
from realpolitik.events.trigger_reading import (
    asked_state,
    assign,
    clause_corrections,
    kept,
    meeting_roles,
    phrases_of,
    places,
    read_noun,
    read_voice,
    rival_tokens,
    trigger_modality,
)
from realpolitik.events.triggers import TriggerMatch
from realpolitik.model import PLACE, ActorMention, Document, Event, Sentence

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
    signed: list[Event] = []  # the latest treaties signed before that window (`_signed`)
    lead: list[Event] = []  # the events of the first sentence that told an act: the article's news (`lead_authors`)
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
    words = ruleset.grammar.roles
    comparisons = (words.comparison_openers, words.comparison_fillers, words.comparison_closers)
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
            if _signed(events[first]):  # out of reach, kept (the latest few) for a treaty named again
                signed = [*signed[1 - _SIGNED_KEPT:], events[first]]
            first += 1
        if subject is not None and sentence.start - subject.start >= CONTEXT_CHARS:
            subject = None
        named = [m for m in named if sentence.start - m.start < CONTEXT_CHARS]
        repeating = {id(m) for _, _, m in repeaters(sentence, mentions, repeats, stops, joiners, *gerunds)} | {
            id(m) for m in followed_precedents(sentence, mentions, repeats, *gerunds)} if repeats else set()
        comma, listed = compared_actors(sentence, mentions, comparisons, joiners) if comparisons[0] else (0, [])
        repeating |= {id(m) for m in listed}
        own = [m for m in mentions if id(m) not in repeating] if repeating else mentions
        voted.extend(voted_states(sentence.tokens, mentions, lang))
        subjects.add(mentions)
        guest = answers.get(position) if answers else None
        told = code_sentence(doc, sentence, own, ruleset, context=signed + events[first:],
                             subject=_speaking(guest, sentence) if guest is not None
                             and _first_person_verb(sentence, ruleset.grammar) else subject,
                             named=named, focal=dyads.focal(), voted=voted, about=subjects.state(),
                             speaker=speaker, story=partial(story_of, sentences, position, lang, doc.published),
                             lead=lead, quarrels=dyads.quarrels())
        events.extend(told)
        if listed:  # "..., comme Bamako et Ouagadougou": the listed actors did the act told before the comma
            events.extend(compared(told, comma, listed))
        if not lead:
            lead = [e for e in told if e.factual and e.source]
        _add_acts_told_again(events, first, told, sentence, mentions, ruleset, stops, joiners, gerunds)
        dyads.add(events[done:])
        done = len(events)
        subject = antecedent(mentions, sentence) or subject
        speaker = antecedent(mentions, sentence) if _reports_speech(sentence, reports) else None
        named.extend(m for m in mentions if m.kind != PLACE)
    confidence.corroborate(events)
    return events


def _add_acts_told_again(events: list[Event], first: int, told: list[Event], sentence: Sentence,
                         mentions: list[ActorMention], ruleset: RuleSet, stops: frozenset[str],
                         joiners: frozenset[str], gerunds: tuple[tuple[str, ...], frozenset[str]]) -> None:
    """Add to `events` the acts the sentence tells again of others: the acts it told (`told`) done first by the
    actors its opener lists, and the latest act or words of `events[first:]` (the window in reach) done again by
    another source. Each reader sees what the one before it added."""
    grammar, words = ruleset.grammar, ruleset.grammar.roles
    if words.precedent_openers and told:  # "Nach Kanada hat auch Frankreich ...": Canada did it first
        events.extend(precedents(sentence, mentions, told, words.precedent_openers, words.also_words, joiners))
    if words.same_acts and mentions:  # "y Honduras hizo lo mismo": the latest act again, with another source
        events.extend(same_act(sentence, mentions, words.same_acts, stops, grammar.target_markers, events[first:],
                               joiners, grammar.negation, gerunds))
    if words.same_words and mentions:  # "En términos parecidos se pronunció México": the latest speaker's words again
        events.extend(same_words(sentence, mentions, words.same_words, stops, joiners, events[first:]))


def _speaking(guest: ActorMention, sentence: Sentence) -> ActorMention:
    """The interviewee as the subject of her answer's sentence: placed there, after the events of the question
    before it ("P: Brasil acusó a Paraguay. R: Rechazamos esa acusación": the dropped "we" is hers, not Brazil's,
    events/article_fill._source_from_context)."""
    return replace(guest, start=sentence.start, end=sentence.start, token_start=-1, token_end=-1,
                   note=f"the interviewee, {guest.surface!r}, speaking", fill=INTERVIEWEE)


def _first_person_verb(sentence: Sentence, grammar: Grammar) -> bool:
    """Whether a word of the sentence is a verb in the first person plural (`first_person_word`)."""
    endings = tuple(grammar.roles.first_person_endings)
    return bool(endings) and any(first_person_word(t, endings) for t in sentence.tokens)


def _reports_speech(sentence: Sentence, reports: frozenset[str]) -> bool:
    """Whether a sentence tells what someone said ("said", "erklärte", "a affirmé", "заявило"): its subject is the
    speaker whose words a verdict in the next sentence may judge ("rejected the remarks")."""
    return any(t.lemma.lower() in reports or t.text.lower() in reports for t in sentence.tokens)


def code_sentence(doc: Document, sentence: Sentence, mentions: list[ActorMention],
                  ruleset: RuleSet, context: list[Event] | None = None,
                  subject: ActorMention | None = None, named: list[ActorMention] | None = None,
                  focal: Event | None = None, voted: list[ActorMention] | None = None,
                  about: ActorMention | None = None, speaker: ActorMention | None = None,
                  story: Callable[[], date | None] | None = None, lead: list[Event] | None = None,
                  quarrels: frozenset[frozenset[str]] = frozenset()) -> list[Event]:
    """Events of one sentence; `context` holds the events of the article's earlier sentences, which
    fill in a reply's addressee ("Moskau wies die Vorwürfe zurück") and a pronoun subject ("er drohte");
    `subject` is the earlier sentences' latest subject, for a pronoun no earlier event explains; `named`
    the actors of the last sentences, for an envoy without a country ("wies den Botschafter aus"); `focal` the
    latest event of the article's focal dyad, the other side of which a hostile act with no target is aimed at;
    `voted` the states beside the article's election words, the winner's a congratulation is aimed at; `about` the
    state the article is about, at which a third party's verdict or appeal with no one named is aimed; `speaker` the
    subject of the sentence before where it told what was said, whose words "the remarks" are; `story` the day the
    article last told of before this sentence (language/dates.story_day), asked only for a day told from it; `lead`
    the events of the article's first sentence that told an act, which a verdict's label judges."""
    grammar = ruleset.grammar
    actors = without_press_title(sentence, without_named_apposition(sentence, apposed_members(
        sentence, expand_references(without_resumptive_reference(sentence, mentions)), grammar), grammar), grammar)
    recent = [e for e in (context or []) if sentence.start - e.evidence_start < CONTEXT_CHARS]
    if not sentence.tokens or not actors and not recent:
        return []
    s = read_sentence(doc, sentence, mentions, ruleset, actors, story)
    if s is None:
        return []
    judge_triggers(s)
    agent_readers(s)
    # a dependency parse (events/roles_dep.py; None unless a parser is installed) where two actors compete
    parser = parser_for(ruleset.lang) if len(s.groups) >= 2 else None
    s.parsed = parser.parse(sentence) if parser is not None else None
    sentence_phrases(s)
    article = Article(context, recent, subject, named, focal, voted, about, speaker, lead or [], quarrels)
    for match in s.triggers:
        _code_trigger(s, article, match)
    if s.explain_only:  # `eval --misses` scores what `eval` scores
        for match in s.triggers if s.events else ():  # (what they would have made is dropped)
            note(sentence, ruleset, match, "no actor and no pronoun in the sentence: not read")
        return []
    return without_agreed_measure(without_second_fill([event for _rank, event in s.events.values()], s.earlier,
                                                       s.filled))


def _code_trigger(s: SentenceState, article: Article, match: TriggerMatch) -> None:
    """The events of one trigger, added to `s.events`: each step either drops the trigger (a False; the reason
    noted for `realpolitik eval --misses`) or reads or corrects its roles."""
    if not kept(s, match):
        return
    tr = Trigger(match, clause_of(s.clauses, match.span[0]), phrases_of(s, match))
    tr.span = quoted_span(match.span, s.sentence.tokens)
    if not trigger_modality(s, tr) or not read_noun(s, tr) or not read_voice(s, article, tr):
        return
    rival_tokens(s, tr)
    assign(s, tr)
    meeting_roles(s, tr)
    clause_corrections(s, tr)
    if not asked_state(s, tr):
        return
    places(s, tr)
    cues(s, tr)
    agent_corrections(s, tr)
    summarised_author(s, tr)
    claim_origin(s, tr)
    followers_ranked(s, tr)
    carried_agents(s, tr)
    request_targets(s, tr)
    consequence_subject(s, tr)
    threat_targets(s, tr)
    verdict_answered(s, tr)
    verdict_before_appeal(s, tr)
    made_to_act(s, tr)
    envoy_roles(s, tr)
    reciprocal_targets(s, tr)
    article_context(s, article, tr)
    if nonstate_subject(s, tr):
        note(s.sentence, s.ruleset, match, "the subject is no state (a community, an employers' body, organisations): "
             "the state read for it is not who acts")
        return
    if domestic_charge(s, tr):
        note(s.sentence, s.ruleset, match, "a domestic speaker's charge against its own government: no fact between "
             "states")
        return  # "Die Opposition warf der Regierung vor, ..."
    verdict_answered(s, tr, filled=True)
    conditional_threat(s, tr)
    if not demand_cue(s, tr):
        return
    if background_war(s, tr):
        note(s.sentence, s.ruleset, match, "a known war named as background: a rivalry, no attack told")
        return  # "since Russia's invasion of Ukraine", "seit Beginn des russischen Angriffskriegs"
    alleged, inside_charge = alleged_act(s, tr)
    serving_sources(s, tr)
    add_events(s, tr, alleged, inside_charge)


def _signed(event: Event) -> bool:
    """A treaty signed, kept beyond the reach of the article's context (ACT_CHARS): "Australia y Filipinas firmaron
    este jueves un tratado ... [2,100 characters] ... Estados Unidos saludó el tratado" welcomes the lead's treaty,
    which a long article names again by its noun long after it told the signing. Only the latest `_SIGNED_KEPT` are
    kept, so that a sentence's context stays bounded however long the article."""
    return event.cameo == "057" and event.factual and not event.negated


_SIGNED_KEPT: Final = 4

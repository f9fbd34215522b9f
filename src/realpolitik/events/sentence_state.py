"""What every trigger of one sentence reads, read once: the sentence's forms, groups, clauses and triggers
(`read_sentence`), what its triggers judge and carry (`judge_triggers`, `agent_readers`), the phrases some triggers
may not take (`sentence_phrases`), with the three records the coder's steps share (`SentenceState`, `Article`,
`Trigger`) and the lazy readers the state holds (asked at most once a sentence or a clause).

The coder (coder.py) makes the state once per sentence; the steps of each trigger (trigger_reading.py,
trigger_corrections.py, trigger_context.py) read it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Final, TypeVar

from realpolitik.codes import party
from realpolitik.events import trace
from realpolitik.events.article_phrases import steps_named, talks_named
from realpolitik.events.cameo import ACCUSATION
from realpolitik.events.clause_forms import sentence_forms
from realpolitik.events.clause_infinitives import future_not_passive
from realpolitik.events.clauses import quoted_tokens, split_clauses
from realpolitik.events.dropped_subject import PRO_DROP, has_pronoun, may_open, opens_sentence, opens_with_pronoun
from realpolitik.events.event_dates import told_from_story
from realpolitik.events.grammar import Grammar, joined
from realpolitik.events.patterns import Pattern
from realpolitik.events.roles import (
    Group,
    Roles,
    group_mentions,
    mark_groups,
    participle_attributes,
    quoted_by_pronoun,
    relative_agent,
    split_clause_subject,
    support_participle_agent,
)
from realpolitik.events.roles_dep import Parse
from realpolitik.events.rules import Rule, RuleSet
from realpolitik.events.topics import conceded_groups, topic_groups, war_names
from realpolitik.events.triggers import TriggerMatch, actor_kinds_at, find_triggers, inner_name_words, meeting_names
from realpolitik.events.verdict_objects import judged_nouns, norm_owners, perfect_objects, verdict_predicates
from realpolitik.events.voice import carried_agent, has_own_agent
from realpolitik.language.dates import DateRef, find_dates
from realpolitik.language.tokens import DASHES, QUOTE_MARKS
from realpolitik.model import PLACE, ActorMention, Document, Event, Sentence, Token, token_text


class SentenceState:
    """What every trigger of one sentence reads: the sentence's forms, groups, clauses and triggers
    (`read_sentence`), what its triggers judge and carry (`judge_triggers`, `agent_readers`), the phrases some
    triggers may not take (`sentence_phrases`), and the events coded so far. (Its lazy readers are made by
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
    talks: Callable[[], list[int]]
    remarks: Callable[[], list[int]]
    dates: Callable[[], list[DateRef]]
    # clause tests remembered per clause: a passive auxiliary, a subject pronoun, a plural pronoun
    passive_clause: Callable[[tuple[int, int]], bool]
    pronoun_clause: Callable[[tuple[int, int]], bool]
    plural_clause: Callable[[tuple[int, int]], bool]
    # `judge_triggers`
    judged: set[int]  # ids of the noun triggers another trigger judges
    accusations: list[tuple[int, int, bool]]  # their spans, and whether they name the crime
    denials: list[int]  # where a denial's content may start
    with_own_agent: set[int]  # ids of the triggers with an agent of their own
    judged_agents: dict[int, Group]  # a judged noun's agent its relative clause names
    # `agent_readers`
    carrying: bool  # a participle or side phrase that carries out an act noun stands in the sentence
    readers: tuple[bool, bool, bool]  # which of those readers `carried_agent` asks
    parsed: Parse | None  # (code_sentence)
    # `sentence_phrases`
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
    filled: set[int]  # ids of the events whose target the article supplied (`sentence_filters.without_second_fill`)
    act_nouns: dict[tuple[int, int], bool]
    explain_only: bool  # read only for the trace: untraced, the sentence is skipped (`read_sentence`)

    def __init__(self, doc: Document, sentence: Sentence, ruleset: RuleSet, mentions: list[ActorMention],
                 actors: list[ActorMention], forms: list[frozenset[str]], vocabulary: frozenset[str]) -> None:
        self.doc, self.sentence, self.ruleset, self.grammar = doc, sentence, ruleset, ruleset.grammar
        self.mentions, self.actors, self.forms, self.vocabulary = mentions, actors, forms, vocabulary
        self.events, self.earlier, self.act_nouns = {}, [], {}
        self.filled = set()
        self.explain_only = False


class Article:
    """What the article told before the sentence (see `code_sentence`)."""

    def __init__(self, context: list[Event] | None, recent: list[Event], subject: ActorMention | None,
                 named: list[ActorMention] | None, focal: Event | None, voted: list[ActorMention] | None,
                 about: ActorMention | None, speaker: ActorMention | None, lead: list[Event] | None = None,
                 quarrels: frozenset[frozenset[str]] = frozenset()) -> None:
        self.context, self.recent, self.subject, self.named = context, recent, subject, named
        self.focal, self.voted, self.about, self.speaker = focal, voted, about, speaker
        self.lead = lead or []  # the events of the article's first sentence that told an act
        self.quarrels = quarrels  # the pairs of parties the article told in a quarrel so far


class Trigger:
    """One trigger's reading so far: where it stands, what it reads, and its roles."""

    match: TriggerMatch  # (a summons read as a recall is coded as the recall: `envoy_roles`)
    span: tuple[int, int]
    clause: tuple[int, int]
    phrases: list[Group]  # the actor phrases it may have
    participle: bool  # its clause opens with a participle
    modality: str
    nominal: bool
    arrested: Roles | None  # the roles of an arrest (or expulsion) its place or participle names
    passive: bool
    hosted: Roles | None  # the roles of a passive summons or expulsion by its host
    agentless: bool  # a passive of force with no agent
    # the tokens of the sentence's other triggers (`rival_tokens`): with an agent of their own, all, mediations,
    # denials, (of a denial only) cooperative acts, and (of a charge only) friendly acts
    others: frozenset[int]
    rivals: frozenset[int]
    mediations: frozenset[int]
    other_denials: frozenset[int]
    cooperative: frozenset[int]
    opposed: frozenset[int]  # (of a rejection) the tokens of the sentence's praise (`_OPPOSED_VERDICTS`)
    friendly: frozenset[int]
    helping: frozenset[int]  # (of a charge only) its aid and help-naming pledges
    roles: Roles  # (`assign`)
    acts: list[str]  # the types of the act nouns of its clause
    act_spans: list[tuple[int, int]]  # where those act nouns stand
    act_kinds: list[str]  # the CAMEO codes of those act nouns' rules ("the expulsion": 161, not the sanctions' 163)
    pronoun: bool  # its subject may be a pronoun (or dropped)
    weak: bool  # its source is not its clause's own subject
    own: list[Event]  # the latest events of the sentence's earlier triggers
    among_sources: bool  # coordinated parties of a mutual act act on each other
    conditioned: bool  # a hostile act made conditional
    cue: int | None  # where the demand or threat cue stands
    # the meeting told as the occasion after a two-sided subject (`meetings.trailing_meeting_pair`), once read:
    # read_noun asks it as a check, meeting_roles takes its pair (`trigger_reading.trailing_meeting`)
    trailing_read: bool
    trailing: tuple[Group, list[ActorMention]] | None

    def __init__(self, match: TriggerMatch, clause: tuple[int, int], phrases: list[Group]) -> None:
        self.match, self.span, self.clause, self.phrases = match, match.span, clause, phrases
        self.participle, self.modality, self.nominal, self.arrested = False, "asserted", False, None
        self.passive, self.hosted, self.agentless = False, None, False
        self.pronoun, self.weak, self.among_sources, self.conditioned, self.cue = False, False, False, False, None
        self.act_spans = []
        self.act_kinds = []
        self.trailing_read, self.trailing = False, None


def _tells_outcome(vocabulary: frozenset[str], ruleset: RuleSet) -> bool:
    """Whether the sentence's forms (`sentence_forms`' vocabulary, what the patterns match) hold the deal noun an
    outcome rule ends on (`RuleSet.outcome_ends`): it may bind the sides of the talks told before with no party of its
    own named."""
    return any(slot.matches(vocabulary) for slot in ruleset.outcome_ends)


def read_sentence(doc: Document, sentence: Sentence, mentions: list[ActorMention], ruleset: RuleSet,
                   actors: list[ActorMention], story: Callable[[], date | None] | None) -> SentenceState | None:
    """The sentence's forms, clauses, groups and triggers; None where no trigger may yield an event (no rule's
    words, no trigger, or no actor and no pronoun that may stand for one)."""
    grammar = ruleset.grammar
    # Without an actor of its own a trigger's source can only be a pronoun's antecedent (fill_from_context):
    # a sentence with neither gives no event, and its triggers are read only to explain that (tracing), whatever
    # they would make dropped (`explain_only`, code_sentence).
    # (an outcome with no party names none: "The negotiations culminated in a peace accord", `Rule.outcome`)
    forms, vocabulary = sentence_forms(sentence, grammar)
    partyless = not actors and not has_pronoun(sentence, grammar) and not _tells_outcome(vocabulary, ruleset)
    explaining = trace.active()
    skipped = partyless and ruleset.lang not in PRO_DROP
    if skipped and not explaining:
        return None
    candidates = ruleset.candidates(vocabulary)
    if not candidates:
        return None  # no rule's words in the sentence: no groups or clauses to build
    skipped = skipped or partyless and not may_open(sentence.tokens, forms, candidates, grammar)
    if skipped and not explaining:
        return None  # (below: only a trigger that opens the sentence counts; no pattern can start where one may)
    groups, clauses, found = _groups_clauses_triggers(sentence, ruleset, forms, actors, candidates)
    # A city stands for its state only where force is used on it ("strikes on Kharkiv"): to any other act
    # it is no party ("talks in Istanbul", "an Odesa-born singer criticised ..."), and it never acts.
    has_places = any(m.kind == PLACE for m in actors)
    placeless = [g for g in groups if not all(m.kind == PLACE for m in g.members)] if has_places else groups
    triggers = [m for m in found if not m.rule.ignore]
    # words of a phrase that reports no event are no modal cue either ("forderte zehn Todesopfer" demands nothing)
    ignored = {i for m in found if m.rule.ignore for i in m.tokens}
    modal_forms = [frozenset() if i in ignored else f for i, f in enumerate(forms)] if ignored else forms
    if not triggers:
        return None
    skipped = skipped or partyless and not any(opens_sentence(sentence.tokens, m.span[0], grammar) for m in triggers)
    if skipped and not explaining:
        return None  # (a dropped subject stands before a verb that opens the sentence)
    # (an ignored phrase of adjacent words still closes the phrase before it: "recalled its envoy for consultations
    # after the US Treasury imposed ...": "for" governs "consultations", not the subject of the clause after it)
    phrase_words = frozenset(i for m in found if m.rule.ignore and len(m.tokens) == m.span[1] - m.span[0]
                             for i in m.tokens)
    mark_groups(sentence, groups, grammar, frozenset(i for m in triggers for i in m.tokens) | phrase_words,
                frozenset(m.span[0] for m in triggers))
    inside_actor = {i for m in actors for i in range(m.token_start, m.token_end)}
    topics = topic_groups(triggers, groups, forms, grammar)
    war_named = war_names(triggers, groups, sentence, forms, grammar) \
        if not vocabulary.isdisjoint(grammar.roles.war_nouns) else set()
    if topics:  # "discussed Libya and Syria during talks in Athens": what is talked about is no party of any act
        groups = [g for g in groups if id(g) not in topics]
        placeless = [g for g in placeless if id(g) not in topics]
    s = SentenceState(doc, sentence, ruleset, mentions, actors, forms, vocabulary)
    s.groups, s.placeless, s.clauses, s.triggers, s.modal_forms = groups, placeless, clauses, triggers, modal_forms
    s.has_places, s.inside_actor, s.war_named, s.several = has_places, inside_actor, war_named, len(triggers) > 1
    s.quoted = quoted_tokens(sentence)
    s.steps, s.deals, s.remarks = _named_steps(sentence, grammar)
    s.talks = _once(lambda: talks_named(sentence.tokens, grammar.roles))  # "the talks", when asked
    s.dates = _dates(doc, sentence, ruleset, story)
    s.passive_clause, s.pronoun_clause, s.plural_clause = _clause_tests(sentence, forms, grammar, groups)
    s.explain_only = skipped
    return s


def _groups_clauses_triggers(sentence: Sentence, ruleset: RuleSet, forms: list[frozenset[str]],
                             actors: list[ActorMention], candidates: list[tuple[Rule, Pattern]]
                             ) -> tuple[list[Group], list[tuple[int, int]], list[TriggerMatch]]:
    """The sentence's actor phrases, clauses and triggers (of the `candidates` rules); all three read again where a
    name after a conjunction opens a clause of its own ("Russia attacked Ukraine and Poland condemned the strikes":
    two clauses, `split_clause_subject`)."""
    grammar = ruleset.grammar
    groups = group_mentions(sentence, actors, grammar)
    clauses = split_clauses(sentence, grammar, _unbroken(groups, sentence.tokens), frozenset(g.start for g in groups))
    kinds_at = actor_kinds_at(sentence.tokens, actors)
    meetings = meeting_names(sentence.tokens, actors, forms, grammar.gatherings)
    inside_names = inner_name_words(sentence.tokens, actors)
    found = find_triggers(sentence, ruleset, forms, clauses, kinds_at, candidates, meetings, inside_names)
    split = split_clause_subject(sentence, groups, found, forms, grammar)
    if split is not None:
        groups, cuts = split
        clauses = split_clauses(sentence, grammar, _unbroken(groups, sentence.tokens),
                                frozenset(g.start for g in groups), cuts)
        found = find_triggers(sentence, ruleset, forms, clauses, kinds_at, candidates, meetings, inside_names)
    return groups, clauses, found


def _dates(doc: Document, sentence: Sentence, ruleset: RuleSet, story: Callable[[], date | None] | None
           ) -> Callable[[], list[DateRef]]:
    """The sentence's dates, read when first asked (most triggers yield no event to date)."""
    return _once(lambda: told_from_story(find_dates(sentence.text, ruleset.lang, doc.published), story))


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


def judge_triggers(s: SentenceState) -> None:
    """Which triggers another one judges (a noun a verdict is on), which accuse or deny (their content is alleged),
    and which have an agent of their own."""
    sentence, grammar, forms, groups, clauses, triggers, several = s.sentence, s.grammar, s.forms, s.groups, \
        s.clauses, s.triggers, s.several
    # (a lone trigger has no other to judge it or to stand behind: most sentences need neither question)
    judged = judged_nouns(triggers, sentence, clauses, grammar.determiners, grammar.genitive_markers,
                           (grammar.roles.verdict_reasons, grammar.possessives),
                           grammar if grammar.verb_lemma_endings else None,
                           (grammar.roles.naming_verbs, grammar.roles.free_relatives)
                           if grammar.roles.naming_verbs else None, grammar.verb_final,
                           grammar.roles.act_epithets,
                           joined(grammar.subordinators, grammar.coordination, grammar.conjunctions,
                                  grammar.perfect_auxiliaries, grammar.passive_auxiliaries),
                           grammar.roles.cause_phrase_words) if several else set()
    if several and grammar.predicate_markers:
        judged |= verdict_predicates(triggers, sentence.tokens, clauses, grammar.predicate_markers)
    if several and grammar.verb_final:
        judged |= perfect_objects(triggers, sentence.tokens, clauses, grammar, judged)
    # a judged accusation ("wies die Vorwürfe Polens zurück") makes no later act its content
    # (a verdict on a reported clause's subject, "sagte, Indien sei verantwortlich, und wies ... aus", has its content
    # before it: what follows is the speaker's own act)
    # (with whether its code names the crime, "1121": then its pattern reaches from the verb to the crime's noun, and
    # an act inside that span is the content too)
    accusations = [(*m.span, len(m.rule.cameo) > len(ACCUSATION)) for m in triggers
                   if m.rule.cameo.startswith(ACCUSATION) and id(m) not in judged and not m.rule.subject_judged]
    # (where the pattern reaches from the verb to the crime, the content may start at the charge's "de" after the
    # verb, as a denial's does after its verb: "accuse Cotonou d'abriter des bases françaises destinées à le
    # déstabiliser": the bases are the charge, not an act told)
    markers = grammar.roles.charge_markers
    elided = grammar.roles.elided_charge_starts  # "d'abriter": the word starts with it
    accusations += [(m.span[0], k, False) for m in triggers
                    if markers and m.rule.cameo.startswith(ACCUSATION) and len(m.rule.cameo) > len(ACCUSATION)
                    and id(m) not in judged and not m.rule.subject_judged
                    for k in [next((i for i in range(m.tokens[0] + 1, m.span[1])
                                    if sentence.tokens[i].text.lower() in markers
                                    or sentence.tokens[i].text.lower().startswith(elided)), None)]
                    if k is not None]
    # A denial's content after a comma ("bestreitet, Völkermord zu begehen") is alleged, not done;
    # "wies die Vorwürfe zurück und kündigte eine Antwort an" goes on with an act of its own.
    # where a denial's content may start: after its pattern, or after its verb when the pattern reaches further
    # ("negó haber suministrado armas a Rusia y calificó de infundadas las acusaciones": the deliveries are denied)
    denials = sorted({end for m in triggers if m.rule.cameo == "016" for end in (m.span[1], m.tokens[0] + 1)})
    with_own_agent = {id(m) for m in triggers if has_own_agent(m, sentence, groups, forms, grammar)} if several \
        else set()
    # "verurteilte den Angriff, den Russland auf Kiew verübt hatte": a judged noun whose relative clause names
    # its agent is an act of its own, and its agent is the one judged
    judged_agents = {id(m): agent for m in triggers if id(m) in judged and id(m) not in with_own_agent
                     for agent in [relative_agent(groups, clauses, m.span, sentence.tokens, forms, grammar)[0]]
                     if agent is not None}
    s.judged, s.accusations, s.denials, s.with_own_agent, s.judged_agents = judged, accusations, denials, \
        with_own_agent, judged_agents


def agent_readers(s: SentenceState) -> None:
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
                           and carried_agent(m, groups, forms, grammar, triggers, readers)[0] is not None}
    s.carrying, s.readers, s.with_own_agent = bool(carrying), readers, with_own_agent


def sentence_phrases(s: SentenceState) -> None:
    """The phrases some triggers may not take: extended attributes, the owners of a broken norm (no side of a
    verdict), the names of a concession's noun; and whether the sentence names a refusal."""
    sentence, grammar, forms, groups, placeless, vocabulary = s.sentence, s.grammar, s.forms, s.groups, s.placeless, \
        s.vocabulary
    s.attributes = participle_attributes(sentence.tokens, forms, grammar) if s.several or len(groups) > 2 else ()
    # "condemned the launch, a violation of Security Council resolutions": the owner of a broken norm is no side of a
    # verdict (lists made once: the role readers key what they learn about a list by its identity)
    wronged = norm_owners(groups, forms, grammar)
    judging_groups = [g for g in groups if id(g) not in wronged]
    judging_placeless = [g for g in placeless if id(g) not in wronged]
    # "Israël a poursuivi l'offensive malgré la mise en garde de Washington": the names of a concession's noun are
    # that noun's, no party of the clause's other acts
    # (asked only where the sentence holds every word of a concessive phrase: most hold none, and the groups'
    # windows cost a seventh of the coder on the bench pages)
    concession = any(map(vocabulary.issuperset, grammar.roles.concessive_phrases))
    conceded = conceded_groups(s.triggers, groups, sentence.tokens, forms, grammar) if concession else {}
    refusing = not vocabulary.isdisjoint(grammar.refusal_nouns)  # most sentences name no refusal
    s.wronged, s.judging_groups, s.judging_placeless = wronged, judging_groups, judging_placeless
    s.concession, s.conceded, s.refusing = concession, conceded, refusing


def quoted_span(span: tuple[int, int], tokens: list[Token]) -> tuple[int, int]:
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


def note(sentence: Sentence, ruleset: RuleSet, match: TriggerMatch, reason: str | None) -> None:
    """Tell `realpolitik eval --misses` what became of a trigger (see events/trace.py)."""
    trace.note(sentence.index, f"{ruleset.lang}.{match.rule.id}", match.rule.plover, match.tokens, reason)


def _per_clause(test: Callable[[tuple[int, int]], bool]) -> Callable[[tuple[int, int]], bool]:
    """`test` of a clause, remembered for the sentence."""
    seen: dict[tuple[int, int], bool] = {}

    def ask(clause: tuple[int, int]) -> bool:
        if clause not in seen:
            seen[clause] = test(clause)
        return seen[clause]

    return ask


def parties_of(actors: list[ActorMention]) -> frozenset[str]:
    """The parties a sentence names (by name, capital, adjective or place): the side of a dyad a demand is made of."""
    return frozenset(party(m.code) for m in actors)


# how a sentence names a party it tells of: by its name, a leader, an office or a body (not a place or a capital, often
# only where something is: "l'ambassadeur du Japon à Manille", "die russische Botschaft in Oslo"; not an adjective on
# a thing, "die Verletzung des polnischen Luftraums"; not a reference, the article's party named again)
NAMING_KINDS: Final = frozenset({"country", "leader", "agent", "organisation", "group", "seat"})


def named_in(actors: list[ActorMention], sources: list[ActorMention], tokens: list[Token],
             coordination: frozenset[str]) -> frozenset[str]:
    """The parties a sentence names by name, leader, office or body (`NAMING_KINDS`), but for those joined to one of
    an act's `sources` by a bare coordinator, its fellow actors ("L'ambassadeur du Japon à Manille et son homologue
    australien ont exprimé ...": no punctuation between, `coordination` among the words)."""
    return frozenset(party(m.code) for m in actors if m.kind in NAMING_KINDS
                     and not any(_joined(tokens, s.token_end, m.token_start, coordination) for s in sources))


def _joined(tokens: list[Token], start: int, end: int, coordination: frozenset[str]) -> bool:
    """Whether the words from `start` to `end` (a source's end, a later mention's start) hold a coordinator and no
    punctuation: the later mention is the source's fellow actor."""
    between = [t.text.lower() for t in tokens[max(start, 0):end]]
    return 0 <= start < end and not coordination.isdisjoint(between) and all(w[:1].isalnum() for w in between)

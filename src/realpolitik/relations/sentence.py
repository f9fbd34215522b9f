"""One sentence as the relation shapes read it: actor groups, clauses, the lexicon's pattern matches.

The groups and clauses are the event coder's (events/roles.py, clauses.py):
coordinated actors form one group marked by the preposition that governs it.
A cue match (`CueMatch`) is the token span of a cue's words; which of them name a tie (none inside an actor's own
name, "Collective Security Treaty Organization", nor after a negation, "not a member") is read by cue_filters.py,
from this view.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Final

from realpolitik.codes import country_of, party
from realpolitik.events.clause_forms import sentence_forms
from realpolitik.events.clauses import clause_of, split_clauses
from realpolitik.events.grammar import Grammar
from realpolitik.events.patterns import Pattern, search_clauses
from realpolitik.events.roles import Group, build_groups, expand_references
from realpolitik.language.dates import find_dates
from realpolitik.model import ActorMention, Event, Sentence, Token
from realpolitik.relations.lexicon import Cue, RelationLexicon


@dataclass(frozen=True, init=False)  # its own __init__: compiled, where the dataclass's is interpreted (compiled.py)
class CueMatch:
    cue: Cue
    start: int  # first token of the cue's words
    end: int  # last token + 1

    def __init__(self, cue: Cue, start: int, end: int) -> None:
        # frozen: plain Python sets a field only through object's __setattr__ (mypyc compiles it to a direct write)
        object.__setattr__(self, "cue", cue)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)


_ANY_DAY: Final = date(2000, 1, 1)  # a weekday is resolved against some day; only where it stands matters here


def is_year(text: str) -> bool:
    """A token that gives a year of four digits ("2023"): a date of the act, not a party."""
    return text.isdigit() and len(text) == 4


@dataclass(init=False)  # its own __init__: compiled, where the dataclass's is interpreted (compiled.py)
class SentenceView:
    """A sentence with its actor groups, clauses and word forms, and what the relation readers ask of it once."""

    sentence: Sentence
    groups: list[Group]
    clauses: list[tuple[int, int]]
    forms: list[frozenset[str]]
    vocabulary: frozenset[str]
    grammar: Grammar
    lexicon: RelationLexicon
    events: list[Event]
    article_parties: frozenset[str] = frozenset()  # every party the whole article names
    live: frozenset[int] | None = None  # ids of the patterns that may match (RelationLexicon.live); None: all
    live_tuples: frozenset[int] = frozenset()  # ids of the lexicon's tuples holding such a pattern (live_tuples)
    # memberships it negates: "X, unlike Y, is not a member" (filled by cue_filters.cue_matches)
    denied: list[CueMatch] = field(default_factory=list)
    # treaty words it negates: "stops short of a mutual defence commitment; its only such treaty ..."
    # (cue_filters.such_kind)
    denied_treaties: list[CueMatch] = field(default_factory=list)
    armed_groups: tuple[str, ...] = ()  # parties of the armed groups (…REB) the article named before this sentence
    previous_state: str | None = None  # the first state the sentence before names: what "It belongs to ..." is about
    # name_tokens, outside and interposed, made at the first read (not functools.cached_property: compiled with
    # mypyc, a native class's cached_property is a plain property, computed again at every read); set by __init__
    _name_tokens: frozenset[int] | None = field(default=None, init=False, repr=False, compare=False)
    _outside: frozenset[int] | None = field(default=None, init=False, repr=False, compare=False)
    _interposed: frozenset[int] | None = field(default=None, init=False, repr=False, compare=False)

    def __init__(self, sentence: Sentence, groups: list[Group], clauses: list[tuple[int, int]],
                 forms: list[frozenset[str]], vocabulary: frozenset[str], grammar: Grammar, lexicon: RelationLexicon,
                 events: list[Event], article_parties: frozenset[str] = frozenset(), live: frozenset[int] | None = None,
                 live_tuples: frozenset[int] = frozenset(), denied: list[CueMatch] | None = None,
                 denied_treaties: list[CueMatch] | None = None, armed_groups: tuple[str, ...] = (),
                 previous_state: str | None = None) -> None:
        self.sentence = sentence
        self.groups = groups
        self.clauses = clauses
        self.forms = forms
        self.vocabulary = vocabulary
        self.grammar = grammar
        self.lexicon = lexicon
        self.events = events
        self.article_parties = article_parties
        self.live = live
        self.live_tuples = live_tuples
        self.denied = [] if denied is None else denied
        self.denied_treaties = [] if denied_treaties is None else denied_treaties
        self.armed_groups = armed_groups
        self.previous_state = previous_state
        self._name_tokens = None
        self._outside = None
        self._interposed = None

    @classmethod
    def build(cls, sentence: Sentence, mentions: list[ActorMention], grammar: Grammar, lexicon: RelationLexicon,
              events: list[Event], article_parties: frozenset[str] = frozenset(),
              live: frozenset[int] | None = None) -> SentenceView:
        groups = build_groups(sentence, expand_references(mentions), grammar)
        clauses = split_clauses(sentence, grammar, [(g.start, g.end) for g in groups if len(g.members) > 1])
        if grammar.verb_lemma_endings:  # Russian, whose present tense drops "to be"
            clauses = _dash_copulas_joined(clauses, groups, sentence.tokens, grammar)
        forms, vocabulary = sentence_forms(sentence, grammar)
        return SentenceView(sentence, groups, clauses, forms, vocabulary, grammar, lexicon, events, article_parties,
                            live, lexicon.live_tuples(live) if live is not None else frozenset())

    @property
    def tokens(self) -> list[Token]:
        return self.sentence.tokens

    @property
    def name_tokens(self) -> frozenset[int]:
        """The tokens of the actors' names (no verbs, though "Irán" ends like one): asked per status word."""
        if self._name_tokens is None:
            self._name_tokens = frozenset(i for g in self.groups for m in g.members
                                          for i in range(m.token_start, m.token_end))
        return self._name_tokens

    @property
    def outside(self) -> frozenset[int]:
        """The tokens of an organisation named as what a tie lies outside (`_outside`), read once."""
        if self._outside is None:
            self._outside = self._outside_spans()
        return self._outside

    @property
    def interposed(self) -> frozenset[int]:
        """Tokens of a day ("on Wednesday", "este viernes", "am Mittwoch", "в среду") or an adverb of the lexicon's
        `interposed` marker ("already", "déjà", "bereits", "уже") that stand between an organisation, its verb and
        the state it suspends without being a party: "The AU on Wednesday suspended Madagascar", "La UA suspendió
        este viernes a Guinea-Bisáu", "L'UA avait déjà suspendu le Mali". Read once (the dates are searched in the
        whole sentence), asked for each organisation and cue."""
        if self._interposed is None:
            self._interposed = self._interposed_spans()
        return self._interposed

    def _interposed_spans(self) -> frozenset[int]:
        tokens = self.tokens
        words = self.lexicon.marker("interposed")
        found = {i for i, tok in enumerate(tokens) if tok.text.lower() in words}
        offset = self.sentence.start
        for ref in find_dates(self.sentence.text, self.lexicon.lang, _ANY_DAY):
            low, high = offset + ref.char_start, offset + ref.char_end
            inside = [i for i, tok in enumerate(tokens) if low <= tok.start and tok.end <= high]
            if inside and not any(is_year(tokens[i].text) for i in inside):  # a year: shapes_member_reach.undated_gap's
                first = inside[0]
                found.update(inside)
                if first > 0 and tokens[first - 1].text.isalpha() and tokens[first - 1].text.islower():
                    found.add(first - 1)  # its preposition or article: "on", "am", "este", "в"
        return frozenset(found)

    def _outside_spans(self) -> frozenset[int]:
        """The tokens of an organisation named as what a tie lies outside, with the word that says so: "a major
        non-NATO ally", "aliado principal extra-OTAN", "главный союзник вне НАТО", "a key ally outside NATO". It
        names no party of the tie, and its "non" negates no ally ("a non-EU member" is still no member of it)."""
        outside, negation = self.lexicon.marker("outside"), self.lexicon.negation
        skip = self.grammar.determiners | self.grammar.genitive_markers | {"-"}
        spans: set[int] = set()
        for g in self.groups:
            if not g.members or any(m.kind != "organisation" for m in g.members):
                continue
            i = g.start - 1
            while i >= 0 and g.start - i <= 3 and self.tokens[i].text.lower() in skip:
                i -= 1
            if i >= 0 and (self.forms[i] & outside or self.forms[i] & negation and self.tokens[i + 1].text == "-"):
                spans.update(range(i, g.end))
        return frozenset(spans)

    def may_match(self, patterns: tuple[Pattern, ...]) -> bool:
        """Whether the lexicon's index leaves one of `patterns` live in this sentence: most of its tuples have
        none, and for them one set test answers."""
        live = self.live
        if live is None:
            return True
        key = id(patterns)
        return key in self.live_tuples if key in self.lexicon.tuple_ids else not live.isdisjoint(map(id, patterns))

    def matches(self, patterns: tuple[Pattern, ...]) -> list[tuple[int, ...]]:
        if not self.may_match(patterns):
            return []
        live = self.live
        return [hit for p in patterns if live is None or id(p) in live
                for hit in search_clauses(p, self.forms, self.clauses, self.vocabulary)]

    def says(self, patterns: tuple[Pattern, ...]) -> bool:
        return bool(self.matches(patterns))

    def clause(self, index: int) -> tuple[int, int]:
        return clause_of(self.clauses, index)

    def in_clause(self, index: int) -> list[Group]:
        start, end = self.clause(index)
        return [g for g in self.groups if start <= g.start < end]

    def parties(self) -> list[str]:
        return unique(party(m.code) for g in self.groups for m in g.members)

    def between_only(self, low: int, high: int, allowed: frozenset[str], lower_words: bool = False,
                     skip: frozenset[int] = frozenset()) -> bool:
        """Only `allowed` words (and, with `lower_words`, lower-case words) stand in tokens [low, high), besides
        the tokens at the indices `skip`."""
        for i, tok in enumerate(self.tokens[low:high], start=low):
            if i in skip:
                continue
            low_text = tok.text.lower()
            if low_text in allowed or tok.lemma in allowed:
                continue
            if lower_words and tok.text.isalpha() and tok.text[:1].islower():
                continue
            return False
        return True


def codes(group: Group) -> list[str]:
    """The parties a group names, once each, in order."""
    return unique(party(m.code) for m in group.members)


def unique(items) -> list[str]:
    seen: list[str] = []
    for item in items:
        if item and item not in seen:
            seen.append(item)
    return seen


def is_org(code: str) -> bool:
    """An organisation ("NATO", "AES", "ECOWAS"), not a country with or without an agent."""
    return country_of(code) is None


_COPULA_DASHES: Final = frozenset({"–", "—"})


def _dash_copulas_joined(clauses: list[tuple[int, int]], groups: list[Group], tokens: list[Token],
                         grammar: Grammar) -> list[tuple[int, int]]:
    """Russian "Казахстан и Россия – члены ЕАЭС и ОДКБ": a dash after a clause that is only its actors, before a
    lower-case predicate noun, stands for "are"; the dash cut the states from their membership, the two sides are one
    clause (a dateline's dash, "АСТАНА, 30 ноября – Министерство ...", is followed by a capital; a list between two
    dashes, "страны Меркосур – Бразилия, Аргентина ... – подписали", by a verb)."""
    joined: list[tuple[int, int]] = []
    for start, end in clauses:
        if joined and _copula_dash(joined[-1], start, groups, tokens) \
                and not grammar.verb_lemma(tokens[start].lemma):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _copula_dash(previous: tuple[int, int], start: int, groups: list[Group], tokens: list[Token]) -> bool:
    """The clause before `start` is one actor group, and a dash then a lower-case word separate it from `start`."""
    dash = previous[1]
    return dash + 1 == start < len(tokens) and tokens[dash].text in _COPULA_DASHES \
        and tokens[start].text.isalpha() and tokens[start].text.islower() \
        and any(g.start == previous[0] and g.end == dash for g in groups)

"""One sentence as the relation shapes read it: actor groups, clauses, cue matches.

The groups and clauses are the event coder's (events/roles.py, clauses.py):
coordinated actors form one group marked by the preposition that governs it.
A cue match is the token span of a cue's words; a match inside an actor's
own name ("Collective Security Treaty Organization", "Allianz der
Sahel-Staaten") or right after a negation ("not a member", "lacks a
mutual-defence clause", "без подписания соглашений") names no tie; nor, but for memberships, one after a
speculative word in its clause ("could one day sign a pact", "un possible accord").
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
from realpolitik.relations.lexicon import TREATY_KINDS, Cue, RelationLexicon

NEGATION_REACH: Final = 5  # "rejected the invitation to join", "carece de una cláusula de defensa"
FORMER_REACH: Final = 5  # "once France's most faithful allies"
SETTLED_REACH_BEFORE: Final = 5  # "ont réglé en mars un différend frontalier": the settling verb before the dispute
SETTLED_REACH_AFTER: Final = 4  # "den Grenzkonflikt im März beigelegt": a verb-final clause puts it after
# "en guerre de 1946 à 1954", "fought three wars with Iceland over fishing between 1958 and 1976"
BYGONE_REACH: Final = 10
NEGOTIATION_REACH: Final = 4  # "talks on a trade agreement", "переговоры с Токио о мирном договоре" (names not counted)
PRICE_REACH: Final = 8  # "a $7.5 billion investment deal", "un accord d'investissement de 7,5 milliards de dollars"
TRANSACTION_REACH: Final = 5  # "a deal on Monday for the delivery of", "un accord portant sur la livraison de"
SUPPOSED_REACH: Final = 12  # "dass ein Krieg zwischen China und Taiwan die Versorgung mit Chips abschneiden würde"
ARTICLE_REACH: Final = 3  # "a full-scale war", "une nouvelle guerre": the article before a war word
DOMESTIC_REACH: Final = 3  # from an ally word to the house it sits in: "aliado en el Senado", "allies in parliament"
LABEL_REACH: Final = 4  # from "comme", "as" to the tie word it labels: "comme une « alliance militaire »"
VERDICT_REACH: Final = 4  # from a verb of criticism to its "comme", "as": "a dénoncée comme", "denounced the pact as"

# "never condemned the invasion": the acts a negation before a war word may belong to (the war stands)
_JUDGING: Final = frozenset({"ACCUSE", "SUPPORT"})


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
    denied: list[CueMatch] = field(default_factory=list)  # memberships it negates: "X, unlike Y, is not a member"
    # treaty words it negates: "stops short of a mutual defence commitment; its only such treaty ..." (such_kind)
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

    def cue_matches(self) -> list[CueMatch]:
        """Every cue's matches, an overlap going to the earlier cue; none inside a name, and none of a kind
        the clause negates ("no considera oportuna la incorporación ... como miembro pleno")."""
        taken: set[int] = set()
        self.denied.clear()
        self.denied_treaties.clear()
        # a reference is no name: "ambos aliados de EE. UU.", "beide enge Verbündete Washingtons" hold the cue
        inside_names = {i for g in self.groups for m in g.members if m.kind != "reference"
                        for i in range(m.token_start, m.token_end)}
        found: list[CueMatch] = []
        negated: list[tuple[str, tuple[int, int], int]] = []
        # (some thirty cues a sentence, a few live: the rest are passed over before any per-cue work)
        for cue in [c for c in self.lexicon.cues if self.may_match(c.patterns)]:
            for hit in self.matches(cue.patterns):
                span = set(hit)
                if span & taken or span & inside_names:
                    continue
                taken |= span
                if self._negated(hit[0], cue.kind) or self._negated_inside(hit) or self._denied_existence(hit[-1] + 1) \
                        or cue.kind == "membership" and self._negated_after(hit[-1] + 1):
                    negated.append((cue.kind, self.clause(hit[0]), hit[0]))
                    if cue.kind == "membership":
                        self.denied.append(CueMatch(cue, hit[0], hit[-1] + 1))
                    elif cue.kind in TREATY_KINDS:
                        self.denied_treaties.append(CueMatch(cue, hit[0], hit[-1] + 1))
                elif cue.kind != "membership" and self._speculated(hit[0]):
                    continue  # only this tie is merely possible
                elif self._labelled(hit[0]):
                    continue  # "que Belgrade a dénoncée comme une « alliance militaire »": a critic's label, no tie
                elif cue.kind in ("ally", "rivalry") and self._former(hit[0]):
                    continue  # "once France's most faithful allies", "son ancien allié": a tie of the past
                elif cue.kind == "ally" and self._domestic(hit[-1] + 1):
                    continue  # "su principal aliado en el Senado": a politician's ally at home, no tie of states
                elif cue.kind == "rivalry" and self._figurative(hit[0], hit[-1] + 1):
                    continue  # "a trade war", "una guerra comercial", "ценовая война": no armed conflict
                elif cue.kind == "rivalry" and self._settled(hit[0], hit[-1] + 1):
                    continue  # "settled a border dispute", "den Grenzstreit beigelegt": a dispute of the past
                elif cue.kind == "rivalry" and self._bygone(hit[0], hit[-1] + 1):
                    continue  # "at war from 1946 to 1954", "im Krieg von 1946 bis 1954": a war of the past
                elif cue.kind == "rivalry" and (self._may_break_out(hit[-1] + 1)
                                                or self._supposed(hit[0], hit[-1] + 1)):
                    continue  # "a war between China and Taiwan could break out", "... would cut": only a possible war
                elif cue.kind == "cooperation_agreement" and (self._transaction(hit[-1] + 1)
                                                              or self._priced(hit[0], hit[-1] + 1)):
                    continue  # "a deal to buy four jets", "a $7.5 billion deal": a sale or a contract, no standing tie
                else:
                    found.append(CueMatch(cue, hit[0], hit[-1] + 1))
        # "Australia's closest treaty ally": the treaty word says what kind of ally, it names no treaty
        found = [m for m in found if not (m.cue.kind == "cooperation_agreement"
                                          and any(o.cue.kind == "ally" and o.start == m.end for o in found))]
        return [m for m in found if not any(kind == m.cue.kind and clause == self.clause(m.start)
                                            and not self._relative_between(at, m.start)
                                            and not self._phrase_closed_before(m.start, at)
                                            and not (kind == "membership" and self._other_body(m.start, at))
                                            for kind, clause, at in negated)]

    def _other_body(self, cue: int, negation: int) -> bool:
        """"Le Sénégal reste membre de la Cédéao et n'a jamais envisagé de rejoindre l'AES": a negated membership
        after a conjunction that names an organisation of its own, not the one the first cue names, denies only its
        own; the first holds."""
        if cue > negation or not any(self.forms[i] & self.grammar.coordination for i in range(cue + 1, negation)):
            return False
        end = self.clause(negation)[1]
        first = {c for g in self.groups if cue < g.start < negation for c in codes(g) if is_org(c)}
        second = {c for g in self.groups if negation < g.start < end for c in codes(g) if is_org(c)}
        return bool(first) and bool(second) and not first & second

    def _phrase_closed_before(self, cue: int, negation: int) -> bool:
        """A comma between a cue and a negated cue after it that names no organisation after it: the first stands in
        a phrase set off before the negated verb ("Турция, являющаяся членом НАТО, не присоединилась к санкциям",
        "Turkey, a NATO member, did not join the sanctions": the membership holds; the negation is the main verb's).
        Not where the negated cue names an organisation ("Chad, often called a future member, never asked to join
        the AES": the membership it denies is the one the phrase spoke of)."""
        end = self.clause(negation)[1]
        return cue < negation and any(self.tokens[i].text == "," for i in range(cue + 1, negation)) \
            and not any(m.kind == "organisation" for g in self.groups if negation < g.start < end for m in g.members)

    def _relative_between(self, a: int, b: int) -> bool:
        """A relative pronoun, or a comma and a conjunction, between two cues of one clause: a clause about a name of
        its own ("no quiso entrar en el Brics, el grupo que encabezan China e India": the bloc's leaders are
        members all the same; "Эфиопия входит в БРИКС, а Эритрея не является членом ...")."""
        grammar = self.grammar
        relatives = grammar.roles.subject_relatives
        joins = grammar.conjunctions | grammar.coordination | self.lexicon.marker("contrast")
        return any(self.forms[i] & relatives or self.tokens[i - 1].text == "," and self.forms[i] & joins
                   for i in range(min(a, b) + 1, max(a, b)))

    def _negated(self, start: int, kind: str = "") -> bool:
        clause_start = self.clause(start)[0]
        places = self.grammar.location_markers if kind == "rivalry" else frozenset()
        for i in range(max(clause_start, start - NEGATION_REACH), start):
            # "would not take sides in the war between X and Y": the negation is the verb's, the war stands;
            # "a major non-NATO ally": the "non" says what the ally is outside of
            if (self.forms[i] & self.lexicon.negation and not self._standing_after(i) or self._short_of(i)) \
                    and not (kind == "ally" and i in self.outside) \
                    and not any(self.forms[k] & places for k in range(i + 1, start)) \
                    and not (kind == "rivalry" and self._act_between(i, start)):
                return True
        return False

    def _act_between(self, negation: int, cue: int) -> bool:
        """"Beijing has never condemned the Russian invasion of Ukraine", "n'a jamais condamné l'invasion russe": a
        verdict on the war (or support of it) the coder read between the negation and the war word is what the
        negation denies; the war stands. Not an act that would make the word true ("no han acordado un alto el
        fuego": no ceasefire)."""
        low, high = self.tokens[negation].end, self.tokens[cue].start
        return any(e.plover in _JUDGING and e.trigger_start is not None and low <= e.trigger_start < high
                   for e in self.events)

    def such_kind(self, start: int) -> str | None:
        """"The agreement stops short of a mutual defence commitment; Seoul's only such treaty is the one with
        Washington": a treaty word right after a word of "such" is of the kind the sentence denied before it."""
        such = self.lexicon.marker("such")
        if not such or not any(self.forms[i] & such for i in range(max(0, start - 2), start)):
            return None
        # the specific kind: "short of a mutual defence pact" denies a defence pact, not only a "pact"
        return next((m.cue.kind for m in reversed(self.denied_treaties)
                     if m.end <= start and m.cue.kind != "cooperation_agreement"), None)

    def _standing_after(self, i: int) -> bool:
        """The negation at `i` is part of a member's standing, a hyphen between at most: "a non-permanent member",
        "membre non permanent", "miembro no permanente" (lexicon markers "standing_negation", "standing") is a member
        of a kind, not denied one (not "no permanent member", whose "no" is no such negation)."""
        k = i + 1 + (i + 1 < len(self.tokens) and self.tokens[i + 1].text == "-")
        return k < len(self.forms) and bool(self.forms[i] & self.lexicon.marker("standing_negation")) \
            and bool(self.forms[k] & self.lexicon.marker("standing"))

    def _short_of(self, i: int) -> bool:
        """"stops short of a mutual defence treaty", "falls short of an alliance": a word of shortfall followed by the
        object marker denies the tie it governs (not "a short war", which is one)."""
        return bool(self.forms[i] & self.lexicon.marker("short_of")) and i + 1 < len(self.forms) \
            and bool(self.forms[i + 1] & self.lexicon.marker("object"))

    def _negated_after(self, end: int) -> bool:
        """A negation right after the cue, a preposition between at most: "n'est membre ni du Quad ni de l'Aukus", "a
        member of neither NATO nor the EU" (the verb's own negation may be elided into it: "n'est"); also after the
        organisation named right after the cue: "полноправным членом БРИКС не стала" (Russian puts the verb last)."""
        name = next((g for g in self.groups if g.start == end), None)
        if name is not None:
            end = name.end
        for i in range(end, min(end + 2, len(self.forms))):
            if self.forms[i] & self.lexicon.negation:
                return not self._standing_after(i)
            if not self.forms[i] & (self.grammar.location_markers | self.grammar.genitive_markers):
                return False
        return False

    def _denied_existence(self, end: int) -> bool:
        """The tie is said not to exist, the negation after it in its clause: "einen Beistandspakt gibt es jedoch
        nicht", "Договора о стратегическом партнерстве нет" (a word of `existential` before the negation, or the
        negation is one: Russian "нет")."""
        existential = self.lexicon.marker("existential")
        if not existential:
            return False
        clause_end = self.clause(end - 1)[1]
        verb = next((i for i in range(end, clause_end) if self.forms[i] & existential), None)
        if verb is None or any(t.text == "," for t in self.tokens[end:verb]):
            return False  # "подписали соглашение, но союза нет": the comma closes the tie that was signed
        return any(self.forms[i] & self.lexicon.negation for i in range(verb, clause_end))

    def _negated_inside(self, hit) -> bool:
        """A negation inside a split cue: German "gehört der EU nicht an" (the verb and its particle around it), not
        "nicht nur" ("gehört nicht nur der EU, sondern auch der Nato an")."""
        words = set(hit)  # the cue's own words ("eine Partnerschaft ohne Grenzen") negate nothing
        return any(i not in words and self.forms[i] & self.lexicon.negation
                   and not (i + 1 < len(self.forms) and self.forms[i + 1] & self.grammar.not_only)
                   for i in range(hit[0] + 1, hit[-1]))

    def negotiated(self, start: int, end: int | None = None) -> bool:
        """A word of negotiation governs the treaty word at `start`: "talks on a trade agreement", "Verhandlungen
        über ein Abkommen", "переговоры о соглашении" (within four words of its clause, only lower-case words
        between); or, given the cue's `end`, the word right after it is one: "accession talks" (the noun the
        cue word qualifies)."""
        words = self.lexicon.marker("negotiation")
        if end is not None and end < len(self.forms) and self.forms[end] & words:
            return True
        # the partner of the talks may stand between, its name not counted: "переговоры с Токио о мирном договоре"
        names = self.name_tokens
        low, i, reach = self.clause(start)[0], start - 1, 0
        while i >= low and reach < NEGOTIATION_REACH:
            if self.forms[i] & words and self.between_only(i + 1, start, frozenset(), True, names):
                return bool(words)
            # a name and the partner preposition before it ("with Japan", "с Токио") do not count
            reach += i not in names and not (i + 1 in names and self.forms[i] & self.lexicon.marker("partner"))
            i -= 1
        return False

    def _may_break_out(self, end: int) -> bool:
        """A speculative word and then a verb of outbreak after a war word in its clause ("could break out", "könne
        ausbrechen", "podría estallar", "pourrait éclater", "может начаться"): the war is only possible."""
        words, high = self.lexicon.marker("outbreak"), self.clause(end - 1)[1]
        may = next((i for i in range(end, high) if self.forms[i] & self.lexicon.speculation), None)
        return bool(words) and may is not None and any(self.forms[i] & words for i in range(may + 1, high))

    def _supposed(self, start: int, end: int) -> bool:
        """"A war between China and Taiwan would cut the supply of chips", "une guerre entre la Chine et Taïwan
        couperait ...", "война между Китаем и Тайванем отрезала бы ...": a war word with an indefinite article whose
        clause goes on to a conditional or speculative verb tells of a war supposed, not fought ("the war in Ukraine
        would have ended" is one the article names). A language without articles lists none, and then only a
        conditional word counts ("может продлиться" may be said of a war that is fought)."""
        conditional, indefinite = self.lexicon.marker("conditional"), self.lexicon.marker("indefinite")
        if not conditional:
            return False
        low, high = self.clause(start)
        if indefinite:
            if not any(self.forms[i] & indefinite and self.between_only(i + 1, start, frozenset(), lower_words=True)
                       for i in range(max(low, start - ARTICLE_REACH), start)):
                return False
            conditional = conditional | self.lexicon.speculation
        # a relative clause tells more of the war ("a war that would last years"); German sets it off with a comma
        # (its relative pronouns are its articles)
        grammar = self.grammar
        stops = (frozenset() if grammar.verb_final else grammar.subordinators | grammar.relative_markers) | {","}
        for i in range(end, min(high, end + SUPPOSED_REACH)):
            if self.forms[i] & stops:
                return False
            if self.forms[i] & conditional or _inflected(self.tokens[i].text.lower(), self.forms[i], conditional):
                return True
        return False

    def _domestic(self, end: int) -> bool:
        """A state's own institution within three words after an ally word, in its clause ("his main ally in the
        Senate", "su principal aliado en el Senado", "seine Verbündeten im Parlament"): a political ally at home."""
        words = self.lexicon.marker("domestic")
        high = min(end + DOMESTIC_REACH, self.clause(end - 1)[1])
        return bool(words) and any(self.forms[i] & words for i in range(end, high))

    def _labelled(self, start: int) -> bool:
        """A tie word a critic's verdict gives as a label: "comme", "as", "als" a few words before it, after a verb of
        criticism in its clause ("une déclaration que Belgrade a dénoncée comme une « alliance militaire »",
        "Moscow denounced the agreement as a military alliance"). The critic names no tie; one who calls a state an
        ally ("al que Washington considera un aliado", "bezeichnete Russland als Verbündeten") does."""
        return verdict_label(self, start - 1, -1)

    def _former(self, start: int) -> bool:
        """A word of the past within five words before an ally or rival word, in its clause."""
        words = self.lexicon.marker("former")
        low = max(self.clause(start)[0], start - FORMER_REACH)
        return bool(words) and any(self.forms[i] & words for i in range(low, start))

    def _settled(self, start: int, end: int) -> bool:
        """A word of settling a few words before a rival or war word, or right after it, in its clause ("settled a
        decades-old border dispute", "einen Grenzstreit beigelegt", "урегулировали пограничный спор"): the dispute is
        over, no standing rivalry. Not where a negation stands right before the word ("have not resolved the
        conflict": it goes on)."""
        words = self.lexicon.marker("settled")
        low, high = self.clause(start)
        window = range(max(low, start - SETTLED_REACH_BEFORE), min(high, end + SETTLED_REACH_AFTER))
        return bool(words) and any(
            self.forms[i] & words and not any(self.forms[k] & self.lexicon.negation for k in range(max(low, i - 2), i))
            for i in window if not start <= i < end)

    def _bygone(self, start: int, end: int) -> bool:
        """Two years joined by one word (or a dash) a few words after a war or rival word, or before it, in its
        clause: the war began and ended then ("en guerre de 1946 à 1954", "at war between 1980 and 1988", "von 1980
        bis 1988 im Krieg", "воевали в 1980-1988 годах"), no standing rivalry. Not two years further apart ("began
        in 2014 and escalated in 2022")."""
        low, high = self.clause(start)
        tokens = self.tokens
        if high + 1 < len(tokens) and high > 0 and is_year(tokens[high - 1].text) and is_year(tokens[high + 1].text):
            high += 2  # "воевали в 1998–2000 годах": the dash between the two years ends no clause
        window = [i for i in range(max(low, start - BYGONE_REACH), min(high, end + BYGONE_REACH))
                  if is_year(tokens[i].text)]
        return any(0 < b - a <= 2 and 1800 < int(tokens[a].text) < int(tokens[b].text)
                   for a, b in zip(window, window[1:], strict=False))

    def _transaction(self, end: int) -> bool:
        """A purchase, a sale or a delivery within five words after an agreement word, in its clause: a contract,
        not a treaty ("a deal to buy four jets", "a deal on Monday for the delivery of twelve boats")."""
        words = self.lexicon.marker("transaction")
        high = min(end + TRANSACTION_REACH, self.clause(end - 1)[1])
        return bool(words) and any(self.forms[i] & words for i in range(end, high))

    def _priced(self, start: int, end: int) -> bool:
        """A sum of money in the agreement word's clause, a few words before or after it ("a $7.5 billion
        investment deal", "un acuerdo de inversión de 7.500 millones de dólares"): a contract, not a treaty."""
        words = self.lexicon.marker("price")
        low, high = self.clause(start)
        low, high = max(low, start - PRICE_REACH), min(high, end + PRICE_REACH)
        return bool(words) and any(self.forms[i] & words for i in range(low, high))

    def _figurative(self, start: int, end: int) -> bool:
        """A war word qualified as a trade, price or information war, or as a world war (no war between the parties
        a sentence names: "accused Kyiv of gambling with World War III"): the word before it ("trade war", "торговая
        война"), after it ("guerre commerciale"), after a genitive marker ("guerra de precios"), or the first part of
        the compound it is ("Handelskrieg", "Weltkrieg")."""
        words = self.lexicon.marker("figurative")
        if not words:
            return False
        near = [start - 1, end]
        if end < len(self.tokens) and self.forms[end] & (self.grammar.genitive_markers | self.grammar.determiners):
            near.append(end + 1)
        if any(0 <= i < len(self.forms) and self.forms[i] & words for i in near):
            return True
        return any(text.startswith(word) and len(text) > len(word) + 2 for text in
                   (tok.text.lower() for tok in self.tokens[start:end]) for word in words)

    def _speculated(self, start: int) -> bool:
        """"Saudi Arabia and Israel could one day sign a pact": a speculative word earlier in the cue's clause, or
        in the clause a complementizer hangs it from ("hielten es für möglich, dass ...")."""
        words = self.lexicon.speculation
        if not words:
            return False
        low = self.clause(start)[0]
        opening = next((i for i in range(low, start) if self.tokens[i].text != ","), None)
        if opening is not None and low > 0 and self.forms[opening] & self.grammar.roles.complementizers:
            low = self.clause(max(0, low - 2))[0]
        return any(self.forms[i] & words for i in range(low, start))

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


def verdict_label(view: SentenceView, at: int, step: int) -> bool:
    """Whether a `label` word ("comme", "as") stands within LABEL_REACH words of `at` (looking back with `step` -1,
    ahead with 1), in its clause, with a verb of criticism (`verdict`) within VERDICT_REACH words before the label."""
    labels, verdicts = view.lexicon.marker("label"), view.lexicon.marker("verdict")
    if not labels or not verdicts or not 0 <= at < len(view.tokens):
        return False
    low, high = view.clause(at)
    for k in range(LABEL_REACH):
        i = at + step * k
        if not low <= i < high:
            return False
        if view.forms[i] & labels:
            # a verb-final clause has the verb after: "die Belgrad als Militärbündnis verurteilte"
            after = range(i + 1, high) if view.grammar.verb_final else range(0)
            return any(view.forms[j] & verdicts for j in (*range(max(low, i - VERDICT_REACH), i), *after))
    return False


def _inflected(text: str, forms: frozenset[str], markers: frozenset[str]) -> bool:
    """A verb with one of the endings (marker words written "-rait", "-ría") whose lemma is an infinitive
    ("couperait" → "couper", "cortaría" → "cortar"): a conditional where the language inflects it, not a noun with
    the same ending ("portrait", "categoría")."""
    endings = tuple(m[1:] for m in markers if m.startswith("-"))
    return bool(endings) and text.endswith(endings) and any(f != text and f.endswith(("r", "re")) for f in forms)


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

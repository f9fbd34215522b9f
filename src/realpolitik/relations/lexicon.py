"""Per-language cues for standing relations, loaded from data/relations/<lang>.yaml.

A file lists `cues`: the words that name a tie (a pact, a membership, an
ally, a war), each with the kind of tie, the shape of the phrase that names
its parties (see shapes.py) and example sentences the tests run; `status`
entries: the words that say where a treaty or membership stands ("ratified",
"left", "froze"), also with examples; `areas` a treaty covers; the `markers`
(prepositions) that tie the parties to a cue; the `negation` words that
cancel a cue just before it ("not a member", "lacks a mutual-defence clause"); and the `speculation` words
that, earlier in its clause, leave a tie only possible ("could one day sign a pact").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property, lru_cache

import yaml

from realpolitik.data_yaml import safe_load
from realpolitik.disk_cache import built_from_data
from realpolitik.errors import DataFileError
from realpolitik.events.patterns import Pattern, PatternIndex, compile_patterns

KINDS = ("defense_pact", "strategic_partnership", "cooperation_agreement", "membership", "ally", "rivalry")
TREATY_KINDS = ("defense_pact", "strategic_partnership", "cooperation_agreement")
STATUSES = ("proposed", "signed", "ratified", "in_force", "suspended", "ended")
# How a cue's parties are found (shapes.py): the default per kind, and the others a cue may name.
SHAPES = ("treaty", "member", "hub", "rival", "war", "backed", "strained", "pits")
DEFAULT_SHAPE = {"defense_pact": "treaty", "strategic_partnership": "treaty", "cooperation_agreement": "treaty",
                 "membership": "member", "ally": "hub", "rivalry": "war"}
# copula: "X and Y are allies"; example: "EU members such as Hungary"; possessive: "seine Verbündeten" where the
# event grammar keeps no possessives (German "sein" is also "to be"); armed_group: nouns that describe an armed
# group ("the Iran-backed militia"); figurative: words that make a war word no armed conflict ("trade war");
# transaction: a purchase or sale right after an agreement word makes it a contract ("a deal to buy jets");
# mediator: a mediation noun before a partner ("con la mediación de") makes it no party; former: a word that puts an
# ally or a rival in the past ("once France's most faithful allies", "son ancien allié")
# price: a currency by an agreement word makes it a contract ("a $7.5 billion investment deal"); whose: a relative
# of possession that opens a clause about the one before it ("Orban, whose country joined NATO"); binding: a verb by
# which a treaty binds the states after it ("the pact obliges Mali, Burkina Faso and Niger to"); conflict: the nouns
# (as written, singular) by which an article calls a strained tie "the conflict"; definite: the words before such a
# noun that make it one the article has named ("the conflict", "des Konflikts"; none listed: the bare noun);
# negotiation: nouns of talks that govern a treaty word after them ("suspended talks on a trade agreement"); plural:
# the plural forms of the ally words (as written), which name no one ally the next clause could name; outbreak: verbs
# of a war breaking out, which after a speculative word leave the war only possible ("could break out"); future: an
# auxiliary of the future right before a signing word makes it a plan ("будет подписано"); topic: words before a
# name after a tie word that make the name what the tie is about ("rivalité autour du Sahara occidental");
# indefinite: the articles of a war only supposed ("a war between China and Taiwan would ..."); conditional: the
# words (or, written "-rait", the verb endings) of a conditional after it; outside: words before a name after an ally
# word that set the ally apart from it ("un aliado principal fuera de la OTAN"); contrast: words after a comma that open
# an assertion of its own, which a negation before them does not reach ("входят в ШОС, однако Узбекистан не является");
# pending and obligation: "still" and "must" before a signing or ratifying word say it is yet to come ("must still be
# ratified", "muss noch ratifiziert werden"); cooperation: the word that makes bare plural treaty words treaties of
# their own ("signed cooperation agreements on health"); personal_object: the marker of a person or state as direct
# object ("calificó a Uzbekistán de aliado"); aim: words of purpose or intent a few words before a treaty word, which
# make it what a signing aims at, not what it signs ("a declaration of intent toward a strategic partnership");
# qualifier: a noun between a hub and its ally word that says what kind of ally ("a U.S. treaty ally"); before: the
# word of "before" that puts an entry into force off ("before it enters into force"; a future form of the in-force
# verb itself, listed under `future`, does the same: "вступит в силу"); unlike: a word of contrast before a state that
# a negated membership sets apart, which is a member ("Norway, unlike Sweden, is not a member of NATO"); mediator_after:
# the mediator's role word right after its name ("with China acting as mediator"); fellow: the preposition by which
# ally words name the alliance the allies share ("союзники по ОДКБ": members of it, and allies); wish: words of wish or
# hope that, with a complementizer after them (or a word of `wish_that`: "чтобы"), make a membership after them a
# hope, no tie ("the wish that Cyprus will one day join NATO"); partner_status and partner_word: a noun of a state
# right before a partner noun makes a partner country, no member ("país socio de los BRICS"); verdict and label: a
# verb of criticism and the word ("comme", "as") by which it labels what it criticises: a tie word so labelled is a
# critic's name for it ("que Belgrade a dénoncée comme une « alliance militaire »"), and a verb of ending so used
# criticises ("dénoncé ... comme"), it ends no treaty; foreign_possessive: a possessive that names another than the
# clause's subject ("dessen", "его"), before a word of accession: the subject joins nothing ("blockieren dessen
# Aufnahme"); domestic: a state's own houses of parliament, which after an ally word make a political ally at home
# ("aliado en el Senado"); enemy: the preposition of what a body is formed against ("the coalition against the Islamic
# State"): an organisation after it is no body the states join or lead; short_of: a word of shortfall that, with the
# object marker right after it, denies the tie it governs ("stops short of a mutual defence treaty"; not "a short war");
# settled: words of a dispute settled, near a rival or war word: the dispute is over ("settled their border dispute");
# such: a word that makes the treaty word after it one of the kind denied before it ("its only such treaty");
# quantifier: a word that counts unnamed members right before a member word ("mehrere Mitgliedstaaten zögern");
# staff: a body's own people before its "of" ("officials of the ICC, including a Canadian judge"): the list after
# names them, no member states;
# ballot_topic: the preposition of what a vote, a poll or a debate is about, right before a membership word or its
# article ("über einen EU-Beitritt der Ukraine abstimmen lassen"): with no status word in the sentence, no membership;
# wish_for: the preposition after a word of hope that takes the hoped-for accession as its object ("рассчитывают на
# вступление Казахстана"): a hope, no membership; possession: verbs of having whose object, the treaty word, is a tie
# held now ("Chile has a free trade agreement with China"); subject_pronoun: a pronoun (or, where the language drops
# it, an adverb of addition) that opens a sentence about the state the sentence before names ("It belongs to EFTA")
MARKERS = ("hub", "partner", "pair", "against", "place", "object", "agent", "alongside", "comparison", "copula",
           "example", "possessive", "armed_group", "figurative", "transaction", "mediator", "former", "price", "whose",
           "binding", "conflict", "definite", "negotiation", "plural", "outbreak", "future", "topic", "indefinite",
           "conditional", "outside", "contrast", "pending", "obligation", "cooperation", "personal_object",
           "conjunction", "formation", "body", "opposing", "hostilities", "duration", "tie_verb", "aim", "qualifier",
           "before", "unlike", "mediator_after", "fellow", "wish", "wish_that", "wish_for", "partner_status",
           "partner_word", "verdict", "label", "foreign_possessive", "domestic", "enemy", "interposed", "naming",
           "existential", "short_of", "settled", "such", "quantifier", "relative_opening", "staff", "ballot_topic",
           "possession", "subject_pronoun", "echo", "echo_verb", "standing",
           "standing_negation")


@dataclass(frozen=True)
class Cue:
    """Words that name a tie, and how to read its parties."""

    id: str
    kind: str
    shape: str
    patterns: tuple[Pattern, ...]
    status: str | None = None  # the cue itself says it ("withdrawal from" ends a membership)
    needs_status: tuple[str, ...] = ()  # only with one of these statuses in the sentence ("froze its participation")
    org_attached: bool = False  # the organisation stands right before the cue ("NATO partners Turkey and ...")
    org_next: bool = False  # the organisation by the cue, an article between ("created the AES", "die AES gegründet")
    # the organisation admits: its name right before the cue, the members inside the cue's gap ("BRICS admitted
    # Vietnam as a member", "los BRICS admitieron el miércoles a Vietnam como miembro")
    admits: bool = False
    standing: bool = False  # the words say the tie holds ("strategic partners"): in force unless a status says else
    # one act of war ("attack", "Angriff") names no war between its sides, only a war known by its place (wars.py)
    known_war_only: bool = False
    # a tension or a dispute ("tensions between Serbia and Kosovo") is no open conflict by itself: its pair is a
    # rivalry only where the article also calls it "the conflict" (derive.unnamed_conflict)
    tension: bool = False
    # a clash is fighting only between armed forces ("Pakistani and Afghan forces clashed", not "Pakistan and
    # Afghanistan clashed over trade"): the cue holds only where its clause names a military actor before it
    armed: bool = False
    examples: tuple[dict, ...] = ()


@dataclass(frozen=True)
class StatusCue:
    status: str
    patterns: tuple[Pattern, ...]
    examples: tuple[dict, ...] = ()


@dataclass(frozen=True)
class RelationLexicon:
    lang: str
    cues: tuple[Cue, ...]  # in priority order: where two overlap, the earlier wins
    status: tuple[StatusCue, ...]
    areas: dict[str, tuple[Pattern, ...]]
    area_context: tuple[Pattern, ...]
    markers: dict[str, frozenset[str]]
    negation: frozenset[str]
    # "could one day sign a defence pact", "un possible accord": a tie only possible is none (memberships aside:
    # "could join NATO" is a membership sought)
    speculation: frozenset[str] = frozenset()
    index: PatternIndex = field(default_factory=lambda: PatternIndex(()), compare=False)

    def marker(self, name: str) -> frozenset[str]:
        return self.markers.get(name, frozenset())

    def live(self, vocabulary: frozenset[str]) -> frozenset[int]:
        """ids of the lexicon's patterns that may match a sentence with these forms: most sentences
        name no tie, and one look-up per form says so."""
        patterns = self.index.patterns
        return frozenset(id(patterns[i]) for i in self.index.possible(vocabulary))

    def live_tuples(self, live: frozenset[int]) -> frozenset[int]:
        """ids of the lexicon's pattern tuples (a cue's, a status's, an area's) that hold a `live` pattern: a
        sentence asks each of some forty tuples whether it matches, and most answer with one look-up."""
        owners = self._owners
        return frozenset(owner for pattern in live for owner in owners.get(pattern, ()))

    def cue_live(self, live: frozenset[int]) -> bool:
        """Whether some cue holds a `live` pattern: without one no cue matches the sentence (`SentenceView.may_match`
        answers no for each), and its groups and clauses need not be built to find that out."""
        return not live.isdisjoint(self._cue_patterns)

    @cached_property
    def _cue_patterns(self) -> frozenset[int]:
        return frozenset(id(pattern) for cue in self.cues for pattern in cue.patterns)

    def context_live(self, live: frozenset[int]) -> bool:
        """Whether a word of a treaty's matter (`area_context`) may match: without one (and without a cue) a
        sentence cannot update the latest treaty, and its groups and clauses need not be built to find that out."""
        return not live.isdisjoint(self._context_patterns)

    @cached_property
    def _context_patterns(self) -> frozenset[int]:
        return frozenset(id(pattern) for pattern in self.area_context)

    @cached_property
    def _owners(self) -> dict[int, tuple[int, ...]]:
        """id of each pattern → ids of the tuples that hold it."""
        owners: dict[int, list[int]] = {}
        for group in self.tuples:
            for pattern in group:
                owners.setdefault(id(pattern), []).append(id(group))
        return {pattern: tuple(groups) for pattern, groups in owners.items()}

    @cached_property
    def tuple_ids(self) -> frozenset[int]:
        """ids of every pattern tuple of the lexicon (`live_tuples` knows of these only)."""
        return frozenset(id(group) for group in self.tuples)

    @cached_property
    def tension_rules(self) -> frozenset[str]:
        """The rule names of the cues of a tension or a dispute (held back until the article says "the conflict")."""
        return frozenset(f"relations.{c.id}" for c in self.cues if c.tension)

    @property
    def tuples(self) -> list[tuple[Pattern, ...]]:
        return [*(c.patterns for c in self.cues), *(s.patterns for s in self.status), *self.areas.values(),
                self.area_context]


def _patterns(raw: object, where: str, path: str) -> tuple[Pattern, ...]:
    if not isinstance(raw, list) or not raw or not all(isinstance(p, str) for p in raw):
        raise DataFileError(path, None, f"{where}: `when` must be a non-empty list of patterns")
    try:
        return tuple(p for text in raw for p in compile_patterns(text))
    except ValueError as exc:
        raise DataFileError(path, None, f"{where}: {exc}") from exc


def _examples(raw: object, where: str, path: str) -> tuple[dict, ...]:
    if not isinstance(raw, list) or not raw:
        raise DataFileError(path, None, f"{where}: needs `examples` (text and expect), which the tests run")
    for example in raw:
        if not isinstance(example, dict) or not isinstance(example.get("text"), str) \
                or not isinstance(example.get("expect"), list):
            raise DataFileError(path, None, f"{where}: each example needs `text` and an `expect` list")
    return tuple(raw)


def _cue(raw: object, path: str) -> Cue:
    if not isinstance(raw, dict) or "id" not in raw or "kind" not in raw:
        raise DataFileError(path, None, f"each cue needs `id`, `kind`, `when` and `examples`: {raw!r:.80}")
    where = f"cue {raw['id']}"
    kind = raw["kind"]
    if kind not in KINDS:
        raise DataFileError(path, None, f"{where}: unknown kind {kind!r}; use one of {KINDS}")
    shape = raw.get("shape") or DEFAULT_SHAPE[kind]
    if shape not in SHAPES:
        raise DataFileError(path, None, f"{where}: unknown shape {shape!r}; use one of {SHAPES}")
    status = raw.get("status")
    if status is not None and status not in STATUSES:
        raise DataFileError(path, None, f"{where}: unknown status {status!r}; use one of {STATUSES}")
    needs = raw.get("needs_status") or []
    if not isinstance(needs, list) or set(needs) - set(STATUSES):
        raise DataFileError(path, None, f"{where}: `needs_status` must list some of {STATUSES}")
    return Cue(id=str(raw["id"]), kind=kind, shape=shape, patterns=_patterns(raw.get("when"), where, path),
               status=status, needs_status=tuple(needs), org_attached=bool(raw.get("org_attached")),
               org_next=bool(raw.get("org_next")), admits=bool(raw.get("admits")),
               standing=bool(raw.get("standing")), known_war_only=bool(raw.get("known_war_only")),
               tension=bool(raw.get("tension")), armed=bool(raw.get("armed")),
               examples=_examples(raw.get("examples"), where, path))


def _status(raw: object, path: str) -> StatusCue:
    if not isinstance(raw, dict) or raw.get("status") not in STATUSES:
        raise DataFileError(path, None, f"each status entry needs `status` (one of {STATUSES}), `when`, `examples`")
    where = f"status {raw['status']}"
    return StatusCue(status=raw["status"], patterns=_patterns(raw.get("when"), where, path),
                     examples=_examples(raw.get("examples"), where, path))


def _areas(raw: object, path: str) -> dict[str, tuple[Pattern, ...]]:
    if not isinstance(raw, dict):
        raise DataFileError(path, None, "`areas` must map area names to lists of patterns")
    return {str(name): _patterns(patterns, f"area {name}", path) for name, patterns in raw.items()}


def _words(raw: object, where: str, path: str) -> frozenset[str]:
    if raw is None:
        return frozenset()
    if not isinstance(raw, list) or not all(isinstance(w, str) for w in raw):
        raise DataFileError(path, None, f"`{where}` must be a list of words")
    return frozenset(w.lower() for w in raw)


def parse_lexicon(text: str, path: str) -> RelationLexicon:
    try:
        raw = safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise DataFileError(path, mark.line + 1 if mark else None, f"not valid YAML: {exc}") from exc
    if not isinstance(raw, dict) or not isinstance(raw.get("cues"), list):
        raise DataFileError(path, 1, "a relation lexicon needs `language`, `markers`, `cues`, `status` and `areas`")
    markers = raw.get("markers") or {}
    if not isinstance(markers, dict) or set(markers) - set(MARKERS):
        raise DataFileError(path, None, f"`markers` must map some of {MARKERS} to lists of words")
    cues = tuple(_cue(c, path) for c in raw["cues"])
    ids = [c.id for c in cues]
    if len(ids) != len(set(ids)):
        raise DataFileError(path, None, f"cue ids must be unique: {sorted({i for i in ids if ids.count(i) > 1})}")
    status = tuple(_status(s, path) for s in raw.get("status") or [])
    areas = _areas(raw.get("areas") or {}, path)
    area_context = _patterns(raw["area_context"], "area_context", path) if raw.get("area_context") else ()
    patterns = (*(p for c in cues for p in c.patterns), *(p for s in status for p in s.patterns),
                *(p for group in areas.values() for p in group), *area_context)
    return RelationLexicon(
        lang=raw.get("language", ""),
        cues=cues,
        status=status,
        areas=areas,
        area_context=area_context,
        markers={name: _words(words, f"markers.{name}", path) for name, words in markers.items()},
        negation=_words(raw.get("negation"), "negation", path),
        speculation=_words(raw.get("speculation"), "speculation", path),
        index=PatternIndex(patterns),
    )


@lru_cache(maxsize=16)
def load_lexicon(lang: str) -> RelationLexicon | None:
    return built_from_data(f"relations-{lang}", f"data/relations/{lang}.yaml", parse_lexicon)  # see disk_cache

"""Per-language event rules: loaded from data/rules/<lang>.yaml and validated at start.

A rule file has a `grammar` section (the function words the role finder needs:
prepositions that mark a target or an agent, negation, modal and speech verbs;
events/grammar.py reads it into a `Grammar`) and a list of `rules`. Each rule
names a CAMEO code and the lemma patterns that trigger it; its `examples` are
run by the test suite.

Trigger pattern syntax (over lower-cased lemmas, see `patterns.py`):
    "unterzeichnen"                 one lemma
    "strategisch partnerschaft"     consecutive lemmas
    "kopfgeld ... aussetzen"        a gap inside the same clause
    "*abkommen|*vertrag"            alternatives; `*` is a wildcard at either end
    "appeal (to|for)"               alternatives next to another word stand in parentheses
    "(call on|urge) ... to"         multi-word alternatives: one pattern for each

A rule with `ignore: true` matches like any other and takes its words from weaker
rules, but reports nothing: "in protest against" is a motive, "shell company" no shelling.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import yaml

from realpolitik.data_yaml import KeyLineLoader
from realpolitik.disk_cache import built_from_data
from realpolitik.errors import DataFileError
from realpolitik.events.cameo import PLOVER_TYPES, SYMMETRIC_TYPES, codebook
from realpolitik.events.grammar import Grammar, listed, parse_grammar
from realpolitik.events.patterns import Pattern, PatternIndex, Slot, compile_patterns
from realpolitik.events.rule_lexicons import expand, read_lexicons
from realpolitik.language.role_words import constructor_arguments


@dataclass(frozen=True)
class Rule:
    id: str
    cameo: str
    plover: str
    patterns: tuple[Pattern, ...]
    target_markers: frozenset[str] | None = None  # None: the language's default object markers
    source_markers: frozenset[str] | None = None
    target_required: bool = True
    symmetric: bool = False
    reverse: bool = False  # the grammatical subject is the target ("X erhielt Hilfe von Y")
    passive_host: bool = False  # in a passive without agent the host acted: "the ambassador was summoned"
    object_genitive: bool = False  # the noun's "de" phrase is what is acted on ("l'expulsion de l'ambassadeur")
    subject_judged: bool = False  # a verdict in a copula: "X said Y's move was illegal" (Y judged, X speaks)
    mutual: bool = False  # coordinated parties act on each other ("tauschten Gefangene aus")
    # a strike in reply ("Teherán respondió con misiles"): with no named target it hits whoever last struck the actor
    retaliation: bool = False
    # "asistió como observador", "attended as an observer": the actor sits in on a meeting others hold; with no named
    # partner it met the sides of the latest meeting or talks the article told
    attends: bool = False
    # "Talks between X and Y ended with an agreement", "los combates terminaron con una tregua": an outcome frame (a
    # verb of ending or resulting and a deal's noun) that names no party binds the sides of the talks or fighting
    # whose end it tells, in its sentence or before (article_acts.py `outcome_sides`)
    outcome: bool = False
    reciprocal: bool = False  # subject and object act on each other ("X clashed with Y")
    # "discussed Ukraine with Blinken", "обсудили Украину": the verb's direct object is what is talked about;
    # the partner is marked ("with") or stands beside the subject ("Lavrov and Blinken discussed")
    topic_object: bool = False
    # "rebuffed EU calls to impose sanctions on Russia", "resisted Australian pressure to end ...": a name right before
    # the pattern's last word owns what is turned away, and is the target before any name of that noun's complement
    owner_inside: bool = False
    ignore: bool = False  # a phrase that holds a trigger word but reports no event ("in protest against")
    target_kinds: frozenset[str] | None = None  # the rule needs an actor of these kinds right after it
    kind_reach: int | None = None  # how many words after the trigger that actor may start (None: the coder's default)
    # "has been barred from sending its leaders to ASEAN summits": being kept from the body's meetings is the act, so
    # a name before a meeting's noun counts as that actor (elsewhere "left the G7 summit" leaves no G7)
    through_gatherings: bool = False
    suppresses_modality: bool = False  # the rule is itself a threat/demand verb
    # "warnten vor Seuchen", "warned of famine": the one charged must be named in the sentence; a danger foreseen
    # charges no one the article named before (no target from the context, the focal dyad or the crisis state)
    named_target: bool = False
    # "begründete den Schritt damit, dass Juba die Rücknahme verschleppe": with no target in its own clause, the act is
    # aimed at the subject of the content clause after the comma (as a demand's: `roles._asked_subject`)
    content_target: bool = False
    # "forderte den Botschafter auf, das Land zu verlassen": patterns the clause of a demand must match for this
    # rule's own patterns, read only in the infinitive clause after it, to make that demand this rule's act
    after_demand: tuple[Pattern, ...] = ()
    # "Le Burundi, allié de Kinshasa, a déployé des soldats dans l'est de la RDC": patterns one of which must match
    # somewhere in the sentence, in any clause, for the rule to claim its words (the host's consent or request that
    # makes troops sent an aid; without one the weaker rule reads the sentence as before)
    cues: tuple[Pattern, ...] = ()
    # "Sollte Manila die Patrouillen fortsetzen, werde China ...": the pattern claims its words only where it opens the
    # main clause after a fronted condition (triggers.py `_after_condition`)
    after_condition: bool = False
    examples: tuple[dict, ...] = ()
    line: int = 0

    def __reduce__(self) -> tuple[type[Rule], tuple[object, ...]]:
        # (pickled with the rules, disk_cache: compiled by mypyc, a frozen dataclass would unpickle through its
        # frozen __setattr__)
        return type(self), constructor_arguments(self)


@dataclass(frozen=True)
class RuleSet:
    lang: str
    version: str
    grammar: Grammar
    rules: tuple[Rule, ...]
    path: str
    # (rule, pattern) in file order; the index points into it (see `candidates`)
    entries: tuple[tuple[Rule, Pattern], ...] = ()
    index: PatternIndex = field(default_factory=lambda: PatternIndex(()), compare=False)
    envoy_recall: Rule | None = field(init=False, repr=False, compare=False)  # found once, in __post_init__
    joint_exercise: Rule | None = field(init=False, repr=False, compare=False)  # found once, in __post_init__
    # the last word slot of every outcome rule's pattern (its deal noun): a sentence with no party may still tell an
    # outcome ("The negotiations culminated in a peace accord"), read where one of these words stands in it
    outcome_ends: tuple[Slot, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "envoy_recall", self._envoy_recall())  # (a frozen dataclass: set once, here)
        object.__setattr__(self, "joint_exercise", self._joint_exercise())
        object.__setattr__(self, "outcome_ends", tuple(
            slot for rule in self.rules if rule.outcome for pattern in rule.patterns
            if (slot := pattern.slots[-1]) is not None))

    def __reduce__(self) -> tuple[type[RuleSet], tuple[object, ...]]:
        # (pickled by disk_cache: compiled by mypyc, a frozen dataclass would unpickle through its frozen __setattr__)
        return type(self), constructor_arguments(self)

    def candidates(self, vocabulary: frozenset[str]) -> list[tuple[Rule, Pattern]]:
        """The patterns that may match a sentence with these forms (`PatternIndex.possible`), in file order.
        Hundreds of patterns, a few dozen words a sentence: looking the words up beats trying every pattern."""
        return [self.entries[i] for i in self.index.possible(vocabulary)]

    def _envoy_recall(self) -> Rule | None:
        """The rule for recalling one's own envoy (CAMEO 161, id "recall..."): "called its ambassador in X in for
        consultations" reads as a summons, and the coder turns it into this rule; found once per rule set."""
        return next((r for r in self.rules if r.cameo == "161" and r.id.startswith("recall")), None)

    def _joint_exercise(self) -> Rule | None:
        """The rule for military cooperation (CAMEO 062, id "cooperate_military"): an exercise that two or more
        states hold together is coded by it (events/assembly._joint_exercise); found once per rule set."""
        return next((r for r in self.rules if r.cameo == "062" and r.id.startswith("cooperate_military")), None)


def _index(rules: tuple[Rule, ...]) -> dict:
    entries = tuple((rule, pattern) for rule in rules for pattern in rule.patterns)
    return {"entries": entries, "index": PatternIndex([pattern for _rule, pattern in entries])}


def _rule_id(raw: dict, path: str, line: int, seen: set[str]) -> str:
    """The rule's `id`, which every rule of a file has, each its own (added to `seen`)."""
    rule_id = raw.get("id")
    if not isinstance(rule_id, str) or not rule_id:
        raise DataFileError(path, line, "every rule needs an `id`")
    if rule_id in seen:
        raise DataFileError(path, line, f"duplicate rule id {rule_id!r}")
    seen.add(rule_id)
    return rule_id


def _rule_codes(raw: dict, path: str, line: int, rule_id: str) -> tuple[str, str]:
    """The rule's CAMEO code and its PLOVER type (the codebook's, unless the rule says its own)."""
    cameo = str(raw.get("cameo", ""))
    if cameo not in codebook():
        raise DataFileError(path, line, f"rule {rule_id}: unknown CAMEO code {cameo!r}")
    plover = raw.get("plover") or codebook()[cameo].plover
    if plover not in PLOVER_TYPES:
        raise DataFileError(path, line, f"rule {rule_id}: CAMEO {cameo} has no PLOVER type; add `plover:`")
    return cameo, plover


def _rule_patterns(raw: dict, path: str, line: int, rule_id: str,
                   lexicons: dict[str, str]) -> tuple[tuple[Pattern, ...], tuple[Pattern, ...], tuple[Pattern, ...]]:
    """The patterns of `when` (one or more), of `after_demand` and of `cues`, compiled with the file's lexicons
    (`@name`); a malformed one names its rule."""
    when = raw.get("when")
    if isinstance(when, str):
        when = [when]
    if not when or not all(isinstance(w, str) and w.strip() for w in when):
        raise DataFileError(path, line, f"rule {rule_id}: `when` must list one or more lemma patterns")
    after = raw.get("after_demand") or []
    if not isinstance(after, list) or not all(isinstance(w, str) and w.strip() for w in after):
        raise DataFileError(path, line, f"rule {rule_id}: `after_demand` must list lemma patterns")
    cues = raw.get("cues") or []
    if not isinstance(cues, list) or not all(isinstance(w, str) and w.strip() for w in cues):
        raise DataFileError(path, line, f"rule {rule_id}: `cues` must list lemma patterns")
    try:
        patterns = tuple(p for w in when for p in compile_patterns(expand(w, lexicons)))
        after_demand = tuple(p for w in after for p in compile_patterns(expand(w, lexicons)))
        cue_patterns = tuple(p for w in cues for p in compile_patterns(expand(w, lexicons)))
    except ValueError as exc:
        raise DataFileError(path, line, f"rule {rule_id}: {exc}") from exc
    return patterns, after_demand, cue_patterns


def _rule(raw: dict, path: str, seen: set[str], lexicons: dict[str, str]) -> Rule:
    """One rule of a rule file, checked: its id, codes and patterns, then one line per key in Rule's field order."""
    line = raw.get("__line__", 0)
    rule_id = _rule_id(raw, path, line, seen)
    cameo, plover = _rule_codes(raw, path, line, rule_id)
    patterns, after_demand, cues = _rule_patterns(raw, path, line, rule_id, lexicons)
    examples = raw.get("examples") or []
    for example in examples:
        if not isinstance(example, dict) or "text" not in example:
            raise DataFileError(path, line, f"rule {rule_id}: each example needs `text` and `expect`")
    return Rule(
        id=rule_id,
        cameo=cameo,
        plover=plover,
        patterns=patterns,
        target_markers=listed(raw["target_markers"], "target_markers", path, line)
        if "target_markers" in raw else None,
        source_markers=listed(raw["source_markers"], "source_markers", path, line)
        if "source_markers" in raw else None,
        target_required=bool(raw.get("target_required", plover not in ("PROTEST", "MOBILIZE"))),
        symmetric=bool(raw.get("symmetric", plover in SYMMETRIC_TYPES)),
        reverse=bool(raw.get("reverse", False)),
        passive_host=bool(raw.get("passive_host", False)),
        object_genitive=bool(raw.get("object_genitive", False)),
        subject_judged=bool(raw.get("subject_judged", False)),
        mutual=bool(raw.get("mutual", False)),
        retaliation=bool(raw.get("retaliation", False)),
        attends=bool(raw.get("attends", False)),
        outcome=bool(raw.get("outcome", False)),
        reciprocal=bool(raw.get("reciprocal", False)),
        topic_object=bool(raw.get("topic_object", False)),
        owner_inside=bool(raw.get("owner_inside", False)),
        ignore=bool(raw.get("ignore", False)),
        target_kinds=listed(raw["target_kinds"], "target_kinds", path, line) if "target_kinds" in raw else None,
        kind_reach=int(raw["kind_reach"]) if "kind_reach" in raw else None,
        through_gatherings=bool(raw.get("through_gatherings", False)),
        suppresses_modality=bool(raw.get("suppresses_modality", plover in ("THREATEN", "REQUEST"))),
        named_target=bool(raw.get("named_target", False)),
        content_target=bool(raw.get("content_target", False)),
        after_demand=after_demand,
        cues=cues,
        after_condition=bool(raw.get("after_condition", False)),
        examples=tuple(examples),
        line=line,
    )


def parse_rules(text: str, path: str) -> RuleSet:
    """Parse and validate one rule file; errors name the file and line."""
    try:
        raw = yaml.load(text, Loader=KeyLineLoader)  # noqa: S506 - KeyLineLoader is a SafeLoader
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise DataFileError(path, mark.line + 1 if mark else None, f"not valid YAML: {exc}") from exc
    if not isinstance(raw, dict) or "rules" not in raw or "language" not in raw:
        raise DataFileError(path, 1, "a rule file needs `language`, `version`, `grammar` and `rules`")
    seen: set[str] = set()
    lexicons = read_lexicons(raw.get("lexicons"), path, getattr(raw, "key_lines", {}).get("lexicons", 1))
    rules = tuple(_rule(r, path, seen, lexicons) for r in raw["rules"])
    return RuleSet(
        lang=raw["language"],
        version=str(raw.get("version", "0")),
        grammar=parse_grammar(raw.get("grammar") or {}, path, str(raw["language"])),
        rules=rules,
        path=path,
        **_index(rules),
    )


def available_languages() -> list[str]:
    """The languages with a rule file (data/rules/<lang>.yaml): the ones `load_rules` answers for."""
    folder = resources.files("realpolitik") / "data" / "rules"
    return sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".yaml"))


@lru_cache(maxsize=16)
def load_rules(lang: str) -> RuleSet | None:
    """The rule set of a language, or None where the project has none yet."""
    # parsed once per machine and package (disk_cache): five rule files took a second of every process's start
    return built_from_data(f"rules-{lang}", f"data/rules/{lang}.yaml", parse_rules)

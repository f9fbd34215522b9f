"""How sure the coder is of an event, and the threshold below which events are not printed.

The coder hands over what it knows about each event (`Cues`): how specific the
matched pattern is, how each actor attaches to the trigger (inside its clause
and close to it, or far off, or only filled in from earlier in the article),
how many pairs the trigger fanned out into, the modality, the sentence's
length. `score` adds their contributions in log-odds, and the cost of the
matched rule where our own older gold sets found its events wrong more often
than the cues say (data/confidence/rules.json), and squashes the sum into
[0.05, 0.99]; `corroborate` then raises events that other sentences of the
article give too.

Events below the threshold are kept (stored, exported, listed with
`--min-confidence 0`) and flagged `below_threshold`; they are only left out
of what is printed and scored by default. `eval/calibrate.py` measures
precision against confidence on the study split and says what MIN_CONFIDENCE
to set here. `eval/learn_confidence.py` measures a logistic regression over the same cues against this
hand-set sum by grouped cross-validation (no better; docs/evaluation.md).
`eval/confidence_transfer.py` fits the rule costs on the sets written before round 30 and measures every
decision on the sets written after (only the costs held; docs/evaluation.md); `eval/fill_precision.py` measures
precision by the way a party was filled and fits the costs of data/confidence/fills.json.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from realpolitik.codes import party
from realpolitik.events.fill_kinds import OFFERED_SIDE, UNKNOWN
from realpolitik.model import ActorMention, Event

MIN_CONFIDENCE = 0.35  # the default output threshold; set by eval/calibrate.py --write


# not frozen: one is made per event, and a frozen one sets each field through object.__setattr__; its own __init__:
# compiled, where the dataclass's is interpreted (compiled.py)
@dataclass(init=False)
class Cues:
    """What the coder knows about one event (one source-target pair of one trigger); read, never changed."""

    pattern_words: int  # words the matched pattern names (a longer pattern is more specific)
    plover: str
    modality: str
    source_distance: int | None  # tokens between the trigger and the source; None: from earlier sentences
    target_distance: int | None  # the same for the target; None also when there is no target
    has_target: bool
    source_in_clause: bool  # the source stands in the trigger's clause
    target_in_clause: bool
    from_outside_clause: bool  # the source was borrowed from another clause (a pronoun, a shared subject)
    pairs: int  # how many events the trigger gave (1 for a plain "X did Y to Z")
    sentence_words: int
    nominal: bool = False  # the trigger is a noun ("the strikes on ...", "Russia's invasion"), not a verb
    source_fill: str = ""  # how the article filled in a source no token of the sentence names (its kind); "": named
    target_fill: str = ""

    def __init__(self, pattern_words: int, plover: str, modality: str, source_distance: int | None,
                 target_distance: int | None, has_target: bool, source_in_clause: bool, target_in_clause: bool,
                 from_outside_clause: bool, pairs: int, sentence_words: int, nominal: bool = False,
                 source_fill: str = "", target_fill: str = "") -> None:
        self.pattern_words = pattern_words
        self.plover = plover
        self.modality = modality
        self.source_distance = source_distance
        self.target_distance = target_distance
        self.has_target = has_target
        self.source_in_clause = source_in_clause
        self.target_in_clause = target_in_clause
        self.from_outside_clause = from_outside_clause
        self.pairs = pairs
        self.sentence_words = sentence_words
        self.nominal = nominal
        self.source_fill = source_fill
        self.target_fill = target_fill


def threshold(min_confidence: float | None = None) -> float:
    """The threshold in force: the one asked for, else the calibrated default."""
    return MIN_CONFIDENCE if min_confidence is None else min_confidence


def is_shown(event: Event, min_confidence: float | None = None) -> bool:
    """Printed and scored by default: it happened (not a plan or conditional) and is confident enough."""
    return event.factual and event.confidence >= threshold(min_confidence)


def below_threshold(confidence: float, min_confidence: float | None = None) -> bool:
    """The flag that printed, listed and exported events carry."""
    return confidence < threshold(min_confidence)


def flagged(record: dict, min_confidence: float | None = None) -> dict:
    """An event record (Event.to_json() or a stored row) with its `below_threshold` flag."""
    return {**record, "below_threshold": below_threshold(record["confidence"], min_confidence)}


def _distance(mention: ActorMention | None, span: tuple[int, int]) -> int | None:
    if mention is None or mention.token_start < 0:
        return None  # no mention, or one filled in from an earlier sentence
    if mention.token_end <= span[0]:
        return span[0] - mention.token_end
    return max(0, mention.token_start - span[1])


def fill_kind(mention: ActorMention | None) -> str:
    """How the article filled in a party no token of the sentence names: the kind its filler set
    (events/fill_kinds.py), never its note, the reader's text, which may be reworded; "" for a party the sentence
    names."""
    if mention is None or mention.token_start >= 0:
        return ""
    return mention.fill or UNKNOWN


def _inside(mention: ActorMention | None, clause: tuple[int, int]) -> bool:
    return mention is not None and mention.token_start >= 0 and clause[0] <= mention.token_start < clause[1]


def cues(pattern_words: int, plover: str, span: tuple[int, int], clause: tuple[int, int], modality: str,
         source: ActorMention, target: ActorMention | None, from_outside_clause: bool, pairs: int,
         sentence_words: int, nominal: bool = False) -> Cues:
    """Cues of one event from the trigger's span and clause and the mentions chosen as its actors."""
    return Cues(
        pattern_words=pattern_words,
        plover=plover,
        modality=modality,
        source_distance=_distance(source, span),
        target_distance=_distance(target, span),
        has_target=target is not None,
        source_in_clause=_inside(source, clause),
        target_in_clause=_inside(target, clause),
        from_outside_clause=from_outside_clause,
        pairs=pairs,
        sentence_words=sentence_words,
        nominal=nominal,
        source_fill=fill_kind(source),
        target_fill=fill_kind(target),
    )


# Log-odds contributions (see score). Their signs and sizes follow the precision of the coder's events
# measured per cue on the project's own gold sets (eval/gold/) and the study split.
_BASE: Final = 1.1
_PATTERN: Final = {1: -0.3, 2: 0.4}  # words the pattern names: 1, 2 or more
_MODALITY: Final = {"asserted": 0.0, "reported": -0.5, "demand": -0.2, "threat": -0.2, "alleged": -0.6, "plan": -1.2,
             "commit": -0.2, "hypothetical": -1.2, "conditional": 0.8}
# "conditional": a hostile act under a modal with a condition ("we will strike if ..."), read as a threat: the
# construction names who threatens and whom, though the speaker often stands outside the act's clause
_SENTENCE: Final = ((15, 0.5), (30, 0.2), (45, -0.2))  # (shorter than, contribution); longer still: _LONG
_LONG: Final = -0.4
_FAR: Final = 8  # tokens between trigger and actor beyond which an actor attaches loosely
_CORROBORATION: Final = 1.0  # per other sentence that gives the same event, up to two
# Types whose events are often not international facts: protests are mostly domestic, and force is often
# located rather than aimed ("strikes in Gaza") or done by actors the article does not name.
_TYPE: Final = {"PROTEST": -1.5, "ASSAULT": -0.8, "COERCE": -0.8}


# A source named in the sentence but outside the trigger's clause ("X met Y, which ... agreed"; "..., said X,
# urging Z to ..."): the study sets' lowest-precision structural path (0.71 of all such events against 0.89
# overall; eval/paths.py), so it costs more than a target there.
_OUTSIDE: Final = {"source": -0.7, "target": -0.4}


# An offer of good offices stands between two sides whether or not its sentence names them ("China, which ..., voiced
# concern and offered its mediation": article_fill `_mediated_parties`): a side the article supplies to it is what the
# offer means, not a party guessed from afar, and attaches as a side named in the clause would (round 56, mediate56:
# the studied offers under the threshold whose sides an earlier sentence told, 4 of 4 right; fill_precision's
# mediated_party AGREE under it, offers and mediations together, 8 of 14); only sides an earlier sentence told
# (article_fill `_told_before`: sides told in the offer's own sentence, 2 right and 2 wrong, keep the fill's cost)
_FILLED_AS_NAMED: Final = frozenset({OFFERED_SIDE})


def _attachment(distance: int | None, in_clause: bool, role: str, as_named: bool = False) -> float:
    if distance is None:
        return 0.0 if as_named else -0.6  # filled in from earlier in the article
    near = 0.5 if distance <= 1 else -0.4 if distance >= _FAR else 0.0
    return near + (0.0 if in_clause else _OUTSIDE[role])


def _log_odds(c: Cues) -> float:
    value = _BASE + _PATTERN[min(c.pattern_words, 2)] + _MODALITY.get(c.modality, 0.0) + _TYPE.get(c.plover, 0.0)
    value += _attachment(c.source_distance, c.source_in_clause, "source")
    if c.has_target:
        as_named = c.target_fill in _FILLED_AS_NAMED
        value += _attachment(c.target_distance, c.target_in_clause, "target", as_named)
    else:
        value -= 0.2
    if c.from_outside_clause:
        value -= 0.4
    if c.pairs >= 4:
        value -= 0.5  # a trigger fanned out over many actors: "pairs formed from every actor in a long sentence"
    value += next((v for limit, v in _SENTENCE if c.sentence_words < limit), _LONG)
    return value


def _squash(log_odds: float) -> float:
    return round(min(0.99, max(0.05, 1 / (1 + math.exp(-log_odds)))), 3)


def load_rule_penalties(path: Path) -> dict[str, float]:
    """The log-odds each rule (`lang.id`) costs; none without the file."""
    if not path.is_file():
        return {}
    return {str(k): float(v) for k, v in json.loads(path.read_text(encoding="utf-8"))["penalties"].items()}


# What our own gold sets say of a rule's events beyond their cues: a rule whose events were extras there more often
# than the hand-set sum says costs the log-odds a fit on those sets found (only costs: a rule never raises an event,
# so nothing new is printed). Fitted by eval/confidence_transfer.py (`write`) on the project's own gold sets written
# before round 30 only (docs/evaluation.md); a rule not listed costs nothing.
RULE_FILE: Final = Path(__file__).resolve().parent.parent / "data" / "confidence" / "rules.json"
RULE_PENALTIES: Final = load_rule_penalties(RULE_FILE)


def load_fill_costs(path: Path) -> dict[tuple[str, str], float]:
    """The log-odds each kind of fill costs, by (role, the fill kind its filler set); none without the file."""
    if not path.is_file():
        return {}
    kinds = json.loads(path.read_text(encoding="utf-8"))["kinds"]
    return {(kind["role"], fill): float(kind["cost"]) for kind in kinds if kind["cost"] for fill in kind["fills"]}


# What a party filled in from the article costs beyond the flat cost of one not in the sentence (`_attachment`), by
# the way it was filled (the kind its filler set, events/fill_kinds.py): a kind whose events were extras more often
# than the hand-set sum says (a condemnation with no object aimed at the latest deal, act or condemnation). Fitted by
# eval/fill_precision.py --write on the first contact of the sets written in rounds 46-47 (output nobody tuned),
# checked on those of rounds 48-49 and on the judge pool (docs/evaluation.md); a kind whose cost is under 0.3 is listed
# at 0 and costs nothing.
FILL_FILE: Final = RULE_FILE.parent / "fills.json"
# not Final: compiled, a Final global is read from a C static, and the tests and eval/fill_precision.py rebind it
FILL_COSTS: dict[tuple[str, str], float] = load_fill_costs(FILL_FILE)


def _fill_cost(c: Cues) -> float:
    return FILL_COSTS.get(("source", c.source_fill), 0.0) + FILL_COSTS.get(("target", c.target_fill), 0.0)


def score(c: Cues, rule: str = "") -> float:
    """Confidence of one event from its cues, its rule (`lang.id`) and how the article filled in its parties, before
    corroboration (see `corroborate`)."""
    return _squash(_log_odds(c) + RULE_PENALTIES.get(rule, 0.0) + _fill_cost(c))


def corroborate(events: list[Event]) -> None:
    """Raise the confidence of events that other sentences of the article give too (same actors, compared
    by country, same type and negation): a fact reported twice is more likely read right."""
    for event, others in zip(events, corroborations(events), strict=True):
        if others:
            event.confidence = _squash(_logit(event.confidence) + _CORROBORATION * others)


def corroborations(events: list[Event]) -> list[int]:
    """For each event, how many other sentences of the article give it too (up to two); what `corroborate`
    adds for, and a feature of eval/learn_confidence.py."""
    sentences: dict[tuple, set[int]] = defaultdict(set)
    for event in events:
        sentences[_key(event)].add(event.evidence_start)
    return [min(2, len(sentences[_key(event)]) - 1) for event in events]


def _key(event: Event) -> tuple:
    return (party(event.source or ""), party(event.target or ""), event.plover, event.negated)


def _logit(p: float) -> float:
    return math.log(p / (1 - p))

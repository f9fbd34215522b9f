"""The result of a scoring run: figures by slice, misses by document, and their JSON form.

render.py turns it into text.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from realpolitik.evaluate.counts import Counts
from realpolitik.evaluate.dates import DateCounts, DatePair
from realpolitik.evaluate.keys import TypeKey
from realpolitik.evaluate.relations import RelationKey, RelationMiss, RelationScores

LEVELS = ("type", "dyad")


def _levels() -> dict[str, Counts]:
    return {level: Counts() for level in LEVELS}


@dataclass
class Why:
    """Where a missed fact was lost, or what produced an extra key: a short code and a line of text."""

    code: str
    detail: str
    rule: str | None = None  # for an extra key: the rule behind it

    def to_dict(self) -> dict:
        out = {"code": self.code, "detail": self.detail}
        if self.rule:
            out["rule"] = self.rule
        return out


@dataclass
class KeyMiss:
    """One key found on one side only, with the sentences that gave it and (with --misses) why."""

    key: TypeKey
    evidence: list[str]
    cameo: list[str]
    why: Why | None = None

    def to_dict(self) -> dict:
        source, target, type_, negated = self.key
        out = {"source": source, "target": target, "type": type_, "negated": negated,
               "cameo": self.cameo, "evidence": self.evidence}
        if self.why is not None:
            out["why"] = self.why.to_dict()
        return out


@dataclass
class StatusDiffers:
    """A relation found on both sides with another status."""

    key: RelationKey
    gold: str | None
    predicted: str | None

    def to_dict(self) -> dict:
        return {"a": self.key[0], "b": self.key[1], "kind": self.key[2], "gold": self.gold,
                "predicted": self.predicted}


@dataclass
class DateDiffers:
    """A gold fact of a matched key whose paired event has another date, or none, or one where gold has none."""

    key: TypeKey
    pair: DatePair

    def to_dict(self) -> dict:
        source, target, type_, negated = self.key
        return {"source": source, "target": target, "type": type_, "negated": negated, **self.pair.to_dict()}


@dataclass
class DocMisses:
    """A document's false negatives (`missed`) and false positives (`extra`): events at type level, and
    relations."""

    doc_id: str
    lang: str
    missed: list[KeyMiss] = field(default_factory=list)
    extra: list[KeyMiss] = field(default_factory=list)
    relations_missed: list[RelationMiss] = field(default_factory=list)
    relations_extra: list[RelationMiss] = field(default_factory=list)
    status_differs: list[StatusDiffers] = field(default_factory=list)
    dates_differ: list[DateDiffers] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.missed or self.extra or self.relations_missed or self.relations_extra
                    or self.status_differs or self.dates_differ)

    def to_dict(self) -> dict:
        return {"doc_id": self.doc_id, "lang": self.lang,
                "missed": [m.to_dict() for m in self.missed], "extra": [m.to_dict() for m in self.extra],
                "relations_missed": [m.to_dict() for m in self.relations_missed],
                "relations_extra": [m.to_dict() for m in self.relations_extra],
                "relations_status_differs": [m.to_dict() for m in self.status_differs],
                "dates_differ": [m.to_dict() for m in self.dates_differ]}


@dataclass
class EvalReport:
    """All figures of EVAL.md: overall, per language, per CAMEO root, per agent, relations, and the misses."""

    documents: int = 0
    gold_keys: int = 0
    predicted_keys: int = 0
    overall: dict[str, Counts] = field(default_factory=_levels)
    by_language: dict[str, dict[str, Counts]] = field(default_factory=lambda: defaultdict(_levels))
    by_root: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    by_agent: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    dates: DateCounts = field(default_factory=DateCounts)  # over type-level true positives (dates.py)
    dates_by_language: dict[str, DateCounts] = field(default_factory=lambda: defaultdict(DateCounts))
    agent_slots: int = 0
    agent_correct: int = 0
    unknown_doc_predictions: int = 0
    untyped_predictions: int = 0
    misses: list[DocMisses] = field(default_factory=list)
    relations: RelationScores | None = None  # None when the extractor gave events only
    split: str = "all"
    min_confidence: float | None = None
    withheld: int = 0  # documents of the unseen split whose misses are not shown

    @property
    def agent_accuracy(self) -> float:
        return self.agent_correct / self.agent_slots if self.agent_slots else 0.0

    def loss_summary(self) -> dict[str, dict[str, dict[str, int]]]:
        """{"missed"|"extra": {lang: {code: n}}} over the keys that carry a `why`, with "all" for the total."""
        out: dict[str, dict[str, dict[str, int]]] = {}
        for side in ("missed", "extra"):
            counts: dict[str, Counter] = defaultdict(Counter)
            for doc in self.misses:
                for item in getattr(doc, side):
                    if item.why is not None:
                        counts[doc.lang][item.why.code] += 1
                        counts["all"][item.why.code] += 1
            out[side] = {lang: dict(c.most_common()) for lang, c in sorted(counts.items())}
        return out

    def extra_rules(self, top: int = 15) -> list[tuple[str, int]]:
        """The rules behind most extra keys (precision work starts there)."""
        counts = Counter(item.why.rule for doc in self.misses for item in doc.extra if item.why and item.why.rule)
        return counts.most_common(top)

    def to_dict(self, misses: bool = True) -> dict:
        """Plain JSON-ready dict (for `eval --format json`)."""
        out = {
            "split": self.split,
            "min_confidence": self.min_confidence,
            "documents": self.documents,
            "gold_keys": self.gold_keys,
            "predicted_keys": self.predicted_keys,
            "overall": {lvl: c.to_dict() for lvl, c in self.overall.items()},
            "by_language": {lang: {lvl: c.to_dict() for lvl, c in levels.items()}
                            for lang, levels in sorted(self.by_language.items())},
            "by_cameo_root": {root: c.to_dict() for root, c in sorted(self.by_root.items())},
            "by_agent": {agent: c.to_dict() for agent, c in sorted(self.by_agent.items())},
            "dates": {"overall": self.dates.to_dict(),
                      "by_language": {lang: c.to_dict() for lang, c in sorted(self.dates_by_language.items())}},
            "agent_accuracy": {"slots": self.agent_slots, "correct": self.agent_correct,
                               "accuracy": round(self.agent_accuracy, 4)},
            "ignored_predictions": {"unknown_doc": self.unknown_doc_predictions,
                                    "no_plover_type": self.untyped_predictions},
        }
        if self.relations is not None:
            out["relations"] = self.relations.to_dict()
        if misses:
            out["misses"] = [m.to_dict() for m in self.misses]
            out["loss_summary"] = self.loss_summary()
            out["extra_rules"] = dict(self.extra_rules(top=1000))
            out["misses_withheld"] = self.withheld
        return out

    def render_text(self, misses: bool = False, width: int = 110) -> str:
        """Readable tables; with `misses` each document's missed and extra keys, why, and their evidence."""
        from realpolitik.evaluate.render import render_text

        return render_text(self, misses=misses, width=width)

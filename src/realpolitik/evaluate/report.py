"""The result of a scoring run: figures by slice, misses by document, JSON and text forms."""

from __future__ import annotations

import io
from collections import defaultdict
from dataclasses import dataclass, field

from realpolitik.evaluate.counts import Counts
from realpolitik.evaluate.keys import TypeKey

LEVELS = ("type", "dyad")


def _levels() -> dict[str, Counts]:
    return {level: Counts() for level in LEVELS}


@dataclass
class KeyMiss:
    """One key found on one side only, with the sentences that gave it."""

    key: TypeKey
    evidence: list[str]
    cameo: list[str]

    def to_dict(self) -> dict:
        source, target, type_, negated = self.key
        return {"source": source, "target": target, "type": type_, "negated": negated,
                "cameo": self.cameo, "evidence": self.evidence}


@dataclass
class DocMisses:
    """A document's false negatives (`missed`) and false positives (`extra`) at type level."""

    doc_id: str
    lang: str
    missed: list[KeyMiss] = field(default_factory=list)
    extra: list[KeyMiss] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"doc_id": self.doc_id, "lang": self.lang,
                "missed": [m.to_dict() for m in self.missed], "extra": [m.to_dict() for m in self.extra]}


@dataclass
class EvalReport:
    """All figures of EVAL.md: overall, per language, per CAMEO root, per agent, and the misses."""

    documents: int = 0
    gold_keys: int = 0
    predicted_keys: int = 0
    overall: dict[str, Counts] = field(default_factory=_levels)
    by_language: dict[str, dict[str, Counts]] = field(default_factory=lambda: defaultdict(_levels))
    by_root: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    by_agent: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    agent_slots: int = 0
    agent_correct: int = 0
    unknown_doc_predictions: int = 0
    untyped_predictions: int = 0
    misses: list[DocMisses] = field(default_factory=list)

    @property
    def agent_accuracy(self) -> float:
        return self.agent_correct / self.agent_slots if self.agent_slots else 0.0

    def to_dict(self, misses: bool = True) -> dict:
        """Plain JSON-ready dict (for `eval --format json`)."""
        out = {
            "documents": self.documents,
            "gold_keys": self.gold_keys,
            "predicted_keys": self.predicted_keys,
            "overall": {lvl: c.to_dict() for lvl, c in self.overall.items()},
            "by_language": {lang: {lvl: c.to_dict() for lvl, c in levels.items()}
                            for lang, levels in sorted(self.by_language.items())},
            "by_cameo_root": {root: c.to_dict() for root, c in sorted(self.by_root.items())},
            "by_agent": {agent: c.to_dict() for agent, c in sorted(self.by_agent.items())},
            "agent_accuracy": {"slots": self.agent_slots, "correct": self.agent_correct,
                               "accuracy": round(self.agent_accuracy, 4)},
            "ignored_predictions": {"unknown_doc": self.unknown_doc_predictions,
                                    "no_plover_type": self.untyped_predictions},
        }
        if misses:
            out["misses"] = [m.to_dict() for m in self.misses]
        return out

    def render_text(self, misses: bool = False, width: int = 110) -> str:
        """Readable tables; with `misses` each document's missed and extra keys and their evidence."""
        from rich.console import Console  # imported here: only the CLI needs it

        buf = io.StringIO()
        console = Console(file=buf, width=width, color_system=None, highlight=False)
        console.print(f"{self.documents} documents, {self.gold_keys} gold keys, "
                      f"{self.predicted_keys} predicted keys")
        console.print(_table("Overall", {lvl: c for lvl, c in self.overall.items()}, "level"))
        rows = {f"{lang} {lvl}": c for lang, levels in sorted(self.by_language.items())
                for lvl, c in levels.items()}
        console.print(_table("By language", rows, "language level"))
        console.print(_table("By CAMEO root (type level)", dict(sorted(self.by_root.items())), "root"))
        console.print(_table("By agent (actor slots of matched type keys)",
                             dict(sorted(self.by_agent.items())), "agent"))
        console.print(f"agent slot accuracy {self.agent_accuracy:.3f} over {self.agent_slots} slots")
        if self.unknown_doc_predictions or self.untyped_predictions:
            console.print(f"ignored predictions: {self.unknown_doc_predictions} with an unknown doc_id, "
                          f"{self.untyped_predictions} without a PLOVER type")
        if misses:
            for doc in self.misses:
                console.print(f"\n[bold]{doc.doc_id}[/bold] ({doc.lang})")
                for label, items in (("missed", doc.missed), ("extra", doc.extra)):
                    for item in items:
                        console.print(f"  {label:6} {_key_text(item.key)}", markup=False)
                        for sentence in item.evidence:
                            console.print(f"         « {sentence} »", markup=False)
        return buf.getvalue()


def _key_text(key: TypeKey) -> str:
    source, target, type_, negated = key
    return f"{source or '∅'} → {target or '∅'} {type_}{' (negated)' if negated else ''}"


def _table(title: str, rows: dict[str, Counts], label: str):
    from rich.table import Table

    table = Table(title=title, title_justify="left")
    table.add_column(label)
    for name in ("TP", "FP", "FN", "P", "R", "F1"):
        table.add_column(name, justify="right")
    for name, c in rows.items():
        table.add_row(name, str(c.tp), str(c.fp), str(c.fn), f"{c.precision:.3f}", f"{c.recall:.3f}",
                      f"{c.f1:.3f}")
    return table

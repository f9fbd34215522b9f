"""Running an extractor over a gold file and scoring what it emits."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from realpolitik.evaluate.records import gold_document, load_gold
from realpolitik.evaluate.report import EvalReport
from realpolitik.evaluate.scoring import score
from realpolitik.model import Document, Event

Extractor = Callable[[Document], list[Event]]


def evaluate_file(path: str | Path, extractor: Extractor) -> EvalReport:
    """Load gold, let `extractor` see only id/lang/published/title/text of each record, score."""
    gold = load_gold(path)
    predicted: list[Event] = []
    for record in gold:
        predicted.extend(extractor(gold_document(record)))
    return score(gold, predicted)

"""Running the pipeline over a gold file and scoring what it prints (and, with misses, why it missed)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from realpolitik.errors import EvalError
from realpolitik.evaluate.explain import DocRun, explain_document
from realpolitik.evaluate.records import gold_document, load_gold
from realpolitik.evaluate.report import EvalReport
from realpolitik.evaluate.scoring import score
from realpolitik.evaluate.split import resolve_split, select
from realpolitik.events.confidence import is_shown, threshold
from realpolitik.events.trace import tracing
from realpolitik.model import Document, Event
from realpolitik.progress import bar
from realpolitik.relations.from_events import relations_from_events

Extractor = Callable[[Document], list[Event]]


def evaluate_file(path: str | Path, extractor: Extractor) -> EvalReport:
    """Load gold, let `extractor` see only id/lang/published/title/text of each record, score its events."""
    gold = load_gold(path)
    predicted: list[Event] = []
    for record in gold:
        predicted.extend(extractor(gold_document(record)))
    return score(gold, predicted)


def run_pipeline(records: Iterable[dict], dictionary=None, traced: bool = False) -> Iterator[DocRun]:
    """Each gold record through the whole pipeline (it sees only id/lang/published/title/text);
    with `traced` the coder's decisions are recorded for explain.py."""
    from realpolitik.pipeline import extract_document  # the pipeline imports every stage: only when running

    for record in records:
        document = gold_document(record)
        if traced:
            with tracing() as trace:
                yield DocRun(record, extract_document(document, dictionary), trace)
        else:
            yield DocRun(record, extract_document(document, dictionary))


def evaluate_gold(path: str | Path, *, split: str = "all", split_file: Path | None = None,
                  **options) -> EvalReport:
    """`realpolitik eval`: one part of a gold file (see split.py), scored as `evaluate_records` says."""
    unseen = resolve_split(split, split_file)
    return evaluate_records(load_gold(path), unseen=unseen, split=split, **options)


def evaluate_records(records: list[dict], *, unseen: frozenset[str] = frozenset(), split: str = "all",
                     min_confidence: float | None = None, misses: bool = False, dictionary=None,
                     progress: bool = False) -> EvalReport:
    """Events and relations of gold records (the `split` part of them), scored by EVAL.md.

    Relations are those the store would hold: the statements' and those implied by events.
    Scored events are those printed by default (factual, confidence at least the threshold). With
    `misses`, each missed and extra key says why (explain.py); unseen documents never show their misses.
    """
    if misses and split == "unseen":
        raise EvalError("--misses is not available on the unseen split: its articles measure how far the "
                        "rules generalise and are never error-analysed; use --split study")
    records = select(records, split, unseen)
    cutoff = threshold(min_confidence)
    with bar("extracting", len(records), "docs", progress) as shown_bar:
        runs = list(run_pipeline(shown_bar.track(records), dictionary, traced=misses))
    shown = {run.record["id"]: [e for e in run.extraction.events if is_shown(e, cutoff)] for run in runs}
    relations = [rel for run in runs
                 for rel in (*run.extraction.relations, *relations_from_events(run.extraction.events))]
    report = score(records, [e for events in shown.values() for e in events], relations)
    report.split, report.min_confidence = split, cutoff
    if misses:
        report.withheld = sum(1 for r in records if r["id"] in unseen)
        report.misses = [m for m in report.misses if m.doc_id not in unseen]
        by_id = {run.record["id"]: run for run in runs}
        for doc in report.misses:
            explain_document(doc, by_id[doc.doc_id], shown[doc.doc_id], cutoff)
    else:
        report.misses = []
    return report

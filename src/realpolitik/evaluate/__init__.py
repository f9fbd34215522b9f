"""Scoring extraction against gold documents by the rules of shared EVAL.md.

records.py reads gold and normalises emitted events, keys.py reduces both to
comparison keys, scoring.py counts (its docstring states how the ambiguous
points of EVAL.md are read), report.py renders the result as JSON or text.
"""

from realpolitik.evaluate.counts import Counts
from realpolitik.evaluate.keys import SYMMETRIC_TYPES, make_key, split_actor
from realpolitik.evaluate.records import gold_document, load_gold
from realpolitik.evaluate.report import DocMisses, EvalReport, KeyMiss
from realpolitik.evaluate.runner import evaluate_file
from realpolitik.evaluate.scoring import score

__all__ = [
    "SYMMETRIC_TYPES",
    "Counts",
    "DocMisses",
    "EvalReport",
    "KeyMiss",
    "evaluate_file",
    "gold_document",
    "load_gold",
    "make_key",
    "score",
    "split_actor",
]

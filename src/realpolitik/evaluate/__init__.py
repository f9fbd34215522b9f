"""Scoring extraction against gold documents by the rules of shared EVAL.md.

records.py reads gold and normalises emitted events, keys.py reduces both to
comparison keys, scoring.py counts (its docstring states how the ambiguous
points of EVAL.md are read), relations.py scores standing relations,
report.py holds the result and its JSON form, render.py its text form,
explain.py says why a key was missed, split.py reads the development split,
runner.py runs the pipeline over a gold file.
"""

from realpolitik.evaluate.counts import Counts
from realpolitik.evaluate.keys import SYMMETRIC_TYPES, make_key, split_actor
from realpolitik.evaluate.records import gold_document, load_gold
from realpolitik.evaluate.relations import RelationScores, relation_key
from realpolitik.evaluate.report import DocMisses, EvalReport, KeyMiss, Why
from realpolitik.evaluate.runner import evaluate_file, evaluate_gold, evaluate_records
from realpolitik.evaluate.scoring import score
from realpolitik.evaluate.split import SPLITS

__all__ = [
    "SYMMETRIC_TYPES",
    "Counts",
    "DocMisses",
    "EvalReport",
    "SPLITS",
    "KeyMiss",
    "RelationScores",
    "Why",
    "evaluate_file",
    "evaluate_gold",
    "evaluate_records",
    "gold_document",
    "load_gold",
    "make_key",
    "relation_key",
    "score",
    "split_actor",
]

"""Run `realpolitik eval` on every development set and print the README's quality table (markdown).

Usage: PYTHONPATH=src python3 eval/report.py [GOLD.jsonl ...]
Defaults: the shared benchmark gold sets (when ../shared is there) and the project's own sets in eval/gold/.
"""

from __future__ import annotations

import glob
import sys
from collections import Counter
from pathlib import Path

from realpolitik.evaluate import evaluate_file, load_gold
from realpolitik.pipeline import extract_document

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared" / "benchmarks" / "gold"


def _factual(doc):
    return [e for e in extract_document(doc).events if e.factual]


def _cell(counts) -> str:
    return f"{counts.precision:.2f} / {counts.recall:.2f} / {counts.f1:.2f}"


def main(paths: list[str]) -> None:
    print("| set | lang | docs | gold keys | type P / R / F1 | dyad P / R / F1 |")
    print("| --- | --- | ---: | ---: | --- | --- |")
    for path in paths:
        report = evaluate_file(path, _factual)
        name = Path(path).stem
        docs_by_lang = Counter(record.get("lang") or "?" for record in load_gold(path))
        for lang, levels in sorted(report.by_language.items()):
            t, d = levels["type"], levels["dyad"]
            docs = docs_by_lang[lang]
            print(f"| {name} | {lang} | {docs} | {t.tp + t.fn} | {_cell(t)} | {_cell(d)} |")
        sys.stdout.flush()


if __name__ == "__main__":
    defaults = sorted(glob.glob(str(SHARED / "*.jsonl"))) + sorted(glob.glob(str(HERE / "gold" / "own_*.jsonl")))
    main(sys.argv[1:] or defaults)

"""Recall of gold source/target actor codes in their evidence sentences (development check, not a test).

Usage: PYTHONPATH=src python3 bench/actors_gold_recall.py [../shared/benchmarks/gold/news_dev.jsonl] [-v]
Counts a gold code as found when a mention in the evidence has the same full code ('exact') or the
same country/organisation ('country', the EVAL.md matching rule). Reads the gold file, copies nothing.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from datetime import date

from realpolitik.actors import recognise_actors
from realpolitik.language import split_sentences


def main(path: str, verbose: bool) -> dict:
    stats: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    with open(path, encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh if line.strip()]
    for doc in docs:
        lang = doc["lang"]
        on = date.fromisoformat(doc["published"]) if doc.get("published") else None
        for fact in doc["facts"]:
            on = date.fromisoformat(fact["date"]) if fact.get("date") else on
            sentences = split_sentences(fact["evidence"], lang)
            found = [m for ms in recognise_actors(sentences, lang, on) for m in ms]
            codes = {m.code for m in found}
            roots = {m.code[:3] if m.country and m.code.startswith(m.country) else m.code for m in found}
            for role in ("source", "target"):
                gold = fact.get(role)
                if not gold:
                    continue
                root = gold[:3] if len(gold) >= 3 and gold[:3].isalpha() and gold not in codes else gold
                stats[lang]["total"] += 1
                stats[lang]["exact"] += gold in codes
                hit = gold in codes or root in roots or gold[:3] in roots
                stats[lang]["country"] += hit
                if verbose and gold not in codes:
                    print(f"{doc['id']} {role} {gold}: got {sorted(codes)} in: {fact['evidence'][:150]}")
    report = {lang: {"total": s["total"], "exact": round(s["exact"] / s["total"], 3),
                     "country": round(s["country"] / s["total"], 3)} for lang, s in sorted(stats.items())}
    print(json.dumps(report))
    return report


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "-v"]
    main(args[0] if args else "../shared/benchmarks/gold/news_dev.jsonl", "-v" in sys.argv)

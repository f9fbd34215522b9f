"""Actor recognition against gold facts (development check, not a test).

Usage: PYTHONPATH=src python3 bench/actors_gold_recall.py [GOLD.jsonl ...] [-v]
Recall: a gold source/target code counts as found when a mention in its evidence sentence has the
same full code ('agent' level) or the same country/organisation ('country' level, the EVAL.md rule).
Precision: of the mentions found in evidence sentences, the share whose country/organisation is one
of the sentence's gold actors (a lower bound: gold lists event participants only, not every actor
named). Reads the gold files, copies nothing.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from datetime import date

from realpolitik.actors import recognise_actors
from realpolitik.codes import country_of, party
from realpolitik.language import split_sentences


def _is_country(code: str) -> bool:
    return country_of(code) is not None


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
            gold_roots = {c[:3] if _is_country(c) else c for c in (fact.get("source"), fact.get("target")) if c}
            for m in found:
                stats[lang]["mentions"] += 1
                stats[lang]["mentions_ok"] += party(m.code) in gold_roots
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
    report = {lang: {"gold_actors": s["total"], "recall_agent": round(s["exact"] / s["total"], 3),
                     "recall_country": round(s["country"] / s["total"], 3),
                     "precision_country": round(s["mentions_ok"] / max(1, s["mentions"]), 3)}
              for lang, s in sorted(stats.items())}
    print(json.dumps(report))
    return report


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "-v"]
    for gold_path in args or ["../shared/benchmarks/gold/news_dev.jsonl"]:
        print(gold_path)
        main(gold_path, "-v" in sys.argv)

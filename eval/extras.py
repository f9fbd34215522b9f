"""Every extra key of the eval/gold sets with the coder's reason, sorted by how it stands to the gold.

    PYTHONPATH=src python eval/extras.py OUT.jsonl [--sets=a,b] [--gold=eval/gold] [--study=a.jsonl,b.jsonl]

Why: precision is lost in many small ways; a table of all extras by class (round 43, docs/progress.md "the extras
left on the own sets, by cause") shows which way is common. The unseen documents of eval/split.json are skipped (their
misses are never looked at); `--study` adds further gold files (the study parts, never the unseen ones), as in
missed.py. Each line: set, doc, lang, the key, `why` (realpolitik eval --misses: rule, trigger, roles, modality,
confidence) and `class`:

- relations_only: a set whose records annotate relations only (`facts` empty), so every event is counted extra;
- wrong_type, direction, negation: the gold has the pair in the sentence with another type, the other way round or
  the other negation (--misses's own codes);
- wrong_target / wrong_source: a gold fact of the sentence has the same source (target) and type, another target
  (source);
- other_pair: the sentence's gold facts are for other pairs;
- no_gold: no gold fact cites the sentence (`no_gold_pair_elsewhere`: the pair is gold in another sentence).

Prints the count of each class by language.
"""

from __future__ import annotations

import glob
import json
import os
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from realpolitik.evaluate.records import load_gold
from realpolitik.evaluate.runner import evaluate_records
from realpolitik.evaluate.split import load_unseen

_CITED = re.compile(r"sentence has gold (.*?); \S+ «")
_FACT = re.compile(r"(\S+) → (\S+) (\w+)")


def _cited(detail: str) -> list[tuple[str | None, ...]]:
    """The gold facts --misses names for the extra's sentence (at most three), as (source, target, type)."""
    found = _CITED.match(detail)
    if not found:
        return []
    return [tuple(None if x == "∅" else x for x in m.groups()) for m in _FACT.finditer(found.group(1))]


def classify(extra: dict, relations_only: bool) -> str:
    """The class of one extra (the module's docstring lists them)."""
    if relations_only:
        return "relations_only"
    code, detail = extra["why"]["code"], extra["why"]["detail"]
    if code in ("wrong_type", "direction", "negation"):
        return code
    if code == "no_gold":
        return "no_gold_pair_elsewhere" if "gold has this pair as" in detail else "no_gold"
    cited, source, target, type_ = _cited(detail), extra["source"], extra["target"], extra["type"]
    if any(g[0] == source and g[2] == type_ for g in cited):
        return "wrong_target"
    if any(g[1] == target and g[2] == type_ for g in cited):
        return "wrong_source"
    return "other_pair"


def set_paths(opts: dict[str, str]) -> list[tuple[str, str]]:
    """(name, path) of the eval/gold sets (all, or `--sets=a,b`) and of any further gold files `--study=a,b` names."""
    gold_dir = opts.get("gold", "eval/gold")
    extra_files = opts["study"].split(",") if opts.get("study") else []
    names = opts["sets"].split(",") if "sets" in opts else sorted(
        os.path.basename(p)[:-6] for p in glob.glob(f"{gold_dir}/*.jsonl"))
    return [(n, f"{gold_dir}/{n}.jsonl") for n in names] + [(Path(p).stem, p) for p in extra_files]


def key_rows(paths: list[tuple[str, str]], sides: tuple[str, ...]) -> Iterator[tuple[dict, bool]]:
    """Each key of the files on the DocMisses `sides` ("missed", "extra", "relations_missed"...) with --misses'
    reason, the unseen documents of eval/split.json left out: (row, whether its set annotates relations only)."""
    unseen = load_unseen(Path("eval/split.json"))
    for name, path in paths:
        records = [r for r in load_gold(path) if r["id"] not in unseen]
        relations_only = not any(r.get("facts") for r in records)
        langs = {r["id"]: r.get("lang") for r in records}
        for doc in evaluate_records(records, misses=True).misses:
            for side in sides:
                for item in getattr(doc, side):
                    row = {**item.to_dict(), "side": side, "set": name, "doc": doc.doc_id,
                           "lang": langs.get(doc.doc_id)}
                    yield row, relations_only


def write_table(rows: Iterable[tuple[dict, bool]], classify_row: Callable[[dict, bool], str],
                out_path: str) -> dict[str, Counter]:
    """Write each row with its class as a JSON line to `out_path`; print and return the count of each class
    by language."""
    table: dict[str, Counter] = defaultdict(Counter)
    with open(out_path, "w", encoding="utf-8") as out:
        for row, relations_only in rows:
            row["class"] = classify_row(row, relations_only)
            table[row["class"]][row["lang"]] += 1
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    for name, counts in sorted(table.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"{name:24} {sum(counts.values()):5d}  " + " ".join(f"{k}:{v}" for k, v in sorted(counts.items())))
    return table


def run(argv: list[str], sides: tuple[str, ...], classify_row: Callable[[dict, bool], str]) -> dict[str, Counter]:
    """The command line of this script and of missed.py: OUT.jsonl and the options of the docstring, the keys on
    `sides` classed by `classify_row`."""
    args = [a for a in argv if not a.startswith("--")]
    opts = dict(a[2:].split("=", 1) for a in argv if a.startswith("--"))
    return write_table(key_rows(set_paths(opts), sides), classify_row, args[0])


def main(argv: list[str]) -> None:
    run(argv, ("extra",), classify)


if __name__ == "__main__":
    main(sys.argv[1:])

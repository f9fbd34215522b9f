"""The README's quality table: every gold set, per language; the real news split into study and unseen.

Usage:
    PYTHONPATH=src python3 eval/report.py                    # print the table (markdown)
    PYTHONPATH=src python3 eval/report.py --readme README.md # replace the table between its markers
    PYTHONPATH=src python3 eval/report.py FILE.jsonl ...     # only these sets

The real news articles (../shared/benchmarks/gold/news_dev*.jsonl) are scored together and split by
eval/split.json: "study" (read while writing rules) and "unseen" (never read; overall figures only).
Without ../shared only the project's own sets in eval/gold/ are scored.
"""

from __future__ import annotations

import argparse
import glob
import re
import sys
from collections import Counter
from pathlib import Path

from realpolitik.evaluate import EvalReport, evaluate_records, load_gold
from realpolitik.evaluate.counts import Counts
from realpolitik.evaluate.dates import DateCounts
from realpolitik.evaluate.split import find_split_file, load_unseen

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared" / "benchmarks" / "gold"
NEWS = ("news_dev.jsonl", "news_dev2.jsonl")
START, END = "<!-- quality-table:start -->", "<!-- quality-table:end -->"
COMMAND = "PYTHONPATH=src python3 eval/report.py --readme README.md"
HEADER = ("| set | part | lang | docs | gold keys | type P / R / F1 | dyad P / R / F1 | relations P / R / F1 "
          "| dates agree |\n| --- | --- | --- | ---: | ---: | --- | --- | --- | ---: |")


def _cell(counts: Counts | None) -> str:
    if counts is None or counts.tp + counts.fn + counts.fp == 0:
        return "–"
    return f"{counts.precision:.2f} / {counts.recall:.2f} / {counts.f1:.2f}"


def _dates_cell(dates: DateCounts) -> str:
    """Date agreement over the matched gold facts that carry a date (evaluate/dates.py), and how many."""
    return f"{dates.agreement:.2f} of {dates.gold_dated}" if dates.gold_dated else "–"


def rows(name: str, part: str, records: list[dict], report: EvalReport, total: bool) -> list[str]:
    """One row per language (and an "all" row when `total`), in the README's column order."""
    docs = Counter(r.get("lang") or "?" for r in records)
    out = []
    slices = [(lang, levels, report.relations.by_language.get(lang) if report.relations else None,
               report.dates_by_language.get(lang, DateCounts()))
              for lang, levels in sorted(report.by_language.items())]
    if total and len(slices) > 1:
        slices.append(("all", report.overall, report.relations.overall if report.relations else None, report.dates))
    for lang, levels, relations, dates in slices:
        t, d = levels["type"], levels["dyad"]
        count = sum(docs.values()) if lang == "all" else docs[lang]
        has_relations = any(r.get("relations") for r in records)
        out.append(f"| {name} | {part} | {lang} | {count} | {t.tp + t.fn} | {_cell(t)} | {_cell(d)} | "
                   f"{_cell(relations) if has_relations else '–'} | {_dates_cell(dates)} |")
    return out


def split_rows(name: str, records: list[dict]) -> list[str]:
    """Rows of a set that eval/split.json divides into a study and an unseen part."""
    lines = []
    unseen = load_unseen(find_split_file())
    for part in ("study", "unseen") if unseen else ("all",):
        report = evaluate_records(records, unseen=unseen, split=part)
        chosen = [r for r in records if part == "all" or (r["id"] in unseen) == (part == "unseen")]
        lines += rows(name, part, chosen, report, total=True)
        print(f"scored {name}, {part}", file=sys.stderr)
    return lines


def table(paths: list[str]) -> str:
    lines = [HEADER]
    news = [p for p in paths if Path(p).name in NEWS]
    blind = [p for p in paths if Path(p).name.startswith("blind_")]
    if news:
        lines += split_rows("real news (news_dev + news_dev2)", [r for p in news for r in load_gold(p)])
    if blind:
        lines += split_rows("blind set (eval/gold/blind_*)", [r for p in blind for r in load_gold(p)])
    for path in paths:
        if path in news or path in blind:
            continue
        records = load_gold(path)
        lines += rows(Path(path).stem, "all", records, evaluate_records(records), total=False)
        print(f"scored {Path(path).stem}", file=sys.stderr)
    return "\n".join(lines)


def update_readme(readme: Path, text: str) -> None:
    """Replace what stands between the table's markers (and say so if the markers are missing)."""
    content = readme.read_text(encoding="utf-8")
    pattern = re.compile(re.escape(START) + ".*?" + re.escape(END), re.S)
    if not pattern.search(content):
        raise SystemExit(f"{readme} has no {START} ... {END} markers around the quality table")
    readme.write_text(pattern.sub(lambda _: f"{START}\n{text}\n{END}", content), encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="*",
                        help="gold files (default: the shared sets, eval/gold/blind_*, own_*, coop_*, wire_*, "
                        "relwire*_*, traps_* and breadth*_*)")
    parser.add_argument("--readme", type=Path, help="write the table into this README between its markers")
    args = parser.parse_args(argv)
    defaults = [*sorted(glob.glob(str(SHARED / "*.jsonl"))), *sorted(glob.glob(str(HERE / "gold" / "blind_*.jsonl"))),
                *sorted(glob.glob(str(HERE / "gold" / "own_*.jsonl"))),
                *sorted(glob.glob(str(HERE / "gold" / "coop_*.jsonl"))),
                *sorted(glob.glob(str(HERE / "gold" / "wire_*.jsonl"))),
                *sorted(glob.glob(str(HERE / "gold" / "relwire*_*.jsonl"))),  # every round's relation sets
                *sorted(glob.glob(str(HERE / "gold" / "traps_*.jsonl"))),
                *sorted(glob.glob(str(HERE / "gold" / "breadth*_*.jsonl")))]
    text = table(args.paths or defaults)
    if args.readme:
        update_readme(args.readme, text)
    else:
        print(text)


if __name__ == "__main__":
    main()

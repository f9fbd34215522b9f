"""Calibrate the output threshold of event confidence on the study split.

Usage:
    PYTHONPATH=src python3 eval/calibrate.py            # the curve on study; the threshold it picks
    PYTHONPATH=src python3 eval/calibrate.py --unseen   # also the unseen split's figures at each threshold
    PYTHONPATH=src python3 eval/calibrate.py --write    # set MIN_CONFIDENCE in events/confidence.py

The threshold is the lowest one on a 0.05 grid at which type-level precision on the STUDY split reaches
--target (0.9): the most recall that keeps that precision. The unseen split is only scored (overall
figures), never used to choose. Re-run it after the rules change and commit the new constant.

Why 0.9 and not the 0.8 that issue 10 asks of the development articles: the rules were written on the study
articles, and their precision there runs about 0.15 above held-back news (round 12: study 0.90 at the
threshold then in use, unseen 0.60, blind unseen 0.76). A threshold that only keeps 0.8 on study (the rule
picked 0.0 by then: study precision was 0.86 with every event printed) would print what held-back news
gets wrong; 0.9 on study is the precision that aims at 0.75 off it.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from realpolitik.evaluate import load_gold, score
from realpolitik.evaluate.runner import run_pipeline
from realpolitik.evaluate.split import find_split_file, load_unseen, select

HERE = Path(__file__).resolve().parent
NEWS = [HERE.parent.parent / "shared" / "benchmarks" / "gold" / name for name in ("news_dev.jsonl", "news_dev2.jsonl")]
CONSTANT = HERE.parent / "src" / "realpolitik" / "events" / "confidence.py"
GRID = [round(0.05 * i, 2) for i in range(0, 20)]


def curve(records: list[dict]) -> list[tuple[float, dict]]:
    """Type-level figures of the printed events at each threshold of the grid (one pipeline run)."""
    events = [e for run in run_pipeline(records) for e in run.extraction.events if e.factual]
    out = []
    for cut in GRID:
        counts = score(records, [e for e in events if e.confidence >= cut]).overall["type"]
        out.append((cut, {"precision": counts.precision, "recall": counts.recall, "f1": counts.f1,
                          "tp": counts.tp, "fp": counts.fp}))
    return out


def choose(study: list[tuple[float, dict]], target: float) -> float | None:
    """The lowest threshold whose study precision reaches the target."""
    return next((cut for cut, fig in study if fig["precision"] >= target and fig["tp"]), None)


def write_constant(value: float, path: Path = CONSTANT) -> None:
    text = path.read_text(encoding="utf-8")
    new, n = re.subn(r"^MIN_CONFIDENCE = [0-9.]+", f"MIN_CONFIDENCE = {value}", text, count=1, flags=re.M)
    if n != 1:
        raise SystemExit(f"no 'MIN_CONFIDENCE = ...' line in {path}")
    path.write_text(new, encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="*", type=Path, help="gold files (default: ../shared news_dev*.jsonl)")
    parser.add_argument("--target", type=float, default=0.9, help="precision to reach on study (0.9)")
    parser.add_argument("--unseen", action="store_true", help="also print the unseen split's figures")
    parser.add_argument("--write", action="store_true", help="write the chosen threshold into confidence.py")
    args = parser.parse_args(argv)
    paths = args.paths or NEWS
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:
        raise SystemExit(f"gold files not found: {', '.join(missing)} (calibration needs ../shared)")
    unseen = load_unseen(find_split_file())
    if not unseen:
        raise SystemExit("eval/split.json not found: calibration needs the study/unseen split")
    records = [r for p in paths for r in load_gold(p)]
    study = curve(select(records, "study", unseen))
    held = curve(select(records, "unseen", unseen)) if args.unseen else None
    print("| threshold | study P / R / F1 |" + (" unseen P / R / F1 |" if held else ""))
    print("| ---: | --- |" + (" --- |" if held else ""))
    for i, (cut, fig) in enumerate(study):
        row = f"| {cut:.2f} | {fig['precision']:.2f} / {fig['recall']:.2f} / {fig['f1']:.2f} |"
        if held:
            h = held[i][1]
            row += f" {h['precision']:.2f} / {h['recall']:.2f} / {h['f1']:.2f} |"
        print(row)
    chosen = choose(study, args.target)
    if chosen is None:
        raise SystemExit(f"no threshold reaches precision {args.target} on study")
    print(f"\nthreshold for study precision ≥ {args.target}: {chosen}", file=sys.stderr)
    if args.write:
        write_constant(chosen)
        print(f"wrote MIN_CONFIDENCE = {chosen} into {CONSTANT}", file=sys.stderr)


if __name__ == "__main__":
    main()

"""Precision of the coder's events by how their parties were filled in from the article, against their confidence.

Usage:
    PYTHONPATH=src python3 eval/fill_precision.py GOLD.jsonl ... [--by-type]

Every factual, scored event (shown or below the threshold) is counted under the kind of fill of each party that
stands in no token of its sentence (the kind its filler set, events/fill_kinds.py: "reaction", "welcomed_act_author",
...; "all named" where every party stands in the sentence), with its role (and with --by-type its PLOVER type).
An event is right when its key (EVAL.md) is among its article's gold keys. A kind whose precision stays far below
its mean confidence is one `events/confidence.py` overrates. The unseen ids of eval/split.json are left out
(eval/learn_confidence.runs): never run it to error-analyse a held-back set.
"""

from __future__ import annotations

import argparse
import json
import math
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

import numpy as np
from learn_confidence import fit, runs

from realpolitik.events import confidence
from realpolitik.events.confidence import FILL_FILE, MIN_CONFIDENCE, fill_kind

L2 = 3.0  # as the rule costs (eval/confidence_transfer.py)
LEAST_COST = 0.3  # a smaller cost moves only events next to the threshold, where the fit's sign is least sure


def kind(mention) -> str:
    """The fill's kind as events/confidence.py reads it (the kind its filler set, events/fill_kinds.py)."""
    return fill_kind(mention)


def events(paths: list[Path]) -> Iterator[dict]:
    """One record per scored event and filled party: the set, role, kind of fill, type, confidence, right or not."""
    for path in paths:
        for doc, _extraction, recorded, scored in runs([path]):
            for event, key, _others in scored:
                cued = recorded.get(id(event))
                if not cued:
                    continue  # a copy of another sentence's act has no cues of its own
                _cues, source, target = cued
                filled = [(role, kind(m)) for role, m in (("source", source), ("target", target))
                          if m is not None and m.token_start < 0] or [("-", "all named")]
                for role, name in filled:
                    yield {"set": path.stem, "role": role, "fill": name, "type": event.plover,
                           "confidence": event.confidence, "right": key in doc.gold}


def table(records: Iterable[dict], by_type: bool) -> dict[tuple, list[float]]:
    """(role, kind[, type]) -> [events, right, sum of confidence, shown, shown right]."""
    rows: dict[tuple, list[float]] = defaultdict(lambda: [0, 0, 0.0, 0, 0])
    for r in records:
        shown = r["confidence"] >= MIN_CONFIDENCE
        row = rows[(r["role"], r["fill"], r["type"]) if by_type else (r["role"], r["fill"])]
        row[0] += 1
        row[1] += r["right"]
        row[2] += r["confidence"]
        row[3] += shown
        row[4] += r["right"] and shown
    return rows


def _logit(p: float) -> float:
    p = min(max(p, 1e-3), 1 - 1e-3)
    return math.log(p / (1 - p))


def write(records: list[dict], about: str, out: Path = FILL_FILE) -> None:
    """Fit the cost of each kind of fill the file lists on these records (of the older sets; made with the fill
    costs switched off, so that what is fitted is fitted on the hand-set sum) and write the costs back."""
    data = json.loads(out.read_text(encoding="utf-8"))
    # (a record of code before round 51 names the fill by its filler's note, up to its first detail)
    kind_of = {(kind["role"], fill): kind["name"] for kind in data["kinds"]
               for fill in (*kind["fills"], *kind.get("notes", ()))}
    rows = [[name] if (name := kind_of.get((r["role"], r["fill"]))) else [] for r in records]
    weights = fit(rows, [r["right"] for r in records], L2, np.asarray([_logit(r["confidence"]) for r in records]))
    for kind in data["kinds"]:
        cost = round(weights.get(kind["name"], 0.0) + weights["bias"], 3)
        kind["cost"] = cost if cost <= -LEAST_COST else 0.0
        print(f"{kind['name']}: fitted {cost:+.3f}, shipped {kind['cost']:+.3f}")
    data["about"] = (f"log-odds each kind of fill costs (role, the fill kinds its fillers set: events/fill_kinds.py; "
                     f"notes: what those fillers wrote, which records of code before round 51 name) on top of "
                     f"events/confidence.py's hand-set sum; fitted by eval/fill_precision.py --write on {about} "
                     f"(L2 {L2}, costs of {LEAST_COST} and more)")
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--by-type", action="store_true")
    parser.add_argument("--records", type=Path, help="also write every record as JSON lines here")
    parser.add_argument("--write", action="store_true",
                        help="fit the costs of data/confidence/fills.json on these sets or --from records")
    parser.add_argument("--from", dest="sources", type=Path, nargs="+", default=[],
                        help="records written by --records (the first contact: made with the code each set first met)")
    args = parser.parse_args(argv)
    if args.write:
        confidence.FILL_COSTS.clear()
    records = [json.loads(line) for path in args.sources for line in path.read_text(encoding="utf-8").splitlines()]
    records += events(args.paths)
    if args.write:
        sets = sorted({r["set"] for r in records})
        write(records, f"{len(sets)} own gold sets ({', '.join(sets) if len(sets) < 9 else 'see docs/progress.md'})")
        return
    if args.records:
        args.records.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    rows = table(records, args.by_type)
    print("| role | fill | events | right | P | mean conf | shown | shown right | shown P |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, (n, right, conf, shown, shown_right) in sorted(rows.items(), key=lambda kv: -kv[1][0]):
        shown_p = f"{shown_right / shown:.2f}" if shown else "-"
        print(f"| {' | '.join(map(str, name))} | {n:.0f} | {right:.0f} | {right / n:.2f} | {conf / n:.2f} | "
              f"{shown:.0f} | {shown_right:.0f} | {shown_p} |")


if __name__ == "__main__":
    main()

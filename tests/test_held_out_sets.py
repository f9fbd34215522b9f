"""The held-out own sets (the b set of each fresh pair, eval/gold/fresh<round>b_<lang>.jsonl) stay unread.

Their documents are listed as unseen in eval/split.json, so `realpolitik eval --misses` and eval/same_output.py never
show them: a set written to judge changes must not be studied by the tools that steer the changes. A set opened
later on purpose (named under "opened" in the split file) is studied from then on and leaves the list.
"""

from __future__ import annotations

import json
from pathlib import Path

from realpolitik.evaluate import load_gold
from realpolitik.evaluate.runner import evaluate_records
from realpolitik.evaluate.split import load_unseen

ROOT = Path(__file__).resolve().parents[1]
SPLIT = json.loads((ROOT / "eval" / "split.json").read_text(encoding="utf-8"))
HELD_OUT = sorted(path for path in (ROOT / "eval" / "gold").glob("fresh*b_*.jsonl")
                  if path.stem not in SPLIT.get("opened", []))


def test_there_are_held_out_sets():
    assert len(HELD_OUT) >= 5


def test_every_held_out_document_is_unseen():
    unseen = load_unseen(ROOT / "eval" / "split.json")
    for path in HELD_OUT:
        ids = [json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        assert ids and set(ids) <= unseen, path.name


def test_an_opened_set_is_studied_again():
    unseen = load_unseen(ROOT / "eval" / "split.json")
    for name in SPLIT.get("opened", []):
        path = ROOT / "eval" / "gold" / f"{name}.jsonl"
        ids = [json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        assert ids and not set(ids) & unseen, name


def test_misses_of_a_held_out_set_are_withheld():
    unseen = load_unseen(ROOT / "eval" / "split.json")
    report = evaluate_records(load_gold(HELD_OUT[0]), unseen=unseen, misses=True)
    assert report.misses == []
    assert report.withheld == len(load_gold(HELD_OUT[0]))

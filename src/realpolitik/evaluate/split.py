"""The development split: which gold documents are kept out of error analysis.

`eval/split.json` (a file of the source checkout, not of the installed
package) lists the ids of the "unseen" articles. They are scored for the
overall figures only; rules are never written by looking at them. Without
the file every document counts as study material and `--split all` (the
default) works as before.
"""

from __future__ import annotations

import json
from pathlib import Path

from realpolitik.errors import EvalError

SPLITS = ("all", "study", "unseen")
SPLIT_FILE = Path("eval") / "split.json"
CHECKOUT = Path(__file__).resolve().parents[3]  # src/realpolitik/evaluate/split.py → the checkout's root


def find_split_file(explicit: Path | None = None) -> Path | None:
    """`explicit`, else eval/split.json in the working directory or in the source checkout."""
    if explicit is not None:
        return explicit
    for candidate in (Path.cwd() / SPLIT_FILE, CHECKOUT / SPLIT_FILE):
        if candidate.is_file():
            return candidate
    return None


def load_unseen(path: Path | None) -> frozenset[str]:
    """The unseen document ids named by a split file; empty when there is none."""
    if path is None:
        return frozenset()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise EvalError(f"cannot read the split file {path}: {exc}") from exc
    ids = data.get("unseen") if isinstance(data, dict) else None
    if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
        raise EvalError(f"{path} must be a JSON object with a list of document ids under 'unseen'")
    return frozenset(ids)


def select(records: list[dict], split: str, unseen: frozenset[str]) -> list[dict]:
    """The gold records of one part of the split ("all" keeps every record)."""
    if split not in SPLITS:
        raise EvalError(f"{split!r} is not a split; use one of {', '.join(SPLITS)}")
    if split == "all":
        return records
    return [r for r in records if (r["id"] in unseen) == (split == "unseen")]


def resolve_split(split: str, split_file: Path | None = None) -> frozenset[str]:
    """The unseen ids for a requested split; a study/unseen split without a split file is an error."""
    path = find_split_file(split_file)
    if split != "all" and path is None:
        raise EvalError(f"--split {split} needs {SPLIT_FILE} (a development file of the source checkout): "
                         "run from the repository root or give --split-file")
    if path is not None and not path.is_file():
        raise EvalError(f"the split file {path} does not exist")
    return load_unseen(path)

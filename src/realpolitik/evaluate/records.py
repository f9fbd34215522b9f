"""Reading gold JSON Lines and normalising emitted events for scoring.

Gold records follow shared EVAL.md. Nulls are kept, not dropped: a record
whose `published` is null gives a Document without a date; a fact whose
source or target is null still forms a key with None in that place (the
Spanish protest and Arabic sets have many such facts); a null `cameo` puts the
key under the root "-"; a missing `negated` reads as false.
"""

from __future__ import annotations

import csv
import json
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from realpolitik.errors import DataFileError
from realpolitik.evaluate.keys import PLOVER_TYPES
from realpolitik.model import Document, Event


def load_gold(path: str | Path) -> list[dict]:
    """Gold documents of a JSONL file, checked line by line so a typo names its line."""
    docs: list[dict] = []
    with open(path, encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise DataFileError(str(path), number, f"not valid JSON: {exc.msg}") from exc
            docs.append(_check_record(record, str(path), number))
    return docs


def _check_record(record: Any, path: str, line: int) -> dict:
    if not isinstance(record, dict):
        raise DataFileError(path, line, "a gold record must be a JSON object")
    if not isinstance(record.get("id"), str) or not record["id"]:
        raise DataFileError(path, line, "gold record without a string 'id'")
    if not isinstance(record.get("text", ""), str):
        raise DataFileError(path, line, "'text' must be a string")
    facts = record.get("facts") or []
    if not isinstance(facts, list):
        raise DataFileError(path, line, "'facts' must be a list")
    for i, fact in enumerate(facts):
        if not isinstance(fact, dict):
            raise DataFileError(path, line, f"fact {i} is not an object")
        if fact.get("type") not in PLOVER_TYPES:
            raise DataFileError(path, line, f"fact {i} has type {fact.get('type')!r}, not a PLOVER type")
    if record.get("published") is not None:
        try:
            date.fromisoformat(record["published"])
        except (TypeError, ValueError) as exc:
            problem = f"'published' is not an ISO date: {record['published']!r}"
            raise DataFileError(path, line, problem) from exc
    return {**record, "facts": facts}


def gold_document(record: dict) -> Document:
    """The Document the extractor sees: only id, lang, published, title and text of a gold record."""
    published = record.get("published")
    return Document(
        id=record["id"],
        text=record.get("text") or "",
        lang=record.get("lang"),
        published=date.fromisoformat(published) if published else None,
        title=record.get("title") or "",
    )


@lru_cache(maxsize=1)
def _cameo_to_plover() -> dict[str, str]:
    path = resources.files("realpolitik") / "data" / "reference" / "cameo_to_plover.csv"
    with path.open(encoding="utf-8") as fh:
        return {r["cameo_code"]: r["plover_type"] for r in csv.DictReader(fh) if r.get("plover_type")}


def plover_of(cameo: str | None) -> str | None:
    """PLOVER type of a CAMEO code by its longest listed prefix, for events emitted without one."""
    table = _cameo_to_plover()
    code = (cameo or "").strip()
    while code:
        if code in table:
            return table[code]
        code = code[:-1]
    return None


def prediction_record(event: dict | Event) -> dict:
    """An emitted event as a dict with a `type`; None type when it has no PLOVER equivalent."""
    record = event.to_json() if isinstance(event, Event) else dict(event)
    type_ = record.get("plover") or record.get("type") or plover_of(record.get("cameo"))
    record["type"] = type_ if type_ in PLOVER_TYPES else None
    return record

"""JSON Lines in the gold format of EVAL.md: one document a line.

Fields used: id, lang, published, title, text (also url, outlet); the rest
(facts, relations, ...) is ignored. A bad line is rejected with its line
number and reading goes on with the next line. Blank lines are skipped.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date

from realpolitik.ingest.decode import drop_nul
from realpolitik.ingest.ids import document_id
from realpolitik.ingest.iso_dates import parse_date
from realpolitik.ingest.rejected import Rejected
from realpolitik.model import Document

_MAX_ID = 200  # the store keeps ids of up to 255 characters


def looks_like_jsonl(text: str) -> bool:
    """True when the first non-blank line is a JSON object (how stdin is sniffed)."""
    for line in text.split("\n"):
        if line.strip():
            stripped = line.strip()
            if not stripped.startswith("{"):
                return False
            try:
                return isinstance(json.loads(stripped), dict)
            except ValueError:
                return False
    return False


def read_jsonl(
    text: str, origin: str, published: date | None = None, lang: str | None = None
) -> Iterator[Document | Rejected]:
    """One Document (or Rejected) per non-blank line of `text`."""
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        yield parse_line(line, f"{origin}:{number}", published, lang)


def parse_line(line: str, where: str, published: date | None, lang: str | None) -> Document | Rejected:
    try:
        record = json.loads(line)
    except ValueError as exc:
        return Rejected(where, "bad_json", f"not valid JSON ({exc}); fix or remove the line")
    if not isinstance(record, dict):
        return Rejected(where, "bad_json", 'a line must be one JSON object with at least a "text" field')
    text = record.get("text")
    if text is None:
        return Rejected(where, "bad_json", 'the object has no "text" field')
    if not isinstance(text, str):
        return Rejected(where, "bad_json", '"text" must be a string')
    text = drop_nul(text)
    if not text.strip():
        return Rejected(where, "empty", '"text" is empty')
    try:
        when = parse_date(record.get("published")) or published
    except ValueError as exc:
        return Rejected(where, "bad_date", f'"published": {exc}')
    doc = Document(
        id="",
        text=text,
        lang=lang or _str(record.get("lang")),
        published=when,
        title=_str(record.get("title")) or "",
        url=_str(record.get("url")),
        outlet=_str(record.get("outlet")),
        origin=where,
    )
    raw_id = record.get("id")
    given = drop_nul(str(raw_id)).strip() if isinstance(raw_id, str | int) and not isinstance(raw_id, bool) else ""
    doc.id = given[:_MAX_ID] if given else document_id(doc.url or where.rsplit(":", 1)[0], doc.content_hash)
    return doc


def _str(value: object, longest: int = 2000) -> str | None:
    return drop_nul(value)[:longest] if isinstance(value, str) and value.strip() else None

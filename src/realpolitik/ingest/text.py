"""Plain-text articles.

A text file may name its publication date in a header line among its first
five non-blank lines, in one of two forms (case-insensitive):

    date 2025-10-27 ...          (the word "date", a space or colon, an ISO date)
    published: 2025-10-27

The header line is removed from the text; a header whose date is not a valid
ISO date rejects the file as `bad_date`. Everything else is body text.
"""

from __future__ import annotations

import re
from datetime import date

from realpolitik.ingest.ids import parse_date
from realpolitik.ingest.rejected import Rejected

_HEADER = re.compile(r"^\s*(?:date|published)\s*[: ]\s*(\S+)", re.IGNORECASE)
_HEADER_LINES = 5


def split_header(text: str, origin: str) -> tuple[str, date | None] | Rejected:
    """Return (body, date from the header or None), or a `bad_date` rejection."""
    lines = text.split("\n")
    seen = 0
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        seen += 1
        if seen > _HEADER_LINES:
            break
        match = _HEADER.match(line)
        if not match:
            continue
        try:
            when = parse_date(match.group(1))
        except ValueError as exc:
            return Rejected(origin, "bad_date", f"header line {i + 1}: {exc}")
        body = "\n".join(lines[:i] + lines[i + 1 :])
        return body, when
    return text, None

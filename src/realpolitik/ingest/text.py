"""Plain-text articles and their header lines.

A text file may start with header lines, among its first five non-blank
lines, in these forms (the key is case-insensitive):

    title: Russia and Venezuela sign a strategic partnership
    published: 2025-10-27
    date 2025-10-27 ...          (the word "date", a space or colon, an ISO date)

Header lines are removed from the text: the title becomes the document's
title, the date its publication date. A date header that is not a valid ISO
date rejects the file as `bad_date`. Every other line is body text.
"""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

from realpolitik.ingest.iso_dates import parse_date
from realpolitik.ingest.rejected import Rejected

_DATE = re.compile(r"^\s*(?:date|published)\s*[: ]\s*(\S+)", re.IGNORECASE)
_TITLE = re.compile(r"^\s*title\s*:\s*(\S.*?)\s*$", re.IGNORECASE)
_HEADER_LINES = 5


class Header(NamedTuple):
    """A text split into its body and what its header lines said."""

    body: str
    published: date | None
    title: str


def split_header(text: str, origin: str) -> Header | Rejected:
    """The body without header lines, the header's date and title; or a `bad_date` rejection."""
    lines = text.split("\n")
    seen = 0
    when: date | None = None
    title = ""
    used: set[int] = set()
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        seen += 1
        if seen > _HEADER_LINES:
            break
        if not title and (found := _TITLE.match(line)):
            title = found.group(1)
            used.add(i)
        elif when is None and (found := _DATE.match(line)):
            try:
                when = parse_date(found.group(1))
            except ValueError as exc:
                return Rejected(origin, "bad_date", f"header line {i + 1}: {exc}")
            used.add(i)
    body = "\n".join(line for i, line in enumerate(lines) if i not in used) if used else text
    return Header(body, when, title)

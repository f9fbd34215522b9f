"""Stable document ids and date parsing shared by the readers."""

from __future__ import annotations

import hashlib
import re
from datetime import date, datetime


def document_id(where: str, content_hash: str) -> str:
    """ "doc-" + 12 hex digits of sha256(origin or URL + content hash).

    The same file read twice gets the same id; an edited file gets a new one.
    """
    digest = hashlib.sha256(f"{where}\n{content_hash}".encode()).hexdigest()
    return "doc-" + digest[:12]


_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.+\-Z]*)?\s*$")


def parse_date(value: object) -> date | None:
    """An ISO date (or date-time) as a date; raises ValueError for anything else.

    None and "" mean "no date". Only ISO is accepted: a date that could be
    read two ways (03/04/2025) is an error, not a guess.
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise ValueError(f"expected an ISO date like 2025-10-27, got {value!r}")
    match = _ISO.match(value)
    if not match:
        raise ValueError(f"expected an ISO date like 2025-10-27, got {value!r}")
    year, month, day = (int(g) for g in match.groups())
    return date(year, month, day)  # raises ValueError for 2025-13-45

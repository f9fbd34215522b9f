"""The dates the readers are given (a JSON field, a WARC header, a page's metadata), read as ISO only."""

from __future__ import annotations

import re
from datetime import date, datetime

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

"""Query parameters shared by the endpoints: paging, dates, actor codes, output format.

Each check fails with a 422 whose message says what to send instead, so a
client (or a person at the browser's address bar) can fix the request.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated

from fastapi import HTTPException, Query

from realpolitik.web.settings import MAX_LIMIT, MAX_OFFSET, MAX_SPAN_DAYS

_CODE = re.compile(r"^[A-Za-z]{2,12}$")

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"Rows per page, 1..{MAX_LIMIT}.")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description=f"Rows to skip, 0..{MAX_OFFSET}.")]
Format = Annotated[str, Query(pattern="^(json|csv)$", description="json (default) or csv.")]
Day = Annotated[date | None, Query(description="A date, YYYY-MM-DD.")]


def bad_request(message: str, status: int = 422) -> HTTPException:
    """An HTTP error whose body is {"detail": message}."""
    return HTTPException(status_code=status, detail=message)


def actor_code(value: str | None, name: str = "actor") -> str | None:
    """An actor code as stored: letters only ("RUS", "USAGOV", "NATO"), upper-cased."""
    if value is None or value == "":
        return None
    if not _CODE.fullmatch(value):  # fullmatch: "$" would let a trailing newline through
        raise bad_request(f"{name}={value!r} is not an actor code; use letters such as RUS, USAGOV or NATO")
    return value.upper()


def date_range(since: date | None, until: date | None, max_days: int = MAX_SPAN_DAYS) -> None:
    """Refuse a reversed range, or one wider than `max_days` when both ends are given."""
    if since and until:
        if since > until:
            raise bad_request(f"since={since} is after until={until}")
        if (until - since).days > max_days:
            raise bad_request(f"the range {since}..{until} is longer than {max_days} days; narrow it")


def reach_back(day: date | None, days: int, name: str = "at") -> None:
    """Refuse a date whose window of `days` before it would start before the year 1 (no such date exists)."""
    if day is not None and day.toordinal() <= days:
        raise bad_request(f"{name}={day} leaves no room for a window of {days} days before it; give a later date")

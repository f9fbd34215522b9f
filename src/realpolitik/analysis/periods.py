"""Period labels for timelines: day, ISO week (its Monday) or month."""

from __future__ import annotations

from datetime import date, timedelta

BY = ("day", "week", "month")


def period_of(day: date, by: str) -> str:
    """The label of the period `day` falls in: 2025-10-27, 2025-10-27 (Monday), 2025-10."""
    if by == "day":
        return day.isoformat()
    if by == "week":
        return (day - timedelta(days=day.weekday())).isoformat()
    if by == "month":
        return f"{day.year:04d}-{day.month:02d}"
    raise ValueError(f"period {by!r} is not one of {', '.join(BY)}")


def iso(value: date | None) -> str | None:
    """A date as the analysis answers give it (YYYY-MM-DD), None for none."""
    return value.isoformat() if value else None

"""The interface of an engine: jobs in, the outcome of each job out, in input order.

A run (`engines.run`) feeds an engine a stream of items: Jobs to read and
extract, and markers (Rejected, Unchanged) that need no work. The engine
yields every item back with its outcomes (None for a marker), so the writer
sees the inputs in the order given whatever ran them, and in how many
processes or machines.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from realpolitik.budget import Budget
from realpolitik.ingest.decode import MAX_BYTES
from realpolitik.ingest.rejected import Rejected
from realpolitik.model import Document, Extraction, pickled_by_fields


@pickled_by_fields  # sent back from every pool worker, one per document
@dataclass
class Outcome:
    """What became of one document read from a job."""

    item: Document | Rejected
    extraction: Extraction | None = None
    bands: list[int] = field(default_factory=list)
    duplicate_of: str | None = None  # already stored: skip
    original: str | None = None  # near-duplicate of this stored original: store linked, no events
    label: str | None = None  # what the writer made of it: stored, duplicate, near_duplicate or a reason


@dataclass
class Settings:
    """What every worker needs, set once per run."""

    db_url: str | None
    published: date | None = None
    lang: str | None = None
    max_bytes: int = MAX_BYTES
    near_duplicates: bool = True
    dictionary: object = None  # an ActorDictionary (shared by fork, never pickled)
    budget: Budget = field(default_factory=Budget)  # size and time each document may cost


class Engine(Protocol):
    """Runs the unit of work (`work.process_job`) over a stream of items."""

    workers: int

    def map(self, items: Iterable[object], store=None,  # type: ignore[no-untyped-def]
            idle: Callable[[], object] | None = None) -> Iterator[tuple[object, list[Outcome] | None]]:
        """(item, outcomes) for Jobs, (item, None) for anything else, in input order; `idle()` while the
        last answers are awaited."""
        ...

    def close(self) -> None: ...

    def __enter__(self) -> Engine: ...

    def __exit__(self, *exc: object) -> None: ...

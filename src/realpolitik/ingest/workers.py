"""Reading and extraction in a process pool; the parent keeps the writing.

SQLite has one writer at a time, and one writer keeps the duplicate checks
simple, so workers only read from the store: each checks whether a document
is already stored (or a near-duplicate of a stored one) before spending time
on extraction. The parent saves results in input order and checks again,
which settles races between documents in flight at the same time.

Workers are forked (on Linux), so the actor dictionary loaded in the parent
is shared without pickling. With `workers=1` everything runs in the parent.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from realpolitik.ingest import neardup
from realpolitik.ingest.decode import MAX_BYTES
from realpolitik.ingest.jobs import Job
from realpolitik.ingest.readers import read_bytes, read_file, read_page
from realpolitik.ingest.rejected import Rejected
from realpolitik.ingest.warc import WarcPage
from realpolitik.model import Document, Extraction

log = logging.getLogger(__name__)


@dataclass
class Outcome:
    """What became of one document read from a job."""

    item: Document | Rejected
    extraction: Extraction | None = None
    bands: list[int] = field(default_factory=list)
    duplicate_of: str | None = None  # already stored: skip
    original: str | None = None  # near-duplicate of this stored original: store linked, no events


@dataclass
class Settings:
    """What every worker needs, set once per pool."""

    db_url: str | None
    published: date | None = None
    lang: str | None = None
    max_bytes: int = MAX_BYTES
    near_duplicates: bool = True
    dictionary: object = None  # an ActorDictionary (shared by fork, never pickled)


_SETTINGS: Settings | None = None
_STORE = None  # the worker's read-only view of the store, opened on first use


def _init_worker() -> None:
    global _STORE
    _STORE = None  # never use a connection inherited from the parent


def _worker_store():  # type: ignore[no-untyped-def]
    global _STORE
    if _STORE is None and _SETTINGS is not None:
        from realpolitik.store.engine import make_engine, resolve_url
        from realpolitik.store.store import Store

        _STORE = Store(make_engine(resolve_url(_SETTINGS.db_url)))
    return _STORE


def read_job(job: Job, settings: Settings) -> list[Document | Rejected]:
    """The documents of one job (decode, sniff, trafilatura)."""
    if job.path is not None:
        return list(read_file(Path(job.path), settings.published, settings.lang, max_bytes=settings.max_bytes))
    data = job.data or b""
    if job.suffix == ".html":
        page = WarcPage(uri=job.url or job.origin, fetched=job.published, body=data, charset=job.charset)
        return [read_page(page, settings.published, settings.lang)]
    return list(read_bytes(data, job.origin, job.suffix, settings.published, settings.lang))


def process(job: Job, store=None) -> list[Outcome]:  # type: ignore[no-untyped-def]
    """Read a job and extract each new document (runs in a worker, or in the parent with workers=1)."""
    from realpolitik.pipeline import extract_document

    settings = _SETTINGS
    assert settings is not None, "call Extractor first"
    store = store if store is not None else _worker_store()
    outcomes = []
    for item in read_job(job, settings):
        if isinstance(item, Rejected):
            outcomes.append(Outcome(item))
            continue
        duplicate = store.find_duplicate(item)
        if duplicate is not None:
            outcomes.append(Outcome(item, duplicate_of=duplicate))
            continue
        bands = neardup.band_keys(item.text) if settings.near_duplicates else []
        found = neardup.find_original(store, item.text, bands)
        if found is not None:
            outcomes.append(Outcome(item, bands=bands, original=found[0]))
            continue
        try:
            full = extract_document(item, settings.dictionary)  # type: ignore[arg-type]
        except Exception as exc:  # one bad document must not stop the run
            log.exception("extraction failed on %s", item.origin)
            outcomes.append(Outcome(Rejected(item.origin or item.id, "failed", f"extraction failed: {exc!r}")))
            continue
        # Sentences and actor mentions are not stored: do not ship them back to the parent.
        slim = Extraction(item, [], [], full.events, full.relations)
        outcomes.append(Outcome(item, extraction=slim, bands=bands))
    return outcomes


class Extractor:
    """Runs `process` over a stream of jobs, in the parent or a pool, yielding results in input order."""

    def __init__(self, settings: Settings, workers: int = 1, store=None) -> None:  # type: ignore[no-untyped-def]
        global _SETTINGS
        _SETTINGS = settings
        self.workers = max(1, workers)
        self.store = store
        self.pool: ProcessPoolExecutor | None = None
        if self.workers > 1:
            methods = multiprocessing.get_all_start_methods()
            if "fork" not in methods:
                log.warning("no fork on this platform: workers use the built-in actor dictionary only")
            context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
            self.pool = ProcessPoolExecutor(self.workers, mp_context=context, initializer=_init_worker)

    def map(self, items: Iterable[object], store=None) -> Iterator[tuple[object, list[Outcome] | None]]:  # type: ignore[no-untyped-def]
        """(item, outcomes) for Jobs, (item, None) for anything else (passed through in order)."""
        store = store if store is not None else self.store
        if self.pool is None:
            for item in items:
                yield item, (process(item, store) if isinstance(item, Job) else None)
            return
        window = self.workers * 4  # bounded: a huge folder never sits in memory as futures
        pending: deque[tuple[object, Future | None]] = deque()
        for item in items:
            pending.append((item, self.pool.submit(process, item) if isinstance(item, Job) else None))
            while len(pending) >= window:
                yield _resolve(*pending.popleft())
        while pending:
            yield _resolve(*pending.popleft())

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None

    def __enter__(self) -> Extractor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _resolve(item: object, future: Future | None) -> tuple[object, list[Outcome] | None]:
    if future is None:
        return item, None
    try:
        return item, future.result()
    except Exception as exc:  # a worker died (out of memory, killed): record it and go on
        origin = getattr(item, "origin", "?")
        log.error("worker failed on %s: %r", origin, exc)
        return item, [Outcome(Rejected(origin, "failed", f"the worker process failed: {exc!r}; try --workers 1"))]


def default_workers() -> int:
    """One worker per core, but at least one."""
    return max(1, os.cpu_count() or 1)

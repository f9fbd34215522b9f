"""The local engine: the unit of work in the calling process, or in a pool of forked processes.

SQLite has one writer at a time, and one writer keeps the duplicate checks
simple, so workers only read from the store: each checks whether a document
is already stored (or a near-duplicate of a stored one) before spending time
on extraction. The writer saves results in input order and checks again,
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

from realpolitik.engines.base import Outcome, Settings
from realpolitik.engines.work import process_job
from realpolitik.ingest.jobs import Job
from realpolitik.ingest.rejected import Rejected

log = logging.getLogger(__name__)

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


def _process(job: Job) -> list[Outcome]:
    """The unit of work in a pool worker, with the settings and store view of that worker."""
    assert _SETTINGS is not None, "create a LocalEngine first"
    return process_job(job, _SETTINGS, _worker_store())


class LocalEngine:
    """Runs `process_job` over a stream of jobs, in the parent or a pool, yielding results in input order."""

    def __init__(self, settings: Settings, workers: int = 1, store=None) -> None:  # type: ignore[no-untyped-def]
        global _SETTINGS
        _SETTINGS = settings
        self.settings = settings
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
                yield item, (process_job(item, self.settings, store) if isinstance(item, Job) else None)
            return
        window = self.workers * 4  # bounded: a huge folder never sits in memory as futures
        pending: deque[tuple[object, Future | None]] = deque()
        for item in items:
            pending.append((item, self.pool.submit(_process, item) if isinstance(item, Job) else None))
            while len(pending) >= window:
                yield _resolve(*pending.popleft())
        while pending:
            yield _resolve(*pending.popleft())

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None

    def __enter__(self) -> LocalEngine:
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

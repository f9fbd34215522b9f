"""An ingest run: read inputs, extract, store, and account for every input.

Documents are saved in batches, one transaction each, so a crash leaves whole
documents only; a re-run skips what is stored. Rejected inputs are recorded
with their reason and the run goes on. Reading and extraction may run in a
process pool (`workers`); all writing happens here, in the parent, in input
order.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Sequence
from datetime import date

from realpolitik.actors import ActorDictionary
from realpolitik.budget import Budget
from realpolitik.engines.base import Engine, Settings
from realpolitik.engines.local import LocalEngine
from realpolitik.engines.phases import Phases
from realpolitik.engines.writer import StoreWriter
from realpolitik.frozen import frozen
from realpolitik.ingest.decode import MAX_BYTES
from realpolitik.ingest.fetch import Fetcher, FetchPolicy
from realpolitik.ingest.jobs import Job
from realpolitik.ingest.sources import after_job, iter_jobs, planned_bytes
from realpolitik.progress import bar
from realpolitik.store import Store, open_store

log = logging.getLogger(__name__)


def ingest_paths(paths: Sequence[str], db: str | None = None, published: date | None = None,
                 lang: str | None = None, dictionary: ActorDictionary | None = None,
                 progress: bool = False, *, workers: int = 1, allow_private: bool = False,
                 fetch_policy: FetchPolicy | None = None, max_bytes: int = MAX_BYTES,
                 near_duplicates: bool = True, budget: Budget | None = None,
                 min_confidence: float | None = None) -> dict:
    """Ingest files, folders, WARC files, stdin ("-") and URLs (pages or feeds) into the store.

    Returns the run summary: read, stored, duplicates, near_duplicates,
    rejected (reason → count), events (and how many fall below `min_confidence`, by default the
    calibrated threshold: stored all the same), relations, seconds.
    """
    started = time.perf_counter()
    phases = Phases()
    settings = Settings(db_url=db, published=published, lang=lang, max_bytes=max_bytes,
                        near_duplicates=near_duplicates, dictionary=dictionary, budget=budget or Budget())
    policy = fetch_policy or FetchPolicy(allow_private=allow_private, max_bytes=max_bytes)
    # The pool is forked before the store is opened, so no worker inherits a database connection.
    with LocalEngine(settings, workers, once=True) as extractor, open_store(db) as store:
        phases.lap("start")  # with workers: the stages loaded in the parent, the pool forked
        fetchers: list[Fetcher] = []

        def fetcher() -> Fetcher:
            if not fetchers:
                fetchers.append(Fetcher(policy))
            return fetchers[0]

        deferred: list[Callable[[], None]] = []
        try:
            summary = run_items(store, extractor, iter_jobs(paths, store, fetcher, max_bytes=max_bytes,
                                                            deferred=deferred), progress=progress,
                                started=started, min_confidence=min_confidence,
                                total_bytes=planned_bytes(paths) if progress else None, phases=phases)
            for action in deferred:
                action()
        finally:
            for f in fetchers:
                f.close()
    return summary


def run_items(store: Store, extractor: Engine, items: Iterable[object], *, progress: bool = False,
              started: float | None = None, min_confidence: float | None = None,
              total_bytes: int | None = None, phases: Phases | None = None) -> dict:
    """Save what the engine makes of `items` (Jobs, Rejected, Unchanged) as one run; the summary.

    The progress bar counts the input's bytes (`total_bytes`, each Job's weight), so a folder of
    files and one big WARC file alike show their rate and ETA; without a total it shows the rate.
    The summary's "phases": "run" (the loop), and inside it "writer" (the writer's busy seconds) and, with a
    pool, "wait" (the writer waiting for the workers' next result in input order).
    """
    started = time.perf_counter() if started is None else started
    writer = StoreWriter(store, after=lambda job, label: after_job(store, job, label), min_confidence=min_confidence)
    summary = writer.summary
    phases = phases or Phases()
    busy = 0.0

    def flush() -> None:  # the writer's busy seconds count this too
        nonlocal busy
        took = time.perf_counter()
        writer.flush()
        busy += time.perf_counter() - took

    with bar("ingesting", total_bytes, "bytes", enabled=progress) as shown, frozen():
        run_id = store.start_run()
        try:
            for item, outcomes in extractor.map(items, store, idle=flush):
                took = time.perf_counter()
                writer.put(item, outcomes)
                busy += time.perf_counter() - took
                if progress:  # (rich's bar, even disabled, counts and keeps speeds under a lock at each call)
                    elapsed = time.perf_counter() - started
                    shown.advance(item.weight if isinstance(item, Job) else 0)
                    shown.note(f"ingesting: {summary['read']} read, {summary['stored']} stored, "
                               f"{summary['read'] / max(elapsed, 1e-9):.1f} documents/s")
            flush()
        finally:
            summary["rejected"] = dict(summary["rejected"])
            summary["seconds"] = round(time.perf_counter() - started, 3)
            phases.lap("run")
            phases.add("writer", busy)
            if getattr(extractor, "waited", None) is not None:
                phases.add("wait", extractor.waited)
            summary["phases"] = phases.report()
            log.info("ingest: %.1f s; by phase: %s", summary["seconds"], summary["phases"])
            store.finish_run(summary, run_id)
    return summary

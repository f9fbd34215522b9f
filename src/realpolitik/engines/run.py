"""An ingest run: read inputs, extract, store, and account for every input.

Each document is saved in its own transaction, so a crash leaves whole
documents only; a re-run skips what is stored. Rejected inputs are recorded
with their reason and the run goes on. Reading and extraction may run in a
process pool (`workers`); all writing happens here, in the parent, in input
order.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from datetime import date

from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from realpolitik.actors import ActorDictionary
from realpolitik.budget import Budget
from realpolitik.engines.base import Engine, Outcome, Settings
from realpolitik.engines.local import LocalEngine
from realpolitik.errors import StoreError
from realpolitik.ingest import Rejected, neardup
from realpolitik.ingest.decode import MAX_BYTES
from realpolitik.ingest.fetch import Fetcher, FetchPolicy
from realpolitik.ingest.jobs import Job, Unchanged
from realpolitik.ingest.sources import after_job, iter_jobs
from realpolitik.model import Extraction
from realpolitik.store import Store, open_store

log = logging.getLogger(__name__)


def new_summary() -> dict:
    return {"read": 0, "stored": 0, "duplicates": 0, "near_duplicates": 0, "rejected": Counter(),
            "events": 0, "relations": 0}


def ingest_paths(paths: Sequence[str], db: str | None = None, published: date | None = None,
                 lang: str | None = None, dictionary: ActorDictionary | None = None,
                 progress: bool = False, *, workers: int = 1, allow_private: bool = False,
                 fetch_policy: FetchPolicy | None = None, max_bytes: int = MAX_BYTES,
                 near_duplicates: bool = True, budget: Budget | None = None) -> dict:
    """Ingest files, folders, WARC files, stdin ("-") and URLs (pages or feeds) into the store.

    Returns the run summary: read, stored, duplicates, near_duplicates,
    rejected (reason → count), events, relations, seconds.
    """
    started = time.perf_counter()
    settings = Settings(db_url=db, published=published, lang=lang, max_bytes=max_bytes,
                        near_duplicates=near_duplicates, dictionary=dictionary, budget=budget or Budget())
    policy = fetch_policy or FetchPolicy(allow_private=allow_private, max_bytes=max_bytes)
    # The pool is forked before the store is opened, so no worker inherits a database connection.
    with LocalEngine(settings, workers) as extractor, open_store(db) as store:
        fetchers: list[Fetcher] = []

        def fetcher() -> Fetcher:
            if not fetchers:
                fetchers.append(Fetcher(policy))
            return fetchers[0]

        deferred: list[Callable[[], None]] = []
        try:
            summary = run_items(store, extractor, iter_jobs(paths, store, fetcher, max_bytes=max_bytes,
                                                            deferred=deferred), progress=progress,
                                started=started)
            for action in deferred:
                action()
        finally:
            for f in fetchers:
                f.close()
    return summary


def run_items(store: Store, extractor: Engine, items: Iterable[object], *, progress: bool = False,
              started: float | None = None) -> dict:
    """Save what the engine makes of `items` (Jobs, Rejected, Unchanged) as one run; the summary."""
    started = time.perf_counter() if started is None else started
    summary = new_summary()
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                  console=Console(stderr=True), transient=True, disable=not progress) as bar:
        task = bar.add_task("ingesting", total=None)
        run_id = store.start_run()
        try:
            for item, outcomes in extractor.map(items, store):
                if outcomes is None:
                    _count_marker(store, item, summary)
                else:
                    label = "empty"
                    for outcome in outcomes:
                        label = _save(store, outcome, summary, extractor.workers > 1)
                    if isinstance(item, Job):
                        after_job(store, item, label)
                elapsed = time.perf_counter() - started
                bar.update(task, description=(
                    f"ingesting: {summary['read']} read, {summary['stored']} stored, "
                    f"{summary['read'] / max(elapsed, 1e-9):.1f}/s"))
        finally:
            summary["rejected"] = dict(summary["rejected"])
            summary["seconds"] = round(time.perf_counter() - started, 3)
            store.finish_run(summary, run_id)
    return summary


def _count_marker(store: Store, item: object, summary: dict) -> None:
    summary["read"] += 1
    if isinstance(item, Unchanged):
        summary["duplicates"] += 1
    elif isinstance(item, Rejected):
        _reject(store, item, summary)


def _reject(store: Store, item: Rejected, summary: dict) -> str:
    summary["rejected"][item.reason] += 1
    store.record_rejection(item)
    log.warning("rejected %s: %s (%s)", item.origin, item.reason, item.detail)
    return item.reason


def _save(store: Store, outcome: Outcome, summary: dict, recheck: bool) -> str:
    """Store one outcome; the label says what became of it (stored, duplicate, near_duplicate, reason)."""
    summary["read"] += 1
    item = outcome.item
    if isinstance(item, Rejected):
        return _reject(store, item, summary)
    if outcome.duplicate_of is not None:
        summary["duplicates"] += 1
        return "duplicate"
    original = outcome.original
    if original is None and recheck and outcome.bands:
        # Another worker may have had the original in flight: the parent's check is the one that counts.
        found = neardup.find_original(store, item.text, outcome.bands)
        original = found[0] if found else None
    extraction = outcome.extraction or Extraction(item, [], [], [], [])
    try:
        result = store.save(extraction, duplicate_of=original, bands=outcome.bands)
    except StoreError as exc:
        return _reject(store, Rejected(item.origin or item.id, "failed", str(exc)), summary)
    if not result.stored:
        summary["duplicates"] += 1
        return "duplicate"
    if result.near_duplicate_of is not None:
        summary["near_duplicates"] += 1
        log.info("%s is a near-duplicate of %s", item.id, result.near_duplicate_of)
        return "near_duplicate"
    summary["stored"] += 1
    summary["events"] += result.events
    summary["relations"] += result.relations
    return "stored"

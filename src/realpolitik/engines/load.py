"""`load`: an extraction dataset into a store, with the global steps a local run does as it goes.

Results are read back in input order and saved by the same writer a local
run uses, so the decisions are the same: a document whose id, content hash
or URL is stored already is a duplicate (loading twice adds nothing); a
near-duplicate of a stored or earlier document is linked to its original
without events; the relations ledger is updated in order. Event clustering
runs once at the end over what is new.

`engines.resolve` makes the same decisions without a store, for a dataset alone.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import select

from realpolitik.engines.base import Outcome
from realpolitik.engines.writer import StoreWriter
from realpolitik.ingest import neardup
from realpolitik.ingest.rejected import Rejected
from realpolitik.store import open_store
from realpolitik.store import schema as s

log = logging.getLogger(__name__)


def load_results(results: Iterable[tuple[object, list[Outcome]]], db: str | None = None, *,
                 cluster: bool = True, min_confidence: float | None = None) -> dict:
    """Save (place, outcomes) pairs in their order into the store at `db`; the run summary."""
    started = time.perf_counter()
    with open_store(db) as store:
        with store.reader() as conn:
            query = select(s.rejections.c.origin, s.rejections.c.reason)
            recorded = {(r.origin, r.reason) for r in conn.execute(query)}
        writer = StoreWriter(store, min_confidence=min_confidence)
        run_id = store.start_run()
        try:
            for place, outcomes in results:
                kept = []
                for outcome in outcomes:
                    item = outcome.item
                    if isinstance(item, Rejected):
                        if (item.origin, item.reason) in recorded:
                            writer.summary["read"] += 1
                            writer.summary["duplicates"] += 1
                            continue
                    elif outcome.original is None and outcome.bands:
                        found = neardup.find_original(store, item.text, outcome.bands)
                        outcome.original = found[0] if found else None
                    kept.append(outcome)
                writer.put(place, kept)
            writer.flush()
        finally:
            summary = writer.summary
            summary["rejected"] = dict(summary["rejected"])
            summary["seconds"] = round(time.perf_counter() - started, 3)
            store.finish_run(summary, run_id)
        if cluster:
            from realpolitik.analysis import cluster_events

            cluster_events(store)
    return summary


def load_dataset(path: str | Path, db: str | None = None, *, min_confidence: float | None = None) -> dict:
    """Merge a Parquet extraction dataset (`ingest --engine ray --out DIR`) into the store at `db`."""
    from realpolitik.engines.dataset import iter_results

    folder = Path(path)
    if not (folder / "documents").is_dir() and not (folder / "rejections").is_dir():
        from realpolitik.errors import InputError

        raise InputError(f"{folder} holds no extraction dataset (no documents/ or rejections/ folder); "
                         "write one with: realpolitik ingest --engine ray --out DIR INPUTS")
    return load_results(iter_results(folder), db, min_confidence=min_confidence)

"""`load`: an extraction dataset into a store, with the global steps a local run does as it goes.

Results are read back in input order and saved by the same writer a local
run uses, so the decisions are the same: a document whose id, content hash
or URL is stored already is a duplicate (loading twice adds nothing); a
near-duplicate of a stored or earlier document is linked to its original
without events; the relations ledger is updated in order. Event clustering
runs once at the end over what is new.

`resolve` makes the same decisions without a store, for a dataset alone:
one pass in input order over the documents' ids, hashes, URLs and band keys.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import select

from realpolitik.engines.base import Outcome
from realpolitik.engines.writer import Recent, StoreWriter, new_summary
from realpolitik.events.confidence import below_threshold
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


def resolve(out: Path, min_confidence: float | None = None) -> tuple[dict, list[dict]]:
    """What a run in input order would make of the dataset at `out`: the summary, and the duplicates found.

    Each duplicate is {doc_id, duplicate_of, kind}: kind "duplicate" (same id,
    content or URL as an earlier document: not stored) or "near_duplicate"
    (stored, linked to its original, its events not counted). It reads only
    what the decisions need (the workers computed content hashes and band
    keys, and events count by their confidence alone): the single-threaded
    step after the last shard stays small.
    """
    from realpolitik.engines.dataset import document_index

    summary = new_summary(min_confidence)
    seen: dict[str, str] = {}
    index = Recent(size=2**62)
    found: list[dict] = []
    documents, reasons = document_index(out)
    summary["read"] += len(reasons)
    summary["rejected"].update(reasons)
    for doc in documents:
        summary["read"] += 1
        keys = [f"h:{doc['content_hash']}", f"i:{doc['id']}"] + ([f"u:{doc['url']}"] if doc["url"] else [])
        earlier = next((seen[k] for k in keys if k in seen), None)
        if earlier is not None:
            summary["duplicates"] += 1
            found.append({"doc_id": doc["id"], "duplicate_of": earlier, "kind": "duplicate"})
            continue
        bands = doc["bands"] or []
        near = neardup.find_original(index, doc["text"], bands) if bands else None
        for key in keys:
            seen[key] = doc["id"]
        index.add(doc["id"], near[0] if near else doc["id"], doc["text"], bands)
        if near is not None:
            summary["near_duplicates"] += 1
            found.append({"doc_id": doc["id"], "duplicate_of": near[0], "kind": "near_duplicate"})
            continue
        summary["stored"] += 1
        summary["events"] += len(doc["confidences"])
        summary["events_below_threshold"] += sum(
            below_threshold(c, summary["min_confidence"]) for c in doc["confidences"])
        summary["relations"] += doc["relations"]
    summary["rejected"] = dict(Counter(summary["rejected"]))
    return summary, found

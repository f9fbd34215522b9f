"""Duplicates and near-duplicates of an extraction dataset, decided without a store as a run in input order would.

The single-threaded step after the last shard of a Parquet run. It must
hold for a month of a news crawl (millions of documents, tens of GB of
text), so it never holds the texts of all documents: it reads the dataset
shard by shard in input order and keeps only digests of ids, content hashes
and URLs, and band keys — and of the band keys only those two documents share
(`_shared_bands`, one vectorised count first): a document none of whose keys
another has can neither have an original nor be one. Texts are read at the
end, for the documents that have candidates and for their candidates only.

The decisions are those of `neardup.find_original` over an index of every
earlier stored document (`writer.Recent`, unbounded): a document whose id,
hash or URL came earlier is a duplicate; of the earlier documents sharing at
least two band keys with it, the five sharing most (ties by id) are its
candidates, and the first with the highest Jaccard ≥ THRESHOLD is its
original (or that one's original).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from realpolitik.engines.dataset import ORDER, read_shard, shard_files
from realpolitik.engines.writer import new_summary
from realpolitik.events.confidence import below_threshold
from realpolitik.ingest import neardup

#: The columns of the documents the decisions read (not the text).
COLUMNS = [*ORDER, "id", "content_hash", "url", "bands"]


@dataclass
class _Maybe:
    """A stored document with near-duplicate candidates: its original is decided once the texts are read."""

    place: tuple
    doc_id: str
    candidates: list[str]
    counts: Counter


def resolve(out: Path, min_confidence: float | None = None) -> tuple[dict, list[dict]]:
    """What a run in input order would make of the dataset at `out`: the summary, and the duplicates found.

    Each duplicate is {doc_id, duplicate_of, kind}: kind "duplicate" (same id,
    content or URL as an earlier document: not stored) or "near_duplicate"
    (stored, linked to its original, its events not counted).
    """
    summary = new_summary(min_confidence)
    shared = _shared_bands(out)
    seen: dict[bytes, str] = {}  # digest of an id, hash or URL → the stored document's id
    by_band: dict[int, list[str]] = {}  # shared band key → the earlier stored documents with it
    places: dict[str, tuple] = {}  # where the documents in `by_band` are (an id of a duplicate may come before)
    maybe: list[_Maybe] = []
    found: list[tuple[tuple, dict]] = []
    for place, doc, counts in _documents(out, summary):
        summary["read"] += 1
        keys = [_digest(f"h:{doc['content_hash']}"), _digest(f"i:{doc['id']}")]
        keys += [_digest(f"u:{doc['url']}")] if doc["url"] else []
        earlier = next((seen[k] for k in keys if k in seen), None)
        if earlier is not None:
            summary["duplicates"] += 1
            found.append((place, {"doc_id": doc["id"], "duplicate_of": earlier, "kind": "duplicate"}))
            continue
        for key in keys:
            seen[key] = doc["id"]
        summary.update({k: summary[k] + v for k, v in counts.items()})
        bands = sorted({key for key in doc["bands"] or () if key in shared})
        candidates = neardup.most_shared(by_band, bands)
        if candidates:
            maybe.append(_Maybe(place, doc["id"], candidates, counts))
        for key in bands:
            by_band.setdefault(key, []).append(doc["id"])
        if bands:
            places[doc["id"]] = place
    texts = _texts(out, {places[m.doc_id] for m in maybe} | {places[c] for m in maybe for c in m.candidates})
    originals: dict[str, str] = {}  # near-duplicate → its original
    for item in maybe:
        best = neardup.best_original(texts[item.place],
                                     [(other, texts[places[other]], originals.get(other)) for other in item.candidates])
        if best is not None:
            originals[item.doc_id] = best[0]
            summary.update({k: summary[k] - v for k, v in item.counts.items()})
            summary["near_duplicates"] += 1
            found.append((item.place, {"doc_id": item.doc_id, "duplicate_of": best[0], "kind": "near_duplicate"}))
    summary["rejected"] = dict(Counter(summary["rejected"]))
    return summary, [row for _, row in sorted(found, key=lambda x: x[0])]


def _digest(key: str) -> bytes:
    """16 bytes for a key of any length (a URL): a few hundred bytes a document in all, for millions."""
    return hashlib.blake2b(key.encode(), digest_size=16).digest()


def _shared_bands(out: Path) -> set[int]:
    """The band keys that more than one document has (8 bytes a key of every document while counting)."""
    import numpy as np
    import pyarrow.compute as pc

    keys = [pc.list_flatten(read_shard(files, "documents", ["bands"]).column("bands")).to_numpy(zero_copy_only=False)
            for files in shard_files(out)]
    if not keys:
        return set()
    values, counts = np.unique(np.concatenate(keys).astype(np.int64), return_counts=True)
    return set(values[counts > 1].tolist())


def _documents(out: Path, summary: dict) -> Iterator[tuple[tuple, dict, Counter]]:
    """(place, document, what it adds if stored) in input order, one shard read at a time; rejections are
    counted into `summary` as they come."""
    for files in shard_files(out):
        reasons = read_shard(files, "rejections", ["reason"]).column("reason").to_pylist()
        summary["read"] += len(reasons)
        summary["rejected"].update(reasons)
        events = read_shard(files, "events", [*ORDER, "confidence"])
        confidences: dict[tuple, list[float]] = {}
        for *place, confidence in zip(*(events.column(c).to_pylist() for c in (*ORDER, "confidence")), strict=True):
            confidences.setdefault(tuple(place), []).append(confidence)
        relations = read_shard(files, "relations", list(ORDER))
        per_doc = Counter(zip(*(relations.column(c).to_pylist() for c in ORDER), strict=True))
        for doc in read_shard(files, "documents", COLUMNS).to_pylist():
            place = tuple(doc.pop(c) for c in ORDER)
            found = confidences.get(place, [])
            below = sum(below_threshold(c, summary["min_confidence"]) for c in found)
            yield place, doc, Counter(stored=1, events=len(found), events_below_threshold=below,
                                      relations=per_doc.get(place, 0))


def _texts(out: Path, places: set[tuple]) -> dict[tuple, str]:
    """The texts of the documents at `places` (one pass over the place and text columns, shard by shard)."""
    texts: dict[tuple, str] = {}
    if not places:
        return texts
    for files in shard_files(out):
        table = read_shard(files, "documents", [*ORDER, "text"])
        for *place, text in zip(*(table.column(c).to_pylist() for c in (*ORDER, "text")), strict=True):
            if tuple(place) in places:
                texts[tuple(place)] = text
    return texts

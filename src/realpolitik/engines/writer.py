"""The one writer of a local run: saves outcomes into the store in input order, many per transaction.

Workers check the store before extracting, but documents still in flight
(extracted, not yet committed) are invisible to them; the writer settles those
races. Exact duplicates are caught by `Store.save`'s own check inside the
batch's transaction. Near-duplicates among documents in flight are found in a
small in-memory index of the documents this writer saved last (`Recent`),
so no database query per document is needed for it.
"""

from __future__ import annotations

import logging
import time
from collections import Counter, deque
from collections.abc import Callable

from realpolitik.engines.base import Outcome
from realpolitik.errors import StoreError
from realpolitik.events.confidence import below_threshold, threshold
from realpolitik.ingest import neardup
from realpolitik.ingest.jobs import Job, Unchanged
from realpolitik.ingest.rejected import Rejected
from realpolitik.model import Extraction
from realpolitik.store import Store
from realpolitik.store.store import Batch

log = logging.getLogger(__name__)

#: Documents per transaction: the first batch of a run, then twice the last one up to BATCH; and the longest a
#: finished document waits for its commit. Every commit writes each page its rows touched, and band keys,
#: full-text terms and the event indexes touch pages all over their trees: 1,000 bench pages in batches of 64
#: wrote 22,000 pages into the WAL for a 2,200-page store. Growing batches (64, 128, 256, ...) cost fewer
#: commits, while a run's first documents are still committed (and seen) soon; a crash leaves whole batches.
FIRST_BATCH = 64
BATCH = 256
BATCH_SECONDS = 2.0
#: How many recently saved documents the in-flight near-duplicate check looks at: more than can be in flight.
RECENT = 2048


def new_summary(min_confidence: float | None = None) -> dict:
    return {"read": 0, "stored": 0, "duplicates": 0, "near_duplicates": 0, "rejected": Counter(),
            "events": 0, "events_below_threshold": 0, "min_confidence": threshold(min_confidence), "relations": 0}


class Recent:
    """Band keys and texts of the last documents saved, to find a near-duplicate saved while one was in flight."""

    def __init__(self, size: int = RECENT) -> None:
        self.order: deque[str] = deque()
        self.docs: dict[str, tuple[str, str, list[int]]] = {}  # id → (original id, text, bands)
        self.by_band: dict[int, set[str]] = {}
        self.size = size

    def add(self, doc_id: str, original: str, text: str, bands: list[int]) -> None:
        if not bands:
            return
        self.order.append(doc_id)
        self.docs[doc_id] = (original, text, bands)
        for key in bands:
            self.by_band.setdefault(key, set()).add(doc_id)
        while len(self.order) > self.size:
            self.remove(self.order.popleft())

    def remove(self, doc_id: str) -> None:
        """Forget a document (evicted, or its batch was not committed)."""
        for key in self.docs.pop(doc_id, ("", "", []))[2]:
            ids = self.by_band[key]
            ids.discard(doc_id)
            if not ids:
                del self.by_band[key]

    def near_candidates(self, bands: list[int], limit: int = 5, min_shared: int = 2
                        ) -> list[tuple[str, str, str | None]]:
        """The same answer as `Store.near_candidates`, over the recent documents only."""
        best = neardup.most_shared(self.by_band, bands, limit, min_shared)
        return [(d, self.docs[d][1], None if self.docs[d][0] == d else self.docs[d][0]) for d in best]


class StoreWriter:
    """Saves (item, outcomes) pairs in batches; `summary` counts what became of every input."""

    def __init__(self, store: Store, *, after: Callable[[Job, str], None] | None = None,
                 min_confidence: float | None = None) -> None:
        self.store = store
        self.after = after  # called with each job and what became of it, once it is committed
        self.summary = new_summary(min_confidence)  # counts events below this confidence (stored all the same)
        self.recent = Recent()
        self.pending: list[tuple[object, list[Outcome]]] = []
        self.outcomes = 0  # in `pending`: counted as they come, not summed again at every result
        self.batch = FIRST_BATCH  # outcomes that fill the next batch
        self.since = time.monotonic()

    def put(self, item: object, outcomes: list[Outcome] | None) -> None:
        """Take one input's result (None for a marker: Rejected, Unchanged); saves when a batch is full."""
        if outcomes is None:
            self._marker(item)
            return
        if not self.pending:
            self.since = time.monotonic()
        self.pending.append((item, outcomes))
        self.outcomes += len(outcomes)
        if self.outcomes >= self.batch or time.monotonic() - self.since >= BATCH_SECONDS:
            self.flush()

    def flush(self) -> None:
        """Save everything pending in one transaction, then count it and tell `after` about each job."""
        if not self.pending:
            return
        pending, self.pending, self.outcomes = self.pending, [], 0
        self.batch = min(2 * self.batch, BATCH)
        outcomes = [o for _, found in pending for o in found]
        self.summary["read"] += len(outcomes)
        to_save = [o for o in outcomes if not self._settled(o)]
        tally: Counter = Counter()
        refused: list[tuple[Outcome, StoreError]] = []
        if to_save:
            tally, refused = self._save_all(to_save, gather=True)
        for key, value in tally.items():
            self.summary[key] += value
        for outcome, exc in refused:  # recorded after the batch: SQLite has one writer at a time
            item = outcome.item
            self._reject(Rejected(getattr(item, "origin", None) or getattr(item, "id", "?"), "failed", str(exc)),
                         outcome)
        if self.after is not None:
            for item, found in pending:
                if isinstance(item, Job):
                    self.after(item, (found[-1].label or "empty") if found else "empty")

    def _save_all(self, to_save: list[Outcome], gather: bool) -> tuple[Counter, list[tuple[Outcome, StoreError]]]:
        """Save in one transaction, first gathering rows (`Store.batch`); a batch that fails so is done
        again a document per savepoint, where a refused value costs its document only."""
        tally: Counter = Counter()
        refused: list[tuple[Outcome, StoreError]] = []
        try:
            with self.store.batch(gather=gather) as batch:
                batch.expect([_extraction(o) for o in to_save])  # which are stored, their ties: a query each
                for outcome in to_save:
                    self._save(batch, outcome, tally, refused)
        except StoreError as exc:  # the transaction failed as a whole (a refused value, or the database went away)
            for outcome in to_save:
                self.recent.remove(getattr(outcome.item, "id", ""))
                outcome.label = None
            if gather:
                return self._save_all(to_save, gather=False)
            return Counter(), [(o, exc) for o in to_save]
        return tally, refused

    def _settled(self, outcome: Outcome) -> bool:
        """Count an outcome that needs no saving (rejected, known duplicate); False when it goes to the database."""
        item = outcome.item
        if isinstance(item, Rejected):
            self._reject(item, outcome)
        elif outcome.duplicate_of is not None:
            self.summary["duplicates"] += 1
            outcome.label = "duplicate"
        return outcome.label is not None

    def _save(self, batch: Batch, outcome: Outcome, tally: Counter,
              refused: list[tuple[Outcome, StoreError]]) -> None:
        item = outcome.item
        assert not isinstance(item, Rejected)
        original = outcome.original
        if original is None and outcome.bands:
            # The original may have been in flight (uncommitted) when the worker checked: this check counts.
            found = neardup.find_original(self.recent, item.text, outcome.bands)
            original = found[0] if found else None
        extraction = _extraction(outcome)
        try:
            result = batch.save(extraction, duplicate_of=original, bands=outcome.bands)
        except StoreError as exc:
            refused.append((outcome, exc))
            return
        if not result.stored:
            outcome.label = "duplicate"
            tally["duplicates"] += 1
            return
        self.recent.add(item.id, result.near_duplicate_of or item.id, item.text, outcome.bands)
        if result.near_duplicate_of is not None:
            log.info("%s is a near-duplicate of %s", item.id, result.near_duplicate_of)
            outcome.label = "near_duplicate"
            tally["near_duplicates"] += 1
            return
        outcome.label = "stored"
        below = sum(below_threshold(e.confidence, self.summary["min_confidence"]) for e in extraction.events)
        tally.update(stored=1, events=result.events, relations=result.relations, events_below_threshold=below)

    def _marker(self, item: object) -> None:
        self.summary["read"] += 1
        if isinstance(item, Unchanged):
            self.summary["duplicates"] += 1
        elif isinstance(item, Rejected):
            self._reject(item)

    def _reject(self, item: Rejected, outcome: Outcome | None = None) -> None:
        self.summary["rejected"][item.reason] += 1
        self.store.record_rejection(item)
        log.warning("rejected %s: %s (%s)", item.origin, item.reason, item.detail)
        if outcome is not None:
            outcome.label = item.reason


def _extraction(outcome: Outcome) -> Extraction:
    """What an outcome saves: its extraction, or its document alone (a near-duplicate's events are not kept)."""
    return outcome.extraction or Extraction(outcome.item, [], [], [], [])  # type: ignore[arg-type]

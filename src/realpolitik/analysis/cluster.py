"""Mentions → events: the same happening reported by many articles is counted once.

GDELT's best-known flaw is counting reports as events. A mention joins an
event with the same actor keys (agents folded into their country), the same
PLOVER type (CAMEO root when it has none), the same direction (unless the type
is symmetric) and a date within ±`window` days of the event's first date (the
mention's event date, else its publication date). Otherwise it starts a new
event. Negated and hypothetical mentions make no event.

Incremental and idempotent: only mentions not yet in `event_links` are read,
so re-running adds nothing; events that gain mentions get their counts
recomputed. Mentions are taken in date order in bounded batches, one short
transaction each, so a pass over a million mentions neither holds the write
lock for long nor keeps them all in memory, and a concurrent writer (an ingest,
the API) waits for one batch at most. Results can depend on the order mentions
arrive (an event's first date can move earlier, so one event may span up to
2 × window).
"""

from __future__ import annotations

import threading
from array import array
from bisect import bisect_left, insort
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import Connection, and_, bindparam, func, insert, select, text, update

from realpolitik.analysis.periods import iso
from realpolitik.progress import bar
from realpolitik.relations import ledger
from realpolitik.store import schema as s
from realpolitik.store.store import Store

WINDOW_DAYS = 3
SYMMETRIC_TYPES = frozenset({"CONSULT", "COOPERATE"})
SYMMETRIC_CAMEO = ("057",)  # signing an agreement: "A and B signed" is reported either way round
NO_EVENT_MODALITIES = frozenset({"hypothetical"})
_CHUNK = 500
BATCH = 5000  # mentions per transaction: the longest a concurrent writer waits is one batch
_FEW_KEYS = 32  # up to this many keys in a batch, candidates are looked up key by key
# the PostgreSQL advisory lock a clustering pass holds: whoever holds it (another pass, a test) keeps a pass waiting
LOCK_ID = 7061627


@dataclass(frozen=True)
class ClusterResult:
    """What one clustering pass did."""

    mentions: int  # mentions clustered in this pass
    created: int  # new events
    updated: int  # events (new or old) whose counts were recomputed


def is_symmetric(plover: str | None, cameo: str) -> bool:
    """Whether direction does not tell two events apart (A meets B = B meets A)."""
    return (plover or "") in SYMMETRIC_TYPES or cameo.startswith(SYMMETRIC_CAMEO)


def _key(code: str | None) -> str | None:
    return ledger.actor_key(code) if code else None


def event_key(source: str | None, target: str | None, plover: str | None, cameo: str) -> tuple:
    """(source key, target key, type, directed): what two mentions must share to be one event."""
    a, b = _key(source), _key(target)
    kind = plover or f"~{cameo[:2]}"
    if is_symmetric(plover, cameo):
        a, b = sorted((a, b), key=lambda x: x or "")
        return (a, b, kind, False)
    return (a, b, kind, True)


def pending_mentions(store: Store, doc_ids: Sequence[str] | None = None) -> list[int]:
    """Ids of the mentions that clustering has still to place, in date order (ids alone: 8 bytes each).

    `doc_ids` narrows the look-up to those documents (a document just posted: no scan of the store).
    """
    m, links = s.event_mentions, s.event_links
    unlinked = ~select(links.c.mention_id).where(links.c.mention_id == m.c.id).exists()
    query = (
        select(m.c.id)
        .where(unlinked, m.c.negated.is_(False), m.c.modality.not_in(NO_EVENT_MODALITIES))
        .order_by(func.coalesce(m.c.date, m.c.published), m.c.id)
    )
    if doc_ids is not None:
        query = query.where(m.c.doc_id.in_(list(doc_ids)))
    with store.reader() as conn:
        return array("q", conn.execute(query).scalars()).tolist()


def cluster_events(store: Store, window: int = WINDOW_DAYS, progress: bool = False, batch: int = BATCH,
                   doc_ids: Sequence[str] | None = None, stop: threading.Event | None = None) -> ClusterResult:
    """Cluster every mention not yet clustered, `batch` mentions per transaction; safe to run again.

    `progress` shows a bar over the mentions (rate and ETA) on standard error; `doc_ids` clusters
    only those documents' mentions; `stop`, once set, ends the pass after the current batch (a
    server shutting down), leaving the rest for the next pass.
    """
    pending = pending_mentions(store, doc_ids)
    created, updated, assigned = 0, 0, 0
    with bar("clustering mentions into events", len(pending), "mentions",
             enabled=progress and bool(pending)) as shown:
        for first in range(0, len(pending), batch):
            if stop is not None and stop.is_set():
                break
            ids = pending[first : first + batch]
            with store.engine.begin() as conn:
                if store.dialect == "postgresql":
                    conn.execute(text(f"SELECT pg_advisory_xact_lock({LOCK_ID})"))
                made, touched, placed = _cluster_batch(conn, ids, window)
            created, updated, assigned = created + made, updated + touched, assigned + placed
            shown.advance(len(ids))
    return ClusterResult(assigned, created, updated)


def _cluster_batch(conn: Connection, ids: list[int], window: int) -> tuple[int, int, int]:
    """Place the mentions `ids` that are still unplaced (another process may have placed some meanwhile)."""
    m, d, links = s.event_mentions, s.documents, s.event_links
    when = func.coalesce(m.c.date, m.c.published, d.c.published).label("when")
    unlinked = ~select(links.c.mention_id).where(links.c.mention_id == m.c.id).exists()
    query = (
        select(m.c.id, m.c.source, m.c.target, m.c.plover, m.c.cameo, m.c.doc_id, m.c.goldstein, m.c.quad_class,
               m.c.evidence, d.c.outlet, d.c.published.label("doc_published"), when)
        .join(d, d.c.id == m.c.doc_id)
        .where(m.c.id.in_(ids), unlinked)
    )
    rows = sorted(conn.execute(query), key=lambda r: (r.when is None, r.when or date.min, r.id))
    groups: dict[tuple, list] = defaultdict(list)
    for row in rows:
        groups[event_key(row.source, row.target, row.plover, row.cameo)].append(row)
    span = timedelta(days=window)
    known = _candidates(conn, groups, span)
    fresh: list[_Candidate] = []
    old: list[_Candidate] = []
    for key, members in groups.items():
        found = _place(key, members, known.get(key, []), span)
        fresh += [c for c in found if c.id is None]
        old += [c for c in found if c.id is not None and c.members]
    _insert_events(conn, fresh)
    placed = [{"mention_id": r.id, "event_id": c.id} for c in (*fresh, *old) for r in c.members]
    if placed:
        conn.execute(insert(links), placed)
    old_ids = sorted({c.id for c in old if c.id is not None})
    for start in range(0, len(old_ids), _CHUNK):
        _recount(conn, old_ids[start : start + _CHUNK])
    return len(fresh), len(fresh) + len(old_ids), len(rows)


@dataclass(eq=False)
class _Candidate:
    """An event a mention may join: stored (`id`) or made in this batch (`id` None until inserted)."""

    key: tuple
    date: date | None
    id: int | None = None
    members: list = field(default_factory=list)
    slot: int = 0  # its place in the key's list of candidates (the order they were seen)


def _candidates(conn: Connection, groups: dict[tuple, list], span: timedelta) -> dict[tuple, list[_Candidate]]:
    """Stored events each group's mentions may join: those of its key within `span` of its dates.

    Few keys: one indexed query per key. Many keys (a batch of a large pass, in date order, covers a
    short stretch of time): one query over the batch's dates, sorted out by key here.
    """
    e = s.events
    dated = {key: [r.when for r in rows if r.when is not None] for key, rows in groups.items()}
    dated = {key: days for key, days in dated.items() if days}
    found: dict[tuple, list[_Candidate]] = defaultdict(list)
    if not dated:
        return found
    columns = (e.c.id, e.c.date, e.c.source, e.c.target, e.c.plover, e.c.cameo, e.c.directed)
    if len(dated) <= _FEW_KEYS:
        queries = [select(*columns).where(_same_key(key), e.c.date >= min(days) - span, e.c.date <= max(days) + span)
                   for key, days in dated.items()]
    else:
        low = min(min(days) for days in dated.values()) - span
        high = max(max(days) for days in dated.values()) + span
        queries = [select(*columns).where(e.c.date >= low, e.c.date <= high)]
    for query in queries:
        for row in conn.execute(query.order_by(e.c.date, e.c.id)):
            kind = row.plover or f"~{row.cameo[:2]}"
            key = (row.source, row.target, kind, bool(row.directed))
            if key in dated:
                found[key].append(_Candidate(key, row.date, row.id))
    return found


def _same_key(key: tuple):  # type: ignore[no-untyped-def]
    source, target, kind, directed = key
    e = s.events
    return and_(
        e.c.source.is_(None) if source is None else e.c.source == source,
        e.c.target.is_(None) if target is None else e.c.target == target,
        e.c.directed == directed,
        e.c.plover == kind if not kind.startswith("~") else and_(e.c.plover.is_(None), e.c.cameo.startswith(kind[1:])),
    )


def _place(key: tuple, rows: list, stored: list[_Candidate], span: timedelta) -> list[_Candidate]:
    """Put each mention (in date order) into the nearest event of its key within `span`, or a new one.

    The events are kept sorted by (date, order seen), so the nearest is found by bisection: a pass is
    linear in its mentions, however many events a key has.
    """
    every = list(stored)
    for n, cand in enumerate(every):
        cand.slot = n
    order = sorted((c.date, c.slot) for c in every if c.date is not None)
    for row in rows:
        best = _nearest(order, every, row.when, span)
        if best is None:
            best = _Candidate(key, row.when, slot=len(every))
            every.append(best)
            if row.when is not None:
                insort(order, (row.when, best.slot))
        elif row.when < best.date:  # the event now starts earlier
            order.pop(bisect_left(order, (best.date, best.slot)))
            best.date = row.when
            insort(order, (row.when, best.slot))
        best.members.append(row)
    return every


def _nearest(order: list[tuple[date, int]], every: list[_Candidate], when: date | None,
             span: timedelta) -> _Candidate | None:
    """The candidate nearest to `when` within `span` (the earlier one on a tie); None for an undated mention."""
    if when is None or not order:
        return None
    at = bisect_left(order, (when, -1))
    options = []
    if at > 0:
        before = order[at - 1][0]
        options.append((when - before, order[bisect_left(order, (before, -1))][1]))
    if at < len(order):
        options.append((order[at][0] - when, order[at][1]))
    gap, index = min(options)
    return every[index] if gap <= span else None


def _summary(rows: list) -> dict:
    """An event's counts, mean Goldstein, dates and first report, from its mentions."""
    dates = [r.when for r in rows if r.when is not None]
    scores = [r.goldstein for r in rows if r.goldstein is not None]
    quads = Counter(r.quad_class for r in rows if r.quad_class is not None)
    first = min(rows, key=lambda r: (r.doc_published or r.when or date.max, r.id))
    return {
        "cameo": Counter(r.cameo for r in rows).most_common(1)[0][0],
        "quad_class": quads.most_common(1)[0][0] if quads else None,
        "goldstein": round(sum(scores) / len(scores), 3) if scores else None,
        "date": min(dates) if dates else None,
        "last_date": max(dates) if dates else None,
        "mentions": len(rows),
        "articles": len({r.doc_id for r in rows}),
        "outlets": len({r.outlet for r in rows if r.outlet}),
        "first_doc": first.doc_id,
        "first_reported": first.doc_published or first.when,
        "evidence": first.evidence,
    }


def _insert_events(conn: Connection, fresh: list[_Candidate]) -> None:
    """Insert the batch's new events with their counts, many rows a statement; sets each candidate's id."""
    if not fresh:
        return
    rows = []
    for cand in fresh:
        source, target, kind, directed = cand.key
        rows.append({"source": source, "target": target, "directed": directed,
                     "plover": None if kind.startswith("~") else kind, **_summary(cand.members)})
    e = s.events
    made = conn.execute(insert(e).returning(e.c.id, sort_by_parameter_order=True), rows)
    for cand, event_id in zip(fresh, made.scalars(), strict=True):
        cand.id = int(event_id)


def _recount(conn: Connection, event_ids: list[int]) -> None:
    """Recompute stored events' counts, mean Goldstein, dates and first report from all their mentions."""
    m, d, links = s.event_mentions, s.documents, s.event_links
    when = func.coalesce(m.c.date, m.c.published, d.c.published).label("when")
    query = (
        select(links.c.event_id, m.c.id, m.c.doc_id, m.c.cameo, m.c.goldstein, m.c.quad_class, m.c.evidence,
               d.c.outlet, d.c.published.label("doc_published"), when)
        .join(m, m.c.id == links.c.mention_id)
        .join(d, d.c.id == m.c.doc_id)
        .where(links.c.event_id.in_(event_ids))
    )
    members: dict[int, list] = defaultdict(list)
    for row in conn.execute(query):
        members[row.event_id].append(row)
    e = s.events
    rows = [{"event_id": event_id, **_summary(found)} for event_id, found in members.items()]
    if rows:
        values = {name: bindparam(name) for name in rows[0] if name != "event_id"}
        conn.execute(update(e).where(e.c.id == bindparam("event_id")).values(values), rows)


def event_reports(store: Store, event_id: int) -> list[dict]:
    """Every mention (supporting sentence) of one event, first report first."""
    m, d, links = s.event_mentions, s.documents, s.event_links
    query = (
        select(m.c.id, m.c.doc_id, m.c.source, m.c.target, m.c.cameo, m.c.date, m.c.evidence, d.c.outlet,
               d.c.url, d.c.title, d.c.published)
        .join(links, links.c.mention_id == m.c.id)
        .join(d, d.c.id == m.c.doc_id)
        .where(links.c.event_id == event_id)
        .order_by(d.c.published, m.c.id)
    )
    with store.reader() as conn:
        return [
            {**dict(row), "date": iso(row.date), "published": iso(row.published)}
            for row in conn.execute(query).mappings()
        ]

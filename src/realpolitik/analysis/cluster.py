"""Mentions → events: the same happening reported by many articles is counted once.

GDELT's best-known flaw is counting reports as events. A mention joins an
event with the same actor keys (agents folded into their country), the same
PLOVER type (CAMEO root when it has none), the same direction (unless the type
is symmetric) and a date within ±`window` days of the event's first date (the
mention's event date, else its publication date). Otherwise it starts a new
event. Negated and hypothetical mentions make no event.

Incremental and idempotent: only mentions not yet in `event_links` are read,
so re-running adds nothing; events that gain mentions get their counts
recomputed. Results can depend on the order mentions arrive (an event's first
date can move earlier, so one event may span up to 2 × window).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import Connection, and_, func, insert, select, text, update

from realpolitik.progress import bar
from realpolitik.relations import ledger
from realpolitik.store import schema as s
from realpolitik.store.store import Store

WINDOW_DAYS = 3
SYMMETRIC_TYPES = frozenset({"CONSULT", "COOPERATE"})
SYMMETRIC_CAMEO = ("057",)  # signing an agreement: "A and B signed" is reported either way round
NO_EVENT_MODALITIES = frozenset({"hypothetical"})
_CHUNK = 500
_LOCK_ID = 7061627


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


def cluster_events(store: Store, window: int = WINDOW_DAYS, progress: bool = False) -> ClusterResult:
    """Cluster every mention not yet clustered (one transaction); safe to run again.

    `progress` shows a bar over the mentions (rate and ETA) on standard error.
    """
    m, d, links = s.event_mentions, s.documents, s.event_links
    when = func.coalesce(m.c.date, m.c.published, d.c.published).label("when")
    query = (
        select(m.c.id, m.c.source, m.c.target, m.c.plover, m.c.cameo, when)
        .join(d, d.c.id == m.c.doc_id)
        .outerjoin(links, links.c.mention_id == m.c.id)
        .where(links.c.event_id.is_(None), m.c.negated.is_(False), m.c.modality.not_in(NO_EVENT_MODALITIES))
        .order_by(when, m.c.id)
    )
    with store.engine.begin() as conn:
        if store.dialect == "postgresql":
            conn.execute(text(f"SELECT pg_advisory_xact_lock({_LOCK_ID})"))
        groups: dict[tuple, list] = defaultdict(list)
        for row in conn.execute(query):
            groups[event_key(row.source, row.target, row.plover, row.cameo)].append(row)
        created, touched, assigned = 0, set(), 0
        total = sum(len(rows) for rows in groups.values())
        with bar("clustering mentions into events", total, "mentions", enabled=progress and total > 0) as shown:
            for key, rows in groups.items():
                made, ids = _assign(conn, key, rows, window)
                created += made
                touched |= ids
                assigned += len(rows)
                shown.advance(len(rows))
        for start in range(0, len(touched), _CHUNK):
            _recount(conn, sorted(touched)[start : start + _CHUNK])
    return ClusterResult(assigned, created, len(touched))


def _assign(conn: Connection, key: tuple, rows: list, window: int) -> tuple[int, set[int]]:
    """Put each mention (sorted by date) into the nearest event of its key, or a new one."""
    source, target, kind, directed = key
    e = s.events
    span = timedelta(days=window)
    dated = [r.when for r in rows if r.when is not None]
    candidates: list[dict] = []  # {"id": int|None, "date": date|None, "members": [mention ids]}
    if dated:
        match = and_(
            e.c.source.is_(None) if source is None else e.c.source == source,
            e.c.target.is_(None) if target is None else e.c.target == target,
            e.c.directed == directed,
            e.c.plover == kind if not kind.startswith("~") else and_(e.c.plover.is_(None),
                                                                     e.c.cameo.startswith(kind[1:])),
            e.c.date >= min(dated) - span,
            e.c.date <= max(dated) + span,
        )
        for found in conn.execute(select(e.c.id, e.c.date).where(match).order_by(e.c.date, e.c.id)):
            candidates.append({"id": found.id, "date": found.date, "members": []})
    for row in rows:
        best = _nearest(candidates, row.when, span)
        if best is None:
            best = {"id": None, "date": row.when, "members": [], "cameo": row.cameo}
            candidates.append(best)
        elif row.when is not None and row.when < best["date"]:
            best["date"] = row.when
        best["members"].append(row.id)
    created, touched = 0, set()
    for cand in candidates:
        if not cand["members"]:
            continue
        if cand["id"] is None:
            result = conn.execute(insert(e).values(
                source=source, target=target, directed=directed, plover=None if kind.startswith("~") else kind,
                cameo=cand["cameo"], date=cand["date"], mentions=0, articles=0, outlets=0))
            cand["id"] = int(result.inserted_primary_key[0])
            created += 1
        conn.execute(insert(s.event_links), [{"mention_id": mid, "event_id": cand["id"]} for mid in cand["members"]])
        touched.add(cand["id"])
    return created, touched


def _nearest(candidates: list[dict], when: date | None, span: timedelta) -> dict | None:
    if when is None:
        return None  # an undated mention is an event of its own
    best, gap = None, None
    for cand in candidates:
        if cand["date"] is None:
            continue
        distance = abs(when - cand["date"])
        if distance <= span and (gap is None or distance < gap):
            best, gap = cand, distance
    return best


def _recount(conn: Connection, event_ids: list[int]) -> None:
    """Recompute an event's counts, mean Goldstein, dates and first report from its mentions."""
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
    for event_id, rows in members.items():
        dates = [r.when for r in rows if r.when is not None]
        scores = [r.goldstein for r in rows if r.goldstein is not None]
        quads = Counter(r.quad_class for r in rows if r.quad_class is not None)
        first = min(rows, key=lambda r: (r.doc_published or r.when or date.max, r.id))
        conn.execute(update(s.events).where(s.events.c.id == event_id).values(
            cameo=Counter(r.cameo for r in rows).most_common(1)[0][0],
            quad_class=quads.most_common(1)[0][0] if quads else None,
            goldstein=round(sum(scores) / len(scores), 3) if scores else None,
            date=min(dates) if dates else None,
            last_date=max(dates) if dates else None,
            mentions=len(rows),
            articles=len({r.doc_id for r in rows}),
            outlets=len({r.outlet for r in rows if r.outlet}),
            first_doc=first.doc_id,
            first_reported=first.doc_published or first.when,
            evidence=first.evidence,
        ))


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
            {**dict(row), "date": _iso(row.date), "published": _iso(row.published)}
            for row in conn.execute(query).mappings()
        ]


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None

"""What changed since a date: ties created, upgraded, downgraded or ended, and the largest shifts.

Ties: each ledger row's history folded just before `since` and at `until`
(default today); a row whose history has no step in [since, until] did not
change. Shifts: per unordered dyad, the mean Goldstein score of its EVENTS
(clustered) in the period after `since` against a period of the same length
before it; dyads with fewer than `min_events` events on either side are left
out (one event is no trend).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from sqlalchemy import case, func, select

from realpolitik.analysis.periods import iso
from realpolitik.query.relations import list_relations
from realpolitik.relations.ledger import DOWN, RANK, actor_key, fold
from realpolitik.store import schema as s
from realpolitik.store.store import Store


def changes(store: Store, since: date, until: date | None = None, actor: str | None = None, top: int = 10,
            min_events: int = 2) -> dict:
    """Relations changed in [since, until] and the dyads whose index moved most across `since`."""
    until = until or date.today()
    if until < since:
        raise ValueError(f"--until {until} is before --since {since}; give a later --until")
    return {
        "since": iso(since),
        "until": iso(until),
        "relations": relation_changes(store, since, until, actor),
        "shifts": index_shifts(store, since, until, actor, top, min_events),
        "counts": "shifts compare events (clustered mentions), not reports",
    }


def classify(history: list[dict], since: date, until: date) -> str | None:
    """created, upgraded, downgraded, ended, or None (no change) for one tie's history."""
    dated = [date.fromisoformat(h["date"]) for h in history if h.get("date")]
    if not any(since <= d <= until for d in dated):
        return None
    before = fold(history, since - timedelta(days=1))[0]
    after = fold(history, until)[0]
    existed = any(d < since for d in dated)
    if after == "ended" and before != "ended":
        return "ended"
    if after == "suspended" and before not in DOWN:
        return "downgraded"
    if not existed:
        return "created"
    if before in DOWN and after not in DOWN:
        return "upgraded"  # restored
    if RANK.get(after or "", 0) > RANK.get(before or "", 0):
        return "upgraded"
    return None


def relation_changes(store: Store, since: date, until: date, actor: str | None = None) -> list[dict]:
    found = []
    for rel in list_relations(store, actor):
        change = classify(rel["history"], since, until)
        if change is None:
            continue
        steps = [h for h in rel["history"] if h.get("date") and since <= date.fromisoformat(h["date"]) <= until]
        found.append({
            "change": change,
            "a": rel["a"],
            "b": rel["b"],
            "kind": rel["kind"],
            "before": fold(rel["history"], since - timedelta(days=1))[0],
            "after": fold(rel["history"], until)[0],
            "steps": steps,
            "doc_ids": list(dict.fromkeys(h["doc_id"] for h in steps)),
        })
    order = {"ended": 0, "downgraded": 1, "upgraded": 2, "created": 3}
    found.sort(key=lambda r: (order[r["change"]], r["a"], r["b"], r["kind"]))
    return found


def index_shifts(store: Store, since: date, until: date, actor: str | None = None, top: int = 10,
                 min_events: int = 2) -> list[dict]:
    """Dyads by the largest change of mean Goldstein between the period before `since` and after."""
    e = s.events
    start = since - (until - since) - timedelta(days=1)
    after = case((e.c.date >= since, 1), else_=0).label("after")
    query = (
        select(e.c.source, e.c.target, after, func.count().label("n"), func.sum(e.c.goldstein).label("total"))
        .where(e.c.date >= start, e.c.date <= until, e.c.source.is_not(None), e.c.target.is_not(None),
               e.c.source != e.c.target, e.c.goldstein.is_not(None))
        .group_by(e.c.source, e.c.target, after)
    )
    sums: dict[tuple[str, str], list[list[float]]] = defaultdict(lambda: [[0, 0.0], [0, 0.0]])
    with store.reader() as conn:
        for row in conn.execute(query):
            pair = tuple(sorted((row.source, row.target)))
            if actor and actor_key(actor) not in pair:
                continue
            side = sums[pair][int(row.after)]
            side[0] += row.n
            side[1] += float(row.total or 0)
    shifts = []
    for (a, b), (before, later) in sums.items():
        if before[0] < min_events or later[0] < min_events:
            continue
        mean_before, mean_after = before[1] / before[0], later[1] / later[0]
        shifts.append({"a": a, "b": b, "mean_before": round(mean_before, 3), "mean_after": round(mean_after, 3),
                       "shift": round(mean_after - mean_before, 3), "events_before": before[0],
                       "events_after": later[0], "before_from": iso(start)})
    shifts.sort(key=lambda x: (-abs(x["shift"]), x["a"], x["b"]))
    return shifts[:top]

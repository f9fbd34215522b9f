"""One dyad over time: its (clustered) events and standing ties, with a cooperation–conflict index.

Counts are of EVENTS (clustered mentions, see cluster.py); `mentions` says
how many reports stood behind them. Per period: the sum and mean of the
events' Goldstein scores (each event's score is the mean of its mentions),
and the number of events per PLOVER quad class (1 verbal cooperation,
2 material cooperation, 3 verbal conflict, 4 material conflict).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import and_, or_, select

from realpolitik.analysis.periods import iso, period_of
from realpolitik.query.relations import list_relations
from realpolitik.relations import ledger
from realpolitik.store import schema as s
from realpolitik.store.store import Store


def dyad(store: Store, x: str, y: str, since: date | None = None, until: date | None = None,
         by: str = "month") -> dict:
    """Timeline of events and relations between actors `x` and `y` ("RUS", "USAGOV" → "USA", "NATO")."""
    a, b = ledger.actor_key(x), ledger.actor_key(y)
    period_of(date.today(), by)  # fail early on a bad period
    e = s.events
    query = select(e).where(or_(and_(e.c.source == a, e.c.target == b), and_(e.c.source == b, e.c.target == a)))
    if since is not None:
        query = query.where(e.c.date >= since)
    if until is not None:
        query = query.where(e.c.date <= until)
    query = query.order_by(e.c.date, e.c.id)
    with store.reader() as conn:
        rows = conn.execute(query).mappings().all()
    periods: dict[str, dict] = {}
    scores: dict[str, list[float]] = defaultdict(list)
    timeline = []
    for row in rows:
        if row["date"] is not None:
            label = period_of(row["date"], by)
            bucket = periods.setdefault(label, _empty(label))
            bucket["events"] += 1
            bucket["mentions"] += row["mentions"]
            if row["quad_class"]:
                bucket["quad"][str(row["quad_class"])] += 1
            if row["goldstein"] is not None:
                scores[label].append(row["goldstein"])
            if row["directed"]:
                bucket[f"{row['source']}>{row['target']}"] = bucket.get(f"{row['source']}>{row['target']}", 0) + 1
        timeline.append(_event(row))
    for label, bucket in periods.items():
        values = scores[label]
        bucket["goldstein_sum"] = round(sum(values), 3)
        bucket["goldstein_mean"] = round(sum(values) / len(values), 3) if values else None
    relations = [r for r in list_relations(store, a) if {r["a"], r["b"]} == {a, b}]
    return {
        "a": a,
        "b": b,
        "counts": "events (mentions clustered across articles); 'mentions' = reports behind them",
        "since": iso(since),
        "until": iso(until),
        "by": by,
        "periods": [periods[k] for k in sorted(periods)],
        "events": timeline,
        "relations": relations,
    }


def _empty(label: str) -> dict:
    return {"period": label, "events": 0, "mentions": 0, "goldstein_sum": 0.0, "goldstein_mean": None,
            "quad": {"1": 0, "2": 0, "3": 0, "4": 0}}


def _event(row) -> dict:  # type: ignore[no-untyped-def]
    return {
        "event_id": row["id"],
        "date": iso(row["date"]),
        "last_date": iso(row["last_date"]),
        "source": row["source"],
        "target": row["target"],
        "directed": bool(row["directed"]),
        "plover": row["plover"],
        "cameo": row["cameo"],
        "quad_class": row["quad_class"],
        "goldstein": row["goldstein"],
        "mentions": row["mentions"],
        "articles": row["articles"],
        "outlets": row["outlets"],
        "first_doc": row["first_doc"],
        "first_reported": iso(row["first_reported"]),
        "evidence": row["evidence"],
    }

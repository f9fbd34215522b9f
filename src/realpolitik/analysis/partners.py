"""One actor's partners over a window: the cooperation–conflict index with each, their ties, the latest event.

What the world map and the country page show: for every actor that shared an
EVENT (clustered, see cluster.py) with `actor` in (at − days, at], or holds a
tie with it in force at `at`: the number of events, the mean Goldstein score
(−10 conflict … +10 cooperation), counts of cooperative (quad 1–2) and
conflictual (quad 3–4) events, the latest event with its evidence, and the
ties (kind, status at `at`, since, areas). Partners are ranked by their
deepest alliance tie, then rivals, then by number of events.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from sqlalchemy import or_, select

from realpolitik.analysis.periods import iso, period_of
from realpolitik.query.relations import DEPTH, list_relations
from realpolitik.relations import ledger
from realpolitik.store import schema as s
from realpolitik.store.store import Store

MAX_EVENTS = 100_000  # events read for one answer (newest first); beyond it the oldest are left out


def partners(store: Store, actor: str, at: date | None = None, days: int = 365, by: str | None = None) -> dict:
    """Partners of `actor` ("VEN", "VENGOV" → VEN) at `at` (default today) over the `days` before it.

    With `by` (day, week, month) each partner also gets `series`: per period with events, their
    number and mean Goldstein score (periods without events are absent: gaps, not zeros).
    """
    if days < 1:
        raise ValueError(f"a window of {days} days is too short; give at least 1")
    key = ledger.actor_key(actor)
    at = at or date.today()
    start = at - timedelta(days=days - 1)
    found: dict[str, dict] = defaultdict(_partner)
    truncated = _add_events(store, key, start, at, by, found)
    _add_ties(store, key, at, found)
    items = []
    for other, item in found.items():
        scores = item.pop("_scores")
        item["index"] = round(sum(scores) / len(scores), 3) if scores else None
        series = item.pop("_series")
        if by:
            item["series"] = [{"period": p, "events": len(v), "index": round(sum(v) / len(v), 3) if v else None}
                              for p, v in sorted(series.items())]
        item["ties"].sort(key=lambda t: -_depth(t["kind"]))
        item["tie"] = item["ties"][0]["kind"] if item["ties"] else None
        item["rival"] = any(t["kind"] == "rivalry" for t in item["ties"])
        items.append({"partner": other, **item})
    items.sort(key=lambda i: (-max((_depth(t["kind"]) for t in i["ties"]), default=0), not i["rival"],
                              -i["events"], i["partner"]))
    scores = [i["index"] * i["events"] for i in items if i["index"] is not None]
    counted = sum(i["events"] for i in items if i["index"] is not None)
    return {
        "actor": key,
        "at": iso(at),
        "since": iso(start),
        "days": days,
        "by": by,
        "events": sum(i["events"] for i in items),
        "index": round(sum(scores) / counted, 3) if counted else None,
        "truncated": truncated,
        "counts": "events (mentions clustered across articles); index = mean Goldstein score, −10 … +10",
        "items": items,
    }


def _partner() -> dict:
    return {"events": 0, "mentions": 0, "cooperation": 0, "conflict": 0, "index": None, "latest": None,
            "ties": [], "_scores": [], "_series": defaultdict(list)}


def _depth(kind: str) -> int:
    return DEPTH.get(kind, -1 if kind == "rivalry" else 0)


def _add_events(store: Store, key: str, start: date, end: date, by: str | None, found: dict) -> bool:
    e = s.events
    query = (select(e).where(or_(e.c.source == key, e.c.target == key), e.c.date >= start, e.c.date <= end)
             .order_by(e.c.date.desc(), e.c.id.desc()).limit(MAX_EVENTS + 1))
    with store.reader() as conn:
        rows = conn.execute(query).mappings().all()
    for row in rows[:MAX_EVENTS]:
        other = row["target"] if row["source"] == key else row["source"]
        if not other or other == key:
            continue
        item = found[other]
        item["events"] += 1
        item["mentions"] += row["mentions"]
        if row["quad_class"]:
            item["cooperation" if row["quad_class"] <= 2 else "conflict"] += 1
        if row["goldstein"] is not None:
            item["_scores"].append(row["goldstein"])
            if by:
                item["_series"][period_of(row["date"], by)].append(row["goldstein"])
        if item["latest"] is None:  # rows come newest first
            item["latest"] = {"event_id": row["id"], "date": iso(row["date"]), "source": row["source"],
                              "target": row["target"], "plover": row["plover"], "cameo": row["cameo"],
                              "goldstein": row["goldstein"], "quad_class": row["quad_class"],
                              "mentions": row["mentions"], "doc_id": row["first_doc"], "evidence": row["evidence"]}
    return len(rows) > MAX_EVENTS


def _add_ties(store: Store, key: str, at: date, found: dict) -> None:
    for rel in list_relations(store, key):
        if rel["kind"] not in DEPTH and rel["kind"] != "rivalry":
            continue
        since = date.fromisoformat(rel["since"]) if rel["since"] else None
        if not ledger.active_at(rel["status"], since, rel["history"], at):
            continue
        other = rel["b"] if rel["a"] == key else rel["a"]
        found[other]["ties"].append({"kind": rel["kind"], "status": ledger.fold(rel["history"], at)[0] or rel["status"],
                                     "since": rel["since"], "until": rel["until"], "areas": rel["areas"],
                                     "doc_ids": rel["doc_ids"]})

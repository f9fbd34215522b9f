"""The analysis views the API serves: dyad timelines, changes and networks.

`realpolitik.analysis` (clustered events, written by the analysis area) is used
when it is installed and importable; otherwise these fall back to the same
shapes computed from event mentions, so the API and page work either way.
"""

from __future__ import annotations

import logging
import threading
from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta

from realpolitik.export.graphs import network_graph
from realpolitik.export.selection import EventFilter, iter_events
from realpolitik.query import DEPTH, list_relations
from realpolitik.relations import ledger
from realpolitik.store.store import Store

log = logging.getLogger(__name__)
PERIODS = ("day", "week", "month")
MAX_TIMELINE_EVENTS = 5000


def _analysis():  # type: ignore[no-untyped-def]
    try:
        import realpolitik.analysis as analysis
    except ImportError:
        return None
    return analysis


def prepare(store: Store, doc_ids: Sequence[str] | None = None, stop: threading.Event | None = None) -> None:
    """Cluster mentions into events when the analysis area provides it (idempotent, incremental).

    `doc_ids`: only those documents' mentions (a posted document); `stop` ends a long pass early.
    """
    analysis = _analysis()
    if analysis is not None and hasattr(analysis, "cluster_events"):
        analysis.cluster_events(store, doc_ids=doc_ids, stop=stop)


def _period(day: date, by: str) -> str:
    if by == "day":
        return day.isoformat()
    if by == "week":
        return (day - timedelta(days=day.weekday())).isoformat()
    return f"{day.year:04d}-{day.month:02d}"


def dyad_view(store: Store, x: str, y: str, since: date | None, until: date | None, by: str = "month") -> dict:
    """Timeline of the pair: per period events, mean Goldstein (cooperation–conflict index), quad counts."""
    analysis = _analysis()
    if analysis is not None and hasattr(analysis, "dyad"):
        return analysis.dyad(store, x, y, since=since, until=until, by=by)
    a, b = ledger.actor_key(x), ledger.actor_key(y)
    periods: dict[str, dict] = {}
    scores: dict[str, list[float]] = defaultdict(list)
    timeline = []
    for event in iter_events(store, EventFilter(actor=a, since=since, until=until)):
        pair = {ledger.actor_key(event["source"] or ""), ledger.actor_key(event["target"] or "")}
        if pair != {a, b} or event["negated"]:
            continue
        if len(timeline) >= MAX_TIMELINE_EVENTS:
            break
        if event["date"]:
            label = _period(date.fromisoformat(event["date"]), by)
            bucket = periods.setdefault(label, {"period": label, "events": 0, "mentions": 0, "goldstein_sum": 0.0,
                                                "goldstein_mean": None, "quad": {"1": 0, "2": 0, "3": 0, "4": 0}})
            bucket["events"] += 1
            bucket["mentions"] += 1
            if event["quad_class"]:
                bucket["quad"][str(event["quad_class"])] += 1
            if event["goldstein"] is not None:
                scores[label].append(float(event["goldstein"]))
        timeline.append({"event_id": event["id"], "date": event["date"], "source": event["source"],
                         "target": event["target"], "plover": event["plover"], "cameo": event["cameo"],
                         "quad_class": event["quad_class"], "goldstein": event["goldstein"], "mentions": 1,
                         "first_doc": event["doc_id"], "evidence": event["evidence"]})
    for label, bucket in periods.items():
        values = scores[label]
        bucket["goldstein_sum"] = round(sum(values), 3)
        bucket["goldstein_mean"] = round(sum(values) / len(values), 3) if values else None
    relations = [r for r in list_relations(store, a) if {r["a"], r["b"]} == {a, b}]
    return {"a": a, "b": b, "counts": "event mentions (analysis module not available)",
            "since": since.isoformat() if since else None, "until": until.isoformat() if until else None,
            "by": by, "periods": [periods[k] for k in sorted(periods)], "events": timeline, "relations": relations}


def network_view(store: Store, at: date | None, days: int, actor: str | None, max_edges: int) -> dict:
    """Actors and ties at `at`: relations in force then, and event ties of the `days` before it.

    Shape: nodes [{id, bloc, degree, kind, partners}], edges [{source, target, kind, relations,
    events, goldstein}], blocs [{bloc, members}]; `actor` keeps its neighbourhood only.
    """
    analysis = _analysis()
    if analysis is not None and hasattr(analysis, "network"):
        result = _from_analysis(analysis.network(store, at=at, window_days=days))
    else:
        result = _from_graph(store, at, days)
    if actor:
        key = ledger.actor_key(actor)
        result["edges"] = [e for e in result["edges"] if key in (e["source"], e["target"])]
    result["edges"].sort(key=lambda e: (-len(e["relations"]), -e["events"], e["source"], e["target"]))
    result["edges"] = result["edges"][:max_edges]
    used = {e["source"] for e in result["edges"]} | {e["target"] for e in result["edges"]}
    if actor:
        used.add(ledger.actor_key(actor))
    result["nodes"] = [n for n in result["nodes"] if n["id"] in used]
    members: dict[int, list[str]] = defaultdict(list)
    for node in result["nodes"]:
        if node["bloc"] >= 0:
            members[node["bloc"]].append(node["id"])
    result["blocs"] = [{"bloc": b, "members": sorted(m)} for b, m in sorted(members.items()) if len(m) > 1]
    result.update(actor=actor, days=days)
    return result


def _deepest(kinds: list[str]) -> str:
    ranked = sorted(kinds, key=lambda k: -DEPTH.get(k, 0 if k != "rivalry" else -1))
    return ranked[0] if ranked else "events"


def _from_analysis(raw: dict) -> dict:
    nodes = [{"id": n["actor"], "label": n["actor"], "bloc": n["bloc"], "degree": n["degree"],
              "partners": n.get("partners", []), "kind": "country" if ledger.is_country(n["actor"]) else "organisation"}
             for n in raw["nodes"]]
    edges = [{"source": e["a"], "target": e["b"], "relations": sorted(set(e["relations"])),
              "kind": _deepest(e["relations"]), "events": e["events"], "goldstein": e.get("goldstein_mean"),
              "cooperation": e.get("cooperation", 0), "conflict": e.get("conflict", 0)} for e in raw["edges"]]
    return {"at": raw["at"], "counts": raw.get("counts", ""), "nodes": nodes, "edges": edges}


def _from_graph(store: Store, at: date | None, days: int) -> dict:
    until = at or date.today()
    graph = network_graph(store, EventFilter(since=until - timedelta(days=days - 1), until=until), at=until,
                          max_events=200_000)
    pairs: dict[tuple[str, str], dict] = {}
    for a, b, data in graph.edges(data=True):
        x, y = sorted((a, b))
        edge = pairs.setdefault((x, y), {"source": x, "target": y, "relations": [], "events": 0, "goldstein": None,
                                         "cooperation": 0, "conflict": 0})
        if data["layer"] == "relation":
            edge["relations"].append(data["kind"])
        else:
            edge["events"] += data["events"]
            edge["goldstein"] = data["goldstein"]
            edge["cooperation"] += data["cooperation"]
            edge["conflict"] += data["conflict"]
    edges = [{**e, "kind": _deepest(e["relations"])} for e in pairs.values()]
    nodes = [{"id": n, "label": n, "bloc": graph.nodes[n]["bloc"], "degree": graph.degree(n), "partners": [],
              "kind": graph.nodes[n]["kind"]} for n in sorted(graph.nodes)]
    return {"at": until.isoformat(), "counts": "event mentions (analysis module not available)",
            "nodes": nodes, "edges": edges}


def changes_view(store: Store, since: date, until: date, actor: str | None) -> dict:
    """What moved in [since, until]: relation steps dated in it, and dyads whose index shifted most
    against the window of the same length before it."""
    analysis = _analysis()
    if analysis is not None and hasattr(analysis, "changes"):
        return analysis.changes(store, since=since, until=until, actor=actor)
    key = ledger.actor_key(actor) if actor else None
    steps = []
    for rel in list_relations(store, key):
        for step in rel["history"]:
            if step.get("date") and since.isoformat() <= step["date"] <= until.isoformat():
                steps.append({"a": rel["a"], "b": rel["b"], "kind": rel["kind"], **step})
    steps.sort(key=lambda s: s["date"])
    span = until - since
    before = _dyad_means(store, since - span - timedelta(days=1), since - timedelta(days=1), key)
    now = _dyad_means(store, since, until, key)
    shifts = [{"a": p[0], "b": p[1], "before": before.get(p), "now": now[p],
               "shift": round(now[p] - before.get(p, 0.0), 3)} for p in now]
    shifts.sort(key=lambda s: -abs(s["shift"]))
    return {"since": since.isoformat(), "until": until.isoformat(), "actor": key,
            "relations": steps, "dyads": shifts[:50]}


def _dyad_means(store: Store, since: date, until: date, actor: str | None) -> dict[tuple[str, str], float]:
    scores: dict[tuple[str, str], list[float]] = defaultdict(list)
    for n, event in enumerate(iter_events(store, EventFilter(actor=actor, since=since, until=until))):
        if n >= 200_000:
            break
        if event["source"] and event["target"] and event["goldstein"] is not None and not event["negated"]:
            a, b = ledger.pair_key(event["source"], event["target"])
            if a != b:
                scores[(a, b)].append(float(event["goldstein"]))
    return {pair: round(sum(v) / len(v), 3) for pair, v in scores.items()}

"""The graph of who stands with whom at a date: ties in force plus the events of a window.

Nodes are actors (countries and organisations; agents are folded into their
country by the clustering). An edge joins two actors with a tie in force at
`at` or at least one event in (at − window, at]. Its `affinity`, the weight
used to find blocs, is the depth of its alliance ties (defense pact 5 …
asserted ally 1), minus 5 for a rivalry, plus log(1 + cooperative events)
minus log(1 + conflict events), floored at 0: treaties dominate, events tilt.
Blocs are Louvain communities on affinity (seeded, so runs agree); an actor's
most important partners are its neighbours by affinity.
"""

from __future__ import annotations

import math
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from sqlalchemy import case, func, select

from realpolitik.analysis.periods import iso
from realpolitik.query.relations import DEPTH
from realpolitik.relations.ledger import active_at
from realpolitik.store import schema as s
from realpolitik.store.steps import histories
from realpolitik.store.store import Store

if TYPE_CHECKING:  # imported where a graph is built: a server starts without networkx
    import networkx as nx

FORMATS = ("table", "jsonl", "graphml", "gexf")
RIVALRY_PENALTY = 5.0
SEED = 42


def network(store: Store, at: date | None = None, window_days: int = 90, partners: int = 3,
            seed: int = SEED) -> dict:
    """Nodes (with bloc and top partners), edges and blocs at `at` (default today)."""
    if window_days < 1:
        raise ValueError(f"window {window_days} days is too short; give at least 1 day (e.g. 90d)")
    at = at or date.today()
    edges: dict[tuple[str, str], dict] = defaultdict(_edge)
    _add_relations(store, at, edges)
    _add_events(store, at - timedelta(days=window_days - 1), at, edges)
    for edge in edges.values():
        edge["goldstein_mean"] = round(edge["goldstein_sum"] / edge["events"], 3) if edge["events"] else None
        edge["goldstein_sum"] = round(edge["goldstein_sum"], 3)
        depth = sum(DEPTH.get(k, 0) for k in edge["relations"])
        score = depth - RIVALRY_PENALTY * ("rivalry" in edge["relations"])
        score += math.log1p(edge["cooperation"]) - math.log1p(edge["conflict"])
        edge["affinity"] = round(max(0.0, score), 3)
    import networkx as nx

    graph = nx.Graph()
    for (a, b), edge in edges.items():
        graph.add_edge(a, b, **edge)
    blocs = _blocs(graph, seed)
    bloc_of = {actor: i for i, members in enumerate(blocs, start=1) for actor in members}
    nodes = []
    for actor in sorted(graph.nodes):
        ranked = sorted(graph[actor].items(), key=lambda kv: (-kv[1]["affinity"], -kv[1]["events"], kv[0]))
        nodes.append({"actor": actor, "bloc": bloc_of[actor], "degree": graph.degree(actor),
                      "partners": [n for n, attrs in ranked[:partners] if attrs["affinity"] > 0],
                      "affinity": round(sum(attrs["affinity"] for attrs in graph[actor].values()), 3)})
    return {
        "at": iso(at),
        "window_days": window_days,
        "counts": "edge 'events' are clustered events in the window; 'mentions' the reports behind them",
        "nodes": nodes,
        "edges": [{"a": a, "b": b, **edge} for (a, b), edge in sorted(edges.items())],
        "blocs": blocs,
    }


def _edge() -> dict:
    return {"relations": [], "events": 0, "mentions": 0, "goldstein_sum": 0.0, "cooperation": 0, "conflict": 0}


def _add_relations(store: Store, at: date, edges: dict) -> None:
    r = s.relations
    with store.reader() as conn:
        rows = [row for row in conn.execute(select(r.c.id, r.c.a, r.c.b, r.c.kind, r.c.status, r.c.since)).all()
                if row.kind in DEPTH or row.kind == "rivalry"]
        steps = histories(conn, [row.id for row in rows])
    for row in rows:
        if not active_at(row.status, row.since, steps.get(row.id, []), at):
            continue
        edges[(row.a, row.b)]["relations"].append(row.kind)


def _add_events(store: Store, start: date, end: date, edges: dict) -> None:
    e = s.events
    coop = func.sum(case((e.c.quad_class <= 2, 1), else_=0))
    conflict = func.sum(case((e.c.quad_class >= 3, 1), else_=0))
    query = (
        select(e.c.source, e.c.target, func.count().label("n"), func.sum(e.c.mentions).label("mentions"),
               func.coalesce(func.sum(e.c.goldstein), 0).label("total"), coop.label("coop"),
               conflict.label("conflict"))
        .where(e.c.date >= start, e.c.date <= end, e.c.source.is_not(None), e.c.target.is_not(None),
               e.c.source != e.c.target)
        .group_by(e.c.source, e.c.target)
    )
    with store.reader() as conn:
        for row in conn.execute(query):
            a, b = sorted((row.source, row.target))
            edge = edges[(a, b)]
            edge["events"] += row.n
            edge["mentions"] += int(row.mentions or 0)
            edge["goldstein_sum"] += float(row.total or 0)
            edge["cooperation"] += int(row.coop or 0)
            edge["conflict"] += int(row.conflict or 0)


def _blocs(graph: nx.Graph, seed: int) -> list[list[str]]:
    """Louvain communities on the positive-affinity edges; every actor is in exactly one bloc."""
    import networkx as nx

    positive = nx.Graph()
    positive.add_nodes_from(graph.nodes)
    positive.add_edges_from((a, b, {"affinity": d["affinity"]}) for a, b, d in graph.edges(data=True)
                            if d["affinity"] > 0)
    if positive.number_of_edges() == 0:
        communities = [{n} for n in positive.nodes]
    else:
        communities = nx.community.louvain_communities(positive, weight="affinity", seed=seed)
    blocs = [sorted(c) for c in communities]
    blocs.sort(key=lambda members: (-len(members), members[0]))
    return blocs


def to_graph(result: dict) -> nx.Graph:
    """A networkx graph of a `network` result, attributes flattened for GraphML/GEXF."""
    import networkx as nx

    graph = nx.Graph(at=result["at"], window_days=result["window_days"])
    for node in result["nodes"]:
        graph.add_node(node["actor"], bloc=node["bloc"], degree=node["degree"], affinity=float(node["affinity"]),
                       partners=",".join(node["partners"]))
    for edge in result["edges"]:
        attrs = {k: v for k, v in edge.items() if k not in ("a", "b") and v is not None}
        attrs["relations"] = ",".join(edge["relations"])
        attrs["goldstein_sum"] = float(attrs["goldstein_sum"])
        attrs["affinity"] = float(attrs["affinity"])
        if "goldstein_mean" in attrs:
            attrs["goldstein_mean"] = float(attrs["goldstein_mean"])
        graph.add_edge(edge["a"], edge["b"], **attrs)
    return graph


def write_graph(result: dict, path: Path | BinaryIO, fmt: str) -> None:
    """Write GraphML or GEXF to a path or binary handle (`nx.read_graphml`/`nx.read_gexf` read them back)."""
    from realpolitik.export.graphs import write_graph as write_networkx

    write_networkx(to_graph(result), str(path) if isinstance(path, Path) else path, fmt)

"""Networks of actors: event ties (counts, mean Goldstein) and standing relations, as networkx graphs.

Nodes are actor keys (a country code for "RUSGOV", or an organisation such as
"NATO"); edges are either `layer="events"` (directed, source → target, aggregated)
or `layer="relation"` (a ledger tie: kind, status, since). Nodes carry `bloc`:
the community of the alliance ties they belong to.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import TYPE_CHECKING, BinaryIO

from realpolitik.export.safe import xml_text
from realpolitik.export.selection import EventFilter, iter_events
from realpolitik.query import DEPTH, list_relations
from realpolitik.relations import ledger
from realpolitik.store.store import Store

if TYPE_CHECKING:  # networkx is imported where a graph is built: a server starts without it
    import networkx as nx


def network_graph(store: Store, flt: EventFilter | None = None, at: date | None = None,
                  max_events: int | None = None) -> nx.MultiDiGraph:
    """The actor network of the events matching `flt` plus the relations in force at `at` (or now)."""
    import networkx as nx

    flt = flt or EventFilter()
    graph = nx.MultiDiGraph()
    ties: dict[tuple[str, str], list[float]] = defaultdict(list)
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for n, event in enumerate(iter_events(store, flt)):
        if max_events is not None and n >= max_events:
            break
        if not event["source"] or not event["target"] or event["negated"]:
            continue
        pair = (ledger.actor_key(event["source"]), ledger.actor_key(event["target"]))
        if pair[0] == pair[1]:
            continue
        counts[pair] += 1
        if event["goldstein"] is not None:
            ties[pair].append(float(event["goldstein"]))
    for (a, b), count in counts.items():
        scores = ties[(a, b)]
        mean = round(sum(scores) / len(scores), 3) if scores else 0.0
        graph.add_edge(a, b, layer="events", kind="events", events=count, goldstein=mean,
                       cooperation=sum(1 for x in scores if x > 0), conflict=sum(1 for x in scores if x < 0))
    actor = ledger.actor_key(flt.actor) if flt.actor else None
    for rel in list_relations(store, actor):
        since = date.fromisoformat(rel["since"]) if rel["since"] else None
        if not ledger.active_at(rel["status"], since, rel["history"], at):
            continue
        graph.add_edge(rel["a"], rel["b"], layer="relation", kind=rel["kind"], status=rel["status"] or "",
                       since=rel["since"] or "", sources=len(rel["doc_ids"]))
    _annotate_nodes(graph)
    return graph


def _annotate_nodes(graph: nx.MultiDiGraph) -> None:
    """Label, kind and bloc (community of alliance ties; -1 for an actor with none) on every node."""
    import networkx as nx

    allied = nx.Graph()
    for a, b, data in graph.edges(data=True):
        if data["layer"] == "relation" and data["kind"] in DEPTH:
            allied.add_edge(a, b, weight=DEPTH[data["kind"]])
    blocs: dict[str, int] = {}
    if allied.number_of_edges():
        communities = nx.community.greedy_modularity_communities(allied, weight="weight")
        for index, members in enumerate(sorted(communities, key=lambda c: (-len(c), sorted(c)))):
            for member in members:
                blocs[member] = index
    for node in graph.nodes:
        graph.nodes[node].update(label=node, kind="country" if ledger.is_country(node) else "organisation",
                                 bloc=blocs.get(node, -1))


def write_graph(graph: nx.MultiDiGraph, path: str | BinaryIO, fmt: str) -> None:
    """GraphML or GEXF 1.2 (both read back by networkx, Gephi and Cytoscape) to a path or a binary handle."""
    if fmt not in ("graphml", "gexf"):
        raise ValueError(f"not a graph format: {fmt}")
    import networkx as nx

    graph = _xml_safe(graph)
    if fmt == "graphml":
        nx.write_graphml(graph, path)
    else:
        nx.write_gexf(graph, path)


def _xml_safe(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose node names and string attributes hold only characters XML 1.0 allows."""
    def clean(value: object) -> object:
        return xml_text(value) if isinstance(value, str) else value

    import networkx as nx

    safe = nx.MultiDiGraph()
    for node, data in graph.nodes(data=True):
        safe.add_node(clean(node), **{key: clean(value) for key, value in data.items()})
    for a, b, data in graph.edges(data=True):
        safe.add_edge(clean(a), clean(b), **{key: clean(value) for key, value in data.items()})
    return safe

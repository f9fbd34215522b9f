"""The analysis answers in the shapes the HTTP API, the web page and the Python API serve.

Dyad timelines and changes are `realpolitik.analysis`'s own answers; the network is reshaped for the page
(nodes with their bloc and kind, edges with their deepest tie) and cut to one actor's neighbourhood and a
number of edges. `prepare` clusters the mentions into events first, so every view counts events, not reports.
The analysis modules are imported on first use, as the page and the API may never ask for them.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from realpolitik.query import DEPTH
from realpolitik.relations import ledger
from realpolitik.store.store import Store


def prepare(store: Store, doc_ids: Sequence[str] | None = None, stop: threading.Event | None = None) -> None:
    """Cluster mentions into events (idempotent, incremental).

    `doc_ids`: only those documents' mentions (a posted document); `stop` ends a long pass early.
    """
    from realpolitik.analysis import cluster_events

    cluster_events(store, doc_ids=doc_ids, stop=stop)


def dyad_view(store: Store, x: str, y: str, since: date | None, until: date | None, by: str = "month") -> dict:
    """Timeline of the pair: per period events, mean Goldstein (cooperation–conflict index), quad counts."""
    from realpolitik.analysis import dyad

    return dyad(store, x, y, since=since, until=until, by=by)


def network_view(store: Store, at: date | None, days: int, actor: str | None, max_edges: int) -> dict:
    """Actors and ties at `at`: relations in force then, and event ties of the `days` before it.

    Shape: nodes [{id, bloc, degree, kind, partners}], edges [{source, target, kind, relations,
    events, goldstein}], blocs [{bloc, members}]; `actor` keeps its neighbourhood only.
    """
    from realpolitik.analysis import network

    result = _page_shape(network(store, at=at, window_days=days))
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


def _page_shape(raw: dict) -> dict:
    """`analysis.network`'s answer with the page's field names: nodes by id and kind, edges by source and target."""
    nodes = [{"id": n["actor"], "label": n["actor"], "bloc": n["bloc"], "degree": n["degree"],
              "partners": n.get("partners", []), "kind": "country" if ledger.is_country(n["actor"]) else "organisation"}
             for n in raw["nodes"]]
    edges = [{"source": e["a"], "target": e["b"], "relations": sorted(set(e["relations"])),
              "kind": _deepest(e["relations"]), "events": e["events"], "goldstein": e.get("goldstein_mean"),
              "cooperation": e.get("cooperation", 0), "conflict": e.get("conflict", 0)} for e in raw["edges"]]
    return {"at": raw["at"], "counts": raw.get("counts", ""), "nodes": nodes, "edges": edges}


def changes_view(store: Store, since: date, until: date, actor: str | None) -> dict:
    """What moved in [since, until]: relation steps dated in it, and dyads whose index shifted most
    against the window of the same length before it."""
    from realpolitik.analysis import changes

    return changes(store, since=since, until=until, actor=actor)

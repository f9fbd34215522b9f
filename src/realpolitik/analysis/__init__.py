"""Analysis: from many reports to one picture of who stands with whom.

Each module answers one question from the store and returns plain dicts:
`cluster` (mentions → events), `dyad`, `changes`, `network`, `partners`, `baseline`
(ATOP import). See docs/analysis.md.
"""

from realpolitik.analysis.changes import changes
from realpolitik.analysis.cluster import ClusterResult, cluster_events, event_reports
from realpolitik.analysis.dyad import dyad
from realpolitik.analysis.network import network, to_graph, write_graph
from realpolitik.analysis.partners import partners
from realpolitik.query.relations import allies

__all__ = [
    "ClusterResult",
    "allies",
    "changes",
    "cluster_events",
    "dyad",
    "event_reports",
    "network",
    "partners",
    "to_graph",
    "write_graph",
]

"""Query stage: events, relations and allies read from the store, as plain dicts (no printing)."""

from realpolitik.query.events import list_events
from realpolitik.query.relations import DEPTH, allies, list_relations

__all__ = ["DEPTH", "allies", "list_events", "list_relations"]

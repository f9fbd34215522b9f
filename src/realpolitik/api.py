"""The Python API: the CLI's operations as functions returning typed objects (or DataFrames).

Every function that reads the store takes `db`: a URL/path (default
$REALPOLITIK_DB or ./realpolitik.db) or an open `Store`. Dates may be
`datetime.date` or "YYYY-MM-DD". `as_frame=True` returns a pandas DataFrame
(needs pandas: `pip install pandas`). Examples in docs/api.md are run by the tests.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, fields
from datetime import date
from pathlib import Path
from typing import Any

from realpolitik.model import Event
from realpolitik.store.store import Store

DateLike = date | str | None


def _day(value: DateLike, name: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{name}={value!r} is not a date; write it as YYYY-MM-DD") from None


@contextmanager
def _store(db: str | Store | None) -> Iterator[Store]:
    if isinstance(db, Store):
        yield db
        return
    from realpolitik.store import open_store

    with open_store(db, create=False) as store:  # reading never creates an empty store
        yield store


def _frame(rows: Sequence[Any]):  # type: ignore[no-untyped-def]
    from realpolitik.extras import require

    pd = require("pandas", "DataFrames (as_frame=True)")
    return pd.DataFrame([asdict(r) if hasattr(r, "__dataclass_fields__") else r for r in rows])


def _build(cls: type, data: dict) -> Any:
    names = {f.name for f in fields(cls)}
    return cls(**{k: v for k, v in data.items() if k in names})


@dataclass(frozen=True)
class StoredEvent:
    """An event mention as stored: who did what to whom, when, and the sentence that says so."""

    id: int
    doc_id: str
    date: str | None
    source: str | None
    target: str | None
    cameo: str
    plover: str | None
    goldstein: float | None
    quad_class: int | None
    negated: bool
    modality: str
    evidence: str
    evidence_start: int
    evidence_end: int
    confidence: float
    lang: str | None
    below_threshold: bool = False  # confidence under the calibrated output threshold (kept, not shown by default)
    published: str | None = None
    title: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Ally:
    """One ally of an actor, from its deepest tie in force."""

    ally: str
    kind: str
    status: str | None
    since: str | None
    until: str | None
    kinds: list[str] = field(default_factory=list)
    areas: list[str] = field(default_factory=list)
    doc_ids: list[str] = field(default_factory=list)
    evidence: list[dict] = field(default_factory=list)


@dataclass(frozen=True)
class StoredRelation:
    """A ledger row: a standing tie between two actors with its history and evidence."""

    a: str
    b: str
    kind: str
    status: str | None
    since: str | None
    until: str | None
    areas: list[str] = field(default_factory=list)
    doc_ids: list[str] = field(default_factory=list)
    history: list[dict] = field(default_factory=list)
    evidence: list[dict] = field(default_factory=list)


@dataclass(frozen=True)
class IngestSummary:
    """What an ingest run did."""

    read: int
    stored: int
    duplicates: int
    rejected: dict[str, int]
    events: int
    relations: int
    seconds: float
    events_below_threshold: int = 0


@dataclass(frozen=True)
class DyadTimeline:
    """A pair over time: per-period event counts and mean Goldstein (the cooperation–conflict index)."""

    a: str
    b: str
    by: str
    periods: list[dict]
    events: list[dict]
    relations: list[dict]

    def frame(self):  # type: ignore[no-untyped-def]
        """The periods as a DataFrame (period, events, goldstein_mean, quad1..quad4)."""
        return _frame([{"period": p["period"], "events": p["events"], "goldstein_mean": p["goldstein_mean"],
                        **{f"quad{k}": v for k, v in p["quad"].items()}} for p in self.periods])


@dataclass(frozen=True)
class Network:
    """Actors and ties at a date, with blocs."""

    at: str
    nodes: list[dict]
    edges: list[dict]
    blocs: list[dict]

    def to_networkx(self):  # type: ignore[no-untyped-def]
        """An undirected networkx Graph with the node and edge attributes."""
        import networkx as nx

        graph = nx.Graph()
        for node in self.nodes:
            graph.add_node(node["id"], **{k: v for k, v in node.items() if k != "id"})
        for edge in self.edges:
            graph.add_edge(edge["source"], edge["target"],
                           **{k: v for k, v in edge.items() if k not in ("source", "target")})
        return graph


def extract(text: str, lang: str | None = None, published: DateLike = None, as_frame: bool = False):  # type: ignore[no-untyped-def]
    """The events in a text, without storing anything (the CLI's `extract`)."""
    from realpolitik.ingest.readers import read_text
    from realpolitik.pipeline import extract_document

    doc = read_text(text, "api", _day(published, "published"), lang)
    if not hasattr(doc, "content_hash"):
        raise ValueError(f"the text was not accepted: {doc.reason} ({doc.detail})")
    found: list[Event] = extract_document(doc).events
    return _frame([e.to_json() for e in found]) if as_frame else found


def ingest(paths: str | Path | Sequence[str | Path], db: str | None = None, published: DateLike = None,
           lang: str | None = None) -> IngestSummary:
    """Store files or folders (text, HTML, JSON Lines); each document once (the CLI's `ingest`)."""
    from realpolitik.engines import ingest_paths

    items = [paths] if isinstance(paths, str | Path) else list(paths)
    summary = ingest_paths([str(p) for p in items], db, _day(published, "published"), lang)
    return _build(IngestSummary, summary)


def events(db: str | Store | None = None, actor: str | None = None, since: DateLike = None, until: DateLike = None,
           type: str | None = None, country: str | None = None, cameo: str | None = None,  # noqa: A002
           text: str | None = None, limit: int | None = 10_000, as_frame: bool = False,
           min_confidence: float | None = None):  # type: ignore[no-untyped-def]
    """Stored event mentions in date order (the CLI's `events`); `limit=None` reads them all;
    `min_confidence` (default: the calibrated threshold; 0 for all) keeps the confident ones."""
    from realpolitik.codes import plover_type
    from realpolitik.events.confidence import threshold
    from realpolitik.export.selection import EventFilter, iter_events

    flt = EventFilter(actor=actor, since=_day(since, "since"), until=_day(until, "until"),
                      plover_type=plover_type(type) if type else None,
                      country=country, cameo=cameo, text=text, min_confidence=threshold(min_confidence))
    with _store(db) as store:
        rows = []
        for row in iter_events(store, flt):
            if limit is not None and len(rows) >= limit:
                break
            rows.append(row)
    if as_frame:
        from realpolitik.export.tables import EVENT_COLUMNS

        return _frame(rows).reindex(columns=list(EVENT_COLUMNS))
    return [_build(StoredEvent, row) for row in rows]


def allies(actor: str, db: str | Store | None = None, at: DateLike = None, as_frame: bool = False):  # type: ignore[no-untyped-def]
    """An actor's allies, deepest tie first (the CLI's `allies`)."""
    from realpolitik.query import allies as query_allies

    with _store(db) as store:
        found = [_build(Ally, row) for row in query_allies(store, actor.upper(), at=_day(at, "at"))]
    return _frame(found) if as_frame else found


def relations(db: str | Store | None = None, actor: str | None = None, as_frame: bool = False):  # type: ignore[no-untyped-def]
    """The relations ledger (the CLI's `relations`)."""
    from realpolitik.query import list_relations

    with _store(db) as store:
        found = [_build(StoredRelation, row) for row in list_relations(store, actor.upper() if actor else None)]
    return _frame(found) if as_frame else found


def dyad(a: str, b: str, db: str | Store | None = None, since: DateLike = None, until: DateLike = None,
         by: str = "month", as_frame: bool = False):  # type: ignore[no-untyped-def]
    """The timeline of a pair; `as_frame=True` gives its periods as a DataFrame."""
    from realpolitik.analysis.periods import BY
    from realpolitik.analysis.views import dyad_view, prepare

    if by not in BY:
        raise ValueError(f"by={by!r} is not one of {', '.join(BY)}")
    with _store(db) as store:
        prepare(store)
        raw = dyad_view(store, a.upper(), b.upper(), _day(since, "since"), _day(until, "until"), by)
    timeline = _build(DyadTimeline, raw)
    return timeline.frame() if as_frame else timeline


def changes(since: DateLike, until: DateLike = None, db: str | Store | None = None, actor: str | None = None) -> dict:
    """Relation steps and dyad shifts in [since, until] (default: until today)."""
    from realpolitik.analysis.views import changes_view, prepare

    start = _day(since, "since")
    if start is None:
        raise ValueError("give since=YYYY-MM-DD")
    with _store(db) as store:
        prepare(store)
        return changes_view(store, start, _day(until, "until") or date.today(), actor.upper() if actor else None)


def network(db: str | Store | None = None, at: DateLike = None, days: int = 365, actor: str | None = None,
            max_edges: int = 5000, as_frame: bool = False):  # type: ignore[no-untyped-def]
    """Actors and ties at `at` (default today): relations in force and the events of `days` before."""
    from realpolitik.analysis.views import network_view, prepare

    with _store(db) as store:
        prepare(store)
        raw = network_view(store, _day(at, "at"), days, actor.upper() if actor else None, max_edges)
    result = _build(Network, raw)
    return _frame(result.edges) if as_frame else result


def export(fmt: str, path: str | Path, db: str | Store | None = None, actor: str | None = None,
           since: DateLike = None, until: DateLike = None, type: str | None = None) -> int:  # noqa: A002
    """Write events (gdelt, plover, csv, parquet, jsonl) or the network (graphml, gexf) to `path`."""
    from realpolitik.export.selection import EventFilter
    from realpolitik.export.writer import export_events

    flt = EventFilter(actor=actor, since=_day(since, "since"), until=_day(until, "until"), plover_type=type)
    with _store(db) as store:
        return export_events(store, fmt, path, flt)

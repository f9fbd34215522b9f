"""One event filter for the HTTP API, the exports and the Python API.

The CLI's `list_events` knows actor/date/type; the web and export paths also
need country, agent, CAMEO prefix, text, sorting and paging, and must stream
a million rows without loading them. Everything here builds on the tables of
`store/schema.py` and reads through `Store.reader()`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import Select, and_, func, or_, select, union_all
from sqlalchemy.sql.util import ClauseAdapter

from realpolitik.query.events import actor_filter, actor_sides, event_record
from realpolitik.store import schema as s
from realpolitik.store.store import Store

E = s.event_mentions
D = s.documents
#: The event's date, else the date of its article (`published` holds the article's date when the event has none).
event_day = func.coalesce(E.c.date, E.c.published)

SORTS = {
    # NULLS LAST rather than an "IS NULL" sort term, so an index on the expression can serve the sort.
    "date": (event_day.asc().nulls_last(), E.c.id),
    "-date": (event_day.desc().nulls_last(), E.c.id.desc()),
    "goldstein": (E.c.goldstein, E.c.id),
    "-goldstein": (E.c.goldstein.desc(), E.c.id.desc()),
    "confidence": (E.c.confidence, E.c.id),
    "-confidence": (E.c.confidence.desc(), E.c.id.desc()),
    "id": (E.c.id,),
    "offset": (E.c.evidence_start, E.c.id),  # order within one article; lets SQLite use the doc_id index
    "-id": (E.c.id.desc(),),
}


@dataclass(frozen=True)
class EventFilter:
    """What to select; None means "any". Dates are inclusive; `cameo` is a code prefix ("19" = all fights)."""

    actor: str | None = None
    source: str | None = None
    target: str | None = None
    country: str | None = None
    agent: str | None = None
    plover_type: str | None = None
    cameo: str | None = None
    since: date | None = None
    until: date | None = None
    text: str | None = None
    doc_id: str | None = None
    modality: str | None = None
    min_confidence: float | None = None  # None: every event, those flagged below_threshold included


def conditions(flt: EventFilter) -> list:
    """SQL conditions for `flt` on event_mentions."""
    out: list = []
    if flt.actor:
        out.append(actor_filter((E.c.source, E.c.target), (E.c.source_country, E.c.target_country), flt.actor))
    if flt.source:
        out.append(actor_filter((E.c.source,), (E.c.source_country,), flt.source))
    if flt.target:
        out.append(actor_filter((E.c.target,), (E.c.target_country,), flt.target))
    if flt.country:
        code = flt.country.strip().upper()
        out.append(or_(E.c.source_country == code, E.c.target_country == code))
    if flt.agent:
        agent = flt.agent.strip().upper()
        out.append(or_(_has_agent(E.c.source, agent), _has_agent(E.c.target, agent)))
    if flt.plover_type:
        out.append(E.c.plover == flt.plover_type.strip().upper())
    if flt.cameo:
        out.append(E.c.cameo.like(flt.cameo.strip() + "%"))
    if flt.since is not None:
        out.append(event_day >= flt.since)
    if flt.until is not None:
        out.append(event_day <= flt.until)
    if flt.text:
        pattern = "%" + flt.text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        out.append(E.c.evidence.ilike(pattern, escape="\\"))
    if flt.doc_id:
        out.append(E.c.doc_id == flt.doc_id)
    if flt.modality:
        out.append(E.c.modality == flt.modality)
    if flt.min_confidence is not None:
        out.append(E.c.confidence >= flt.min_confidence)
    return out


def _has_agent(column, agent: str):  # type: ignore[no-untyped-def]
    """A country+agent code ("RUSGOV") carries the agent in the 3 letters after the country."""
    return and_(func.length(column) >= 6, func.substr(column, 4, 3) == agent)


def event_query(flt: EventFilter, sort: str = "date", with_documents: bool = False) -> Select:
    """SELECT of event rows (plus `when`, and the article's title/url/outlet if asked) matching `flt`."""
    query = select(E, event_day.label("when"))
    if with_documents:
        query = query.add_columns(D.c.title, D.c.url, D.c.outlet).join(D, D.c.id == E.c.doc_id)
    return query.where(*conditions(flt)).order_by(*SORTS[sort])


#: Counting stops here: an exact count of a broad filter over millions of rows costs as much as the page.
COUNT_CAP = 10_000


def count_events(store: Store, flt: EventFilter, cap: int | None = COUNT_CAP) -> int:
    """How many events match `flt`, counted up to `cap` (+1, so "more than cap" is visible); None: exact."""
    matching = select(E.c.id).where(*conditions(flt))
    if cap is not None:
        matching = matching.limit(cap + 1)
    query = select(func.count()).select_from(matching.subquery())
    with store.reader() as conn:
        return int(conn.execute(query).scalar() or 0)


#: The sorts that the per-side indexes serve (`page_query`).
_SIDE_SORTS = ("date", "-date")


def _either_side(flt: EventFilter) -> tuple[list[tuple], EventFilter] | None:
    """The (column, code) sides of the filter's one "on either side" condition (`actor` or `country`, not
    both), and the filter without it; None when it has none or both."""
    if flt.actor and not flt.country:
        sides = actor_sides((E.c.source, E.c.target), (E.c.source_country, E.c.target_country), flt.actor)
        return sides, replace(flt, actor=None)
    if flt.country and not flt.actor:
        code = flt.country.strip().upper()
        return [(E.c.source_country, code), (E.c.target_country, code)], replace(flt, country=None)
    return None


def page_query(flt: EventFilter, sort: str, limit: int, offset: int) -> Select:
    """SELECT of one page of `event_query(flt, sort)`.

    "Either side" (`actor=RUS` is RUS as source OR as target) is read as two
    branches, each the first `offset + limit` rows of one side in sort order
    (an index per side serves the date sorts: ix_events_by_source, ...), and
    the page is cut from their union: SQLite would otherwise collect and sort
    every event of the actor (130,000 of a million) for a page of 50. Other
    sorts have no such index and keep the one query. The second branch leaves
    out what the first holds, so no row comes twice; the sort ends in `id`, so
    the page is the same rows in the same order.
    """
    either = _either_side(flt) if sort in _SIDE_SORTS else None
    if either is None:
        return event_query(flt, sort).limit(limit).offset(offset)
    (first, code), (second, other) = either[0]
    rest = event_query(either[1], sort)
    branches = [rest.where(first == code), rest.where(second == other, first.is_distinct_from(code))]
    union = union_all(*(select(b.limit(offset + limit).subquery()) for b in branches)).subquery()
    adapt = ClauseAdapter(union).traverse
    return select(union).order_by(*(adapt(term) for term in SORTS[sort])).limit(limit).offset(offset)


def page_events(store: Store, flt: EventFilter, sort: str, limit: int, offset: int) -> list[dict]:
    """One page of events as dicts, with their article's title/url/outlet (looked up for the page only)."""
    query = page_query(flt, sort, limit, offset)
    with store.reader() as conn:
        rows = [event_dict(row) for row in conn.execute(query).mappings()]
        doc_ids = sorted({row["doc_id"] for row in rows})
        docs = {}
        if doc_ids:
            found = conn.execute(select(D.c.id, D.c.title, D.c.url, D.c.outlet).where(D.c.id.in_(doc_ids)))
            docs = {d.id: d for d in found}
    for row in rows:
        doc = docs.get(row["doc_id"])
        row.update(title=doc.title if doc else None, url=doc.url if doc else None, outlet=doc.outlet if doc else None)
    return rows


def iter_events(store: Store, flt: EventFilter, sort: str = "date", batch: int = 5000) -> Iterator[dict]:
    """Every matching event with its article's title/url/outlet, streamed in batches (millions of rows)."""
    query = event_query(flt, sort, with_documents=True)
    with store.reader() as conn:
        result = conn.execution_options(stream_results=True, yield_per=batch).execute(query)
        for row in result.mappings():
            yield {**event_dict(row), "title": row["title"], "url": row["url"], "outlet": row["outlet"]}


def event_dict(row) -> dict:  # type: ignore[no-untyped-def]
    """A stored event row as a JSON-ready dict; `date` is the event date, else the publication date
    (the rule of `event_record`)."""
    return event_record(row)

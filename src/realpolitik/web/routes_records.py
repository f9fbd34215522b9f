"""Read endpoints over stored records: documents, events, relations, allies, and a summary."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from sqlalchemy import false, func, select
from sqlalchemy import text as sql_text

from realpolitik.codes import plover_type, plover_types
from realpolitik.events.confidence import threshold
from realpolitik.export.selection import COUNT_CAP, SORTS, EventFilter, count_events, page_events
from realpolitik.export.tables import EVENT_COLUMNS
from realpolitik.query import allies, list_relations
from realpolitik.query.events import documents_of
from realpolitik.store import schema as s
from realpolitik.store import search as fts
from realpolitik.store.store import Store
from realpolitik.web.deps import clustering_running, get_settings, get_store
from realpolitik.web.params import Day, Format, Limit, Offset, actor_code, bad_request, date_range
from realpolitik.web.respond import rows_response
from realpolitik.web.settings import Settings

router = APIRouter(prefix="/api", tags=["records"])
StoreDep = Annotated[Store, Depends(get_store)]
Text = Annotated[str | None, Query(max_length=200, description="Words in the evidence sentence.")]
Search = Annotated[str | None, Query(max_length=200, description=(
    "Full-text search over the article's title and text (which holds every evidence sentence): "
    "documents with every word of it, in any form of accents and case."))]
#: What `sort` of /api/events accepts ("offset" orders one article's events and is for /api/documents/{id}).
EVENT_SORTS = tuple(k for k in SORTS if k != "offset")
Code = Annotated[str | None, Query(max_length=12)]


@router.get("/meta", summary="What the store holds and whether ingesting is enabled")
def meta(request: Request, store: StoreDep, settings: Annotated[Settings, Depends(get_settings)]) -> dict:
    # The store's part is kept while the store's version stands (read first, as web/cache.py does): counting a
    # million rows on every call was most of this endpoint's cost, and it answers every page load.
    version = store.version.current()
    kept = getattr(request.app.state, "meta_kept", None)
    if version is None or kept is None or kept[0] != version:
        kept = (version, _summary(store))
        request.app.state.meta_kept = kept
    return {**kept[1], "ingest_enabled": settings.token is not None,
            "clustering": "running" if clustering_running(request) else "done"}


def _summary(store: Store) -> dict:
    """Rows per table and the first and last event date."""
    e = s.event_mentions
    when = func.coalesce(e.c.date, e.c.published)
    # Two scalar subqueries: each reads one end of ix_events_when; min and max in one SELECT scan every row
    # (1 s at a million mentions, on SQLite), which made a new server's first answer wait.
    first_last = select(select(func.min(when)).scalar_subquery(), select(func.max(when)).scalar_subquery())
    with store.reader() as conn:
        first, last = conn.execute(first_last).one()
    return {"counts": store.counts(), "first_date": str(first) if first else None,
            "last_date": str(last) if last else None}


@router.get("/documents", summary="Stored articles, newest first (without their text)")
def documents(store: StoreDep, since: Day = None, until: Day = None, lang: Code = None, q: Search = None,
              actor: Annotated[str | None, Query(max_length=12, description=(
                  "Articles with an event or a relation of this actor (a country code matches its agents)."))] = None,
              limit: Limit = 50, offset: Offset = 0, format: Format = "json") -> Response:
    date_range(since, until)
    d = s.documents
    conds = []
    if since:
        conds.append(d.c.published >= since)
    if until:
        conds.append(d.c.published <= until)
    if lang:
        conds.append(d.c.lang == lang.lower())
    if q and q.strip():
        words = fts.fts_parameter(store.dialect, q)
        if not words:  # only punctuation: no word to find, like search_documents (an empty MATCH is an error)
            conds.append(false())
        else:
            matching = sql_text(fts.matching_ids_sql(store.dialect)).bindparams(fts=words)
            conds.append(d.c.id.in_(matching.columns(doc_id=d.c.id.type)))
    if actor:
        conds.append(d.c.id.in_(documents_of(actor_code(actor) or "")))
    cols = (d.c.id, d.c.title, d.c.url, d.c.lang, d.c.published, d.c.outlet, d.c.origin)
    query = select(*cols).where(*conds).order_by(d.c.published.desc(), d.c.id).limit(limit).offset(offset)
    with store.reader() as conn:
        total = conn.execute(select(func.count()).select_from(d).where(*conds)).scalar() or 0
        rows = [{**r, "published": r["published"].isoformat() if r["published"] else None}
                for r in conn.execute(query).mappings()]
    return rows_response(rows, format, "documents", {"total": total, "limit": limit, "offset": offset})


@router.get("/documents/{doc_id}", summary="One article with its text and its events (evidence offsets)")
def document(doc_id: str, store: StoreDep) -> dict:
    d = s.documents
    with store.reader() as conn:
        row = conn.execute(select(d).where(d.c.id == doc_id)).mappings().first()
    if row is None:
        raise bad_request(f"no document with id {doc_id!r}", 404)
    events = page_events(store, EventFilter(doc_id=doc_id), "offset", 1000, 0)
    return {"id": row["id"], "title": row["title"], "url": row["url"], "lang": row["lang"],
            "published": row["published"].isoformat() if row["published"] else None, "outlet": row["outlet"],
            "origin": row["origin"], "text": row["text"], "events": events}


@router.get("/events", summary="Event mentions with filters, sorting and paging")
def events(
    store: StoreDep,
    actor: Code = None,
    source: Code = None,
    target: Code = None,
    country: Annotated[str | None, Query(pattern="^[A-Za-z]{3}$", description="ISO3 on either side.")] = None,
    agent: Annotated[str | None, Query(pattern="^[A-Za-z]{3}$", description="CAMEO agent: GOV, MIL ...")] = None,
    type: Annotated[str | None, Query(max_length=16, description="PLOVER type: " + ", ".join(plover_types()))] = None,  # noqa: A002
    cameo: Annotated[str | None, Query(pattern="^[0-9]{2,4}$", description="CAMEO code or prefix.")] = None,
    since: Day = None,
    until: Day = None,
    text: Text = None,
    doc_id: Annotated[str | None, Query(max_length=255)] = None,
    sort: Annotated[str, Query(description=f"One of {', '.join(EVENT_SORTS)}.")] = "-date",
    min_confidence: Annotated[float | None, Query(ge=0, le=1, description=(
        "Events at or above this confidence (default: the calibrated threshold); 0 lists those flagged "
        "below_threshold too."))] = None,
    limit: Limit = 100,
    offset: Offset = 0,
    format: Format = "json",
) -> Response:
    date_range(since, until, max_days=10**6)
    if sort not in EVENT_SORTS:
        raise bad_request(f"sort={sort!r} is not one of {', '.join(EVENT_SORTS)}")
    try:
        plover = plover_type(type) if type else None
    except ValueError as exc:
        raise bad_request(f"type: {exc}") from None
    flt = EventFilter(actor=actor_code(actor), source=actor_code(source, "source"),
                      target=actor_code(target, "target"), country=country, agent=agent, plover_type=plover,
                      cameo=cameo, since=since, until=until, text=text, doc_id=doc_id,
                      min_confidence=threshold(min_confidence))
    rows = page_events(store, flt, sort, limit, offset)
    total = count_events(store, flt)
    extra = {"total": min(total, COUNT_CAP), "total_capped": total > COUNT_CAP, "limit": limit, "offset": offset,
             "sort": sort, "min_confidence": flt.min_confidence}
    return rows_response(rows, format, "events", extra, columns=EVENT_COLUMNS)


@router.get("/relations", summary="The relations ledger with evidence")
def relations(store: StoreDep, actor: Code = None, kind: Code = None, limit: Limit = 500, offset: Offset = 0,
              format: Format = "json") -> Response:
    rows = list_relations(store, actor_code(actor))
    if kind:
        rows = [r for r in rows if r["kind"] == kind.lower()]
    page = rows[offset: offset + limit]
    return rows_response(page, format, "relations", {"total": len(rows), "limit": limit, "offset": offset})


@router.get("/allies/{actor}", summary="An actor's allies, deepest tie first")
def allies_of(actor: str, store: StoreDep, at: Day = None, format: Format = "json") -> Response:
    code = actor_code(actor) or ""
    rows = allies(store, code, at=at)
    return rows_response(rows, format, f"allies-{code}", {"actor": code, "at": at.isoformat() if at else None})

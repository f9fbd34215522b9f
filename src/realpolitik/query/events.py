"""Event queries: who did what to whom, filtered by actor, date and PLOVER type."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy import text as sql_text

from realpolitik.events.confidence import below_threshold
from realpolitik.model import date_fields
from realpolitik.relations import ledger
from realpolitik.store import schema as s
from realpolitik.store import search as fts
from realpolitik.store.store import Store


def actor_filter(columns: tuple, country_columns: tuple, actor: str):  # type: ignore[no-untyped-def]
    """SQL condition: `actor` on either side.

    A bare country code ("RUS") matches every code of that country (RUS,
    RUSGOV, RUSMIL); any other code ("RUSGOV", "NATO") matches exactly.
    """
    return or_(*(c == code for c, code in actor_sides(columns, country_columns, actor)))


def actor_sides(columns: tuple, country_columns: tuple, actor: str) -> list[tuple]:
    """(column, code) per side that `actor` may be on: the country columns for a bare country code, else
    the code columns (the alternatives of `actor_filter`, for queries that read each side by its own index)."""
    code = actor.strip().upper()
    return [(c, code) for c in (country_columns if ledger.is_country(code) else columns)]


def list_events(
    store: Store,
    actor: str | None = None,
    since: date | None = None,
    until: date | None = None,
    plover_type: str | None = None,
    limit: int | None = None,
    text: str | None = None,
    min_confidence: float | None = None,
) -> list[dict]:
    """Events in date order (the event's date, else the article's), as plain dicts.

    `since`/`until` are inclusive; `plover_type` is case-insensitive; `text` keeps events
    of articles containing every word of it (full-text index); `min_confidence` keeps events at
    or above it (None: all; the interfaces pass the calibrated threshold by default).
    """
    e, d = s.event_mentions, s.documents
    when = func.coalesce(e.c.date, e.c.published, d.c.published)
    query = select(e, d.c.title, d.c.url, d.c.outlet, when.label("when")).join(d, d.c.id == e.c.doc_id)
    if actor:
        query = query.where(
            actor_filter((e.c.source, e.c.target), (e.c.source_country, e.c.target_country), actor)
        )
    if since is not None:
        query = query.where(when >= since)
    if until is not None:
        query = query.where(when <= until)
    if plover_type:
        query = query.where(e.c.plover == plover_type.strip().upper())
    if min_confidence is not None:
        query = query.where(e.c.confidence >= min_confidence)
    if text and text.strip():
        matching = sql_text(fts.matching_ids_sql(store.dialect)).bindparams(fts=fts.fts_parameter(store.dialect, text))
        query = query.where(e.c.doc_id.in_(matching.columns(doc_id=s.documents.c.id.type)))
    query = query.order_by(when.is_(None), when, e.c.id)
    if limit is not None:
        query = query.limit(limit)
    with store.reader() as conn:
        rows = conn.execute(query).mappings().all()
    return [_event_dict(row) for row in rows]


def event_record(row) -> dict:  # type: ignore[no-untyped-def]
    """A stored event mention as a JSON-ready dict: the one serialisation that the CLI, the HTTP API
    and the exports share (they add their own extra keys).

    Dates follow the one rule of `model.date_fields`.
    """
    return {
        "id": row["id"],
        "doc_id": row["doc_id"],
        "source": row["source"],
        "target": row["target"],
        "source_country": row["source_country"],
        "target_country": row["target_country"],
        "cameo": row["cameo"],
        "cameo_root": row["cameo_root"],
        "plover": row["plover"],
        "goldstein": row["goldstein"],
        "quad_class": row["quad_class"],
        **date_fields(row["date"], row["date_precision"], row["published"]),
        "negated": bool(row["negated"]),
        "modality": row["modality"],
        "evidence": row["evidence"],
        "evidence_start": row["evidence_start"],
        "evidence_end": row["evidence_end"],
        "source_text": row["source_text"],
        "target_text": row["target_text"],
        "rule": row["rule"],
        "ruleset_version": row["ruleset_version"],
        "confidence": row["confidence"],
        "below_threshold": below_threshold(row["confidence"]),
        "lang": row["lang"],
    }


def _event_dict(row) -> dict:  # type: ignore[no-untyped-def]
    return {**event_record(row), "evidence_offsets": [row["evidence_start"], row["evidence_end"]],
            "title": row["title"], "url": row["url"], "outlet": row["outlet"]}



def documents_of(actor: str):  # type: ignore[no-untyped-def]
    """A subquery of the ids of documents with an event mention or a relation statement of `actor`."""
    e, m = s.event_mentions, s.relation_mentions
    key = ledger.actor_key(actor)
    events = select(e.c.doc_id).where(actor_filter((e.c.source, e.c.target), (e.c.source_country, e.c.target_country),
                                                   actor))
    return events.union(select(m.c.doc_id).where(or_(m.c.a == key, m.c.b == key)))

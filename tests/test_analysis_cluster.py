"""Clustering mentions into events: many reports of one happening are one event."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from realpolitik.analysis import cluster_events, event_reports
from realpolitik.store import schema as s


def events(store) -> list[dict]:  # type: ignore[no-untyped-def]
    with store.reader() as conn:
        return [dict(r) for r in conn.execute(select(s.events).order_by(s.events.c.id)).mappings()]


def save(store, make_document, make_extraction, doc_id, outlet, published, *evs):  # type: ignore[no-untyped-def]
    doc = make_document(f"Text of {doc_id}.", id=doc_id, outlet=outlet, published=published)
    store.save(make_extraction(doc, list(evs)))


def test_one_event_from_many_reports(store, make_document, make_event, make_extraction) -> None:  # type: ignore[no-untyped-def]
    # three articles, two outlets, four mentions: RUSGOV→VENGOV and RUS→VEN are the same actors
    save(store, make_document, make_extraction, "a1", "TASS", date(2025, 10, 27),
         make_event("a1", date=date(2025, 10, 26)), make_event("a1", "RUS", "VEN", evidence="Again."))
    save(store, make_document, make_extraction, "a2", "TASS", date(2025, 10, 28), make_event("a2"))
    save(store, make_document, make_extraction, "a3", "Reuters", date(2025, 10, 29),
         make_event("a3", goldstein=6.0))
    result = cluster_events(store)
    assert (result.mentions, result.created) == (4, 1)
    (event,) = events(store)
    assert (event["source"], event["target"], event["plover"]) == ("RUS", "VEN", "AGREE")
    assert (event["mentions"], event["articles"], event["outlets"]) == (4, 3, 2)
    assert event["first_doc"] == "a1" and event["first_reported"] == date(2025, 10, 27)
    assert event["date"] == date(2025, 10, 26) and event["last_date"] == date(2025, 10, 29)
    assert event["goldstein"] == 7.5
    reports = event_reports(store, event["id"])
    assert [r["doc_id"] for r in reports] == ["a1", "a1", "a2", "a3"]
    assert {r["evidence"] for r in reports} >= {"Again."}


def test_idempotent_and_incremental(store, make_document, make_event, make_extraction) -> None:  # type: ignore[no-untyped-def]
    save(store, make_document, make_extraction, "a1", "TASS", date(2025, 10, 27), make_event("a1"))
    assert cluster_events(store).created == 1
    again = cluster_events(store)
    assert (again.mentions, again.created, again.updated) == (0, 0, 0)
    save(store, make_document, make_extraction, "a2", "Reuters", date(2025, 10, 28), make_event("a2"))
    later = cluster_events(store)
    assert (later.mentions, later.created, later.updated) == (1, 0, 1)
    (event,) = events(store)
    assert (event["mentions"], event["articles"], event["outlets"]) == (2, 2, 2)
    with store.reader() as conn:
        assert len(conn.execute(select(s.event_links)).all()) == 2


def test_date_window_and_direction_keep_events_apart(store, make_document, make_event, make_extraction) -> None:  # type: ignore[no-untyped-def]
    accuse = {"cameo": "112", "plover": "ACCUSE", "goldstein": -2.0, "quad_class": 3}
    save(store, make_document, make_extraction, "a1", "TASS", date(2025, 10, 1),
         make_event("a1", "USA", "VEN", **accuse))
    # ten days later: outside ±3 days
    save(store, make_document, make_extraction, "a2", "TASS", date(2025, 10, 11),
         make_event("a2", "USA", "VEN", **accuse))
    # same day, other direction: an asymmetric type keeps it apart
    save(store, make_document, make_extraction, "a3", "Reuters", date(2025, 10, 1),
         make_event("a3", "VEN", "USA", **accuse))
    # a symmetric type (CONSULT) in both directions is one event
    consult = {"cameo": "040", "plover": "CONSULT", "goldstein": 1.0, "quad_class": 1}
    save(store, make_document, make_extraction, "a4", "TASS", date(2025, 10, 1),
         make_event("a4", "USA", "VEN", **consult))
    save(store, make_document, make_extraction, "a5", "Reuters", date(2025, 10, 2),
         make_event("a5", "VENGOV", "USAGOV", **consult))
    # negated mentions make no event
    save(store, make_document, make_extraction, "a6", "Reuters", date(2025, 10, 2),
         make_event("a6", "USA", "VEN", negated=True, **accuse))
    assert cluster_events(store).created == 4
    found = sorted((e["source"], e["target"], e["plover"], e["date"].day, e["mentions"]) for e in events(store))
    assert found == [
        ("USA", "VEN", "ACCUSE", 1, 1),
        ("USA", "VEN", "ACCUSE", 11, 1),
        ("USA", "VEN", "CONSULT", 1, 2),
        ("VEN", "USA", "ACCUSE", 1, 1),
    ]


def test_mention_without_event_date_uses_publication(store, make_document, make_event, make_extraction) -> None:  # type: ignore[no-untyped-def]
    save(store, make_document, make_extraction, "a1", "TASS", date(2025, 3, 1), make_event("a1"))
    save(store, make_document, make_extraction, "a2", "TASS", date(2025, 3, 3),
         make_event("a2", date=date(2025, 3, 2)))
    cluster_events(store)
    (event,) = events(store)
    assert event["date"] == date(2025, 3, 1) and event["mentions"] == 2

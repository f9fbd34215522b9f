"""Clustering mentions into events: many reports of one happening are one event."""

from __future__ import annotations

import threading
from datetime import date

from sqlalchemy import delete, select, text

from realpolitik.analysis import cluster_events, event_reports
from realpolitik.analysis.cluster import LOCK_ID
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


def _many(store, make_document, make_event, make_extraction) -> None:  # type: ignore[no-untyped-def]
    """Twelve articles over a month: three pairs, two types, dates that chain events across days."""
    pairs = [("RUS", "VEN"), ("USA", "CHN"), ("FRA", "DEU")]
    accuse = {"cameo": "112", "plover": "ACCUSE", "goldstein": -2.0, "quad_class": 3}
    for n in range(12):
        a, b = pairs[n % 3]
        day = date(2025, 5, 1 + (n * 5) % 28)
        evs = [make_event(f"m{n}", a, b, date=day), make_event(f"m{n}", b, a, date=day, **accuse),
               make_event(f"m{n}", a, b)]
        save(store, make_document, make_extraction, f"m{n}", "TASS" if n % 2 else "AFP", day, *evs)


def _shape(store) -> list[tuple]:  # type: ignore[no-untyped-def]
    with store.reader() as conn:
        links = conn.execute(select(s.event_links.c.event_id, s.event_links.c.mention_id)).all()
    members: dict[int, list[int]] = {}
    for event_id, mention_id in links:
        members.setdefault(event_id, []).append(mention_id)
    return sorted((e["source"], e["target"], e["plover"], e["date"], e["last_date"], e["mentions"], e["articles"],
                   e["outlets"], e["goldstein"], e["first_doc"], tuple(sorted(members[e["id"]])))
                  for e in events(store))


def test_small_batches_make_the_same_events_as_one_pass(store, make_document, make_event, make_extraction) -> None:  # type: ignore[no-untyped-def]
    _many(store, make_document, make_event, make_extraction)
    whole = cluster_events(store)
    once = _shape(store)
    with store.engine.begin() as conn:
        conn.execute(delete(s.event_links))
        conn.execute(delete(s.events))
    batched = cluster_events(store, batch=2)
    assert (batched.mentions, batched.created) == (whole.mentions, whole.created) == (36, whole.created)
    assert _shape(store) == once


def test_only_the_given_documents_and_stop_between_batches(store, make_document, make_event, make_extraction) -> None:  # type: ignore[no-untyped-def]
    _many(store, make_document, make_event, make_extraction)
    assert cluster_events(store, doc_ids=["m0", "m3"]).mentions == 6
    stop = threading.Event()
    stop.set()
    assert cluster_events(store, batch=2, stop=stop).mentions == 0
    assert cluster_events(store).mentions == 30


def test_serve_answers_while_clustering_at_start(store, store_url, make_document, make_event, make_extraction) -> None:  # type: ignore[no-untyped-def]
    # On PostgreSQL the clustering lock held here keeps the start's clustering waiting: the server must answer
    # meanwhile (SQLite's open takes the write lock itself, so there the pass may already be done).
    import httpx

    from realpolitik.web.app import wait_for_clustering
    from realpolitik.web.server import BackgroundServer
    from realpolitik.web.settings import Settings

    _many(store, make_document, make_event, make_extraction)
    postgres = store.dialect == "postgresql"
    with store.engine.connect() as held:
        if postgres:
            held.execute(text(f"SELECT pg_advisory_lock({LOCK_ID})"))
        server = BackgroundServer(Settings(db=store_url)).start(clustered=False)
        try:
            meta = httpx.get(server.url + "/api/meta", timeout=10).json()
            assert meta["counts"]["documents"] == 12
            assert meta["clustering"] == "running" if postgres else meta["clustering"] in ("running", "done")
        finally:
            if postgres:
                held.execute(text(f"SELECT pg_advisory_unlock({LOCK_ID})"))
    try:
        wait_for_clustering(server.server.config.app, timeout=60)
        assert httpx.get(server.url + "/api/meta", timeout=10).json()["clustering"] == "done"
        assert sum(e[5] for e in _shape(store)) == 36
    finally:
        server.stop()

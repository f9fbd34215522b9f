"""Pages of events read side by side (export/selection.py `page_query`): the same rows, in the same order, as the
one filtered query, and read from the per-side indexes; an older store gets those indexes when it is opened."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import insert, inspect, text

from realpolitik.events.confidence import threshold
from realpolitik.export.selection import EventFilter, event_dict, event_query, page_events, page_query
from realpolitik.store import open_store
from realpolitik.store import schema as s

CODES = ["RUS", "RUSGOV", "UKR", "UKRMIL", "USA", "NATO", None]


def _country(code: str | None) -> str | None:
    return code[:3] if code and code != "NATO" else None


@pytest.fixture
def filled(store):  # type: ignore[no-untyped-def]
    """400 events among a few actors: both sides the same country, no country, no date, many on one day."""
    rng = random.Random(3)
    now = datetime.now(UTC)
    docs, events = [], []
    for i in range(80):
        published = None if i % 17 == 0 else date(2024, 1, 1) + timedelta(days=rng.randrange(30))
        docs.append({"id": f"d{i}", "content_hash": f"{i:064x}", "title": f"T{i}", "lang": "en",
                     "published": published, "outlet": "o", "origin": "test", "text": "x" * 50, "ingested_at": now})
        for k in range(5):
            source, target = rng.choice(CODES), rng.choice(CODES)
            events.append({
                "doc_id": f"d{i}", "source": source, "target": target, "source_country": _country(source),
                "target_country": _country(target), "cameo": "190", "cameo_root": "19",
                "plover": rng.choice(["ASSAULT", "AGREE"]), "goldstein": rng.choice([-10.0, 3.0, None]),
                "quad_class": 4, "date": None if k == 4 else date(2024, 1, 1) + timedelta(days=rng.randrange(3)),
                "published": published, "negated": False, "modality": "asserted", "evidence": "x",
                "evidence_start": 0, "evidence_end": 1, "rule": "r", "ruleset_version": "v",
                "confidence": rng.choice([0.2, 0.6, 0.9]), "lang": "en"})
    with store.engine.begin() as conn:
        conn.execute(insert(s.documents), docs)
        conn.execute(insert(s.event_mentions), events)
    return store


FILTERS = [
    EventFilter(actor="RUS"), EventFilter(actor="RUSGOV"), EventFilter(actor="NATO", min_confidence=threshold()),
    EventFilter(country="UKR", plover_type="ASSAULT"), EventFilter(country="USA", since=date(2024, 1, 2)),
    EventFilter(actor="UKR", until=date(2024, 1, 1), min_confidence=0.5), EventFilter(actor="RUS", country="UKR"),
]


@pytest.mark.parametrize("flt", FILTERS, ids=lambda f: repr({k: v for k, v in vars(f).items() if v is not None}))
def test_pages_are_those_of_the_one_query(filled, flt: EventFilter) -> None:  # type: ignore[no-untyped-def]
    with filled.reader() as conn:
        for sort in ("-date", "date", "id", "-goldstein"):
            for limit, offset in ((5, 0), (50, 0), (7, 20), (1000, 0), (3, 150)):
                one = event_query(flt, sort).limit(limit).offset(offset)
                expected = [event_dict(row)["id"] for row in conn.execute(one).mappings()]
                got = [row["id"] for row in page_events(filled, flt, sort, limit, offset)]
                assert got == expected, (sort, limit, offset)


def test_an_actors_newest_page_reads_each_side_from_its_index(filled) -> None:  # type: ignore[no-untyped-def]
    if filled.dialect != "sqlite":
        pytest.skip("the plan checked is SQLite's")
    query = page_query(EventFilter(actor="RUS", min_confidence=0.5), "-date", 50, 0).compile(filled.engine)
    with filled.reader() as conn:
        plan = " ".join(str(r[-1]) for r in conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN " + str(query), tuple(query.params[k] for k in query.positiontup)))
    assert "ix_events_by_source" in plan and "ix_events_by_target" in plan, plan


def test_an_older_store_gets_the_new_indexes_when_opened(store_url: str) -> None:
    opened = open_store(store_url)
    with opened.engine.begin() as conn:  # as a store written before the per-side indexes
        for name in ("ix_events_by_source", "ix_events_by_target", "ix_events_by_pair"):
            conn.execute(text(f"DROP INDEX {name}"))
        conn.execute(text("CREATE INDEX ix_events_source ON event_mentions (source_country, source)"))
    opened.close()
    with open_store(store_url) as reopened, reopened.reader() as conn:
        if reopened.dialect == "sqlite":  # SQLAlchemy does not reflect SQLite's indexes on expressions
            names = set(conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'event_mentions'").scalars())
        else:
            names = {ix["name"] for ix in inspect(conn).get_indexes("event_mentions")}
    assert {"ix_events_by_source", "ix_events_by_target", "ix_events_by_pair"} <= names, names
    assert "ix_events_source" not in names

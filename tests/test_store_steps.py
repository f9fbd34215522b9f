"""The ledger's steps in rows of their own: a store of schema 1 is upgraded, and a mention's cost does not grow."""

from __future__ import annotations

import json
from datetime import date, timedelta

from sqlalchemy import text

from realpolitik.query.relations import list_relations
from realpolitik.store import open_store
from realpolitik.store import schema as s
from timing import best_of_three


def _save(store, make_document, make_relation, make_extraction, i: int, **fields) -> None:  # type: ignore[no-untyped-def]
    doc = make_document(f"Step {i} of the tie.", id=f"s{i}", published=date(2020, 1, 1) + timedelta(days=i % 900))
    store.save(make_extraction(doc, [], [make_relation(**fields)]))


def _as_schema_1(store) -> None:  # type: ignore[no-untyped-def]
    """Turn a store back into what realpolitik wrote before schema 2: the history as JSON on each tie."""
    by_id = {}
    with store.reader() as conn:
        for rel_id in [r[0] for r in conn.execute(text("SELECT id FROM relations"))]:
            rows = conn.execute(text("SELECT status, date, doc_id, rule FROM relation_steps WHERE relation_id = :r "
                                     "ORDER BY id"), {"r": rel_id}).all()
            by_id[rel_id] = [{"status": s, "date": str(d) if d else None, "doc_id": doc, **({"rule": r} if r else {})}
                             for s, d, doc, r in rows]
    with store.engine.begin() as conn:
        conn.execute(text("ALTER TABLE relations ADD COLUMN history JSON NOT NULL DEFAULT '[]'"))
        for rel_id, history in by_id.items():
            conn.execute(text("UPDATE relations SET history = :h WHERE id = :r"),
                         {"h": json.dumps(history), "r": rel_id})
        conn.execute(text("ALTER TABLE relations DROP COLUMN tally"))
        conn.execute(text("DROP TABLE relation_steps"))
        conn.execute(text("UPDATE schema_version SET version = 1"))


def test_a_store_of_schema_1_is_upgraded_when_opened(store, store_url, make_document, make_relation,  # type: ignore[no-untyped-def]
                                                     make_extraction) -> None:
    for i, status in enumerate(["proposed", "signed", "in_force", None, "suspended"]):
        _save(store, make_document, make_relation, make_extraction, i, status=status)
    _save(store, make_document, make_relation, make_extraction, 9, a="FRA", b="DEU", status="signed")
    before = list_relations(store)
    _as_schema_1(store)
    store.close()
    with open_store(store_url) as upgraded:
        assert list_relations(upgraded) == before  # the same ties, with the same histories
        _save(upgraded, make_document, make_relation, make_extraction, 10, status="in_force")
        tie = next(r for r in list_relations(upgraded) if r["b"] == "VEN")
        assert tie["status"] == "in_force" and tie["until"] is None and len(tie["history"]) == 6
        with upgraded.reader() as conn:
            assert conn.execute(text("SELECT max(version) FROM schema_version")).scalar() == s.SCHEMA_VERSION


def test_a_mention_costs_the_same_however_long_the_pairs_history(tmp_path, make_document, make_relation,  # type: ignore[no-untyped-def]
                                                                  make_extraction) -> None:
    def seconds(store, first: int, n: int = 30) -> float:  # type: ignore[no-untyped-def]
        """Best of three runs of n fresh mentions each (tests/timing.py)."""
        def run(index: int) -> None:
            for i in range(first + index * n, first + (index + 1) * n):
                _save(store, make_document, make_relation, make_extraction, i, status="in_force")
        return best_of_three(run)

    with open_store(f"sqlite:///{tmp_path / 'ledger.db'}") as store:
        early = seconds(store, 0)
        for i in range(100, 3000):  # a busy pair: thousands of steps (schema 1 rewrote them all every time)
            _save(store, make_document, make_relation, make_extraction, i, status="in_force")
        late = seconds(store, 3000)
    assert late < 3 * early, (early, late)

"""Store: schema, idempotent saves, one transaction per document, ledger updates.

The same tests run on SQLite and (with $REALPOLITIK_TEST_PG) on PostgreSQL.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select, text

from realpolitik.errors import StoreError
from realpolitik.ingest import Rejected
from realpolitik.store import SaveResult, open_store
from realpolitik.store import schema as s
from realpolitik.store.steps import histories


def rows(store, table) -> list[dict]:  # type: ignore[no-untyped-def]
    with store.reader() as conn:
        return [dict(r) for r in conn.execute(select(table)).mappings()]


def history(store, relation: dict) -> list[dict]:  # type: ignore[no-untyped-def]
    """The steps of one ledger row, in the order read."""
    with store.reader() as conn:
        return histories(conn, [relation["id"]]).get(relation["id"], [])


def test_schema_and_version(store) -> None:  # type: ignore[no-untyped-def]
    assert store.counts() == {
        "documents": 0,
        "event_mentions": 0,
        "relation_mentions": 0,
        "relations": 0,
        "rejections": 0,
        "runs": 0,
    }
    assert [r["version"] for r in rows(store, s.schema_version)] == [s.SCHEMA_VERSION]


def test_reopen_keeps_data(store_url, make_document, make_extraction) -> None:  # type: ignore[no-untyped-def]
    with open_store(store_url) as first:
        first.save(make_extraction(make_document(id="d1")))
    with open_store(store_url) as second:
        assert second.counts()["documents"] == 1


def test_save_document_events_relations(
    store, make_document, make_event, make_relation, make_extraction
) -> None:  # type: ignore[no-untyped-def]
    doc = make_document(id="d1", url="https://example.org/a", title="T", outlet="ex")
    result = store.save(
        make_extraction(
            doc,
            [
                make_event("d1", date=date(2025, 10, 26), date_precision="day"),
                make_event("d1", "USAMIL", None, cameo="150", plover="MOBILIZE"),
            ],
            [make_relation("VENGOV", "RUS", areas=["Energy", "mining"])],
        )
    )
    assert result == SaveResult(True, None, 2, 1)
    (stored,) = rows(store, s.documents)
    assert stored["content_hash"] == doc.content_hash and stored["published"] == date(2025, 10, 27)
    events = sorted(rows(store, s.event_mentions), key=lambda r: r["id"])
    assert [(e["source_country"], e["target_country"], e["cameo_root"]) for e in events] == [
        ("RUS", "VEN", "05"),
        ("USA", None, "15"),
    ]
    assert events[0]["date"] == date(2025, 10, 26) and events[0]["negated"] is False
    (relation,) = rows(store, s.relations)
    assert (relation["a"], relation["b"], relation["status"]) == ("RUS", "VEN", "in_force")
    assert relation["areas"] == ["energy", "mining"] and relation["since"] == date(2025, 10, 27)


def test_duplicates_are_skipped(store, make_document, make_event, make_extraction) -> None:  # type: ignore[no-untyped-def]
    doc = make_document("Ein Text über Russland.", id="d1", url="https://example.org/a")
    assert store.save(make_extraction(doc, [make_event("d1")])).stored
    again = store.save(make_extraction(doc, [make_event("d1")]))
    assert again == SaveResult(False, "d1", 0, 0)
    # same text, other id and url: same content hash (whitespace and case do not count)
    same_text = make_document("ein  Text über\nRussland.", id="d2")
    assert store.save(make_extraction(same_text)).duplicate_of == "d1"
    # same id, other text
    assert store.save(make_extraction(make_document("Anders.", id="d1"))).duplicate_of == "d1"
    # same url, other text
    assert (
        store.save(make_extraction(make_document("Neu.", id="d3", url="https://example.org/a"))).duplicate_of
        == "d1"
    )
    assert store.counts()["documents"] == 1 and store.counts()["event_mentions"] == 1
    assert store.find_duplicate(make_document("Ganz neu.", id="d9")) is None


def test_a_runs_lookups_see_what_is_stored_after_they_were_opened(store, make_document, make_extraction) -> None:  # type: ignore[no-untyped-def]
    """One read connection for a whole run (SQLite) must answer from the latest commit, not from when it opened:
    a page stored by the writer half-way through the run is a duplicate for the pages after it."""
    from realpolitik.ingest import neardup

    words = " ".join(f"Wort{i}" for i in range(60))
    first = make_document(f"Russland und Venezuela. {words}", id="r1", url="https://example.org/r1")
    copy = make_document(f"Russland und Venezuela. {words} Ende.", id="r2")
    bands = neardup.band_keys(first.text)
    with store.run_lookups() as view:
        assert view.find_duplicate(first) is None
        assert neardup.find_original(view, copy.text, neardup.band_keys(copy.text)) is None
        assert store.save(make_extraction(first), bands=bands).stored  # committed on another connection
        assert view.find_duplicate(first) == "r1"
        assert neardup.find_original(view, copy.text, neardup.band_keys(copy.text))[0] == "r1"
        with store.lookups() as fresh:  # the same answers as a connection opened per document
            assert fresh.find_duplicate(first) == "r1"


def test_refused_value_leaves_nothing_partial(
    store, make_document, make_event, make_relation, make_extraction
) -> None:  # type: ignore[no-untyped-def]
    good = make_event("d1")
    bad = make_event("d1", goldstein=99.0)  # outside -10..10: the database refuses it
    doc = make_document(id="d1")
    with pytest.raises(StoreError, match="d1"):
        store.save(make_extraction(doc, [good, bad], [make_relation()]))
    assert store.counts() == {
        "documents": 0,
        "event_mentions": 0,
        "relation_mentions": 0,
        "relations": 0,
        "rejections": 0,
        "runs": 0,
    }
    # the same document saves fine once fixed, and the store is usable
    assert store.save(make_extraction(doc, [good], [make_relation()])).stored


def test_a_refused_value_in_a_writers_batch_costs_its_document_only(
    store, make_document, make_event, make_relation, make_extraction
) -> None:  # type: ignore[no-untyped-def]
    """The writer gathers a batch's rows into one executemany per table; a value the database refuses fails
    that attempt as a whole, and the batch is saved again a document per savepoint: the others stored once."""
    from realpolitik.engines.base import Outcome
    from realpolitik.engines.writer import StoreWriter

    docs = [make_document(f"Text {i}.", id=f"d{i}") for i in range(3)]
    extractions = [
        make_extraction(docs[0], [make_event("d0")], [make_relation(status="signed", doc_id="d0")]),
        make_extraction(docs[1], [make_event("d1", goldstein=99.0)]),  # outside -10..10: refused
        make_extraction(docs[2], [], [make_relation(status="in_force", doc_id="d2")]),
    ]
    outcomes = [Outcome(doc, extraction=extraction) for doc, extraction in zip(docs, extractions, strict=True)]
    writer = StoreWriter(store)
    writer.put(object(), outcomes)
    writer.flush()
    assert [o.label for o in outcomes] == ["stored", "failed", "stored"]
    assert writer.summary["stored"] == 2 and writer.summary["rejected"]["failed"] == 1
    counts = store.counts()
    assert counts["documents"] == 2 and counts["event_mentions"] == 1 and counts["relation_mentions"] == 2
    (relation,) = rows(store, s.relations)
    assert relation["status"] == "in_force" and len(history(store, relation)) == 2
    # and a batch without a fault is written gathered, with the same rows
    more = [make_document(f"More {i}.", id=f"m{i}") for i in range(2)]
    writer.put(object(), [Outcome(d, extraction=make_extraction(d, [make_event(d.id)], [make_relation(doc_id=d.id)]))
                          for d in more])
    writer.flush()
    counts = store.counts()
    assert counts["documents"] == 4 and counts["event_mentions"] == 3 and counts["relation_mentions"] == 4
    assert len(history(store, rows(store, s.relations)[0])) == 4


def test_failure_in_ledger_update_rolls_back(store, make_document, make_relation, make_extraction) -> None:  # type: ignore[no-untyped-def]
    store.save(make_extraction(make_document("Erster.", id="d1"), [], [make_relation(status="signed")]))
    bad = make_relation(status="frozen")  # not a status: the CHECK constraint refuses the mention
    with pytest.raises(StoreError):
        store.save(
            make_extraction(make_document("Zweiter.", id="d2"), [], [make_relation(status="in_force"), bad])
        )
    (relation,) = rows(store, s.relations)
    assert relation["status"] == "signed" and len(history(store, relation)) == 1
    assert store.counts()["documents"] == 1 and store.counts()["relation_mentions"] == 1


def test_ledger_merges_across_documents(store, make_document, make_relation, make_extraction) -> None:  # type: ignore[no-untyped-def]
    def save(doc_id: str, published: date, *relations) -> None:  # type: ignore[no-untyped-def]
        store.save(
            make_extraction(
                make_document(f"Text {doc_id}", id=doc_id, published=published), [], list(relations)
            )
        )

    save("d1", date(2024, 5, 1), make_relation("RUS", "VEN", status="proposed", areas=["energy"]))
    save("d2", date(2025, 10, 27), make_relation("VEN", "RUSGOV", status="signed", areas=["security"]))
    save("d3", date(2025, 11, 2), make_relation("RUS", "VEN", status="proposed"))  # does not demote
    save("d4", date(2025, 12, 1), make_relation("RUS", "VEN", status="in_force", since=date(2025, 11, 15)))
    (relation,) = rows(store, s.relations)
    assert relation["status"] == "in_force"
    assert relation["since"] == date(2025, 10, 27)
    assert relation["areas"] == ["energy", "security"]
    assert relation["first_doc"] == "d1" and relation["last_doc"] == "d4"
    save("d5", date(2026, 3, 1), make_relation("RUS", "VEN", status="suspended"))
    (relation,) = rows(store, s.relations)
    assert relation["status"] == "suspended" and relation["until"] == date(2026, 3, 1)
    assert [h["status"] for h in history(store, relation)] == [
        "proposed",
        "signed",
        "proposed",
        "in_force",
        "suspended",
    ]
    assert store.counts()["relation_mentions"] == 5


def test_a_gathered_batch_stores_what_saves_one_by_one_store(
    store, make_document, make_relation, make_extraction
) -> None:  # type: ignore[no-untyped-def]
    """A gathering batch answers "stored already?" and "the tie's row" from what it read once and what it
    saved itself: duplicates inside the batch and a tie mentioned by several of its documents come out as
    one save per document gives them."""
    def extractions():  # type: ignore[no-untyped-def]
        def doc(doc_id: str, text: str, day: date, url: str | None = None):  # type: ignore[no-untyped-def]
            return make_document(text, id=doc_id, published=day, url=url)

        return [
            make_extraction(doc("d1", "First.", date(2024, 5, 1)), [],
                            [make_relation("RUS", "VEN", status="proposed", areas=["energy"])]),
            make_extraction(doc("d2", "Second.", date(2025, 10, 27), "https://x.test/2"), [],
                            [make_relation("VEN", "RUSGOV", status="signed", areas=["security"]),
                             make_relation("CHN", "VEN", status="signed")]),
            make_extraction(doc("d3", "First.", date(2025, 11, 2)), [], [make_relation("RUS", "VEN")]),  # same text
            make_extraction(doc("d2", "Other.", date(2025, 11, 3)), [], []),  # same id
            make_extraction(doc("d5", "Fifth.", date(2025, 11, 4), "https://x.test/2"), [], []),  # same URL
            make_extraction(doc("d6", "Sixth.", date(2026, 3, 1)), [],
                            [make_relation("RUS", "VEN", status="suspended"), make_relation("CHN", "VEN")]),
        ]

    def ties(target) -> list[tuple]:  # type: ignore[no-untyped-def]
        return sorted((r["a"], r["b"], r["status"], r["since"], r["until"], tuple(r["areas"]), r["first_doc"],
                       r["last_doc"], tuple(h["status"] for h in history(target, r)))
                      for r in rows(target, s.relations))

    one_by_one = [store.save(x).stored for x in extractions()]
    expected = ties(store)
    with store.engine.begin() as conn:  # start again, from a store holding one other document
        for table in (s.relation_steps, s.relation_mentions, s.relations, s.documents):
            conn.execute(table.delete())
    store.save(make_extraction(make_document("Stored before.", id="d0"), [], []))
    with store.batch(gather=True) as batch:
        batch.expect(extractions())
        in_batch = [batch.save(x).stored for x in extractions()]
    assert in_batch == one_by_one == [True, True, False, False, False, True]
    assert ties(store) == expected
    assert store.counts()["documents"] == 4 and store.counts()["relation_mentions"] == 5


def test_rejections_and_runs(store) -> None:  # type: ignore[no-untyped-def]
    run_id = store.start_run()
    store.record_rejection(Rejected("a.pdf", "binary", "binary file"))
    store.finish_run({"stored": 3, "rejected": {"binary": 1}})
    (rejection,) = rows(store, s.rejections)
    assert (rejection["origin"], rejection["reason"], rejection["run_id"]) == ("a.pdf", "binary", run_id)
    (run,) = rows(store, s.runs)
    assert run["finished"] is not None and run["counts"] == {"stored": 3, "rejected": {"binary": 1}}
    with pytest.raises(StoreError):
        store.finish_run({})


def test_sqlite_pragmas(tmp_path) -> None:  # type: ignore[no-untyped-def]
    store = open_store(str(tmp_path / "plain-path.db"))  # a plain path is accepted
    with store.reader() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 1000
    store.close()
    assert (tmp_path / "plain-path.db").exists()


_OPEN_NEW_FILES = """
import json, sys, time
from realpolitik.store.engine import make_engine, resolve_url
folder, start, attempts, step = sys.argv[1], float(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
modes = []
for attempt in range(attempts):
    engine = make_engine(resolve_url(f"{folder}/new-{attempt}.db"))
    time.sleep(max(0.0, start + attempt * step - time.time()))  # every process at the same moment
    try:
        with engine.connect() as conn:
            modes.append(str(conn.exec_driver_sql("PRAGMA journal_mode").scalar()))
    except Exception as exc:
        modes.append(repr(exc))
    engine.dispose()
print(json.dumps(modes))
"""


def test_processes_opening_a_new_file_at_once_all_get_wal(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The workers of one run open a new store together; SQLite refused one of six switches to WAL in about
    one try in five with "database is locked", without waiting out the busy timeout (CI failed on it). Plain
    processes, not forks of this one: a fork of a test process that holds Ray's threads may hang."""
    attempts, step = 25, 0.12
    start = time.time() + 3.0  # after every interpreter has imported the store
    command = [sys.executable, "-c", _OPEN_NEW_FILES, str(tmp_path), str(start), str(attempts), str(step)]
    processes = [subprocess.Popen(command, stdout=subprocess.PIPE, text=True) for _ in range(6)]
    answers = [json.loads(process.communicate(timeout=120)[0]) for process in processes]
    assert answers == [["wal"] * attempts] * len(processes)


def test_a_new_sqlite_file_gets_the_schema_create_all_makes(tmp_path: Path) -> None:
    """A new SQLite store is made from statements compiled once per process (issue 13: ~8 ms a store): the same
    tables, indexes, constraints, triggers and version as `metadata.create_all` and the upgrades make, and opened
    again it is left as it is."""
    import sqlite3

    def schema(name: str, holding: str | None = None) -> list[tuple]:
        path = tmp_path / f"{name}.db"
        if holding is not None:  # a file that holds a table already is given the schema the long way, create_all
            with sqlite3.connect(path) as raw:
                raw.execute(f"CREATE TABLE {holding} (x INTEGER)")
        open_store(f"sqlite:///{path}").close()
        open_store(f"sqlite:///{path}").close()
        with sqlite3.connect(path) as raw:
            return sorted(row for row in raw.execute("SELECT type, name, tbl_name, sql FROM sqlite_master")
                          if row[2] != holding) + raw.execute("SELECT version FROM schema_version").fetchall()

    first, again = schema("first"), schema("again")  # the second compiled nothing
    assert first == again == schema("create_all", holding="kept_before")
    assert len(first) > 40


def test_default_url_from_environment(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("REALPOLITIK_DB", f"sqlite:///{tmp_path / 'env.db'}")
    open_store().close()
    assert (tmp_path / "env.db").exists()
    monkeypatch.delenv("REALPOLITIK_DB")
    monkeypatch.chdir(tmp_path)
    open_store().close()
    assert (tmp_path / "realpolitik.db").exists()


@pytest.mark.parametrize(
    ("url", "hint"),
    [
        ("mysql://u@h/db", "unsupported database"),
        ("sqlite:////no/such/folder/x.db", "does not exist"),
        ("postgresql://u:secret@127.0.0.1:1/db", "server"),
        ("oracle+nonsense://x", "unsupported"),
    ],
)
def test_bad_urls_say_what_to_do(url: str, hint: str) -> None:
    with pytest.raises(StoreError, match=hint) as info:
        open_store(url)
    assert "secret" not in str(info.value)


def test_foreign_keys_enforced(store) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import insert
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), store.engine.begin() as conn:
        conn.execute(
            insert(s.event_mentions).values(
                doc_id="nope",
                cameo="010",
                cameo_root="01",
                evidence="x",
                evidence_start=0,
                evidence_end=1,
                rule="r",
                ruleset_version="v",
                confidence=0.5,
                negated=False,
                modality="asserted",
            )
        )


def test_default_sorts_are_read_from_an_index(store) -> None:  # type: ignore[no-untyped-def]
    # "newest first" and "oldest first" (NULLs last in both) must walk an index, not sort every event.
    from sqlalchemy import text as sql_text

    from realpolitik.export.selection import EventFilter, event_query

    with store.reader() as conn:
        for sort in ("-date", "date" if store.dialect == "postgresql" else "-date"):
            query = event_query(EventFilter(), sort).limit(50)
            sql = str(query.compile(conn, compile_kwargs={"literal_binds": True}))
            if store.dialect == "postgresql":
                conn.execute(sql_text("SET LOCAL enable_seqscan = off"))
                conn.execute(sql_text("SET LOCAL enable_sort = off"))  # a sort would be chosen only if no index serves
                plan = " ".join(r[0] for r in conn.execute(sql_text("EXPLAIN " + sql)))
                assert "Index Scan" in plan and "Sort" not in plan.replace("Sort Key", ""), plan
            else:
                plan = " ".join(str(r[-1]) for r in conn.execute(sql_text("EXPLAIN QUERY PLAN " + sql)))
                assert "ix_events_when" in plan and "TEMP B-TREE" not in plan, plan


def test_sqlite_batches_write_through_the_driver_the_rows_sqlalchemy_writes(
    tmp_path, monkeypatch, make_document, make_event, make_relation, make_extraction
) -> None:  # type: ignore[no-untyped-def]
    """On SQLite a gathering batch sends its inserts and updates to the driver as compiled once (issue 13: the
    writer's CPU); the files hold, byte for byte, what SQLAlchemy's executemany writes: dates, times, JSON,
    booleans, NULLs, new ties and their updates across batches, band keys, a near-duplicate."""
    import sqlite3

    from realpolitik.store import rows as rows_module
    from realpolitik.store import store as store_module

    for module in (store_module, rows_module):
        monkeypatch.setattr(module, "utc_now", lambda: datetime(2026, 12, 1, 18, 30, 5, 123456, tzinfo=UTC))

    def batches() -> list[list]:  # type: ignore[no-untyped-def]
        def doc(doc_id: str, text: str, **fields):  # type: ignore[no-untyped-def]
            return make_document(text, id=doc_id, **fields)

        first = [
            make_extraction(doc("d1", "Eins.", url="https://x.test/1", title="Erster"),
                            [make_event("d1", negated=True, date=date(2025, 10, 1), date_precision="day"),
                             make_event("d1", None, "VENGOV", modality="reported", goldstein=-2.5)],
                            [make_relation(status="signed", areas=["Energy ", "security"], since=date(2025, 9, 1))]),
            make_extraction(doc("d2", "Zwei.", published=None), [],
                            [make_relation("CHN", "VEN", status=None), make_relation("VEN", "VEN")]),
        ]
        second = [
            make_extraction(doc("d3", "Drei.", outlet="Zeitung"), [make_event("d3", "CHNGOV", "RUSGOV")],
                            [make_relation(status="in_force"), make_relation("CHN", "VEN", status="suspended")]),
        ]
        return [first, second]

    def write(path, plain: bool) -> dict[str, list[tuple]]:  # type: ignore[no-untyped-def]
        store = open_store(f"sqlite:///{path}")
        assert store._plain_writes is not None
        if not plain:
            store._plain_writes = None
        for n, extractions in enumerate(batches()):
            with store.batch(gather=True) as batch:
                batch.expect(extractions)
                for x in extractions:
                    assert batch.save(x, bands=[n * 10 + 1, n * 10 + 2]).stored
        near = make_extraction(make_document("Eins!", id="d4"), [], [])
        with store.batch(gather=True) as batch:
            assert batch.save(near, duplicate_of="d1", bands=[1, 2]).near_duplicate_of == "d1"
        if plain:  # the driver wrote them: documents, bands, events, mentions, steps, new ties, their updates
            compiled = {(statement.table.name, statement.is_update)
                        for statement, form in store._plain_writes.forms.values() if form is not None}
            assert compiled >= {(table, False) for table in ("documents", "doc_bands", "event_mentions",
                                                             "relation_mentions", "relation_steps", "relations")}
            assert ("relations", True) in compiled
        store.close()
        with sqlite3.connect(path) as raw:
            return {t: raw.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall()
                    for t in ("documents", "doc_bands", "event_mentions", "relations", "relation_mentions",
                              "relation_steps")}

    plain, sqlalchemy = write(tmp_path / "plain.db", True), write(tmp_path / "sqlalchemy.db", False)
    assert plain == sqlalchemy
    assert len(plain["documents"]) == 4 and len(plain["event_mentions"]) == 3 and len(plain["relations"]) == 2
    assert len(plain["relation_steps"]) == 4 and len(plain["doc_bands"]) == 8


def test_a_driver_batch_writes_many_rows_to_a_statement_the_same_rows_and_search(
    tmp_path, monkeypatch, make_document, make_extraction
) -> None:  # type: ignore[no-untyped-def]
    """A gathering batch on SQLite sends many rows to one INSERT (FTS5 then indexes its documents together,
    not one segment a document: issue 13); cut into statements of any size, or one row an execution, the rows,
    their ids and order, the full-text index's content and its answers are the same."""
    import sqlite3

    from realpolitik.store import plain_sql
    from realpolitik.store import rows as rows_module
    from realpolitik.store import store as store_module

    for module in (store_module, rows_module):
        monkeypatch.setattr(module, "utc_now", lambda: datetime(2026, 12, 1, 18, 30, 5, tzinfo=UTC))
    words = ["Caracas", "Orinoco", "Berlin", "Haushalt", "Peking", "Handel", "Moskau"]

    def write(name: str, most_values: int | None) -> dict[str, list[tuple]]:
        path = tmp_path / f"{name}.db"
        store = open_store(f"sqlite:///{path}")
        if most_values is None:
            store._plain_writes = None  # SQLAlchemy's executemany: one row an execution
        else:
            monkeypatch.setattr(plain_sql, "MAX_VALUES", most_values)
        with store.batch(gather=True) as batch:
            for n, word in enumerate(words):
                doc = make_document(f"Die Zeitung schrieb über {word} und {words[n - 1]}.", id=f"d{n}", title=word)
                assert batch.save(make_extraction(doc), bands=[n, n + 100, n + 200]).stored
        store.close()
        with sqlite3.connect(path) as raw:
            found = {t: raw.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall()
                     for t in ("documents", "doc_bands", "documents_fts")}
            found["search"] = [raw.execute("SELECT doc_id FROM documents_fts WHERE documents_fts MATCH ? "
                                           "ORDER BY rank, doc_id", (w,)).fetchall() for w in words]
        return found

    one_statement, small, each = write("one", 10**6), write("small", 25), write("each", None)
    assert one_statement == small == each
    assert len(each["documents"]) == 7 and len(each["doc_bands"]) == 21 and all(len(h) == 2 for h in each["search"])


def test_a_refused_value_in_a_driver_batch_is_a_store_error(store_url, make_document, make_event,
                                                            make_extraction) -> None:  # type: ignore[no-untyped-def]
    """The driver's own error (sqlite3's, not SQLAlchemy's) fails the batch as a StoreError, nothing kept, so the
    writer redoes it a document per savepoint."""
    store = open_store(store_url)
    try:
        bad = make_extraction(make_document("Eins.", id="d1"), [make_event("d1", goldstein=99.0)])
        with pytest.raises(StoreError, match="not stored"), store.batch(gather=True) as batch:
            batch.save(bad)
        assert store.counts()["documents"] == 0 and store.counts()["event_mentions"] == 0
    finally:
        store.close()

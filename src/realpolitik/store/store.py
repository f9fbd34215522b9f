"""`open_store` and `Store`: saving one document's extraction per transaction.

A document is stored once: its content hash, id or URL already present makes
`save` a no-op that names the stored duplicate. Everything of one document
(text, events, relation mentions, ledger updates) is written in ONE
transaction, so a crash or a refused value leaves no partial document.

Here the store's life (schema, runs, rejections) and what a save decides; the
rows it writes and their statements are `store/rows.py`'s, the questions asked
before it (stored already? a near-duplicate?) `store/lookups.py`'s.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import Connection, func, insert, inspect, select, text, update
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError, SQLAlchemyError
from sqlalchemy.pool import QueuePool
from sqlalchemy.schema import CreateIndex, CreateTable, Index

from realpolitik.errors import MissingStoreError, StoreError
from realpolitik.model import Document, Extraction, Relation
from realpolitik.relations import ledger
from realpolitik.store import migrate
from realpolitik.store import schema as s
from realpolitik.store import search as fts
from realpolitik.store.engine import READ_OPTION, make_engine, resolve_url
from realpolitik.store.lookups import NEAR_CANDIDATES, Lookups, PlainLookups, near_params, plain_for, stored_duplicate
from realpolitik.store.rows import (
    INSERT_BANDS,
    INSERT_DOCUMENT,
    INSERT_EVENTS,
    INSERT_LEDGER,
    INSERT_RELATION_MENTION,
    LEDGER_LOCK,
    LEDGER_ROW,
    UPDATE_LEDGER,
    Rows,
    document_row,
    event_row,
    tie_entry,
    tie_values,
    utc_now,
)
from realpolitik.store.steps import INSERT_STEP, step_row
from realpolitik.store.version import DataVersion

log = logging.getLogger(__name__)

@dataclass(frozen=True)
class SaveResult:
    """What `Store.save` did: stored, or skipped as a duplicate of an stored document."""

    stored: bool
    duplicate_of: str | None
    events: int
    relations: int
    near_duplicate_of: str | None = None  # stored, linked to this original, without events


def open_store(url: str | None = None, create: bool = True) -> Store:
    """Open the store at `url`, $REALPOLITIK_DB, or ./realpolitik.db; create it if needed and `create`.

    Commands that only read pass `create=False`: a store that does not exist
    is then an error naming where it was looked for, never a new empty store
    that answers every question with nothing.
    """
    parsed = resolve_url(url)
    if not create:
        _check_sqlite_exists(parsed)
    engine = make_engine(parsed)
    store = Store(engine)
    if not create and not store.has_schema():
        store.close()
        raise MissingStoreError(_describe(parsed), "it holds no realpolitik tables")
    store.create_schema()
    return store


def _describe(url) -> str:  # type: ignore[no-untyped-def]
    if url.get_backend_name() == "sqlite":
        return url.database or ":memory:"
    return url.render_as_string(hide_password=True)


def _check_sqlite_exists(url) -> None:  # type: ignore[no-untyped-def]
    """SQLite creates a missing file on connect: look before connecting."""
    database = url.database
    if url.get_backend_name() != "sqlite" or not database or database == ":memory:" or database.startswith("file:"):
        return
    path = Path(database).expanduser()
    if not path.is_file() or path.stat().st_size == 0:
        raise MissingStoreError(database, "no such file")


class Store:
    """A realpolitik database. Use `open_store`; close it (or use `with`) when done."""

    def __init__(self, engine) -> None:  # type: ignore[no-untyped-def]
        self.engine = engine
        self.url = engine.url.render_as_string(hide_password=True)
        self.dialect = engine.dialect.name
        self.run_id: int | None = None
        self.version = DataVersion(engine)  # changes at every commit; a server keeps answers under it (web/cache.py)
        # SQLite: a worker's two questions per document go to the driver as they are (see `lookups`), and so do a
        # gathering batch's inserts and updates (see `PlainWrites`); both compiled once per process (`plain_for`)
        plain = self.dialect == "sqlite" and engine.dialect.paramstyle == "qmark"
        self._plain, self._plain_writes = plain_for(engine.dialect) if plain else (None, None)

    # -- lifecycle ---------------------------------------------------------

    def create_schema(self) -> None:
        """Create missing tables, upgrade a store of an older schema version (store/migrate.py), check it."""
        try:
            fresh = self._created_fresh()
            if not fresh:
                s.metadata.create_all(self.engine)
            with self.engine.begin() as conn:
                if not fresh:
                    self._add_missing_columns(conn)
                fts.create_search_index(conn, self.dialect)
                for ddl in s.POSTGRES_INDEXES if self.dialect == "postgresql" else ():
                    conn.execute(text(ddl))
                found = conn.execute(select(func.max(s.schema_version.c.version))).scalar()
                if found is None or (found < s.SCHEMA_VERSION and migrate.upgrade(conn, found)):
                    conn.execute(insert(s.schema_version).values(version=s.SCHEMA_VERSION, applied_at=utc_now()))
                elif found != s.SCHEMA_VERSION:
                    raise StoreError(
                        f"{self.url} has schema version {found}, this realpolitik writes version "
                        f"{s.SCHEMA_VERSION}; use a matching realpolitik version or a new database"
                    )
        except OperationalError as exc:
            raise self._cannot_open(exc) from None
        except DBAPIError as exc:
            raise StoreError(f"cannot set up the database {self.url}: {exc.orig}") from None

    def _created_fresh(self) -> bool:
        """On an empty SQLite database, run what `metadata.create_all` would, from statements compiled once per
        process (`_fresh_ddl`), in one transaction; False where the database holds tables or is not SQLite."""
        if self.dialect != "sqlite":
            return False
        with self.engine.begin() as conn:  # BEGIN IMMEDIATE: a second process opening the same new file waits
            if conn.exec_driver_sql("SELECT 1 FROM sqlite_master LIMIT 1").first() is not None:
                return False
            for statement in _fresh_ddl(conn.dialect):
                conn.exec_driver_sql(statement)
        return True

    def has_schema(self) -> bool:
        """Whether the database holds realpolitik's tables (False for an empty database)."""
        try:
            with self.engine.connect() as conn:
                return inspect(conn).has_table(s.schema_version.name)
        except OperationalError as exc:
            raise self._cannot_open(exc) from None

    def _cannot_open(self, exc: OperationalError) -> StoreError:
        """The error of a database that cannot be reached, saying what to check."""
        return StoreError(f"cannot open the database {self.url}: {exc.orig}; check the path or that the server "
                          "is running and the user may connect")

    def _add_missing_columns(self, conn: Connection) -> None:
        """Additive upgrade: nullable columns and indexes added to the schema since a database was created."""
        present = {c["name"] for c in inspect(conn).get_columns("documents")}
        if "duplicate_of" not in present:
            conn.execute(text("ALTER TABLE documents ADD COLUMN duplicate_of VARCHAR(255)"))
        # create_all adds no index to a table that exists: those added since (minutes on a big store, once)
        for index in s.event_mentions.indexes:
            conn.execute(CreateIndex(index, if_not_exists=True))
        for name in s.RETIRED_INDEXES:
            conn.execute(text(f"DROP INDEX IF EXISTS {name}"))

    def close(self) -> None:
        self.version.close()
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextmanager
    def reader(self) -> Iterator[Connection]:
        """A read-only connection (on SQLite it does not take the write lock)."""
        with self.engine.connect() as conn:
            conn = conn.execution_options(**{READ_OPTION: True})
            yield conn
            conn.rollback()

    # -- documents -----------------------------------------------------------

    def find_duplicate(self, document: Document, conn: Connection | None = None) -> str | None:
        """The id of a stored document with the same content hash, id or URL, if any.

        Lets a caller skip the (costly) extraction of a document already stored.
        """
        if conn is not None:
            return stored_duplicate(conn, document)
        with self.reader() as reading:
            return stored_duplicate(reading, document)

    def save(
        self, extraction: Extraction, *, duplicate_of: str | None = None, bands: Sequence[int] = ()
    ) -> SaveResult:
        """Store a document with its events and relations in one transaction.

        `duplicate_of` stores the document as a near-duplicate of that original:
        its text is kept (and searchable) but its events and relations are not,
        so one wire story is not counted as many reports. `bands` are its
        near-duplicate index keys (ingest.neardup). Raises StoreError (and
        stores nothing of the document) when the database refuses a value.
        """
        doc = extraction.document
        try:
            with self.engine.begin() as conn:
                result = self._save_in(conn, extraction, duplicate_of, bands)
        except IntegrityError as exc:
            # Another process may have stored the same document in between.
            duplicate = self.find_duplicate(doc)
            if duplicate is not None:
                return SaveResult(False, duplicate, 0, 0)
            raise StoreError(f"document {doc.id} ({doc.origin}) was not stored: {exc.orig}") from None
        except SQLAlchemyError as exc:
            raise StoreError(
                f"document {doc.id} ({doc.origin}) was not stored: {getattr(exc, 'orig', exc)}"
            ) from None
        return result

    @contextmanager
    def batch(self, gather: bool = False) -> Iterator[Batch]:
        """One transaction for many `Batch.save` calls: what lets a single writer keep up with many workers.

        Each document sits in its own savepoint, so a value the database
        refuses costs that document only; a crash leaves whole batches.
        With `gather`, documents have no savepoint and the rows of events,
        mentions, steps and band keys are written when the batch ends, one
        executemany per table (a savepoint and a statement per row cost more
        than the rows): a refused value then fails the whole batch, and the
        caller redoes it without `gather` to find the one document at fault.
        """
        try:
            with self.engine.begin() as conn:
                batch = Batch(self, conn, gather)
                yield batch
                batch.rows.write()
        except (SQLAlchemyError, sqlite3.Error) as exc:  # sqlite3's own: a statement of `PlainWrites`
            raise StoreError(f"a batch of documents was not stored: {getattr(exc, 'orig', exc)}") from None

    def _save_in(self, conn: Connection, extraction: Extraction, duplicate_of: str | None,
                 bands: Sequence[int], rows: Rows | None = None) -> SaveResult:
        doc = extraction.document
        rows = rows or Rows(conn)
        duplicate = rows.known_duplicate(doc) if rows.known is not None else self.find_duplicate(doc, conn)
        if duplicate is not None:
            return SaveResult(False, duplicate, 0, 0)
        rows.add(INSERT_DOCUMENT, {**document_row(doc), "duplicate_of": duplicate_of})
        rows.saved(doc)
        if bands:
            rows.add(INSERT_BANDS, [{"band_key": k, "doc_id": doc.id} for k in set(bands)])
        if duplicate_of is not None:
            return SaveResult(True, None, 0, 0, near_duplicate_of=duplicate_of)
        if extraction.events:
            rows.add(INSERT_EVENTS, [event_row(doc, e) for e in extraction.events])
        for relation in rows.relations_of(extraction):
            self._save_relation(conn, doc, relation, rows=rows)
        log.debug(
            "stored %s: %d events, %d relations", doc.id, len(extraction.events), len(extraction.relations)
        )
        return SaveResult(True, None, len(extraction.events), len(extraction.relations))

    def near_candidates(
        self, bands: Sequence[int], limit: int = 5, min_shared: int = 2, conn: Connection | None = None
    ) -> list[tuple[str, str, str | None]]:
        """(id, text, duplicate_of) of the stored documents sharing most (>= min_shared) band keys."""
        if not bands:
            return []
        params = near_params(bands, limit, min_shared)
        if conn is not None:
            return [(r[0], r[1], r[2]) for r in conn.execute(NEAR_CANDIDATES, params)]
        with self.reader() as reading:
            return [(r[0], r[1], r[2]) for r in reading.execute(NEAR_CANDIDATES, params)]

    @contextmanager
    def lookups(self) -> Iterator[Lookups | PlainLookups]:
        """A worker's questions about one document (stored already? a near-duplicate of a stored one?) on
        one read connection: opening a connection per question cost more than the questions.

        On SQLite they go to the driver's connection outside a transaction (each SELECT reads a snapshot
        of its own; the two need no common one): SQLAlchemy's execution, the BEGIN of a read transaction
        and its rollback cost ~0.6 ms a document, ten times SQLite's answers (issue 13)."""
        if self._plain is not None:
            with self.engine.connect() as conn:
                yield PlainLookups(self._plain, conn.connection.dbapi_connection)
            return
        with self.reader() as conn:
            yield Lookups(self, conn)

    @contextmanager
    def run_lookups(self) -> Iterator[Store | PlainLookups]:
        """What a run of many documents asks its questions through: on SQLite one read connection for all of
        them (checking a connection out of the pool and back per document cost ~0.2 ms, 1 % of an ingest's
        CPU); its SELECTs run outside any transaction, so each reads the latest commit, as a fresh
        connection's would. Elsewhere the store itself, whose `lookups` reads in a transaction per document; so
        too for an in-memory SQLite database, whose one connection per thread the writer shares."""
        if self._plain is None or not isinstance(self.engine.pool, QueuePool):
            yield self
            return
        with self.engine.connect() as conn:
            yield PlainLookups(self._plain, conn.connection.dbapi_connection)

    def search_documents(self, text: str, limit: int = 20) -> list[dict]:
        """Stored articles containing every word of `text` (FTS5 / tsvector), best first."""
        with self.reader() as conn:
            return fts.search_documents(conn, self.dialect, text, limit)

    def _save_relation(self, conn: Connection, doc: Document, relation: Relation,
                       published: date | None = None, rows: Rows | None = None) -> None:
        rows = rows or Rows(conn)
        a, b = ledger.pair_key(relation.a, relation.b)
        relation_id = None
        if a != b:
            relation_id = self._update_ledger(conn, doc, relation, a, b, published, rows)
        else:
            log.warning("%s: relation of %s with itself is kept as a mention only", doc.id, a)
        rows.add(INSERT_RELATION_MENTION, {
            "doc_id": doc.id, "relation_id": relation_id, "a": a, "b": b, "kind": relation.kind,
            "status": relation.status, "since": relation.since,
            "areas": sorted({x.strip().lower() for x in relation.areas if x.strip()}),
            "evidence": relation.evidence, "rule": relation.rule or "",
        })

    def _update_ledger(self, conn: Connection, doc: Document, relation: Relation, a: str, b: str,
                       published: date | None, rows: Rows) -> int:
        """Merge one mention into its tie: the tie's row updated from its tally, one step row appended."""
        key = (a, b, relation.kind)
        known = rows.ties.get(key) if rows.ties is not None else None  # read earlier in this batch: no query
        if known is None and key not in rows.absent:
            if self.dialect == "postgresql":
                # Serialise ledger writers (SQLite is serialised by BEGIN IMMEDIATE already).
                conn.execute(text(LEDGER_LOCK))
            row = conn.execute(LEDGER_ROW, {"a": a, "b": b, "kind": relation.kind}).mappings().first()
            known = (int(row["id"]), tie_entry(row)) if row is not None else None
        relation_id, current = known if known is not None else (None, None)
        merged = ledger.merge(current, relation, published or doc.published, doc.id)
        values = tie_values(merged)
        if relation_id is None:
            rows.write_now(INSERT_DOCUMENT)  # the tie names its first document: that row goes first
            relation_id = rows.insert_one(INSERT_LEDGER, {"a": a, "b": b, "kind": relation.kind,
                                                           "first_doc": merged.first_doc, **values})
            if rows.ties is not None:
                rows.update_tie(relation_id, merged, None)
        elif rows.ties is not None:
            rows.update_tie(relation_id, merged, values)
        else:
            conn.execute(UPDATE_LEDGER, {"row_id": relation_id, **values})
        rows.add(INSERT_STEP, step_row(relation_id, merged.history[-1]))
        return relation_id

    def save_baseline(self, document: Document, steps: list[tuple[Relation, date | None]]) -> bool:
        """Store a dataset record (e.g. one ATOP alliance) as a document with dated ledger steps.

        Each step is (relation, date of the step). Idempotent: a record whose
        document is stored already is skipped (returns False).
        """
        try:
            with self.engine.begin() as conn:
                if self.find_duplicate(document, conn) is not None:
                    return False
                conn.execute(insert(s.documents).values(**document_row(document)))
                for relation, when in steps:
                    self._save_relation(conn, document, relation, when)
        except SQLAlchemyError as exc:
            raise StoreError(f"{document.id} ({document.origin}) was not stored: {getattr(exc, 'orig', exc)}") from None
        return True

    # -- rejections and runs ------------------------------------------------------

    def record_rejection(self, rejected: object) -> None:
        """Keep an ingest rejection (anything with origin, reason, detail)."""
        try:
            with self.engine.begin() as conn:
                conn.execute(
                    insert(s.rejections).values(
                        run_id=self.run_id,
                        origin=str(rejected.origin),  # type: ignore[attr-defined]
                        reason=str(rejected.reason),  # type: ignore[attr-defined]
                        detail=str(rejected.detail),  # type: ignore[attr-defined]
                        at=utc_now(),
                    )
                )
        except SQLAlchemyError as exc:
            raise StoreError(
                f"cannot record the rejection of {rejected}: {getattr(exc, 'orig', exc)}"
            ) from None

    def start_run(self) -> int:
        """Open a run (an ingest batch); later rejections belong to it."""
        with self.engine.begin() as conn:
            result = conn.execute(insert(s.runs).values(started=utc_now()))
            self.run_id = int(result.inserted_primary_key[0])
        return self.run_id

    def finish_run(self, counts: dict, run_id: int | None = None) -> None:
        """Close the run with its counts (stored, duplicates, rejected by reason ...)."""
        target = run_id if run_id is not None else self.run_id
        if target is None:
            raise StoreError("finish_run called without start_run")
        with self.engine.begin() as conn:
            conn.execute(update(s.runs).where(s.runs.c.id == target).values(finished=utc_now(), counts=counts))
        if target == self.run_id:
            self.run_id = None

    def counts(self) -> dict[str, int]:
        """Rows per table: a quick look at what the store holds."""
        tables = (s.documents, s.event_mentions, s.relation_mentions, s.relations, s.rejections, s.runs)
        with self.reader() as conn:
            return {
                t.name: int(conn.execute(select(func.count()).select_from(t)).scalar() or 0) for t in tables
            }


class Batch:
    """Saves documents inside one transaction of `Store.batch`, each as `Store.save` would."""

    def __init__(self, store: Store, conn: Connection, gather: bool = False) -> None:
        self.store = store
        self.conn = conn
        self.rows = Rows(conn, gather, store._plain_writes)

    def expect(self, extractions: Sequence[Extraction]) -> None:
        """What is about to be saved: in a gathering batch, which documents are stored already and the rows of
        the ties they mention are read now, a query each, instead of queries per `save`."""
        if self.rows.kept is None or not extractions:
            return
        self.rows.expect([x.document for x in extractions])
        keys = set()
        for extraction in extractions:
            for relation in self.rows.relations_of(extraction):
                a, b = ledger.pair_key(relation.a, relation.b)
                if a != b:  # as `_save_relation`: a relation of a state with itself has no tie
                    keys.add((a, b, relation.kind))
        self.rows.expect_ties(keys)

    def save(self, extraction: Extraction, *, duplicate_of: str | None = None, bands: Sequence[int] = ()
             ) -> SaveResult:
        """Store one document in its own savepoint; raises StoreError (nothing of it stored) if refused.
        In a gathering batch, no savepoint: a refusal is the database's error, and fails the batch."""
        doc = extraction.document
        if self.rows.kept is not None:
            return self.store._save_in(self.conn, extraction, duplicate_of, bands, self.rows)
        try:
            with self.conn.begin_nested():
                return self.store._save_in(self.conn, extraction, duplicate_of, bands)
        except SQLAlchemyError as exc:
            duplicate = self.store.find_duplicate(doc, self.conn) if isinstance(exc, IntegrityError) else None
            if duplicate is not None:
                return SaveResult(False, duplicate, 0, 0)
            raise StoreError(f"document {doc.id} ({doc.origin}) was not stored: {getattr(exc, 'orig', exc)}") from None


#: (dialect class, server version) → the CREATE TABLE and CREATE INDEX statements of the schema, in the order
#: `metadata.create_all` runs them. Compiling them cost every new store ~8 ms of CPU, as much as the ingest of
#: a page: the bench's paired reading opens a store per 100 pages (issue 13).
_FRESH_DDL: dict[tuple[type, object], tuple[str, ...]] = {}


def _fresh_ddl(dialect) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
    """The statements that create the schema in an empty database of `dialect`, compiled on first use."""
    key = (type(dialect), dialect.server_version_info)
    found = _FRESH_DDL.get(key)
    if found is None:
        found = _FRESH_DDL[key] = tuple(
            str(ddl.compile(dialect=dialect)).strip() for table in s.metadata.sorted_tables
            for ddl in (CreateTable(table), *(CreateIndex(i) for i in sorted(table.indexes, key=_index_name))))
    return found


def _index_name(index: Index) -> str:
    return str(index.name)

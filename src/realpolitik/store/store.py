"""`open_store` and `Store`: saving one document's extraction per transaction.

A document is stored once: its content hash, id or URL already present makes
`save` a no-op that names the stored duplicate. Everything of one document
(text, events, relation mentions, ledger updates) is written in ONE
transaction, so a crash or a refused value leaves no partial document.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import Connection, Executable, bindparam, func, insert, inspect, or_, select, text, tuple_, update
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError, SQLAlchemyError
from sqlalchemy.pool import QueuePool
from sqlalchemy.schema import CreateIndex, CreateTable, Index

from realpolitik.codes import country_of
from realpolitik.errors import MissingStoreError, StoreError
from realpolitik.model import Document, Event, Extraction, Relation
from realpolitik.relations import ledger
from realpolitik.relations.from_events import relations_from_events
from realpolitik.store import migrate
from realpolitik.store import schema as s
from realpolitik.store import search as fts
from realpolitik.store.engine import READ_OPTION, make_engine, resolve_url
from realpolitik.store.plain_sql import PlainStatement, PlainWrites
from realpolitik.store.steps import INSERT_STEP, step_row
from realpolitik.store.version import DataVersion

log = logging.getLogger(__name__)

# Statements built once: building a statement and its cache key costs more than SQLite's answer to it
# (an ingest runs each of them once or more per document). Values go in as parameters.
_d, _b, _r = s.documents, s.doc_bands, s.relations
_FIND_DUPLICATE = select(_d.c.id).where(or_(_d.c.content_hash == bindparam("hash"), _d.c.id == bindparam("doc_id"),
                                            _d.c.url == bindparam("url"))).limit(1)  # url NULL matches nothing
_SHARED = func.count().label("shared")
_BEST_SHARING = (select(_b.c.doc_id, _SHARED).where(_b.c.band_key.in_(bindparam("keys", expanding=True)))
                 .group_by(_b.c.doc_id).having(bindparam("min_shared") <= _SHARED)
                 .order_by(_SHARED.desc(), _b.c.doc_id).limit(bindparam("limit")).subquery())
_NEAR_CANDIDATES = select(_d.c.id, _d.c.text, _d.c.duplicate_of).join(_BEST_SHARING, _BEST_SHARING.c.doc_id == _d.c.id)
_INSERT_DOCUMENT = insert(_d)
_INSERT_BANDS = insert(_b)
_INSERT_EVENTS = insert(s.event_mentions)
_INSERT_RELATION_MENTION = insert(s.relation_mentions)
_LEDGER_ROW = select(_r).where(_r.c.a == bindparam("a"), _r.c.b == bindparam("b"), _r.c.kind == bindparam("kind"))
_INSERT_LEDGER = insert(_r)
_TIES_AMONG = select(_r).where(tuple_(_r.c.a, _r.c.b, _r.c.kind).in_(bindparam("keys", expanding=True)))
_LEDGER_LOCK = "SELECT pg_advisory_xact_lock(7061626)"
_STORED_AMONG = select(_d.c.id, _d.c.content_hash, _d.c.url).where(or_(
    _d.c.content_hash.in_(bindparam("hashes", expanding=True)), _d.c.id.in_(bindparam("ids", expanding=True)),
    _d.c.url.in_(bindparam("urls", expanding=True))))
_UPDATE_LEDGER = update(_r).where(_r.c.id == bindparam("row_id"))


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


def utc_now() -> datetime:
    return datetime.now(UTC)


class Store:
    """A realpolitik database. Use `open_store`; close it (or use `with`) when done."""

    def __init__(self, engine) -> None:  # type: ignore[no-untyped-def]
        self.engine = engine
        self.url = engine.url.render_as_string(hide_password=True)
        self.dialect = engine.dialect.name
        self.run_id: int | None = None
        self.version = DataVersion(engine)  # changes at every commit; a server keeps answers under it (web/cache.py)
        # SQLite: a worker's two questions per document go to the driver as they are (see `lookups`), and so do a
        # gathering batch's inserts and updates (see `PlainWrites`); both compiled once per process (`_plain_for`)
        plain = self.dialect == "sqlite" and engine.dialect.paramstyle == "qmark"
        self._plain, self._plain_writes = _plain_for(engine.dialect) if plain else (None, None)

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
            return _stored_duplicate(conn, document)
        with self.reader() as reading:
            return _stored_duplicate(reading, document)

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
        rows.add(_INSERT_DOCUMENT, {**_document_row(doc), "duplicate_of": duplicate_of})
        rows.saved(doc)
        if bands:
            rows.add(_INSERT_BANDS, [{"band_key": k, "doc_id": doc.id} for k in set(bands)])
        if duplicate_of is not None:
            return SaveResult(True, None, 0, 0, near_duplicate_of=duplicate_of)
        if extraction.events:
            rows.add(_INSERT_EVENTS, [_event_row(doc, e) for e in extraction.events])
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
        params = _near_params(bands, limit, min_shared)
        if conn is not None:
            return [(r[0], r[1], r[2]) for r in conn.execute(_NEAR_CANDIDATES, params)]
        with self.reader() as reading:
            return [(r[0], r[1], r[2]) for r in reading.execute(_NEAR_CANDIDATES, params)]

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
        rows.add(_INSERT_RELATION_MENTION, {
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
                conn.execute(text(_LEDGER_LOCK))
            row = conn.execute(_LEDGER_ROW, {"a": a, "b": b, "kind": relation.kind}).mappings().first()
            known = (int(row["id"]), _tie_entry(row)) if row is not None else None
        relation_id, current = known if known is not None else (None, None)
        merged = ledger.merge(current, relation, published or doc.published, doc.id)
        values = _tie_values(merged)
        if relation_id is None:
            rows.write_now(_INSERT_DOCUMENT)  # the tie names its first document: that row goes first
            relation_id = rows.insert_one(_INSERT_LEDGER, {"a": a, "b": b, "kind": relation.kind,
                                                           "first_doc": merged.first_doc, **values})
            if rows.ties is not None:
                rows.update_tie(relation_id, merged, None)
        elif rows.ties is not None:
            rows.update_tie(relation_id, merged, values)
        else:
            conn.execute(_UPDATE_LEDGER, {"row_id": relation_id, **values})
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
                conn.execute(insert(s.documents).values(**_document_row(document)))
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


class Lookups:
    """`find_duplicate` and `near_candidates` of `Store.lookups`, on its one read connection."""

    def __init__(self, store: Store, conn: Connection) -> None:
        self.store = store
        self.conn = conn

    def find_duplicate(self, document: Document) -> str | None:
        return self.store.find_duplicate(document, self.conn)

    def near_candidates(self, bands: Sequence[int], limit: int = 5, min_shared: int = 2
                        ) -> list[tuple[str, str, str | None]]:
        return self.store.near_candidates(bands, limit, min_shared, conn=self.conn)


class _PlainLookups:
    """`Lookups`' two statements compiled for SQLite's driver."""

    def __init__(self, dialect) -> None:  # type: ignore[no-untyped-def]
        self.duplicate = PlainStatement(_FIND_DUPLICATE, dialect)
        self.near = PlainStatement(_NEAR_CANDIDATES, dialect)


class PlainLookups:
    """`Lookups` on SQLite's own connection: the same statements and answers, without SQLAlchemy's execution."""

    def __init__(self, plain: _PlainLookups, dbapi) -> None:  # type: ignore[no-untyped-def]
        self.plain = plain
        self.dbapi = dbapi

    def find_duplicate(self, document: Document) -> str | None:
        sql, values = self.plain.duplicate(_duplicate_params(document))
        row = self.dbapi.execute(sql, values).fetchone()
        return row[0] if row is not None else None

    def near_candidates(self, bands: Sequence[int], limit: int = 5, min_shared: int = 2
                        ) -> list[tuple[str, str, str | None]]:
        if not bands:
            return []
        sql, values = self.plain.near(_near_params(bands, limit, min_shared))
        return [(r[0], r[1], r[2]) for r in self.dbapi.execute(sql, values)]


#: dialect class → the driver's forms of the lookups and writes, shared by every store of the process: an ingest
#: opens a store, and compiling them anew cost every run ~5 ms of CPU (issue 13: the paired bench runs one per
#: 100 pages). A form depends on the statement and the dialect's class only.
_PLAIN_FORMS: dict[type, tuple[_PlainLookups, PlainWrites]] = {}


def _plain_for(dialect) -> tuple[_PlainLookups, PlainWrites]:  # type: ignore[no-untyped-def]
    """The lookups and writes compiled for `dialect`'s driver, made on first use."""
    found = _PLAIN_FORMS.get(type(dialect))
    if found is None:
        found = _PLAIN_FORMS[type(dialect)] = (_PlainLookups(dialect), PlainWrites(dialect))
    return found


class Rows:
    """Rows for insert statements: written at once, or (`gather`) kept and written at the end of a batch,
    one executemany per statement.

    A gathering batch also answers, without a query per document, what `_save_in` asks the database
    otherwise: whether a document is stored already (`known`: the stored documents that share a hash,
    id or URL with the batch's, read in one query by `expect`, and the batch's own), and a tie's row
    (`ledger`: each tie read once per batch; its row updated once, at the end).
    """

    def __init__(self, conn: Connection, gather: bool = False, plain: PlainWrites | None = None) -> None:
        self.conn = conn
        # a gathering batch on SQLite writes through the driver's connection (its transaction is the batch's)
        self.plain = plain if gather else None
        self.dbapi = conn.connection.dbapi_connection if self.plain is not None else None
        self.kept: dict[int, tuple[Executable, list[dict]]] | None = {} if gather else None
        self.known: dict[tuple[str, str], str] | None = {} if gather else None
        self.expected: set[str] = set()  # ids of the documents `expect` asked about
        self.ties: dict[tuple[str, str, str], tuple[int, ledger.LedgerEntry]] | None = {} if gather else None
        self.tie_updates: dict[int, dict] = {}
        self.absent: set[tuple[str, str, str]] = set()  # ties `expect_ties` found not stored
        # id(extraction) → (extraction, the relations it adds): listed once for `expect` and `_save_in`
        self.relations: dict[int, tuple[Extraction, list[Relation]]] = {}

    def relations_of(self, extraction: Extraction) -> list[Relation]:
        """`_relations_to_save(extraction)`, listed once per batch (the extraction is kept with them, so
        its id stays its own)."""
        kept = self.relations.get(id(extraction))
        if kept is None or kept[0] is not extraction:
            kept = self.relations[id(extraction)] = (extraction, _relations_to_save(extraction))
        return kept[1]

    def add(self, statement: Executable, rows: dict | list[dict]) -> None:
        if self.kept is None:
            self.conn.execute(statement, rows)
            return
        kept = self.kept.setdefault(id(statement), (statement, []))[1]
        kept.extend(rows) if isinstance(rows, list) else kept.append(rows)

    def write_now(self, statement: Executable) -> None:
        """Write the rows kept for `statement` now (rows written later may refer to them); its place in the
        order of writing stays."""
        if self.kept and id(statement) in self.kept and self.kept[id(statement)][1]:
            self.execute(statement, self.kept[id(statement)][1])
            self.kept[id(statement)][1].clear()

    def write(self) -> None:
        """Write what is kept (nothing where rows were written at once), then the ties' last states."""
        for statement, rows in (self.kept or {}).values():
            if rows:
                self.execute(statement, rows)
        if self.kept:
            self.kept.clear()
        if self.tie_updates:
            self.execute(_UPDATE_LEDGER, list(self.tie_updates.values()))
            self.tie_updates.clear()
        if self.ties:
            self.ties.clear()
        self.absent.clear()
        self.relations.clear()

    def execute(self, statement: Executable, rows: list[dict]) -> None:
        """`conn.execute(statement, rows)`: through `PlainWrites` where it can, the same rows written."""
        if self.plain is None or not self.plain.executemany(self.dbapi, statement, rows):
            self.conn.execute(statement, rows)

    def insert_one(self, statement: Executable, row: dict) -> int:
        """Insert one row and return its new primary key (the ledger's new tie)."""
        if self.plain is not None:
            found = self.plain.form(statement, tuple(row))
            if found is not None:
                return int(self.dbapi.execute(found[0], found[1](row)).lastrowid)
        return int(self.conn.execute(statement, row).inserted_primary_key[0])

    def expect(self, documents: Sequence[Document]) -> None:
        """Read at once which of `documents` are stored already (by hash, id or URL), for `known_duplicate`."""
        hashes = sorted({d.content_hash for d in documents})
        ids = sorted({d.id for d in documents})
        urls = sorted({d.url for d in documents if d.url}) or [""]  # an empty IN () is not SQL everywhere
        assert self.known is not None, "only a gathering batch expects documents"
        self.expected.update(ids)
        for doc_id, content_hash, url in self.conn.execute(_STORED_AMONG, {"hashes": hashes, "ids": ids,
                                                                             "urls": urls}):
            self._know(doc_id, content_hash, url)

    def expect_ties(self, keys: set[tuple[str, str, str]]) -> None:
        """Read at once the rows of the ties (a, b, kind) the batch's documents mention."""
        assert self.ties is not None, "only a gathering batch expects ties"
        if not keys:
            return
        if self.conn.dialect.name == "postgresql":
            self.conn.execute(text(_LEDGER_LOCK))  # taken before the ties are read, as `_update_ledger` does
        for row in self.conn.execute(_TIES_AMONG, {"keys": sorted(keys)}).mappings():
            self.ties[(row["a"], row["b"], row["kind"])] = (int(row["id"]), _tie_entry(row))
        self.absent = keys - set(self.ties)

    def known_duplicate(self, document: Document) -> str | None:
        """`Store.find_duplicate` over what `expect` read and the documents of the batch saved so far (the
        database has not seen those yet); a document not expected is looked up in the database too."""
        assert self.known is not None
        for key in (("h", document.content_hash), ("i", document.id), ("u", document.url or "")):
            if key in self.known:
                return self.known[key]
        if document.id in self.expected:
            return None
        return _stored_duplicate(self.conn, document)

    def saved(self, document: Document) -> None:
        if self.known is not None:
            self._know(document.id, document.content_hash, document.url)

    def _know(self, doc_id: str, content_hash: str, url: str | None) -> None:
        assert self.known is not None
        self.known.setdefault(("h", content_hash), doc_id)
        self.known.setdefault(("i", doc_id), doc_id)
        if url:
            self.known.setdefault(("u", url), doc_id)

    def update_tie(self, relation_id: int, merged: ledger.LedgerEntry, values: dict | None) -> None:
        """Keep a tie's state for the batch's next mentions of it, and (`values`) its row's last update."""
        assert self.ties is not None
        # the steps are rows of their own: the kept entry need not grow with the batch
        self.ties[(merged.a, merged.b, merged.kind)] = (relation_id, replace(merged, history=[]))
        if values is not None:
            self.tie_updates[relation_id] = {"row_id": relation_id, **values}


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


def _stored_duplicate(conn: Connection, document: Document) -> str | None:
    """The id of a stored document with `document`'s content hash, id or URL (one query)."""
    return conn.execute(_FIND_DUPLICATE, _duplicate_params(document)).scalar()


def _duplicate_params(document: Document) -> dict:
    return {"hash": document.content_hash, "doc_id": document.id, "url": document.url or None}


def _near_params(bands: Sequence[int], limit: int, min_shared: int) -> dict:
    return {"keys": sorted(set(bands)), "min_shared": min_shared, "limit": limit}


def _relations_to_save(extraction: Extraction) -> list[Relation]:
    """The relations a saved document adds to the ledger: those stated, then those its events imply."""
    return [*extraction.relations, *relations_from_events(extraction.events)]


def _tie_entry(row) -> ledger.LedgerEntry:  # type: ignore[no-untyped-def]
    """A tie's row as the ledger's entry (its steps are rows of their own: no history)."""
    return ledger.LedgerEntry(a=row["a"], b=row["b"], kind=row["kind"], status=row["status"], since=row["since"],
                              until=row["until"], areas=list(row["areas"] or []), first_doc=row["first_doc"],
                              last_doc=row["last_doc"], tally=row["tally"])


def _tie_values(merged: ledger.LedgerEntry) -> dict:
    """The columns of a tie's row that a mention changes."""
    return {
        "status": merged.status,
        "since": merged.since,
        "until": merged.until,
        "areas": merged.areas,
        "tally": merged.tally,
        "last_doc": merged.last_doc,
        "updated_at": utc_now(),
    }


def _document_row(doc: Document) -> dict:
    return {
        "id": doc.id,
        "content_hash": doc.content_hash,
        "url": doc.url,
        "title": doc.title or "",
        "lang": doc.lang,
        "published": doc.published,
        "outlet": doc.outlet,
        "origin": doc.origin,
        "text": doc.text,
        "ingested_at": utc_now(),
    }


def _country(code: str | None) -> str | None:
    return country_of(code.strip().upper()) if code else None


def _event_row(doc: Document, event: Event) -> dict:
    when: date | None = event.date
    return {
        "doc_id": doc.id,
        "source": event.source,
        "target": event.target,
        "source_country": _country(event.source),
        "target_country": _country(event.target),
        "cameo": event.cameo,
        "cameo_root": event.cameo_root,
        "plover": event.plover,
        "goldstein": event.goldstein,
        "quad_class": event.quad_class,
        "date": when,
        "date_precision": event.date_precision,
        "published": event.published or doc.published,
        "negated": bool(event.negated),
        "modality": event.modality,
        "evidence": event.evidence,
        "evidence_start": event.evidence_start,
        "evidence_end": event.evidence_end,
        "source_text": event.source_text,
        "target_text": event.target_text,
        "source_entry": event.source_entry,
        "target_entry": event.target_entry,
        "rule": event.rule,
        "ruleset_version": event.ruleset_version,
        "confidence": event.confidence,
        "lang": event.lang or doc.lang,
    }

"""Database URLs to SQLAlchemy engines, with the per-dialect settings the store relies on.

SQLite: WAL (readers never block the writer), foreign keys on, a busy
timeout, and BEGIN IMMEDIATE so a transaction takes the write lock up front
instead of failing half-way when two processes ingest at once.
PostgreSQL: psycopg 3 ("postgresql://" and "postgres://" are mapped to it);
NUL characters, which PostgreSQL cannot hold in text or JSON, are dropped from
every value sent to it, so a NUL in a stranger's page or parameter is neither
an error nor a difference between the two back ends (SQLite gets the same text
through the readers, which drop NULs too).
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import time
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError

from realpolitik.errors import StoreError

log = logging.getLogger(__name__)

DEFAULT_URL = "sqlite:///realpolitik.db"
ENV_VAR = "REALPOLITIK_DB"
BUSY_TIMEOUT_MS = 30_000
# Connections kept open for reuse: a server answers up to 40 requests at once (its thread pool), and a
# connection beyond those kept is closed after each use, so a PostgreSQL server would start a new backend
# process for every request under load (SQLAlchemy's default keeps 5).
POOL_SIZE = 20
READ_OPTION = "realpolitik_read"  # execution option of read-only connections
_HINT = "use sqlite:///path/to/file.db, a plain file path, or postgresql://user:password@host:5432/dbname"


def resolve_url(url: str | None = None) -> URL:
    """The URL to use: the argument, else $REALPOLITIK_DB, else ./realpolitik.db."""
    raw = (url or os.environ.get(ENV_VAR) or DEFAULT_URL).strip()
    if "://" not in raw:  # a plain path
        raw = "sqlite:///" + str(Path(raw).expanduser())
    if raw.startswith("postgres://"):
        raw = "postgresql://" + raw[len("postgres://") :]
    try:
        parsed = make_url(raw)
    except ArgumentError as exc:
        raise StoreError(f"cannot read database URL {raw!r}: {exc}; {_HINT}") from None
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() not in {"sqlite", "postgresql"}:
        raise StoreError(f"unsupported database {parsed.get_backend_name()!r} in {_safe(parsed)}; {_HINT}")
    return parsed


def make_engine(url: URL) -> Engine:
    backend = url.get_backend_name()
    try:
        if backend == "sqlite":
            _check_sqlite_path(url)
            engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, pool_size=POOL_SIZE,
                                   max_overflow=POOL_SIZE)
            _configure_sqlite(engine)
        else:
            engine = create_engine(url, pool_pre_ping=True, json_serializer=_json_without_nul, pool_size=POOL_SIZE,
                                   max_overflow=POOL_SIZE)
            _configure_postgres(engine)
    except (NoSuchModuleError, ModuleNotFoundError):
        from realpolitik.extras import missing

        raise missing("postgres", f"the database {_safe(url)}") from None
    except ArgumentError as exc:
        raise StoreError(f"bad database URL {_safe(url)}: {exc}; {_HINT}") from None
    return engine


def _check_sqlite_path(url: URL) -> None:
    database = url.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return
    folder = Path(database).expanduser().resolve().parent
    if not folder.is_dir():
        raise StoreError(
            f"cannot create the database {database}: folder {folder} does not exist; create it first"
        )


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        # Let SQLAlchemy's "begin" event decide how transactions start (see below).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        mode = _wal_mode(cursor)
        if mode != "wal" and engine.url.database not in (None, "", ":memory:"):
            log.warning("SQLite refused WAL mode (got %s); concurrent readers may block", mode)
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:  # type: ignore[no-untyped-def]
        # Writers take the lock up front; readers (Store.reader()) never block a writer.
        reading = conn.get_execution_options().get(READ_OPTION)
        conn.exec_driver_sql("BEGIN" if reading else "BEGIN IMMEDIATE")


def _wal_mode(cursor) -> str:  # type: ignore[no-untyped-def]
    """Switch a file to WAL once: the mode is stored in the file, so later connections only read it.

    Switching needs the file to itself, and SQLite answers "database is locked" at once, without waiting out
    the busy timeout, when two processes (the workers of one run) switch a new file at the same moment: the
    switch is retried until the other one's has landed."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while (mode := _pragma(cursor, "journal_mode")) != "wal":
        try:
            return _pragma(cursor, "journal_mode = WAL")
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.01)
    return mode


def _pragma(cursor, statement: str) -> str:  # type: ignore[no-untyped-def]
    return str(cursor.execute(f"PRAGMA {statement}").fetchone()[0]).lower()


def _without_nul(value: object) -> object:
    if isinstance(value, str):
        return value.replace("\x00", "") if "\x00" in value else value
    if isinstance(value, dict):
        return {key: _without_nul(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(_without_nul(item) for item in value)
    return value


def _json_without_nul(value: object) -> str:
    return json.dumps(_without_nul(value))


def _configure_postgres(engine: Engine) -> None:
    @event.listens_for(engine, "before_cursor_execute", retval=True)
    def _drop_nul(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        return statement, _without_nul(parameters)


def _safe(url: URL) -> str:
    return url.render_as_string(hide_password=True)

"""A value that changes whenever anyone commits to the database: answers kept under it stay right.

SQLite: `PRAGMA data_version` on a connection of its own that never writes
(the pragma changes when any other connection, of this process or another,
commits). PostgreSQL: the write-ahead log position, which every commit
advances. Read it BEFORE running the query whose answer is kept: a commit in
between makes the kept answer newer than its version, never older, so the next
reader misses and asks again. None where no such value can be had (an
in-memory database, a server that refuses the function): keep nothing then.
"""

from __future__ import annotations

import logging
import sqlite3
import threading

from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

log = logging.getLogger(__name__)


class DataVersion:
    """`current()`: the database's version now; `blocking` when reading it is a network round trip."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.backend = engine.url.get_backend_name()
        self.blocking = self.backend != "sqlite"
        self.lock = threading.Lock()
        self.conn: sqlite3.Connection | None = None
        self.usable = self.backend in ("sqlite", "postgresql")
        database = engine.url.database or ""
        if self.backend == "sqlite" and (not database or database == ":memory:" or database.startswith("file:")):
            self.usable = False  # an in-memory database is one per connection; a URI may name anything

    def current(self) -> object | None:
        if not self.usable:
            return None
        try:
            if self.backend == "sqlite":
                with self.lock:
                    if self.conn is None:
                        self.conn = sqlite3.connect(self.engine.url.database or "", check_same_thread=False,
                                                    isolation_level=None)
                    return self.conn.execute("PRAGMA data_version").fetchone()[0]
            with self.engine.connect() as conn:
                return conn.execute(text("SELECT pg_current_wal_lsn()::text")).scalar()
        except (sqlite3.Error, SQLAlchemyError) as exc:
            log.warning("cannot read the database's version (%s): answers are not kept", exc)
            self.usable = False
            return None

    def close(self) -> None:
        with self.lock:
            if self.conn is not None:
                self.conn.close()
                self.conn = None

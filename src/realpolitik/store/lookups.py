"""A worker's two questions about a document before it is stored: is it stored already (by its content hash,
id or URL), and which stored documents share most of its near-duplicate band keys.

`Store.lookups` and `Store.run_lookups` answer them on one read connection (`Lookups`), on SQLite through the
driver's own connection (`PlainLookups`, the statements compiled once per process by `plain_for`); `Store` and a
gathering batch's `rows.Rows` ask the same statements.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlalchemy import Connection, bindparam, func, or_, select

from realpolitik.model import Document
from realpolitik.store import schema as s
from realpolitik.store.plain_sql import PlainStatement, PlainWrites

if TYPE_CHECKING:
    from realpolitik.store.store import Store

# Statements built once: building a statement and its cache key costs more than SQLite's answer to it
# (an ingest runs each of them once or more per document). Values go in as parameters.
_d, _b = s.documents, s.doc_bands
_FIND_DUPLICATE = select(_d.c.id).where(or_(_d.c.content_hash == bindparam("hash"), _d.c.id == bindparam("doc_id"),
                                            _d.c.url == bindparam("url"))).limit(1)  # url NULL matches nothing
_SHARED = func.count().label("shared")
_BEST_SHARING = (select(_b.c.doc_id, _SHARED).where(_b.c.band_key.in_(bindparam("keys", expanding=True)))
                 .group_by(_b.c.doc_id).having(bindparam("min_shared") <= _SHARED)
                 .order_by(_SHARED.desc(), _b.c.doc_id).limit(bindparam("limit")).subquery())
NEAR_CANDIDATES = select(_d.c.id, _d.c.text, _d.c.duplicate_of).join(_BEST_SHARING, _BEST_SHARING.c.doc_id == _d.c.id)


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
        self.near = PlainStatement(NEAR_CANDIDATES, dialect)


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
        sql, values = self.plain.near(near_params(bands, limit, min_shared))
        return [(r[0], r[1], r[2]) for r in self.dbapi.execute(sql, values)]


#: dialect class → the driver's forms of the lookups and writes, shared by every store of the process: an ingest
#: opens a store, and compiling them anew cost every run ~5 ms of CPU (issue 13: the paired bench runs one per
#: 100 pages). A form depends on the statement and the dialect's class only.
_PLAIN_FORMS: dict[type, tuple[_PlainLookups, PlainWrites]] = {}


def plain_for(dialect) -> tuple[_PlainLookups, PlainWrites]:  # type: ignore[no-untyped-def]
    """The lookups and writes compiled for `dialect`'s driver, made on first use."""
    found = _PLAIN_FORMS.get(type(dialect))
    if found is None:
        found = _PLAIN_FORMS[type(dialect)] = (_PlainLookups(dialect), PlainWrites(dialect))
    return found


def stored_duplicate(conn: Connection, document: Document) -> str | None:
    """The id of a stored document with `document`'s content hash, id or URL (one query)."""
    return conn.execute(_FIND_DUPLICATE, _duplicate_params(document)).scalar()


def _duplicate_params(document: Document) -> dict:
    return {"hash": document.content_hash, "doc_id": document.id, "url": document.url or None}


def near_params(bands: Sequence[int], limit: int, min_shared: int) -> dict:
    return {"keys": sorted(set(bands)), "min_shared": min_shared, "limit": limit}

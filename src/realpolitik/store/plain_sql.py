"""Statements compiled once to the driver's own SQL and run on its connection, for the store's per-document work.

Why: SQLAlchemy builds, caches and binds a statement at every execution, which cost more than SQLite's answer
to the lookups an ingest asks per document and a large part of the writer's CPU (issue 13). Here a statement is
compiled once per set of columns (or per length of an expanding IN), its values taken in the compiled order through
the same bind processors as SQLAlchemy's, so the rows read and written are the same. `store.py` decides where they
are used (`PlainLookups`, `Rows`).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from operator import itemgetter

from sqlalchemy import Executable


class _Marker:
    """Where a parameter's value goes in a compiled statement's positional values (`PlainStatement`)."""

    __slots__ = ("index", "name")

    def __init__(self, name: str, index: int | None) -> None:
        self.name, self.index = name, index


class PlainStatement:
    """A statement compiled once for a qmark DBAPI: its SQL and the order of its values, per length of each
    list value (an expanding IN)."""

    def __init__(self, statement: Executable, dialect) -> None:  # type: ignore[no-untyped-def]
        self.compiled = statement.compile(dialect=dialect)
        self.forms: dict[tuple[int, ...], tuple[str, tuple]] = {}

    def __call__(self, params: dict) -> tuple[str, tuple]:
        sizes = tuple(len(v) if isinstance(v, list) else -1 for v in params.values())
        form = self.forms.get(sizes)
        if form is None:
            markers = {k: [_Marker(k, i) for i in range(len(v))] if isinstance(v, list) else _Marker(k, None)
                       for k, v in params.items()}
            state = self.compiled.construct_expanded_state(markers)
            form = self.forms[sizes] = (state.statement, tuple(state.positional_parameters))
        return form[0], tuple((params[m.name] if m.index is None else params[m.name][m.index])
                              if isinstance(m, _Marker) else m for m in form[1])


class PlainWrites:
    """A gathering batch's INSERT and UPDATE statements compiled once per set of columns for SQLite's driver.

    SQLAlchemy's executemany prepares every row's values on its own (~0.25 ms a document of the writer's
    CPU, which on 2 cores the workers lack, issue 13). Here the values are taken in the compiled order and
    passed through the same bind processors (dates, times, JSON, booleans) as SQLAlchemy's, so the rows
    written are the same. A statement that would add column defaults (a row without some column that has
    one) is left to SQLAlchemy.
    """

    def __init__(self, dialect) -> None:  # type: ignore[no-untyped-def]
        self.dialect = dialect
        # (id of the statement, its columns) → (statement kept alive, (SQL, row → values) or None)
        self.forms: dict[tuple[int, tuple[str, ...]], tuple[Executable, tuple[str, Callable] | None]] = {}

    def form(self, statement: Executable, keys: tuple[str, ...]) -> tuple[str, Callable[[dict], tuple]] | None:
        """The SQL of `statement` for rows of `keys`, and a row's values in order; None: SQLAlchemy's."""
        known = self.forms.get((id(statement), keys))
        if known is None or known[0] is not statement:
            known = self.forms[(id(statement), keys)] = (statement, self._compile(statement, keys))
        return known[1]

    def _compile(self, statement: Executable, keys: tuple[str, ...]) -> tuple[str, Callable] | None:
        compiled = statement.compile(dialect=self.dialect, column_keys=list(keys))
        order = tuple(compiled.positiontup or ())
        if not order or not set(order) <= set(keys):  # defaults of absent columns: SQLAlchemy's
            return None
        take = itemgetter(*order) if len(order) > 1 else (lambda row: (row[order[0]],))
        processors = compiled._bind_processors
        process = tuple((i, processors[k]) for i, k in enumerate(order) if k in processors)
        if not process:
            return compiled.string, take

        def values(row: dict) -> list:
            found = list(take(row))
            for i, convert in process:  # the few columns with one (dates, times, JSON, booleans)
                found[i] = convert(found[i])
            return found

        return compiled.string, values

    def executemany(self, dbapi, statement: Executable, rows: list[dict]) -> bool:  # type: ignore[no-untyped-def]
        """Write `rows` (keys as the first one's, as SQLAlchemy takes them); False: not done, use SQLAlchemy."""
        found = self.form(statement, tuple(rows[0]))
        if found is None:
            return False
        sql, values = found
        listed = [values(row) for row in rows]
        head, group = values_clause(sql)
        if not group:
            dbapi.executemany(sql, listed)
            return True
        step = max(1, MAX_VALUES // len(listed[0]))
        for start in range(0, len(listed), step):
            chunk = listed[start : start + step]
            dbapi.execute(head + ", ".join([group] * len(chunk)), [value for row in chunk for value in row])
        return True


#: Values per INSERT of many rows: 999, the least of any SQLite's limits on a statement's parameters.
MAX_VALUES = 999


@lru_cache(maxsize=64)
def values_clause(sql: str) -> tuple[str, str]:
    """An INSERT's SQL cut before its one row of parameters ("INSERT ... VALUES ", "(?, ?)"), so that one
    statement writes many rows; ("", "") for any other statement.

    Why: FTS5 moves the terms it holds in memory to disk at every savepoint, and SQLite opens one for each
    execution of an INSERT that fires a trigger (documents' full-text trigger): documents inserted one execution
    each (executemany) were indexed one segment a document, which merges then rewrote (10 % of the writer's
    instructions on 1,000 pages). Many rows in one statement are indexed together, and the other tables' rows
    cost SQLite less a row too; the rows, their order and ids are the same."""
    head, found, group = sql.rpartition(" VALUES ")
    if not found or not head.startswith("INSERT INTO ") or group.strip("(?, )"):
        return "", ""
    return head + found, group

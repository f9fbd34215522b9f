"""PostgreSQL staging for a distributed run: many writers COPY whole shards, one merge reads them in order.

    realpolitik_staging(run_key, shard, tbl, file_no, rec_no, doc_no, payload jsonb)

Each actor replaces its shard's rows in one transaction (DELETE, then COPY),
and marks the shard finished in the same transaction, so a shard is staged
whole or not at all and a resumed run skips the finished ones (it keeps the
shards of the first run: a row `_plan`). The merge
(`load.load_results`) reads the staged rows back one input file at a time in
input order; the run's rows are dropped after it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date

from realpolitik.engines.base import Outcome
from realpolitik.engines.dataset import ORDER, TABLES, group_rows

DONE = "_done"
PLAN = "_plan"  # one row a run: the shards its inputs were cut into
_DATES = ("published", "date", "since")
_CREATE = """
CREATE TABLE IF NOT EXISTS realpolitik_staging (
    run_key text NOT NULL, shard text NOT NULL, tbl text NOT NULL,
    file_no integer NOT NULL, rec_no integer NOT NULL, doc_no integer NOT NULL, payload jsonb NOT NULL);
CREATE INDEX IF NOT EXISTS realpolitik_staging_order ON realpolitik_staging (run_key, file_no, rec_no, doc_no);
"""


def _connect(db: str | None):  # type: ignore[no-untyped-def]
    import psycopg

    from realpolitik.store.engine import resolve_url

    url = resolve_url(db).set(drivername="postgresql")
    return psycopg.connect(url.render_as_string(hide_password=False))


def _ensure(conn) -> None:  # type: ignore[no-untyped-def]
    with conn.cursor() as cur:
        cur.execute("SELECT pg_advisory_xact_lock(7061627)")  # many actors start at once: create once
        cur.execute(_CREATE)


def _json(value: object) -> object:
    if isinstance(value, str):
        return value.replace("\x00", "")  # PostgreSQL text cannot hold NUL; a shard must not fail on it
    return value.isoformat() if isinstance(value, date) else value


def copy_shard(db: str | None, run_key: str, shard: str, rows: dict[str, list[dict]], counts: dict) -> None:
    """Stage one shard's rows (replacing an earlier try of it) and mark it finished, in one transaction."""
    with _connect(db) as conn:
        _ensure(conn)
        with conn.cursor() as cur:
            cur.execute("DELETE FROM realpolitik_staging WHERE run_key = %s AND shard = %s", (run_key, shard))
            columns = "run_key, shard, tbl, file_no, rec_no, doc_no, payload"
            with cur.copy(f"COPY realpolitik_staging ({columns}) FROM STDIN") as copy:
                for table in TABLES:
                    for row in rows[table]:
                        payload = {k: _json(v) for k, v in row.items() if k not in ORDER}
                        copy.write_row((run_key, shard, table, *(row[c] for c in ORDER),
                                        json.dumps(payload, ensure_ascii=False)))
                copy.write_row((run_key, shard, DONE, -1, 0, 0, json.dumps(counts)))


def finished(db: str | None, run_key: str) -> set[str]:
    """The shards of this run staged before (a resumed run skips them)."""
    with _connect(db) as conn:
        _ensure(conn)
        with conn.cursor() as cur:
            cur.execute("SELECT shard FROM realpolitik_staging WHERE run_key = %s AND tbl = %s", (run_key, DONE))
            return {r[0] for r in cur.fetchall()}


def saved_plan(db: str | None, run_key: str) -> list[dict] | None:
    """The shards an earlier run on the same inputs was cut into (None for a first run)."""
    with _connect(db) as conn:
        _ensure(conn)
        with conn.cursor() as cur:
            cur.execute("SELECT payload FROM realpolitik_staging WHERE run_key = %s AND tbl = %s", (run_key, PLAN))
            found = cur.fetchone()
            return None if found is None else found[0]


def save_plan(db: str | None, run_key: str, shards: list[dict]) -> None:
    """Keep the shards of this run, for a resumed run."""
    with _connect(db) as conn:
        _ensure(conn)
        with conn.cursor() as cur:
            cur.execute("DELETE FROM realpolitik_staging WHERE run_key = %s AND tbl = %s", (run_key, PLAN))
            cur.execute("INSERT INTO realpolitik_staging (run_key, shard, tbl, file_no, rec_no, doc_no, payload) "
                        "VALUES (%s, '', %s, -1, 0, 0, %s)", (run_key, PLAN, json.dumps(shards)))


def iter_staged(db: str | None, run_key: str) -> Iterator[tuple[object, list[Outcome]]]:
    """The staged results as (place, outcomes) in input order, one input file in memory at a time."""
    with _connect(db) as conn, conn.cursor() as cur:
        cur.execute("SELECT DISTINCT file_no FROM realpolitik_staging WHERE run_key = %s AND tbl = ANY(%s) "
                    "ORDER BY file_no", (run_key, list(TABLES)))
        numbers = [r[0] for r in cur.fetchall()]
        for file_no in numbers:
            cur.execute("SELECT tbl, file_no, rec_no, doc_no, payload FROM realpolitik_staging "
                        "WHERE run_key = %s AND file_no = %s AND tbl = ANY(%s)", (run_key, file_no, list(TABLES)))
            tables: dict[str, list[dict]] = {t: [] for t in TABLES}
            for tbl, f, r, d, payload in cur.fetchall():
                row = {**payload, "file_no": f, "rec_no": r, "doc_no": d}
                for key in _DATES:
                    if row.get(key):
                        row[key] = date.fromisoformat(row[key])
                tables[tbl].append(row)
            yield from group_rows(tables)


def drop_run(db: str | None, run_key: str) -> None:
    """Forget a run's staged rows once they are merged."""
    with _connect(db) as conn, conn.cursor() as cur:
        cur.execute("DELETE FROM realpolitik_staging WHERE run_key = %s", (run_key,))

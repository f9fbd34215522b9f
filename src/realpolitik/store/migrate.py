"""Upgrades of a store an older realpolitik wrote, run when it is opened (`Store.create_schema`).

Each step takes the store from one schema version to the next inside the
opening transaction, so a failed upgrade leaves the store as it was.
"""

from __future__ import annotations

import json

from sqlalchemy import Connection, delete, insert, inspect, select, text, update

from realpolitik.relations import ledger
from realpolitik.store import schema as s
from realpolitik.store.steps import step_row


def upgrade(conn: Connection, found: int) -> bool:
    """Bring a store of schema `found` to the current one; False when no upgrade leads there."""
    steps = {1: _history_to_steps, 2: _bands_anew}
    while found < s.SCHEMA_VERSION:
        if found not in steps:
            return False
        steps[found](conn)
        found += 1
    return found == s.SCHEMA_VERSION


def _history_to_steps(conn: Connection) -> None:
    """1 → 2: each tie's history from its JSON column into `relation_steps` rows, and its tally on the tie."""
    columns = {c["name"] for c in inspect(conn).get_columns("relations")}
    if "tally" not in columns:
        conn.execute(text("ALTER TABLE relations ADD COLUMN tally JSON"))
    if "history" not in columns:
        return
    r = s.relations
    for relation_id, raw in conn.execute(text("SELECT id, history FROM relations ORDER BY id")).all():
        history = json.loads(raw) if isinstance(raw, str) else list(raw or [])
        counted = None
        for step in history:
            counted = ledger.tally(counted, step)
        conn.execute(update(r).where(r.c.id == relation_id).values(tally=counted))
        if history:
            conn.execute(insert(s.relation_steps), [step_row(relation_id, step) for step in history])
    conn.execute(text("ALTER TABLE relations DROP COLUMN history"))


_BANDS_AT_ONCE = 500  # documents whose texts are read and band keys written in one step


def _bands_anew(conn: Connection) -> None:
    """2 → 3: the band keys of every document that has some, made again by the hashing of schema 3: a key of
    the older hashing matches no key of the newer, so a stored text would no longer be found as the original
    of its copies."""
    from realpolitik.ingest import neardup  # numpy: only where a store is upgraded, not at every opening

    d, b = s.documents, s.doc_bands
    ids = sorted(conn.execute(select(b.c.doc_id).distinct()).scalars())
    conn.execute(delete(b))
    for start in range(0, len(ids), _BANDS_AT_ONCE):
        texts = conn.execute(select(d.c.id, d.c.text).where(d.c.id.in_(ids[start : start + _BANDS_AT_ONCE])))
        rows = [{"band_key": key, "doc_id": doc_id} for doc_id, body in texts
                for key in sorted(set(neardup.band_keys(body)))]
        if rows:
            conn.execute(insert(b), rows)

"""Upgrades of a store an older realpolitik wrote, run when it is opened (`Store.create_schema`).

Each step takes the store from one schema version to the next inside the
opening transaction, so a failed upgrade leaves the store as it was.
"""

from __future__ import annotations

import json

from sqlalchemy import Connection, insert, inspect, text, update

from realpolitik.relations import ledger
from realpolitik.store import schema as s
from realpolitik.store.steps import step_row


def upgrade(conn: Connection, found: int) -> bool:
    """Bring a store of schema `found` to the current one; False when no upgrade leads there."""
    steps = {1: _history_to_steps}
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

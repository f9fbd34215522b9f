"""A tie's history in `relation_steps`: one row appended per mention, read back in the order written.

The JSON history column of schema 1 was read and rewritten whole on every
mention (12.7 ms a mention at 10,000 steps, growing with the pair's fame);
a step row costs the same at the first mention and the millionth. Readers
get the same list of steps as before: {"status", "date" (ISO or None),
"doc_id"} and "rule" where one is known.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date

from sqlalchemy import Connection, insert, select

from realpolitik.relations import ledger
from realpolitik.store import schema as s

#: Relation ids per query: stays under every back end's bind-parameter limit.
CHUNK = 500


def step_row(relation_id: int, step: dict) -> dict:
    """The `relation_steps` row of one history step."""
    when = step.get("date")
    return {"relation_id": relation_id, "status": step.get("status"),
            "date": date.fromisoformat(when) if when else None, "doc_id": step.get("doc_id") or "",
            "rule": step.get("rule")}


INSERT_STEP = insert(s.relation_steps)  # built once: a statement built per call costs more than SQLite's insert


def histories(conn: Connection, relation_ids: Sequence[int]) -> dict[int, list[dict]]:
    """The history of each tie (by relation id), steps in the order they were read."""
    found: dict[int, list[dict]] = defaultdict(list)
    t = s.relation_steps
    for start in range(0, len(relation_ids), CHUNK):
        chunk = list(relation_ids[start : start + CHUNK])
        query = (select(t.c.relation_id, t.c.status, t.c.date, t.c.doc_id, t.c.rule)
                 .where(t.c.relation_id.in_(chunk)).order_by(t.c.relation_id, t.c.id))
        for row in conn.execute(query):
            step = {"status": row.status, "date": row.date.isoformat() if row.date else None, "doc_id": row.doc_id}
            if row.rule:
                step["rule"] = row.rule
            found[row.relation_id].append(step)
    return found


def insert_ties(conn: Connection, ties: Iterable[dict]) -> None:
    """Bulk-insert ledger rows given with a whole "history" (benchmarks, upgrades): each tie, then its steps."""
    for tie in ties:
        history = list(tie.get("history") or [])
        counted = None
        for step in history:
            counted = ledger.tally(counted, step)
        row = {k: v for k, v in tie.items() if k != "history"}
        relation_id = conn.execute(insert(s.relations).values(**row, tally=counted)).inserted_primary_key[0]
        if history:
            conn.execute(insert(s.relation_steps), [step_row(relation_id, step) for step in history])

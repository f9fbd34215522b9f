"""Relation queries: the ledger with its evidence, and a state's allies ranked by depth."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import or_, select

from realpolitik.relations import ledger
from realpolitik.store import schema as s
from realpolitik.store.steps import histories
from realpolitik.store.store import Store

#: Depth of a tie, deepest first; rivalry is not an alliance and never listed by `allies`.
DEPTH = {
    "defense_pact": 5,
    "strategic_partnership": 4,
    "cooperation_agreement": 3,
    "membership": 2,
    "ally": 1,
}
_STATUS_RANK = {"in_force": 4, "ratified": 3, "signed": 2, "proposed": 1}


def list_relations(store: Store, actor: str | None = None) -> list[dict]:
    """Every ledger row (optionally those of `actor`, matched by country) with its evidence.

    Each dict: a, b, kind, status, since, until, areas, doc_ids, evidence
    ([{doc_id, sentence}]), history.
    """
    r = s.relations
    query = select(r).order_by(r.c.a, r.c.b, r.c.kind)
    if actor:
        key = ledger.actor_key(actor)
        query = query.where(or_(r.c.a == key, r.c.b == key))
    with store.reader() as conn:
        rows = conn.execute(query).mappings().all()
        evidence = _evidence(conn, [row["id"] for row in rows])
        steps = histories(conn, [row["id"] for row in rows])
    return [_relation_dict(row, evidence.get(row["id"], []), steps.get(row["id"], [])) for row in rows]


def allies(store: Store, actor: str, at: date | None = None) -> list[dict]:
    """The allies of `actor` ("RUS" or "RUSGOV": matched by country), deepest tie first.

    One entry per ally, from its deepest active tie (`kinds` lists all its
    active ties). Without `at`: ties not suspended or ended. With `at`: ties
    that had started by then and were not suspended/ended at that date.
    Ties: defense_pact > strategic_partnership > cooperation_agreement >
    membership > ally; then by status, number of sources, code.
    """
    key = ledger.actor_key(actor)
    best: dict[str, dict] = {}
    kinds: dict[str, list[str]] = defaultdict(list)
    for rel in list_relations(store, key):
        if rel["kind"] not in DEPTH:
            continue
        if not ledger.active_at(rel["status"], _date(rel["since"]), rel["history"], at):
            continue
        if at is not None:  # report (and rank by) the status the tie had at that date
            rel = {**rel, "status": ledger.fold(rel["history"], at)[0] or rel["status"]}
        other = rel["b"] if rel["a"] == key else rel["a"]
        kinds[other].append(rel["kind"])
        if other not in best or _rank(rel) > _rank(best[other]):
            best[other] = rel
    result = []
    for other, rel in best.items():
        result.append(
            {
                "ally": other,
                "kind": rel["kind"],
                "status": rel["status"],
                "since": rel["since"],
                "until": rel["until"],
                "areas": rel["areas"],
                "kinds": sorted(kinds[other], key=lambda k: -DEPTH[k]),
                "doc_ids": rel["doc_ids"],
                "evidence": rel["evidence"],
            }
        )
    result.sort(key=lambda item: (tuple(-x for x in _rank(item)), item["ally"]))
    return result


def _rank(rel: dict) -> tuple[int, int, int]:
    return (DEPTH[rel["kind"]], _STATUS_RANK.get(rel["status"] or "", 0), len(rel["doc_ids"]))


def _evidence(conn, relation_ids: list[int]) -> dict[int, list[dict]]:  # type: ignore[no-untyped-def]
    found: dict[int, list[dict]] = defaultdict(list)
    if not relation_ids:
        return found
    m = s.relation_mentions
    for start in range(0, len(relation_ids), 500):  # stay under bind-parameter limits
        chunk = relation_ids[start : start + 500]
        query = (
            select(m.c.relation_id, m.c.doc_id, m.c.evidence)
            .where(m.c.relation_id.in_(chunk))
            .order_by(m.c.id)
        )
        for row in conn.execute(query):
            found[row.relation_id].append({"doc_id": row.doc_id, "sentence": row.evidence})
    return found


def _relation_dict(row, evidence: list[dict], history: list[dict]) -> dict:  # type: ignore[no-untyped-def]
    doc_ids = list(dict.fromkeys(item["doc_id"] for item in evidence))
    since = row["since"] or ledger.fold(history)[1]  # rows written before undated ties got their first report's date
    return {
        "a": row["a"],
        "b": row["b"],
        "kind": row["kind"],
        "status": row["status"],
        "since": since.isoformat() if since else None,
        "until": row["until"].isoformat() if row["until"] else None,
        "areas": list(row["areas"] or []),
        "doc_ids": doc_ids,
        "evidence": evidence,
        "history": history,
    }


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None

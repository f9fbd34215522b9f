"""`realpolitik demo`: the first thing a new user runs.

It ingests the example articles shipped in data/examples into the store
every other command reads (./realpolitik.db, $REALPOLITIK_DB or --db), so
the README's next commands work on what the demo found. Running it again
adds nothing (each document is stored once). It never mixes its examples
into a store that holds articles of the user's own.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

from rich.console import Console
from sqlalchemy import func, select

from realpolitik.engines import ingest_paths
from realpolitik.errors import RealpolitikError
from realpolitik.interfaces.output import emit
from realpolitik.query import allies, list_events
from realpolitik.store import open_store
from realpolitik.store import schema as s
from realpolitik.store.engine import resolve_url

EVENT_COLUMNS = ("date", "source", "target", "cameo", "plover", "negated", "evidence")
ALLY_COLUMNS = ("ally", "kind", "status", "since", "areas", "evidence")


def examples_path() -> Path:
    return Path(str(resources.files("realpolitik") / "data" / "examples" / "articles.jsonl"))


def example_ids() -> list[str]:
    with examples_path().open(encoding="utf-8") as handle:
        return [json.loads(line)["id"] for line in handle if line.strip()]


def store_name(db: str | None) -> str:
    """How to name the store to the user: the SQLite path as given, else the URL without password."""
    url = resolve_url(db)
    if url.get_backend_name() == "sqlite" and url.database:
        return url.database
    return url.render_as_string(hide_password=True)


def _refuse_foreign(db: str | None, name: str, ids: list[str]) -> None:
    """Stop before the examples are mixed into a store that holds the user's own articles."""
    try:
        store = open_store(db, create=False)
    except RealpolitikError:
        return  # no store yet: the demo creates it
    with store, store.reader() as conn:
        own = conn.execute(select(func.count()).select_from(s.documents).where(s.documents.c.id.not_in(ids))).scalar()
    if own:
        raise RealpolitikError(
            f"{name} already holds {own} articles of your own, and the demo would mix its examples into them; "
            "run it on a store of its own: realpolitik demo --db demo.db")


def _counts(store, ids: list[str]) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    with store.reader() as conn:
        events = conn.execute(select(func.count()).select_from(s.event_mentions)
                              .where(s.event_mentions.c.doc_id.in_(ids))).scalar()
        relations = conn.execute(select(func.count()).select_from(s.relation_mentions)
                                 .where(s.relation_mentions.c.doc_id.in_(ids))).scalar()
    return int(events or 0), int(relations or 0)


def run_demo(db: str | None, console: Console) -> dict:
    """Ingest the examples into the store (default ./realpolitik.db) and print the tour."""
    name = store_name(db)
    ids = example_ids()
    _refuse_foreign(db, name, ids)
    summary = ingest_paths([str(examples_path())], db=db)
    console.rule("[bold]realpolitik demo")
    with open_store(db) as store:
        events, relations = _counts(store, ids)
        console.print(f"Ingested the {len(ids)} example articles into {name}: "
                      f"{events} event mentions, {relations} relation statements.\n", highlight=False)
        emit(list_events(store, limit=50), "table", EVENT_COLUMNS, title="Events found", console=console)
        for actor in ("RUS", "VEN"):
            rows = [{**r, "evidence": " | ".join(e["sentence"] for e in r["evidence"][:2])}
                    for r in allies(store, actor)]
            console.print()
            emit(rows, "table", ALLY_COLUMNS, title=f"Allies of {actor} (deepest tie first)", console=console)
    where = "" if db is None else f" --db {db}"
    console.print(
        "\nGo on with (they read the same store):\n"
        f"  realpolitik events --actor VEN{where}\n"
        f"  realpolitik allies RUS --at 2025-12-31 --format jsonl{where}\n"
        f"  realpolitik dyad USA VEN --by month{where}\n"
        f"  realpolitik serve{where}        (the web page and HTTP API on http://127.0.0.1:8000/)\n"
        "  realpolitik --help", highlight=False, soft_wrap=True)
    return summary

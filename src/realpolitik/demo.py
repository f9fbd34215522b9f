"""`realpolitik demo`: the first thing a new user runs.

It ingests the example articles shipped in data/examples into a fresh store
and prints the events found, the allies of Russia and of Venezuela with their
evidence, and the commands to go on with.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from rich.console import Console

from realpolitik.engines import ingest_paths
from realpolitik.interfaces.output import emit
from realpolitik.query import allies, list_events
from realpolitik.store import open_store


def _short(text: str, limit: int = 160) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def examples_path() -> Path:
    return Path(str(resources.files("realpolitik") / "data" / "examples" / "articles.jsonl"))


def run_demo(db: str, console: Console) -> dict:
    """Build the demo store at `db` (replacing an earlier demo store) and print the tour."""
    path = Path(db)
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    summary = ingest_paths([str(examples_path())], db=str(path))
    console.rule("[bold]realpolitik demo")
    console.print(f"Ingested {summary['stored']} example articles into [bold]{path}[/]: "
                  f"{summary['events']} event mentions, {summary['relations']} relation statements.\n")
    with open_store(str(path)) as store:
        events = list_events(store, limit=50)
        shown_events = [{**e, "evidence": _short(e["evidence"], 110)} for e in events]
        emit(shown_events, "table", ("doc_id", "date", "source", "target", "cameo", "plover", "negated", "evidence"),
             title="Events found", console=console)
        for actor in ("RUS", "VEN"):
            rows = allies(store, actor)
            shown = [{**r, "evidence": " | ".join(f"[{e['doc_id']}] {_short(e['sentence'])}"
                                                  for e in r["evidence"][:2])} for r in rows]
            emit(shown, "table", ("ally", "kind", "status", "since", "areas", "evidence"),
                 title=f"Allies of {actor} (deepest tie first)", console=console)
    console.print(
        "\nGo on with:\n"
        f"  realpolitik allies RUS --db {path} --format jsonl\n"
        f"  realpolitik events --actor VEN --db {path}\n"
        "  realpolitik extract my-article.html --published 2025-10-27\n"
        "  realpolitik ingest my-articles/        (stores into ./realpolitik.db)\n"
        "  realpolitik --help")
    return summary

"""CLI commands of the analysis area; they register on the shared typer app.

`dyad`, `changes` and `network` cluster new mentions into events first (an
incremental, idempotent step; `cluster` runs it alone).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from realpolitik.interfaces.cli import DbOption, FormatOption, app, check_format, date_option
from realpolitik.interfaces.output import FORMATS, emit

SinceOption = Annotated[str | None, typer.Option("--since", help="First date, YYYY-MM-DD.")]
UntilOption = Annotated[str | None, typer.Option("--until", help="Last date, YYYY-MM-DD.")]


def _cluster(store) -> None:  # type: ignore[no-untyped-def]
    from realpolitik.analysis import cluster_events
    from realpolitik.progress import on_terminal

    cluster_events(store, progress=on_terminal())


@app.command()
def cluster(
    db: DbOption = None,
    window: Annotated[int, typer.Option(help="Days either side of an event's date that still count as it.")] = 3,
) -> None:
    """Cluster event mentions (reports) into events; re-running adds nothing twice."""
    from realpolitik.analysis import cluster_events
    from realpolitik.progress import on_terminal
    from realpolitik.store import open_store

    if window < 0:
        raise typer.BadParameter("give 0 or more days", param_hint="--window")
    with open_store(db, create=False) as store:
        result = cluster_events(store, window, progress=on_terminal())
    Console().print(f"clustered {result.mentions} mentions: {result.created} new events, "
                    f"{result.updated} events updated")


@app.command()
def dyad(
    x: Annotated[str, typer.Argument(help="First actor (RUS, USAGOV → USA, NATO).")],
    y: Annotated[str, typer.Argument(help="Second actor.")],
    since: SinceOption = None,
    until: UntilOption = None,
    by: Annotated[str, typer.Option("--by", help="day, week or month.")] = "month",
    db: DbOption = None,
    fmt: FormatOption = "table",
) -> None:
    """Events (clustered) and relations between two actors, with a cooperation–conflict index per period."""
    from realpolitik.analysis import dyad as query_dyad
    from realpolitik.analysis.periods import BY
    from realpolitik.store import open_store

    check_format(fmt, FORMATS)
    if by not in BY:
        raise typer.BadParameter(f"{by!r} is not one of {', '.join(BY)}", param_hint="--by")
    with open_store(db, create=False) as store:
        _cluster(store)
        result = query_dyad(store, x, y, date_option(since, "--since"), date_option(until, "--until"), by)
    if fmt == "jsonl":
        sys.stdout.write(json.dumps(result, ensure_ascii=False, default=str) + "\n")
        return
    periods = [{**p, **{f"q{k}": v for k, v in p["quad"].items()}} for p in result["periods"]]
    emit(periods, fmt, ("period", "events", "mentions", "goldstein_sum", "goldstein_mean", "q1", "q2", "q3", "q4"),
         title=f"{result['a']}–{result['b']} by {by} (counts events; mentions = reports)")
    if fmt == "table":
        emit(result["relations"], fmt, ("a", "b", "kind", "status", "since", "until", "doc_ids"), title="Relations")
        emit(result["events"][-20:], fmt, ("date", "source", "target", "plover", "goldstein", "mentions",
                                           "outlets", "evidence"), title="Latest events")


@app.command()
def changes(
    since: Annotated[str, typer.Option("--since", help="Changes from this date on, YYYY-MM-DD.")],
    until: UntilOption = None,
    actor: Annotated[str | None, typer.Option(help="Only this actor's ties and dyads.")] = None,
    top: Annotated[int, typer.Option(help="How many index shifts to list.")] = 10,
    db: DbOption = None,
    fmt: FormatOption = "table",
) -> None:
    """Relations created, upgraded, downgraded or ended since a date, and the largest index shifts."""
    from realpolitik.analysis import changes as query_changes
    from realpolitik.store import open_store

    check_format(fmt, FORMATS)
    first = date_option(since, "--since")
    assert first is not None
    with open_store(db, create=False) as store:
        _cluster(store)
        try:
            result = query_changes(store, first, date_option(until, "--until"), actor, top)
        except ValueError as exc:
            raise typer.BadParameter(str(exc), param_hint="--until") from None
    if fmt == "jsonl":
        sys.stdout.write(json.dumps(result, ensure_ascii=False, default=str) + "\n")
        return
    emit(result["relations"], fmt, ("change", "a", "b", "kind", "before", "after", "doc_ids"),
         title=f"Relations changed {result['since']} – {result['until']}")
    if fmt == "table":
        emit(result["shifts"], fmt, ("a", "b", "mean_before", "mean_after", "shift", "events_before",
                                     "events_after"), title="Largest shifts of the mean Goldstein index (events)")


def _days(value: str) -> int:
    text = value.strip().lower().removesuffix("d")
    if not text.isdigit() or int(text) < 1:
        raise typer.BadParameter(f"{value!r} is not a number of days; write it as 90d or 90", param_hint="--window")
    return int(text)


@app.command()
def network(
    at: Annotated[str | None, typer.Option(help="Ties in force and events up to this date (default today).")] = None,
    window: Annotated[str, typer.Option(help="Events of this many days before --at, e.g. 90d.")] = "90d",
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, jsonl, graphml or gexf.")] = "table",
    output: Annotated[str | None, typer.Option("--output", "-o", help="File to write; - for standard output.")] = None,
    db: DbOption = None,
) -> None:
    """The graph of actors: ties in force plus events of the window; blocs and each actor's partners."""
    from realpolitik.analysis import network as query_network
    from realpolitik.analysis import write_graph
    from realpolitik.analysis.network import FORMATS as GRAPH_FORMATS
    from realpolitik.export.sink import open_sink
    from realpolitik.store import open_store

    check_format(fmt, GRAPH_FORMATS)
    if fmt in ("graphml", "gexf") and output is None:
        raise typer.BadParameter(f"{fmt} needs a file: add -o network.{fmt}", param_hint="--output")
    with open_store(db, create=False) as store:
        _cluster(store)
        result = query_network(store, date_option(at, "--at"), _days(window))
    if fmt in ("graphml", "gexf"):
        assert output is not None
        with open_sink(output, binary=True) as sink:
            write_graph(result, sink, fmt)
        where = "standard output" if output == "-" else output
        Console(stderr=True).print(f"wrote {len(result['nodes'])} actors, {len(result['edges'])} edges to {where}",
                                   soft_wrap=True)
    elif fmt == "jsonl":
        with open_sink(output or "-") as handle:
            for node in result["nodes"]:
                handle.write(json.dumps({"type": "node", **node}, ensure_ascii=False) + "\n")
            for edge in result["edges"]:
                handle.write(json.dumps({"type": "edge", **edge}, ensure_ascii=False) + "\n")
    else:
        emit(result["nodes"], "table", ("actor", "bloc", "degree", "affinity", "partners"),
             title=f"Network at {result['at']} (events of {result['window_days']} days)")


@app.command("import-alliances")
def import_alliances(
    file: Annotated[Path, typer.Argument(help="ATOP member-level CSV (atopid, member, yrent, ... defense ...).")],
    db: DbOption = None,
) -> None:
    """Import a treaty dataset you hold (ATOP member-level CSV) into the relations ledger."""
    from realpolitik.analysis.baseline import import_alliances as run_import
    from realpolitik.store import open_store

    with open_store(db) as store:
        result = run_import(store, file)
    note = f"; COW numbers without ISO3 skipped: {', '.join(result.unknown_members)}" if result.unknown_members else ""
    Console().print(f"imported {result.alliances} alliances ({result.pairs} member pairs), "
                    f"{result.skipped} already stored{note}")

"""CLI commands of the serve area (`serve`, `export`); they register on the shared typer app."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from realpolitik.interfaces.cli import DbOption, app, date_option, err, plover_option


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to bind; loopback unless you mean to share it.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
    db: DbOption = None,
    token_file: Annotated[Path | None, typer.Option("--token-file", help="File whose first line is the ingest "
                                                    "token (else $REALPOLITIK_TOKEN; none: read-only).")] = None,
) -> None:
    """Serve the HTTP API (/api, /docs) and the web page (/)."""
    from realpolitik.store import open_store
    from realpolitik.web.server import serve as run_server
    from realpolitik.web.settings import Settings, load_token

    token = load_token(token_file)
    if token is None:  # read-only: a missing store is an error, never a new empty one
        open_store(db, create=False).close()
    if host not in ("127.0.0.1", "localhost", "::1"):
        err.print(f"[yellow]warning:[/] serving on {host}: anyone who can reach it can read the store")
    Console(stderr=True).print(f"realpolitik on http://{host}:{port}/ ({'ingest enabled' if token else 'read-only'})")
    run_server(host, port, Settings(db=db, token=token))


@app.command("export")
def export_command(
    fmt: Annotated[str, typer.Option("--format", "-f", help="gdelt, plover, csv, parquet, graphml, gexf or jsonl.")],
    output: Annotated[str, typer.Option("--output", "-o", help="File to write; - for standard output.")],
    actor: Annotated[str | None, typer.Option(help="Actor code on either side (RUS, USAGOV, NATO).")] = None,
    since: Annotated[str | None, typer.Option(help="First date, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Last date, YYYY-MM-DD (graphs: relations in force then).")] = None,
    type_: Annotated[str | None, typer.Option("--type", help="PLOVER type (AGREE, ASSAULT ...).")] = None,
    db: DbOption = None,
) -> None:
    """Export stored events (GDELT TSV, PLOVER JSON, CSV, Parquet, JSON Lines) or the network (GraphML, GEXF)."""
    from realpolitik.export import FORMATS
    from realpolitik.export.selection import EventFilter
    from realpolitik.export.writer import export_events
    from realpolitik.progress import on_terminal
    from realpolitik.store import open_store

    if fmt not in FORMATS:
        raise typer.BadParameter(f"{fmt!r} is not one of {', '.join(FORMATS)}", param_hint="--format")
    flt = EventFilter(actor=actor, since=date_option(since, "--since"), until=date_option(until, "--until"),
                      plover_type=plover_option(type_))
    with open_store(db, create=False) as store:
        written = export_events(store, fmt, output, flt, progress=on_terminal())
    where = "standard output" if output == "-" else output
    err.print(f"wrote {written} {'nodes and edges' if fmt in ('graphml', 'gexf') else 'records'} to {where}",
              soft_wrap=True)

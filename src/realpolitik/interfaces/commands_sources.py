"""CLI commands of the sources area; they register on the shared typer app."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from realpolitik.interfaces.cli import REPORT_FORMATS, DbOption, actor_dictionary, app, check_format, lang_option


@app.command()
def watch(
    feeds: Annotated[Path, typer.Argument(help="File of feed URLs (RSS/Atom or pages), one a line; # comments.")],
    every: Annotated[str, typer.Option("--every", help="Poll interval: 30s, 15m, 2h, 1d.")] = "15m",
    once: Annotated[bool, typer.Option("--once", help="Poll once and exit.")] = False,
    db: DbOption = None,
    workers: Annotated[int, typer.Option("--workers", "-w", min=1, help="Extraction processes.")] = 1,
    allow_private: Annotated[bool, typer.Option(
        "--allow-private", help="Also fetch from private and loopback addresses (your own network).")] = False,
    timeout: Annotated[float, typer.Option(help="Seconds to wait for a server (per step).")] = 20.0,
    max_bytes: Annotated[int, typer.Option("--max-bytes", help="Largest page or feed to download.")] = 20 * 1024**2,
    per_host: Annotated[float, typer.Option("--per-host", help="Seconds between requests to one host.")] = 1.0,
    lang: Annotated[str | None, typer.Option(help="Force the language.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="text or json (one summary line per poll).")] = "text",
    actors: Annotated[list[Path] | None, typer.Option("--actors", help="Your own actor file (YAML/CSV).")] = None,
) -> None:
    """Poll feeds, fetch new articles and ingest them; runs until stopped (Ctrl-C) unless --once."""
    from realpolitik.ingest.fetch import FetchPolicy
    from realpolitik.ingest.watch import parse_every
    from realpolitik.ingest.watch import watch as run_watch

    check_format(fmt, REPORT_FORMATS)
    policy = FetchPolicy(timeout=timeout, max_bytes=max_bytes, per_host_interval=per_host,
                         allow_private=allow_private)

    def show(summary: dict) -> None:
        if fmt == "json":
            sys.stdout.write(json.dumps(summary) + "\n")
            sys.stdout.flush()
        else:
            rejected = ", ".join(f"{k}: {v}" for k, v in summary["rejected"].items()) or "none"
            Console().print(f"poll: read {summary['read']}, stored {summary['stored']}, duplicates "
                            f"{summary['duplicates']}, near-duplicates {summary['near_duplicates']}, "
                            f"rejected ({rejected}); events {summary['events']} in {summary['seconds']:.1f} s")

    try:
        run_watch(feeds, db, every=parse_every(every), once=once, workers=workers, policy=policy,
                  lang=lang_option(lang), dictionary=actor_dictionary(actors),
                  progress=fmt == "text" and sys.stderr.isatty(), on_poll=show)
    except KeyboardInterrupt:
        Console(stderr=True).print("stopped")

"""Printing records as rich tables, JSON Lines or CSV: the one place the CLI formats output."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Sequence

from rich.console import Console
from rich.table import Table

from realpolitik.export.safe import spreadsheet_text

FORMATS = ("table", "jsonl", "csv")


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def emit(records: Iterable[dict], fmt: str, columns: Sequence[str], title: str | None = None,
         console: Console | None = None) -> int:
    """Write records in the chosen format; tables show `columns`, JSONL and CSV every field."""
    rows = list(records)
    if fmt == "jsonl":
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    elif fmt == "csv":
        fields: list[str] = []
        for row in rows:
            fields.extend(k for k in row if k not in fields)
        writer = csv.DictWriter(sys.stdout, fieldnames=fields or list(columns))
        writer.writeheader()
        for row in rows:
            writer.writerow({k: spreadsheet_text(v, _cell) for k, v in row.items()})
    else:
        console = console or Console()
        table = Table(title=title, show_lines=False)
        for column in columns:
            table.add_column(column, overflow="fold")
        for row in rows:
            table.add_row(*(_cell(row.get(c)) for c in columns))
        console.print(table)
    return len(rows)


def progress_bar(description: str, enabled: bool):  # type: ignore[no-untyped-def]
    """A function that wraps a list in a transient progress bar on stderr (a no-op when not enabled)."""
    from rich.progress import track

    def wrap(items: Sequence) -> Iterable:
        return track(items, description=description, console=Console(stderr=True), transient=True,
                     disable=not enabled)

    return wrap

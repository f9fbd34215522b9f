"""Printing records as tables that fit the terminal, JSON Lines or CSV: the one place the CLI formats output.

A table never wraps a cell over many lines. Short columns (codes, dates)
come first at their full width; long ones (doc ids, evidence) share what is
left and end in an ellipsis. When even that leaves too little room, each
record is printed as a block of "name: value" lines. `--format jsonl` or
`csv` gives the full records.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Sequence

from rich.cells import cell_len
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from realpolitik.export.safe import spreadsheet_text

FORMATS = ("table", "jsonl", "csv")
#: A column wider than this (at its widest cell) is long: it goes last and gives way.
LONG = 24
#: Each long column keeps at least this width in a table ...
MIN_LONG = 12
#: ... and the widest at least this; with less room, records are printed as blocks.
MIN_WIDEST = 30
GAP = 2  # spaces between columns


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return " ".join(str(value).split())  # one line: newlines in evidence would break the row


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
        print_table(rows, columns, title, console or Console())
    return len(rows)


def print_table(rows: list[dict], columns: Sequence[str], title: str | None, console: Console) -> None:
    """A table as wide as the console at most: short columns first, long ones cut with an ellipsis."""
    if title:
        console.print(Text(title, style="bold"))
    if not rows:
        console.print("none")
        return
    cells = [[_cell(row.get(c)) for c in columns] for row in rows]
    natural = [max([cell_len(c)] + [cell_len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    short = [i for i, w in enumerate(natural) if w <= LONG]
    long = [i for i, w in enumerate(natural) if w > LONG]
    room = console.width - sum(natural[i] for i in short) - GAP * (len(columns) - 1)
    if long and room < MIN_LONG * (len(long) - 1) + MIN_WIDEST:
        _print_blocks(cells, columns, short, long, natural, console)
        return
    widths = _share(room, {i: natural[i] for i in long}) | {i: natural[i] for i in short}
    table = Table(box=None, padding=(0, GAP // 2), pad_edge=False, show_edge=False, header_style="bold underline")
    for i in short + long:
        table.add_column(columns[i], width=widths[i], no_wrap=True, overflow="ellipsis")
    for row in cells:
        table.add_row(*(Text(row[i]) for i in short + long))
    console.print(table)
    if any(widths[i] < natural[i] for i in long):
        _note_cut(console)


def _share(room: int, natural: dict[int, int]) -> dict[int, int]:
    """Widths for the long columns: each at least MIN_LONG, the rest of `room` in proportion to their need."""
    widths = {i: min(w, MIN_LONG) for i, w in natural.items()}
    spare = room - sum(widths.values())
    need = {i: natural[i] - widths[i] for i in natural}
    total = sum(need.values())
    for i in natural:
        if total and spare > 0:
            widths[i] += min(need[i], spare * need[i] // total)
    leftover = room - sum(widths.values())
    for i in sorted(natural, key=lambda i: -need[i]):  # rounding leftovers to the column that wants most
        extra = min(max(leftover, 0), natural[i] - widths[i])
        widths[i] += extra
        leftover -= extra
    return widths


def _print_blocks(cells: list[list[str]], columns: Sequence[str], short: list[int], long: list[int],
                  natural: list[int], console: Console) -> None:
    """Narrow terminals: the short columns as a table row, each long one on its own line below it."""
    width = console.width

    def line(text: Text) -> None:
        text.truncate(width, overflow="ellipsis")
        console.print(text, no_wrap=True, soft_wrap=True)

    header = Text("  ".join(f"{columns[i]:<{natural[i]}}" for i in short).rstrip(), style="bold underline")
    line(header)
    label = max(cell_len(columns[i]) for i in long)
    for row in cells:
        line(Text("  ".join(f"{row[i]:<{natural[i]}}" for i in short).rstrip()))
        for i in long:
            if row[i]:
                text = Text(f"  {columns[i]:<{label}}  ", style="dim")
                text.append(row[i])
                line(text)
    if any(label + 4 + natural[i] > width for i in long):
        _note_cut(console)


def _note_cut(console: Console) -> None:
    console.print(Text(f"(long cells cut to fit {console.width} columns; --format jsonl or csv gives them in full)",
                       style="dim"))


def error_line(console: Console, message: str) -> None:
    """One line on standard error, never re-wrapped, with no markup read from the message."""
    console.print(f"[red]error:[/] {escape(message)}", soft_wrap=True)

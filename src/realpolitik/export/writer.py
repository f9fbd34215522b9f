"""`export_events`: one entry point for every export format, used by the CLI and the Python API."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from realpolitik.errors import RealpolitikError
from realpolitik.export import FORMATS
from realpolitik.export.selection import EventFilter, count_events, iter_events
from realpolitik.export.sink import open_sink
from realpolitik.progress import bar
from realpolitik.store.store import Store


def export_events(store: Store, fmt: str, path: str | Path, flt: EventFilter | None = None,
                  progress: bool = False) -> int:
    """Write the events matching `flt` to `path` ("-": standard output) in `fmt`; returns rows written
    (nodes+edges for graphs). `progress` shows a bar with rate and ETA on standard error."""
    flt = flt or EventFilter()
    if fmt not in FORMATS:
        raise RealpolitikError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    if fmt in ("graphml", "gexf"):
        from realpolitik.export.graphs import network_graph, write_graph

        graph = network_graph(store, flt, at=flt.until)
        with open_sink(path, binary=True) as handle:
            write_graph(graph, handle, fmt)
        return graph.number_of_nodes() + graph.number_of_edges()
    if fmt == "parquet":
        from realpolitik.export.tables import write_parquet
        from realpolitik.extras import require

        require("parquet", "Parquet export")  # before a file is created
        with open_sink(path, binary=True) as handle, _events(store, flt, progress) as events:
            return write_parquet(events, handle)
    with open_sink(path) as handle, _events(store, flt, progress) as events:
        return _write_text(fmt, events, handle)


@contextmanager
def _events(store: Store, flt: EventFilter, progress: bool) -> Iterator[Iterator[dict]]:
    """The matching events, counted on a progress bar when asked (the count is one cheap query)."""
    if not progress:
        yield iter_events(store, flt)
        return
    with bar("exporting", count_events(store, flt, cap=None), "events") as shown:
        yield shown.track(iter_events(store, flt))


def _write_text(fmt: str, events: Iterator[dict], handle) -> int:  # type: ignore[no-untyped-def]
    from realpolitik.export import tables

    if fmt == "csv":
        return tables.write_csv(events, handle)
    if fmt == "jsonl":
        return tables.write_jsonl(events, handle)
    if fmt == "plover":
        from realpolitik.export.plover import plover_record

        return tables.write_jsonl((plover_record(e) for e in events if not e["negated"]), handle)
    import csv

    from realpolitik.export.gdelt import gdelt_row

    writer = csv.writer(handle, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
    count = 0
    for event in events:
        if event["negated"]:
            continue
        writer.writerow([cell.replace("\t", " ").replace("\n", " ") for cell in gdelt_row(event)])
        count += 1
    return count

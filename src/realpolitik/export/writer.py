"""`export_events`: one entry point for every export format, used by the CLI and the Python API."""

from __future__ import annotations

from pathlib import Path

from realpolitik.errors import RealpolitikError
from realpolitik.export import FORMATS
from realpolitik.export.selection import EventFilter, iter_events
from realpolitik.store.store import Store


def export_events(store: Store, fmt: str, path: str | Path, flt: EventFilter | None = None) -> int:
    """Write the events matching `flt` to `path` in `fmt`; returns rows written (nodes+edges for graphs)."""
    flt = flt or EventFilter()
    path = Path(path)
    if fmt not in FORMATS:
        raise RealpolitikError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    if not path.parent.is_dir():
        raise RealpolitikError(f"cannot write {path}: folder {path.parent} does not exist")
    if fmt in ("graphml", "gexf"):
        from realpolitik.export.graphs import network_graph, write_graph

        graph = network_graph(store, flt, at=flt.until)
        write_graph(graph, str(path), fmt)
        return graph.number_of_nodes() + graph.number_of_edges()
    if fmt == "parquet":
        from realpolitik.export.tables import write_parquet

        return write_parquet(iter_events(store, flt), path)
    with path.open("w", encoding="utf-8", newline="") as handle:
        return _write_text(store, fmt, flt, handle)


def _write_text(store: Store, fmt: str, flt: EventFilter, handle) -> int:  # type: ignore[no-untyped-def]
    from realpolitik.export import tables

    events = iter_events(store, flt)
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

"""Flat event tables: CSV, JSON Lines and Parquet (with a fixed, documented schema)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import IO, BinaryIO

from realpolitik.export.safe import spreadsheet_cell

#: Column order of CSV and Parquet exports (and of DataFrames from the Python API).
EVENT_COLUMNS: tuple[str, ...] = (
    "id", "doc_id", "date", "event_date", "date_precision", "published", "source", "target",
    "source_country", "target_country", "cameo", "cameo_root", "plover", "goldstein", "quad_class",
    "negated", "modality", "evidence", "evidence_start", "evidence_end", "source_text", "target_text",
    "rule", "ruleset_version", "confidence", "below_threshold", "lang", "title", "url", "outlet",
)  # fmt: skip


def parquet_schema():  # type: ignore[no-untyped-def]
    """The Parquet schema: dates as date32, codes as strings, offsets as int32 (see docs/api.md)."""
    from realpolitik.extras import require

    pa = require("parquet", "Parquet export")
    text, day = pa.string(), pa.date32()
    types = {
        "id": pa.int64(), "date": day, "event_date": day, "published": day, "goldstein": pa.float64(),
        "quad_class": pa.int8(), "negated": pa.bool_(), "evidence_start": pa.int32(), "evidence_end": pa.int32(),
        "confidence": pa.float64(), "below_threshold": pa.bool_(),
    }  # fmt: skip
    return pa.schema([pa.field(name, types.get(name, text)) for name in EVENT_COLUMNS])


def write_csv(events: Iterable[dict], handle: IO[str]) -> int:
    """CSV with a header row of EVENT_COLUMNS; empty cells for missing values, formulas defused."""
    writer = csv.DictWriter(handle, fieldnames=EVENT_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    count = 0
    for event in events:
        writer.writerow({key: spreadsheet_cell(value) for key, value in event.items()})
        count += 1
    return count


def write_jsonl(records: Iterable[dict], handle: IO[str]) -> int:
    """One JSON object per line, UTF-8 kept readable."""
    count = 0
    for record in records:
        handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def _batches(events: Iterable[dict], size: int) -> Iterator[list[dict]]:
    it = iter(events)
    while batch := list(islice(it, size)):
        yield batch


def write_parquet(events: Iterable[dict], path: Path | BinaryIO, batch: int = 50_000) -> int:
    """Parquet written in row groups of `batch` events, so memory stays flat for big exports."""
    from datetime import date

    from realpolitik.extras import require

    schema = parquet_schema()
    pa = require("parquet", "Parquet export")
    pq = require("parquet", "Parquet export", "pyarrow.parquet")
    dates = {"date", "event_date", "published"}
    count = 0
    with pq.ParquetWriter(str(path) if isinstance(path, Path) else path, schema) as writer:
        for rows in _batches(events, batch):
            columns = {name: [row.get(name) for row in rows] for name in EVENT_COLUMNS}
            for name in dates:
                columns[name] = [date.fromisoformat(v) if v else None for v in columns[name]]
            writer.write_table(pa.Table.from_pydict(columns, schema=schema))
            count += len(rows)
        if count == 0:
            writer.write_table(schema.empty_table())
    return count

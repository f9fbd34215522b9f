"""The extraction dataset: what a distributed run writes, as Parquet tables, before any global step.

    DIR/documents/<shard>.parquet    one row per document read (with its text and band keys)
    DIR/events/<shard>.parquet       one row per event mention (the fields of model.Event)
    DIR/relations/<shard>.parquet    one row per relation statement (model.Relation)
    DIR/rejections/<shard>.parquet   one row per input that was refused, with its reason
    DIR/duplicates/resolved.parquet  duplicates and near-duplicates, decided after the run
    DIR/_shards/<shard>.json         a finished shard: its counts (written last)
    DIR/_plan.json                   the shards the inputs were cut into (a resumed run keeps them)

One file per table and shard, whatever the dates of its documents: the
publication month ("YYYY-MM", "unknown" without a date) is a column of the
documents, events and relations, to filter on when reading. (A folder per
month would make a shard's fixed cost grow with the months its pages span —
a news crawl's pages span dozens — at ~2 ms a file.) Every row has its place
in the input order (`file_no`, `rec_no`, `doc_no`). A shard's files are
written under temporary names and renamed, and its marker comes last, so a
killed run leaves whole shards; a resumed run skips the marked ones and
rewrites the others under the same names, so nothing is written twice.
Datasets written with month folders (`month=YYYY-MM/`) are read alike.
The columns are documented in docs/engines.md.
"""

from __future__ import annotations

import dataclasses
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from realpolitik.engines.base import Outcome
from realpolitik.ingest.rejected import Rejected
from realpolitik.model import Document, Event, Relation

TABLES = ("documents", "events", "relations", "rejections")
ORDER = ("file_no", "rec_no", "doc_no")
MARKERS = "_shards"
PLAN = "_plan.json"


def _schemas():  # type: ignore[no-untyped-def]
    import pyarrow as pa

    order = [pa.field("file_no", pa.int32()), pa.field("rec_no", pa.int32()), pa.field("doc_no", pa.int32())]
    text, day, i32, f64 = pa.string(), pa.date32(), pa.int32(), pa.float64()
    return {
        "documents": pa.schema([*order, ("id", text), ("content_hash", text), ("url", text), ("title", text),
                                ("lang", text), ("published", day), ("outlet", text), ("origin", text),
                                ("text", text), ("bands", pa.list_(pa.int64())), ("month", text)]),
        "events": pa.schema([*order, ("doc_id", text), ("source", text), ("target", text), ("cameo", text),
                             ("plover", text), ("goldstein", f64), ("quad_class", i32), ("evidence", text),
                             ("evidence_start", i32), ("evidence_end", i32), ("rule", text),
                             ("ruleset_version", text), ("date", day), ("date_precision", text),
                             ("published", day), ("negated", pa.bool_()), ("modality", text),
                             ("source_text", text), ("target_text", text), ("source_entry", text),
                             ("target_entry", text), ("trigger_start", i32), ("trigger_end", i32),
                             ("confidence", f64), ("lang", text), ("month", text)]),
        "relations": pa.schema([*order, ("a", text), ("b", text), ("kind", text), ("status", text),
                                ("doc_id", text), ("evidence", text), ("since", day),
                                ("areas", pa.list_(text)), ("rule", text), ("month", text)]),
        "rejections": pa.schema([*order, ("origin", text), ("reason", text), ("detail", text)]),
    }


def outcome_rows(file_no: int, rec_no: int, outcomes: Iterable[Outcome], rows: dict[str, list[dict]]) -> None:
    """Append the rows of one job's outcomes to `rows` (table → list of rows)."""
    for doc_no, outcome in enumerate(outcomes):
        place = {"file_no": file_no, "rec_no": rec_no, "doc_no": doc_no}
        item = outcome.item
        if isinstance(item, Rejected):
            rows["rejections"].append({**place, **item.to_json()})
            continue
        rows["documents"].append({**place, **dataclasses.asdict(item), "content_hash": item.content_hash,
                                  "bands": outcome.bands})
        if outcome.extraction is not None:
            rows["events"].extend({**place, **dataclasses.asdict(e)} for e in outcome.extraction.events)
            rows["relations"].extend({**place, **dataclasses.asdict(r)} for r in outcome.extraction.relations)


def month_of(row: dict) -> str:
    day = row.get("published")
    return f"{day.year:04d}-{day.month:02d}" if day else "unknown"


def write_shard(out: Path, shard: str, rows: dict[str, list[dict]], counts: dict) -> None:
    """Write one shard's tables, one file each with the publication month as a column, then its marker;
    each file atomically."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schemas = _schemas()
    months = {tuple(r[c] for c in ORDER): month_of(r) for r in rows["documents"]}
    for table in TABLES:
        found = rows[table]
        if table != "rejections":
            found = [{**row, "month": months.get(tuple(row[c] for c in ORDER), "unknown")} for row in found]
        folder = out / table
        folder.mkdir(parents=True, exist_ok=True)
        data = pa.Table.from_pylist(found, schema=schemas[table])
        write_atomic(folder / f"{shard}.parquet", lambda tmp, d=data: pq.write_table(d, tmp))
    (out / MARKERS).mkdir(parents=True, exist_ok=True)
    write_atomic(out / MARKERS / f"{shard}.json", lambda tmp: Path(tmp).write_text(json.dumps(counts)))


def write_atomic(path: Path, write) -> None:  # type: ignore[no-untyped-def]
    """`write(tmp)` a file beside `path`, then rename it to `path`: readers see the whole file or none."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")  # a leading dot: readers skip it
    write(str(tmp))
    os.replace(tmp, path)


def finished_shards(out: Path) -> dict[str, dict]:
    """The counts of every shard a run finished, by shard name."""
    folder = out / MARKERS
    if not folder.is_dir():
        return {}
    return {p.stem: json.loads(p.read_text()) for p in sorted(folder.glob("*.json"))}


def read_table(out: Path, table: str, columns: list[str] | None = None):  # type: ignore[no-untyped-def]
    """One table of the dataset as a pyarrow Table in input order (empty with its schema when nothing was written)."""
    import pyarrow.dataset as ds

    schema = _schemas()[table]
    folder = out / table
    if not folder.is_dir() or not any(folder.rglob("*.parquet")):
        return schema.empty_table().select(columns or schema.names)
    found = ds.dataset(folder, schema=schema, format="parquet", partitioning="hive").to_table(columns=columns)
    if all(c in found.column_names for c in ORDER):
        found = found.sort_by([(c, "ascending") for c in ORDER])
    return found


def shard_files(out: Path) -> list[dict[str, list[Path]]]:
    """The files of every shard (table → its files: one, or one a month in a dataset with month folders),
    shards in input order.

    A shard's name starts with its input file's number and its first job's
    (`shards.Shard.name`), so names sort in input order; the inputs that were
    refused before any shard ("inputs") come first.
    """
    shards: dict[str, dict[str, list[Path]]] = {}
    for table in TABLES:
        folder = out / table
        for path in sorted(folder.rglob("*.parquet")) if folder.is_dir() else []:
            if not any(part.startswith(".") for part in path.relative_to(folder).parts):  # written files only
                shards.setdefault(path.stem, {}).setdefault(table, []).append(path)
    return [shards[name] for name in sorted(shards, key=lambda n: (n[:1].isdigit(), n))]


def iter_results(out: Path) -> Iterator[tuple[object, list[Outcome]]]:
    """The dataset back as (job place, outcomes) in input order, one shard in memory at a time.

    Shard by shard, not input file by input file: a file's rows would be looked
    for in every file of the dataset, once per input file.
    """
    import pyarrow.parquet as pq

    for files in shard_files(out):
        yield from group_rows({t: [row for path in files.get(t, []) for row in pq.read_table(path).to_pylist()]
                               for t in TABLES})


def read_shard(files: dict[str, list[Path]], table: str, columns: list[str]):  # type: ignore[no-untyped-def]
    """Columns of one shard's table (`shard_files`) as a pyarrow Table in input order."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    parts = [pq.read_table(path, columns=columns) for path in files.get(table, [])]
    if not parts:
        return _schemas()[table].empty_table().select(columns)
    found = pa.concat_tables(parts)
    if all(c in columns for c in ORDER):
        found = found.sort_by([(c, "ascending") for c in ORDER])
    return found


def group_rows(tables: dict[str, list[dict]]) -> Iterator[tuple[object, list[Outcome]]]:
    """Rows of every table (one input file's) → (place of the job, its outcomes) in input order."""
    by_doc: dict[tuple, dict[str, list]] = {}
    for table in ("events", "relations"):
        for row in tables[table]:
            by_doc.setdefault(tuple(row[c] for c in ORDER), {"events": [], "relations": []})[table].append(row)
    items = [(tuple(r[c] for c in ORDER), "documents", r) for r in tables["documents"]]
    items += [(tuple(r[c] for c in ORDER), "rejections", r) for r in tables["rejections"]]
    items.sort(key=lambda x: x[0])
    job: list[Outcome] = []
    current = None
    for place, table, row in items:
        if current is not None and place[:2] != current:
            yield current, job
            job = []
        current = place[:2]
        job.append(_outcome(table, row, by_doc.get(place, {"events": [], "relations": []})))
    if current is not None:
        yield current, job


def _outcome(table: str, row: dict, found: dict[str, list]) -> Outcome:
    from realpolitik.model import Extraction

    if table == "rejections":
        return Outcome(Rejected(row["origin"], row["reason"], row["detail"]))
    fields = {f.name for f in dataclasses.fields(Document)}
    doc = Document(**{k: v for k, v in row.items() if k in fields})
    events = [Event(**_only(r, Event)) for r in found["events"]]
    relations = [Relation(**_only(r, Relation)) for r in found["relations"]]
    return Outcome(doc, extraction=Extraction(doc, [], [], events, relations), bands=list(row["bands"] or []))


def _only(row: dict, cls: type) -> dict:
    names = {f.name for f in dataclasses.fields(cls)}
    return {k: v for k, v in row.items() if k in names}


def write_duplicates(out: Path, rows: list[dict]) -> None:
    """The duplicates and near-duplicates decided after the run (replaces an earlier decision)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([("doc_id", pa.string()), ("duplicate_of", pa.string()), ("kind", pa.string())])
    folder = out / "duplicates"
    folder.mkdir(parents=True, exist_ok=True)
    table = pa.Table.from_pylist(rows, schema=schema)
    write_atomic(folder / "resolved.parquet", lambda tmp: pq.write_table(table, tmp))

"""Every export format, read back with the library a user would use (pandas/pyarrow, networkx, csv, json)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
import pytest

from realpolitik.export.gdelt import COLUMNS as GDELT_COLUMNS
from realpolitik.export.selection import EventFilter
from realpolitik.export.tables import EVENT_COLUMNS
from realpolitik.export.writer import export_events
from realpolitik.store import open_store
from test_web_corpus import build_store


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    opened = open_store(build_store(tmp_path_factory.mktemp("export")))
    yield opened
    opened.close()


def test_gdelt_tsv_reads_back_with_pandas(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pd = pytest.importorskip("pandas")
    out = tmp_path / "events.tsv"
    assert export_events(store, "gdelt", out) == 6
    frame = pd.read_csv(out, sep="\t", header=None, names=list(GDELT_COLUMNS), dtype=str, keep_default_na=False)
    assert len(GDELT_COLUMNS) == 61 and frame.shape == (6, 61)
    attack = frame[frame.EventRootCode == "19"].iloc[0]
    assert attack.Actor1CountryCode == "RUS" and attack.Actor2CountryCode == "UKR"
    assert attack.QuadClass == "4" and float(attack.GoldsteinScale) == -10.0 and attack.SQLDATE.startswith("2025")
    assert attack.Actor1Geo_Lat == "" and attack.AvgTone == ""


def test_plover_records(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "events.jsonl"
    export_events(store, "plover", out, EventFilter(plover_type="AGREE"))
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 3
    first = records[0]
    for key in ("event_id", "event_date", "event_type", "mode", "context", "source_actor", "source_country",
                "source_sector", "target_actor", "target_country", "target_sector", "story_date", "text"):
        assert key in first
    assert first["event_type"] == "AGREE" and first["source_country"] == "RUS"


def test_csv_and_jsonl(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    export_events(store, "csv", tmp_path / "e.csv", EventFilter(actor="UKR"))
    with (tmp_path / "e.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert tuple(rows[0]) == EVENT_COLUMNS and len(rows) == 3
    export_events(store, "jsonl", tmp_path / "e.jsonl", EventFilter(since=EventFilter().since))
    lines = (tmp_path / "e.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 6 and json.loads(lines[0])["evidence"]


def test_parquet_schema(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pq = pytest.importorskip("pyarrow.parquet")
    pd = pytest.importorskip("pandas")
    out = tmp_path / "e.parquet"
    export_events(store, "parquet", out)
    table = pq.read_table(out)
    assert table.schema.names == list(EVENT_COLUMNS)
    assert str(table.schema.field("date").type) == "date32[day]"
    assert str(table.schema.field("goldstein").type) == "double"
    frame = pd.read_parquet(out)
    assert len(frame) == 6 and frame.negated.dtype == bool
    export_events(store, "parquet", tmp_path / "none.parquet", EventFilter(actor="ZZZ"))
    assert pq.read_table(tmp_path / "none.parquet").num_rows == 0


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_graphs_read_back_with_networkx(store, tmp_path: Path, fmt: str) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / f"net.{fmt}"
    export_events(store, fmt, out)
    graph = nx.read_graphml(out) if fmt == "graphml" else nx.read_gexf(out)
    assert {"RUS", "UKR", "CHN", "POL", "USA"} <= set(graph.nodes)
    layers = {data["layer"] for _, _, data in graph.edges(data=True)}
    assert layers == {"events", "relation"}
    kinds = {data["kind"] for _, _, data in graph.edges(data=True) if data["layer"] == "relation"}
    assert "strategic_partnership" in kinds
    assert graph.nodes["RUS"]["bloc"] == graph.nodes["CHN"]["bloc"]


def test_export_cli(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from realpolitik.interfaces.cli import app

    url = build_store(tmp_path)
    result = CliRunner().invoke(app, ["export", "--format", "csv", "-o", str(tmp_path / "x.csv"), "--db", url,
                                      "--actor", "CHN", "--since", "2025-10-01"])
    assert result.exit_code == 0, result.output
    assert len((tmp_path / "x.csv").read_text().splitlines()) == 2
    bad = CliRunner().invoke(app, ["export", "--format", "xls", "-o", str(tmp_path / "x.xls"), "--db", url])
    assert bad.exit_code != 0

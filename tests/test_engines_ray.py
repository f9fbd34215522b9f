"""The Ray engine against the local one on the same inputs: the same events, relations and rejections.

A real local Ray (`ray.init(num_cpus=2)`, no cluster), started once for the
module and shut down after it. Inputs: a WARC of generated pages in five
languages (with wire copies and a 404) and the shipped example articles.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from realpolitik.demo import examples_path
from realpolitik.engines import ingest_paths
from realpolitik.store import open_store
from realpolitik.store import schema as s

ray = pytest.importorskip("ray")
pytest.importorskip("warcio")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from corpus import write_warc  # noqa: E402
from realpolitik.engines.ray import ingest_ray, start_local  # noqa: E402

PAGES = 60
pytestmark = pytest.mark.ray
KEYS = ("read", "stored", "duplicates", "near_duplicates", "rejected", "events", "events_below_threshold",
        "min_confidence", "relations")


@pytest.fixture(scope="module")
def local_ray():  # type: ignore[no-untyped-def]
    start_local(num_cpus=2)
    yield
    ray.shutdown()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    folder = tmp_path_factory.mktemp("ray-inputs")
    warc = write_warc(folder / "crawl.warc.gz", PAGES)
    return [str(warc), str(examples_path()), str(folder / "missing.html")]


@pytest.fixture(scope="module")
def local(inputs: list[str], tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, str]:
    db = f"sqlite:///{tmp_path_factory.mktemp('local') / 'local.db'}"
    return ingest_paths(inputs, db=db), db


def facts(db: str) -> dict[str, list[tuple]]:
    """What a store holds, in a form two stores can be compared by (no row ids, no times)."""
    e, m, r, j = s.event_mentions, s.relation_mentions, s.relations, s.rejections
    queries = {
        "events": select(e.c.doc_id, e.c.source, e.c.target, e.c.cameo, e.c.date, e.c.negated, e.c.modality,
                         e.c.evidence_start, e.c.evidence_end, e.c.rule),
        "relation_mentions": select(m.c.doc_id, m.c.a, m.c.b, m.c.kind, m.c.status, m.c.since, m.c.rule),
        "relations": select(r.c.a, r.c.b, r.c.kind, r.c.status, r.c.since, r.c.until, r.c.first_doc, r.c.last_doc),
        "rejections": select(j.c.origin, j.c.reason),
        "documents": select(s.documents.c.id, s.documents.c.duplicate_of),
    }
    with open_store(db) as store, store.reader() as conn:
        return {name: _ordered(tuple(row) for row in conn.execute(q)) for name, q in queries.items()}


def _ordered(rows) -> list[tuple]:  # type: ignore[no-untyped-def]
    """Rows in one order, where a column holds None beside values (an event with no date beside a dated one
    of the same dyad and code)."""
    return sorted(rows, key=lambda row: tuple((value is not None, value) for value in row))


def parquet_events(out: Path) -> list[tuple]:
    """The events of the dataset, without those of documents decided to be (near-)duplicates."""
    import pyarrow.parquet as pq

    from realpolitik.engines.dataset import read_table

    dropped = set(pq.read_table(out / "duplicates" / "resolved.parquet").column("doc_id").to_pylist())
    rows = read_table(out, "events").to_pylist()
    keys = ("doc_id", "source", "target", "cameo", "date", "negated", "modality", "evidence_start", "evidence_end",
            "rule")
    return _ordered(tuple(r[k] for k in keys) for r in rows if r["doc_id"] not in dropped)


@pytest.fixture()
def small_shards(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Shards of a few pages, so that the test's small WARC is cut as a crawl is (wire copies across shards)."""
    from realpolitik.engines import shards

    monkeypatch.setattr(shards, "MIN_SHARD_BYTES", 8 * 1024)


def test_ray_into_parquet_equals_local(local_ray, inputs, local, small_shards, monkeypatch,  # type: ignore[no-untyped-def]
                                       tmp_path: Path) -> None:
    from realpolitik.engines import shards

    summary, local_db = local
    out = tmp_path / "dataset"
    found = ingest_ray(inputs, out=out)
    assert {k: found[k] for k in KEYS} == {k: summary[k] for k in KEYS}
    assert len(list((out / "_shards").glob("*.json"))) > 4  # the WARC in parts, the examples, the missing file
    laps = ("plan", "shards", "stop", "finish")  # the wall time of the run, in phases
    inside = ("actor_start", "warm_up", "first_shard", "tail", "workers_extract", "workers_write")
    assert set(found["phases"]) == {*laps, *inside}
    assert sum(found["phases"][k] for k in laps) == pytest.approx(found["seconds"], abs=0.05)
    expected = facts(local_db)
    assert parquet_events(out) == expected["events"] and expected["events"]
    from realpolitik.engines.dataset import read_table

    assert sorted((r["origin"], r["reason"]) for r in read_table(out, "rejections").to_pylist()) == \
        expected["rejections"]
    # `load` into a store (SQLite here) gives the local store's facts; loading again adds nothing.
    loaded = f"sqlite:///{tmp_path / 'loaded.db'}"
    from realpolitik.engines.load import load_dataset

    first = load_dataset(out, loaded)
    assert {k: first[k] for k in KEYS} == {k: summary[k] for k in KEYS}
    assert facts(loaded) == expected
    again = load_dataset(out, loaded)
    assert again["stored"] == 0 and again["events"] == 0 and facts(loaded) == expected
    # A resumed run skips the finished shards and decides the same, even where it would cut the inputs
    # otherwise (other CPUs): it keeps the first run's shards.
    markers = sorted((out / "_shards").glob("*.json"))
    monkeypatch.setattr(shards, "MIN_SHARD_BYTES", 16 * 1024)
    assert {k: ingest_ray(inputs, out=out)[k] for k in KEYS} == {k: summary[k] for k in KEYS}
    assert sorted((out / "_shards").glob("*.json")) == markers


@pytest.mark.postgres
def test_ray_into_postgresql_equals_local(local_ray, inputs, local, small_shards) -> None:  # type: ignore[no-untyped-def]
    url = os.environ.get("REALPOLITIK_TEST_PG")
    if not url:
        pytest.skip("set REALPOLITIK_TEST_PG (e.g. $(bash .ci/postgres.sh)) to run PostgreSQL tests")
    from conftest import _wipe

    _wipe(url)
    summary, local_db = local
    try:
        found = ingest_ray(inputs, db=url)
        assert {k: found[k] for k in KEYS} == {k: summary[k] for k in KEYS}
        assert facts(url) == facts(local_db)
        with open_store(url) as store, store.reader() as conn:
            from sqlalchemy import text

            assert conn.execute(text("SELECT count(*) FROM realpolitik_staging")).scalar() == 0
    finally:
        _wipe(url)


def test_without_ray_the_option_says_how_to_install(tmp_path: Path) -> None:
    code = ("import sys; sys.modules['ray'] = None; from realpolitik.interfaces.cli import run; "
            f"sys.argv = ['realpolitik', 'ingest', '--engine', 'ray', '--out', {str(tmp_path / 'o')!r}, "
            f"{str(examples_path())!r}]; run()")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")})
    assert done.returncode != 0
    assert "pip install 'realpolitik[ray]'" in done.stderr + done.stdout


def test_big_warc_files_are_cut_in_ray_tasks(local_ray, inputs, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from realpolitik.engines import ray as engine
    from realpolitik.engines import shards
    from realpolitik.engines.shards import expand_inputs, split_points, to_split

    monkeypatch.setattr(engine, "SPLIT_HERE_BYTES", 0)  # as for a month of a crawl: one task a file,
    monkeypatch.setattr(shards, "SMALLEST_SHARD_BYTES", 4096)  # cut in parts (the test's WARC is small)
    files, _ = expand_inputs(inputs)
    every, big = to_split(files, 2)
    points = engine.remote_split_points(ray, files, 2, 10**7)
    assert big and points == {n: split_points(files[n], every, 10**7) for n in big}

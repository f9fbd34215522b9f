"""Shards: every record of every input in exactly one shard, the same shards in every run, URLs as paths."""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

import pytest

from realpolitik.demo import examples_path
from realpolitik.engines.shards import (
    MAX_SHARD_BYTES,
    MIN_SHARD_BYTES,
    SMALLEST_SHARD_BYTES,
    expand_inputs,
    plan_shards,
    shard_bytes,
    shard_count,
    shard_jobs,
    split_points,
)
from realpolitik.ingest.sources import file_jobs

pytest.importorskip("warcio")
pytest.importorskip("pyarrow")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from corpus import write_warc  # noqa: E402


def jobs(inputs: list[str], parallelism: int) -> list[tuple[int, int, str]]:
    files, _ = expand_inputs(inputs)
    shards = plan_shards(files, parallelism)
    return sorted((f, r, getattr(j, "origin", "")) for s in shards for f, r, j in shard_jobs(s))


def test_shards_cover_every_record_once(tmp_path: Path) -> None:
    warc = write_warc(tmp_path / "c.warc.gz", 30)
    folder = tmp_path / "pages"
    folder.mkdir()
    for i in range(5):
        (folder / f"p{i}.txt").write_text(f"Text {i}.", encoding="utf-8")
    inputs = [str(warc), str(folder), str(examples_path())]
    one, four = jobs(inputs, 1), jobs(inputs, 4)
    assert one == four and len(one) == 30 + 5 + 1 and len({(f, r) for f, r, _ in one}) == len(one)
    files, _ = expand_inputs(inputs)
    assert [s.name for s in plan_shards(files, 4)] == [s.name for s in plan_shards(files, 4)]  # stable names


def test_object_store_urls_read_like_paths(tmp_path: Path) -> None:
    warc = write_warc(tmp_path / "c.warc.gz", 12)
    by_path, by_url = jobs([str(warc)], 2), jobs([warc.as_uri()], 2)
    assert by_url == by_path
    files, rejected = expand_inputs([tmp_path.as_uri() + "/", "file:///no/such/place"])
    assert files == [warc.as_uri()] and [r.reason for r in rejected] == ["missing"]


def _parts(warc: Path | str, every: int) -> list[tuple[int, int, str, str]]:
    """Every job of the WARC read in parts about `every` bytes long: (file, job number, origin, kind)."""
    files, _ = expand_inputs([str(warc)])
    shards = plan_shards(files, 2, {0: split_points(files[0], every)})
    assert len(shards) > 1 and all(s.end == n.start for s, n in zip(shards, shards[1:], strict=False))
    return [(f, r, j.origin, type(j).__name__) for s in shards for f, r, j in shard_jobs(s)]


def test_a_big_warc_is_read_in_parts_cut_at_records(tmp_path: Path) -> None:
    warc = write_warc(tmp_path / "c.warc.gz", 40)
    whole = [(0, r, j.origin, type(j).__name__) for r, j in enumerate(file_jobs(warc))]
    assert _parts(warc, 2000) == whole  # the same jobs, numbered as one reader numbers them
    plain = tmp_path / "c.warc"
    plain.write_bytes(gzip.decompress(warc.read_bytes()))  # an uncompressed WARC is cut at its records too
    assert [x[1:] for x in _parts(plain, 8000)] == [x[1:] for x in whole]
    assert _parts(warc.as_uri(), 2000) == [(0, r, o, k) for _, r, o, k in whole]  # a URL: read in ranges


def test_a_cut_off_warc_read_in_parts_rejects_its_end_once(tmp_path: Path) -> None:
    warc = write_warc(tmp_path / "c.warc.gz", 40)
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(warc.read_bytes()[: warc.stat().st_size * 2 // 3])
    whole = [(0, r, j.origin, type(j).__name__) for r, j in enumerate(file_jobs(cut))]
    assert whole[-1][3] == "Rejected" and _parts(cut, 2000) == whole


def test_shards_are_sized_by_the_input_never_tiny_and_fill_every_cpu(tmp_path: Path) -> None:
    assert shard_count(10_000, 2) == 1  # a small input: one shard, not one per CPU of a few pages each
    assert shard_bytes(10**12, 2) <= MAX_SHARD_BYTES  # a huge one streams through many bounded shards,
    assert shard_count(10**12, 2) == shard_count(10**12, 64)  # as many whatever the CPUs
    assert shard_count(64 * 2**20, 4) == 32  # in between: PER_CPU shards for every CPU,
    assert shard_count(5 * MIN_SHARD_BYTES, 4) == 8  # in whole rounds, none much under MIN_SHARD_BYTES
    assert shard_count(3 * MIN_SHARD_BYTES, 1) == shard_count(3 * MIN_SHARD_BYTES, 3) == 3
    warc = write_warc(tmp_path / "c.warc.gz", 1000)  # ~1 MB: one shard for one CPU, one for each of two
    files, _ = expand_inputs([str(warc)])
    assert len(plan_shards(files, 1)) == 1
    two = plan_shards(files, 2)
    size = warc.stat().st_size
    assert len(two) == 2 and abs(two[0].end - size / 2) < size / 20  # cut in even parts
    assert len(plan_shards(files, 64)) == size // SMALLEST_SHARD_BYTES  # never under SMALLEST_SHARD_BYTES


def test_dataset_is_read_back_shard_by_shard_in_input_order(tmp_path: Path) -> None:
    """`load` reads a dataset one shard at a time (not one scan of every file per input file), in input order."""
    from realpolitik.engines.dataset import shard_files
    from realpolitik.engines.shards import Shard

    names = [Shard(12, "b.warc.gz", 0, 10, 0).name, Shard(3, "a.warc.gz", 500, -1, 40).name,
             Shard(3, "a.warc.gz", 0, 500, 0).name, "inputs"]
    for name in names:
        for folder in ("documents/month=2025-01", "documents/month=unknown", "rejections"):
            (tmp_path / folder).mkdir(parents=True, exist_ok=True)
            (tmp_path / folder / f"{name}.parquet").write_bytes(b"")
    (tmp_path / "documents" / "month=unknown" / f".{names[0]}.parquet.7.tmp").write_bytes(b"")  # half-written
    found = shard_files(tmp_path)
    assert [files["rejections"][0].stem for files in found] == ["inputs", names[2], names[1], names[0]]
    assert all(len(files["documents"]) == 2 for files in found)

"""Shards: every record of every input in exactly one shard, the same shards in every run, URLs as paths."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from realpolitik.demo import examples_path
from realpolitik.engines.shards import expand_inputs, plan_shards, shard_jobs

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

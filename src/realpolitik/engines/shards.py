"""Inputs cut into shards: the units a distributed engine hands out, retries and resumes.

A shard is "every K-th job of one input file, starting at k": deterministic
(the same inputs give the same shards, so a killed run knows which shards it
finished), and a WARC file of any size is shared out among many workers
without an index of its records. Reading a WARC record costs little next to
extracting it, so a shard reads the whole file and keeps its own records.

Every job carries its place in the input order (file, record), which lets the
global steps after the run (duplicates, near-duplicates, the ledger) decide as
a local run in input order would.
"""

from __future__ import annotations

import glob
import hashlib
import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from realpolitik.ingest.decode import MAX_BYTES
from realpolitik.ingest.jobs import Job
from realpolitik.ingest.readers import walk_files
from realpolitik.ingest.rejected import Rejected
from realpolitik.ingest.sources import file_jobs
from realpolitik.ingest.warc import is_warc

#: Compressed WARC bytes per shard (CC-NEWS files are ~1 GB: ~30 shards each).
SHARD_BYTES = 32 * 1024 * 1024


@dataclass(frozen=True)
class Shard:
    """Jobs k, k+of, k+2·of, … of input file number `file_no`."""

    file_no: int
    path: str
    k: int = 0
    of: int = 1

    @property
    def name(self) -> str:
        """A stable name: the same shard of the same file in every run."""
        digest = hashlib.blake2b(f"{self.path}\0{self.k}\0{self.of}".encode(), digest_size=8).hexdigest()
        return f"{self.file_no:06d}-{self.k:04d}-{digest}"


def expand_inputs(inputs: Sequence[str]) -> tuple[list[Path], list[Rejected]]:
    """The files of `inputs` (files, folders, glob patterns) in the order a local run reads them."""
    files: list[Path] = []
    rejected: list[Rejected] = []
    for raw in inputs:
        matches = sorted(glob.glob(raw, recursive=True)) if glob.has_magic(raw) else [raw]
        if not matches:
            rejected.append(Rejected(raw, "missing", "no file matches the pattern; check it"))
        for match in matches:
            path = Path(match)
            if path.is_dir():
                for item in walk_files(path):
                    (rejected if isinstance(item, Rejected) else files).append(item)  # type: ignore[arg-type]
            elif path.exists():
                files.append(path)
            else:
                rejected.append(Rejected(str(path), "missing", "no such file or folder; check the path"))
    return files, rejected


def plan_shards(files: Sequence[Path], parallelism: int) -> list[Shard]:
    """Shards of every file: big WARC files by size, and enough shards overall to keep `parallelism` busy."""
    sizes = [_size(p) if is_warc(p) else 0 for p in files]
    warc_bytes = sum(sizes)
    wanted = 4 * max(1, parallelism)  # a few shards per worker: the last ones finish close together
    shards = []
    for file_no, (path, size) in enumerate(zip(files, sizes, strict=True)):
        parts = 1
        if size:
            parts = max(math.ceil(size / SHARD_BYTES), math.ceil(wanted * size / warc_bytes))
        shards.extend(Shard(file_no, str(path), k, parts) for k in range(parts))
    return shards


def shard_jobs(shard: Shard, max_bytes: int = MAX_BYTES) -> Iterator[tuple[int, Job | Rejected]]:
    """(record number in the file, job or rejection) for this shard's share of its file."""
    for rec_no, item in enumerate(file_jobs(Path(shard.path), max_bytes)):
        if rec_no % shard.of == shard.k:
            yield rec_no, item


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0

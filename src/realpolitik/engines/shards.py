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
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from realpolitik.ingest.decode import MAX_BYTES
from realpolitik.ingest.jobs import Job
from realpolitik.ingest.readers import walk_files
from realpolitik.ingest.rejected import Rejected
from realpolitik.ingest.sources import file_jobs
from realpolitik.ingest.warc import WARC_SUFFIXES, is_warc

#: Compressed WARC bytes per shard (CC-NEWS files are ~1 GB: ~30 shards each).
SHARD_BYTES = 32 * 1024 * 1024


#: Other files (HTML, text, JSON Lines) go to a shard in runs of this many consecutive files.
GROUP = 32


@dataclass(frozen=True)
class Shard:
    """Jobs k, k+of, k+2·of, … of input file number `file_no`; or whole files file_no, file_no+1, …

    `path` is one file, or several (consecutive in the input order) separated by newlines.
    """

    file_no: int
    path: str
    k: int = 0
    of: int = 1

    @property
    def paths(self) -> list[str]:
        return self.path.split("\n")

    @property
    def name(self) -> str:
        """A stable name: the same shard of the same file in every run."""
        digest = hashlib.blake2b(f"{self.path}\0{self.k}\0{self.of}".encode(), digest_size=8).hexdigest()
        return f"{self.file_no:06d}-{self.k:04d}-{digest}"


def expand_inputs(inputs: Sequence[str]) -> tuple[list[Path | str], list[Rejected]]:
    """The files of `inputs` (files, folders, glob patterns, object-store URLs) in the order a local run reads them.

    A URL such as s3://bucket/prefix/ or gs://… is listed through pyarrow's
    file systems (with the credentials they find in the environment); its
    files stay URLs, read by the worker that gets them.
    """
    files: list[Path | str] = []
    rejected: list[Rejected] = []
    for raw in inputs:
        if _is_url(raw):
            _expand_url(raw, files, rejected)
            continue
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


def plan_shards(files: Sequence[Path | str], parallelism: int) -> list[Shard]:
    """Shards of every file: big WARC files by size, and enough shards overall to keep `parallelism` busy."""
    sizes = [_size(p) if _warc_name(p) else 0 for p in files]
    warc_bytes = sum(sizes)
    wanted = 4 * max(1, parallelism)  # a few shards per worker: the last ones finish close together
    others = len(files) - sum(1 for size in sizes if size)
    group = max(1, min(GROUP, others // wanted))
    shards: list[Shard] = []
    run: list[tuple[int, str]] = []  # consecutive other files, not yet in a shard
    for file_no, (path, size) in enumerate(zip(files, sizes, strict=True)):
        if not size:
            run.append((file_no, str(path)))
            if len(run) < group:
                continue
        if run:
            shards.append(Shard(run[0][0], "\n".join(p for _, p in run)))
            run = []
        if size:
            parts = max(math.ceil(size / SHARD_BYTES), math.ceil(wanted * size / warc_bytes))
            shards.extend(Shard(file_no, str(path), k, parts) for k in range(parts))
    if run:
        shards.append(Shard(run[0][0], "\n".join(p for _, p in run)))
    return shards


def shard_jobs(shard: Shard, max_bytes: int = MAX_BYTES) -> Iterator[tuple[int, int, Job | Rejected]]:
    """(file number, record number in the file, job or rejection) for this shard's share of its files."""
    for file_no, path in enumerate(shard.paths, start=shard.file_no):
        for rec_no, item in _file_jobs(path, max_bytes, shard.k if len(shard.paths) == 1 else 0, shard.of):
            yield file_no, rec_no, item


def _file_jobs(path: str, max_bytes: int, k: int, of: int) -> Iterator[tuple[int, Job | Rejected]]:
    if not _is_url(path):
        for rec_no, item in enumerate(file_jobs(Path(path), max_bytes)):
            if rec_no % of == k:
                yield rec_no, item
        return
    with tempfile.TemporaryDirectory(prefix="realpolitik-shard-") as tmp:
        local = Path(tmp) / Path(path.split("://", 1)[1]).name
        try:
            _download(path, local, None if _warc_name(path) else max_bytes)
        except (OSError, ValueError) as exc:
            if k == 0:
                yield 0, Rejected(path, "unreadable", f"cannot read it: {exc}; check the URL and credentials")
            return
        for rec_no, item in enumerate(file_jobs(local, max_bytes)):
            if rec_no % of == k:
                if isinstance(item, Job) and item.path is not None:  # a whole file: named by its URL
                    item = Job(origin=path, data=local.read_bytes(), suffix="".join(local.suffixes[-1:]))
                yield rec_no, item


def _is_url(raw: str) -> bool:
    return "://" in raw and not raw.startswith(("http://", "https://")) and not Path(raw).exists()


def _warc_name(path: Path | str) -> bool:
    return is_warc(path) if isinstance(path, Path) else str(path).lower().endswith(WARC_SUFFIXES)


def _expand_url(raw: str, files: list[Path | str], rejected: list[Rejected]) -> None:
    from pyarrow import fs

    try:
        filesystem, root = fs.FileSystem.from_uri(raw)
        info = filesystem.get_file_info(root)
        if info.type == fs.FileType.Directory:
            found = filesystem.get_file_info(fs.FileSelector(root, recursive=True))
            names = sorted(f.path for f in found if f.type == fs.FileType.File
                           and not any(part.startswith(".") for part in f.path[len(root):].split("/")))
        elif info.type == fs.FileType.File:
            names = [root]
        else:
            rejected.append(Rejected(raw, "missing", "nothing at this URL; check it"))
            return
    except (OSError, ValueError) as exc:
        rejected.append(Rejected(raw, "unreadable", f"cannot list it: {exc}; check the URL and credentials"))
        return
    scheme = raw.split("://", 1)[0]
    files.extend(f"{scheme}://{name.lstrip('/')}" if scheme != "file" else f"file:///{name.lstrip('/')}"
                 for name in names)


def _download(url: str, local: Path, limit: int | None) -> None:
    from pyarrow import fs

    filesystem, path = fs.FileSystem.from_uri(url)
    with filesystem.open_input_stream(path) as source, local.open("wb") as target:
        copied = 0
        while chunk := source.read(1 << 20):
            copied += len(chunk)
            if limit is not None and copied > limit:
                raise ValueError(f"over the limit of {limit} bytes")
            target.write(chunk)


def _size(path: Path | str) -> int:
    try:
        if isinstance(path, str):
            from pyarrow import fs

            filesystem, inner = fs.FileSystem.from_uri(path)
            return int(filesystem.get_file_info(inner).size or 0)
        return path.stat().st_size
    except (OSError, ValueError):
        return 0

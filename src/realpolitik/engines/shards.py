"""Inputs cut into shards: the units a distributed engine hands out, retries and resumes.

A shard is a byte range of one big WARC file, cut where a record starts, or
a run of consecutive small files. How many (`shard_count`): from the size of
the input first — a shard has a fixed cost (a task sent, its files written,
its input opened: a ranged read in an object store), so none is under
MIN_SHARD_BYTES whatever the CPUs, and none over MAX_SHARD_BYTES (its rows
wait in memory until it is written; a huge input streams through many
shards). Within that, up to PER_CPU shards per CPU so the last ones finish
close together, in whole rounds of one shard per CPU; and an input too small
for one MIN_SHARD_BYTES shard per CPU is still cut so every CPU gets one,
down to SMALLEST_SHARD_BYTES. A WARC file is cut into parts of even size.
Where a big WARC file is cut is found by reading it once (`split_points`,
run where the engine likes); each shard then reads only its own bytes.
Shards are deterministic: the same inputs give the same shards, so a killed
run knows which shards it finished.

Every job carries its place in the input order (file, job number in the
file), which lets the global steps after the run (duplicates,
near-duplicates, the ledger) decide as a local run in input order would.
"""

from __future__ import annotations

import glob
import hashlib
import math
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from realpolitik.ingest.decode import MAX_BYTES
from realpolitik.ingest.jobs import Job
from realpolitik.ingest.readers import walk_files
from realpolitik.ingest.rejected import Rejected
from realpolitik.ingest.sources import file_jobs, page_job
from realpolitik.ingest.warc import WARC_SUFFIXES, is_warc, warc_items

#: Most shards per CPU: an idle CPU at the end waits for at most one small shard.
PER_CPU = 8
#: Fewest (compressed) input bytes in a shard, whatever the CPUs: ~40 news pages, seconds of work, against a
#: fixed cost of ~10 ms (~0.1 s with an object store); a smaller shard would shorten the tail by less than it costs.
MIN_SHARD_BYTES = 1024 * 1024
#: Fewest bytes in a shard cut so that every CPU gets one (an input smaller than a shard per CPU).
SMALLEST_SHARD_BYTES = 64 * 1024
#: Most input bytes in a shard (CC-NEWS files are ~1 GB: ~30 shards each, read in parallel).
MAX_SHARD_BYTES = 32 * 1024 * 1024
#: Other files (HTML, text, JSON Lines) go to a shard in runs of at most this many consecutive files.
GROUP = 32

#: (offset where a part of a WARC file starts, number of jobs in the file before it).
Point = tuple[int, int]


@dataclass(frozen=True)
class Shard:
    """The jobs of input file `file_no` whose records start in [start, end) (end -1: to the file's end);
    or whole files file_no, file_no+1, … (`path` several paths, consecutive in the input order, one a line).

    `first` is the number of jobs in the file before `start`: job numbers go on across the parts of a file.
    """

    file_no: int
    path: str
    start: int = 0
    end: int = -1
    first: int = 0

    @property
    def paths(self) -> list[str]:
        return self.path.split("\n")

    @property
    def name(self) -> str:
        """A stable name: the same shard of the same file in every run."""
        digest = hashlib.blake2b(f"{self.path}\0{self.start}\0{self.end}".encode(), digest_size=8).hexdigest()
        return f"{self.file_no:06d}-{self.first:09d}-{digest}"


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


def shard_count(total: int, parallelism: int) -> int:
    """How many shards `total` input bytes are cut into for `parallelism` CPUs (see the module's docstring)."""
    cpus = max(1, parallelism)
    count = min(PER_CPU * cpus, total // MIN_SHARD_BYTES)
    if count < cpus:
        count = min(cpus, total // SMALLEST_SHARD_BYTES)  # every CPU busy, unless its shard would be tiny
    elif count % cpus:
        count += cpus - count % cpus  # whole rounds: no CPU idle during the last one
    return max(1, count, math.ceil(total / MAX_SHARD_BYTES))


def shard_bytes(total: int, parallelism: int) -> int:
    """Input bytes per shard: `total` cut into `shard_count` even parts."""
    return max(1, math.ceil(total / shard_count(total, parallelism)))


def to_split(files: Sequence[Path | str], parallelism: int) -> tuple[int, dict[int, int]]:
    """(bytes per shard, {number: size} of the WARC files bigger than that): what `split_points` must read."""
    sizes = [_size(p) if _warc_name(p) else 0 for p in files]
    every = shard_bytes(sum(sizes), parallelism)
    return every, {n: size for n, size in enumerate(sizes) if size > every}


def split_points(path: Path | str, every: int, max_bytes: int = MAX_BYTES) -> list[Point]:
    """Where the parts of a WARC file start: at the first record at or past every multiple of `every` bytes
    (one read of the file), so the parts are even and the last is not a remnant; never a part under half of
    `every` (after a record longer than that)."""
    points: list[Point] = [(0, 0)]
    previous = 0
    with _open(path) as handle:
        for number, (offset, _) in enumerate(warc_items(handle, str(path), max_bytes)):
            if offset > previous and offset >= len(points) * every and offset - points[-1][0] >= every // 2:
                points.append((offset, number))
            previous = max(previous, offset)
    return points


def plan_shards(files: Sequence[Path | str], parallelism: int,
                points: Mapping[int, list[Point]] | None = None) -> list[Shard]:
    """The shards of every file: WARC files in parts at `points` (by file number; found here when not given),
    other files in runs, enough shards overall to keep `parallelism` CPUs busy."""
    every, big = to_split(files, parallelism)
    points = dict(points or {})
    for file_no in big:
        if file_no not in points:
            points[file_no] = split_points(files[file_no], every)
    warcs = {n for n, p in enumerate(files) if _warc_name(p)}
    others = len(files) - len(warcs)
    group = max(1, min(GROUP, others // (PER_CPU * max(1, parallelism))))
    shards: list[Shard] = []
    run: list[tuple[int, str]] = []  # consecutive other files, not yet in a shard
    for file_no, path in enumerate(files):
        if file_no not in warcs:
            run.append((file_no, str(path)))
            if len(run) < group:
                continue
        if run:
            shards.append(Shard(run[0][0], "\n".join(p for _, p in run)))
            run = []
        if file_no in warcs:
            starts = points.get(file_no, [(0, 0)])
            ends = [offset for offset, _ in starts[1:]] + [-1]
            shards.extend(Shard(file_no, str(path), start, end, first)
                          for (start, first), end in zip(starts, ends, strict=True))
    if run:
        shards.append(Shard(run[0][0], "\n".join(p for _, p in run)))
    return shards


def shard_jobs(shard: Shard, max_bytes: int = MAX_BYTES) -> Iterator[tuple[int, int, Job | Rejected]]:
    """(file number, job number in the file, job or rejection) for this shard's share of its files."""
    if len(shard.paths) == 1 and _warc_name(shard.path):
        yield from _warc_jobs(shard, max_bytes)
        return
    for file_no, path in enumerate(shard.paths, start=shard.file_no):
        for job_no, item in enumerate(_file_jobs(path, max_bytes)):
            yield file_no, job_no, item


def _warc_jobs(shard: Shard, max_bytes: int) -> Iterator[tuple[int, int, Job | Rejected]]:
    end = None if shard.end < 0 else shard.end
    try:
        handle = _open(shard.path)
    except (OSError, ValueError) as exc:
        if shard.start == 0:
            yield shard.file_no, 0, Rejected(shard.path, "unreadable", f"cannot read it: {exc}; check the path, "
                                             "URL and credentials")
        return
    with handle:
        items = warc_items(handle, shard.path, max_bytes, shard.start, end)
        for number, (_, item) in enumerate(items, start=shard.first):
            yield shard.file_no, number, item if isinstance(item, Rejected) else page_job(item)


def _file_jobs(path: str, max_bytes: int) -> Iterator[Job | Rejected]:
    if not _is_url(path):
        yield from file_jobs(Path(path), max_bytes)
        return
    with tempfile.TemporaryDirectory(prefix="realpolitik-shard-") as tmp:
        local = Path(tmp) / Path(path.split("://", 1)[1]).name
        try:
            _download(path, local, max_bytes)
        except (OSError, ValueError) as exc:
            yield Rejected(path, "unreadable", f"cannot read it: {exc}; check the URL and credentials")
            return
        for item in file_jobs(local, max_bytes):
            if isinstance(item, Job) and item.path is not None:  # a whole file: named by its URL
                item = Job(origin=path, data=local.read_bytes(), suffix="".join(local.suffixes[-1:]))
            yield item


def _open(path: Path | str) -> BinaryIO:
    """A seekable binary file: a local path, or an object-store URL read in ranges (no download)."""
    if isinstance(path, Path) or not _is_url(path):
        return Path(path).open("rb")
    from pyarrow import fs

    filesystem, inner = fs.FileSystem.from_uri(path)
    return filesystem.open_input_file(inner)  # type: ignore[return-value]


def _is_url(raw: str) -> bool:
    return "://" in raw and not raw.startswith(("http://", "https://")) and not Path(raw).exists()


def _warc_name(path: Path | str) -> bool:
    if isinstance(path, str) and _is_url(path):
        return path.lower().endswith(WARC_SUFFIXES)
    return is_warc(Path(path))


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

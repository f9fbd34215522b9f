"""Where an export goes: a file, or standard output when the path is "-" (as in every Unix tool)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from realpolitik.errors import RealpolitikError

STDOUT = "-"


def is_stdout(path: str | Path | None) -> bool:
    return path is not None and str(path) == STDOUT


@contextmanager
def open_sink(path: str | Path, binary: bool = False) -> Iterator[IO[Any]]:
    """A writable handle for `path` ("-" = standard output, left open); the folder must exist."""
    if is_stdout(path):
        stream = sys.stdout.buffer if binary else sys.stdout
        yield stream
        stream.flush()
        return
    target = Path(path)
    if not target.parent.is_dir():
        raise RealpolitikError(f"cannot write {target}: folder {target.parent} does not exist; create it first")
    if binary:
        with target.open("wb") as handle:
            yield handle
    else:
        with target.open("w", encoding="utf-8", newline="") as handle:
            yield handle

"""Reading the actor data files with line numbers, so every problem names file and line.

YAML mappings get a hidden "__line__" key (1-based line of the entry); CSV rows
are yielded with their line number. Validation helpers raise DataFileError.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from realpolitik.data_yaml import LINE_KEY, LineLoader
from realpolitik.errors import DataFileError

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "actors"
REFERENCE_DIR = Path(__file__).resolve().parent.parent / "data" / "reference"
LINE = LINE_KEY


class _LineLoader(LineLoader):
    """The line-recording loader that also keeps dates as strings."""


# ISO dates stay strings; we parse them ourselves to report bad ones with their line.
_LineLoader.add_constructor("tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node))


def load_yaml(path: Path) -> Any:
    """Parse a YAML file; syntax errors become DataFileError with the line."""
    try:
        with open(path, encoding="utf-8") as fh:
            return yaml.load(fh, Loader=_LineLoader)  # noqa: S506 - SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        raise DataFileError(str(path), line, f"YAML syntax: {exc.problem}") from exc
    except OSError as exc:
        raise DataFileError(str(path), None, f"cannot read: {exc}") from exc


def read_csv(path: Path, required: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield (line, row) for each data row; a missing column is reported at line 1."""
    try:
        fh = open(path, encoding="utf-8", newline="")  # noqa: SIM115 - closed by the with below
    except OSError as exc:
        raise DataFileError(str(path), None, f"cannot read: {exc}") from exc
    with fh:
        reader = csv.DictReader(line for line in fh)
        missing = [c for c in required if c not in (reader.fieldnames or [])]
        if missing:
            raise DataFileError(str(path), 1, f"missing column(s): {', '.join(missing)}")
        for row in reader:
            if not any((v or "").strip() for v in row.values()):
                continue
            if str(next(iter(row.values()), "") or "").startswith("#"):
                continue
            yield reader.line_num, {k: (v or "").strip() for k, v in row.items() if k}


def parse_date(value: Any, path: Path, line: int | None, what: str) -> date | None:
    """An ISO date, or None for an empty value; anything else is a DataFileError."""
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise DataFileError(str(path), line, f"{what}: {value!r} is not an ISO date (YYYY-MM-DD)") from exc


def need(entry: dict, key: str, path: Path, kind: type = str) -> Any:
    """The value of a required key of a YAML entry, of the expected type."""
    line = entry.get(LINE)
    if key not in entry or entry[key] in (None, ""):
        raise DataFileError(str(path), line, f"entry lacks '{key}'")
    value = entry[key]
    if kind is list and isinstance(value, str):
        return [value]
    if not isinstance(value, kind):
        raise DataFileError(str(path), line, f"'{key}' must be a {kind.__name__}, got {value!r}")
    return value


def str_list(entry: dict, key: str, path: Path) -> list[str]:
    """An optional list of strings (a single string is accepted as a list of one)."""
    value = entry.get(key) or []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str | int) for v in value):
        raise DataFileError(str(path), entry.get(LINE), f"'{key}' must be a list of strings")
    return [str(v) for v in value]

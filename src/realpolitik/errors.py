"""One root exception for everything realpolitik raises on purpose.

Messages say what went wrong and what the user can do about it.
"""

from __future__ import annotations


class RealpolitikError(Exception):
    """Base class of all errors the program raises on purpose."""


class DataFileError(RealpolitikError):
    """A dictionary, rule or user file is malformed; the message names the file and line."""

    def __init__(self, path: str, line: int | None, problem: str):
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {problem}")
        self.path = path
        self.line = line
        self.problem = problem


class InputError(RealpolitikError):
    """An input document cannot be read (missing, binary, empty, wrong format)."""


class StoreError(RealpolitikError):
    """The store cannot be opened or written."""


class EvalError(RealpolitikError):
    """An evaluation cannot be run as asked (no split file, misses asked for on the unseen split)."""


class MissingStoreError(StoreError):
    """A command that only reads found no store; it never creates an empty one."""

    def __init__(self, where: str, why: str):
        super().__init__(
            f"no realpolitik store at {where} ({why}); fill it first with `realpolitik demo` or "
            "`realpolitik ingest FILES`, or name your store with --db (or $REALPOLITIK_DB)"
        )
        self.where = where


class MissingExtraError(RealpolitikError, ImportError):
    """An optional dependency is not installed; the message is the pip command that installs it."""

    def __init__(self, feature: str, module: str, requirement: str):
        super().__init__(f"{feature} needs {module}, which is not installed; run: pip install '{requirement}'")
        self.module = module

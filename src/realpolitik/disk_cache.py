"""Reference data built once per machine and kept in the user's cache folder.

Why: every process (a CLI call, `serve`, a Ray actor) built the actor dictionary
from its CSV and YAML files and parsed five rule files before reading its first
page: 2-3 s of CPU on an idle machine, most of a short command's time and a
fixed cost in front of every ingest. Unpickling the built objects takes a
tenth of that.

The key of a cached object is a hash of every file of the installed package,
code and data alike: an edited rule file, an edited loader (an editable
install) or a new release builds afresh, and what a process built while its package was being edited
(a checkout or rebase meanwhile) is not kept; nothing is ever read stale. Files are
written under a temporary name and renamed (several processes may start at
once). A file that cannot be read is built again; a folder that cannot be
written costs only the build. A pickle runs code when it is read: the folder is
the user's own (like Python's `__pycache__`), and `REALPOLITIK_CACHE_DIR`
moves it, `off` turns the cache off.
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import logging
import os
import pickle
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")
PACKAGE = Path(__file__).resolve().parent
_SKIPPED = {"__pycache__", "static"}  # compiled code and the web page's assets build nothing cached
# extension modules the build compiled from the .py files (hashed already): tens of MB to read at every start, so
# only their names go into the key; a compiled and a plain process keep apart what they pickle (a class mypyc
# compiled pickles its own way)
_EXTENSIONS = tuple(importlib.machinery.EXTENSION_SUFFIXES)


def cache_folder(name: str) -> Path | None:
    """realpolitik's cache folder for `name` (made if missing), or None where there is none to use."""
    chosen = os.environ.get("REALPOLITIK_CACHE_DIR")
    if chosen and chosen.lower() == "off":
        return None
    try:
        if chosen:
            base = Path(chosen)
        else:
            from platformdirs import user_cache_dir

            base = Path(user_cache_dir("realpolitik"))
        folder = base / name
        folder.mkdir(parents=True, exist_ok=True)
        return folder if os.access(folder, os.W_OK) else None
    except (ImportError, OSError) as exc:
        log.debug("no cache folder (%s)", exc)
        return None


def write_atomically(target: Path, write: Callable[[Path], None]) -> None:
    """`write(path)` to a temporary name beside `target`, then rename it: no reader sees half a file."""
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        write(partial)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)


@lru_cache(maxsize=1)
def package_fingerprint() -> str:
    """A hash of the names and bytes of the package's files (about 5 MB: some milliseconds, once a process)."""
    return _fingerprint()


def _fingerprint() -> str:
    from realpolitik.compiled import pure_python_asked

    digest = hashlib.blake2b(digest_size=12)
    plain = pure_python_asked()  # extension modules installed but not imported
    for path in sorted(PACKAGE.rglob("*")):
        relative = path.relative_to(PACKAGE)
        if path.is_file() and not _SKIPPED.intersection(relative.parts):
            if not path.name.endswith(_EXTENSIONS):
                digest.update(str(relative).encode())
                digest.update(path.read_bytes())
            elif not plain:
                digest.update(f"compiled {relative}".encode())
    return digest.hexdigest()


def built(name: str, build: Callable[[], T]) -> T:
    """The object `build()` makes, from the cache when this very package built it before."""
    folder = cache_folder("built")
    if folder is None:
        return build()
    key = package_fingerprint()
    target = folder / f"{name}-{key}.pickle"
    try:
        with target.open("rb") as stream:
            return pickle.load(stream)  # noqa: S301 -- the user's own cache folder (see the module's docstring)
    except FileNotFoundError:
        pass
    except Exception as exc:  # a truncated or foreign file: build it again
        log.debug("cached %s unusable (%s): building it", name, exc)
    value = build()
    if _fingerprint() != key:
        # the package changed while this process ran (a checkout, a rebase, an edit): `value` may have been read
        # from the new files, and filed under the old key it would be handed to every process of the old package
        log.debug("package changed since start: %s not cached", name)
        return value
    try:
        def dump(path: Path) -> None:
            with path.open("wb") as stream:
                pickle.dump(value, stream, protocol=pickle.HIGHEST_PROTOCOL)

        write_atomically(target, dump)
        _drop_stale(folder, name, target)
    except (OSError, pickle.PicklingError, TypeError, AttributeError) as exc:
        log.debug("could not cache %s (%s)", name, exc)
    return value


def built_from_data(name: str, relative: str, parse: Callable[[str, str], T]) -> T | None:
    """What `parse(text, relative)` makes of the package's data file `relative` ("data/rules/en.yaml"), built once
    per machine (`built`, filed as `name`); None where the package has no such file (a language without rules)."""
    path = resources.files("realpolitik").joinpath(*relative.split("/"))
    if not path.is_file():
        return None
    return built(name, lambda: parse(path.read_text(encoding="utf-8"), relative))


def _drop_stale(folder: Path, name: str, kept: Path, keep: int = 4) -> None:
    """Remove all but the `keep` newest files an earlier package left under `name` (an edited checkout makes one
    per edit; several checkouts of one machine take turns, so the few latest stay)."""
    older = sorted((p for p in folder.glob(f"{name}-*.pickle") if p != kept), key=_age)
    for old in older[: max(0, len(older) - keep + 1)]:
        old.unlink(missing_ok=True)


def _age(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:  # removed by another process meanwhile
        return 0.0

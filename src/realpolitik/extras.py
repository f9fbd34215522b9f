"""Optional dependencies: imported where needed, and a missing one is one line saying what to install.

What every user meets (the web page, WARC files, feeds) is in the base
install. Heavy or site-specific backends stay optional extras of
pyproject.toml: Parquet (pyarrow), DataFrames (pandas), PostgreSQL (psycopg).
The pip command in the message comes from the installed package's own
metadata, so it names the same version bound as pyproject.toml.
"""

from __future__ import annotations

import importlib
from importlib import metadata
from types import ModuleType

from realpolitik.errors import MissingExtraError

#: extra name → (module to import, the distribution pip installs)
EXTRAS = {"parquet": ("pyarrow", "pyarrow"), "pandas": ("pandas", "pandas"), "postgres": ("psycopg", "psycopg")}


def requirement(extra: str) -> str:
    """The requirement string of an extra's package as pyproject.toml states it ("pyarrow>=15")."""
    distribution = EXTRAS[extra][1]
    try:
        declared = metadata.requires("realpolitik") or []
    except metadata.PackageNotFoundError:
        declared = []
    for line in declared:
        spec, _, marker = line.partition(";")
        if f'extra == "{extra}"' in marker and spec.strip().lower().startswith(distribution):
            return spec.strip()
    return distribution


def missing(extra: str, feature: str) -> MissingExtraError:
    """The error for a missing extra: "Parquet export needs pyarrow ...; run: pip install 'pyarrow>=15'"."""
    return MissingExtraError(feature, EXTRAS[extra][0], requirement(extra))


def require(extra: str, feature: str, module: str | None = None) -> ModuleType:
    """Import the extra's module (or `module` of it), or raise MissingExtraError naming the pip command."""
    name = module or EXTRAS[extra][0]
    try:
        return importlib.import_module(name)
    except ImportError:
        raise missing(extra, feature) from None

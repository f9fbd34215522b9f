"""realpolitik: news in, a queryable record of who does what to whom among states.

The Python API (see docs/api.md) is loaded on first use, so `import realpolitik`
stays fast:

    >>> import realpolitik
    >>> events = realpolitik.extract("Russia and China signed a strategic partnership.", published="2025-10-01")

Four API names are also names of subpackages (`ingest`, `events`, `relations`,
`export`). Importing a subpackage sets it as an attribute of this package and
would hide the function; so this package turns such a subpackage, as it is
attached, into a callable module that forwards calls to the function of the
same name. `realpolitik.ingest(...)` therefore works whatever was imported.
"""

from __future__ import annotations

import sys
import types
from typing import Any

from realpolitik.compiled import plain_python_first

plain_python_first()  # REALPOLITIK_PURE_PYTHON=1: the .py files even where compiled modules are installed
__version__ = "0.1.0"
__all__ = ["allies", "changes", "dyad", "events", "export", "extract", "ingest", "network", "relations"]
_SHADOWED = frozenset({"ingest", "events", "relations", "export"})


class _CallableModule(types.ModuleType):
    """A subpackage that is also the API function of the same name."""

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        from realpolitik import api

        return getattr(api, self.__name__.rpartition(".")[2])(*args, **kwargs)


class _Package(types.ModuleType):
    def __setattr__(self, name: str, value: Any) -> None:
        if name in _SHADOWED and type(value) is types.ModuleType:
            value.__class__ = _CallableModule
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
for _name in _SHADOWED & set(globals()):  # subpackages attached before this ran
    setattr(sys.modules[__name__], _name, globals()[_name])


def __getattr__(name: str) -> Any:
    if name in __all__:
        from realpolitik import api

        return getattr(api, name)
    raise AttributeError(f"module 'realpolitik' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])

"""Events stage: per-language rules turn sentences with actors into CAMEO/PLOVER-coded events.

The coder and the rules are imported on first use: the store and the API read `events.confidence`
only, and a server that only reads should not load the coder at start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from realpolitik.events.coder import code_sentences
    from realpolitik.events.rules import load_rules

__all__ = ["code_sentences", "load_rules"]


def __getattr__(name: str) -> object:
    if name == "code_sentences":
        from realpolitik.events.coder import code_sentences

        return code_sentences
    if name == "load_rules":
        from realpolitik.events.rules import load_rules

        return load_rules
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

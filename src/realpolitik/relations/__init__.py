"""Relations stage: standing ties between states (pacts, partnerships, memberships, alliances, rivalries).

`derive_relations` is imported on first use: the store needs only the ledger, and a server
that only reads should not load the event coder and the actor dictionaries at start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from realpolitik.relations.derive import derive_relations

__all__ = ["derive_relations"]


def __getattr__(name: str) -> object:
    if name == "derive_relations":
        from realpolitik.relations.derive import derive_relations

        return derive_relations
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

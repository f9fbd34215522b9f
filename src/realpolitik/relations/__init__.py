"""Relations stage: standing ties between states (pacts, partnerships, memberships, alliances, rivalries)."""

from realpolitik.relations.derive import derive_relations

__all__ = ["derive_relations"]

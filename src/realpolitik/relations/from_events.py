"""Ledger steps from events: recognition opens diplomatic relations, breaking them off ends them.

Statements ("the treaty entered into force") are read by `derive`; some
changes of a tie are reported only as an event. CAMEO 054 (grant diplomatic
recognition, establish relations) puts `diplomatic_relations` in force; 161
(reduce or break diplomatic relations) suspends it (recalling or expelling
an ambassador) or, when the sentence says relations were broken off, ends it.
Signing, ratifying and entering into force come with a named treaty and are
left to `derive`. Negated events and threats, plans, demands and
hypotheticals change nothing.
"""

from __future__ import annotations

import re

from realpolitik.model import Event, Relation
from realpolitik.relations.ledger import actor_key

KIND = "diplomatic_relations"
_ACTUAL = frozenset({"asserted", "reported"})
# "broke off", "sever", "cut ties", "abgebrochen", "rompre", "romper", "разорвать": an end, not a downgrade
_BREAK = re.compile(
    r"\b(break|broke|broken|sever\w*|cut|abbr\w*|brach\w*|abgebrochen|romp\w*|rupture|разорв\w*|разрыв\w*)\b",
    re.IGNORECASE,
)


def relation_from_event(event: Event) -> Relation | None:
    """The ledger step an event implies, or None."""
    if event.negated or event.modality not in _ACTUAL or not event.source or not event.target:
        return None
    if actor_key(event.source) == actor_key(event.target):
        return None
    if event.cameo.startswith("054"):
        status = "in_force"
    elif event.cameo.startswith("161"):
        status = "ended" if _BREAK.search(event.evidence) else "suspended"
    else:
        return None
    since = event.date if status == "in_force" else None
    return Relation(a=event.source, b=event.target, kind=KIND, status=status, doc_id=event.doc_id,
                    evidence=event.evidence, since=since, rule=f"event:{event.cameo}:{event.rule}")


def relations_from_events(events: list[Event]) -> list[Relation]:
    """One relation step per event that changes a tie (a pair once per document and status)."""
    seen: set[tuple] = set()
    found = []
    for event in events:
        relation = relation_from_event(event)
        if relation is None:
            continue
        key = (*sorted((actor_key(relation.a), actor_key(relation.b))), relation.status)
        if key not in seen:
            seen.add(key)
            found.append(relation)
    return found

"""Scoring standing relations (gold `relations`) by the same actor rule as events.

Per document, gold relations and derived relations are each reduced to a set
of keys `(x, y, kind)`: the two actors compared as events compare them (the
country, or the organisation code as written) and sorted, since a tie has no
direction. Only the kinds EVAL.md lists are scored; a relation whose two
actors are one country is no key. Status is scored apart, on matched keys
only: the document's status of a key is what the relations ledger makes of
its statements (relations/ledger.py: status only moves up, suspended and
ended move it down), and it agrees when it equals the gold's.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from realpolitik.evaluate.counts import Counts
from realpolitik.evaluate.keys import split_actor
from realpolitik.model import Relation
from realpolitik.relations.ledger import LedgerEntry, merge

SCORED_KINDS = frozenset({"defense_pact", "strategic_partnership", "cooperation_agreement", "membership", "ally",
                          "rivalry"})

RelationKey = tuple[str, str, str]


def relation_key(a: str | None, b: str | None, kind: str | None) -> RelationKey | None:
    """The scored key of a tie, or None when it is not scored (other kind, missing or same actor)."""
    x, y = split_actor(a).entity, split_actor(b).entity
    if kind not in SCORED_KINDS or x is None or y is None or x == y:
        return None
    return (x, y, kind) if x <= y else (y, x, kind)


@dataclass
class RelationMiss:
    """A relation key on one side only, with the status that side gives it."""

    key: RelationKey
    status: str | None

    def to_dict(self) -> dict:
        return {"a": self.key[0], "b": self.key[1], "kind": self.key[2], "status": self.status}

    def text(self) -> str:
        return f"{self.key[0]} – {self.key[1]} {self.key[2]}{f' ({self.status})' if self.status else ''}"


@dataclass
class RelationScores:
    """Key-level counts overall, per language and per kind, and status agreement on matched keys."""

    overall: Counts = field(default_factory=Counts)
    by_language: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    by_kind: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    status_matched: int = 0
    status_agree: int = 0

    @property
    def status_agreement(self) -> float:
        return self.status_agree / self.status_matched if self.status_matched else 0.0

    def to_dict(self) -> dict:
        return {
            "overall": self.overall.to_dict(),
            "by_language": {lang: c.to_dict() for lang, c in sorted(self.by_language.items())},
            "by_kind": {kind: c.to_dict() for kind, c in sorted(self.by_kind.items())},
            "status": {"matched": self.status_matched, "agree": self.status_agree,
                       "agreement": round(self.status_agreement, 4)},
        }


def gold_relation_keys(record: dict) -> dict[RelationKey, str | None]:
    """A gold document's relation keys with their status (the last one given for a key)."""
    keys: dict[RelationKey, str | None] = {}
    for rel in record.get("relations") or []:
        if isinstance(rel, dict) and (key := relation_key(rel.get("a"), rel.get("b"), rel.get("kind"))):
            keys[key] = rel.get("status")
    return keys


def predicted_relation_keys(relations: list[Relation]) -> dict[RelationKey, str | None]:
    """A document's derived relations as keys, each with the status the ledger folds its statements to."""
    entries: dict[RelationKey, LedgerEntry] = {}
    for rel in relations:
        if key := relation_key(rel.a, rel.b, rel.kind):
            entries[key] = merge(entries.get(key), rel, None, rel.doc_id)
    return {key: entry.status for key, entry in entries.items()}


def score_relations_document(scores: RelationScores, lang: str, gold: dict[RelationKey, str | None],
                             predicted: dict[RelationKey, str | None]) -> tuple[list[RelationMiss],
                                                                                 list[RelationMiss]]:
    """Add one document's counts; return its missed and extra relations."""
    for counts in (scores.overall, scores.by_language[lang]):
        counts.add(tp=len(gold.keys() & predicted.keys()), fp=len(predicted.keys() - gold.keys()),
                   fn=len(gold.keys() - predicted.keys()))
    for key in gold.keys() | predicted.keys():
        scores.by_kind[key[2]].add(tp=int(key in gold and key in predicted), fp=int(key not in gold),
                                   fn=int(key not in predicted))
    for key in gold.keys() & predicted.keys():
        scores.status_matched += 1
        scores.status_agree += int(gold[key] == predicted[key])
    missed = [RelationMiss(k, s) for k, s in gold.items() if k not in predicted]
    extra = [RelationMiss(k, s) for k, s in predicted.items() if k not in gold]
    return missed, extra

"""How far the timeline can be trusted: the event dates of matched keys against the gold facts' dates.

Dates are not part of the key (EVAL.md compares source, target, type and negation), so a wrong date
costs nothing in precision and recall; this figure counts it apart, over the type-level true positives
only, and never changes tp/fp/fn.

Readings made here:
- A gold fact's date is its `date` (YYYY-MM-DD, or null for a month-only mention or an undated act,
  EVAL.md "Dates"). A fact without a `date` field at all (sets that do not annotate dates) is not counted.
- A predicted event's date is the day the article gives it: `event_date` where `date_precision` is "day"
  (a month, a year or a range is no day, as a month-only mention is null in gold); the publication date
  put in `date` for an undated event (`date_precision` "published") is no date. Records without
  `event_date` (other extractors) are read by `date` and `date_precision` alone.
- One key can hold several facts of several dates, and several predicted events: each gold fact is paired
  with at most one predicted event of its key, each event used once, nearest first (same date or both
  null, then dated pairs by their distance in days, then a dated side with an undated one); a fact left
  without an event has no predicted date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

#: The outcomes of a paired gold fact, in the order they are reported.
OUTCOMES = ("same", "other", "missing", "added", "both_null")
_FAR = 10**6  # the distance of a dated side to an undated one: after every pair of two dates


@dataclass
class DateCounts:
    """Paired gold facts by outcome: gold dated and the same date (`same`), another date (`other`), no date
    predicted (`missing`); gold null and a date predicted (`added`); both null (`both_null`)."""

    same: int = 0
    other: int = 0
    missing: int = 0
    added: int = 0
    both_null: int = 0

    @property
    def gold_dated(self) -> int:
        return self.same + self.other + self.missing

    @property
    def agreement(self) -> float:
        """Date agreement: of the matched gold facts that carry a date, the share given that same date."""
        return self.same / self.gold_dated if self.gold_dated else 0.0

    @property
    def given(self) -> int:
        return self.same + self.other + self.added

    @property
    def given_right(self) -> float:
        """Of the dates predicted for matched gold facts, the share gold gives too: agreement ignores a date
        put on an undated act (the publication date on background), this does not."""
        return self.same / self.given if self.given else 0.0

    def add(self, outcome: str) -> None:
        setattr(self, outcome, getattr(self, outcome) + 1)

    def to_dict(self) -> dict:
        return {**{name: getattr(self, name) for name in OUTCOMES}, "gold_dated": self.gold_dated,
                "agreement": round(self.agreement, 4), "given_right": round(self.given_right, 4)}


@dataclass(frozen=True)
class Dated:
    """One side's date of a fact or event (ISO text, None when undated) and the sentence it came from."""

    day: str | None
    evidence: str = ""


@dataclass(frozen=True)
class DatePair:
    """A gold fact, the predicted event paired with it (None where the key had fewer events), and the outcome."""

    gold: Dated
    predicted: Dated | None
    outcome: str

    def to_dict(self) -> dict:
        return {"gold": self.gold.day, "predicted": self.predicted.day if self.predicted else None,
                "outcome": self.outcome, "gold_evidence": self.gold.evidence,
                "predicted_evidence": self.predicted.evidence if self.predicted else None}


def _iso_day(value: object) -> str | None:
    """`value` as an ISO day, None where it is none."""
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None


def gold_day(fact: dict) -> Dated | None:
    """A gold fact's date, or None where the fact has no `date` field (its set does not annotate dates)."""
    if "date" not in fact:
        return None
    return Dated(_iso_day(fact["date"]), fact.get("evidence") or "")


def predicted_day(record: dict) -> Dated:
    """The day a predicted event is given by its article (module docstring: no publication fallback)."""
    precision = record.get("date_precision")
    if precision not in (None, "day"):
        return Dated(None, record.get("evidence") or "")
    value = record["event_date"] if "event_date" in record else record.get("date")
    return Dated(_iso_day(value), record.get("evidence") or "")


def outcome(gold: str | None, predicted: str | None) -> str:
    """Which of OUTCOMES a gold date and a predicted date make."""
    if gold is None:
        return "both_null" if predicted is None else "added"
    if predicted is None:
        return "missing"
    return "same" if gold == predicted else "other"


def _distance(gold: str | None, predicted: str | None) -> int:
    if gold is None or predicted is None:
        return 0 if gold == predicted else _FAR
    return abs((date.fromisoformat(gold) - date.fromisoformat(predicted)).days)


def pair_dates(gold: list[Dated], predicted: list[Dated]) -> list[DatePair]:
    """Each gold fact of one key with the nearest predicted event not yet taken (module docstring), in gold order."""
    ranked = sorted((_distance(g.day, p.day), i, j) for i, g in enumerate(gold) for j, p in enumerate(predicted))
    partner: dict[int, int] = {}
    taken: set[int] = set()
    for _, i, j in ranked:
        if i not in partner and j not in taken:
            partner[i] = j
            taken.add(j)
    pairs = []
    for i, fact in enumerate(gold):
        event = predicted[partner[i]] if i in partner else None
        pairs.append(DatePair(fact, event, outcome(fact.day, event.day if event else None)))
    return pairs

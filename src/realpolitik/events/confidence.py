"""How sure the coder is of an event, and the threshold below which events are not printed.

Events below the threshold are kept (stored, exported, listed with
`--min-confidence 0`) and flagged; they are only left out of what is
printed and scored by default. `eval/calibrate.py` measures precision
against confidence on the study split and says what MIN_CONFIDENCE to set.
"""

from __future__ import annotations

from realpolitik.model import Event

MIN_CONFIDENCE = 0.0  # the default output threshold; set from eval/calibrate.py


def threshold(min_confidence: float | None = None) -> float:
    """The threshold in force: the one asked for, else the calibrated default."""
    return MIN_CONFIDENCE if min_confidence is None else min_confidence


def is_shown(event: Event, min_confidence: float | None = None) -> bool:
    """Printed and scored by default: it happened (not a plan or conditional) and is confident enough."""
    return event.factual and event.confidence >= threshold(min_confidence)


def below_threshold(confidence: float, min_confidence: float | None = None) -> bool:
    """The flag that stored and exported events carry."""
    return confidence < threshold(min_confidence)


def event_confidence(roles, modality: str) -> float:
    """Confidence of the events of one trigger from what the coder knows about them."""
    confidence = 0.75 if roles.sources and roles.targets else 0.6
    if roles.from_outside_clause:
        confidence -= 0.15
    if modality in ("hypothetical", "plan"):
        confidence -= 0.2
    return max(0.1, confidence)

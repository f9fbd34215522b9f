"""A verdict turned away names its author after "by": "rejected the criticism by Hungary's foreign minister",
"dismissed the statement by the Russian embassy". The pattern runs from the verb to its object noun, so the "by"
phrase is the object's author, the rejected side (not the agent of a passive: the verb is active)."""

from __future__ import annotations

import pytest

import realpolitik
from realpolitik.events.confidence import is_shown

CASES = [
    ("Montenegro rejected the criticism by Hungary's foreign minister.", ("MNE", "HUN")),
    ("Germany dismissed the statement by the Russian embassy as propaganda.", ("DEU", "RUS")),
    ("Germany rejected a proposal by France.", ("DEU", "FRA")),
]


@pytest.mark.parametrize(("text", "pair"), CASES)
def test_the_by_phrase_is_the_rejected_author(text: str, pair: tuple[str, str]) -> None:
    events = realpolitik.extract(text, lang="en", published="2025-06-28")
    assert pair in {(e.source[:3], (e.target or "")[:3]) for e in events if is_shown(e) and e.cameo == "120"}

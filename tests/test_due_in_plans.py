"""A stop announced with "is due in"/"are due at" ("is due in Beijing next week for talks with Xi") is a plan like
"is expected in": the talks after it have not taken place (EVAL.md: planned events are not annotated). Round 37,
wire_en12: "the five leaders are due in New York for meetings" paired the five with one another."""

from __future__ import annotations

import pytest

import realpolitik
from realpolitik.events.confidence import is_shown


def _shown(text: str) -> list:
    return [e for e in realpolitik.extract(text, lang="en", published="2025-11-07") if is_shown(e)]


@pytest.mark.parametrize("text", [
    "Putin is due in Beijing next week for talks with Xi Jinping.",
    "The Kazakh and Uzbek presidents are due in Moscow on Monday for talks with Putin.",
    "Rubio is due at the Élysée on Friday for a meeting with Macron.",
])
def test_a_stop_that_is_due_is_a_plan(text: str) -> None:
    assert not [e for e in _shown(text) if e.plover == "CONSULT"], [(e.source, e.target, e.cameo) for e in _shown(text)]


def test_a_stop_that_happened_stays() -> None:
    assert any(e.plover == "CONSULT" for e in _shown("Putin was in Beijing on Monday for talks with Xi Jinping."))

"""Spanish constructions (tests/data/es_constructions.txt): the subject's apposition before a verb with a direct
object, the conditional of rumour and speculation, analysts' views, plans, announced decisions, negation, and words
used in another sense. Each sentence gives exactly its keys (shown events, the type keys of EVAL.md)."""

from __future__ import annotations

import pytest
from tests.constructions import cases, check


@pytest.mark.parametrize(("text", "required", "allowed"), cases("es_constructions.txt"))
def test_spanish_construction(text: str, required: set, allowed: set) -> None:
    check(text, "es", required, allowed)

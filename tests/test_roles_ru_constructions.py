"""Russian constructions in news sentences (tests/data/ru_constructions.txt): who is the source and who the target
where nouns, cases and word order carry the roles. Each sentence gives exactly its keys (shown events, the type keys
of EVAL.md). Lines marked "open" are not read yet: they run as expected failures, so a fix shows as XPASS."""

from __future__ import annotations

import pytest
from tests.constructions import cases, check


@pytest.mark.parametrize(("text", "required", "allowed"), cases("ru_constructions.txt"))
def test_russian_construction(text: str, required: set, allowed: set) -> None:
    check(text, "ru", required, allowed)

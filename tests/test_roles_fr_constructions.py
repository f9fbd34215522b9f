"""French constructions in long news sentences (tests/data/fr_constructions.txt): reported speech, fronted and
inserted clauses, relatives, appositions, coordination, passives, nominalisations, control infinitives, clefts,
negation and modality, lists, places; and sentences where a naive reader pairs the wrong actors. Each sentence
gives exactly its keys (shown events, the type keys of EVAL.md). Lines marked "open" are not read yet: they run as
expected failures, so that the checklist stays in one place and a fix shows as XPASS."""

from __future__ import annotations

import pytest
from tests.constructions import cases, check


@pytest.mark.parametrize(("text", "required", "allowed"), cases("fr_constructions.txt"))
def test_french_construction(text: str, required: set, allowed: set) -> None:
    check(text, "fr", required, allowed)

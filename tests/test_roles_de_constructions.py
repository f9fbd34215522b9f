"""German constructions in long news sentences (tests/data/de_constructions.txt): reported speech in its forms,
fronted and inserted clauses, relatives, appositions, coordination, passives, nominalisations and extended
attributes, control infinitives, fronted objects, negation and modality, lists, places; and sentences where a
naive reader pairs the wrong actors. Open lines run as expected failures (tests/constructions.py)."""

from __future__ import annotations

import pytest
from tests.constructions import cases, check


@pytest.mark.parametrize(("text", "required", "allowed"), cases("de_constructions.txt"))
def test_german_construction(text: str, required: set, allowed: set) -> None:
    check(text, "de", required, allowed)

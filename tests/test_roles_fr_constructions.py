"""French constructions in long news sentences (tests/data/fr_constructions.txt): reported speech, fronted and
inserted clauses, relatives, appositions, coordination, passives, nominalisations, control infinitives, clefts,
negation and modality, lists, places; and sentences where a naive reader pairs the wrong actors. Each sentence
gives exactly its keys (shown events, the type keys of EVAL.md). Lines marked "open" are not read yet: they run as
expected failures, so that the checklist stays in one place and a fix shows as XPASS."""

from __future__ import annotations

from pathlib import Path

import pytest

import realpolitik
from realpolitik.evaluate.keys import make_key
from realpolitik.events.confidence import is_shown

_DATA = Path(__file__).parent / "data" / "fr_constructions.txt"


def _key(item: str) -> tuple:
    words = item.split()
    source, target = (None if w == "_" else w for w in words[:2])
    return make_key(source, target, words[2], words[3:] == ["neg"])[0]


def _cases() -> list:
    cases, heading = [], ""
    for line in _DATA.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            heading = line.lstrip("# ")
            continue
        if not line.strip():
            continue
        is_open = line.startswith("open: ")
        text, _, expected = line.removeprefix("open: ").partition("||")
        keys = {_key(item) for item in expected.split(";") if item.strip() not in ("", "-")}
        marks = [pytest.mark.xfail(reason="construction not read yet", strict=False)] if is_open else []
        cases.append(pytest.param(text.strip(), keys, id=f"{heading[:3].strip()}-{len(cases)}", marks=marks))
    return cases


@pytest.mark.parametrize(("text", "expected"), _cases())
def test_french_construction(text: str, expected: set) -> None:
    events = realpolitik.extract(text, lang="fr", published="2025-10-27")
    assert {make_key(e.source, e.target, e.plover or "", e.negated)[0] for e in events if is_shown(e)} == expected

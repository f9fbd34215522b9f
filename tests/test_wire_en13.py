"""What the thirteenth English wire set (eval/gold/wire_en13.jsonl) showed the coder missing or printing wrongly. Each
fix is a way the language says things, tested with sentences written for this file, not taken from the set."""

from __future__ import annotations

from datetime import date

import pytest

from realpolitik.model import Document
from realpolitik.pipeline import extract_document


def _events(text: str, lang: str = "en") -> set[tuple]:
    """The printed events (told as done or reported), by country."""
    doc = Document(id="t", text=text, lang=lang, published=date(2025, 6, 18))
    return {(e.source[:3], e.target[:3] if e.target else None, e.plover, e.negated)
            for e in extract_document(doc).events if e.factual}


@pytest.mark.parametrize(("text", "wanted"), [
    ("Manila dismissed the Chinese embassy's statement as propaganda.", ("PHL", "CHN", "REJECT", False)),
    ("Ankara dismissed the remarks of the Greek prime minister as provocative.", ("TUR", "GRC", "REJECT", False)),
    ("Seoul rebuffed the North Korean statement.", ("KOR", "PRK", "REJECT", False)),
])
def test_a_statement_dismissed_is_turned_away(text: str, wanted: tuple) -> None:
    """"dismissed the embassy's statement", "dismissed the remarks of": what another side said is rejected, as a
    dismissed protest or criticism is (the statement need not be an accusation to be turned away)."""
    assert wanted in _events(text)

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


@pytest.mark.parametrize(("text", "wanted"), [
    ("Fiji opened an embassy in Jerusalem on Wednesday.", ("FJI", "ISR", "SUPPORT", False)),
    ("Paraguay inaugurated its embassy in Jerusalem in the presence of Netanyahu.", ("PRY", "ISR", "SUPPORT", False)),
])
def test_an_embassy_opened_in_a_capital_is_a_step_toward_its_state(text: str, wanted: tuple) -> None:
    """"opened an embassy in Jerusalem": a mission set up in the country of the city named (SUPPORT 054, as
    "reopened its embassy in Damascus" is coded), one way, as "closed its embassy in" is a sanction of that country."""
    assert wanted in _events(text)


def test_reopened_embassy_in_a_capital_is_one_way() -> None:
    """"Italy reopened its embassy in Damascus": Italy's step; Syria did nothing (no mutual recognition)."""
    events = _events("Italy said it had reopened its embassy in Damascus.")
    assert ("ITA", "SYR", "SUPPORT", False) in events
    assert ("SYR", "ITA", "SUPPORT", False) not in events

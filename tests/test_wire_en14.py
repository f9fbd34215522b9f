"""What the fourteenth English wire set (eval/gold/wire_en14.jsonl) showed the coder missing or printing wrongly. Each
fix is a way the language says things, tested with sentences written for this file, not taken from the set."""

from __future__ import annotations

from datetime import date

import pytest

from realpolitik.model import Document
from realpolitik.pipeline import extract_document


def _events(text: str, lang: str = "en") -> set[tuple]:
    """The printed events (told as done or reported), by country."""
    doc = Document(id="t", text=text, lang=lang, published=date(2025, 5, 16))
    return {(e.source[:3], e.target[:3] if e.target else None, e.plover, e.negated)
            for e in extract_document(doc).events if e.factual}


@pytest.mark.parametrize(("text", "wanted"), [
    ("Kazakhstan's president voiced support for Azerbaijan in a call with Turkey's president on Monday.",
     ("KAZ", "TUR", "CONSULT", False)),
    ("The Greek prime minister raised the migrant crisis in a call with the Libyan prime minister.",
     ("GRC", "LBY", "CONSULT", False)),
    ("Egypt's foreign minister discussed the truce in a phone call with his Qatari counterpart.",
     ("EGY", "QAT", "CONSULT", False)),
])
def test_a_call_with_a_partner_after_the_verb_took_place(text: str, wanted: tuple) -> None:
    """"voiced support for X in a call with Y": the call named after the clause's verb, with its partner in the
    "with" phrase, was held by the subject, as a fronted "In a call with Y, X ..." is (the trigger "call with" ends
    in the partner's preposition)."""
    assert wanted in _events(text)


def test_a_call_yet_to_come_is_not_held() -> None:
    """"Before a call with ...": a call still to come took no place."""
    assert not any(e[2] == "CONSULT" for e in _events(
        "Before a call with the Turkish president, the Kazakh president praised Azerbaijan."))

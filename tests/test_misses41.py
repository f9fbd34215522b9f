"""Ways of saying things that round 40's sets showed the coder misreading and their authors understood but left
(round 41's misses task). Each test uses sentences written for this file, not taken from any set, with at least one
other phrasing and a sentence the fix must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from realpolitik.model import Document
from realpolitik.pipeline import extract_document


def _events(text: str, lang: str = "en", published: date = date(2025, 10, 15)) -> set[tuple]:
    """The printed events (told as done or reported), by country."""
    doc = Document(id="t", text=text, lang=lang, published=published)
    return {(e.source[:3], e.target[:3] if e.target else None, e.plover, e.negated)
            for e in extract_document(doc).events if e.factual}


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Erdogan spoke in Ankara on Monday. He welcomed Iran's delegation warmly and offered to mediate between Iran "
     "and Israel.", "TUR", "ISR"),
    ("Lukashenko gave a long address on Friday. In it he praised Trump as a leader who keeps promises and offered to "
     "host talks between Russia and Ukraine.", "BLR", "UKR"),
])
def test_pronoun_subject_keeps_its_object_out_of_the_next_verb(text: str, source: str, target: str) -> None:
    """"he praised Trump ... and offered to host talks": the pronoun is the subject of both verbs; the name after the
    first verb is its object, not the subject of the second (the offer was read as Trump's)."""
    found = _events(text)
    offers = [f for f in found if f[1] == target]
    assert offers and all(f[0] == source for f in offers), found


def test_object_before_an_infinitive_still_acts_next() -> None:
    """"invited Putin to visit Tehran": the object of "invited" is who acts next; the fix leaves it so."""
    found = _events("Pezeshkian invited Putin to visit Tehran in the spring.")
    assert ("IRN", "RUS", "AGREE", False) in found, found

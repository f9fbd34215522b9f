"""Parties a sentence does not name by country: a crowd (the people of where it is, or of the crowd told of
before) and the state of the body's first sentence after a title (not the dateline's city). Sentences written
for the tests."""

from __future__ import annotations

from datetime import date

from realpolitik.actors import recognise_actors
from realpolitik.language import split_sentences
from realpolitik.model import Document
from realpolitik.pipeline import extract_document

ON = date(2025, 10, 27)


def _codes(text: str, lang: str) -> list[list[str]]:
    """Per sentence: the codes of its actor mentions."""
    return [[m.code for m in ms] for ms in recognise_actors(split_sentences(text, lang), lang, ON)]


def _keys(text: str, lang: str) -> set[tuple]:
    events = extract_document(Document(id="t", text=text, lang=lang, published=ON)).events
    return {(e.source, e.target, e.plover) for e in events if e.factual}


def test_the_dateline_after_a_title_is_no_sentence_topic() -> None:
    text = ("Streit um einen Hafen am Roten Meer\n\n"
            "Nairobi – Die Regierung Eritreas hat ein Abkommen Äthiopiens mit Dschibuti verurteilt. "
            "Der Präsident des Landes forderte die Afrikanische Union zum Handeln auf.")
    codes = _codes(text, "de")
    assert codes[1] == ["ERIGOV", "ETH", "DJI"], codes  # no dateline city: "Asmara" would be the sentence's topic
    assert ("ERIGOV", "AU", "REQUEST") in _keys(text, "de"), _keys(text, "de")

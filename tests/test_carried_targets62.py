"""The latest exchange a charge, threat or measure with no target answers (`article_acts.latest_exchange`, round 62,
carry62): not an offer, pledge, material cooperation or aid told in an earlier sentence (`GOODWILL`: "Spain granted
the opposition leader asylum. A Venezuelan court had issued a warrant for his arrest" answers no Spain; "The EAC
offered to convene the two ministers ... Tanzanian officials accused them of meddling"), as none answers praise or a
deal; one told in its own sentence ("agreed to ..., but voiced concern") or with a party its own sentence names
still counts, and a rejection still answers an offer.

Sentences of our own."""

from __future__ import annotations

import pytest

from extracted import events_of
from extracted import last_sentence_keys as last


@pytest.mark.parametrize(("lang", "lead", "tail", "fact"), [
    ("en", "Japan pledged aid to Peru on Monday. ", "Peru voiced concern.", ("PER", "JPN", "ACCUSE")),
    ("en", "Japan delivered aid to Peru on Monday. ", "Peru voiced concern.", ("PER", "JPN", "ACCUSE")),
    ("es", "Japón entregó ayuda a Perú el lunes. ", "Perú expresó su preocupación.", ("PER", "JPN", "ACCUSE")),
    ("de", "Japan lieferte am Montag Hilfsgüter nach Peru. ", "Peru reagierte verärgert.", ("PER", "JPN", "ACCUSE")),
])
def test_a_charge_answers_no_goodwill_told_before(lang: str, lead: str, tail: str, fact: tuple) -> None:
    found = last(lead + tail, lang, tail)
    assert fact not in found, found


def test_a_rejection_still_answers_an_offer() -> None:
    lead, tail = "Japan offered Peru talks on Monday. ", "Peru rejected the offer."
    assert ("PER", "JPN", "REJECT") in last(lead + tail, "en", tail)


def test_a_charge_still_answers_a_quarrel() -> None:
    lead, tail = "Chile imposed tariffs on Peru on Monday. ", "Peru voiced concern."
    assert ("PER", "CHL", "ACCUSE") in last(lead + tail, "en", tail)


@pytest.mark.parametrize(("text", "fact"), [
    # goodwill told in the charge's own sentence is what it sets itself against
    ("Japan and Peru agreed on Monday to expand trade, but Peru voiced concern.", ("PER", "JPN", "ACCUSE")),
    # a party the charge's own sentence names
    ("Japan pledged aid to Peru on Monday. Peru threatened to cut off the electricity that it sends to Japan.",
     ("PER", "JPN", "THREATEN")),
])
def test_goodwill_in_the_sentence_or_with_a_party_it_names_still_counts(text: str, fact: tuple) -> None:
    assert fact in {((e.source or "")[:3], (e.target or "")[:3], e.plover) for e in events_of(text, "en")}

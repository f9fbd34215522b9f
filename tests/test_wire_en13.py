"""What the thirteenth English wire set (eval/gold/wire_en13.jsonl) showed the coder missing or printing wrongly. Each
fix is a way the language says things, tested with sentences written for this file, not taken from the set."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import facts


def _events(text: str, lang: str = "en") -> set[tuple]:
    """The printed events (told as done or reported), by country."""
    return facts(text, lang, date(2025, 6, 18))


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


@pytest.mark.parametrize(("text", "wanted", "unwanted"), [
    ("Britain imposed sanctions on Tuesday on two far-right Israeli ministers over what they called incitement "
     "against Palestinians.", ("GBR", "ISR", "SANCTION", False), ("GBR", "PSE", "SANCTION", False)),
    ("France imposed an entry ban on Thursday on three hard-line Iranian officials over threats against Israelis.",
     ("FRA", "IRN", "SANCTION", False), ("FRA", "ISR", "SANCTION", False)),
    ("On Friday Canada slapped sanctions on four high-ranking Russian officers over crimes against Ukrainians.",
     ("CAN", "RUS", "SANCTION", False), ("CAN", "UKR", "SANCTION", False)),
])
def test_a_hyphened_modifier_is_one_word_between_preposition_and_name(text: str, wanted: tuple,
                                                                         unwanted: tuple) -> None:
    """"on two far-right Israeli ministers": the preposition is looked for a few words back from the name, and a
    modifier written with a hyphen ("far-right", "hard-line", "high-ranking") counted as three of them, so "on" was
    not reached and the later "against Palestinians" became the target."""
    events = _events(text)
    assert wanted in events
    assert unwanted not in events


def test_a_name_written_into_a_compound_keeps_its_reading() -> None:
    """"the long-awaited EU-India trade deal": a name inside a hyphened compound is not reached past the modifier."""
    assert ("EU", "IND", "AGREE", False) in _events(
        "Ursula von der Leyen and Narendra Modi signed off on the long-awaited EU-India trade deal.")


@pytest.mark.parametrize(("text", "wanted", "unwanted"), [
    ("Britain and Canada imposed sanctions on two Israeli ministers. Lammy said the ministers' rhetoric was dangerous.",
     ("GBR", "ISR", "ACCUSE", False), ("GBR", "CAN", "ACCUSE", False)),
    ("France and Germany received two Ukrainian ministers in Paris. Macron praised the ministers' courage.",
     ("FRA", "UKR", "SUPPORT", False), ("FRA", "DEU", "SUPPORT", False)),
])
def test_the_plural_office_repeats_the_office_holders_named_with_their_state(text: str, wanted: tuple,
                                                                            unwanted: tuple) -> None:
    """"sanctioned two Israeli ministers ... the ministers' rhetoric": the plural office noun stands for the office
    holders named so with their state, not for the offices of the list of states that acted on them."""
    events = _events(text)
    assert wanted in events
    assert unwanted not in events


def test_the_plural_office_of_a_listed_state_keeps_the_list() -> None:
    """"Kenya, Uganda and Tanzania met. The ministers ...": no office named with a state outside the list."""
    events = _events("Kenya, Uganda and Tanzania met in Arusha. The ministers condemned Rwanda's attack on Congo.")
    assert {("KEN", "RWA", "ACCUSE", False), ("UGA", "RWA", "ACCUSE", False)} <= events


"""Round 48's first fresh German set (eval/gold/fresh48a_de.jsonl, written as real news is written) showed these
ways of saying an act unread or misread; the sentences here are written for this file, none taken from the set, and
each fix has one it must leave alone. Set b (fresh48b_de) is held out: nothing here comes from it."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from extracted import shown_keys

# the events printed by default, by country: (source, target, type), for a German text of a March 2026 day
_shown = partial(shown_keys, lang="de", published=date(2026, 3, 4))


@pytest.mark.parametrize(("text", "key"), [
    ("Die EU reagierte mit Gegenzöllen auf amerikanische Waren.", ("EU", "USA", "SANCTION")),
    ("Peking antwortete mit Vergeltungszöllen auf Sojabohnen aus den USA.", ("CHN", "USA", "SANCTION")),
    ("Kanada reagierte mit Ausgleichszöllen auf Stahl aus China.", ("CAN", "CHN", "SANCTION")),
])
def test_duties_named_by_kind_in_the_dative_are_sanctions(text: str, key: tuple) -> None:
    """"antwortete mit Gegenzöllen auf ...": the dative plural of a duty named by its kind is the measure itself, as
    its nominative "Gegenzölle" already was."""
    shown = _shown(text)
    assert key in shown, shown


def test_duties_only_asked_about_or_planned_are_no_sanction() -> None:
    """A question or a plan names no duty imposed."""
    for text in ("Würde Peking dann mit Gegenzöllen auf Schweinefleisch antworten?",
                 "Die EU will mit Gegenzöllen auf amerikanische Waren antworten."):
        assert not any(k[2] == "SANCTION" for k in _shown(text)), text


@pytest.mark.parametrize("text", [
    "Mit einem Antrag auf Aufnahme in die Nato hat Georgien einen Streit mit Russland ausgelöst.",
    "Mit ihrem Antrag auf Mitgliedschaft in der EU hat die Republik Moldau Moskau verärgert.",
])
def test_an_application_to_join_is_no_accession(text: str) -> None:
    """"Mit einem Antrag auf Aufnahme in die Nato ...": an application asks to join, nobody has joined, and the
    state the sentence names beside the applicant is no party to an agreement (the sets code a proposed membership)."""
    shown = _shown(text)
    assert not any(k[2] == "AGREE" for k in shown), shown


def test_a_joining_told_as_done_is_still_an_accession() -> None:
    shown = _shown("Schweden trat im März 2024 der Nato bei.")
    assert ("SWE", "NAT", "AGREE") in shown, shown


@pytest.mark.parametrize(("text", "key"), [
    ("Indien hatte daraufhin Einfuhren aus Bangladesch eingeschränkt.", ("IND", "BGD", "SANCTION")),
    ("Japan schränkte die Ausfuhr von Chipmaterialien nach Südkorea ein.", ("JPN", "KOR", "SANCTION")),
    ("Peking hatte die Ausfuhr von Gallium in die USA beschränkt.", ("CHN", "USA", "SANCTION")),
])
def test_trade_restricted_to_a_country_is_a_sanction(text: str, key: tuple) -> None:
    """"hatte Einfuhren aus X eingeschränkt", "schränkte die Ausfuhr ... nach X ein": trade restricted, not only
    stopped, is a measure against the country named (CAMEO 163)."""
    shown = _shown(text)
    assert key in shown, shown


def test_a_restriction_with_no_country_or_only_planned_is_no_sanction() -> None:
    assert not _shown("Offen blieb der Streit über Seltene Erden, deren Ausfuhr China im April beschränkt hatte.")
    assert not any(k[2] == "SANCTION" for k in _shown("Die EU will die Einfuhr russischen Gases einschränken."))

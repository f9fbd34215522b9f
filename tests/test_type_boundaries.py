"""Where one pair could be read as a neighbouring type: cues that move the type (an "or else" makes a demand an
ultimatum, a denied claim is no act). Sentences written for the tests, in the languages the cues are listed for."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import events_of


def _events(text: str, lang: str):
    return events_of(text, lang, date(2025, 6, 4))


def _factual(text: str, lang: str) -> set[tuple[str, str | None, str]]:
    return {(e.source[:3], (e.target or "")[:3] or None, e.plover) for e in _events(text, lang) if e.factual}


@pytest.mark.parametrize(("lang", "text", "pair"), [
    ("en", "Britain demanded that Iran release the tanker or face further sanctions.", ("GBR", "IRN")),
    ("fr", "Le Maroc a exigé de l'Algérie la réouverture de la frontière, faute de quoi il saisirait l'ONU.",
     ("MAR", "DZA")),
    ("es", "Brasil exigió a Paraguay que liberara a los detenidos, de lo contrario suspendería el comercio.",
     ("BRA", "PRY")),
    ("de", "Polen forderte Belarus auf, den Journalisten freizulassen, andernfalls werde die Grenze geschlossen.",
     ("POL", "BLR")),
])
def test_a_demand_with_an_or_else_is_an_ultimatum(lang: str, text: str, pair: tuple[str, str]) -> None:
    keys = _factual(text, lang)
    assert (*pair, "THREATEN") in keys
    assert (*pair, "REQUEST") not in keys


def test_a_hostile_act_before_unless_is_a_threat() -> None:
    keys = _factual("Japan will expel the Chinese diplomats unless Beijing apologises.", "en")
    assert ("JPN", "CHN", "THREATEN") in keys
    assert ("JPN", "CHN", "SANCTION") not in keys


def test_the_act_a_plain_demand_asks_for_stays_a_request() -> None:
    keys = _factual("Britain demanded that Iran release the tanker.", "en")
    assert ("GBR", "IRN", "REQUEST") in keys


@pytest.mark.parametrize(("lang", "text", "denied"), [
    ("en", "Hungary rejected the claims that its police had beaten Serbian migrants.", "COERCE"),
    ("fr", "Le Rwanda a qualifié de « sans fondement » les accusations de bombardements contre le Burundi.", "ASSAULT"),
    ("es", "Venezuela desmintió las denuncias de que sus tropas habían atacado a Guyana.", "ASSAULT"),
    ("de", "Minsk bestritt die Angaben Litauens, belarussische Soldaten hätten die Grenze beschossen.", "ASSAULT"),
])
def test_the_claim_a_denial_answers_is_no_act(lang: str, text: str, denied: str) -> None:
    events = _events(text, lang)
    assert any(e.plover == "REJECT" and e.factual for e in events)
    assert not [e for e in events if e.plover == denied and e.factual]


def test_an_act_joined_after_a_denial_is_an_act() -> None:
    keys = _factual("Venezuela desmintió las acusaciones y expulsó al embajador de Guyana.", "es")
    assert ("VEN", "GUY", "SANCTION") in keys

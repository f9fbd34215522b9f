"""Parties and the opposition speak for no state abroad (issue 10, round 34): a party named alone ("el PP", "die AfD",
"LFI", "Republicans") is its country's opposition or party in power, so its demand of its own government is domestic
and no side of the article's main pair is filled in for it; a head of government named with his party stays the
government. Sentences written for the tests."""

from __future__ import annotations

import pytest

from extracted import events_of, shown_keys
from realpolitik.events.confidence import is_shown


def _shown(text: str, lang: str) -> set[tuple]:
    """The keys of the events printed by default, by country (the gold scores only those)."""
    return shown_keys(text, lang)


def _sources(text: str, lang: str) -> set[str]:
    """Every printed event's full source code."""
    return {e.source for e in events_of(text, lang) if is_shown(e)}


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "El presidente argelino recibió el lunes en Argel a Pedro Sánchez para cerrar la crisis bilateral. "
           "El PP exigió al Gobierno que aclare en el Congreso qué concesiones hizo en la cumbre."),
    ("de", "Polen und Litauen vereinbarten am Montag eine engere Zusammenarbeit an der Grenze zu Belarus. "
           "Die AfD forderte die Bundesregierung auf, die Kosten offenzulegen."),
    ("fr", "Le roi du Maroc a reçu lundi Emmanuel Macron à Rabat pour une visite d'État. "
           "Le Rassemblement national a reproché au chef de l'État de négliger les agriculteurs."),
    ("en", "Chinese President Xi Jinping hosted Brazil's president in Beijing on Monday. "
           "Republicans urged the administration to publish the terms of its own trade talks."),
])
def test_a_party_asking_its_own_government_gets_no_foreign_source(lang: str, text: str) -> None:
    # the party's demand of its own government is domestic: no state of the visit is its author or its addressee
    shown = _shown(text, lang)
    assert not {key for key in shown if key[2] in ("REQUEST", "ACCUSE")}


@pytest.mark.parametrize(("lang", "text", "opposition"), [
    ("de", "Russland und Belarus hielten am Montag ein gemeinsames Manöver ab. "
           "Die polnische Opposition kritisierte, dass die Regierung zu spät reagiert habe.", "POL"),
    ("es", "Rusia y Venezuela firmaron el lunes un acuerdo energético en Moscú. "
           "La oposición venezolana calificó la visita de teatro.", "VEN"),
])
def test_the_opposition_names_no_target_from_the_article(lang: str, text: str, opposition: str) -> None:
    # a criticism with no target named is not aimed at the states of the article's main pair
    assert not {key for key in _shown(text, lang) if key[0] == opposition}


@pytest.mark.parametrize(("lang", "text", "source"), [
    ("en", "Spanish Prime Minister Pedro Sánchez (PSOE) visited Rabat on Monday and met King Mohammed VI.", "ESPGOV"),
    ("es", "El presidente del Gobierno, Pedro Sánchez (PSOE), visitó Rabat el lunes y se reunió con el rey Mohamed VI.",
     "ESPGOV"),
    ("de", "Bundeskanzler Friedrich Merz (CDU) besuchte am Montag Warschau und traf Ministerpräsident Donald Tusk.",
     "DEUGOV"),
])
def test_a_head_of_government_named_with_his_party_stays_the_government(lang: str, text: str, source: str) -> None:
    assert source in _sources(text, lang)


def test_a_named_party_is_its_countrys_opposition() -> None:
    # the party's own code: its country with OPP, the sentence's only actor before a foreign state
    events = [e for e in events_of("Die AfD kritisierte die Ukraine scharf für ihre Forderungen nach Waffen.", "de")
              if is_shown(e)]
    assert {(e.source, (e.target or "")[:3]) for e in events} == {("DEUOPP", "UKR")}


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Die AfD lehnte die Hilfe ab und verlangte stattdessen Verhandlungen mit Moskau."),
    ("fr", "La France insoumise a exigé l'ouverture de négociations avec Moscou."),
    ("en", "Republicans demanded talks with Beijing on tariffs."),
])
def test_a_partys_demand_asks_its_own_government(lang: str, text: str) -> None:
    # talks with a state abroad that a party demands are asked of its own government: no state is asked
    assert not {key for key in _shown(text, lang) if key[2] == "REQUEST"}

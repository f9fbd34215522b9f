"""Roles decided by the clause's shape (round 49): a relative clause's pronoun read subject first, and a backer
named after "with the support of" that is no party of the act it backs. Own sentences, several languages per
shape; the sentences before round 49 gave the German relative's act to its object and the backer the attack."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import events_of

Key = tuple[str, str, str]


def _events(text: str, lang: str) -> set[Key]:
    return {((e.source or "-")[:3], (e.target or "-")[:3], e.cameo[:2])
            for e in events_of(text, lang, date(2025, 6, 4))}


@pytest.mark.parametrize(("text", "lang", "event"), [
    # German: the pronoun and the article after it are both nominative or accusative; a singular verb makes the
    # pronoun the subject
    ("Die Türkei, die die neue Führung in Damaskus militärisch unterstützt, verurteilte die Angriffe scharf.", "de",
     ("TUR", "SYR", "07")),
    ("Frankreich, das die Regierung in Kiew seit Jahren unterstützt, kritisierte am Dienstag Russland.", "de",
     ("FRA", "UKR", "05")),
    ("Polen, das die Ukraine mit Waffen beliefert hat, beschuldigte Weißrussland der Provokation.", "de",
     ("POL", "UKR", "07")),
    # the same shape in English and Spanish, where the pronoun's form says it
    ("Poland, which has supplied weapons to Ukraine, accused Belarus of provocation.", "en", ("POL", "UKR", "07")),
    ("Polonia, que ha suministrado armas a Ucrania, acusó a Bielorrusia de provocación.", "es", ("POL", "UKR", "07")),
])
def test_a_relative_pronoun_before_its_object_is_the_subject(text: str, lang: str, event: Key) -> None:
    got = _events(text, lang)
    assert event in got, got
    assert not any(s == event[1] and c == event[2] for s, _, c in got), got


def test_a_plural_verb_leaves_the_phrase_after_the_pronoun_its_subject() -> None:
    """"Die Ukraine, die die USA seit Jahren unterstützen": the plural verb agrees with the USA, not Ukraine."""
    got = _events("Die Ukraine, die die USA seit Jahren unterstützen, kritisierte am Dienstag Russland.", "de")
    assert not any(s == "UKR" and t == "USA" for s, t, _ in got), got
    assert ("UKR", "RUS", "11") in got, got


@pytest.mark.parametrize(("text", "lang", "attack", "backing"), [
    ("Frankreich hat mit Unterstützung Belgiens Stellungen der Islamisten in Mali angegriffen.", "de",
     ("FRA", "MLI", "19"), ("FRA", "BEL", "06")),
    ("Die Türkei griff mit Unterstützung Aserbaidschans Ziele in Armenien an.", "de",
     ("TUR", "ARM", "19"), ("TUR", "AZE", "06")),
    ("Die USA haben am Samstag mit Unterstützung von Kanada Ziele in Syrien angegriffen.", "de",
     ("USA", "SYR", "19"), ("USA", "CAN", "06")),
    ("France, with the support of Belgium, struck Islamist positions in Mali.", "en",
     ("FRA", "MLI", "19"), ("FRA", "BEL", "06")),
])
def test_a_backer_is_no_party_of_the_act_it_backs(text: str, lang: str, attack: Key, backing: Key) -> None:
    got = _events(text, lang)
    assert attack in got, got
    assert backing in got, got
    backer = backing[1]
    assert not any(backer in (s, t) and c == attack[2] for s, t, c in got), got


@pytest.mark.parametrize(("text", "lang", "acts"), [
    ("Portugal joined Italy and Greece in condemning the Russian strikes on Odesa.", "en",
     {("PRT", "RUS", "11"), ("ITA", "RUS", "11"), ("GRC", "RUS", "11")}),
    ("Austria se unió a Alemania para condenar a Rusia.", "es", {("AUT", "RUS", "11"), ("DEU", "RUS", "11")}),
    ("Portugal se sumó a Italia para condenar los ataques de Rusia.", "es",
     {("PRT", "RUS", "11"), ("ITA", "RUS", "11")}),
    ("La France s'est jointe à l'Allemagne pour condamner la Russie.", "fr",
     {("FRA", "RUS", "11"), ("DEU", "RUS", "11")}),
    ("Portugal schloss sich Italien und Griechenland an und verurteilte die russischen Angriffe auf Odessa.", "de",
     {("PRT", "RUS", "11"), ("ITA", "RUS", "11"), ("GRC", "RUS", "11")}),
    ("Kanada hat sich am Montag Frankreich und den Niederlanden angeschlossen und eine Erklärung zum Schutz von "
     "Unterseekabeln unterzeichnet.", "de", {("CAN", "FRA", "05"), ("CAN", "NLD", "05"), ("FRA", "NLD", "05")}),
])
def test_the_one_joined_in_an_act_does_it_too_and_is_not_joined(text: str, lang: str, acts: set[Key]) -> None:
    """"joined Italy in condemning", "se unió a Alemania para condenar": the object of the verb of joining condemns
    too, and the joining is no alliance or cooperation with it."""
    got = _events(text, lang)
    assert acts <= got, got
    sides = {s for s, _, _ in acts}
    assert not any(s in sides and t in sides for s, t, _ in got - acts), got


@pytest.mark.parametrize(("text", "lang", "event"), [
    ("Sweden joined NATO in 2024.", "en", ("SWE", "NAT", "05")),
    ("Suecia se unió a la OTAN en 2024.", "es", ("SWE", "NAT", "05")),
])
def test_joining_a_body_with_no_act_after_it_stays_a_joining(text: str, lang: str, event: Key) -> None:
    assert event in _events(text, lang)

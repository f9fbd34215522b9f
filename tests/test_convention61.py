"""The conventions round 61 (convention61) settled in eval/gold/README.md, and the coder that follows them. Sentences
of our own.

- A measure eased or lifted is RETREAT, the administrative 081 as the economic 085 (the studied gold: RETREAT 081 13,
  085 115 against CONCEDE 081 5, 085 2): the project's PLOVER override types 081 RETREAT; 0811 and 0812 (political
  freedoms eased at home) keep CAMEO2PLOVER's CONCEDE.
- "Not yet signed" in a relative clause is the signing negated, as in a main clause (EVAL.md's "has yet to sign").
- A support reaffirmed or reiterated is SUPPORT (the studied gold 11 to 3; fr 9, es 2): English "reaffirmed its
  support" was a pledge (AGREE 030); French "a réitéré son appui" was not read. A commitment reaffirmed stays a pledge.
- An application to join a body is no event (the studied gold: none in 19 of 22): Spanish "presentó su solicitud de
  adhesión", "solicitó formalmente su adhesión" was a request to the body.
- A verdict on a signed deal judges every party; one whose relative clause names the act a step ("..., une démarche
  que Moscou a qualifiée", "..., un paso que Argelia criticó") judges the step's author alone (wire-fr-008)."""

from __future__ import annotations

import pytest

from extracted import facts, read_as_all
from realpolitik.events.cameo import lookup


def test_an_administrative_easing_is_retreat() -> None:
    assert lookup("081").plover == "RETREAT"
    assert lookup("085").plover == "RETREAT"
    assert lookup("0811").plover == "CONCEDE"  # political freedoms eased at home: CAMEO2PLOVER's own row
    assert lookup("080").plover == "CONCEDE"  # yielding as such


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Kasachstan hob am Dienstag das Einreiseverbot für kirgisische Bürger auf.", "de",
     ("KAZ", "KGZ", "RETREAT", False)),
    ("Uzbekistan reopened its airspace to Afghan airlines on Tuesday.", "en", ("UZB", "AFG", "RETREAT", False)),
    ("Venezuela reabrió el martes su frontera con Colombia.", "es", ("VEN", "COL", "RETREAT", False)),
])
def test_a_measure_lifted_is_retreat(text: str, lang: str, expected: tuple) -> None:
    read_as_all(facts(text, lang), [expected], [expected[:2] + ("CONCEDE", False)])


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Uruguay warb für das Handelsabkommen zwischen der EU und dem Mercosur, das noch nicht unterzeichnet ist.", "de",
     ("EU", "MER", "AGREE", True)),  # (the keys keep three letters)
    ("Túnez negocia con Bruselas un acuerdo de asociación que aún no se ha firmado.", "es",
     ("TUN", "EU", "AGREE", True)),
])
def test_not_yet_signed_in_a_relative_clause_is_negated(text: str, lang: str, expected: tuple) -> None:
    keys = {(s, t, ty, n) if ty not in ("AGREE",) else (*sorted((s, t)), ty, n) for s, t, ty, n in facts(text, lang)}
    want = (*sorted(expected[:2]), expected[2], expected[3])
    assert want in keys, keys
    assert (*sorted(expected[:2]), expected[2], False) not in keys, keys


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Japan reaffirmed its support for the Philippines on Monday.", "en", ("JPN", "PHL")),
    ("The Canadian foreign minister reiterated Ottawa's support for Ukraine.", "en", ("CAN", "UKR")),
    ("L'Algérie a réitéré son appui au Niger.", "fr", ("DZA", "NER")),
    ("Le Canada a réaffirmé son soutien à l'Ukraine.", "fr", ("CAN", "UKR")),
    ("El Gobierno de Chile reafirmó su respaldo a Perú.", "es", ("CHL", "PER")),
    ("Frankreich bekräftigte am Montag seine Unterstützung für die Ukraine.", "de", ("FRA", "UKR")),
    ("Россия подтвердила поддержку Венесуэлы.", "ru", ("RUS", "VEN")),
])
def test_a_support_reaffirmed_is_support(text: str, lang: str, expected: tuple) -> None:
    read_as_all(facts(text, lang), [(*expected, "SUPPORT", False)], [(*expected, "AGREE", False)])


def test_a_commitment_reaffirmed_stays_a_pledge() -> None:
    read_as_all(facts("Australia reaffirmed its commitment to Papua New Guinea.", "en"),
                [("AUS", "PNG", "AGREE", False)], [("AUS", "PNG", "SUPPORT", False)])


@pytest.mark.parametrize("text", [
    "Bosnia presentó su solicitud de adhesión a la Unión Europea en 2016.",
    "Georgia solicitó formalmente su adhesión a la Unión Europea en marzo.",
    "Bolivia presentó en 2015 una solicitud formal de ingreso en el Mercosur.",
])
def test_an_application_to_join_is_no_request(text: str) -> None:
    assert not [k for k in facts(text, "es") if k[2] == "REQUEST"], facts(text, "es")


def test_a_request_for_something_else_stays_one() -> None:
    read_as_all(facts("Ucrania solicitó a Alemania más defensas antiaéreas.", "es"),
                [("UKR", "DEU", "REQUEST", False)], [])


@pytest.mark.parametrize(("text", "lang", "judged", "spared"), [
    ("Le Premier ministre géorgien a signé jeudi un accord d'association avec l'Union européenne, une démarche que "
     "Moscou a aussitôt qualifiée de « provocation ».", "fr", ("RUS", "GEO"), ("RUS", "EU")),
    ("Marruecos firmó un acuerdo de pesca con la Unión Europea, un paso que Argelia criticó con dureza.", "es",
     ("DZA", "MAR"), ("DZA", "EU")),
])
def test_a_verdict_on_a_step_judges_its_author(text: str, lang: str, judged: tuple, spared: tuple) -> None:
    read_as_all(facts(text, lang), [(*judged, "ACCUSE", False)], [(*spared, "ACCUSE", False)])


def test_a_verdict_on_the_deal_judges_every_party() -> None:
    read_as_all(facts("Pristina a signé en 2025 avec l'Albanie et la Croatie une déclaration de coopération militaire, "
                      "que Belgrade a dénoncée comme une menace.", "fr"),
                [("SRB", "XKX", "ACCUSE", False), ("SRB", "ALB", "ACCUSE", False), ("SRB", "HRV", "ACCUSE", False)],
                [])

"""A state's name inside the name of a street or a party names no state ("Ukraine Street", "la avenida de
Francia", "Украинский бульвар", "La France insoumise", "United Russia"): the traps sets found extras there.
Sentences written for this file."""

from __future__ import annotations

from datetime import date

import pytest

from realpolitik.actors import recognise_actors
from realpolitik.language import split_sentences


def _codes(text: str, lang: str) -> list[str]:
    return [m.code[:3] for m in recognise_actors(split_sentences(text, lang), lang, on=date(2026, 11, 20))[0]]


@pytest.mark.parametrize(("lang", "text", "kept"), [
    ("en", "Students marched along Ukraine Street to the Polish embassy.", ["POL"]),
    ("es", "La marcha recorrió la avenida de Francia hasta la embajada de Chile.", ["CHL"]),
    ("fr", "Le cortège est allé de la rue de Pologne au boulevard des États-Unis, devant l'ambassade du Mali.",
     ["MLI"]),
    ("ru", "Митинг прошёл на Украинском бульваре у посольства Армении.", ["ARM"]),
    ("de", "Die Demonstration zog von der Russischen Straße zur Botschaft Polens.", ["POL"]),
])
def test_a_state_in_a_street_name_is_no_actor(lang: str, text: str, kept: list[str]) -> None:
    assert _codes(text, lang) == kept


@pytest.mark.parametrize(("lang", "text", "kept"), [
    ("en", "Alternative for Germany criticised Poland.", ["POL"]),
    ("de", "Die Alternative für Deutschland kritisierte Polen.", ["POL"]),
    ("fr", "La France insoumise a critiqué le Maroc.", ["MAR"]),
    ("es", "Rusia Unida elogió a Serbia.", ["SRB"]),
    ("ru", "Депутаты «Единой России» поддержали Сербию.", ["SRB"]),
])
def test_a_state_in_a_party_name_is_no_actor(lang: str, text: str, kept: list[str]) -> None:
    assert _codes(text, lang) == kept


@pytest.mark.parametrize(("lang", "text", "kept"), [
    ("en", "Ukraine said the street protests in Russia were growing.", ["UKR", "RUS"]),
    ("fr", "La France a salué la Pologne.", ["FRA", "POL"]),
    ("es", "Francia y Rusia firmaron un acuerdo.", ["FRA", "RUS"]),
])
def test_states_beside_other_nouns_stay(lang: str, text: str, kept: list[str]) -> None:
    assert _codes(text, lang) == kept


@pytest.mark.parametrize(("lang", "text", "kept"), [
    ("fr", "Le ministre belge a passé ses vacances à Grenade avant de revenir à Bruxelles.", ["BEL", "BEL"]),
    ("fr", "Le Canada a promis une aide à la Grenade après l'ouragan.", ["CAN", "GRD"]),
    ("fr", "Le Premier ministre de la Grenade a reçu l'ambassadeur cubain.", ["GRD", "CUB"]),
    ("fr", "Dominique Martin a critiqué le Japon, puis la Dominique a répondu.", ["JPN", "DMA"]),
    ("fr", "Maurice Dubois a salué la Chine.", ["CHN"]),
    ("es", "El Gobierno de Marruecos abrió un consulado en Granada.", ["MAR"]),
    ("es", "Cuba envió médicos a la isla de Granada.", ["CUB", "GRD"]),
])
def test_a_state_named_like_a_city_or_a_first_name_needs_its_article(lang: str, text: str, kept: list[str]) -> None:
    """"à Grenade" is the Spanish city, "la Grenade" the state; "Dominique Martin" is a person."""
    assert _codes(text, lang) == kept


def _full_codes(text: str) -> list[str]:
    return [m.code for m in recognise_actors(split_sentences(text, "ru"), "ru", on=date(2026, 11, 20))[0]]


@pytest.mark.parametrize(("text", "codes"), [
    # a state's own security council is its government; the UN's is named with the UN; it is coded as the UN (round 47)
    ("Секретарь Совбеза Казахстана встретился с послом Китая.", ["KAZGOV", "CHNGOV"]),
    ("Грузия обратилась в Совбез ООН.", ["GEO", "UN"]),
    # Russia's fleets are its forces, named by a sea and no demonym
    ("Корабли Тихоокеанского флота прибыли во Вьетнам.", ["RUSMIL", "VNM"]),
])
def test_russian_councils_and_fleets(text: str, codes: list[str]) -> None:
    assert _full_codes(text) == codes

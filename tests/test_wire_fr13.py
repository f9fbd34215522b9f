"""What the thirteenth French wire set (eval/gold/wire_fr13.jsonl: a researcher held in Moscow, a digital tax given
up, visits to Beirut, Paris, Marseille, Mexico City, Warsaw, Kyiv and Algiers, an envoy summoned in Tunis) showed the
coder missing or printing wrongly. Each fix is a way the languages say things, tested with sentences written for this
file, not taken from the set."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import country_keys

ON = date(2025, 8, 25)


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le président sortant Gabriel Boric a rencontré le président argentin à Santiago."),
    ("fr", "Le Premier ministre par intérim Gabriel Boric a rencontré le président argentin à Santiago."),
    ("es", "El presidente saliente Gabriel Boric se reunió con el presidente argentino en Santiago."),
])
def test_a_qualified_office_before_a_name_is_that_person(lang: str, text: str) -> None:
    """"le président sortant X", "el presidente saliente X": the word between the title and the name qualifies the
    office; the title was read alone as the last state's government (a Peruvian visit before it gave PER)."""
    found = country_keys(f"Le président péruvien a visité Quito. {text}" if lang == "fr"
                         else f"El presidente peruano visitó Quito. {text}", lang, published=ON)
    assert ("CHL", "ARG", "CONSULT") in found, found
    assert ("PER", "ARG", "CONSULT") not in found, found


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Deux ressortissants néerlandais ont été arrêtés en Iran."),
    ("fr", "Trois Néerlandais sont détenus en Iran depuis l'été."),
    ("es", "Dos ciudadanos neerlandeses fueron detenidos en Irán."),
])
def test_people_held_in_a_state_were_held_by_it(lang: str, text: str) -> None:
    """A passive arrest with no agent and the state as the place: that state arrested them (French read it the other
    way round, the detainees' state arresting; Spanish "fueron detenidos" was no arrest at all)."""
    found = country_keys(text, lang, published=ON)
    assert ("IRN", "NLD", "COERCE") in found, found
    assert ("NLD", "IRN", "COERCE") not in found, found


@pytest.mark.parametrize("text", [
    "Plusieurs drones russes ont frappé Kharkiv dans la nuit.",
    "Deux missiles russes ont touché la région d'Odessa.",
])
def test_a_number_opens_the_force_noun_as_an_article_does(text: str) -> None:
    """"des missiles russes ont frappé" had its source; with "deux" or "plusieurs" instead of the article the
    demonym after the force noun was lost."""
    assert ("RUS", "UKR", "ASSAULT") in country_keys(text, "fr", published=ON)


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Lundi, le président finlandais est attendu à Varsovie pour rencontrer le président polonais."),
    ("en", "On Monday, the Finnish president is expected in Warsaw to meet the Polish president."),
])
def test_a_leader_expected_somewhere_has_met_no_one_yet(lang: str, text: str) -> None:
    """"est attendu à Varsovie pour rencontrer", "is expected in Warsaw to meet": a stop announced, the meeting a
    plan."""
    assert not country_keys(text, lang, published=ON, factual_only=True)


def test_a_visit_beside_a_host_takes_no_side() -> None:
    """"s'est rendu à X pour assister à la cérémonie aux côtés du président": co-presence at a visit, printed as
    support (050) instead of the visit."""
    found = country_keys("Le Premier ministre irlandais s'est rendu à Kiev pour assister aux commémorations, aux côtés "
                         "du président ukrainien.", "fr", published=ON)
    assert ("IRL", "UKR", "CONSULT") in found, found
    assert ("IRL", "UKR", "SUPPORT") not in found, found


def test_a_release_demanded_for_people_held_in_a_state_addresses_it() -> None:
    """"a exigé la libération de son compatriote détenu en Russie": the state that holds him is asked."""
    found = country_keys("Le ministre néerlandais a exigé la libération de son compatriote détenu en Russie.", "fr",
                         published=ON)
    assert ("NLD", "RUS", "REQUEST") in found, found

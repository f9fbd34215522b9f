"""A place named right after a verb of saying, warning or accusing, before the verb's clause or its object, is where
it was said, not the one addressed (round 32, venue): French bare "à" + place and Russian "в" + place never mark the
addressee there. A place the verb does take as its addressee or goal keeps its role."""

from __future__ import annotations

import pytest

from extracted import country_keys


@pytest.mark.parametrize(("lang", "text", "venue"), [
    ("fr", "Le ministre chinois de la Défense a averti samedi à Singapour que les États-Unis jouaient avec le feu.",
     "SGP"),
    ("fr", "Le chef de la diplomatie russe a accusé à Genève Kiev de saboter les pourparlers.", "CHE"),
    ("ru", "Госсекретарь США Марко Рубио обвинил в Катаре Иран в срыве переговоров.", "QAT"),
    ("en", "China's defence minister warned on Saturday in Singapore that the United States was playing with fire.",
     "SGP"),
    ("de", "Chinas Verteidigungsminister warnte am Samstag in Singapur, dass die USA mit dem Feuer spielten.", "SGP"),
    ("es", "El ministro de Defensa chino advirtió el sábado en Singapur que Estados Unidos juega con fuego.", "SGP"),
], ids=["fr-clause", "fr-object", "ru-object", "en", "de", "es"])
def test_the_place_between_a_verb_of_saying_and_its_clause_is_no_target(lang: str, text: str, venue: str) -> None:
    keys = country_keys(text, lang, factual_only=True)
    assert not any(venue in (source, target) for source, target, _ in keys), sorted(keys, key=str)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "Le ministre russe a lancé un appel à Kiev pour reprendre les négociations.", ("RUS", "UKR", "REQUEST")),
    ("ru", "Россия направила в Сирию военных советников.", ("RUS", "SYR", "AID")),
], ids=["fr-appeal-to", "ru-sent-to"])
def test_a_place_the_verb_addresses_or_sends_to_stays_the_target(lang: str, text: str,
                                                                 expected: tuple[str, str, str]) -> None:
    assert expected in country_keys(text, lang, factual_only=True)


def test_the_accused_after_the_venue_is_the_target() -> None:
    keys = country_keys("Госсекретарь США Марко Рубио обвинил в Катаре Иран в срыве переговоров.", "ru",
                        factual_only=True)
    assert ("USA", "IRN", "ACCUSE") in keys, sorted(keys, key=str)


def test_a_place_after_a_verb_that_sends_is_its_goal() -> None:
    keys = country_keys("Испания в понедельник экстрадировала в США венесуэльского бизнесмена.", "ru",
                        factual_only=True)
    assert ("ESP", "USA", "COOPERATE") in keys, sorted(keys, key=str)

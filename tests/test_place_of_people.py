"""A place named right after a word for people who are no actor ("Students in Tehran protested", "Farmers in Paris
protested", "Agricultores en París protestaron") says where those people are: it is no agent of the verb after it,
and the state's government did not protest. Whole pipeline, own sentences."""

from __future__ import annotations

import pytest

from extracted import country_keys


@pytest.mark.parametrize(("lang", "text", "not_expected"), [
    ("en", "Students in Tehran protested against the United States on Friday.", ("IRN", "USA", "PROTEST")),
    ("en", "Farmers in Paris protested against Brazil.", ("FRA", "BRA", "PROTEST")),
    ("es", "Estudiantes en Teherán protestaron contra Estados Unidos.", ("IRN", "USA", "PROTEST")),
    ("es", "Agricultores en París protestaron contra Brasil.", ("FRA", "BRA", "PROTEST")),
])
def test_the_place_of_the_people_is_no_agent(lang: str, text: str, not_expected: tuple[str, str, str]) -> None:
    assert not_expected not in country_keys(text, lang)


@pytest.mark.parametrize(("text", "expected"), [
    ("Exporters in Tokyo criticised Washington over the tariffs.", ("JPN", "USA", "ACCUSE")),  # a role word's own
    ("Negotiators from Armenia and Azerbaijan met in Abu Dhabi.", ("ARM", "AZE", "CONSULT")),  # "from": whose
])
def test_an_actor_of_the_place_stays(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_keys(text, "en")

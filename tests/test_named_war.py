"""A war named by its hyphen pair (issue 10, round 34): "since the start of the Russia-Ukraine war" names no attacker
of the strikes the sentence tells. Sentences written for the tests."""

from __future__ import annotations

import pytest

from extracted import country_keys


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Это первые с начала российско-украинской войны удары по судам в турецкой экономической зоне."),
    ("en", "These are the first strikes on ships in Turkish waters since the start of the Russia-Ukraine war."),
    ("de", "Es sind die ersten Angriffe auf Schiffe in türkischen Gewässern seit Beginn des russisch-ukrainischen "
           "Krieges."),
    ("fr", "Ce sont les premières frappes contre des navires dans les eaux turques depuis le début de la guerre "
           "russo-ukrainienne."),
])
def test_the_sides_of_a_named_war_attack_no_one_else(lang: str, text: str) -> None:
    keys = country_keys(text, lang)
    assert ("RUS", "TUR", "ASSAULT") not in keys and ("UKR", "TUR", "ASSAULT") not in keys


@pytest.mark.parametrize(("lang", "text", "key"), [
    # the sides still act where the sentence names them on their own
    ("ru", "Россия нанесла удары по Украине с начала российско-украинской войны.", ("RUS", "UKR", "ASSAULT")),
    # a mediator stands between the sides the war's name gives
    ("ru", "Абу-Даби с начала российско-украинского конфликта выступил посредником в десяти обменах пленными.",
     ("ARE", "UKR", "CONSULT")),
])
def test_a_named_war_keeps_the_acts_its_sides_are_named_for(lang: str, text: str, key: tuple) -> None:
    assert key in country_keys(text, lang)

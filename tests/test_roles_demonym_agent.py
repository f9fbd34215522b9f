"""A passive's agent told by a demonym after its noun: "frappée par des missiles russes" (French, Spanish).

"by Russian missiles" puts the preposition right before the demonym; French and Spanish put the noun first, and the
agent's preposition stood too far from the demonym to be seen, so the demonym was read as a free name and the
attack came out reversed (the struck state attacking). Stories of our own."""

from __future__ import annotations

import pytest

from extracted import country_keys


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("La Pologne a été visée dans la nuit de mardi, puis la Moldavie a été frappée par des drones russes.", "fr",
     ("RUS", "MDA")),
    ("Plusieurs villes géorgiennes ont été bombardées par des avions russes en août 2008.", "fr", ("RUS", "GEO")),
    ("Ucrania fue atacada por drones rusos durante la madrugada del domingo.", "es", ("RUS", "UKR")),
    ("En agosto de 2008, Georgia fue bombardeada por aviones rusos.", "es", ("RUS", "GEO")),
])
def test_demonym_after_its_noun_names_the_passive_agent(text: str, lang: str, expected: tuple[str, str]) -> None:
    pairs = {(source, target) for source, target, _ in country_keys(text, lang)}
    assert expected in pairs
    assert expected[::-1] not in pairs


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # the demonym after a preposition that is no agent's: goods, not a party of the praise
    ("Chile celebró la decisión de Estados Unidos de suspender los aranceles a los productos chilenos.", "es",
     ("CHL", "USA")),
    # a plural article opening the sentence: the demonym's noun is the subject
    ("Lundi, des tirs israéliens ont tué trois Palestiniens près de Naplouse.", "fr", ("ISR", "PSE")),
])
def test_other_prepositions_before_a_demonym_phrase_are_unchanged(text: str, lang: str,
                                                                   expected: tuple[str, str]) -> None:
    assert expected in {(source, target) for source, target, _ in country_keys(text, lang)}

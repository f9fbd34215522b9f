"""A state that owns the place a judged act hit ("the shelling of Polish territory", "den Beschuss polnischen
Gebiets", "обстрел территории Польши") is neither judged nor asked: the place noun does not pass its owner on, as an
actor noun ("the Polish government") does (role_words.owned_place_nouns, roles_places.owner_of_place). Before round
53 the owner was read as the one the verdict judged."""

from __future__ import annotations

import pytest

from extracted import country_keys, read_as


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The African Union condemned the shelling of Polish territory."),
    ("en", "The African Union condemned the violation of the territory of Poland."),
    ("en", "The African Union demanded an investigation into the shelling of Polish territory."),
    ("de", "Die Afrikanische Union verurteilte den Beschuss polnischen Gebiets."),
    ("de", "Die Afrikanische Union verurteilte den Beschuss des Gebiets Polens."),
    ("de", "Die Afrikanische Union verurteilte den Beschuss polnischen Gebiets und verlangte eine Untersuchung."),
    ("fr", "L'Union africaine a condamné le bombardement du territoire polonais."),
    ("fr", "L'Union africaine a condamné la violation de l'espace aérien polonais."),
    ("es", "La Unión Africana condenó el bombardeo del territorio polaco."),
    ("es", "La Unión Africana condenó la violación del espacio aéreo de Polonia."),
    ("ru", "Африканский союз осудил обстрел польской территории."),
    ("ru", "Африканский союз осудил обстрел территории Польши."),
])
def test_the_owner_of_the_place_hit_is_not_judged(lang: str, text: str) -> None:
    assert not any(t == "POL" for _, t, _ in country_keys(text, lang)), country_keys(text, lang)


@pytest.mark.parametrize(("lang", "text", "key"), [
    # the act's author is judged, the owner of the waters is not
    ("en", "Chile condemned the presence of Chinese ships in Peruvian waters.", ("CHL", "CHN", "ACCUSE")),
    ("es", "Chile condenó la presencia de buques chinos en aguas peruanas.", ("CHL", "CHN", "ACCUSE")),
    ("de", "Die Afrikanische Union verurteilte den Beschuss polnischen Gebiets durch Russland.",
     ("AU", "RUS", "ACCUSE")),
    # an actor noun passes its owner on
    ("en", "The African Union condemned the Polish government.", ("AU", "POL", "ACCUSE")),
    ("es", "La Unión Africana condenó al gobierno de Polonia.", ("AU", "POL", "ACCUSE")),
    ("ru", "Африканский союз осудил польское правительство.", ("AU", "POL", "ACCUSE")),
    # a threat or an attack keeps the owner of the place as its target
    ("en", "Russia threatened to strike Polish territory.", ("RUS", "POL", "THREATEN")),
    ("fr", "La Russie a bombardé le territoire polonais.", ("RUS", "POL", "ASSAULT")),
    # the one asked to leave the place is the addressee, not its owner
    ("en", "Poland urged Russia to withdraw its troops from Ukrainian territory.", ("POL", "RUS", "REQUEST")),
])
def test_the_act_and_its_parties_stay(lang: str, text: str, key: tuple[str, str, str]) -> None:
    keys = country_keys(text, lang)
    read_as(keys, key)
    assert not any(t in ("PER", "UKR") for _, t, _ in keys), keys

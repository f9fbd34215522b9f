"""An office below the state's ("le premier ministre ontarien", "der bayerische Ministerpräsident", "the provincial
government", "el gobierno estatal") is no national government of the state named last, and "the federal
government" is the federal state's the article speaks of, not the last state named (issue 10;
reference/roles._beside, reference/roles._federal_state). Sentences written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from realpolitik.actors import find_in_text

_ON = date(2025, 8, 1)


def _codes_of(text: str, lang: str, word: str) -> list[str]:
    """The codes of the mentions whose surface holds `word` (lower case), in order."""
    return [m.code for m in find_in_text(text, lang, _ON) if word in m.surface.lower() and m.code]


@pytest.mark.parametrize(("lang", "text", "word"), [
    pytest.param("fr", "Le Canada a levé ses contre-tarifs sur les produits des États-Unis. À Toronto, le premier "
                 "ministre ontarien a dénoncé un recul face à Washington.", "premier ministre", id="fr-ontarien"),
    pytest.param("es", "México y Estados Unidos negocian un nuevo reparto del agua del río Bravo. El gobierno estatal "
                 "acusó a Washington de presionar a los agricultores.", "gobierno", id="es-estatal"),
    pytest.param("en", "Canada dropped most of its retaliatory tariffs on the United States on Friday. The provincial "
                 "government criticised Washington for giving nothing in return.", "government", id="en-provincial"),
    pytest.param("de", "Peking hat die Zölle der USA scharf kritisiert. Der bayerische Ministerpräsident Markus Söder "
                 "warb in Shanghai für Investitionen.", "ministerpräsident", id="de-bayerisch"),
])
def test_an_office_below_the_state_is_no_national_government(lang: str, text: str, word: str) -> None:
    assert _codes_of(text, lang, word) == []


@pytest.mark.parametrize(("lang", "text", "word", "code"), [
    pytest.param("fr", "Le Canada a levé ses contre-tarifs. À Montréal, les exportateurs restent inquiets. Le ministre "
                 "du Commerce se rendra à Washington. Le gouvernement fédéral a prolongé son aide aux entreprises.",
                 "gouvernement", "CANGOV", id="fr-federal-is-canadas"),
    pytest.param("es", "Estados Unidos amenazó con nuevos aranceles. El gobierno federal de México rechazó las "
                 "presiones de Washington.", "gobierno", "MEXGOV", id="es-federal-of-mexico"),
    pytest.param("es", "Washington presionó a México por el agua. En Chihuahua, los agricultores bloquearon la presa. "
                 "El gobierno federal rechazó las presiones.", "gobierno", "MEXGOV", id="es-federal-of-the-places"),
])
def test_the_federal_government_is_the_federal_states(lang: str, text: str, word: str, code: str) -> None:
    assert _codes_of(text, lang, word)[-1:] == [code]


@pytest.mark.parametrize(("lang", "text", "word", "code"), [
    pytest.param("de", "Paris und Berlin streiten über Zölle. Die Bundesregierung kritisierte Frankreich.",
                 "bundesregierung", "DEUGOV", id="de-bundesregierung"),
    pytest.param("de", "Paris und Berlin streiten über Zölle. Bundeskanzler Friedrich Merz kritisierte Frankreich.",
                 "bundeskanzler", "DEUGOV", id="de-bundeskanzler"),
    pytest.param("en", "Germany and France disagree on tariffs. The German federal government criticised Paris.",
                 "government", "DEUGOV", id="en-german-federal-government"),
    pytest.param("ru", "Франция и Германия спорят о пошлинах. Федеральный канцлер Германии раскритиковал Париж.",
                 "канцлер", "DEUGOV", id="ru-federal-chancellor-of-germany"),
    pytest.param("fr", "Le Canada a levé ses contre-tarifs sur les produits des États-Unis. Le premier ministre "
                 "canadien a salué un appel productif avec Washington.", "premier ministre", "CANGOV",
                 id="fr-national-premier-stays"),
])
def test_national_offices_stay(lang: str, text: str, word: str, code: str) -> None:
    assert code in _codes_of(text, lang, word)

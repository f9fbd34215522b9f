"""A third party's verdict, appeal or denial that names no one, in an article about one state's crisis, is aimed at that
state (events/article_sides.crisis_target): the state named in more of the article's sentences than any other, three at
least. Sentences written for the tests."""

from __future__ import annotations

import pytest

from extracted import country_keys

# three sentences about one state's unrest, then a foreign voice that names no one
_MALAWI_FR = ("Des manifestations ont éclaté lundi au Malawi après l'annonce des résultats. La police malawite a "
              "dispersé les cortèges à Lilongwe. Plusieurs opposants malawites ont été arrêtés dans la nuit. ")
_BOLIVIA_ES = ("Las protestas se extendieron el martes por Bolivia tras el cierre de las urnas. La policía boliviana "
               "detuvo a decenas de manifestantes en La Paz. El Gobierno de Bolivia decretó el toque de queda. ")
_NEPAL_EN = ("Protests spread across Nepal on Monday after the vote count was halted. Nepalese police fired tear gas "
             "at crowds in Kathmandu. Nepal's government imposed a curfew overnight. ")


def _keys(text: str, lang: str) -> set[tuple]:
    """The verdicts, appeals and denials a text yields, as (source, target, type)."""
    return {k for k in country_keys(text, lang, factual_only=True) if k[2] in ("ACCUSE", "REQUEST", "REJECT")}


@pytest.mark.parametrize(("lang", "text", "key"), [
    ("fr", _MALAWI_FR + "L'Union africaine a condamné les violences.", ("AU", "MWI", "ACCUSE")),
    ("fr", _MALAWI_FR + "Le Portugal a appelé toutes les parties au dialogue.", ("PRT", "MWI", "REQUEST")),
    ("es", _BOLIVIA_ES + "Chile exigió la liberación inmediata de los detenidos.", ("CHL", "BOL", "REQUEST")),
    ("en", _NEPAL_EN + "India condemned the violence on Tuesday.", ("IND", "NPL", "ACCUSE")),
    # a denial with no one named: of a part in that state's crisis
    ("en", _NEPAL_EN + "China denied any role in the unrest.", ("CHN", "NPL", "REJECT")),
    ("fr", _MALAWI_FR + "La Zambie a rejeté toute responsabilité dans les troubles.", ("ZMB", "MWI", "REJECT")),
    ("es", _BOLIVIA_ES + "Perú negó cualquier participación en los disturbios.", ("PER", "BOL", "REJECT")),
])
def test_a_third_partys_verdict_or_appeal_goes_to_the_state_in_crisis(lang: str, text: str, key: tuple) -> None:
    assert key in _keys(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    # two states named as often: which one is meant the text does not say
    ("en", "Protests spread across Nepal and Bangladesh on Monday. Police in Nepal and in Bangladesh fired tear gas. "
           "Nepal and Bangladesh imposed curfews. India condemned the violence on Tuesday."),
    ("fr", "Des manifestations ont éclaté au Malawi et en Zambie. La police du Malawi et celle de la Zambie ont "
           "dispersé les cortèges. Le Malawi et la Zambie ont décrété un couvre-feu. L'Union africaine a condamné "
           "les violences."),
    # the state's own voices: a domestic crisis, no foreign side
    ("fr", _MALAWI_FR + "L'opposition malawite a condamné les violences."),
    ("en", _NEPAL_EN + "Nepal's prime minister condemned the violence on Tuesday."),
    ("en", _NEPAL_EN + "Nepal's opposition denied any role in the unrest."),
    # a bare ask, which says nothing of what it asks of whom
    ("es", _BOLIVIA_ES + "Chile pidió más tiempo."),
])
def test_no_target_where_the_text_leaves_two_states_or_a_domestic_voice(lang: str, text: str) -> None:
    assert not {k for k in _keys(text, lang) if k[1] is not None and k[1] != k[0]}


def test_a_verdict_whose_sentence_names_another_party_is_left_to_that_sentence() -> None:
    # "criticised that Washington had not informed ...": the verdict may be on the state named, not on Nepal
    text = _NEPAL_EN + "India criticised the United Nations for its silence."
    assert ("IND", "NPL", "ACCUSE") not in _keys(text, "en")


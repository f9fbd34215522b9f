"""A definite plural office noun with no number and no owner ("the ministers", "les ministres", "los cancilleres",
"Министры") stands for the offices of the list named in its sentence or the one before, as "they" does (issue 10,
the article as context; references._office_holders). Sentences written for the tests."""

from __future__ import annotations

import pytest
from tests.extracted import country_keys

_MET = {
    "en": "The foreign ministers of Ghana, Togo and Benin met in Lome on Thursday.",
    "fr": "Les chefs de la diplomatie du Ghana, du Togo et du Bénin se sont réunis jeudi à Lomé.",
    "es": "Los cancilleres de Ghana, Togo y Benín se reunieron el jueves en Lomé.",
    "ru": "Министры иностранных дел Ганы, Того и Бенина встретились в четверг в Ломе.",
}


@pytest.mark.parametrize(("lang", "then"), [
    ("en", "The ministers condemned Burkina Faso for the border raids."),
    ("fr", "Les ministres ont condamné le Burkina Faso pour les incursions à la frontière."),
    ("es", "Los cancilleres condenaron a Burkina Faso por las incursiones en la frontera."),
    ("ru", "Министры осудили Буркина-Фасо за нападения на границе."),
])
def test_the_ministers_are_the_offices_of_the_list_before(lang: str, then: str) -> None:
    keys = country_keys(f"{_MET[lang]} {then}", lang, factual_only=True)
    assert {("GHA", "BFA", "ACCUSE"), ("TGO", "BFA", "ACCUSE"), ("BEN", "BFA", "ACCUSE")} <= keys


def test_ministers_whose_owner_is_named_are_those_states() -> None:
    text = f"{_MET['en']} The ministers of Niger and Mali condemned Burkina Faso for the raids."
    keys = country_keys(text, "en", factual_only=True)
    assert ("NER", "BFA", "ACCUSE") in keys
    assert ("GHA", "BFA", "ACCUSE") not in keys


def test_a_singular_minister_is_no_list() -> None:
    # "the minister" is one office: the list before does not stand for it
    text = f"{_MET['en']} The minister condemned Burkina Faso for the raids."
    keys = country_keys(text, "en", factual_only=True)
    assert not {("TGO", "BFA", "ACCUSE"), ("BEN", "BFA", "ACCUSE")} & keys


def test_a_list_named_sentences_before_is_not_carried() -> None:
    # two sentences on, with another state named between, the ministers are no longer the list's
    text = (f"{_MET['en']} Nigeria criticised the talks on Friday. The ministers condemned Burkina Faso "
            "for the raids.")
    keys = country_keys(text, "en", factual_only=True)
    assert ("GHA", "BFA", "ACCUSE") not in keys

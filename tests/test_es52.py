"""Kinds of Spanish news writing learnt in round 52 (es52) from the extras of the studied Spanish sets: an appeal whose
addressee names no state ("pidió a la comunidad internacional", "instó a los países vecinos") and asks a bare
infinitive of it ("respetar la soberanía de Sudán") has no target in the names of what it asks, as "que" already
opened such a clause; a few words of time may stand between the verb and the addressee ("pidió este lunes a ...").
A named addressee, or its genitive owner, stays the target. Whole pipeline, own sentences."""

from __future__ import annotations

from functools import partial

import pytest

from extracted import country_keys, read_as

_keys = partial(country_keys, lang="es", factual_only=True)


@pytest.mark.parametrize(("text", "wrong"), [
    ("Egipto pidió a la comunidad internacional respetar la soberanía y la unidad de Sudán.",
     ("EGY", "SDN", "REQUEST")),
    ("Egipto pidió a la comunidad internacional «respetar la soberanía de Sudán».", ("EGY", "SDN", "REQUEST")),
    ("Brasil pidió este lunes a los países vecinos respetar la integridad territorial de Venezuela.",
     ("BRA", "VEN", "REQUEST")),
    ("Francia instó el martes a sus socios a respetar la soberanía del Líbano.", ("FRA", "LBN", "REQUEST")),
    # "que" opened it already, now also after the words of a day
    ("Alemania pidió este jueves a sus socios que mantengan la presión sobre Moscú.", ("DEU", "RUS", "REQUEST")),
])
def test_what_an_unnamed_addressee_is_asked_names_no_target(text: str, wrong: tuple) -> None:
    read_as(_keys(text), None, wrong)


@pytest.mark.parametrize(("text", "expected"), [
    # the addressee named, or named by its owner, or by a demonym after an adjective of the same ending as an infinitive
    ("España pidió a la Unión Europea defender los intereses de Marruecos.", ("ESP", "EU", "REQUEST")),
    ("Francia pidió este lunes a las autoridades de Venezuela liberar a los presos.", ("FRA", "VEN", "REQUEST")),
    ("Estados Unidos exigió a la junta militar de Níger liberar al presidente depuesto.", ("USA", "NER", "REQUEST")),
    ("Estados Unidos exigió a la junta militar nigerina liberar al presidente depuesto.", ("USA", "NER", "REQUEST")),
])
def test_a_named_addressee_stays_the_target(text: str, expected: tuple) -> None:
    read_as(_keys(text), expected)

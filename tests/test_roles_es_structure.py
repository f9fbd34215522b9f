"""Spanish clause structure in long news sentences: who acts where a relative clause, a co-agent or a participle
after a comma stands between the verb and its actors. Whole pipeline, own sentences."""

from __future__ import annotations

from functools import partial

import pytest

from extracted import country_keys

_keys = partial(country_keys, lang="es")


@pytest.mark.parametrize(("text", "expected", "absent"), [
    ("Canadá criticó los ejercicios militares que China realizó junto a Rusia en el mar.",
     {("CAN", "CHN", "ACCUSE")}, {("RUS", "CHN", "ACCUSE"), ("CAN", "RUS", "ACCUSE")}),
    ("Japón condenó las maniobras que Corea del Norte llevó a cabo junto con Rusia.",
     {("JPN", "PRK", "ACCUSE")}, {("RUS", "PRK", "ACCUSE"), ("JPN", "RUS", "ACCUSE")}),
    ("Junto a Francia, Alemania condenó a Rusia por el ataque.",
     {("DEU", "RUS", "ACCUSE"), ("FRA", "RUS", "ACCUSE")}, set()),
    ("Alemania, junto con Francia, condenó a Rusia.", {("DEU", "RUS", "ACCUSE"), ("FRA", "RUS", "ACCUSE")}, set()),
])
def test_a_co_agent_behind_a_relative_pronoun_belongs_to_the_relative_clause(text: str, expected: set,
                                                                              absent: set) -> None:
    _check(text, expected, absent)


def _check(text: str, expected: set, absent: set) -> None:
    keys = _keys(text)
    assert expected <= keys, keys
    assert not absent & keys, keys


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    ("Chile expulsó al embajador de Irán, acusado por Israel de espionaje.", ("ISR", "IRN", "ACCUSE"),
     ("ISR", "CHL", "ACCUSE")),
    ("Perú rompió relaciones con Bolivia, criticada por Chile.", ("CHL", "BOL", "ACCUSE"),
     ("CHL", "PER", "ACCUSE")),
    ("Marruecos recibió al ministro de Argelia, condenado por Francia.", ("FRA", "DZA", "ACCUSE"),
     ("FRA", "MAR", "ACCUSE")),
])
def test_a_participle_after_a_comma_acts_on_the_name_the_comma_closes(text: str, expected: tuple,
                                                                      wrong: tuple) -> None:
    _check(text, {expected}, {wrong})


@pytest.mark.parametrize(("text", "expected", "absent"), [
    ("Perú y Ecuador retiraron a sus embajadores en Venezuela, y Panamá hizo lo mismo dos días después.",
     {("PER", "VEN", "SANCTION"), ("PAN", "VEN", "SANCTION")}, set()),
    ("Bolivia rompió relaciones con Israel el martes. Dos días después, Colombia hizo lo mismo.",
     {("COL", "ISR", "SANCTION")}, set()),
    ("Rusia expulsó a diplomáticos de Estonia, y Bielorrusia ha hecho lo mismo.", {("BLR", "EST", "SANCTION")},
     set()),
    ("Francia condenó el ataque de Rusia contra Ucrania y Alemania siguió su ejemplo.",
     {("DEU", "RUS", "ACCUSE")}, {("DEU", "UKR", "ASSAULT")}),
    ("Estados Unidos sancionó a Irán, y Japón hizo lo mismo con Corea del Norte.", {("JPN", "PRK", "SANCTION")},
     {("JPN", "IRN", "SANCTION")}),
])
def test_hacer_lo_mismo_repeats_the_latest_main_act_with_its_own_subject(text: str, expected: set,
                                                                        absent: set) -> None:
    _check(text, expected, absent)

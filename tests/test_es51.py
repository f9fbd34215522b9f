"""Kinds of Spanish news writing learnt in round 51 (es51) from the extras of the studied Spanish sets, both about
which party a clause gives the act: a name after "y" that a past verb follows opens a clause of its own even where the
object before "y" ends in an adjective or a prepositional name ("atacó posiciones sirias y Alemania condenó"), and a
past verb after "y" that follows a reported clause in another tense goes on with the verb of saying ("advirtió que
Irán no obtendrá ... y pidió"). Whole pipeline, own sentences."""

from __future__ import annotations

from functools import partial

import pytest

from extracted import country_keys, read_as

_keys = partial(country_keys, lang="es", factual_only=True)


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    # the object ends in an adjective after its noun
    ("Francia atacó posiciones sirias y Alemania condenó la operación.", ("DEU", "FRA", "ACCUSE"),
     ("FRA", "DEU", "ASSAULT")),
    ("Rusia bombardeó ciudades ucranianas y Polonia desplegó aviones en la frontera.", ("RUS", "UKR", "ASSAULT"),
     ("RUS", "POL", "ASSAULT")),
    # a clitic before the second verb
    ("Israel y Estados Unidos bombardearon instalaciones nucleares iraníes y Moscú se limitó a condenar los ataques.",
     ("RUS", "ISR", "ACCUSE"), ("ISR", "RUS", "ASSAULT")),
    ("Francia atacó posiciones sirias y Hungría lo justificó ante la prensa.", ("FRA", "SYR", "ASSAULT"),
     ("FRA", "HUN", "ASSAULT")),
    # an auxiliary of the perfect for the second verb (roles_coordinated_clause._finite_at, as for the first verb)
    ("Francia atacó posiciones sirias y Alemania ha condenado la operación.", ("DEU", "FRA", "ACCUSE"),
     ("FRA", "DEU", "ASSAULT")),
    # the object ends in a name under a preposition ("del" an article too)
    ("Francia atacó el puerto de Latakia y Alemania condenó la operación.", ("DEU", "FRA", "ACCUSE"),
     ("FRA", "DEU", "ASSAULT")),
    ("Francia atacó posiciones del Ejército sirio y Alemania condenó la operación.", ("DEU", "FRA", "ACCUSE"),
     ("FRA", "DEU", "ASSAULT")),
])
def test_a_name_and_a_past_verb_after_y_open_a_clause(text: str, expected: tuple, wrong: tuple) -> None:
    read_as(_keys(text), expected, wrong)


@pytest.mark.parametrize(("text", "expected"), [
    # adjectives coordinated with adjectives are one object
    ("Polonia expulsó a diplomáticos rusos y bielorrusos.", {("POL", "RUS", "SANCTION"), ("POL", "BLR", "SANCTION")}),
    # no finite verb before the list: it is the noun's ("el ataque de Rusia y Bielorrusia")
    ("El ataque de Rusia y Bielorrusia provocó la condena de Polonia.", {("RUS", "BLR", "ASSAULT")}),
])
def test_a_list_that_opens_no_clause_stays_whole(text: str, expected: set) -> None:
    keys = _keys(text)
    assert expected <= keys, keys


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    # a future in the reported clause
    ("Israel advirtió que Irán no obtendrá armas nucleares y pidió a Washington más presión.",
     ("ISR", "USA", "REQUEST"), ("IRN", "USA", "REQUEST")),
    # a subjunctive, and words of time between the verb of saying and "que"
    ("Pakistán lamentó este jueves que Brasil se haya prestado a la narrativa india y rechazó las acusaciones de "
     "Nueva Delhi.",
     ("PAK", "IND", "REJECT"), ("BRA", "IND", "REJECT")),
    # a pluperfect: the act reported is Russia's, the verdict after "y" the speaker's
    ("Alemania dijo que Rusia había atacado Ucrania y condenó los bombardeos.", ("DEU", "RUS", "ACCUSE"),
     ("RUS", "UKR", "ACCUSE")),
])
def test_a_past_verb_after_a_reported_clause_in_another_tense_is_the_speakers(text: str, expected: tuple,
                                                                               wrong: tuple) -> None:
    read_as(_keys(text), expected, wrong)


def test_a_reported_clause_in_the_past_keeps_its_subject() -> None:
    """"dijo que Rusia atacó Kiev y mató a cinco civiles": the reported clause tells its act in the past too, so the
    verb after "y" may go on with it; it is left to the reported subject."""
    keys = _keys("Ucrania dijo que Rusia atacó Kiev y mató a cinco civiles.")
    assert ("RUS", "UKR", "ASSAULT") in keys, keys


@pytest.mark.parametrize("text", [
    "China realizó maniobras militares a gran escala alrededor de Taiwán.",
    "El Ejército chino lanzó este lunes unas maniobras a gran escala alrededor de Taiwán.",
])
def test_drills_around_a_state_are_aimed_at_it(text: str) -> None:
    """"alrededor de" says where, as "cerca de" does: its name is the drills' target, though a phrase with "a"
    ("a gran escala") stands before it (the look-back for the governing word no longer passes it)."""
    keys = _keys(text)
    assert ("CHN", "TWN", "MOBILIZE") in keys, keys

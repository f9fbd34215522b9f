"""What fresh49a_es's first contact taught (round 49, es49), as kinds of Spanish news writing: a reaction told as the
same words as the latest speaker's ("En términos parecidos se pronunció México"), a group counted after a plural
possessive ("entre sus dos vecinos"), and a departure ordered of another state's envoys ("ordenó la salida del
embajador"). Whole pipeline, own sentences."""

from __future__ import annotations

from functools import partial

import pytest

from extracted import country_keys, read_as

_keys = partial(country_keys, lang="es", factual_only=True)


@pytest.mark.parametrize(("text", "expected", "absent"), [
    # the subject after the phrase and its verb; every act in words of the sentence before, not only the first
    ("Brasil condenó el bombardeo de Ecuador y llamó a Quito y Bogotá al diálogo. "
     "En términos parecidos se pronunció México.",
     {("MEX", "ECU", "ACCUSE"), ("MEX", "ECU", "REQUEST"), ("MEX", "COL", "REQUEST")}, set()),
    # a list after the verb: one speaker each
    ("Alemania criticó al Gobierno de Georgia. En la misma línea se pronunciaron Francia, Italia y España.",
     {("FRA", "GEO", "ACCUSE"), ("ITA", "GEO", "ACCUSE"), ("ESP", "GEO", "ACCUSE")}, set()),
    # the subject before the phrase, in its own clause
    ("Venezuela acusó a Estados Unidos de injerencia. Nicaragua se sumó horas más tarde con un mensaje en términos "
     "similares.", {("NIC", "USA", "ACCUSE")}, set()),
    # no statement before it (a sanction is no words), and the speaker's own words are not said again by itself
    ("Japón impuso sanciones a Rusia. En términos parecidos se pronunció Canadá.", set(),
     {("CAN", "RUS", "SANCTION")}),
    ("Francia criticó a Irán. En el mismo sentido se pronunció después el Gobierno francés.",
     {("FRA", "IRN", "ACCUSE")}, set()),
])
def test_a_reaction_in_similar_terms_says_the_latest_speakers_words_again(text: str, expected: set,
                                                                         absent: set) -> None:
    keys = _keys(text)
    assert expected <= keys, keys
    assert not absent & keys, keys


def test_similar_terms_repeat_nothing_without_an_earlier_statement() -> None:
    assert _keys("En términos parecidos se pronunció México.") == set()


@pytest.mark.parametrize(("text", "expected", "absent"), [
    # "sus dos vecinos" counts the two states of the story, as "los dos vecinos" does; the one who offers is neither
    ("Ecuador y Colombia rompieron relaciones el lunes. El Gobierno de Perú se ofreció como mediador entre sus dos "
     "vecinos.", {("PER", "ECU", "AGREE"), ("PER", "COL", "AGREE")}, {("PER", "PER", "AGREE")}),
])
def test_a_number_after_a_plural_possessive_counts_the_states_named_before(text: str, expected: set,
                                                                           absent: set) -> None:
    keys = _keys(text)
    assert expected <= keys, keys
    assert not absent & keys, keys


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    ("Brasil ordenó la salida de la embajadora nicaragüense en Brasilia.", ("BRA", "NIC", "SANCTION"),
     ("NIC", "BRA", "SANCTION")),
    ("Colombia ordenó la salida de dos funcionarios de la Embajada peruana en Bogotá.", ("COL", "PER", "SANCTION"),
     ("PER", "COL", "SANCTION")),
])
def test_a_departure_ordered_of_another_states_envoys_is_their_expulsion(text: str, expected: tuple,
                                                                         wrong: tuple) -> None:
    read_as(_keys(text), expected, wrong)

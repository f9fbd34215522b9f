"""Round 45, study45_es: ways of saying things that the Spanish study articles lose, on sentences of our own."""

from __future__ import annotations

from tests.extracted import shown_keys


def test_referring_the_matter_to_a_body_is_an_appeal_to_it():
    # "trasladar el asunto a X", as "llevar el asunto a X": the matter is put before the body, which is asked to act
    assert ("PER", "UN", "REQUEST") in shown_keys("Perú trasladó el caso a las Naciones Unidas.", "es")
    text = ("La ministra de Comercio aseguró que Uruguay defenderá a sus exportadores y trasladó la cuestión a la "
            "Organización Mundial del Comercio.")
    assert ("URY", "WTO", "REQUEST") in shown_keys(text, "es")


def test_moving_something_else_to_a_place_asks_no_one():
    assert not shown_keys("Chile trasladó su embajada a Jerusalén.", "es")
    assert not shown_keys("Paraguay trasladó a los detenidos a la capital.", "es")

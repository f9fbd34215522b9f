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


def test_a_trailing_junto_a_names_co_agents():
    # ", junto a X." closing the sentence adds doers of the act, not its object or a clause of another verb
    text = "Eslovenia reconoció el Estado palestino el año pasado, junto a Malta."
    assert {("SVN", "PSE", "SUPPORT"), ("MLT", "PSE", "SUPPORT")} <= shown_keys(text, "es")
    text = "Argentina condenó el lunes el ensayo nuclear de Corea del Norte, junto a Chile y Uruguay."
    assert {("CHL", "PRK", "ACCUSE"), ("URY", "PRK", "ACCUSE")} <= shown_keys(text, "es")


def test_junto_a_before_a_clause_of_its_own_adds_no_doer():
    # "..., junto a Brasil logró ...": a verb after the name makes it another clause's
    text = "Argentina condenó el lunes el ensayo nuclear de Corea del Norte, junto a Brasil exigió una reunión urgente."
    assert ("BRA", "PRK", "ACCUSE") not in shown_keys(text, "es")

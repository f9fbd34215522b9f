"""Two fresh Spanish sets (eval/gold/fresh58a_es.jsonl studied, fresh58b_es.jsonl sealed): what the round-58 fixes
read, on sentences of our own (none from the sets), each with a phrasing the fix must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import country_keys, shown_keys

ON = date(2026, 10, 13)


# The pope by his title is the Holy See (actors/seats.yaml, pope_title, es): "el papa", "del papa", "al papa",
# "el pontífice", "el Santo Padre", and "León XIV" without "papa" (actors/leaders.yaml). Only after a masculine
# article: "la papa", "toneladas de papa" are potatoes.
@pytest.mark.parametrize(("text", "key"), [
    ("La presidenta de Chile recibió al papa en el palacio de La Moneda.", ("CHL", "VAT", "CONSULT")),
    ("El Gobierno de Colombia agradeció al pontífice su llamamiento a la paz.", ("COL", "VAT", "SUPPORT")),
    ("El papa, que llegó el lunes a Quito, pidió al Gobierno de Ecuador que proteja a los refugiados.",
     ("VAT", "ECU", "REQUEST")),
    ("Paraguay invitó a León XIV a visitar Asunción el año próximo.", ("PRY", "VAT", "AGREE")),
    ("El Santo Padre pidió a Venezuela que libere a los presos políticos.", ("VAT", "VEN", "REQUEST")),
])
def test_the_pope_by_his_title_is_the_holy_see(text: str, key: tuple) -> None:
    found = country_keys(text, "es", published=ON)
    assert key in found or (key[2] in ("CONSULT", "AGREE") and (key[1], key[0], key[2]) in found), found


@pytest.mark.parametrize("text", [
    "Perú vendió a Bolivia 30.000 toneladas de papa y Bolivia agradeció a Lima el envío.",
    "La papa peruana llegó a Bolivia y el Gobierno boliviano agradeció a Lima el envío.",
])
def test_a_potato_is_no_pope(text: str) -> None:
    found = country_keys(text, "es", published=ON)
    assert not any("VAT" in (k[0], k[1]) for k in found), found


# A speaker defending its own side's decision backs no other state (data/rules/es.yaml, not_support_own_decision):
# the article's other party must not become the target of a SUPPORT.
@pytest.mark.parametrize("text", [
    "Uruguay concedió asilo a un opositor de Nicaragua y Managua retiró a su embajador. "
    "El presidente de Uruguay defendió la decisión de su canciller en la radio.",
    "Estados Unidos sancionó a tres bancos de México. "
    "El embajador de Estados Unidos defendió la decisión y aseguró que protege a los dos países.",
])
def test_own_decision_defended_backs_no_other_state(text: str) -> None:
    found = country_keys(text, "es", published=ON)
    assert not any(k[2] == "SUPPORT" for k in found), found


def test_another_states_decision_defended_is_support() -> None:
    found = country_keys("Rusia defendió la decisión de Venezuela de cerrar su espacio aéreo.", "es", published=ON)
    assert ("RUS", "VEN", "SUPPORT") in found, found


# Licences of another's firms suspended or revoked are a trade penalty, SANCTION 163 (data/rules/es.yaml, trade_ban)
@pytest.mark.parametrize(("text", "key"), [
    ("El Ministerio de Agricultura de Chile dejó en suspenso las licencias de seis frigoríficos argentinos.",
     ("CHL", "ARG", "SANCTION")),
    ("El Gobierno de Perú suspendió el martes las licencias de tres pesqueras ecuatorianas.",
     ("PER", "ECU", "SANCTION")),
    ("Colombia anunció la revocación de las licencias de dos navieras venezolanas.", ("COL", "VEN", "SANCTION")),
])
def test_licences_suspended_are_a_trade_penalty(text: str, key: tuple) -> None:
    assert key in shown_keys(text, "es", published=ON)


def test_licences_restored_are_no_penalty() -> None:
    found = country_keys("Chile restableció las licencias de seis frigoríficos argentinos.", "es", published=ON)
    assert not any(k[2] == "SANCTION" for k in found), found


# The plural of a force ("las Armadas", "los Ejércitos", "las Marinas") heads two states' forces named after it
# (actors/roles.yaml, es MIL): the joint act is theirs, also after a dateline that names a third place.
@pytest.mark.parametrize(("text", "pair"), [
    ("Lima, 3 mar (EFE).- Las Armadas de Chile y de Perú iniciaron el lunes unas maniobras navales conjuntas.",
     {"CHL", "PER"}),
    ("Quito, 3 mar (EFE).- Los Ejércitos de Colombia y de Brasil realizaron el martes un ejercicio conjunto en la "
     "selva.", {"COL", "BRA"}),
])
def test_the_plural_force_heads_both_states(text: str, pair: set) -> None:
    found = country_keys(text, "es", published=ON)
    assert any(k[2] == "COOPERATE" and {k[0], k[1]} == pair for k in found), found

"""Two fresh Spanish sets (eval/gold/fresh59a_es.jsonl studied, fresh59b_es.jsonl sealed): what the round-59 fixes
read, on sentences of our own (none from the sets), each with a phrasing the fix must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import country_keys, extraction, facts, shown_keys

ON = date(2026, 9, 9)


def _codes(text: str, surface: str) -> set[str]:
    """The codes the actors named by `surface` get in the text."""
    return {m.code for ms in extraction(text, "es", ON).actors for m in ms if m.surface == surface}


# Foreign ministries and presidencies by their buildings (actors/seats.yaml): "el Palacio Santos" is Uruguay's foreign
# ministry, not the Brazilian port; "el Palacio de Viana" is where Spain's foreign minister receives, not the Angolan
# town; "el Palacio de la Moncloa" is Spain's government whatever nationality is named beside it.
@pytest.mark.parametrize(("text", "surface", "code"), [
    ("El canciller compareció en el Palacio Santos y anunció una nota de protesta a Buenos Aires.", "Palacio Santos",
     "URYGOV"),
    ("Los dos ministros firmaron el jueves en el Palacio de Viana un memorando de cooperación.", "Palacio de Viana",
     "ESPGOV"),
    ("El presidente chileno fue recibido en el Palacio de la Moncloa con honores militares.", "Palacio de la Moncloa",
     "ESPGOV"),
])
def test_a_ministry_by_its_palace(text: str, surface: str, code: str) -> None:
    assert _codes(text, surface) == {code}


def test_the_palace_is_the_government_that_acts() -> None:
    found = country_keys("El Palacio Santos entregó una nota de protesta al embajador de Argentina.", "es",
                         published=ON)
    assert ("URY", "ARG", "ACCUSE") in found and not any("BRA" in k for k in found), found


# Office holders the dictionary lacked (actors/leaders.yaml): Uruguay's foreign minister, Haiti's prime minister.
@pytest.mark.parametrize(("text", "key"), [
    ("El canciller, Mario Lubetkin, condenó el martes las maniobras de Venezuela en el Esequibo.",
     ("URY", "VEN", "ACCUSE")),
    ("El primer ministro Alix Didier Fils-Aimé agradeció a Jamaica el envío de soldados.", ("HTI", "JAM", "SUPPORT")),
])
def test_office_holders_named_by_their_names(text: str, key: tuple) -> None:
    found = country_keys(text, "es", published=ON)
    assert key in found, found


# An agreement the trigger names ("cerró las negociaciones de su tratado"), denied in the relative clause after it
# ("que aún no ha sido firmado"), was not signed (events/negation._unsigned_by_relative, es unsigned_participles).
@pytest.mark.parametrize(("text", "pair"), [
    ("La Unión Europea cerró en marzo las negociaciones de su tratado con Chile, que aún no ha sido firmado.",
     {"EU", "CHL"}),
    ("Canadá y Ecuador cerraron el año pasado las negociaciones de su acuerdo comercial, que todavía no se ha "
     "firmado.", {"CAN", "ECU"}),
])
def test_an_agreement_not_yet_signed_is_negated(text: str, pair: set) -> None:
    found = facts(text, "es", published=ON)
    agree = [k for k in found if k[2] == "AGREE" and {k[0], k[1]} == pair]
    assert agree and all(k[3] for k in agree), found


@pytest.mark.parametrize("text", [
    # the signing told by the verb stands; the relative tells a later step
    "Argentina y Chile firmaron el martes el acuerdo, que aún no ha sido ratificado.",
    # a relative that denies something else than the signing
    "La Unión Europea cerró las negociaciones del tratado con Chile, que no ha sido cumplido.",
])
def test_a_signing_stands_beside_other_relatives(text: str) -> None:
    found = facts(text, "es", published=ON)
    assert any(k[2] == "AGREE" and not k[3] for k in found), found


# A dative pronoun before the verb ("le reprochó", "le prometió") is the one reproached or promised: a name inside
# what is reproached or promised is no target (events/roles_target_steps.pronoun_target, roles_objects.dative_clitic).
@pytest.mark.parametrize(("text", "wrong"), [
    ("El presidente de Colombia acusó a Estados Unidos de violar la soberanía del Caribe. El presidente de Chile le "
     "reprochó después que use cada foro para atacar a Washington.", ("CHL", "USA", "ACCUSE")),
    ("El canciller de Paraguay se reunió con el presidente de Brasil. El presidente de Brasil le prometió apoyo para "
     "cerrar el acuerdo entre el Mercosur y la Unión Europea.", ("BRA", "EU", "AGREE")),
])
def test_a_dative_pronoun_is_the_addressee(text: str, wrong: tuple) -> None:
    found = shown_keys(text, "es", published=ON)
    assert wrong not in found, found


@pytest.mark.parametrize(("text", "key"), [
    # the pronoun's antecedent named before it in the sentence
    ("El secretario de Estado de Estados Unidos conversó con el presidente de Panamá y le expresó su apoyo en la "
     "disputa del canal.", ("USA", "PAN", "SUPPORT")),
    # the addressee doubled right after the verb
    ("El canciller de Perú le pidió a Chile la liberación de los pescadores.", ("PER", "CHL", "REQUEST")),
])
def test_the_dative_pronouns_antecedent_or_double_stays(text: str, key: tuple) -> None:
    found = shown_keys(text, "es", published=ON)
    assert key in found, found


# A state that takes in the deportees of other countries deports no one (data/rules/es.yaml,
# not_deport_third_country); the deportation of its own nationals by another stays one.
@pytest.mark.parametrize("text", [
    "El secretario de Estado de Estados Unidos, Marco Rubio, firmó con el presidente de Honduras un acuerdo para "
    "recibir a migrantes deportados de otros países.",
    "Honduras aceptará a migrantes de otras nacionalidades deportados por Estados Unidos.",
])
def test_deportees_of_other_countries_received_are_no_deportation(text: str) -> None:
    found = country_keys(text, "es", published=ON)
    assert not any(k[2] == "COERCE" for k in found), found


def test_own_nationals_deported_stay_a_deportation() -> None:
    found = country_keys("Honduras recibió a 300 hondureños deportados por Estados Unidos.", "es", published=ON)
    assert ("USA", "HND", "COERCE") in found, found

"""What the eighth Spanish wire set (eval/gold/wire_es8.jsonl: water under the 1944 treaty, the Gibraltar agreement,
a postponed summit, prisoners handed to US courts, the Paraguay-US forces agreement, an envoy in Miraflores, a mansion
at the World Court, a currency swap, a warning on a base, an ambassador recalled from Israel) showed the coder missing
or printing wrongly. Each fix is a way Spanish says things, tested with sentences written for this file, not taken
from the set."""

from __future__ import annotations

import pytest

from extracted import country_keys, extraction


@pytest.mark.parametrize(("text", "pair"), [
    ("Colombia advirtió que revisará sus acuerdos con Ecuador si Quito no retira los aranceles de importación.",
     ("COL", "ECU")),
    ("Chile advirtió que cerrará el paso fronterizo si Perú no controla la salida de migrantes.", ("CHL", "PER")),
])
def test_a_warning_whose_clause_is_conditioned_is_a_threat(text: str, pair: tuple[str, str]) -> None:
    """"advirtió que hará X si Y ...": a conditional warning threatens (EVAL.md); a "de" further on, in the condition
    ("los aranceles de importación", "la salida de migrantes"), is no "advertir de" charge."""
    found = country_keys(text, "es", factual_only=True)
    assert (*pair, "THREATEN") in found, found
    assert not any(key[2] == "ACCUSE" for key in found), found


@pytest.mark.parametrize(("text", "pair"), [
    ("Guatemala entregó a la justicia de Estados Unidos a tres cabecillas de una red de tráfico.", ("GTM", "USA")),
    ("Colombia entregó a Estados Unidos a dos capos del Clan del Golfo.", ("COL", "USA")),
    ("Honduras entregó el lunes a Estados Unidos a cuatro presos reclamados por narcotráfico.", ("HND", "USA")),
])
def test_prisoners_handed_to_another_states_courts_are_judicial_cooperation(text: str, pair: tuple[str, str]) -> None:
    """Handing "capos", "presos", "cabecillas" over to another state, or to its courts, is extradition in all but
    name (CAMEO 063)."""
    assert (*pair, "COOPERATE") in country_keys(text, "es", factual_only=True)


@pytest.mark.parametrize(("text", "targets", "plover"), [
    ("Chile no invitó a Cuba, Venezuela ni Nicaragua a la cumbre de Santiago.", {"CUB", "VEN", "NIC"}, "AGREE"),
    ("Brasil no ha condenado a Rusia ni a Bielorrusia.", {"RUS", "BLR"}, "ACCUSE"),
])
def test_ni_coordinates_a_negated_list(text: str, targets: set[str], plover: str) -> None:
    """"no invitó a A, B ni C": after a negation Spanish joins the last member with "ni", not "y"; every member is a
    target of the negated act."""
    found = country_keys(text, "es", negation=True)
    assert {key[1] for key in found if key[2] == plover and key[3]} == targets, found


@pytest.mark.parametrize("text", [
    "El presidente de Chile recibió al canciller de Perú. Chile aplazó hasta mediados de año la reapertura del"
    " consulado peruano.",
    "El acuerdo permite a Argentina aplazar la devolución del préstamo de China hasta mediados de 2026.",
])
def test_mediados_is_the_middle_of_a_period_not_mediation(text: str) -> None:
    """"a mediados de", "hasta mediados de": simplemma gives the lemma "mediar", but the phrase names a time."""
    found = country_keys(text, "es", kind="cameo")
    assert not any(key[2] == "045" for key in found), found


@pytest.mark.parametrize("text", [
    "En la última cumbre, celebrada en Lima en 2019, Venezuela y Colombia no estuvieron presentes.",
    "En la reunión del año pasado, celebrada en Brasilia, Guyana y Venezuela no llegaron a ningún acuerdo.",
])
def test_an_event_celebrada_en_was_held_not_welcomed(text: str) -> None:
    """"celebrar" is both to welcome and to hold: a participle followed by a place or a date holds a meeting."""
    assert not any(key[2] == "SUPPORT" for key in country_keys(text, "es")), country_keys(text, "es")


@pytest.mark.parametrize(("text", "pair"), [
    ("El embajador de Japón calificó la entrega de Filipinas como una muestra de confianza.", ("JPN", "PHL")),
    ("Italia calificó de éxito la mediación de Turquía.", ("ITA", "TUR")),
    ("Canadá calificó de acierto la decisión de México.", ("CAN", "MEX")),
])
def test_calificar_with_a_name_of_praise_is_praise(text: str, pair: tuple[str, str]) -> None:
    """"calificar de/como" is a verdict whose word decides its side: "muestra de confianza", "éxito", "acierto"
    praise (SUPPORT 051), where "inaceptable" or "injerencia" criticise."""
    found = country_keys(text, "es")
    assert (*pair, "SUPPORT") in found and (*pair, "ACCUSE") not in found, found


@pytest.mark.parametrize(("text", "pair"), [
    ("Argelia liberó al escritor a petición de Alemania.", ("DZA", "DEU")),
    ("Marruecos indultó a los presos a instancias del rey de España.", ("MAR", "ESP")),
])
def test_a_peticion_de_names_who_asked_not_whom(text: str, pair: tuple[str, str]) -> None:
    """"liberó al preso a petición de Alemania": Germany asked; the act's subject made no request of it (the appeal
    rule's "petición" read it so), and the release to it stays."""
    found = country_keys(text, "es")
    assert (*pair, "REQUEST") not in found and (*pair, "RETREAT") in found, found



@pytest.mark.parametrize(("text", "key"), [
    ("La secretaria de Agricultura de Estados Unidos elogió la decisión de México.", ("USA", "MEX", "SUPPORT")),
    ("La Secretaría de Relaciones Exteriores de México condenó el ataque de Israel contra Irán.",
     ("MEX", "ISR", "ACCUSE")),
    ("El secretario del Tesoro de Estados Unidos pidió a Argentina que cancele el canje de monedas con China.",
     ("USA", "ARG", "REQUEST")),
])
def test_a_secretario_of_a_portfolio_is_the_government(text: str, key: tuple[str, str, str]) -> None:
    """The cabinets of the United States and Mexico are of "secretarios": "la secretaria de Agricultura de Estados
    Unidos" is that government, as "el ministro de Defensa de Chile" is Chile's; the state after the office's "de"
    was read as a genitive of no party."""
    assert key in country_keys(text, "es"), country_keys(text, "es")


@pytest.mark.parametrize("text", [
    "Chile y Argentina renovaron el convenio de cooperación aduanera.",
    "Perú y Ecuador prorrogaron por dos años el memorando de seguridad fronteriza.",
])
def test_a_renewed_agreement_is_an_agreement(text: str) -> None:
    """"renovaron el convenio", "prorrogaron el memorando": renewing binds the parties again (AGREE 057), as the
    refusal to renew ("no renovará el memorando") already cut a tie."""
    found = country_keys(text, "es", kind="cameo")
    assert any(key[2] == "057" for key in found), found


@pytest.mark.parametrize("text", [
    "La fiscal general de Estados Unidos agradeció la colaboración de México y prometió que los acusados responderán"
    " ante la justicia.",
    "Perú agradeció a Chile la entrega del sospechoso y aseguró que responderá ante los tribunales.",
])
def test_to_answer_before_the_courts_is_no_threat(text: str) -> None:
    """"responderán ante la justicia": to stand trial, not a response promised to anyone (the threat rule's
    "prometer ... responder ante") nor a pledge."""
    found = country_keys(text, "es")
    assert not any(key[2] in ("THREATEN", "AGREE") for key in found), found
    assert any(key[2] == "SUPPORT" for key in found), found


@pytest.mark.parametrize("text", [
    "El ministro de Exteriores de Noruega se reunió con el comisario europeo de Comercio.",
    "Los presidentes de Chile y Perú se reunieron en Lima con el secretario general de la OEA.",
])
def test_meeting_a_bodys_official_states_no_membership(text: str) -> None:
    """"se reunió con el comisario europeo": "reunir" makes members only where a body "reúne a" states ("la OEA reúne
    a 35 Estados"); the lemma of "se reunió" read every meeting with an organisation's official as membership."""
    found = [(r.a, r.b, r.kind) for r in extraction(text, "es").relations]
    assert not any(kind == "membership" for *_, kind in found), found

"""What the ninth Spanish wire set (eval/gold/wire_es9.jsonl: solar panels at Punta Dungeness, Chiapas police in La
Mesilla, Arévalo in Taiwan, an extradition to New York, the Treasury's order against Mexican firms, a summit in La
Moneda, visas of Brazilian officials, a fugitive expelled from Paraguay, the Peru-Indonesia partnership, Repsol's
licence) showed the coder missing or printing wrongly. Each fix is a way Spanish says things, tested with sentences
written for this file, not taken from the set."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import country_keys
from realpolitik.actors import find_in_text
from realpolitik.model import PLACE

ON = date(2025, 9, 1)


def codes(text: str) -> list[str]:
    return [m.code for m in find_in_text(text, "es", ON) if m.kind != PLACE]


@pytest.mark.parametrize(("text", "expected"), [
    ("El Palacio San Martín convocó al embajador británico por las maniobras navales.", ["ARGGOV", "GBRGOV"]),
    ("Desde el Palacio San Martin se insistió en que la soberanía no se negocia.", ["ARGGOV"]),
    ("Torre Tagle expresó su malestar por las palabras del mandatario boliviano.", ["PERGOV", "BOLGOV"]),
    ("El Palacio de San Carlos citó a la encargada de negocios ecuatoriana.", ["COLGOV", "ECUGOV"]),
    ("El Palacio de Santa Cruz llamó a consultas a su embajadora.", ["ESPGOV"]),
    ("La Casa Amarilla respondió con un comunicado contra Georgetown.", ["VENGOV", "GUYGOV"]),
])
def test_a_foreign_ministry_by_its_building_is_the_government(text: str, expected: list[str]) -> None:
    """The Spanish-language press names a foreign ministry by its building ("el Palacio San Martín", "Torre Tagle");
    "San Martín" inside it is no Saint-Martin."""
    assert codes(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("El secretario de Seguridad, Omar García Harfuch, viajó a Washington.", ["MEXGOV", "USAGOV"]),
    ("García Harfuch se reunió en Washington con funcionarios del FBI.", ["MEXGOV", "USAGOV"]),
    ("La fiscal general Pam Bondi anunció los cargos.", ["USAGOV"]),
    ("El ministro de Economía, Carlos Cuerpo, defendió el acuerdo.", ["ESPGOV"]),
    ("El canciller Carlos Ramiro Martínez recibió al embajador de El Salvador.", ["GTMGOV", "SLVGOV"]),
    ("El ministro de Salud, Alexandre Padilha, rechazó las críticas.", ["BRAGOV"]),
])
def test_office_holders_named_by_a_bare_title(text: str, expected: list[str]) -> None:
    """2025 office holders whom the press names by a title without their state, or by name alone."""
    assert codes(text) == expected


def test_a_surname_alone_after_the_full_name() -> None:
    """"Lai" alone is the Taiwanese president once the article has named him in full, and nobody before."""
    assert codes("Lai habló ayer.") == []
    text = "El presidente Lai Ching-te recibió al canciller paraguayo. Lai elogió la amistad entre ambos países."
    assert codes(text) == ["TWNGOV", "PRYGOV", "TWNGOV"]


def _keys(text: str) -> set[tuple]:
    return country_keys(text, "es", factual_only=True)


@pytest.mark.parametrize(("text", "pair"), [
    ("Chile convocó al embajador de Israel para pedirle explicaciones por el ataque.", ("CHL", "ISR")),
    ("La Cancillería de Bolivia citó a la encargada de negocios de Perú para exigirle explicaciones.", ("BOL", "PER")),
    ("El Gobierno de Colombia convocó al embajador de Ecuador para solicitarle explicaciones sobre la detención.",
     ("COL", "ECU")),
])
def test_the_purpose_of_a_summons_is_no_appeal(text: str, pair: tuple[str, str]) -> None:
    """"convocó al embajador para pedirle explicaciones": the summons is the protest (ACCUSE 114, EVAL.md); the
    explanations it asks for are its purpose, no appeal beside it."""
    found = _keys(text)
    assert (*pair, "ACCUSE") in found, found
    assert not any(key[2] == "REQUEST" for key in found), found


@pytest.mark.parametrize(("text", "pair"), [
    ("El embajador de Estados Unidos calificó la entrega de hito en la relación con Colombia.", ("USA", "COL")),
    ("Panamá calificó de hito histórico el acuerdo alcanzado con Costa Rica.", ("PAN", "CRI")),
    ("Lula calificó como un logro la decisión de Argentina.", ("BRA", "ARG")),
])
def test_calling_an_act_a_milestone_praises(text: str, pair: tuple[str, str]) -> None:
    """"calificó X de hito / como un logro": a milestone or an achievement is praise, not criticism."""
    found = _keys(text)
    assert (*pair, "SUPPORT") in found, found
    assert not any(key[2] == "ACCUSE" for key in found), found


@pytest.mark.parametrize("text", [
    "El fiscal general de México telefoneó a su homólogo de Guatemala para coordinar las pesquisas.",
    "Los ministros de Seguridad de Chile y Perú acordaron coordinar la investigación sobre la red de tráfico.",
])
def test_an_inquiry_coordinated_with_a_partner_investigates_no_one(text: str) -> None:
    """"para coordinar las pesquisas", "acordaron coordinar la investigación": an inquiry run together is
    cooperation, not an investigation of the partner."""
    assert not any(key[2] == "ACCUSE" for key in _keys(text)), _keys(text)


@pytest.mark.parametrize(("text", "pair"), [
    ("El presidente de Paraguay habló el viernes por la noche con la presidenta de México.", ("PRY", "MEX")),
    ("La canciller de Colombia conversó ayer con el canciller de Venezuela.", ("COL", "VEN")),
    ("El ministro de Defensa de Chile habló este lunes con su homólogo de Argentina.", ("CHL", "ARG")),
])
def test_talking_with_a_partner_after_a_day_is_a_consultation(text: str, pair: tuple[str, str]) -> None:
    """"habló el viernes por la noche con X", "conversó ayer con X": a day or an adverb between the verb and its
    partner (CONSULT 040); "habló de la deuda con Brasil" stays a topic's partner."""
    found = _keys(text)
    assert (*pair, "CONSULT") in found, found
    assert not _keys("Milei no habló de la deuda con Brasil.")


@pytest.mark.parametrize(("text", "pair"), [
    ("Panamá no cederá a las presiones de Estados Unidos sobre el canal.", ("PAN", "USA")),
    ("Cuba no se doblegará ante las amenazas de Washington.", ("CUB", "USA")),
    ("Dinamarca dijo que no cede ante las exigencias de Trump sobre Groenlandia.", ("DNK", "USA")),
])
def test_not_yielding_to_pressure_is_a_rejection(text: str, pair: tuple[str, str]) -> None:
    """"no cederá a las presiones de X", "no se doblegará ante X": X's demand refused (REJECT 120), no negated
    concession."""
    found = country_keys(text, "es", factual_only=True, negation=True)
    assert (*pair, "REJECT", False) in found, found
    assert not any(key[2] == "CONCEDE" for key in found), found


@pytest.mark.parametrize(("text", "pair"), [
    ("China retiró la plataforma petrolera de las aguas de Vietnam.", ("CHN", "VNM")),
    ("Venezuela ordenó el retiro de las boyas colocadas en aguas de Guyana.", ("VEN", "GUY")),
    ("La Armada de Chile desmontó los paneles instalados en territorio argentino.", ("CHL", "ARG")),
])
def test_an_installation_taken_away_is_a_step_back(text: str, pair: tuple[str, str]) -> None:
    """"ordenó el retiro de las boyas", "desmontó los paneles": an installation removed from where another state
    objects is a step back (RETREAT), not the exit from a bloc that "retiro de" alone reads."""
    found = _keys(text)
    assert (*pair, "RETREAT") in found, found
    assert not any(key[2] == "SANCTION" for key in found), found

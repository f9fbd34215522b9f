"""What the first Spanish set of round 64 (eval/gold/fresh64a_es.jsonl), round 63's leftovers and the other studied
material showed the coder reading wrongly: an offer or an appeal whose subject a relative clause holding a bracketed
acronym parts from its verb, printed under the threshold; a protocol or the agreements with a party suspended; money
announced for another; an EU commissioner named by name alone. Each is a way the language says a thing, tested with
sentences written for this file, not taken from any set."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import country_keys, shown_keys
from realpolitik.events.inserted import _brackets_closed

ON = date(2026, 6, 10)


@pytest.mark.parametrize(("text", "expected"), [
    # the bracketed acronym inside the relative clause (fresh63a-es-004's shape)
    ("Honduras y Nicaragua se acusaron de violar la frontera. Costa Rica, que ejerce la presidencia pro tempore del "
     "Sistema de la Integración Centroamericana (SICA), ofreció su mediación a los dos gobiernos.",
     {("CRI", "HND", "AGREE"), ("CRI", "NIC", "AGREE")}),
    # the bracketed acronym after the body's name, before the relative clause (fresh52a-es-004's shape)
    ("Honduras y Nicaragua se acusaron de violar la frontera. La Organización de los Estados Americanos (OEA), que "
     "tiene una misión en la zona desde 2010, pidió a los dos gobiernos evitar cualquier escalada.",
     {("OAS", "HND", "REQUEST"), ("OAS", "NIC", "REQUEST")}),
    ("Ethiopia and Eritrea traded accusations over the border. The African Union (AU), which has a liaison office in "
     "Asmara, urged both governments to show restraint.",
     {("AU", "ETH", "REQUEST"), ("AU", "ERI", "REQUEST")}),
])
def test_a_subject_across_a_relative_clause_with_a_bracketed_acronym_is_printed(text: str, expected: set) -> None:
    """A subject parted from its verb by a relative clause between commas attaches where the clause closes
    (events/inserted.py); a bracketed acronym in the clause or right after the subject's name is part of a name, not
    a clause of its own, so the offer or appeal is no longer left under the threshold."""
    lang = "en" if text.startswith("Ethiopia") else "es"
    keys = shown_keys(text, lang, published=ON)
    assert expected <= keys, keys


def _forms(*words: str) -> list[frozenset[str]]:
    return [frozenset({w}) for w in words]


def test_a_long_bracket_in_the_clause_still_parts_the_subject() -> None:
    """A bracket that holds a clause of its own (more than a name) is no part of the insertion's name: the subject
    stays parted, as before."""
    long = _forms(",", "que", "(", "según", "fuentes", "de", "la", "organización", ")", "preside", ",")
    assert not _brackets_closed(long, 0, len(long) - 1)
    short = _forms(",", "que", "preside", "el", "(", "SICA", ")", ",")
    assert _brackets_closed(short, 0, len(short) - 1)


@pytest.mark.parametrize(("text", "key"), [
    ("Senegal suspendió la aplicación del protocolo pesquero con la Unión Europea.", ("SEN", "EU", "SANCTION")),
    ("Venezuela suspendió los acuerdos de suministro de electricidad con Guyana.", ("VEN", "GUY", "SANCTION")),
])
def test_a_protocol_or_the_agreements_with_a_party_suspended_sanction_it(text: str, key: tuple) -> None:
    """"suspendió la aplicación del protocolo pesquero con la UE" (fresh64a-es-004), "suspender ... los acuerdos de
    suministro de gas con Trinidad y Tobago" (relwire8-es-001): a SANCTION of the party, as the gold codes all 4
    studied sentences."""
    assert key in country_keys(text, "es", published=ON)


@pytest.mark.parametrize(("text", "keys"), [
    ("La Comisión Europea anunció un paquete de 90 millones de euros para Gambia y Guinea-Bisáu.",
     {("EU", "GMB", "AID"), ("EU", "GNB", "AID")}),
    ("Italia anunció una contribución de 12 millones de euros para Túnez.", {("ITA", "TUN", "AID")}),
])
def test_money_announced_for_another_is_aid(text: str, keys: set) -> None:
    """"anunció un paquete de 120 millones de euros para el país andino" (fresh56a-es-003), "anunció una contribución
    de 20 millones de dólares para la reconstrucción de Gaza" (relwire16-es-001): aid, as the gold codes all 15
    studied sentences of the form."""
    assert keys <= country_keys(text, "es", published=ON)


def test_money_announced_for_ones_own_projects_is_no_aid() -> None:
    """No party after "para": no aid (the rule needs a target)."""
    found = country_keys("El Gobierno de Chile anunció 300 millones de dólares para construir hospitales.", "es",
                         published=ON)
    assert not {k for k in found if k[2] == "AID"}, found


@pytest.mark.parametrize(("text", "lang", "key"), [
    ("El comisario de Comercio, Maros Sefcovic, viajó a Nueva Delhi.", "es", ("EU", "IND", "CONSULT")),
    ("Mauritania suspendió el protocolo pesquero. Kadis criticó a Mauritania por la decisión.", "es",
     ("EU", "MRT", "ACCUSE")),
    ("Der Schweizer Aussenminister sagte, er habe am Freitag mit Šefčovič telefoniert.", "de",
     ("CHE", "EU", "CONSULT")),
])
def test_an_eu_commissioner_named_alone_is_the_eu(text: str, lang: str, key: tuple) -> None:
    """"El comisario de Pesca y Océanos, Costas Kadis, negó ..." (fresh64a-es-004), "Šefčovič felicitó a las dos
    delegaciones" (wire-es8-002), "mit Šefčovič telefoniert" (wire-de10-007): a commissioner by name is the EU."""
    assert key in country_keys(text, lang, published=ON)


@pytest.mark.parametrize("text", [
    "Albares anunció una contribución de cinco millones de euros para rehabilitar escuelas en San Marcos.",
    "Las lluvias inundaron San Marcos y Quetzaltenango, y Guatemala pidió ayuda a México.",
])
def test_a_saints_place_is_no_leader_of_that_name(text: str) -> None:
    """"en San Marcos y Quetzaltenango" (fresh55a-es-004): a place named after a saint whose name is a leader's
    surname ("Marcos", the Philippine president) is no party (actors/ambiguity.py)."""
    found = country_keys(text, "es", published=ON)
    assert not {k for k in found if "PHL" in (k[0], k[1])}, found


def test_the_leader_named_alone_stays_the_leader() -> None:
    """Without the saint's title the surname is still the person."""
    assert ("PHL", "CHN", "ACCUSE") in country_keys("Marcos criticó a China por el abordaje.", "es", published=ON)

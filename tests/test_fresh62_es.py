"""What the first Spanish set of round 62 (eval/gold/fresh62a_es.jsonl) and the other studied Spanish sets showed the
coder printing wrongly. Each fix is a way Spanish says things, tested with sentences written for this file, not taken
from any set."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import country_keys

ON = date(2026, 5, 20)


@pytest.mark.parametrize("text", [
    "Washington había pedido a Bolivia, Chile y Perú que cerraran su espacio aéreo a los aviones rusos.",
    "La Casa Blanca ha pedido a Panamá que expulse a los diplomáticos nicaragüenses.",
    "Alemania ha pedido a Rumanía que respalde la candidatura de Moldavia.",
])
def test_an_act_asked_for_after_a_perfect_of_pedir_is_no_act(text: str) -> None:
    """"había pedido en abril a El Salvador, Honduras y Guatemala que cerraran su espacio aéreo", "ha pedido a Malasia
    que respalde esa candidatura": what a perfect of "pedir" asks for is asked, not done, as after "pidió" (the
    lemmatiser reads a bare "pedido" as the noun, so the demand cue names the perfect's forms: fresh62a-es-002,
    relwire13-es-002, wire-es7-005, relwire4-es-001)."""
    found = country_keys(text, "es", published=ON)
    assert not {k for k in found if k[2] in ("SANCTION", "SUPPORT")}, found
    assert {k for k in found if k[2] == "REQUEST"}, found


@pytest.mark.parametrize(("text", "key"), [
    ("Bruselas ha pedido a las partes libias que respeten el derecho del mar y ha expresado su solidaridad con Grecia.",
     ("EU", "GRC", "SUPPORT")),
    ("Francia ha exigido a Argelia que libere al escritor y ha condenado la detención de otro periodista francés.",
     ("FRA", "DZA", "ACCUSE")),
    ("Brasil pidió a Venezuela que respete la tregua y expresó su solidaridad con Guyana.", ("BRA", "GUY", "SUPPORT")),
])
def test_a_perfect_after_y_is_out_of_the_demand_before_it(text: str, key: tuple) -> None:
    """"ha pedido a todas las partes libias que respeten ... y ha expresado su «plena solidaridad» con Grecia": a
    perfect's participle after "y" is a verb of its own, as a finite past verb is ("exigió ... y calificó"), not
    part of what the demand asks (wire-es2-011)."""
    found = country_keys(text, "es", published=ON)
    assert key in found, found


@pytest.mark.parametrize("text", [
    "La embajada de Rusia en Quito rechazó las críticas. La comunidad armenia, en cambio, pidió al Gobierno "
    "endurecer su postura.",
    "La Cámara Nacional de Comercio, la mayor patronal de Uruguay, pidió al Gobierno «cautela» con Brasil.",
    "Organizaciones de derechos humanos denunciaron las condiciones en las que Libia retiene a los migrantes, y han "
    "pedido a Roma que suspenda su ayuda.",
])
def test_a_subject_that_is_no_state_lends_its_acts_to_none(text: str) -> None:
    """"La comunidad judía, en cambio, pidió al Mandatario ...", "La Confederación Nacional de la Industria, la mayor
    patronal del país, pidió al Gobierno ...", "Organizaciones de derechos humanos ... han pedido a Madrid que ...": a
    community, an employers' body or organisations act, not the state named inside their phrase or before the
    sentence (wire-es7-003, fresh49b-es-003, fresh61a-es-002)."""
    found = country_keys(text, "es", published=ON)
    assert not {k for k in found if k[2] in ("REQUEST", "THREATEN")}, found


@pytest.mark.parametrize(("text", "key"), [
    ("La Federación Rusa pidió a Ucrania que retire sus tropas.", ("RUS", "UKR", "REQUEST")),
    ("La Organización de los Estados Americanos pidió a Venezuela que respete la soberanía de Guyana.",
     ("OAS", "VEN", "REQUEST")),
    ("La comunidad internacional guardó silencio. Colombia, en cambio, pidió a Ecuador que libere a los detenidos.",
     ("COL", "ECU", "REQUEST")),
])
def test_a_named_body_or_state_subject_still_acts(text: str, key: tuple) -> None:
    found = country_keys(text, "es", published=ON)
    assert key in found, found

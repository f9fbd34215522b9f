"""What the first Spanish set of round 61 (eval/gold/fresh61a_es.jsonl) and the other studied Spanish sets showed the
coder printing wrongly. Each fix is a way Spanish says things, tested with sentences written for this file, not taken
from any set."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import country_keys

ON = date(2026, 8, 5)


@pytest.mark.parametrize("text", [
    "Estados Unidos liberó a tres venezolanos condenados en Florida por narcotráfico, en un canje realizado en Doha "
    "con la mediación de Catar.",
    "Chile entregó a Perú a dos peruanos condenados en Santiago por tráfico de armas, con la mediación de Brasil.",
    "Cuba excarceló a un ciudadano canadiense condenado por espionaje, tras una gestión de México.",
])
def test_people_sentenced_by_a_court_are_no_verdict(text: str) -> None:
    """"dos malienses condenados en Francia por delitos financieros", "553 personas condenadas por delitos": a
    participle after a people's noun, a place or "por" and the crime: a court's sentence describing the people freed
    or handed over, no condemnation by anyone the sentence names (breadth2-es-121, wire-es3-004, blind-es-005,
    fresh61a-es-004)."""
    found = country_keys(text, "es", published=ON)
    assert not {k for k in found if k[2] == "ACCUSE"}, found


@pytest.mark.parametrize(("text", "key"), [
    ("Afganistán ha condenado en repetidas ocasiones a Pakistán por las deportaciones.", ("AFG", "PAK", "ACCUSE")),
    ("México ha condenado en un comunicado a Ecuador por el asalto a su embajada.", ("MEX", "ECU", "ACCUSE")),
    ("Chile condenó a Venezuela por la detención de opositores.", ("CHL", "VEN", "ACCUSE")),
])
def test_a_verdict_after_an_auxiliary_still_condemns(text: str, key: tuple) -> None:
    found = country_keys(text, "es", published=ON)
    assert key in found, found


@pytest.mark.parametrize("text", [
    "Estados Unidos pidió a Panamá más controles. No es la primera vez que Panamá actúa contra buques sancionados.",
    "Kiev y Seúl denunciaron la alianza entre Rusia y Corea del Norte, dos regímenes sancionados.",
    "Bruselas publicó este lunes la lista de personas sancionadas.",
])
def test_a_noun_described_as_sanctioned_is_no_sanction(text: str) -> None:
    """"la alianza militar entre dos regímenes sancionados.", "actúa contra buques sancionados.": a participle after a
    noun that ends the sentence, with no agent, describes the noun; nobody sanctions anyone there (relwire3-es-004,
    fresh61a-es-003, fresh46-es-005)."""
    found = country_keys(text, "es", published=ON)
    assert not {k for k in found if k[2] == "SANCTION"}, found


@pytest.mark.parametrize(("text", "key"), [
    ("Venezuela ha sido sancionada de nuevo por Estados Unidos.", ("USA", "VEN", "SANCTION")),
    ("Japón ampliará su lista de entidades sancionadas con doce empresas chinas.", ("JPN", "CHN", "SANCTION")),
    ("La Unión Europea sancionó a Bielorrusia.", ("EU", "BLR", "SANCTION")),
])
def test_a_sanction_told_as_an_act_stays(text: str, key: tuple) -> None:
    found = country_keys(text, "es", published=ON)
    assert key in found, found


def test_a_capital_offered_as_the_seat_of_talks_offers_to_host_them() -> None:
    """"ofreció Asunción como sede de una eventual reunión técnica", "ofreció Bogotá como sede de futuras conversaciones
    entre Caracas y Washington": an offer to host the sides' talks, AGREE 039 to each (fresh59a-es-003,
    fresh61a-es-004)."""
    found = country_keys("Brasil ofreció Brasilia como sede de las conversaciones entre Guyana y Venezuela.", "es",
                         published=ON, kind="cameo")
    assert {("BRA", "GUY", "039"), ("BRA", "VEN", "039")} <= found, found


def test_a_capital_offered_for_a_body_summit_offers_no_mediation() -> None:
    found = country_keys("Marruecos ofreció Rabat como sede de la próxima cumbre de la Unión Africana.", "es",
                         published=ON, kind="cameo")
    assert not {k for k in found if k[2] == "039"}, found

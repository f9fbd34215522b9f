"""Kinds of Spanish news writing learnt in round 50 (es50) from the studied Spanish long-article sets: the EU named
by its seat ("Bruselas aprobó el paquete"), and the conditional of rumour ("Washington habría exigido ..."), which
tells what a source says happened without the writer vouching for it. Whole pipeline, own sentences."""

from __future__ import annotations

from functools import partial

import pytest

from extracted import country_keys, read_as

_keys = partial(country_keys, lang="es", factual_only=True)


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    ("Bruselas impuso el viernes nuevas sanciones a Rusia.", ("EU", "RUS", "SANCTION"), ("BEL", "RUS", "SANCTION")),
    ("China exigió a Bruselas que retire los aranceles a sus coches eléctricos.", ("CHN", "EU", "REQUEST"),
     ("CHN", "BEL", "REQUEST")),
])
def test_bruselas_is_the_eu(text: str, expected: tuple, wrong: tuple) -> None:
    read_as(_keys(text), expected, wrong)


@pytest.mark.parametrize("text", [
    "Según el diario El País, Washington habría exigido a Brasil la retirada de la ley.",
    "El Gobierno ruso habría amenazado a Finlandia con cortar el suministro de gas.",
    "Según fuentes diplomáticas, Rusia habría enviado tropas a Malí.",
    "Dos patrulleras colombianas habrían entrado el miércoles en aguas venezolanas.",
    "Rusia habría expulsado a dos diplomáticos polacos, según la prensa de Varsovia.",
])
def test_the_conditional_of_rumour_tells_no_act(text: str) -> None:
    assert _keys(text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    # the same acts told as done stay facts
    ("Washington exigió a Brasil la retirada de la ley.", ("USA", "BRA", "REQUEST")),
    ("Rusia expulsó a dos diplomáticos polacos.", ("RUS", "POL", "SANCTION")),
    # the accusation is made; only what it says was done is rumoured
    ("Rusia acusó a Polonia de que sus servicios habrían planeado un atentado.", ("RUS", "POL", "ACCUSE")),
    # a rumour in a relative clause leaves the main clause's act alone
    ("Moscú, que según la prensa habría presionado a Minsk, firmó el acuerdo con Bielorrusia.",
     ("RUS", "BLR", "AGREE")),
])
def test_what_is_told_as_done_beside_a_rumour_stays(text: str, expected: tuple) -> None:
    keys = _keys(text)
    assert expected in keys, keys

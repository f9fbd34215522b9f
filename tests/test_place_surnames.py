"""A place named with a person's surname is not the person (round 49): "the Ain al-Asad air base" in Iraq is no act of
Syria's former president. The place data (data/actors/places.csv) holds Arabic place names of the shape head,
particle, name ("Ain el Aarab", "Deir ez-Zor", "Ras Al Khaimah"); a leader's surname after a particle whose word
before opens such a name ends a place's name (actors/ambiguity.py). The sentences are our own."""

from __future__ import annotations

import pytest

from extracted import extraction, facts


def _codes(text: str, lang: str) -> set[str]:
    return {m.code for ms in extraction(text, lang).actors for m in ms}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Iran fired missiles at the Ain al-Asad air base in Iraq."),
    ("en", "Iran fired missiles at the Ain al Asad base in Iraq."),
    ("de", "Iran beschoss den Stützpunkt Ain al-Assad im Irak."),
    ("fr", "L'Iran a tiré des missiles sur la base d'Aïn al-Assad en Irak."),
    ("es", "Irán lanzó misiles contra la base de Ain al Asad en Irak."),
])
def test_a_place_named_with_the_surname_is_not_the_person(lang: str, text: str) -> None:
    codes = _codes(text, lang)
    assert not any(c.startswith("SYR") for c in codes), codes
    assert not any(f[1] is not None and f[1].startswith("SYR") for f in facts(text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Bashar al-Assad met Putin in Moscow in 2019."),
    ("en", "Syria's Bashar Al Assad met Putin in 2019."),  # his own first name before the particle
    ("en", "President al-Assad met Putin in 2019."),  # a title opens no place name
    ("de", "Assad traf Putin 2019 in Moskau."),
])
def test_the_person_named_with_the_particle_stays_the_person(lang: str, text: str) -> None:
    assert any(c.startswith("SYR") for c in _codes(text, lang))

"""Heads of state and government of 2025 the leader dictionary lacked (round 38, issue 10): named in full with a
title, then by surname alone, the surname stands for the same state's government; out of office on the article's
day, the person is that state's former official, no government. Sentences written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from realpolitik.actors import find_in_text

ON = date(2025, 10, 27)


@pytest.mark.parametrize(("lang", "text", "surname", "code"), [
    ("en", "President Mohamed Muizzu met Indian officials in Male. Muizzu thanked India for its support.", "Muizzu",
     "MDVGOV"),
    ("de", "Präsident John Mahama reiste nach Abuja. Mahama dankte Nigeria für die Unterstützung.", "Mahama",
     "GHAGOV"),
    ("es", "El jefe de Gobierno marroquí, Aziz Ajanuch, viajó a París. Ajanuch agradeció a Francia su apoyo.",
     "Ajanuch", "MARGOV"),
    ("fr", "Le Premier ministre Navin Ramgoolam s'est rendu à New Delhi. Ramgoolam a remercié l'Inde pour son aide.",
     "Ramgoolam", "MUSGOV"),
    ("ru", "Премьер-министр Папуа — Новой Гвинеи Джеймс Марапе прибыл в Канберру. Марапе поблагодарил Австралию за "
           "поддержку.", "Марапе", "PNGGOV"),
])
def test_the_surname_alone_is_the_head_named_before(lang: str, text: str, surname: str, code: str) -> None:
    alone = [m for m in find_in_text(text, lang, ON) if m.surface == surname]
    assert alone and alone[0].code == code


def test_a_head_out_of_office_on_the_day_is_no_government() -> None:
    # Sogavare left the Solomon Islands' premiership in 2024: in 2025 he is a former official
    found = find_in_text("Former prime minister Manasseh Sogavare criticised Canberra.", "en", ON)
    assert [m.code for m in found if "Sogavare" in m.surface] == ["SLBELI"]

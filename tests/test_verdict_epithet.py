"""A verdict on an act named with an adjective of time or number (round 58, extras58): "condenó las nuevas sanciones
de la UE", "a condamné les dernières sanctions de l'UE", "condemned the latest sanctions of the EU", "verurteilte die
neuen Sanktionen der EU" judge the sanctions, as "condenó las sanciones de la UE" does: the noun is the verdict's
object, no sanction of the judge's (before, the adjective between the article and the noun hid the object and the
judge was read as the sanctioner). Studied sentences of the kind: breadth-rel-es-025, breadth-rel-fr-025,
breadth-rel-de-025, breadth-rel-en-026, accuse-*-023, roles-fr-002, wire-de13-008. Sentences of our own."""

from __future__ import annotations

import pytest

from extracted import facts, read_as_all


@pytest.mark.parametrize(("text", "lang", "expected", "wrong"), [
    ("Caracas condenó las nuevas sanciones de Estados Unidos.", "es",
     [("VEN", "USA", "ACCUSE", False)], [("VEN", "USA", "SANCTION", False)]),
    ("Caracas criticó las últimas sanciones de la Unión Europea.", "es",
     [("VEN", "EU", "ACCUSE", False)], [("VEN", "EU", "SANCTION", False)]),
    ("Téhéran a condamné les nouvelles sanctions de l'Union européenne.", "fr",
     [("IRN", "EU", "ACCUSE", False)], [("IRN", "EU", "SANCTION", False)]),
    ("Tehran condemned the latest sanctions of the European Union.", "en",
     [("IRN", "EU", "ACCUSE", False)], [("IRN", "EU", "SANCTION", False)]),
])
def test_a_verdict_on_new_sanctions_is_no_sanction_of_the_judge(text: str, lang: str, expected: list,
                                                                 wrong: list) -> None:
    read_as_all(facts(text, lang), expected, wrong)


def test_the_sanctions_themselves_stay_an_act() -> None:
    assert ("EU", "IRN", "SANCTION", False) in facts("The European Union imposed new sanctions on Iran.", "en")

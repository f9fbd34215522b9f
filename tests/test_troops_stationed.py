"""Troops stationed abroad (round 57, deen57): one state's soldiers stationed or kept in a host country are military
protection, AID 074, as troops sent are (EVAL.md: "material military help, incl. sending troops" is AID; only
"stationing weapons with an ally" is COOPERATE 062). Weapons stationed and bases kept stay COOPERATE 062; troops
massed at a border stay a show of force. The convention, with the studied gold that shows it, is in
eval/gold/README.md ("Troops stationed abroad (settled in round 57)"). Sentences of our own."""

from __future__ import annotations

import pytest

from extracted import facts, read_as_all


@pytest.mark.parametrize(("text", "lang", "expected", "wrong"), [
    # the state passive, both orders
    ("In Lettland sind rund 1200 kanadische Soldaten stationiert.", "de",
     [("CAN", "LVA", "AID", False)], [("CAN", "LVA", "COOPERATE", False)]),
    ("Die italienischen Soldaten sind seit 2019 in Lettland stationiert.", "de",
     [("ITA", "LVA", "AID", False)], [("ITA", "LVA", "COOPERATE", False)]),
    # the relative clause's order: the participle before "sein"
    ("Norwegen, dessen Soldaten in Litauen stationiert sind, schickte weitere Panzer.", "de",
     [("NOR", "LTU", "AID", False)], [("NOR", "LTU", "COOPERATE", False)]),
    # troops kept in a host country
    ("Die Niederlande unterhalten seit Jahren ein Kontingent in Litauen.", "de",
     [("NLD", "LTU", "AID", False)], [("NLD", "LTU", "COOPERATE", False)]),
    ("Canada keeps about 2,000 troops in Latvia.", "en",
     [("CAN", "LVA", "AID", False)], [("CAN", "LVA", "COOPERATE", False)]),
    ("Spanish soldiers have been stationed in Latvia since 2017.", "en",
     [("ESP", "LVA", "AID", False)], [("ESP", "LVA", "COOPERATE", False)]),
    ("Sweden stationed 500 troops in Finland last year.", "en",
     [("SWE", "FIN", "AID", False)], [("SWE", "FIN", "COOPERATE", False)]),
])
def test_troops_stationed_with_a_host_are_aid(text: str, lang: str, expected: list, wrong: list) -> None:
    read_as_all(facts(text, lang), expected, wrong)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # weapons stationed and bases kept stay cooperation (EVAL.md: stationing weapons with an ally is 062)
    ("Die USA haben Marschflugkörper in Japan stationiert.", "de", ("USA", "JPN", "COOPERATE", False)),
    ("France stationed nuclear-capable jets in Poland.", "en", ("FRA", "POL", "COOPERATE", False)),
    ("Britain maintains an air base in Cyprus.", "en", ("GBR", "CYP", "COOPERATE", False)),
])
def test_weapons_and_bases_stay_cooperation(text: str, lang: str, expected: tuple) -> None:
    found = facts(text, lang)
    assert expected in found and not any(key[2] == "AID" for key in found), found


def test_troops_massed_at_a_border_are_no_aid() -> None:
    found = facts("Russland hat Truppen an der Grenze zu Finnland stationiert.", "de")
    assert not any(key[2] == "AID" for key in found), found

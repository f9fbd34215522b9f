"""The conventions round 62 (convention62) settled in eval/gold/README.md, and the coder that follows them. Sentences
of our own.

- A curfew, a state of emergency or martial law eased (CAMEO 0813, 0814) is CONCEDE, the PLOVER manual's "removing
  curfews" (its own gold types 4 of 4 so), where CAMEO2PLOVER-2021 says RETREAT; at home it is no fact (EVAL.md:
  domestic-only). A measure eased on another state (081, 085) stays RETREAT (round 61).
- Force "not ruled out" by the one who would use it is THREATEN 138 (the studied gold 15 of 17): French "n'a pas exclu
  de frapper", "n'exclut pas le recours à la force", Russian "не исключил применения силы", German "schloss erneut
  nicht aus" were not read. Others' speculation and talks not ruled out stay no fact.
- A standing refusal of what another state asks or does is REJECT 120 (the studied gold 17 of 20): the coder read it so.
  A refused step of one's own that no one else asked for ("lehnt einen Nato-Beitritt ab", "refuse d'adhérer à l'Otan")
  rejects no one (3 of 3 uncoded): the German and French readers printed a REJECT to the alliance.
- A suspension from a body told as a state ("has been suspended from Mercosur since 2016", "maintient suspendus") is
  the membership's status, no act (a membership told as a state is no joining: 35 of 35); the act told stays SANCTION.
"""

from __future__ import annotations

import pytest

from extracted import facts, read_as_all
from realpolitik.events.cameo import lookup


def test_a_curfew_or_an_emergency_eased_is_a_concession() -> None:
    assert lookup("0813").plover == "CONCEDE"
    assert lookup("0814").plover == "CONCEDE"
    assert lookup("081").plover == "RETREAT"  # a measure on another state (round 61)
    assert lookup("085").plover == "RETREAT"


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    ("Israel lifted the night curfew on Palestinian villages on Friday.", [("ISR", "PSE", "CONCEDE", False)],
     [("ISR", "PSE", "RETREAT", False)]),
    ("Serbia eased the emergency measures in Montenegro on Tuesday.", [("SRB", "MNE", "CONCEDE", False)],
     [("SRB", "MNE", "RETREAT", False)]),
    ("Jordan eased restrictions on Syrian truck drivers.", [("JOR", "SYR", "RETREAT", False)],
     [("JOR", "SYR", "CONCEDE", False)]),
])
def test_an_easing_of_curbs_on_people_concedes(text: str, expected: list, wrong: list) -> None:
    read_as_all(facts(text, "en"), expected, wrong)


@pytest.mark.parametrize("text", [
    "Peru lifted the state of emergency in three southern provinces on Monday.",
    "The Kenyan government shortened the curfew in Nairobi by two hours.",
])
def test_an_easing_at_home_is_no_fact(text: str) -> None:
    assert not facts(text, "en")


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("La Turquie n'a pas exclu de frapper la Syrie.", "fr", ("TUR", "SYR", "THREATEN", False)),
    ("Le Rwanda n'exclut pas le recours à la force contre le Burundi.", "fr", ("RWA", "BDI", "THREATEN", False)),
    ("Азербайджан не исключил применения силы против Армении.", "ru", ("AZE", "ARM", "THREATEN", False)),
    ("Китай не исключает новых ударов по Филиппинам.", "ru", ("CHN", "PHL", "THREATEN", False)),
    ("Die Türkei schloss erneut nicht aus, militärische Gewalt gegen Syrien einzusetzen.", "de",
     ("TUR", "SYR", "THREATEN", False)),
    ("Eritrea has not ruled out military action against Ethiopia.", "en", ("ERI", "ETH", "THREATEN", False)),
])
def test_force_not_ruled_out_threatens(text: str, lang: str, expected: tuple) -> None:
    read_as_all(facts(text, lang), [expected], [expected[:2] + ("ASSAULT", True), expected[:2] + ("ASSAULT", False)])


@pytest.mark.parametrize(("text", "lang"), [
    ("Эксперты не исключают, что Азербайджан применит силу против Армении.", "ru"),
    ("В Кремле не исключили новой встречи с президентом Казахстана.", "ru"),
])
def test_others_speculation_and_talks_not_ruled_out_are_no_threat(text: str, lang: str) -> None:
    assert not [k for k in facts(text, lang) if k[2] == "THREATEN"]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Ungarn lehnt weitere Waffenlieferungen an die Ukraine ab.", "de", ("HUN", "UKR", "REJECT", False)),
    ("Grecia sigue rechazando el memorando entre Turquía y Libia.", "es", ("GRC", "TUR", "REJECT", False)),
])
def test_a_standing_refusal_rejects(text: str, lang: str, expected: tuple) -> None:
    read_as_all(facts(text, lang), [expected])


@pytest.mark.parametrize(("text", "lang"), [
    ("Moldau lehnt einen Nato-Beitritt ab.", "de"),
    ("Einen Austritt aus der Union lehnt der Premierminister Ungarns ab.", "de"),
    ("La Moldavie, qui refuse d'adhérer à l'Otan, reste neutre.", "fr"),
])
def test_a_refused_step_of_ones_own_rejects_no_one(text: str, lang: str) -> None:
    assert not [k for k in facts(text, lang) if k[2] == "REJECT"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Nicaragua has been suspended from the OAS since 2022.", "en"),
    ("Guinea remains suspended from the African Union.", "en"),
    ("La Cédéao maintient suspendus le Mali et le Niger.", "fr"),
])
def test_a_suspension_told_as_a_state_is_no_act(text: str, lang: str) -> None:
    assert not [k for k in facts(text, lang) if k[2] == "SANCTION"]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Guinea was suspended from the African Union after the coup.", "en", ("AU", "GIN", "SANCTION", False)),
    ("La Cédéao a suspendu le Niger de ses instances.", "fr", ("ECO", "NER", "SANCTION", False)),
])
def test_a_suspension_told_as_an_act_sanctions(text: str, lang: str, expected: tuple) -> None:
    read_as_all(facts(text, lang), [expected])

"""What the extras of the studied English material (round 65, en65) showed the coder reading wrongly, and where round
64's reading of a measure's author reached past its form: a verb that answers a measure read as the act of the
measure's author, a duty told as a trade deal's term read as imposed, and foreign forces hosted read as a visit
hosted. Each is a way English tells it, tested with sentences written for this file, not taken from any set."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import read_as, shown_keys

ON = date(2026, 3, 2)


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    ("Japan and China held talks on Monday. Japan dismissed the concerns Beijing raised about the plan.",
     ("JPN", "CHN", "REJECT"), ("CHN", "JPN", "REJECT")),
    ("Canada and Mexico met on Monday. Ottawa threatened to match the tariffs Washington imposed on Canadian steel.",
     ("CAN", "USA", "THREATEN"), ("USA", "CAN", "THREATEN")),
])
def test_a_verb_that_answers_a_measure_is_not_its_authors_act(text: str, expected: tuple, wrong: tuple) -> None:
    """"dismissed the concerns Beijing raised", "threatened to match the tariffs Washington imposed on ...": the
    relative clause names the measure's author (roles_settled.relative_author_roles, round 64); the verb before the
    measure is its own subject's, who answers that author."""
    read_as(shown_keys(text, "en", ON), expected, wrong)


@pytest.mark.parametrize(("text", "expected"), [
    # a measure cut by the state that imposed it: the author is the one who cuts (wire-en8-002's reading)
    ("India and the United States met on Monday. Trump said he would cut the tariff that Washington imposed on "
     "Indian goods.", ("USA", "IND", "RETREAT")),
    # sanctions joined hit the measure's target, not its owner
    ("Norway and Iceland met on Monday. Norway joined the sanctions the EU imposed on Russia.",
     ("NOR", "RUS", "SANCTION")),
    # the measure noun itself keeps its author (round 64)
    ("Japanese firms had until now been spared the export controls Beijing imposed on American defence groups.",
     ("CHN", "USA", "SANCTION")),
])
def test_a_measure_eased_joined_or_named_keeps_the_clause_reading(text: str, expected: tuple) -> None:
    assert expected in shown_keys(text, "en", ON)


@pytest.mark.parametrize("text", [
    "Japan and the United States struck a trade agreement under which Japanese cars will pay a 15% tariff.",
    "Malaysia and the United States signed a trade agreement that keeps a 19% tariff on Malaysian goods.",
    "South Korea and the United States met in Seoul. The two allies also finalised a tariff agreement under which "
    "Seoul will invest in American shipyards.",
])
def test_a_duty_told_as_a_deals_term_is_no_sanction(text: str) -> None:
    """"a trade agreement under which Japanese imports will pay a 15% tariff" (wire-en10-001), "a reciprocal trade
    agreement that keeps a 19% U.S. tariff" (relwire14-en-001), "finalised a tariff agreement" (wire-en8-002): the duty
    is the deal's term; the deal is the act (AGREE), nobody imposes the duty there."""
    keys = shown_keys(text, "en", ON)
    assert not {k for k in keys if k[2] == "SANCTION"}, keys
    assert {k for k in keys if k[2] == "AGREE"}, keys


def test_a_duty_imposed_in_its_own_clause_is_a_sanction() -> None:
    assert ("USA", "VNM", "SANCTION") in shown_keys("The United States imposed a 25% tariff on Vietnamese goods.", "en",
                                                     ON)


@pytest.mark.parametrize("text", [
    "Singapore hosts rotations of U.S. warships and aircraft under a 1990 memorandum.",
    "Poland, which hosts a large US garrison, condemned the Russian drone incursion.",
    "Italy, which hosts the largest contingent of U.S. forces in southern Europe, said it would send ships.",
])
def test_foreign_forces_hosted_are_no_visit_hosted(text: str) -> None:
    """"hosts rotations of U.S. warships" (relwire12-en-001), "which hosts the largest US garrison in Europe"
    (roles-en-010), "the largest contingent of U.S. forces" (wire-en3-007): forces hosted are no guest received, CONSULT
    043 (gold in none of 16 studied sentences of a state hosting foreign forces, bases or arms)."""
    keys = shown_keys(text, "en", ON)
    assert not {k for k in keys if k[2] == "CONSULT"}, keys


def test_a_guest_hosted_is_still_a_visit() -> None:
    assert ("EGY", "JOR", "CONSULT") in shown_keys("Egypt hosted the Jordanian king on Monday.", "en", ON)


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    ("Polish troops fought alongside American forces in both Gulf wars.", ("POL", "USA", "AID"),
     ("POL", "USA", "ASSAULT")),
    ("Chadian soldiers fought alongside the Malian army against jihadists in the war of 2013.", ("TCD", "MLI", "AID"),
     ("MLI", "TCD", "ASSAULT")),
])
def test_fighting_alongside_in_a_war_is_no_fight_between_the_two(text: str, expected: tuple, wrong: tuple) -> None:
    """"Australian troops fought alongside British forces in both world wars" (relwire7-en-004), "Eritrean troops
    fought alongside Ethiopian federal forces ... in the war of 2020 to 2022" (fresh48a-en-004): `fight_war`'s "fought
    ... wars" read the allies as fighting each other; the one fought alongside is helped (AID 072, `fight_alongside`;
    the studied gold codes no attack between the two in 10 of 10 sentences)."""
    read_as(shown_keys(text, "en", ON), expected, wrong)

"""What set a of round 66 (en66) showed the English coder reading wrongly, each counted over the studied English
material first: a free status of goods read as a release ("duty-free access"), a travel privilege withdrawn read as a
release ("suspended visa-free travel"), a law named by its subject read as a seizure ("a land expropriation law"), a
defence named as a right or a capacity read as a threat ("the means to defend itself"), and a defence cooperation
agreement's name read as military cooperation. Each is a way English tells it, tested with sentences written for this
file, not taken from any set."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import read_as, shown_keys

ON = date(2026, 3, 2)


@pytest.mark.parametrize("text", [
    "The trade law had given Kenyan goods duty-free access to the U.S. market since 2000.",
    "Beijing pledged to let Zambian goods in tax-free from next year.",
])
def test_a_free_status_of_goods_frees_nobody(text: str) -> None:
    """"duty-free access", "tax-free": goods let in without a duty, no prisoner released (RETREAT 084)."""
    assert not any(k[2] == "RETREAT" for k in shown_keys(text, "en", ON))


def test_visa_free_travel_suspended_is_a_sanction() -> None:
    """"suspended visa-free travel for Georgian diplomats": a privilege withdrawn from a state's officials (SANCTION
    163), not a release read in "free"."""
    keys = shown_keys("The EU suspended visa-free travel for Georgian diplomats and officials.", "en", ON)
    read_as(keys, ("EU", "GEO", "SANCTION"), ("EU", "GEO", "RETREAT"))


def test_a_law_named_by_its_subject_seizes_nothing() -> None:
    """"cut aid to South Africa over a land expropriation law": the aid cut is the act, the law's subject no seizure."""
    keys = shown_keys("Washington cut aid to Namibia over a land expropriation law.", "en", ON)
    read_as(keys, ("USA", "NAM", "SANCTION"), ("USA", "NAM", "COERCE"))


@pytest.mark.parametrize("text", [
    "The treaty obliges Japan to give the Philippines the means to defend itself.",
    "Ghana said no country had the right to tell Togo how to defend itself.",
    "Manila rejected the warning, saying it did not need Beijing's permission to defend itself.",
])
def test_a_defence_named_as_a_right_threatens_nobody(text: str) -> None:
    """"the means to defend itself", "how to defend itself", "permission to defend itself": a right or a capacity
    named, no threat (THREATEN 130 is for "would defend itself if ...")."""
    assert not any(k[2] == "THREATEN" for k in shown_keys(text, "en", ON))


def test_a_defence_promised_is_still_a_threat() -> None:
    keys = shown_keys("Somalia said it would defend itself if Ethiopia went ahead.", "en", ON)
    assert ("SOM", "ETH", "THREATEN") in keys


@pytest.mark.parametrize(("text", "expected"), [
    ("Manila and Washington signed an agreement on enhanced defence cooperation in 2014.", ("PHL", "USA", "AGREE")),
    ("Kenya and Ghana signed a memorandum on defence cooperation on Friday.", ("KEN", "GHA", "AGREE")),
])
def test_an_agreements_name_is_no_military_cooperation(text: str, expected: tuple) -> None:
    """"an agreement on defence cooperation": the signing is the act (AGREE 057); the cooperation it names is no
    cooperation done (COOPERATE 062)."""
    keys = shown_keys(text, "en", ON)
    assert expected in keys or (expected[1], expected[0], expected[2]) in keys
    assert not any(k[2] == "COOPERATE" for k in keys)


def test_military_cooperation_between_two_states_is_still_cooperation() -> None:
    keys = shown_keys("The drill reflects growing military cooperation between Egypt and Greece.", "en", ON)
    assert any(k[2] == "COOPERATE" and {k[0], k[1]} == {"EGY", "GRC"} for k in keys)


def test_a_body_complained_to_is_not_accused() -> None:
    """"complained to the U.N. Security Council that ...": the body is where the complaint went, never the one
    accused (eval/gold/README.md, appeal59); a state complained to is still the one the complaint is lodged with."""
    text = "Sudan complained to the U.N. Security Council that the dam violated international law."
    keys = shown_keys(text, "en", ON)
    assert not any(k[1] == "UN" for k in keys)
    keys = shown_keys("Armenia complained to Russia about the failure of the alliance to help.", "en", ON)
    assert ("ARM", "RUS", "ACCUSE") in keys

"""Two fresh English sets (eval/gold/fresh58a_en.jsonl studied, fresh58b_en.jsonl sealed): what the round-58 fix
reads, on sentences of our own (none from the sets), each with a phrasing the fix must leave alone."""

from __future__ import annotations

import pytest

from extracted import shown_keys


@pytest.mark.parametrize("text", [
    "The Tongan king thanked Japan, Australia and India for their swift response and appealed to other donors to help "
    "rebuild the harbour.",
    "Nepal thanked India and China for their rescue teams and urged other donors to follow their example.",
    "Samoa thanked New Zealand and Australia for their quick reaction and called on other partners to send water "
    "tanks.",
    "Poland praised Sweden and Finland for their decision and urged fellow members to follow their lead.",
])
def test_an_appeal_to_unnamed_others_asks_none_of_the_states_named_before_it(text: str) -> None:
    # "... and appealed to other donors to help": the ones asked are "other donors", a phrase naming no state up to
    # what they are asked ("to"); the states the first verb thanked or praised are not asked (roles.unnamed_addressee,
    # en `unnamed_addressees`, `appeal_prepositions`)
    keys = shown_keys(text, "en")
    assert not any(k[2] == "REQUEST" for k in keys), keys
    assert any(k[2] == "SUPPORT" for k in keys), keys


def test_an_appeal_to_named_states_keeps_them() -> None:
    # a state named inside the addressee phrase, or the addressee itself, is asked
    keys = shown_keys("Tonga thanked Japan and urged other donors, including China, to help.", "en")
    assert ("TON", "CHN", "REQUEST") in keys
    assert ("TON", "JPN", "REQUEST") not in keys
    keys = shown_keys("Tonga thanked Japan for its swift response and urged China to send tents.", "en")
    assert ("TON", "CHN", "REQUEST") in keys
    # "all sides" stands for the sides of the dispute, which the article or the sentence names: not an unnamed other
    keys = shown_keys("Russia condemned the strikes on Ukraine and called on all sides to show restraint.", "en")
    assert ("RUS", "UKR", "REQUEST") in keys


@pytest.mark.parametrize("text", [
    "France, which keeps about 1,600 soldiers in New Caledonia, sent a frigate to the storm zone.",
    "Britain keeps about 1,500 troops in the Falkland Islands.",
    "The United States has stationed 5,000 troops on Guam.",
])
def test_troops_kept_in_a_territory_of_their_own_state_are_no_aid(text: str) -> None:
    # a dependency its state governs (countries.csv writes it after the state: "FRANCL", "GBRFLK", "USAGUM") is no
    # host: troops there are at home, a domestic act (EVAL.md), no aid to another party (codes.governed_by)
    assert not any(k[2] == "AID" for k in shown_keys(text, "en")), text


def test_troops_kept_in_another_state_stay_aid() -> None:
    assert ("USA", "KOR", "AID") in shown_keys("The United States keeps 28,500 troops in South Korea.", "en")
    assert ("FRA", "DJI", "AID") in shown_keys("France keeps some 1,500 soldiers in Djibouti.", "en")
    # a dependency's own government acting towards its state is no aid and is read as before
    assert ("GRL", "DNK", "SUPPORT") in shown_keys("Greenland's premier thanked Denmark for its support.", "en")

"""Round 61 (deen61): the German and English kinds round 60 left. Sentences of our own."""

from __future__ import annotations

import pytest

from extracted import read_as, shown_keys


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    # a ban on the origin's goods lifted eases it (RETREAT 085), no new ban
    ("Kuwait lifted its three-year ban on imports from Syria on Sunday.", ("KWT", "SYR", "RETREAT"),
     ("KWT", "SYR", "SANCTION")),
    ("Oman ended its ban on goods from Yemen after the talks.", ("OMN", "YEM", "RETREAT"), ("OMN", "YEM", "SANCTION")),
    # left alone: a ban imposed
    ("Russia imposed a ban on imports from Moldova.", ("RUS", "MDA", "SANCTION"), ("RUS", "MDA", "RETREAT")),
])
def test_a_lifted_import_ban_is_no_ban(text, expected, wrong):
    read_as(shown_keys(text, "en"), expected, wrong)


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    # the go-betweens named by adjectives before "mediation" are no side of the sides' act, and their mediation is
    # told as done under "agreed to"
    ("Somalia and Kenya agreed to a truce under Qatari and Egyptian mediation.",
     {("SOM", "KEN", "AGREE"), ("QAT", "SOM", "CONSULT"), ("EGY", "KEN", "CONSULT")},
     {("SOM", "QAT", "AGREE"), ("KEN", "EGY", "AGREE"), ("QAT", "SOM", "AGREE")}),
    ("Serbian and Kosovar negotiators met in Brussels with Swiss mediation.",
     {("SRB", "XKX", "CONSULT"), ("CHE", "SRB", "CONSULT")}, {("SRB", "CHE", "CONSULT")}),
    ("Bolivia urged the two governments to resume talks under Brazilian mediation.", set(),
     {("BOL", "BRA", "REQUEST")}),
    # left alone: a mediation praised names its mediator as the one praised
    ("Jordan praised Qatari mediation between Israel and Hamas.", {("JOR", "QAT", "SUPPORT")}, set()),
    # and two sides named before "under" stay the sides
    ("Talks between Sudan and Chad under Turkish mediation ended on Monday.",
     {("SDN", "TCD", "CONSULT"), ("TUR", "SDN", "CONSULT")}, set()),
])
def test_a_mediator_named_by_its_adjective_is_no_side(text, expected, wrong):
    keys = shown_keys(text, "en")
    assert expected <= keys, keys
    assert not wrong & keys, keys


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    # an entry a speaker calls illegal is his accusation of the intruder's state, no show of force
    ("Vietnam's foreign ministry said a Chinese survey ship had illegally intruded into Vietnamese waters.",
     ("VNM", "CHN", "ACCUSE"), ("CHN", "VNM", "MOBILIZE")),
    ("The Argentine navy said the Spanish trawler had been fishing illegally in Argentine waters.",
     ("ARG", "ESP", "ACCUSE"), None),
    ("South Korea's coast guard said North Korean boats had entered its waters illegally on Tuesday.",
     ("KOR", "PRK", "ACCUSE"), None),
    # left alone: the narrator's entry is the show of force
    ("Two Chinese coast guard ships illegally entered Japanese waters near the Senkaku islands on Monday.",
     ("CHN", "JPN", "MOBILIZE"), ("JPN", "CHN", "ACCUSE")),
])
def test_an_entry_called_illegal_by_a_speaker_is_an_accusation(text, expected, wrong):
    read_as(shown_keys(text, "en"), expected, wrong)

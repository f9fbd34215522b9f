"""What the English set of round 64 (eval/gold/fresh64a_en.jsonl) and round 63's English leftovers showed the coder
reading wrongly: a measure whose relative clause names its author ("the export controls Beijing imposed on ..."),
read as the act of the clause it is mentioned in, and congratulations "sent" with no one named, not read at all.
Each is a way English tells the act, tested with sentences written for this file, not taken from any set."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import shown_keys

ON = date(2026, 5, 12)


@pytest.mark.parametrize(("text", "key", "wrong"), [
    ("Japanese firms had until now been spared the export controls Beijing imposed on American defence groups.",
     ("CHN", "USA", "SANCTION"), ("JPN", "CHN", "SANCTION")),
    ("Albanese did not raise the 10 percent tariff Washington imposed on Australian beef in April.",
     ("USA", "AUS", "SANCTION"), ("AUS", "USA", "SANCTION")),
    ("Manila has protested against the fishing ban that Beijing imposed on Philippine boats.",
     ("CHN", "PHL", "SANCTION"), ("PHL", "CHN", "SANCTION")),
])
def test_a_measure_whose_relative_clause_names_its_author(text: str, key: tuple, wrong: tuple) -> None:
    """"the export controls Beijing imposed on U.S. defence groups" (fresh48a-en-003), "the 10% tariff Washington
    imposed on Australian goods" (relwire7-en-004), "sanctions that the Treasury imposed on Iran's oil network"
    (wire-en7-003): the name and the past verb after the noun are its author and the act; the party after "on" is the
    one it hits. The subject of the clause that mentions the measure imposed nothing."""
    keys = shown_keys(text, "en", ON)
    assert key in keys, keys
    assert wrong not in keys, keys


@pytest.mark.parametrize("text", [
    "Malaysia took India to the WTO over import duties New Delhi raised on palm oil.",
    "Mexico said it would work with Canada in the face of the tariffs Washington has placed on steel.",
])
def test_a_measure_on_goods_is_no_act_of_the_clause_subject(text: str) -> None:
    """"import duties New Delhi raised on refined palm oil" (fresh62a-en-003), "the tariffs Washington has placed on
    steel and aluminium" (wire-en10-010): with only goods after "on", the clause names no party the measure hits;
    the subject of the clause that mentions it (the complainant) is neither its author nor its target."""
    keys = shown_keys(text, "en", ON)
    assert not {k for k in keys if k[2] == "SANCTION" and k[0] in ("MYS", "MEX")}, keys


@pytest.mark.parametrize(("text", "key"), [
    ("Ghana held its presidential election on Saturday. Nigeria's president sent his congratulations on Sunday.",
     ("NGA", "GHA", "SUPPORT")),
    ("Malawi held a presidential election on Tuesday. Chinese President Xi Jinping sent a message of "
     "congratulations, Xinhua said.", ("CHN", "MWI", "SUPPORT")),
    ("Zambia held a presidential election on Thursday. China's foreign ministry also sent its congratulations, "
     "calling Zambia a good friend.", ("CHN", "ZMB", "SUPPORT")),
])
def test_congratulations_sent_go_to_the_vote_told(text: str, key: tuple) -> None:
    """"sent his congratulations" (fresh56a-en-003), "sent a message of congratulations" (fresh58a-en-003), "sent its
    congratulations" (fresh62a-en-002): the noun sent is the congratulation, aimed, where the sentence names no one,
    at the state whose vote the article told (events/elections.py)."""
    assert key in shown_keys(text, "en", ON)


def test_congratulations_sent_with_no_vote_told_name_no_one() -> None:
    """No election told before: the congratulation has no one to go to, and the state named before is not it."""
    keys = shown_keys("France criticised Mali on Monday. Nigeria's president sent his congratulations on Sunday.",
                      "en", ON)
    assert not {k for k in keys if k[0] == "NGA"}, keys


@pytest.mark.parametrize(("text", "key"), [
    ("The African Union readmitted Gabon as a member.", ("AU", "GAB", "AGREE")),
    # (shown_keys cuts each code to its first three letters: ASEAN is "ASE")
    ("ASEAN admitted Timor-Leste as its eleventh member on Sunday.", ("ASE", "TLS", "AGREE")),
])
def test_a_body_that_admits_a_state_as_member(text: str, key: tuple) -> None:
    """"The African Union readmitted Gabon as a member" (breadth-rel-en-021), "admitted Timor-Leste as its eleventh
    member" (relwire14-en-001, relwire5-en-001): the body takes the state in, AGREE 057 between them; the one admitted
    is a state, which `join_organisation` (a body as target) never read."""
    keys = shown_keys(text, "en", ON)
    assert key in keys or (key[1], key[0], key[2]) in keys, keys


def test_asking_to_be_admitted_is_no_membership() -> None:
    """"has asked to be admitted as a full member" (relwire2-en-002): a request, no one admitted."""
    keys = shown_keys("Papua New Guinea, an observer since 1976, has asked ASEAN to be admitted as a full member.",
                      "en", ON)
    assert not {k for k in keys if k[2] == "AGREE"}, keys

"""A third party's service between two sides with no side named (round 51, en51): an offer to help or to host their
meetings ("China urged restraint and offered to help", "offered to host the committee's meetings") is an offer of good
offices (AGREE 039) to the two who quarrel, as a mediator's parties are read from the article; and a mediator with no
parties named never takes a third party's praise told in between as the pair it brought together. Sentences written
for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import country_keys, read_as_all

ON = date(2025, 10, 27)

_FILLER = ("The committee will share data on water releases from the dam during droughts and meet every three months, "
           "officials said. It does not set fixed volumes for the river, and engineers from both countries will draw "
           "up the rules for its work over the coming weeks. The dam, the largest in Africa, was built over more than "
           "a decade and produces electricity for millions of households. ")


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    pytest.param("Thai and Cambodian troops exchanged fire along the border on Monday. China urged restraint and "
                 "offered to help.", [("CHN", "THA", "AGREE"), ("CHN", "KHM", "AGREE")], [],
                 id="a_bare_offer_to_help_goes_to_the_two_who_fight"),
    # the latest quarrel's sides, not the latest talks between others (Qatar's with Afghanistan)
    pytest.param("Pakistani jets struck targets in Afghanistan on Sunday. Qatar and Afghanistan held talks in Doha on "
                 "Monday. Turkey offered to help.", [("TUR", "PAK", "AGREE"), ("TUR", "AFG", "AGREE")],
                 [("TUR", "QAT", "AGREE")], id="an_offer_to_help_goes_to_the_quarrel_not_to_talks_with_a_third"),
    pytest.param("Egypt and Ethiopia signed an agreement on the dam on Monday. The African Union welcomed the "
                 "agreement and offered to host the committee's meetings.",
                 [("AU", "EGY", "AGREE"), ("AU", "ETH", "AGREE")], [],
                 id="an_offer_to_host_meetings_goes_to_the_sides_of_the_deal"),
    pytest.param("Qatar offered to help Ethiopia and Eritrea resolve their border dispute.",
                 [("QAT", "ETH", "AGREE"), ("QAT", "ERI", "AGREE")], [], id="an_offer_to_help_a_named_party_keeps_it"),
    # the deal lies beyond the near window; the AU's welcome of it, told after, is no pair the mediation brought
    # together
    pytest.param("Egypt and Ethiopia signed an agreement on the dam in Washington on Monday. " + _FILLER + _FILLER
                 + "Last week Egypt's foreign ministry accused Ethiopia of filling the reservoir without consultation. "
                 "The African Union welcomed the agreement. Saudi Arabia praised Washington's mediation.",
                 [("USA", "EGY", "CONSULT"), ("USA", "ETH", "CONSULT")], [("USA", "AU", "CONSULT")],
                 id="a_mediator_is_not_between_the_one_who_welcomed_the_deal_and_a_side"),
])
def test_a_service_with_no_side_named_stands_between(text: str, expected: list[tuple], wrong: list[tuple]) -> None:
    read_as_all(country_keys(text, "en", published=ON, factual_only=True), expected, wrong)

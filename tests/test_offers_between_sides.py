"""A third party's service between two sides with no side named (round 51, en51): an offer to help or to host their
meetings ("China urged restraint and offered to help", "offered to host the committee's meetings") is an offer of good
offices (AGREE 039) to the two who quarrel, as a mediator's parties are read from the article; and a mediator with no
parties named never takes a third party's praise told in between as the pair it brought together. Sentences written
for the tests."""

from __future__ import annotations

from datetime import date
from functools import partial

from extracted import country_keys

ON = date(2025, 10, 27)
_keys = partial(country_keys, published=ON, factual_only=True)

_FILLER = ("The committee will share data on water releases from the dam during droughts and meet every three months, "
           "officials said. It does not set fixed volumes for the river, and engineers from both countries will draw "
           "up the rules for its work over the coming weeks. The dam, the largest in Africa, was built over more than "
           "a decade and produces electricity for millions of households. ")


def test_a_bare_offer_to_help_goes_to_the_two_who_fight() -> None:
    keys = _keys("Thai and Cambodian troops exchanged fire along the border on Monday. China urged restraint and "
                 "offered to help.", "en")
    assert ("CHN", "THA", "AGREE") in keys and ("CHN", "KHM", "AGREE") in keys


def test_an_offer_to_help_goes_to_the_quarrel_not_to_talks_with_a_third() -> None:
    """The latest quarrel's sides, not the latest talks between others (Qatar's with Afghanistan)."""
    keys = _keys("Pakistani jets struck targets in Afghanistan on Sunday. Qatar and Afghanistan held talks in Doha on "
                 "Monday. Turkey offered to help.", "en")
    assert ("TUR", "PAK", "AGREE") in keys and ("TUR", "AFG", "AGREE") in keys
    assert ("TUR", "QAT", "AGREE") not in keys


def test_an_offer_to_host_meetings_goes_to_the_sides_of_the_deal() -> None:
    keys = _keys("Egypt and Ethiopia signed an agreement on the dam on Monday. The African Union welcomed the "
                 "agreement and offered to host the committee's meetings.", "en")
    assert ("AU", "EGY", "AGREE") in keys and ("AU", "ETH", "AGREE") in keys


def test_an_offer_to_help_a_named_party_keeps_it() -> None:
    keys = _keys("Qatar offered to help Ethiopia and Eritrea resolve their border dispute.", "en")
    assert ("QAT", "ETH", "AGREE") in keys and ("QAT", "ERI", "AGREE") in keys


def test_a_mediator_is_not_between_the_one_who_welcomed_the_deal_and_a_side() -> None:
    """The deal lies beyond the near window; the AU's welcome of it, told after, is no pair the mediation brought
    together."""
    text = ("Egypt and Ethiopia signed an agreement on the dam in Washington on Monday. " + _FILLER + _FILLER
            + "Last week Egypt's foreign ministry accused Ethiopia of filling the reservoir without consultation. "
            "The African Union welcomed the agreement. Saudi Arabia praised Washington's mediation.")
    keys = _keys(text, "en")
    assert ("USA", "EGY", "CONSULT") in keys and ("USA", "ETH", "CONSULT") in keys
    assert ("USA", "AU", "CONSULT") not in keys

"""Whom an offer of good offices with no side named stands between (round 52, offers52): the sides whose talks the
offerer itself mediated or hosted before, where the article told that ("Oman, which hosted talks between Iran and the
United States, offered to resume its mediation"), else the two who quarrel, a paragraph back before nearer talks
between others; and in French and Spanish too, whose offer rules let an offer stand with no side named ("a proposé sa
médiation", "ofreció su mediación"). Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from functools import partial

from extracted import country_keys

ON = date(2025, 10, 27)
_keys = partial(country_keys, published=ON, factual_only=True)

_FILLER_EN = ("The border has been disputed since the end of colonial rule, and both armies keep thousands of soldiers "
              "in the hills along it. Trade across the main crossing, which carries most of the fruit and fuel that "
              "the two economies exchange, has fallen by half since the spring, traders said. ")


def test_an_offer_to_resume_its_mediation_goes_to_the_talks_it_hosted() -> None:
    """Oman's own hosting of the talks is what it offers again, not Israel's later strike on Iran."""
    keys = _keys("Oman hosted talks between Iran and the United States in April. Israel struck Iranian nuclear sites "
                 "in June, and Iran accused Israel of aggression. Oman has offered to resume its mediation.", "en")
    assert ("OMN", "IRN", "AGREE") in keys and ("OMN", "USA", "AGREE") in keys
    assert ("OMN", "ISR", "AGREE") not in keys


def test_german_an_offer_again_goes_to_the_sides_it_mediated() -> None:
    keys = _keys("Malaysia hatte im vergangenen Jahr zwischen Thailand und Kambodscha vermittelt. Am Montag griff "
                 "Thailand Stellungen in Laos an. Malaysia bot erneut seine Vermittlung an.", "de")
    assert ("MYS", "THA", "AGREE") in keys and ("MYS", "KHM", "AGREE") in keys
    assert ("MYS", "LAO", "AGREE") not in keys


def test_an_offer_to_help_goes_to_a_quarrel_a_paragraph_back_before_nearer_talks() -> None:
    """The strike lies beyond the near window; the talks between Qatar and Turkey told after it are no quarrel."""
    keys = _keys("Pakistani jets struck targets in Afghanistan on Sunday. " + _FILLER_EN + _FILLER_EN
                 + "Qatar and Turkey held talks in Doha on Monday. China offered to help.", "en")
    assert ("CHN", "PAK", "AGREE") in keys and ("CHN", "AFG", "AGREE") in keys
    assert ("CHN", "QAT", "AGREE") not in keys and ("CHN", "TUR", "AGREE") not in keys


def test_french_an_offer_of_mediation_with_no_side_named_goes_to_the_two_who_fight() -> None:
    keys = _keys("Les troupes thaïlandaises et cambodgiennes ont échangé des tirs lundi à la frontière. La Chine "
                 "s'est dite préoccupée et a proposé sa médiation.", "fr")
    assert ("CHN", "THA", "AGREE") in keys and ("CHN", "KHM", "AGREE") in keys


def test_spanish_an_offer_of_mediation_with_no_side_named_goes_to_the_two_who_fight() -> None:
    keys = _keys("Soldados venezolanos atacaron el lunes un puesto militar de Guyana. Brasil pidió moderación y "
                 "ofreció su mediación.", "es")
    assert ("BRA", "VEN", "AGREE") in keys and ("BRA", "GUY", "AGREE") in keys


def test_an_offer_with_its_sides_named_keeps_them() -> None:
    keys = _keys("Soldados tailandeses y camboyanos intercambiaron disparos el lunes. Turquía se ofreció a mediar "
                 "entre Rusia y Ucrania.", "es")
    assert ("TUR", "RUS", "AGREE") in keys and ("TUR", "UKR", "AGREE") in keys

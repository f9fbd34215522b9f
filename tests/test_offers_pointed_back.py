"""Whom an offer of good offices with no side named stands between (round 52, offers52): the sides whose talks the
offerer itself mediated or hosted before, where the article told that ("Oman, which hosted talks between Iran and the
United States, offered to resume its mediation"), else the two who quarrel, a paragraph back before nearer talks
between others; and in French and Spanish too, whose offer rules let an offer stand with no side named ("a proposé sa
médiation", "ofreció su mediación"). Sentences written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import country_keys, read_as_all

ON = date(2025, 10, 27)

_FILLER_EN = ("The border has been disputed since the end of colonial rule, and both armies keep thousands of soldiers "
              "in the hills along it. Trade across the main crossing, which carries most of the fruit and fuel that "
              "the two economies exchange, has fallen by half since the spring, traders said. ")


@pytest.mark.parametrize(("lang", "text", "expected", "wrong"), [
    # Oman's own hosting of the talks is what it offers again, not Israel's later strike on Iran
    pytest.param("en", "Oman hosted talks between Iran and the United States in April. Israel struck Iranian nuclear "
                 "sites in June, and Iran accused Israel of aggression. Oman has offered to resume its mediation.",
                 [("OMN", "IRN", "AGREE"), ("OMN", "USA", "AGREE")], [("OMN", "ISR", "AGREE")],
                 id="an_offer_to_resume_its_mediation_goes_to_the_talks_it_hosted"),
    pytest.param("de", "Malaysia hatte im vergangenen Jahr zwischen Thailand und Kambodscha vermittelt. Am Montag "
                 "griff Thailand Stellungen in Laos an. Malaysia bot erneut seine Vermittlung an.",
                 [("MYS", "THA", "AGREE"), ("MYS", "KHM", "AGREE")], [("MYS", "LAO", "AGREE")],
                 id="german_an_offer_again_goes_to_the_sides_it_mediated"),
    # the strike lies beyond the near window; the talks between Qatar and Turkey told after it are no quarrel
    pytest.param("en", "Pakistani jets struck targets in Afghanistan on Sunday. " + _FILLER_EN + _FILLER_EN
                 + "Qatar and Turkey held talks in Doha on Monday. China offered to help.",
                 [("CHN", "PAK", "AGREE"), ("CHN", "AFG", "AGREE")], [("CHN", "QAT", "AGREE"), ("CHN", "TUR", "AGREE")],
                 id="an_offer_to_help_goes_to_a_quarrel_a_paragraph_back_before_nearer_talks"),
    pytest.param("fr", "Les troupes thaïlandaises et cambodgiennes ont échangé des tirs lundi à la frontière. La Chine "
                 "s'est dite préoccupée et a proposé sa médiation.",
                 [("CHN", "THA", "AGREE"), ("CHN", "KHM", "AGREE")], [],
                 id="french_an_offer_of_mediation_with_no_side_named_goes_to_the_two_who_fight"),
    pytest.param("es", "Soldados venezolanos atacaron el lunes un puesto militar de Guyana. Brasil pidió moderación y "
                 "ofreció su mediación.",
                 [("BRA", "VEN", "AGREE"), ("BRA", "GUY", "AGREE")], [],
                 id="spanish_an_offer_of_mediation_with_no_side_named_goes_to_the_two_who_fight"),
    pytest.param("es", "Soldados tailandeses y camboyanos intercambiaron disparos el lunes. Turquía se ofreció a "
                 "mediar entre Rusia y Ucrania.",
                 [("TUR", "RUS", "AGREE"), ("TUR", "UKR", "AGREE")], [],
                 id="an_offer_with_its_sides_named_keeps_them"),
])
def test_an_offer_stands_between(lang: str, text: str, expected: list[tuple], wrong: list[tuple]) -> None:
    read_as_all(country_keys(text, lang, published=ON, factual_only=True), expected, wrong)

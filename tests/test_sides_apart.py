"""A third party is never one of the sides it addresses (round 52, sides52): an appeal, a mediation, an offer of one
or a host's talks addressed to "both sides", "the two neighbours", "les deux pays" that the reference readers read as
the actor and someone else stands for the two who quarrel in the article (events/article_sides.sides_apart). Sentences
written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import country_keys, read_as_all

ON = date(2025, 10, 27)


@pytest.mark.parametrize(("lang", "text", "expected", "wrong"), [
    # Germany and Syria were named as a pair before; the appeal's actor is none of "beide Seiten"
    pytest.param("de", "Deutschland und Syrien vereinbarten am Montag eine engere Zusammenarbeit beim Wiederaufbau. "
                 "Israel bombardierte am Dienstag erneut Ziele in Syrien. Berlin rief beide Seiten zur Zurückhaltung "
                 "auf.", [("DEU", "ISR", "REQUEST"), ("DEU", "SYR", "REQUEST")], [],
                 id="an_appeal_to_both_sides_goes_to_the_two_who_fight_not_to_the_speaker"),
    pytest.param("en", "Chile and Peru signed a trade agreement on Monday. Peru imposed tariffs on Bolivian goods "
                 "on Tuesday. Chile offered to mediate between the two neighbours.",
                 [("CHL", "PER", "AGREE"), ("CHL", "BOL", "AGREE")], [],
                 id="an_offer_to_mediate_between_the_two_neighbours_goes_to_the_quarrel"),
    pytest.param("fr", "La Chine et la Malaisie ont signé lundi un accord commercial. L'armée thaïlandaise a bombardé "
                 "mardi des positions cambodgiennes. La Chine a proposé d'accueillir des pourparlers entre les deux "
                 "pays.", [("CHN", "THA", "AGREE"), ("CHN", "KHM", "AGREE")], [],
                 id="a_host_of_talks_between_the_two_countries_is_none_of_them"),
    pytest.param("ru", "Чили и Перу подписали в понедельник торговое соглашение. Во вторник перуанские военные "
                 "обстреляли боливийских пограничников. Чили призвала обе страны к сдержанности.",
                 [("CHL", "BOL", "REQUEST"), ("CHL", "PER", "REQUEST")], [],
                 id="an_appeal_to_both_countries_in_russian"),
    # a praise is no act on two sides: the speaker of "the two countries" may be one of them
    pytest.param("en", "Chile and Peru signed a trade agreement on Monday. Peru imposed tariffs on Bolivian goods "
                 "on Tuesday. Chile praised the new era in relations between the two countries.",
                 [("CHL", "PER", "SUPPORT")], [("CHL", "BOL", "SUPPORT")],
                 id="a_side_speaking_of_relations_between_the_two_countries_keeps_its_pair"),
])
def test_a_third_party_is_none_of_the_sides(lang: str, text: str, expected: list[tuple], wrong: list[tuple]) -> None:
    read_as_all(country_keys(text, lang, published=ON, factual_only=True), expected, wrong)

"""A third party is never one of the sides it addresses (round 52, sides52): an appeal, a mediation, an offer of one
or a host's talks addressed to "both sides", "the two neighbours", "les deux pays" that the reference readers read as
the actor and someone else stands for the two who quarrel in the article (events/article_sides.sides_apart). Sentences
written for the tests."""

from __future__ import annotations

from datetime import date
from functools import partial

from extracted import country_keys

ON = date(2025, 10, 27)
_keys = partial(country_keys, published=ON, factual_only=True)


def test_an_appeal_to_both_sides_goes_to_the_two_who_fight_not_to_the_speaker() -> None:
    """Germany and Syria were named as a pair before; the appeal's actor is none of "beide Seiten"."""
    keys = _keys("Deutschland und Syrien vereinbarten am Montag eine engere Zusammenarbeit beim Wiederaufbau. Israel "
                 "bombardierte am Dienstag erneut Ziele in Syrien. Berlin rief beide Seiten zur Zurückhaltung auf.",
                 "de")
    assert ("DEU", "ISR", "REQUEST") in keys and ("DEU", "SYR", "REQUEST") in keys


def test_an_offer_to_mediate_between_the_two_neighbours_goes_to_the_quarrel() -> None:
    keys = _keys("Chile and Peru signed a trade agreement on Monday. Peru imposed tariffs on Bolivian goods "
                 "on Tuesday. Chile offered to mediate between the two neighbours.", "en")
    assert ("CHL", "PER", "AGREE") in keys and ("CHL", "BOL", "AGREE") in keys


def test_a_host_of_talks_between_the_two_countries_is_none_of_them() -> None:
    keys = _keys("La Chine et la Malaisie ont signé lundi un accord commercial. L'armée thaïlandaise a bombardé mardi "
                 "des positions cambodgiennes. La Chine a proposé d'accueillir des pourparlers entre les deux pays.",
                 "fr")
    assert ("CHN", "THA", "AGREE") in keys and ("CHN", "KHM", "AGREE") in keys


def test_an_appeal_to_both_countries_in_russian() -> None:
    keys = _keys("Чили и Перу подписали в понедельник торговое соглашение. Во вторник перуанские военные обстреляли "
                 "боливийских пограничников. Чили призвала обе страны к сдержанности.", "ru")
    assert ("CHL", "BOL", "REQUEST") in keys and ("CHL", "PER", "REQUEST") in keys


def test_a_side_speaking_of_relations_between_the_two_countries_keeps_its_pair() -> None:
    """A praise is no act on two sides: the speaker of "the two countries" may be one of them."""
    keys = _keys("Chile and Peru signed a trade agreement on Monday. Peru imposed tariffs on Bolivian goods "
                 "on Tuesday. Chile praised the new era in relations between the two countries.", "en")
    assert ("CHL", "PER", "SUPPORT") in keys and ("CHL", "BOL", "SUPPORT") not in keys


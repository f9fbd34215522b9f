"""An offer of good offices whose sides its sentence does not name stands between the two the article told before
(article_fill `_mediated_parties`, AGREE 039 to each): such a side is of its own kind (OFFERED_SIDE) and attaches as a
side named in the clause would (events/confidence.py), so the offer told as a second verb after a relative clause
("X, qui ..., s'est dit inquiet et a proposé sa médiation", "X, que ..., pidió calma y ofreció su mediación") is
printed, where before its confidence fell under the threshold. Sentences of our own."""

from __future__ import annotations

import pytest

from extracted import shown_keys
from realpolitik.events.confidence import Cues, score
from realpolitik.events.fill_kinds import MEDIATED_PARTY, OFFERED_SIDE

CLASH = {
    "fr": "Des soldats tchadiens et soudanais ont échangé des tirs mardi à la frontière. ",
    "es": "Tropas de Honduras y Nicaragua intercambiaron disparos el martes en la frontera. ",
    "en": "Troops from Chad and Sudan exchanged fire on Tuesday at the border. ",
    "ru": "Во вторник военные Чада и Судана обменялись огнем на границе. ",
}


@pytest.mark.parametrize(("lang", "offer", "offerer", "sides"), [
    ("fr", "Le Cameroun, qui entretient de bons rapports avec les deux capitales, s'est dit inquiet et a proposé sa "
           "médiation.", "CMR", {"TCD", "SDN"}),
    ("es", "México, que mantiene buenas relaciones con ambos gobiernos, pidió calma y ofreció su mediación.", "MEX",
     {"HND", "NIC"}),
    ("en", "Cameroon, which has good ties with both capitals, voiced concern and offered to mediate.", "CMR",
     {"TCD", "SDN"}),
    ("ru", "Камерун, который поддерживает хорошие отношения с обеими столицами, выразил обеспокоенность и предложил "
           "свое посредничество.", "CMR", {"TCD", "SDN"}),
])
def test_an_offer_after_a_relative_clause_is_printed_towards_the_sides_told_before(
        lang: str, offer: str, offerer: str, sides: set[str]) -> None:
    keys = shown_keys(CLASH[lang] + offer, lang)
    assert {t for s, t, kind in keys if s == offerer and kind == "AGREE"} == sides


def test_an_offer_beside_the_offerers_service_told_in_its_sentence_keeps_the_cost_of_a_fill() -> None:
    """Where the sentence itself tells the offerer's earlier service to the sides ("qui avait parrainé l'accord de paix
    entre les deux voisins"), the gold codes that service (045), not the offer: those sides stay a plain fill."""
    text = ("Des soldats tchadiens et soudanais ont échangé des tirs mardi à la frontière. Le Gabon, qui avait "
            "parrainé en 2019 l'accord de paix entre les deux voisins, se serait proposé pour accueillir des "
            "pourparlers, selon un média camerounais.")
    assert not any(s == "GAB" and kind == "AGREE" for s, _t, kind in shown_keys(text, "fr"))


def _cues(fill: str) -> Cues:
    return Cues(pattern_words=2, plover="AGREE", modality="reported", source_distance=12, target_distance=None,
                has_target=True, source_in_clause=False, target_in_clause=False, from_outside_clause=True, pairs=2,
                sentence_words=25, target_fill=fill)


def test_an_offered_side_costs_nothing_for_being_filled_a_mediated_party_does() -> None:
    assert score(_cues(OFFERED_SIDE)) > score(_cues(MEDIATED_PARTY))
    assert score(_cues(OFFERED_SIDE)) == score(Cues(
        pattern_words=2, plover="AGREE", modality="reported", source_distance=12, target_distance=4, has_target=True,
        source_in_clause=False, target_in_clause=True, from_outside_clause=True, pairs=2, sentence_words=25))

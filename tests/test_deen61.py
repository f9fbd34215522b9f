"""Round 61 (deen61): the German and English kinds round 60 left. Sentences of our own."""

from __future__ import annotations

import pytest

from realpolitik.language.sentences import split_sentences

# A German number's full stop before a word that opens a sentence ends the sentence; before its noun it is an ordinal
SPLITS = [
    ("Die Gespräche blockiert Polen im Kreis der 27. Moldau, ebenfalls Kandidat, wartet seit Jahren.", 2),
    ("Vereinbart war eine Obergrenze von 250.000. Über weitere Fragen soll später gesprochen werden.", 2),
    ("Geliefert werden Kampfjets vom Typ F-16. Offen ist, wann das geschieht.", 2),
    ("Die Minister tagten bis zum 12. Danach reisten sie ab.", 2),
    ("Am 14. März traf sich der Rat zum 3. Mal.", 1),
    ("Schweden wurde das 32. Nato-Mitglied.", 1),
    ("Die EU beschloss das 19. Sanktionspaket gegen Russland.", 1),
    ("Es war der 4. Ukraine-Gipfel in Folge.", 1),
    ("Die Zahlung erfolgt am 15. des Monats.", 1),
]


@pytest.mark.parametrize(("text", "count"), SPLITS)
def test_german_number_before_a_sentence(text, count):
    assert len(split_sentences(text, "de")) == count


def test_german_dates_stay_whole():
    assert len(split_sentences("Die Konferenz findet vom 3.-5. Mai in Berlin statt.", "de")) == 1
    assert len(split_sentences("Am 27.10. Oktober-Treffen gab es Streit.", "de")) == 1

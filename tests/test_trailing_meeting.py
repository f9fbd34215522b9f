"""A meeting or visit told after the act it was the occasion of ("Chile and Peru signed a water accord during a
visit by the Peruvian president", "bei einem Treffen in Genf"): the clause's two-sided subject met there
(events/meetings.trailing_meeting_pair). The noun's own members, another party before it, a negated or passive
clause keep it from the subject."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import events_of


def _consults(text: str, lang: str) -> set[frozenset[str]]:
    """The pairs of the contact events (CONSULT) printed for `text`, by country."""
    return {frozenset({(e.source or "-")[:3], (e.target or "-")[:3]})
            for e in events_of(text, lang, date(2025, 6, 4)) if e.plover == "CONSULT"}


@pytest.mark.parametrize(("lang", "text", "pair"), [
    ("en", "Chile and Peru signed a water-sharing accord on Tuesday during a visit by the Peruvian president.",
     {"CHL", "PER"}),
    ("en", "Ghana and Togo settled the outlines of the border deal at a summit in Accra on Friday.", {"GHA", "TGO"}),
    ("de", "Polen und Litauen unterzeichneten am Montag bei einem Treffen in Vilnius ein Abkommen über die Grenze.",
     {"POL", "LTU"}),
    ("de", "Darauf verständigten sich Ghana und Togo am Freitag bei einem Treffen am Rande einer Konferenz in Accra.",
     {"GHA", "TGO"}),
    ("fr", "Le Chili et le Pérou ont signé mardi un accord sur l'eau, lors de la visite à Lima du président chilien.",
     {"CHL", "PER"}),
    ("es", "Chile y Perú firmaron el martes un acuerdo hídrico durante la visita del presidente peruano.",
     {"CHL", "PER"}),
    ("ru", "Польша и Литва в понедельник на встрече в Вильнюсе договорились о совместном патрулировании границы.",
     {"POL", "LTU"}),
])
def test_the_subjects_met_at_the_occasion_of_their_act(lang: str, text: str, pair: set[str]) -> None:
    assert frozenset(pair) in _consults(text, lang)


@pytest.mark.parametrize(("lang", "text", "pair"), [
    # the meeting's own members: other leaders met there
    ("en", "Chile and Peru voiced solidarity with Bolivia at a meeting of the bloc's envoys in Quito.", {"CHL", "PER"}),
    ("ru", "Министры Польши и Литвы встретились в среду в Вильнюсе через неделю после саммита лидеров Чехии "
           "и Словакии в Праге.", {"CZE", "POL"}),
    # a negated clause: what it denies is the agreement
    ("de", "Polen und Litauen haben auch bei einem Ministertreffen keine Einigung erzielt.", {"POL", "LTU"}),
    # a passive subject was acted on there
    ("ru", "Польша и Литва были приняты в союз на саммите в Праге.", {"POL", "LTU"}),
])
def test_no_meeting_of_the_subjects_where_the_noun_or_clause_says_otherwise(lang: str, text: str,
                                                                           pair: set[str]) -> None:
    assert frozenset(pair) not in _consults(text, lang)

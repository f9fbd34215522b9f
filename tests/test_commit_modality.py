"""A promise is a fact, what it promises is not (EVAL.md: a pledge is AGREE 03x; plans are not annotated).

"pledged to deliver", "agreed to hold", "offered to host", "se comprometió a", "пообещала передать": the act in the
infinitive becomes the intent (AGREE 033x/031x/036) and is printed; "is expected to pledge" and "will pledge" stay
plans, and a noun the commitment verb governs ("acordaron un alto el fuego con la mediación de") keeps its own
reading.
"""

from __future__ import annotations

from datetime import date

import pytest

from extracted import events_of


def _events(text: str, lang: str) -> list[tuple[str, str, str, str, bool]]:
    return [(e.source[:3], (e.target or "")[:3], e.plover, e.cameo, e.factual)
            for e in events_of(text, lang, date(2026, 11, 19))]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Germany pledged to deliver two air-defence systems to Lithuania.", "en", ("DEU", "LTU", "AGREE", "0332")),
    ("Qatar offered on Monday to host talks between Sudan and Chad.", "en", ("QAT", "SDN", "AGREE", "036")),
    ("Colombia y Ecuador acordaron el lunes compartir información de inteligencia.", "es",
     ("COL", "ECU", "AGREE", "0314")),
    ("Германия пообещала передать Литве две зенитные системы.", "ru", ("DEU", "LTU", "AGREE", "0332")),
    # a cue of two words ("engagé à"): the investment is promised, not made (COOPERATE 061 would say it was)
    ("Le Japon s'est engagé à investir 550 milliards de dollars aux États-Unis.", "fr",
     ("JPN", "USA", "AGREE", "0311")),
])
def test_promised_act_is_a_factual_intent(text: str, lang: str, expected: tuple[str, str, str, str]) -> None:
    assert (*expected, True) in _events(text, lang)


@pytest.mark.parametrize("text", [
    "Norway is expected to pledge new aid to Sudan next week.",
    "Norway will pledge new military aid to Sudan next week.",
])
def test_a_planned_pledge_is_no_fact(text: str) -> None:
    assert not any(factual for *_, factual in _events(text, "en"))


def test_a_noun_after_the_commitment_verb_keeps_its_reading() -> None:
    found = _events("Israel y Hezbolá acordaron un alto el fuego con la mediación de Estados Unidos.", "es")
    assert ("USA", "ISR", "CONSULT", "045", True) in found


def test_a_two_word_commitment_makes_no_investment() -> None:
    """"s'est engagé à investir": the promise is the fact; before, the act in the infinitive was printed as done."""
    events = _events("Le Japon s'est engagé à investir 550 milliards de dollars aux États-Unis.", "fr")
    assert not [e for e in events if e[2] == "COOPERATE"]

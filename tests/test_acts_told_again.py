"""An act told again later in a long article (round 54, recall54): the one it was aimed at "doing the same" answers it
in kind, and a step "like" another's is that act again. Sentences of our own in four languages, each beside a phrasing
the reading must leave alone."""

from __future__ import annotations

import pytest

from extracted import facts, read_as_all

_BACK = ("DZA", "MLI", "SANCTION", False)


@pytest.mark.parametrize(("text", "lang", "expected", "wrong"), [
    # the one the act was aimed at repeats it: the copy goes back to the act's author (not to itself)
    ("Mali expelled two Algerian diplomats on Monday. Algeria did the same on Tuesday.", "en", [_BACK], []),
    ("Le Mali a expulsé lundi deux diplomates algériens. L'Algérie a fait de même mardi.", "fr", [_BACK], []),
    ("Мали в понедельник выслала двух алжирских дипломатов. Алжир во вторник сделал то же самое.", "ru", [_BACK], []),
    # a third party doing the same still aims at the act's target, as before
    ("Mali expelled two Algerian diplomats on Monday. Niger did the same on Tuesday.", "en",
     [("NER", "DZA", "SANCTION", False)], [("NER", "MLI", "SANCTION", False)]),
])
def test_the_target_doing_the_same_answers_in_kind(text: str, lang: str, expected: list, wrong: list) -> None:
    read_as_all(facts(text, lang), expected, wrong)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # a word of likeness beside a step noun ("an identical measure", "аналогичные меры") is "did the same"
    ("Mali closed its airspace to Algerian aircraft on Monday. Algeria took a similar step on Tuesday.", "en",
     [_BACK]),
    ("Malí expulsó el lunes a dos diplomáticos argelinos. Argelia adoptó una medida idéntica el martes.", "es",
     [_BACK]),
    ("Мали в понедельник выслала двух алжирских дипломатов. Алжир во вторник принял аналогичные меры.", "ru", [_BACK]),
    # the subject after the phrase and its verb, with the names listed after it
    ("Франция в понедельник признала Государство Палестина. Днем ранее аналогичный шаг сделали Великобритания, "
     "Канада и Австралия.", "ru",
     [("GBR", "PSE", "SUPPORT", False), ("CAN", "PSE", "SUPPORT", False), ("AUS", "PSE", "SUPPORT", False)]),
])
def test_a_step_like_another_repeats_its_act(text: str, lang: str, expected: list) -> None:
    read_as_all(facts(text, lang), expected)


def test_a_step_that_is_no_likeness_repeats_nothing() -> None:
    keys = facts("Mali closed its airspace to Algerian aircraft on Monday. Algeria took a new step on Tuesday.", "en")
    assert not any(k[0] == "DZA" and k[2] == "SANCTION" for k in keys), keys

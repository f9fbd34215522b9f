"""An act told again later in a long article (round 54, recall54): the one it was aimed at "doing the same" answers it
in kind, and a step "like" another's is that act again. Sentences of our own in four languages, each beside a phrasing
the reading must leave alone."""

from __future__ import annotations

from extracted import facts


def test_the_target_doing_the_same_answers_in_kind() -> None:
    # the one the act was aimed at repeats it: the copy goes back to the act's author (not to itself)
    keys = facts("Mali expelled two Algerian diplomats on Monday. Algeria did the same on Tuesday.", "en")
    assert ("DZA", "MLI", "SANCTION", False) in keys
    keys = facts("Le Mali a expulsé lundi deux diplomates algériens. L'Algérie a fait de même mardi.", "fr")
    assert ("DZA", "MLI", "SANCTION", False) in keys
    keys = facts("Мали в понедельник выслала двух алжирских дипломатов. Алжир во вторник сделал то же самое.", "ru")
    assert ("DZA", "MLI", "SANCTION", False) in keys
    # a third party doing the same still aims at the act's target, as before
    keys = facts("Mali expelled two Algerian diplomats on Monday. Niger did the same on Tuesday.", "en")
    assert ("NER", "DZA", "SANCTION", False) in keys
    assert ("NER", "MLI", "SANCTION", False) not in keys


def test_a_step_like_another_repeats_its_act() -> None:
    # a word of likeness beside a step noun ("an identical measure", "аналогичные меры") is "did the same"
    keys = facts("Mali closed its airspace to Algerian aircraft on Monday. Algeria took a similar step on Tuesday.",
                 "en")
    assert ("DZA", "MLI", "SANCTION", False) in keys
    keys = facts("Malí expulsó el lunes a dos diplomáticos argelinos. Argelia adoptó una medida idéntica el martes.",
                 "es")
    assert ("DZA", "MLI", "SANCTION", False) in keys
    keys = facts("Мали в понедельник выслала двух алжирских дипломатов. Алжир во вторник принял аналогичные меры.",
                 "ru")
    assert ("DZA", "MLI", "SANCTION", False) in keys
    # the subject after the phrase and its verb, with the names listed after it
    keys = facts("Франция в понедельник признала Государство Палестина. Днем ранее аналогичный шаг сделали "
                 "Великобритания, Канада и Австралия.", "ru")
    assert {("GBR", "PSE", "SUPPORT", False), ("CAN", "PSE", "SUPPORT", False),
            ("AUS", "PSE", "SUPPORT", False)} <= keys
    # a step that is no likeness of another's repeats nothing
    keys = facts("Mali closed its airspace to Algerian aircraft on Monday. Algeria took a new step on Tuesday.", "en")
    assert not any(k[0] == "DZA" and k[2] == "SANCTION" for k in keys)


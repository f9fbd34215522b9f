"""Russian kinds of round 64 (ru64), read from the extras and misses of the studied Russian material and counted
there, each tested with sentences written for this file (none taken from any set).

- A threat coordinated after an impersonal verdict whose object names the judged party ("В МИД России решение Осло
  назвали враждебным и пообещали ответные меры") is the judge's, aimed at the judged party, not the judged party's
  own (coordinated_acts `judge_read_as_judged`; studied: wire-ru11-010).
- The state that joins sanctions named by their owner ("присоединилась к санкциям Евросоюза") imposes them also where
  a subject relative or a dash stands between the state and the verb of joining (demands `sanctions_joiner`;
  studied: long-ru1-004, wire-ru12-009; 13 of 13 studied sentences with an inflected verb of joining code the joiner).
"""

from __future__ import annotations

import pytest

from extracted import read_as, shown_keys


def test_a_threat_after_an_impersonal_verdict_is_the_judges() -> None:
    keys = shown_keys("Эстония в среду выслала российского дипломата. В МИД России решение Таллина назвали провокацией "
                      "и пообещали ответные меры.", "ru")
    read_as(keys, ("RUS", "EST", "THREATEN"), ("EST", None, "THREATEN"))
    read_as(keys, ("RUS", "EST", "ACCUSE"))


def test_a_threat_that_names_its_own_target_keeps_it() -> None:
    keys = shown_keys("В Минске решение Вильнюса назвали провокацией и пригрозили Польше ответными мерами.", "ru")
    read_as(keys, ("BLR", "POL", "THREATEN"), ("LTU", "POL", "THREATEN"))


@pytest.mark.parametrize(("text", "key", "wrong"), [
    ("Армения остается единственной страной — участницей ОДКБ, которая присоединилась к санкциям Евросоюза против "
     "Белоруссии.", ("ARM", "BLR", "SANCTION"), ("EU", "BLR", "SANCTION")),
    ("Исландия — член НАТО и с прошлого года присоединяется к санкциям Евросоюза против Ирана.",
     ("ISL", "IRN", "SANCTION"), ("EU", "IRN", "SANCTION")),
])
def test_the_joiner_of_sanctions_imposes_them(text: str, key: tuple, wrong: tuple) -> None:
    read_as(shown_keys(text, "ru"), key, wrong)


def test_sanctions_of_their_own_stay_their_owners() -> None:
    read_as(shown_keys("Исландия — член НАТО, а Евросоюз ввёл санкции против Ирана.", "ru"), ("EU", "IRN", "SANCTION"))

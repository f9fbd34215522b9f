"""Russian readings of round 66 (ru66), each tested with sentences written for this file (none taken from any set).

- Support vowed for the time to come ("будет безоговорочно поддерживать") is a pledge, AGREE 030, as "продолжит
  поддерживать" and "и впредь будет поддерживать" already are (`pledge` in `ru.yaml`): the gold codes AGREE 030 in both
  studied Russian sentences of the form (relwire15-ru-003, relwire7-ru-001), where the coder printed the support itself
  (SUPPORT 050), and in 6 of the 7 studied sentences of the other languages that vow support to a state ("will
  support", "werde ... unterstützen", "seguirá apoyando"). Only with an adverb of the vow: "не будет поддерживать
  вступление Украины" is a stance on a step, no pledge to anyone.
"""

from __future__ import annotations

import pytest

from extracted import read_as, shown_keys


@pytest.mark.parametrize("text", [
    "Министр заявил, что Лаос будет безоговорочно поддерживать Вьетнам.",
    "Лаос будет всегда поддерживать Вьетнам, заявил министр.",
])
def test_support_vowed_for_the_time_to_come_is_a_pledge(text: str) -> None:
    read_as(shown_keys(text, "ru"), ("LAO", "VNM", "AGREE"), ("LAO", "VNM", "SUPPORT"))


def test_support_refused_for_the_time_to_come_stays_no_pledge() -> None:
    keys = shown_keys("Венгрия не будет поддерживать вступление Украины в ЕС.", "ru")
    read_as(keys, None, ("HUN", "UKR", "AGREE"))


def test_support_given_stays_support() -> None:
    read_as(shown_keys("Лаос поддержал Вьетнам.", "ru"), ("LAO", "VNM", "SUPPORT"), ("LAO", "VNM", "AGREE"))

"""A measure's noun inside the object of a verdict against (round 64, land64; carry63's "sanction nouns inside
another party's statement"): the speaker who opposes, condemns or criticises sanctions or tariffs judges a measure
another imposed, it imposes none ("opposed unilateral sanctions", "to oppose the steel tariffs", "осудил решение ... о
новых пошлинах"). The measure's own agent ("Washington's sanctions") still gives it its event, and a measure the speaker
imposes in a verb of its own stays. Sentences written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import shown_keys

ON = date(2025, 10, 27)


@pytest.mark.parametrize(("lang", "text", "speaker"), [
    ("en", "China opposed unilateral sanctions against Iran.", "CHN"),
    ("en", "Berlin decided to oppose the steel tariffs on Spain.", "DEU"),
    ("ru", "Пекин осудил решение Вашингтона о новых пошлинах против Канады.", "CHN"),
    ("ru", "Пекин раскритиковал Оттаву за новые пошлины.", "CHN"),
])
def test_a_measure_the_verdict_judges_is_not_the_speaker_s(lang: str, text: str, speaker: str) -> None:
    shown = shown_keys(text, lang, ON)
    assert not any(k[0] == speaker and k[2] == "SANCTION" for k in shown), shown


@pytest.mark.parametrize(("lang", "text", "key"), [
    # the measure named with its own agent: the agent's event
    ("en", "Moscow denounced Washington's sanctions on Russian oil companies.", ("USA", "RUS", "SANCTION")),
    # the speaker's own measure in a verb of its own, after the verdict
    ("en", "Russia condemned the move and imposed sanctions on Lithuania.", ("RUS", "LTU", "SANCTION")),
    # the verdict itself stays
    ("ru", "Пекин осудил решение Вашингтона о новых пошлинах против Канады.", ("CHN", "USA", "ACCUSE")),
])
def test_the_measure_s_own_agent_and_the_speaker_s_own_measure_stay(lang: str, text: str, key: tuple) -> None:
    shown = shown_keys(text, lang, ON)
    assert key in shown, shown

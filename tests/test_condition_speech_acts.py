"""A demand or a threat told inside a condition clause ("если об этом попросят обе стороны", "if both sides ask") is
the condition, not an act: the speaker offers something for the case someone asks
(events/modality_supposed.in_condition). A threat made before its condition stays. Round 37, wire_ru12; sentences
written for the tests."""

from __future__ import annotations

import pytest

from extracted import country_keys


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Китай готов сыграть конструктивную роль, если об этом попросят Россия и Украина."),
    ("en", "China is ready to play a constructive role if Russia and Ukraine ask for it."),
    ("fr", "La Chine est prête à jouer un rôle constructif si la Russie et l'Ukraine le demandent."),
])
def test_an_asking_that_is_the_condition_is_no_request(lang: str, text: str) -> None:
    keys = country_keys(text, lang, factual_only=True)
    assert not any(key[2] == "REQUEST" for key in keys)


@pytest.mark.parametrize(("lang", "text", "fact"), [
    ("ru", "Трамп пригрозил России пошлинами, если Москва не согласится на перемирие.", ("USA", "RUS", "THREATEN")),
    ("en", "Trump threatened Russia with tariffs if Moscow does not agree to a ceasefire.", ("USA", "RUS", "THREATEN")),
])
def test_a_threat_before_its_condition_stays(lang: str, text: str, fact: tuple[str, str, str]) -> None:
    assert fact in country_keys(text, lang, factual_only=True)

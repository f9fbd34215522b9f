"""A tie the sentence only supposes ("if Finland joins NATO") is proposed, never in force."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import extraction


def _ties(text: str, lang: str) -> set[tuple[str, str, str, str | None]]:
    result = extraction(text, lang, date(2025, 10, 27))
    return {(r.a, r.b, r.kind, r.status) for r in result.relations}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Moscow will respond if Finland joins NATO."),
    ("de", "Moskau werde reagieren, wenn Finnland der Nato beitritt."),
    ("fr", "Moscou répondra si la Finlande adhère à l'OTAN."),
    ("ru", "Москва ответит, если Финляндия вступит в НАТО."),
])
def test_a_membership_in_a_condition_is_proposed(lang: str, text: str) -> None:
    ties = _ties(text, lang)
    assert ("FIN", "NATO", "membership", "in_force") not in ties
    assert ("FIN", "NATO", "membership", "proposed") in ties


def test_a_membership_told_as_done_stays_in_force() -> None:
    assert ("FIN", "NATO", "membership", "in_force") in _ties("Finland joined NATO in April 2023.", "en")

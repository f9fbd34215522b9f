"""The owner of rules said to be broken ("viole les règles de l'OMC", "нарушение правил ВТО", "Verstoß gegen die Regeln
der WTO") is cited, no side of the verdict (verdict_objects.norm_owners; round 52 added the rules, norms and statute
to `norm_nouns` and the verbs of breaking to `violation_nouns`, data/rules/roles/<lang>.yaml)."""

from __future__ import annotations

import pytest

from extracted import country_keys


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le ministère chinois a condamné une mesure unilatérale qui viole les règles de l'Organisation mondiale du "
           "commerce."),
    ("ru", "Пекин осудил пошлины как нарушение правил ВТО."),
    ("de", "China verurteilte die Zölle als Verstoß gegen die Regeln der WTO."),
])
def test_the_owner_of_broken_rules_is_not_judged(lang: str, text: str) -> None:
    assert not any(t == "WTO" for _, t, _ in country_keys(text, lang))


@pytest.mark.parametrize(("lang", "text", "key"), [
    ("en", "China condemned Mexico's tariffs as a violation of WTO rules.", ("CHN", "MEX", "ACCUSE")),
    ("de", "China verurteilte die Zölle Mexikos als Verstoß gegen die Regeln der WTO.", ("CHN", "MEX", "ACCUSE")),
    ("fr", "Pékin a condamné une violation des règles de l'OMC par le Mexique.", ("CHN", "MEX", "ACCUSE")),
])
def test_the_breaker_is_still_judged(lang: str, text: str, key: tuple[str, str, str]) -> None:
    assert key in country_keys(text, lang)

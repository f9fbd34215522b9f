"""What the Russian set of mixed news (eval/gold/mixed_ru.jsonl) showed: a state's act told inside a story about a
company, a court, an election, a disaster. Each case is a way Russian says it, tested on sentences written for this
file, not taken from the set, in more than one phrasing."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import facts


def _events(text: str, lang: str = "ru") -> set[tuple]:
    """The printed events (told as done or reported), by country."""
    return facts(text, lang, date(2025, 6, 3))


@pytest.mark.parametrize(("text", "expected"), [
    # the object first, in an oblique case, and the subject after the plural verb
    ("Президента Польши поздравили канцлер Германии и премьер-министр Франции.",
     {("DEU", "POL", "SUPPORT", False), ("FRA", "POL", "SUPPORT", False)}),
    ("С победой на выборах премьер-министра Японии поздравили президент Индонезии и президент Филиппин.",
     {("IDN", "JPN", "SUPPORT", False), ("PHL", "JPN", "SUPPORT", False)}),
    ("Россию осудили Литва и Эстония.", {("LTU", "RUS", "ACCUSE", False), ("EST", "RUS", "ACCUSE", False)}),
    # the subject first keeps its place
    ("Премьер-министр Индии поздравил президента Франции.", {("IND", "FRA", "SUPPORT", False)}),
    ("Власти Польши осудили Россию.", {("POL", "RUS", "ACCUSE", False)}),
])
def test_object_before_plural_verb(text: str, expected: set[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize("text", [
    "Власти Гвинеи в среду отозвали посла из Сьерра-Леоне. Двумя днями ранее такое же решение приняло правительство "
    "соседней Либерии.",
    "Неделей раньше аналогичное решение приняла Эстония.",
    "Такое же решение в пятницу приняли власти Латвии.",
])
def test_decision_taken_hosts_no_one(text: str) -> None:
    assert not {e for e in _events(text) if e[2] == "CONSULT"}


@pytest.mark.parametrize("text", [
    "Новые американские пошлины ударили по металлургам Канады.",
    "Санкции Лондона против банков Ирана больно ударили по торговле Ирака.",
    "Санкции ЕС против российского угля ударили по экспортерам Казахстана.",
])
def test_measure_that_hits_a_market_is_no_attack(text: str) -> None:
    assert not {e for e in _events(text) if e[2] == "ASSAULT"}


def test_state_that_strikes_after_sanctions_still_attacks() -> None:
    assert ("RUS", "UKR", "ASSAULT", False) in _events("В ответ на санкции Россия ударила по Украине.")


@pytest.mark.parametrize("text", [
    "Турецкий Красный Полумесяц развернул в Газе полевой госпиталь.",
    "Волонтеры и ЮНИСЕФ развернули в Бейруте пункты раздачи воды.",
])
def test_relief_set_up_is_no_deployment(text: str) -> None:
    assert not {e for e in _events(text) if e[2] == "MOBILIZE"}


def test_troops_deployed_still_mobilise() -> None:
    assert ("RUS", "UKR", "MOBILIZE", False) in _events("Россия развернула войска у границы с Украиной.")


@pytest.mark.parametrize(("text", "expected"), [
    ("Пекин готов оказать Кабулу помощь после землетрясения.", ("CHN", "AFG", "AGREE", False)),
    ("Япония готова направить Филиппинам спасателей.", ("JPN", "PHL", "AGREE", False)),
    ("Германия готова предоставить Молдавии гуманитарную помощь.", ("DEU", "MDA", "AGREE", False)),
])
def test_readiness_to_help_is_an_offer(text: str, expected: tuple) -> None:
    assert expected in _events(text)


def test_teaser_also_on_the_topic_is_dropped() -> None:
    text = ("Министр иностранных дел Чехии посетил Братиславу.\n\nТакже по теме: Румыния и Болгария договорились о "
            "совместном патрулировании\n\nВизит длился два дня.")
    assert not {e for e in _events(text) if {e[0], e[1]} == {"ROU", "BGR"}}


@pytest.mark.parametrize(("text", "expected"), [
    ("Иран заявил, что Израиль стоит за убийством учёного.", ("IRN", "ISR", "ACCUSE", False)),
    ("Польша заявила, что за поджогом торгового центра стоит Россия.", ("POL", "RUS", "ACCUSE", False)),
    ("Президент Пакистана заявил, что за терактом, по данным следствия, стоят Индия и Афганистан.",
     ("PAK", "IND", "ACCUSE", False)),
])
def test_who_stands_behind_an_attack_is_charged(text: str, expected: tuple) -> None:
    assert expected in _events(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Мария Захарова назвала санкции ЕС нелегитимными.", ("RUS", "EU", "ACCUSE", False)),
    ("В Кремле назвали американские пошлины недобросовестной конкуренцией.", ("RUS", "USA", "ACCUSE", False)),
    ("Пекин назвал пошлины Вашингтона недружественными.", ("CHN", "USA", "ACCUSE", False)),
])
def test_measure_named_illegitimate_is_judged(text: str, expected: tuple) -> None:
    assert expected in _events(text)

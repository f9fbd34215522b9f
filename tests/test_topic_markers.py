"""A name in the phrase that says what is talked about ("talks about Cyprus", "переговоры о Кипре", "переговоры о
ракетной программе КНДР") is no party of the talks: the two who talk are (role_words.topic_markers,
roles_marks._topic_genitive). Before round 52 the topic's name was read as the bare object of the talks."""

from __future__ import annotations

import pytest

from extracted import country_keys


@pytest.mark.parametrize(("lang", "text", "pair"), [
    ("en", "Poland and Lithuania held talks about Cyprus on Tuesday.", ("POL", "LTU")),
    ("en", "Chile and Peru held talks in Lima regarding Bolivia.", ("CHL", "PER")),
    ("ru", "Польша и Литва провели переговоры о Кипре.", ("POL", "LTU")),
    ("ru", "Польша и Литва провели переговоры про Кипр.", ("POL", "LTU")),
    # the name is the genitive of the topic's noun by its case alone: "о статусе Кипра"
    ("ru", "Польша и Литва провели переговоры о статусе Кипра.", ("POL", "LTU")),
    ("ru", "Чили и Перу провели в Лиме переговоры о морской границе Ирана.", ("CHL", "PER")),
    ("ru", "Южная Корея и Япония провели переговоры о ракетной программе КНДР.", ("KOR", "JPN")),
])
def test_the_topic_is_no_party_of_the_talks(lang: str, text: str, pair: tuple[str, str]) -> None:
    keys = country_keys(text, lang)
    talks = {(s, t) for s, t, kind in keys if kind == "CONSULT"}
    assert talks == {pair} or talks == {pair[::-1]}, keys


@pytest.mark.parametrize(("lang", "text", "key"), [
    # a rule that names the preposition among its target markers still takes its phrase
    ("en", "Poland complained about Russia.", ("POL", "RUS", "ACCUSE")),
    # an act noun after the topic preposition keeps its own genitive: the act is told, its patient named
    ("ru", "Россия сообщила о поддержке Сербии.", ("RUS", "SRB", "SUPPORT")),
    ("ru", "Польша и Литва заявили о признании Палестины.", ("POL", "PSE", "SUPPORT")),
    # "about" before a number is the number's adverb, no topic: the soldiers are still the ones struck
    ("en", "Russian missiles killed about 30 Ukrainian soldiers.", ("RUS", "UKR", "ASSAULT")),
    # a people's lower-case noun after the topic's noun may be what a demand is about: no genitive of the topic
    ("ru", "Министр Франции требовал пересмотреть соглашение о въезде алжирцев во Францию.", ("FRA", "DZA", "REQUEST")),
])
def test_a_marked_topic_still_serves_its_own_act(lang: str, text: str, key: tuple[str, str, str]) -> None:
    assert key in country_keys(text, lang)


def test_a_nominative_after_the_topic_is_the_next_clause_subject() -> None:
    """"договор о стратегическом партнёрстве Россия подписала с Ираном": the name after the topic's noun is in the
    nominative (its form is its lemma), the subject of the verb after it, no genitive of the topic."""
    assert ("RUS", "IRN", "AGREE") in country_keys("Аналогичный договор о стратегическом партнерстве Россия подписала "
                                                   "с Ираном.", "ru")

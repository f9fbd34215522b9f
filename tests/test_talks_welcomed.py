"""A praise of talks named again (round 55, earlier55): "welcomed the talks", "a salué la reprise des discussions",
"celebró la reanudación del diálogo" praises the two sides of the latest talks the article told, not the latest
visit or meeting of another pair, and not the host a coordinated verb thanks. Sentences of our own in five languages."""

from __future__ import annotations

import pytest

from extracted import facts, read_as_all
from realpolitik.events.article_phrases import talks_named
from realpolitik.language.role_words import role_words
from realpolitik.model import Token


def _praise(source: str, *targets: str) -> list[tuple]:
    return [(source, target, "SUPPORT", False) for target in targets]


@pytest.mark.parametrize(("text", "lang", "expected", "wrong"), [
    # the talks, not the visit told after them
    ("Iranian and American negotiators held talks in Muscat on Saturday. Israeli Prime Minister Benjamin Netanyahu "
     "visited Washington last week. Saudi Arabia welcomed the talks.", "en",
     _praise("SAU", "IRN", "USA"), _praise("SAU", "ISR")),
    # the host thanked by a coordinated verb is no side of the talks, and keeps its own praise
    ("Iranian and American negotiators held talks in Muscat on Saturday. Israeli Prime Minister Benjamin Netanyahu "
     "visited Washington last week. Qatar welcomed the talks and thanked Oman for hosting them.", "en",
     _praise("QAT", "IRN", "USA", "OMN"), _praise("QAT", "ISR")),
    ("L'Égypte et l'Éthiopie ont repris mardi à Djeddah leurs négociations sur le barrage. Le président turc s'est "
     "rendu au Caire la semaine dernière. L'Union africaine a salué la reprise des discussions.", "fr",
     _praise("AU", "EGY", "ETH"), _praise("AU", "TUR")),
    ("Colombia y Venezuela retomaron el lunes en Caracas las negociaciones sobre la frontera. El presidente de Brasil "
     "visitó Bogotá el domingo. México celebró la reanudación del diálogo.", "es",
     _praise("MEX", "COL", "VEN"), _praise("MEX", "BRA")),
    ("Serbien und Kosovo haben am Montag in Brüssel Gespräche geführt. Der ungarische Regierungschef besuchte am "
     "Dienstag Belgrad. Österreich begrüßte die Wiederaufnahme der Gespräche.", "de",
     _praise("AUT", "SRB", "XKX"), _praise("AUT", "HUN")),
    ("Армения и Азербайджан в среду провели переговоры в Женеве. Президент Ирана во вторник посетил Ереван. "
     "Франция приветствовала возобновление переговоров.", "ru",
     _praise("FRA", "ARM", "AZE"), _praise("FRA", "IRN")),
])
def test_a_praise_of_the_talks_praises_their_sides(text: str, lang: str, expected: list, wrong: list) -> None:
    read_as_all(facts(text, lang), expected, wrong)


def _tokens(sentence: str) -> list[Token]:
    return [Token(w, w.lower(), i, i + 1, i) for i, w in enumerate(sentence.split())]


@pytest.mark.parametrize(("lang", "sentence", "noun"), [
    ("en", "Saudi Arabia welcomed the talks", 4),
    ("fr", "L' Union a salué la reprise des discussions", 7),
    ("es", "México celebró la reanudación del diálogo", 5),
    ("de", "Österreich begrüßte die Wiederaufnahme der Gespräche", 5),
    ("ru", "Франция приветствовала возобновление переговоров", 3),
])
def test_talks_named_again(lang: str, sentence: str, noun: int) -> None:
    assert talks_named(_tokens(sentence), role_words(lang)) == [noun]


def test_talks_not_named_again() -> None:
    # talks with no determiner before them are new ones ("welcomed talks on a truce"), as "a step" is
    assert talks_named(_tokens("Japan welcomed new bilateral talks"), role_words("en")) == []

"""Word lists read from the YAML of each language, not written in Python (round 48, tidy48): the place words among
the prepositions of time gone by and the "since" words (`Grammar.past_prepositions_of_place`,
`Grammar.since_prepositions`, read by events/noun_acts.py), the elided article (`RoleWords.elided_articles`, read
by the role finder and the actor references) and the articles that open a body's own name
(`LanguageReferences.name_articles`). The phrases are our own."""

from __future__ import annotations

import pytest

from realpolitik.actors.reference.data import reference_data
from realpolitik.events.noun_acts import after_time_gone_by, noun_position
from realpolitik.events.rules import available_languages, load_rules
from realpolitik.language.role_words import role_words


def _forms(words: str) -> list[frozenset[str]]:
    return [frozenset({w}) for w in words.split()]


@pytest.mark.parametrize("lang", available_languages())
def test_place_words_are_among_the_prepositions_of_time_gone_by(lang: str) -> None:
    # a place word that is no `past_prepositions` would take nothing away: a word misspelt or put in the wrong list
    rules = load_rules(lang)
    assert rules is not None
    grammar = rules.grammar
    assert grammar.past_prepositions_of_place <= grammar.past_prepositions


@pytest.mark.parametrize(("lang", "phrase", "gone_by"), [
    ("de", "seit den kämpfen", True),  # "seit" is no `past_prepositions` of German: `since_prepositions` adds it
    ("de", "in einem telefonat", False),  # "in" tells a place
    ("en", "since the clashes", True),
    ("en", "at the talks", False),
    ("ru", "после подписания", True),
    ("ru", "на встрече", False),
])
def test_a_phrase_of_time_gone_by_is_opened_by_the_languages_own_words(lang: str, phrase: str,
                                                                       gone_by: bool) -> None:
    rules = load_rules(lang)
    assert rules is not None
    forms = _forms(phrase)
    assert after_time_gone_by((len(forms) - 1, len(forms)), forms, rules.grammar) is gone_by


def test_the_french_elided_article_is_read_from_the_role_words() -> None:
    french, english = role_words("fr"), role_words("en")
    assert french.without_elided_article("l'accord") == "accord"
    assert french.without_elided_article("l’accord") == "accord"
    assert french.without_elided_article("la") == "la"
    assert english.without_elided_article("l'accord") == "l'accord"  # no elided article in English
    rules = load_rules("fr")
    assert rules is not None
    assert noun_position((1, 2), _forms("après l'accord"), rules.grammar)  # the article is in the word


def test_the_articles_that_open_a_bodys_name_are_each_languages_own() -> None:
    languages = reference_data().languages
    assert "the" in languages["en"].name_articles
    assert {"el", "los"} <= languages["es"].name_articles
    assert "el" not in languages["fr"].name_articles
    assert not languages["ru"].name_articles  # no articles

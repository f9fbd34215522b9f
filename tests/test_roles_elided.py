"""`roles_base.elided_de`: the French "de" written onto the next word ("d'Israël") is a genitive the role reader
reads like "de la Russie"; the forms are the language's own (its role data's `elided_prepositions`), so a name that
starts the same way in another language is no genitive."""

from __future__ import annotations

import pytest

from realpolitik.events.grammar import Grammar
from realpolitik.events.roles_base import elided_de
from realpolitik.events.rules import load_rules


def _grammar(lang: str) -> Grammar:
    rules = load_rules(lang)
    assert rules is not None
    return rules.grammar


@pytest.mark.parametrize("word", ["d'Israël", "d’Ukraine", "D'Iran", "d'une"])
def test_french_writes_de_onto_the_next_word(word: str) -> None:
    assert elided_de(word, _grammar("fr"))


@pytest.mark.parametrize("word", ["de", "dans", "l'Iran", "d"])
def test_other_french_words_are_no_elided_de(word: str) -> None:
    assert not elided_de(word, _grammar("fr"))


@pytest.mark.parametrize("lang", ["es", "en", "de", "ru"])
def test_a_name_written_so_in_another_language_is_no_genitive(lang: str) -> None:
    assert not elided_de("D'Alema", _grammar(lang))

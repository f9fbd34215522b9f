"""One test of a Romance infinitive told by its ending (language/infinitives.infinitive_form, round 58), where three
readers each wrote the endings ("ar", "er", "ir") with guards of their own: the event stage reads the endings of the
language's grammar (`infinitive_endings`, data/rules/es.yaml), the actors stage the default. Sentences of our own."""

from __future__ import annotations

import pytest

from extracted import facts
from realpolitik.events.rules import available_languages, load_rules
from realpolitik.language import tokenize
from realpolitik.language.infinitives import (
    FRENCH_INFINITIVE_ENDINGS,
    GERMAN_INFINITIVE_ENDINGS,
    ROMANCE_INFINITIVE_ENDINGS,
    infinitive_form,
)


@pytest.mark.parametrize(("word", "infinitive"), [
    ("seguir", True), ("firmar", True), ("haber", True), ("atender", True), ("appuyer", True), ("agir", True),
    ("Bolívar", False), ("mayoría", False), ("g20", False), ("dólares", False), ("alto-el-fuego", False),
])
def test_an_infinitive_is_told_by_its_ending(word: str, infinitive: bool) -> None:
    assert infinitive_form(word) is infinitive
    assert infinitive_form(word, ()) is False  # a language whose grammar tells none


def test_the_spanish_grammar_gives_the_endings_and_the_others_none() -> None:
    for lang in available_languages():
        endings = load_rules(lang).grammar.infinitive_endings
        assert set(endings) == (set(ROMANCE_INFINITIVE_ENDINGS) if lang == "es" else set()), lang


@pytest.mark.parametrize(("text", "lang", "fact"), [
    # "de" before an infinitive opens the charge, no owner: "la junta" alone is the state under military rule
    ("Los militares gobiernan Malí desde 2021. Argelia acusó ayer a la junta de apoyar a los rebeldes.", "es",
     ("DZA", "MLI", "ACCUSE", False)),
    ("El ejército tomó el poder en Malí en 2021. Francia acusó a la junta de haber violado el acuerdo de paz.", "es",
     ("FRA", "MLI", "ACCUSE", False)),
    ("L'armée a pris le pouvoir au Mali en 2021. La France a accusé la junte de violer l'accord de paix.", "fr",
     ("FRA", "MLI", "ACCUSE", False)),
    # "al" before an infinitive is no background act noun ("como respuesta al ataque"): the act is told
    ("Rusia respondió al atacar Ucrania una refinería.", "es", ("RUS", "UKR", "ASSAULT", False)),
])
def test_a_reader_that_tells_an_infinitive_by_its_ending(text: str, lang: str, fact: tuple) -> None:
    assert fact in facts(text, lang)


def test_de_before_an_owner_is_still_the_owner() -> None:
    # "la junta de Níger": a name after "de" owns the junta
    keys = facts("El ejército tomó el poder en Malí en 2021. Francia acusó a la junta de Níger de violar el acuerdo.",
                 "es")
    assert ("FRA", "NER", "ACCUSE", False) in keys and ("FRA", "MLI", "ACCUSE", False) not in keys, keys


@pytest.mark.parametrize(("word", "german", "french"), [
    ("drohen", True, False), ("ändern", True, False), ("handeln", True, False), ("condamner", False, True),
    ("agir", False, True), ("détruire", False, True), ("Angriff", False, False),
])
def test_the_german_and_french_endings(word: str, german: bool, french: bool) -> None:
    # written once in language/infinitives (round 58), where events/rules, clause_infinitives and language/tokens
    # wrote the German three and events/roles_base the French three under the German set's name
    assert word.endswith(GERMAN_INFINITIVE_ENDINGS) is german
    assert word.endswith(FRENCH_INFINITIVE_ENDINGS) is french


def test_a_german_verb_is_told_by_its_infinitive_lemma() -> None:
    grammar = load_rules("de").grammar
    verb, noun = (t for t in tokenize("sie handeln Angriffe", "de") if t.text in ("handeln", "Angriffe"))
    assert grammar.verb_word(verb) and not grammar.verb_word(noun)

"""Every example sentence of data/relations/<lang>.yaml through the whole pipeline.

An example's `expect` lists every scored relation the sentence gives, as the
evaluation keys them (unordered pair, kind) with, where given, the status.
The sentences are written for the lexicon files, not taken from news.
"""

from __future__ import annotations

from datetime import date

import pytest

from extracted import extraction
from realpolitik.errors import DataFileError
from realpolitik.evaluate.relations import relation_key
from realpolitik.relations.lexicon import load_lexicon, parse_lexicon

LANGUAGES = ("de", "en", "es", "fr", "ru")
PUBLISHED = date(2025, 6, 2)


def _examples() -> list:
    cases = []
    for lang in LANGUAGES:
        lexicon = load_lexicon(lang)
        assert lexicon is not None, lang
        entries = [(f"cue {c.id}", c.examples) for c in lexicon.cues]
        entries += [(f"status {s.status}", s.examples) for s in lexicon.status]
        for name, examples in entries:
            for i, example in enumerate(examples):
                cases.append(pytest.param(lang, example["text"], example["expect"], id=f"{lang}-{name}-{i}"))
    return cases


def _found(lang: str, text: str) -> dict[tuple, str | None]:
    found: dict[tuple, str | None] = {}
    for rel in extraction(text, lang, PUBLISHED).relations:
        key = relation_key(rel.a, rel.b, rel.kind)
        if key is not None:
            found[key] = rel.status
    return found


@pytest.mark.parametrize(("lang", "text", "expect"), _examples())
def test_example(lang: str, text: str, expect: list) -> None:
    found = _found(lang, text)
    wanted = {relation_key(e[0], e[1], e[2]): (e[3] if len(e) > 3 else ...) for e in expect}
    assert set(found) == set(wanted), f"{text!r}: found {found}"
    for key, status in wanted.items():
        if status is not ...:
            assert found[key] == status, f"{text!r}: {key} has status {found[key]}, expected {status}"


def test_a_cue_without_examples_is_refused() -> None:
    text = "language: en\ncues:\n  - id: pact\n    kind: defense_pact\n    when: [pact]\n"
    with pytest.raises(DataFileError, match="examples"):
        parse_lexicon(text, "x.yaml")


def test_an_unknown_kind_is_refused_with_the_choices() -> None:
    text = "language: en\ncues:\n  - id: x\n    kind: friendship\n    when: [friend]\n    examples: []\n"
    with pytest.raises(DataFileError, match="unknown kind"):
        parse_lexicon(text, "x.yaml")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_lexicon_index_lets_through_every_pattern_that_could_match(lang: str) -> None:
    """`RelationLexicon.live` only narrows the search: for every example, each lexicon pattern that could
    match the sentence's forms is live."""
    from realpolitik.events.clause_forms import token_forms
    from realpolitik.events.rules import load_rules
    from realpolitik.language import split_sentences

    lexicon, grammar = load_lexicon(lang), load_rules(lang).grammar
    examples = [e for c in lexicon.cues for e in c.examples] + [e for s in lexicon.status for e in s.examples]
    patterns = [*(p for c in lexicon.cues for p in c.patterns), *(p for s in lexicon.status for p in s.patterns),
                *(p for group in lexicon.areas.values() for p in group), *lexicon.area_context]
    for example in examples:
        for sentence in split_sentences(example["text"], lang):
            vocabulary = frozenset().union(*token_forms(sentence, grammar))
            live = lexicon.live(vocabulary)
            assert all(id(p) in live for p in patterns if p.could_match(vocabulary)), example["text"]
            assert len(patterns) == len({id(p) for p in patterns})


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_cue_word_holds_a_hyphen(lang: str) -> None:
    """The tokenizer splits "cessez-le-feu" into five tokens: a cue word with an inner hyphen never matches."""
    lexicon = load_lexicon(lang)
    dead = sorted({word.text for entry in (*lexicon.cues, *lexicon.status) for pattern in entry.patterns
                   for slot in pattern.slots if slot is not None for word in slot.words
                   if "-" in word.text.strip("-")})
    assert not dead, f"{lang}: cue words that cannot match: {dead}"

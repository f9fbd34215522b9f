"""The pattern syntax says which words are alternatives: "a|b c" is refused, "(a|b) c" and "(a b|c)" are not."""

from __future__ import annotations

import pytest

from realpolitik.errors import DataFileError
from realpolitik.events.patterns import PatternIndex, compile_patterns, find_matches
from realpolitik.events.rules import parse_rules
from realpolitik.relations.lexicon import parse_lexicon

HEAD = "language: xx\nversion: '1'\ngrammar: {}\nrules:\n"


def _forms(text: str) -> list[frozenset[str]]:
    return [frozenset({word}) for word in text.split()]


def _matches(text: str, sentence: str) -> bool:
    forms = _forms(sentence)
    return any(find_matches(p, forms, 0, len(forms)) for p in compile_patterns(text))


def test_bare_alternatives_next_to_a_word_are_refused_with_the_fix() -> None:
    for text in ("call on|urge", "appeal to|for", "stop|put an end to ... strikes", "a ... b|c d"):
        with pytest.raises(ValueError, match=r"ambiguous: write '\("):
            compile_patterns(text)


def test_the_rules_loader_refuses_them_naming_file_line_and_rule() -> None:
    text = HEAD + "  - id: good\n    cameo: '057'\n    when: [sign]\n  - id: bad\n    cameo: '020'\n" \
                  "    when: ['call on|urge']\n"
    with pytest.raises(DataFileError) as info:
        parse_rules(text, "mine.yaml")
    assert info.value.path == "mine.yaml" and info.value.line == 8
    assert "rule bad" in str(info.value) and "(call on|urge)" in str(info.value)


def test_the_relations_loader_refuses_them_too() -> None:
    text = "language: xx\ncues:\n  - id: pact\n    kind: defense_pact\n    when: ['defence|defense pact']\n" \
           "    examples: [{text: 'x', expect: []}]\n"
    with pytest.raises(DataFileError, match="ambiguous"):
        parse_lexicon(text, "rel.yaml")


def test_alternatives_beside_a_gap_or_alone_need_no_parentheses() -> None:
    assert _matches("dismiss|reject ... claim*|charge*", "they dismiss the claims")
    assert _matches("deny|refute", "they refute")


def test_parenthesised_one_word_alternatives_are_one_slot() -> None:
    (pattern,) = compile_patterns("appeal (to|for)")
    assert pattern.weight == 2
    assert _matches("appeal (to|for)", "x appeal for calm") and _matches("appeal (to|for)", "appeal to them")
    assert not _matches("appeal (to|for)", "appeal against it")
    (pattern,) = compile_patterns("(ceasefire|truce) (deal|accord)")
    assert pattern.slots[1].exact == {"deal", "accord"}


def test_multi_word_alternatives_stand_for_one_pattern_each() -> None:
    patterns = compile_patterns("(call on|urge|press) ... to")
    assert len(patterns) == 2  # "urge|press ... to" and "call on ... to"
    assert _matches("(call on|urge|press) ... to", "they call on moscow to stop")
    assert _matches("(call on|urge|press) ... to", "they press moscow to stop")
    assert not _matches("(call on|urge|press) ... to", "they call moscow to stop")
    assert not _matches("(call on|urge|press) ... to", "on moscow to stop")


@pytest.mark.parametrize(("text", "message"), [
    ("(call on|urge ... to", "without its"),
    ("((a|b)|c) d", "do not nest"),
    ("(a ... b|c) d", "gap"),
    ("(urge) ... to", "two or more alternatives"),
    ("(a||b) c", "two or more alternatives"),
    ("(a|b)c d", "followed by a space"),
    ("x(a|b) c", "whole words"),
    ("(a b|c d) (e f|g h) (i j|k l) (m n|o p) (q r|s t) (u v|w x) (y z|z y)", "more than 64"),
])
def test_malformed_groups_are_refused(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        compile_patterns(text)


def test_the_pattern_index_files_wildcard_patterns_under_their_words() -> None:
    """A pattern of wildcards only is tried where a form fits its longest wildcard, not on every sentence."""
    patterns = [p for t in ("sanktion*", "*abkommen", "*partner*", "hold ... talks", "ab*|*zug")
                for p in compile_patterns(t)]
    index = PatternIndex(patterns)
    assert index.candidates(frozenset({"sanktionen", "heute"})) == [0]
    assert index.candidates(frozenset({"handelsabkommen"})) == [1]
    assert index.candidates(frozenset({"abkommen"})) == [1, 4]
    assert index.candidates(frozenset({"strategische", "partnerschaft"})) == [2]
    assert index.candidates(frozenset({"hold", "talks"})) == [3]  # filed under its anchor, "hold"
    assert index.candidates(frozenset({"abzug"})) == [4]
    assert index.candidates(frozenset({"heute", "gestern"})) == []
    for vocabulary in ({"sanktion"}, {"abkommen"}, {"partner"}, {"truppenabzug", "hold"}):
        could = [i for i, p in enumerate(patterns) if p.could_match(frozenset(vocabulary))]
        assert set(could) <= set(index.candidates(frozenset(vocabulary))), vocabulary


def test_a_quotation_mark_between_two_words_of_a_phrase_is_passed_over() -> None:
    # 'was "reckless"', 'est « inacceptable »': the marks are no word of the phrase; two words are needed around them
    assert _matches("(be|was) reckless", 'was " reckless "')
    assert _matches("(be|was) reckless", "was « reckless »")
    assert not _matches("(be|was) reckless", 'was " very reckless "')
    assert not _matches("(be|was) reckless", "was , reckless")

"""Rule files are validated on load, with errors that name the file and line."""

from __future__ import annotations

import pytest

from realpolitik.errors import DataFileError
from realpolitik.events.cameo import PLOVER_TYPES, codebook
from realpolitik.events.patterns import compile_patterns
from realpolitik.events.rules import available_languages, load_rules, parse_rules

GOOD_HEAD = "language: xx\nversion: '1'\ngrammar: {}\nrules:\n"


def test_shipped_rule_files_load() -> None:
    assert {"de", "en"} <= set(available_languages())
    for lang in available_languages():
        ruleset = load_rules(lang)
        assert ruleset is not None and ruleset.rules


@pytest.mark.parametrize("lang", ["de", "en", "es", "fr", "ru"])
def test_every_cameo_root_and_plover_type_reachable(lang: str) -> None:
    rules = load_rules(lang).rules
    roots = {r.cameo[:2] for r in rules}
    assert roots == {f"{n:02d}" for n in range(1, 21)}, sorted(roots)
    assert {r.plover for r in rules} == set(PLOVER_TYPES)


@pytest.mark.parametrize("lang", ["de", "en", "es", "fr", "ru"])
def test_every_rule_has_an_example(lang: str) -> None:
    missing = [r.id for r in load_rules(lang).rules if not r.examples]
    assert not missing, f"rules without examples in {lang}: {missing}"


def test_unknown_cameo_code_names_the_line() -> None:
    text = GOOD_HEAD + "  - id: a\n    cameo: '057'\n    when: [sign]\n  - id: b\n    cameo: '999'\n    when: [x]\n"
    with pytest.raises(DataFileError) as info:
        parse_rules(text, "mine.yaml")
    assert info.value.path == "mine.yaml" and info.value.line == 8
    assert "999" in str(info.value)


def test_duplicate_rule_id_and_bad_pattern_are_refused() -> None:
    with pytest.raises(DataFileError, match="duplicate"):
        parse_rules(GOOD_HEAD + "  - {id: a, cameo: '057', when: [x]}\n  - {id: a, cameo: '057', when: [y]}\n", "f")
    with pytest.raises(DataFileError, match="gap"):
        parse_rules(GOOD_HEAD + "  - {id: a, cameo: '057', when: ['... x']}\n", "f")


def test_broken_yaml_is_a_data_file_error() -> None:
    with pytest.raises(DataFileError, match="not valid YAML"):
        parse_rules("rules: [\n", "broken.yaml")


def test_codebook_has_goldstein_and_plover_for_coded_roots() -> None:
    book = codebook()
    assert book["057"].plover == "AGREE" and book["057"].goldstein == 8.0
    assert book["190"].plover == "ASSAULT" and book["190"].quad_class == 4
    assert book["1622"].plover == "SANCTION"


@pytest.mark.parametrize("lang", available_languages())
def test_pattern_index_lets_through_every_pattern_that_could_match(lang: str) -> None:
    """The index only narrows the search: for each rule's own examples, every pattern that could match the
    sentence's forms is among the index's candidates."""
    from realpolitik.events.clause_forms import token_forms
    from realpolitik.language import split_sentences

    ruleset = load_rules(lang)
    for rule in ruleset.rules:
        for example in rule.examples:
            for sentence in split_sentences(example["text"], lang):
                vocabulary = frozenset().union(*token_forms(sentence, ruleset.grammar))
                allowed = {id(p) for _rule, p in ruleset.candidates(vocabulary)}
                assert all(id(p) in allowed for r in ruleset.rules for p in r.patterns if p.could_match(vocabulary))


def test_wildcards_match_like_their_words() -> None:
    (pattern,) = compile_patterns("*abkommen|sanktion*|*partner* ... schließen")
    assert pattern.could_match(frozenset({"handelsabkommen", "schließen"}))
    assert pattern.could_match(frozenset({"sanktionen", "schließen"}))
    assert pattern.could_match(frozenset({"strategische", "partnerschaft", "schließen"}))
    assert not pattern.could_match(frozenset({"abkommens", "schließen"}))
    assert not pattern.could_match(frozenset({"handelsabkommen"}))


@pytest.mark.parametrize("lang", ["de", "en", "es", "fr", "ru"])
def test_no_pattern_word_holds_a_hyphen(lang: str) -> None:
    """The tokenizer splits "contre-mesure" into three tokens, so a pattern word with an inner hyphen never
    matches: such a word is written with spaces ("contre - mesure*", "cessez - le - feu")."""
    dead = sorted({(rule.id, word.text) for rule in load_rules(lang).rules for pattern in rule.patterns
                   for slot in pattern.slots if slot is not None for word in slot.words
                   if "-" in word.text.strip("-")})
    assert not dead, f"{lang}: pattern words that cannot match: {dead}"


@pytest.mark.parametrize(("lexicons", "line"), [
    # the second class has a phrase for a word: its own line, not the section's
    ("lexicons:\n  judged: [illegal, unfair]\n  # a comment\n  wrong: [illegal, politically motivated]\n", 7),
    # a class that is one word, not a list, written as a block below its key
    ("lexicons:\n  judged:\n    - illegal\n  wrong:\n    illegal\n", 7),
    # a section that is no mapping: the section's line
    ("lexicons: [illegal]\n", 4),
])
def test_a_malformed_lexicon_class_names_its_line(tmp_path, lexicons: str, line: int) -> None:
    path = tmp_path / "xx.yaml"
    path.write_text(GOOD_HEAD.replace("rules:\n", lexicons + "rules:\n") + "  - {id: a, cameo: '057', when: [x]}\n",
                    encoding="utf-8")
    with pytest.raises(DataFileError, match="lexicon") as info:
        parse_rules(path.read_text(encoding="utf-8"), str(path))
    assert info.value.path == str(path) and info.value.line == line

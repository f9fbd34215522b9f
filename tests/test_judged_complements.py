"""A verdict told by a verb of calling or judging and a complement of a judging class (`lexicons` in the rule files,
events/rule_lexicons.py), and an act laid at a party's door by a participle of attribution (events/voice.py).

The sentences are written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from extracted import country_keys
from realpolitik.errors import DataFileError
from realpolitik.events.rule_lexicons import expand, read_lexicons
from realpolitik.events.rules import parse_rules


def _keys(text: str, lang: str) -> set[tuple]:
    return country_keys(text, lang, published=date(2025, 6, 1), kind="cameo")


def test_a_lexicon_stands_for_its_members_as_one_word_choice() -> None:
    lexicons = read_lexicons({"wrong": ["illegal", "unfair", "illegal"]}, "x.yaml")
    assert expand("call (it|the) ... @wrong", lexicons) == "call (it|the) ... illegal|unfair"


def test_an_unknown_or_malformed_lexicon_is_refused() -> None:
    with pytest.raises(ValueError, match="@missing"):
        expand("call ... @missing", {})
    with pytest.raises(DataFileError):
        read_lexicons({"wrong": ["politically motivated"]}, "x.yaml")


def test_a_rule_file_names_its_lexicon_in_a_pattern() -> None:
    text = """
language: en
version: "1"
grammar: {}
lexicons:
  judged: [illegal, unfair]
rules:
  - id: verdict
    cameo: "111"
    when: ["call ... @judged"]
"""
    ruleset = parse_rules(text, "test.yaml")
    (pattern,) = ruleset.rules[0].patterns
    assert "unfair" in repr(pattern) and "@" not in repr(pattern)


@pytest.mark.parametrize(("lang", "text", "key"), [
    # a move named before the verdict, in apposition or a relative: its author is judged
    ("en", "Kenya raised its levies on Ugandan sugar, a move Kampala called unfair and discriminatory.",
     ("UGA", "KEN", "111")),
    ("en", "Venezuela, whose government the Honduran president has called a dictatorship, was not invited.",
     ("HND", "VEN", "111")),
    ("es", "Un destructor chileno cruzó el estrecho, en un tránsito que Bolivia describió como una provocación.",
     ("BOL", "CHL", "111")),
    ("en", "The Kremlin called the Estonian decision a fraud.", ("RUS", "EST", "111")),
    ("en", "The Chilean president called the Argentine decision brave.", ("CHL", "ARG", "051")),
    ("de", "Der polnische Regierungschef nannte die Haltung Ungarns schrecklich.", ("POL", "HUN", "111")),
    ("fr", "La semaine dernière, le Maroc a relevé ses droits de douane sur l'acier tunisien, une mesure que Tunis "
           "a jugée discriminatoire.", ("TUN", "MAR", "111")),
    ("ru", "Президент Узбекистана назвал Казахстан братской страной.", ("UZB", "KAZ", "051")),
    ("ru", "Президент Казахстана назвал решение Киргизии смелым.", ("KAZ", "KGZ", "051")),
])
def test_a_judging_complement_tells_a_verdict_of_its_polarity(lang: str, text: str, key: tuple) -> None:
    assert key in _keys(text, lang)


@pytest.mark.parametrize(("lang", "text", "absent"), [
    # a party calls its own talks constructive: no praise of the other side
    ("en", "Kenya's trade minister met US officials and called the talks constructive.", "051"),
    # charges called absurd are denied, not a verdict on an act
    ("de", "Die Vorwürfe Kanadas nannte das indische Außenministerium absurd.", "111"),
])
def test_outside_the_class_no_verdict(lang: str, text: str, absent: str) -> None:
    assert absent not in {cameo for _, _, cameo in _keys(text, lang)}


def test_an_act_attributed_by_a_participle_is_the_subjects_accusation() -> None:
    text = "La Pologne a expulsé deux diplomates russes après un sabotage imputé à la Russie."
    assert ("POL", "RUS", "112") in _keys(text, "fr")


def test_an_attribution_in_a_relative_clause_with_its_own_subject_pronoun() -> None:
    text = "Poland expelled two Russian diplomats over acts of sabotage it blamed on Russian services."
    assert ("POL", "RUS", "112") in _keys(text, "en")


def test_a_passive_attribution_names_no_accuser() -> None:
    assert _keys("L'attaque a été imputée à la Russie.", "fr") == set()

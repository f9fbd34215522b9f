"""Roles from a dependency parse (events/roles_dep.py): read from hand-written parses, so no spaCy is needed,
and the coder's fallback when no parser model is installed."""

from __future__ import annotations

import pytest

import realpolitik
from realpolitik.events import roles_dep
from realpolitik.events.roles import Group, Roles
from realpolitik.events.roles_dep import Parse, dep_roles, parser_for, refine
from realpolitik.events.rules import load_rules
from realpolitik.model import ActorMention


def _parse(rows: str) -> Parse:
    """One "word head dep" triple per token, heads 0-based, the root its own head."""
    words, heads, deps = [], [], []
    for row in rows.strip().splitlines():
        word, head, dep = row.split()
        words.append(word)
        heads.append(int(head))
        deps.append(dep)
    return Parse(heads=tuple(heads), deps=tuple(deps), words=tuple(words), index=tuple(range(len(words))))


def _group(code: str, start: int, end: int | None = None) -> Group:
    end = start + 1 if end is None else end
    mention = ActorMention(code=code, surface=code, start=0, end=0, token_start=start, token_end=end,
                           country=code[:3])
    return Group(members=[mention], start=start, end=end)


def _rule(lang: str, rule_id: str):
    ruleset = load_rules(lang)
    return next(r for r in ruleset.rules if r.id == rule_id), ruleset.grammar


# "Le Mali a déclaré que la Russie avait menacé la France ."
REPORTED = _parse("""
Le 1 det
Mali 3 nsubj
a 3 aux:tense
déclaré 3 root
que 8 mark
la 6 det
Russie 8 nsubj
avait 8 aux:tense
menacé 3 ccomp
la 10 det
France 8 obj
. 3 punct
""")


def test_the_subject_of_the_trigger_s_own_clause_acts_not_the_speaker():
    rule, grammar = _rule("fr", "threaten")
    mali, russia, france = _group("MLI", 1), _group("RUS", 6), _group("FRA", 10)
    source, target = dep_roles(REPORTED, [mali, russia, france], (8,), rule, grammar)
    assert (source, target) == (russia, france)


def test_refine_replaces_what_the_parse_settles_and_keeps_the_rest():
    rule, grammar = _rule("fr", "threaten")
    mali, russia, france = _group("MLI", 1), _group("RUS", 6), _group("FRA", 10)
    roles = Roles(sources=list(mali.members), targets=list(france.members), from_outside_clause=True)
    refined = refine(roles, REPORTED, [mali, russia, france], (8,), rule, grammar)
    assert [m.code for m in refined.sources] == ["RUS"]
    assert [m.code for m in refined.targets] == ["FRA"]
    assert not refined.from_outside_clause


def test_a_passive_subject_is_the_target_and_the_agent_the_source():
    # "La France a été attaquée par la Russie ."
    parse = _parse("""
    La 1 det
    France 4 nsubj:pass
    a 4 aux:tense
    été 4 aux:pass
    attaquée 4 root
    par 7 case
    la 7 det
    Russie 4 obl:agent
    . 4 punct
    """)
    rule, grammar = _rule("fr", "attack")
    france, russia = _group("FRA", 1), _group("RUS", 7)
    assert dep_roles(parse, [france, russia], (4,), rule, grammar) == (russia, france)


def test_a_relative_clause_takes_its_subject_from_the_noun_it_hangs_on():
    # "La Russie , qui a menacé la France , ..."
    parse = _parse("""
    La 1 det
    Russie 1 root
    , 5 punct
    qui 5 nsubj
    a 5 aux:tense
    menacé 1 acl:relcl
    la 7 det
    France 5 obj
    """)
    rule, grammar = _rule("fr", "threaten")
    russia, france = _group("RUS", 1), _group("FRA", 7)
    assert dep_roles(parse, [russia, france], (5,), rule, grammar) == (russia, france)


def test_a_noun_trigger_is_left_to_the_shallow_reader():
    # "La France a condamné l' offensive de la Russie ." with "offensive" as the trigger: a noun, no clause
    parse = _parse("""
    La 1 det
    France 3 nsubj
    a 3 aux:tense
    condamné 3 root
    l' 5 det
    offensive 3 obj
    de 8 case
    la 8 det
    Russie 5 nmod
    """)
    rule, grammar = _rule("fr", "attack")
    assert dep_roles(parse, [_group("FRA", 1), _group("RUS", 8)], (5,), rule, grammar) == (None, None)


def test_no_parser_without_the_environment_variable(monkeypatch):
    monkeypatch.delenv(roles_dep.ENV, raising=False)
    assert parser_for("fr") is None


def test_a_folder_without_a_usable_model_falls_back_to_the_shallow_reader(tmp_path, monkeypatch):
    text = "La Russie a menacé la France."
    monkeypatch.delenv(roles_dep.ENV, raising=False)
    before = [(e.source, e.target, e.cameo) for e in realpolitik.extract(text, lang="fr")]
    (tmp_path / "fr").mkdir()  # a folder, but no pipeline in it
    monkeypatch.setenv(roles_dep.ENV, str(tmp_path))
    roles_dep.load_parser.cache_clear()
    assert parser_for("fr") is None
    assert parser_for("de") is None  # no folder at all
    assert [(e.source, e.target, e.cameo) for e in realpolitik.extract(text, lang="fr")] == before == [
        ("RUS", "FRA", "130")]


@pytest.fixture(autouse=True)
def _fresh_cache():
    roles_dep.load_parser.cache_clear()
    yield
    roles_dep.load_parser.cache_clear()


def test_the_parser_is_looked_up_once_a_document(tmp_path, monkeypatch):
    """Inside one document's extraction the environment is read once per language; the next document reads it
    again (a parser folder named between two documents counts from the second)."""
    from realpolitik.per_document import per_document

    reads = []
    monkeypatch.setattr(roles_dep, "model_folder", lambda: reads.append(1) or tmp_path)
    monkeypatch.setattr(roles_dep, "load_parser", lambda folder, lang: (folder, lang))
    with per_document():
        assert parser_for("fr") == parser_for("fr") == (str(tmp_path), "fr")
        assert parser_for("de") == (str(tmp_path), "de")
        assert len(reads) == 2
    monkeypatch.setattr(roles_dep, "model_folder", lambda: None)
    with per_document():
        assert parser_for("fr") is None
    assert parser_for("fr") is None  # outside a document: asked every time

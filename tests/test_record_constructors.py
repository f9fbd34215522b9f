"""The dataclasses built per sentence, mention or trigger write their own `__init__` (realpolitik/compiled.py: mypyc
compiles a written one and calls it natively, where it leaves a dataclass's generated one interpreted). A field added
to such a class must be added to its `__init__` too, or a compiled record leaves it unset: the two lists must agree,
name for name and default for default, and a record built with every field named must equal one built in order."""

from __future__ import annotations

import dataclasses
import inspect

import pytest

from realpolitik.actors.compose import Reading
from realpolitik.actors.matcher import Hit
from realpolitik.actors.reference.history import Seen
from realpolitik.events.article import Fill, NamedAgain
from realpolitik.events.confidence import Cues
from realpolitik.events.modality import ModalReading
from realpolitik.events.roles_base import Group, Roles, Site
from realpolitik.events.rules import load_rules
from realpolitik.events.triggers import TriggerMatch
from realpolitik.mentions import ActorMention, Sentence
from realpolitik.relations.sentence import CueMatch, SentenceView
from realpolitik.relations.ties import Found

WRITTEN = [ActorMention, Sentence, Group, Roles, Site, TriggerMatch, Cues, ModalReading, Hit, Reading, Seen, Fill,
           NamedAgain, Found, CueMatch, SentenceView]


@pytest.mark.parametrize("cls", WRITTEN, ids=lambda c: c.__name__)
def test_the_written_init_takes_every_field_with_its_default(cls: type) -> None:
    assert not cls.__dataclass_params__.init  # type: ignore[attr-defined]  # the class's own __init__ is kept
    try:
        parameters = list(inspect.signature(cls.__init__).parameters.values())[1:]
    except ValueError:
        parameters = []
    if not parameters or parameters[0].kind == inspect.Parameter.VAR_POSITIONAL:
        pytest.skip("compiled: mypyc shows (*args, **kwargs); the plain suite checks the signature")
    fields = [f for f in dataclasses.fields(cls) if f.init]
    assert [p.name for p in parameters] == [f.name for f in fields]
    for p, f in zip(parameters, fields, strict=True):
        if f.default_factory is not dataclasses.MISSING:  # None stands for a new one (a list, never shared)
            assert p.default is None, f.name
        else:
            assert p.default == (inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default), f.name


def test_a_field_with_a_factory_gets_a_new_one_each_time() -> None:
    first, second = Roles(), Roles()
    first.sources.append(ActorMention("RUS", "Russia", 0, 6, 0, 1))
    assert second.sources == [] and first.sources is not second.sources and Roles().targets == []
    assert Sentence("Hi.", 0, 3, 0).tokens == [] and Sentence("Hi.", 0, 3, 0).tokens is not Sentence("", 0, 0, 0).tokens


def test_records_compare_copy_and_show_as_dataclasses() -> None:
    russia = ActorMention("RUS", "Russia", 0, 6, 0, 1, country="RUS")
    named = ActorMention(code="RUS", surface="Russia", start=0, end=6, token_start=0, token_end=1, country="RUS")
    assert russia == named and russia.kind == "country" and russia.resolved and not russia.genitive
    moved = dataclasses.replace(russia, token_start=-1, note="named before")
    assert (moved.token_start, moved.note, moved.code, russia.token_start) == (-1, "named before", "RUS", 0)
    assert repr(russia).startswith("ActorMention(code='RUS', surface='Russia', start=0")
    group = Group([russia], 0, 1)
    assert group == Group(members=[named], start=0, end=1) and group.free
    assert dataclasses.replace(group, marker="against").marker == "against"
    assert ModalReading("plan") == ModalReading("plan", None, None)
    assert hash(ModalReading("threat", "threat", (1, 2))) == hash(ModalReading("threat", "threat", (1, 2)))
    with pytest.raises(dataclasses.FrozenInstanceError):
        ModalReading("plan").modality = "asserted"  # type: ignore[misc]


def test_a_trigger_match_knows_its_span_and_compares_without_it() -> None:
    rule = load_rules("en").rules[0]  # type: ignore[union-attr]
    match = TriggerMatch(rule, (4, 2, 3), 2)
    assert match.span == (2, 5)
    assert match == TriggerMatch(rule=rule, tokens=(4, 2, 3), weight=2)
    assert "span" not in repr(match)


def test_a_site_keeps_its_defaults_and_copies_with_replace() -> None:
    rules = load_rules("en")
    assert rules is not None
    rule = rules.rules[0]
    site = Site([], (1, 2), (0, 5), [], rule, rules.grammar, False, False, [frozenset({"x"})] * 5)
    assert site.other_triggers == frozenset() and site.vocabulary is None and site.attributes == ()
    other = dataclasses.replace(site, acts=frozenset({3}))
    assert other.acts == frozenset({3}) and other.trigger == (1, 2) and other.rule is rule and site.acts == frozenset()

"""Which events with no target named ask the article for one (events/article_fill._wants_target): every mediating
rule (a mediation, 045, or an offer of one, 039) does, also where its rule lets the act stand with no side named, as
the French and Spanish offer rules do ("a proposé sa médiation", "ofreció su mediación"); another rule that needs no
target asks nothing. The rules are each language's own, the events of the article made here."""

from __future__ import annotations

from dataclasses import replace

import pytest

from realpolitik.events.article_fill import fill_from_context
from realpolitik.events.roles_base import Roles
from realpolitik.events.rules import Rule, load_rules
from realpolitik.model import ActorMention, Event


def _rule(lang: str, rule_id: str) -> Rule:
    return next(r for r in load_rules(lang).rules if r.id == rule_id)


def _filled(rule: Rule) -> set[str]:
    """The targets the article gives China's act after Thailand fired on Cambodia."""
    fired = Event(doc_id="d", source="THA", target="KHM", cameo="190", plover="ASSAULT", goldstein=-10.0,
                  quad_class=4, evidence="", evidence_start=0, evidence_end=10, rule="fight", ruleset_version="t")
    china = ActorMention(code="CHN", surface="China", start=20, end=25, token_start=0, token_end=1, country="CHN")
    roles = Roles(sources=[china])
    fill_from_context(roles, rule, [fired], pronoun=False)
    return {m.code for m in roles.targets}


@pytest.mark.parametrize(("lang", "rule_id"), [
    ("fr", "offer_mediation"), ("es", "offer_mediation"),  # their rules let the offer stand with no side
    ("en", "offer_mediation"), ("de", "mediate"), ("ru", "mediate"),
])
def test_a_mediating_rule_gets_its_sides_from_the_article(lang: str, rule_id: str) -> None:
    assert _filled(_rule(lang, rule_id)) == {"THA", "KHM"}


@pytest.mark.parametrize("lang", ["de", "en", "es", "fr", "ru"])
def test_a_mediation_whose_rule_needs_no_target_still_gets_its_sides(lang: str) -> None:
    """The class, not the rules written so far: a mediation rule that let its target be absent would still stand
    between the two who fight."""
    rule = replace(_rule(lang, "mediate"), target_required=False)
    assert _filled(rule) == {"THA", "KHM"}


def test_another_rule_that_needs_no_target_asks_the_article_nothing() -> None:
    rule = _rule("en", "show_of_force")
    assert not rule.target_required
    assert _filled(rule) == set()

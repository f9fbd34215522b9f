"""Every example written in a rule file is run through the whole pipeline.

An example's `expect` lists [source, target, cameo] (plus "negated"); a
three-letter code matches any agent of that country, as in EVAL.md scoring.
`expect: []` means the sentence must yield no event.
"""

from __future__ import annotations

from datetime import date

import pytest

from realpolitik.events.rules import available_languages, load_rules
from realpolitik.model import Document
from realpolitik.pipeline import extract_document


def _examples():
    for lang in available_languages():
        ruleset = load_rules(lang)
        for rule in ruleset.rules:
            for n, example in enumerate(rule.examples):
                yield pytest.param(lang, rule.id, example, id=f"{lang}-{rule.id}-{n}")


def _same_actor(expected: str | None, found: str | None) -> bool:
    if expected is None or found is None:
        return expected is found
    return found[:3] == expected if len(expected) == 3 else found == expected


@pytest.mark.parametrize(("lang", "rule_id", "example"), list(_examples()))
def test_rule_example(lang: str, rule_id: str, example: dict) -> None:
    published = date.fromisoformat(example["published"]) if example.get("published") else date(2025, 6, 1)
    doc = Document(id="example", text=example["text"], lang=lang, published=published)
    events = extract_document(doc).events
    found = [(e.source, e.target, e.cameo, e.negated) for e in events]
    if not example["expect"]:
        assert found == [], f"expected no event, got {found}"
    for expected in example["expect"]:
        source, target, cameo = expected[:3]
        negated = "negated" in expected[3:]
        assert any(
            _same_actor(source, s) and _same_actor(target, t) and c == cameo and n == negated
            or cameo_symmetric(cameo) and _same_actor(source, t) and _same_actor(target, s) and c == cameo
            and n == negated
            for s, t, c, n in found
        ), f"{rule_id}: expected {expected} in {found}"


def cameo_symmetric(cameo: str) -> bool:
    from realpolitik.events.cameo import SYMMETRIC_TYPES, lookup

    return lookup(cameo).plover in SYMMETRIC_TYPES

"""Extras that long articles make at first contact (round 48, precision48): what the fixes read, on sentences of our
own (none from a set), each beside a phrasing the fix must leave alone."""

from __future__ import annotations

from extracted import facts


def test_concern_over_a_situation_charges_no_one_the_article_named_before() -> None:
    # "besorgt über die Lage", "preocupación por la situación", "обеспокоенность эскалацией": a state of affairs is
    # no one's conduct (EVAL.md: concern about another's conduct); the article supplies no culprit for it
    # (verdict_objects.situation_judged, the language's situation_nouns)
    cases = [
        ("Russland griff am Montag Ziele in der Ukraine an. Polen zeigte sich besorgt über die Lage.", "de"),
        ("Russia struck targets in Ukraine on Monday. Poland voiced concern over the escalation.", "en"),
        ("Rusia atacó el lunes objetivos en Ucrania. Chile expresó su preocupación por la situación.", "es"),
        ("La Russie a frappé lundi des cibles en Ukraine. La Pologne s'est dite préoccupée par la situation.", "fr"),
        ("Россия нанесла удары по Украине. Польша выразила обеспокоенность эскалацией.", "ru"),
    ]
    for text, lang in cases:
        keys = facts(text, lang)
        assert ("RUS", "UKR", "ASSAULT", False) in keys, text
        assert not any(k[2] == "ACCUSE" for k in keys), text


def test_concern_over_conduct_or_a_situation_with_its_party_still_accuses() -> None:
    # conduct named by a noun ("das Vorgehen", "los ataques", "действиями Москвы") judges its author, as before
    assert ("POL", "RUS", "ACCUSE", False) in facts(
        "Russland griff am Montag Ziele in der Ukraine an. Polen zeigte sich besorgt über das Vorgehen.", "de")
    assert ("CHL", "RUS", "ACCUSE", False) in facts(
        "Rusia atacó el lunes objetivos en Ucrania. Chile expresó su preocupación por los ataques.", "es")
    assert ("POL", "RUS", "ACCUSE", False) in facts(
        "Россия нанесла удары по Украине. Польша выразила обеспокоенность действиями Москвы.", "ru")
    assert ("POL", "RUS", "ACCUSE", False) in facts(
        "Russia struck targets in Ukraine on Monday. Poland condemned the attack.", "en")
    # a situation whose party the sentence names: that party is the one judged
    assert ("ESP", "RUS", "ACCUSE", False) in facts("Madrid expresó su preocupación por la escalada militar de Rusia.",
                                                     "es")

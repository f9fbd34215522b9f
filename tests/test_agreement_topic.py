"""The cooperation a signed document is about (round 58, extras58): "signed a memorandum on defence cooperation",
"a signé une déclaration de coopération militaire", "подписали программу экономического сотрудничества" tell one act,
the signing (AGREE 057); the cooperation the document plans is not yet done, so no COOPERATE beside it. The
studied gold codes only the AGREE in every such sentence (wire-en13-009, relwire5-en-002, relwire7-en-003,
relwire6-fr-003, relwire3-ru-004, relwire12-ru-003, wire-ru3-005, relwire7-ru-002). The rules already read the
order "signed a defence cooperation agreement" and "a signé un accord de coopération militaire" so; these are the
other orders and nouns. Sentences of our own."""

from __future__ import annotations

import pytest

from extracted import facts, read_as_all


@pytest.mark.parametrize(("text", "lang", "expected", "wrong"), [
    # English: the document named first, the cooperation after "on" or "for"
    ("Chile and Peru signed a memorandum on defence cooperation on Tuesday.", "en",
     [("CHL", "PER", "AGREE", False)], [("CHL", "PER", "COOPERATE", False)]),
    ("Kenya and Ethiopia signed a five-year framework for military cooperation in Nairobi.", "en",
     [("KEN", "ETH", "AGREE", False)], [("KEN", "ETH", "COOPERATE", False)]),
    ("The parliament of Ghana ratified an agreement on security cooperation with Togo.", "en",
     [("GHA", "TGO", "AGREE", False)], [("GHA", "TGO", "COOPERATE", False)]),
    # French: a declaration or a programme "de coopération", as the accord already is
    ("Le Pérou a signé lundi avec la Bolivie une déclaration de coopération militaire.", "fr",
     [("PER", "BOL", "AGREE", False)], [("PER", "BOL", "COOPERATE", False)]),
    ("Le Sénégal et la Gambie ont adopté un programme de coopération militaire pour trois ans.", "fr",
     [("SEN", "GMB", "AGREE", False)], [("SEN", "GMB", "COOPERATE", False)]),
    # Russian: the programme of cooperation, with or without "развития"
    ("Чили и Перу подписали во вторник программу экономического сотрудничества до 2030 года.", "ru",
     [("CHL", "PER", "AGREE", False)], [("CHL", "PER", "COOPERATE", False)]),
    ("Египет и Судан подписали программу развития военного сотрудничества.", "ru",
     [("EGY", "SDN", "AGREE", False)], [("EGY", "SDN", "COOPERATE", False)]),
])
def test_the_cooperation_a_document_is_about_is_no_act(text: str, lang: str, expected: list, wrong: list) -> None:
    read_as_all(facts(text, lang), expected, wrong)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # cooperation that happens stays cooperation
    ("Chile and Peru stepped up defence cooperation with joint naval drills.", "en",
     ("CHL", "PER", "COOPERATE", False)),
    ("La Tunisie a renforcé sa coopération militaire avec l'Algérie.", "fr", ("TUN", "DZA", "COOPERATE", False)),
])
def test_cooperation_done_stays_cooperation(text: str, lang: str, expected: tuple) -> None:
    assert expected in facts(text, lang)


def test_restrictions_on_cooperation_lifted_are_no_signing() -> None:
    found = facts("France lifted restrictions on military cooperation with Chad on Tuesday.", "en")
    assert not any(key[2] == "AGREE" for key in found), found

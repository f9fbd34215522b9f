"""What round 66's studied German set (fresh66a_de) and the studied German material showed the coder printing that no
studied gold codes: an act noun in a phrase of time or cause ("nach türkischen Luftangriffen", "bei Gesprächen in
Washington") printed as negated by the main verb's negation after it. Tested with sentences written for this file,
not taken from any set."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import facts

ON = date(2026, 9, 8)


@pytest.mark.parametrize(("text", "act", "negated_main"), [
    ("Paris hatte nach russischen Luftangriffen auf Odessa keine neuen Visa für Diplomaten mehr ausgestellt.",
     ("RUS", "UKR", "ASSAULT"), None),
    ("Chile hat sich bei Gesprächen in Lima am Montag nicht mit Peru auf neue Fangquoten einigen können.",
     ("CHL", "PER", "CONSULT"), ("CHL", "PER", "AGREE")),
    ("Wegen der israelischen Luftangriffe auf Beirut hat Madrid seine Botschaft in Tel Aviv nicht geschlossen.",
     ("ISR", "LBN", "ASSAULT"), None),
])
def test_an_act_noun_in_a_phrase_of_time_or_cause_is_not_negated_by_the_main_verb(
        text: str, act: tuple, negated_main: tuple | None) -> None:
    """"Berlin hatte im Februar nach türkischen Luftangriffen auf Stellungen der SDF ... keine neuen
    Ausfuhrgenehmigungen mehr erteilt" (fresh66a-de-002), "hat sich bei Gesprächen in Washington ... nicht mit den
    USA ... einigen können" (multiparty-de-026): the strikes and the talks took place (the gold codes both, not
    negated); the negation after them is the main verb's. The main verb's own act stays negated."""
    keys = facts(text, "de", ON)
    assert (*act, False) in keys, keys
    assert (*act, True) not in keys, keys
    if negated_main is not None:
        assert (*negated_main, True) in keys, keys


@pytest.mark.parametrize(("text", "key"), [
    ("Die Türkei hat die Republik Zypern nicht anerkannt.", ("TUR", "CYP", "SUPPORT", True)),
    ("Deutschland hat nach eigenen Angaben keine Waffen an Israel geliefert.", ("DEU", "ISR", "AID", True)),
    ("Indien hat sich den Sanktionen gegen Russland nicht angeschlossen.", ("IND", "RUS", "SANCTION", True)),
    ("Ein Treffen der beiden Außenminister kam nicht zustande.", None),
])
def test_a_negated_act_outside_such_a_phrase_stays_negated(text: str, key: tuple | None) -> None:
    """The narrowing reads only a one-word act noun after a preposition of time or cause: a negated verb, a noun
    that is the negated verb's object ("den Sanktionen ... nicht angeschlossen") and a meeting that did not take
    place keep their negation."""
    keys = facts(text, "de", ON)
    if key is None:
        assert not {k for k in keys if k[2] == "CONSULT" and not k[3]}, keys
    else:
        assert key in keys, keys

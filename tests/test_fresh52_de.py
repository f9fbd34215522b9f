"""Round 52's studied fresh German set (eval/gold/fresh52a_de.jsonl, written as real news is written) showed these
ways of saying an act unread or misread; the sentences here are written for this file, none taken from the set, and
each fix has one it must leave alone. Set b (fresh52b_de) is sealed: nothing here comes from it."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from extracted import shown_keys

_on = date(2026, 6, 3)


@pytest.mark.parametrize(("text", "lang", "key"), [
    ("Der Sprecher des Außenministeriums in Peking, Mao Ning, warf Manila Provokationen vor.", "de",
     ("CHN", "PHL", "ACCUSE")),
    ("Die Sprecherin des Außenministeriums in Moskau, Maria Sacharowa, warf Paris Einmischung vor.", "de",
     ("RUS", "FRA", "ACCUSE")),
    ("El portavoz de la Cancillería china, Lin Jian, acusó a Manila de provocaciones.", "es", ("CHN", "PHL", "ACCUSE")),
])
def test_a_speaker_for_an_office_named_with_its_holder_speaks_for_its_state(text: str, lang: str, key: tuple) -> None:
    """"Die Sprecherin des Außenministeriums in Moskau, Maria Sacharowa, warf Paris ... vor": the office and its holder
    in apposition are one body of the state, and the speaker before them its subject, not a target."""
    shown = shown_keys(text, lang=lang, published=_on)
    assert key in shown and (key[1], key[0], key[2]) not in shown, shown


def test_a_speaker_for_a_state_s_office_is_unchanged() -> None:
    """The plain form, the state's adjective on the ministry, was read before and still is."""
    shown = shown_keys("Der Sprecher des chinesischen Außenministeriums, Lin Jian, warf Japan Blockpolitik vor.",
                       lang="de", published=_on)
    assert ("CHN", "JPN", "ACCUSE") in shown, shown


_de = partial(shown_keys, lang="de", published=_on)


@pytest.mark.parametrize("verb", ["drohte der Kommissar", "warnte die Kommissarin"])
def test_a_consequence_framed_by_a_verb_of_threatening_is_a_threat(verb: str) -> None:
    """"Sollte Jakarta ... nicht binnen einer Woche zurücknehmen, werde die EU die Zusammenarbeit ... aussetzen, drohte
    der Kommissar": the verb after the consequence makes it a threat aimed at the condition's party, though no speaker
    the dictionary knows is named; nothing was suspended."""
    shown = _de(f"Sollte Jakarta den Schritt nicht binnen einer Woche zurücknehmen, werde die EU die Zusammenarbeit "
                f"mit Indonesien aussetzen, {verb}.")
    assert ("EU", "IDN", "THREATEN") in shown and ("EU", "IDN", "SANCTION") not in shown, shown


def test_an_announced_decision_with_no_condition_stays_the_act() -> None:
    """"Die EU werde Sanktionen ... verhängen, sagte ...": an announced decision is coded as the act (EVAL.md)."""
    shown = _de("Die EU werde Sanktionen gegen Indonesien verhängen, sagte Ursula von der Leyen.")
    assert ("EU", "IDN", "SANCTION") in shown, shown

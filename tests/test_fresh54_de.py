"""Round 54's studied fresh German set (eval/gold/fresh54a_de.jsonl, written as real news is written) showed these
ways of saying an act as not told; the sentences here are written for this file, none taken from the set, and each
fix has one it must leave alone. Set b (fresh54b_de) is sealed: nothing here comes from it."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from extracted import shown_keys

_de = partial(shown_keys, lang="de", published=date(2026, 5, 15))


@pytest.mark.parametrize("disowned", ["eine Bestätigung gab es nicht", "bestätigt wurde das nicht",
                                      "eine offizielle Bestätigung dafür gab es nicht"])
def test_a_report_the_sentence_says_was_not_confirmed_is_no_fact(disowned: str) -> None:
    """"X soll Y ... gedrängt haben; eine Bestätigung gab es nicht": the writer does not vouch for the report, and
    the own gold codes none of the acts so told."""
    shown = _de(f"Ghanas Präsident soll Togo nach Angaben aus seinem Umfeld zur Mäßigung gedrängt haben; {disowned}.")
    assert ("GHA", "TGO", "REQUEST") not in shown, shown


def test_the_same_report_without_the_disowning_phrase_is_told() -> None:
    """"soll ... gedrängt haben" alone is reported speech, which the coder prints (a perfect infinitive is no plan)."""
    shown = _de("Ghanas Präsident soll Togo nach Angaben aus seinem Umfeld zur Mäßigung gedrängt haben.")
    assert ("GHA", "TGO", "REQUEST") in shown, shown


@pytest.mark.parametrize("partner", ["seinem ghanaischen Kollegen", "dem ghanaischen Außenminister"])
def test_a_meeting_between_two_sides_still_planned_is_no_fact(partner: str) -> None:
    """"Für Montag ist ein Telefonat zwischen X und seinem ghanaischen Kollegen geplant": the "und" after "zwischen"
    joins the two sides, not another verb, so "geplant" at the clause's end still governs the noun."""
    shown = _de(f"Für Montag ist ein Telefonat zwischen dem togoischen Außenminister und {partner} geplant.")
    assert ("TGO", "GHA", "CONSULT") not in shown and ("GHA", "TGO", "CONSULT") not in shown, shown


def test_a_talk_between_two_sides_held_is_told() -> None:
    """The same phrase of a call that took place is a fact."""
    shown = _de("Am Montag fand ein Telefonat zwischen dem togoischen Außenminister und seinem ghanaischen Kollegen "
                "statt.")
    assert ("TGO", "GHA", "CONSULT") in shown or ("GHA", "TGO", "CONSULT") in shown, shown


def test_a_round_of_talks_set_for_a_date_is_no_fact() -> None:
    """"Ein Treffen ... ist für Juni angesetzt": scheduled, not held (as "geplant")."""
    shown = _de("Ein Treffen der Präsidenten Togos und Ghanas ist für Juni in Accra angesetzt.")
    assert ("TGO", "GHA", "CONSULT") not in shown and ("GHA", "TGO", "CONSULT") not in shown, shown

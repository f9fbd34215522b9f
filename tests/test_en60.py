"""English readings of round 60 (en60): a gathering one is shut out of or skips is no meeting of one's own, and
appreciation of another's help is praise. Sentences of our own (none from the sets), each table with a phrasing the
change must leave alone."""

from __future__ import annotations

import pytest

from extracted import read_as, shown_keys


@pytest.mark.parametrize("text, expected, wrong", [
    # a body that keeps a member's rulers out of its gatherings sanctions that state (as "barred ... from" already
    # was); nobody meets
    # (told as done: "has kept ... out of its summits since the coup" is the membership's status, round 63)
    ("The African Union kept Mali's military leaders out of its summits after the coup.",
     ("AU", "MLI", "SANCTION"), ("AU", "MLI", "CONSULT")),
    ("The Arab League excluded Syria from its meetings for twelve years.",
     ("ARA", "SYR", "SANCTION"), ("ARA", "SYR", "CONSULT")),
    # one who skips a summit or stays away from a meeting meets nobody there
    ("The Indian prime minister flew home, skipping the BRICS summit in Rio.", None, ("IND", "BRICS", "CONSULT")),
    ("Turkey's foreign minister stayed away from the meeting of NATO ministers in Brussels.", None,
     ("TUR", "NATO", "CONSULT")),
    # left alone: a meeting attended, and a summit held
    ("The Indian prime minister met the Brazilian president at the BRICS summit in Rio.", ("IND", "BRA", "CONSULT"),
     None),
    ("Kenya and Uganda held a summit in Kampala.", ("KEN", "UGA", "CONSULT"), None),
])
def test_a_gathering_one_is_kept_from_or_skips_is_no_meeting(text: str, expected: tuple | None,
                                                             wrong: tuple | None) -> None:
    read_as(shown_keys(text, "en"), expected, wrong)


@pytest.mark.parametrize("text, expected, wrong", [
    ("Nepal said it appreciated the efforts of India and China after the earthquake.", ("NPL", "IND", "SUPPORT"),
     None),
    ("The Kenyan government appreciates Uganda's support during the crisis.", ("KEN", "UGA", "SUPPORT"), None),
    # left alone: a currency that appreciates praises nobody
    ("The yuan appreciated against the dollar after China cut tariffs on Japan.", None, ("CHN", "JPN", "SUPPORT")),
])
def test_appreciating_anothers_help_is_praise(text: str, expected: tuple | None, wrong: tuple | None) -> None:
    read_as(shown_keys(text, "en"), expected, wrong)



@pytest.mark.parametrize("text, expected, wrong", [
    ("Japan dispatched a navy ship carrying relief goods and tents to Tonga on Monday.", ("JPN", "TON", "AID"), None),
    ("Turkey dispatched two planes with food and medicine to Libya after the floods.", ("TUR", "LBY", "AID"), None),
    # left alone: warships dispatched carry no relief
    ("Russia dispatched two warships to Syria.", None, ("RUS", "SYR", "AID")),
])
def test_relief_dispatched_is_aid(text: str, expected: tuple | None, wrong: tuple | None) -> None:
    read_as(shown_keys(text, "en"), expected, wrong)

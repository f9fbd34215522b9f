"""Talks announced as wanted are the announcement (EVAL.md: "invitation, or announced plan to talk", AGREE 036): German
"kündigte an, mit X verhandeln zu wollen", "hatte angekündigt, den Dialog mit X wieder aufnehmen zu wollen" are
facts, not plans (events/modality._announced_talks, de.yaml modality `announced`); a trip so announced and talks
wanted with no announcement stay plans. Sentences of our own."""

from __future__ import annotations

import pytest

from extracted import country_keys, read_as

ANNOUNCED = [
    ("Die Regierung in Hanoi kündigte an, mit Kanada über ein Freihandelsabkommen verhandeln zu wollen.",
     ("VNM", "CAN", "036"), None),
    ("Der Außenminister kündigte am Montag an, Vietnam wolle mit Kanada über die Fischerei sprechen.",
     ("VNM", "CAN", "036"), None),
    ("Präsident Boric hatte im Wahlkampf angekündigt, den Dialog mit Bolivien wieder aufnehmen zu wollen.",
     ("CHL", "BOL", "036"), None),
    # a trip announced is still a plan, and talks wanted with no announcement too
    ("Präsident Boric hat angekündigt, im kommenden Jahr nach La Paz reisen zu wollen.", None, ("CHL", "BOL", "036")),
    ("Vietnam will mit Kanada über ein Freihandelsabkommen verhandeln.", None, ("VNM", "CAN", "036")),
]


@pytest.mark.parametrize(("text", "expected", "wrong"), ANNOUNCED)
def test_talks_announced_as_wanted_are_the_announcement(text: str, expected: tuple | None,
                                                        wrong: tuple | None) -> None:
    shown = {k for k in country_keys(text, "de", kind="cameo", factual_only=True)}
    read_as(shown, expected, wrong)

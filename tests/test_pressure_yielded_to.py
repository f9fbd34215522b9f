"""A threat told in the clause of another state's yielding ("hatte Mexiko nach einer Drohung Trumps eingelenkt",
"lenkte Kasachstan nach einer Drohung Moskaus ein") is the pressure yielded to: aimed at the one who yields, not at
whomever its author acted on last, and the yielding answers its author. Whole pipeline, own sentences."""

from __future__ import annotations

import pytest

from extracted import country_keys


@pytest.mark.parametrize(("text", "threat", "elsewhere"), [
    ("Die USA verhängten Visasperren gegen Beamte aus Ghana. Im März hatte Mexiko nach einer Drohung Trumps "
     "eingelenkt.", ("USA", "MEX", "THREATEN"), ("USA", "GHA", "THREATEN")),
    ("Russland griff die Ukraine an. Wenig später lenkte Kasachstan nach einer Drohung Moskaus ein.",
     ("RUS", "KAZ", "THREATEN"), ("RUS", "UKR", "THREATEN")),
])
def test_the_threat_is_aimed_at_the_one_who_yields(text: str, threat: tuple, elsewhere: tuple) -> None:
    keys = country_keys(text, "de")
    assert threat in keys and elsewhere not in keys, keys


def test_the_yielding_answers_the_threats_author() -> None:
    keys = country_keys("Die USA verhängten Visasperren gegen Beamte aus Ghana. Im März hatte Mexiko nach einer "
                        "Drohung Trumps eingelenkt.", "de")
    assert ("MEX", "USA", "CONCEDE") in keys, keys


def test_a_threat_with_no_yielding_keeps_its_reading() -> None:
    keys = country_keys("Russland griff die Ukraine an. Kurz darauf drohte Moskau erneut.", "de")
    assert ("RUS", "KAZ", "THREATEN") not in keys

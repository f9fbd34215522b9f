"""Round 62 (de62): German kinds of the studied German sets. Sentences of our own."""

from __future__ import annotations

import pytest

from extracted import shown_keys


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    # a response promised in reported speech ("werde ... reagieren|antworten|beantworten") threatens the party whose
    # act it answers, or the one its condition names
    ("Lettland wies am Montag drei russische Diplomaten aus. Russland werde darauf angemessen reagieren, sagte ein "
     "Sprecher in Moskau.", {("LVA", "RUS", "SANCTION"), ("RUS", "LVA", "THREATEN")}, set()),
    ("Sollte Vilnius die Grenze weiter geschlossen halten, werde Minsk entschlossen reagieren, erklärte das "
     "belarussische Außenministerium.", {("BLR", "LTU", "THREATEN")}, set()),
    ("Georgien verhängte Zölle auf armenischen Wein. Eriwan werde im gleichen Maß antworten, sagte der Minister.",
     {("ARM", "GEO", "THREATEN")}, set()),
    ("Die Türkei schloss ihren Luftraum für griechische Militärflugzeuge. Athen werde jede weitere Verletzung seiner "
     "Souveränität mit allen Mitteln beantworten, sagte der Regierungssprecher.", {("GRC", "TUR", "THREATEN")}, set()),
    # left alone: a reply to a letter, a question or an invitation is no threat
    ("Norwegen lud Island zu Gesprächen über die Fangquoten ein. Reykjavík werde auf die Einladung bald antworten, "
     "sagte die Außenministerin.", set(), {("ISL", "NOR", "THREATEN")}),
    ("Dänemark schickte der Regierung in Oslo einen Brief. Oslo werde die Fragen aus Kopenhagen beantworten, hieß es.",
     set(), {("NOR", "DNK", "THREATEN")}),
])
def test_a_response_promised_in_reported_speech_is_a_threat(text, expected, wrong):
    keys = shown_keys(text, "de")
    assert expected <= keys, keys
    assert not wrong & keys, keys

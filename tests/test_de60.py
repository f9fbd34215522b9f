"""German readings of round 60 (de60): talks a state blocks, and warplanes or warships sent into another state's
airspace or waters. Sentences of our own (none from the sets), each beside a phrasing the change must leave alone."""

from __future__ import annotations

import pytest

from extracted import shown_keys


@pytest.mark.parametrize("text, rejected", [
    # "blockiert die Eröffnung der Verhandlungskapitel mit X": X, the candidate, is turned away
    ("Ungarn blockiert seit dem Sommer die Eröffnung der ersten Verhandlungskapitel mit Montenegro und Serbien.",
     {("HUN", "MNE"), ("HUN", "SRB")}),
    # accession talks name the candidate by the genitive; "mit der EU" is the body it would join
    ("Kroatien blockierte monatelang den Beginn der Beitrittsverhandlungen Serbiens mit der Europäischen Union.",
     {("HRV", "SRB")}),
    ("Die Gespräche mit Georgien blockiert Litauen seit Wochen.", {("LTU", "GEO")}),
])
def test_talks_a_state_blocks_reject_the_candidate_and_are_no_talks(text: str, rejected: set) -> None:
    keys = shown_keys(text, "de")
    assert rejected <= {(k[0], k[1]) for k in keys if k[2] == "REJECT"}, keys
    # the blocked talks were not held: no CONSULT among the parties, and the body is not turned away
    assert not [k for k in keys if k[2] == "CONSULT"], keys
    assert not [k for k in keys if k[2] == "REJECT" and k[1] == "EU"], keys


def test_talks_held_and_a_blocked_resolution_keep_their_readings() -> None:
    keys = shown_keys("Serbien führte in Brüssel Verhandlungen mit dem Kosovo.", "de")
    assert any(k[2] == "CONSULT" and {k[0], k[1]} == {"SRB", "XKX"} for k in keys), keys
    keys = shown_keys("Russland blockierte die Resolution der USA.", "de")
    assert ("RUS", "USA", "REJECT") in keys, keys


@pytest.mark.parametrize("text, owner", [
    ("Russland schickte am Freitag zwei Kampfjets in den litauischen Luftraum.", "LTU"),
    ("Die Türkei entsandte ein Kriegsschiff in die griechischen Hoheitsgewässer.", "GRC"),
    ("Chinesische Kriegsschiffe fuhren am Sonntag in die philippinischen Hoheitsgewässer ein.", "PHL"),
])
def test_aircraft_or_ships_sent_into_anothers_airspace_or_waters_show_force_to_the_owner(text: str,
                                                                                       owner: str) -> None:
    keys = shown_keys(text, "de")
    assert any(k[2] == "MOBILIZE" and k[1] == owner for k in keys), keys
    # a warplane sent into a state's airspace is no arms delivered to it
    assert not [k for k in keys if k[2] == "AID"], keys


def test_arms_sent_to_a_state_and_an_entry_with_no_owner_keep_their_readings() -> None:
    keys = shown_keys("Die Niederlande schickten der Ukraine zwei Kampfjets.", "de")
    assert any(k[2] == "AID" and k[1] == "UKR" for k in keys), keys
    # no owner named: nothing printed for the entry
    keys = shown_keys("Zwei russische Bomber flogen am Dienstag in den Luftraum über der Ostsee ein.", "de")
    assert not [k for k in keys if k[2] == "MOBILIZE" and k[1] is not None], keys


def test_both_governments_before_a_capital_meet_there_and_are_not_its_government() -> None:
    # "Gespräche zwischen beiden Regierungen in Nairobi": the pair told before, Nairobi is where they would meet
    keys = shown_keys("Somalia und Äthiopien streiten seit Monaten über den Zugang zum Meer. Die Afrikanische Union "
                      "bot an, Gespräche zwischen beiden Regierungen in Nairobi auszurichten.", "de")
    assert {("AU", "SOM", "AGREE"), ("AU", "ETH", "AGREE")} <= keys, keys
    assert not [k for k in keys if "KEN" in (k[0], k[1])], keys
    # one government with the capital after it is still the capital's ("die Regierung in Nairobi")
    keys = shown_keys("Die Regierung in Nairobi kritisierte Somalia scharf.", "de")
    assert ("KEN", "SOM", "ACCUSE") in keys, keys

"""What the extras of the studied German material (round 65, de65: every extra key sorted by kind) showed the coder
printing that no studied gold codes: a stationing named as the topic of a deal, a demand or a verdict read as the
stationing done, and a party's charge against its own government printed when the government charged is read as
the speaker after the verb. Tested with sentences written for this file, not taken from any set."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import shown_keys

ON = date(2026, 3, 10)


@pytest.mark.parametrize(("text", "key"), [
    ("Polen und Litauen unterzeichneten ein Abkommen über die Stationierung einer polnischen Brigade in Litauen.",
     ("POL", "LTU", "AGREE")),
    ("Moskau kritisierte die Stationierung amerikanischer Raketen in Deutschland scharf.", ("RUS", "USA", "ACCUSE")),
    ("Peking forderte Tokio auf, auf die Stationierung weiterer Raketen zu verzichten.", ("CHN", "JPN", "REQUEST")),
])
def test_a_stationing_named_as_a_topic_is_no_stationing(text: str, key: tuple) -> None:
    """"ein Abkommen über die Stationierung von Atomwaffen" (reltraps-de-018), "das Gesetz zum Abkommen über die
    Stationierung einer deutschen Panzerbrigade" (wire-de7-008), "kritisierte die Stationierung" (wire-de10-003):
    the noun names what the deal, the demand or the verdict is about; the studied German gold codes the stationing
    in none of its 7 sentences. The act around it stays, and no COOPERATE is printed."""
    keys = shown_keys(text, "de", ON)
    assert key in keys, keys
    assert not {k for k in keys if k[2] == "COOPERATE"}, keys


@pytest.mark.parametrize(("text", "key"), [
    ("Russland hat taktische Atomwaffen in Belarus stationiert.", ("RUS", "BLR", "COOPERATE")),
    ("Die USA stationierten Mittelstreckenraketen in Deutschland.", ("USA", "DEU", "COOPERATE")),
])
def test_a_stationing_told_by_its_verb_stays(text: str, key: tuple) -> None:
    """The stationing told as done by its verb is the act (EVAL.md: stationing weapons with an ally, COOPERATE)."""
    keys = shown_keys(text, "de", ON)
    assert key in keys, keys


_LEAD = "Japan und die Philippinen haben am Montag ein Abkommen über gemeinsame Manöver unterzeichnet. "


@pytest.mark.parametrize("charge", [
    "Linke Abgeordnete erinnerten an die japanische Besatzung und kritisierten die Regierung Marcos für den Schritt.",
    "Die Grünen kritisierten die Regierung Marcos für ihre Nähe zu Japan.",
])
def test_a_partys_charge_with_its_government_read_after_the_verb_is_no_fact(charge: str) -> None:
    """"Linke Abgeordnete ... kritisierten die Regierung Marcos für eine „einseitige Außenpolitik“" (fresh46-de-002):
    the party opens the clause and is no state actor, so the government after the verb is the one charged; the
    charge is a home quarrel (EVAL.md: domestic-only events), and no charge of the Philippines against Japan is
    printed. The lead's agreement stays."""
    keys = shown_keys(_LEAD + charge, "de", ON)
    assert ("JPN", "PHL", "AGREE") in keys or ("PHL", "JPN", "AGREE") in keys, keys
    assert not {k for k in keys if k[2] == "ACCUSE"}, keys


@pytest.mark.parametrize(("charge", "key"), [
    ("Nach Kritik der Grünen verurteilte auch Außenminister Wadephul den russischen Angriff.",
     ("DEU", "RUS", "ACCUSE")),
    ("Die philippinische Opposition kritisierte die Regierung in Peking scharf.", ("PHL", "CHN", "ACCUSE")),
])
def test_a_charge_whose_speaker_is_a_state_or_of_another_state_stays(charge: str, key: tuple) -> None:
    """A party named in a fronted phrase is not the speaker ("Nach Kritik der Grünen verurteilte auch Außenminister
    ..."): the minister after the verb charges. An opposition of one state charging another state's government is
    no home quarrel. Both stay."""
    keys = shown_keys(charge, "de", ON)
    assert key in keys, keys

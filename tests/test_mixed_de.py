"""What the German set of mixed news (eval/gold/mixed_de.jsonl: the international fact inside a trade, court, energy,
migration, election, sports, disaster or armed-group story) showed the coder missing or printing wrongly. Each fix is
a way German says things, tested with sentences written for this file, not taken from the set, each with a sentence
the fix must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import facts


def _events(text: str, lang: str = "de") -> set[tuple]:
    """The printed events (told as done or reported), by country."""
    return facts(text, lang, date(2025, 3, 30))


@pytest.mark.parametrize(("text", "pair"), [
    ("Seit Beginn des Gaza-Kriegs beschießen sich die Hisbollah und die israelische Armee fast täglich.",
     ("LBN", "ISR")),
    ("Seit dem Ukraine-Krieg liefern sich Armenien und Aserbaidschan immer wieder Gefechte an der Grenze.",
     ("ARM", "AZE")),
    ("Im Jemen-Konflikt beschossen sich saudische Truppen und die Huthi erneut.", ("SAU", "YEM")),
])
def test_a_name_joined_to_a_war_noun_names_the_war(text: str, pair: tuple) -> None:
    """"seit Beginn des Gaza-Kriegs", "im Ukraine-Konflikt": a name a hyphen joins to the war noun after it says
    where a war is fought, no party of the sentence's acts; the two sides that fire on each other are."""
    found = _events(text)
    a, b = pair
    assert (a, b, "ASSAULT", False) in found and (b, a, "ASSAULT", False) in found, found
    war = text.split("-")[0].split()[-1]
    assert not any(war in str(e) for e in found), found
    assert not {e[1] for e in found} - {a, b}, found


def test_a_war_noun_that_is_the_act_keeps_its_party() -> None:
    """Left alone: a name before a war noun that stands apart ("der Krieg gegen die Ukraine") and an act on the
    place itself ("Israel griff Gaza an")."""
    assert ("ISR", "PSE", "ASSAULT", False) in _events("Israel griff erneut Ziele in Gaza an.")
    found = _events("Russland setzte seinen Krieg gegen die Ukraine mit neuen Angriffen auf Kiew fort.")
    assert ("RUS", "UKR", "ASSAULT", False) in found, found


_QUAKE = ("Ein schweres Erdbeben hat am Montag den Osten der Türkei erschüttert. In der Türkei stürzten Tausende "
          "Gebäude ein. Die Regierung der Türkei rief den Notstand aus. ")


@pytest.mark.parametrize(("text", "donor"), [
    ("Japan schickte ein Rettungsteam mit Suchhunden und Zelte.", "JPN"),
    ("Die Schweiz stellte fünf Millionen Franken Soforthilfe bereit.", "CHE"),
    ("Auch Aserbaidschan lieferte Hilfsgüter.", "AZE"),
])
def test_relief_with_no_recipient_goes_to_the_stricken_state(text: str, donor: str) -> None:
    """In an article about one state's disaster, a third state's relief with no recipient named ("stellte fünf
    Millionen Franken Soforthilfe bereit") is aid to that state."""
    found = _events(_QUAKE + text)
    assert (donor, "TUR", "AID", False) in found, found


@pytest.mark.parametrize("text", [
    "Die Schweiz will fünf Millionen Franken Soforthilfe bereitstellen.",  # a plan
    "Die Opposition forderte, Hilfsgüter zu liefern.",  # an ask, by a domestic voice
    "Die USA lieferten im vergangenen Jahr Waffen im Wert von einer Milliarde Dollar.",  # arms, no relief
    "Das Rote Kreuz warnte vor Seuchen in den Notunterkünften.",  # a danger foreseen, no one charged
    "Ärzte ohne Grenzen warnt vor einem Mangel an Trinkwasser.",
])
def test_no_act_on_the_stricken_state_from_a_plan_arms_or_a_warning(text: str) -> None:
    """Left alone: relief planned or asked for, arms, and an aid group's warning of a danger (which charges no one
    the article named before) give the stricken state nothing and charge it with nothing."""
    found = _events(_QUAKE + text)
    assert not any(e[1] == "TUR" for e in found), found


def test_a_warning_of_a_named_party_still_charges_it() -> None:
    """Left alone: "warnte vor einer US-Intervention" charges the one its complement names."""
    found = _events(_QUAKE + "Teheran warnte vor einer russischen Intervention.")
    assert ("IRN", "RUS", "ACCUSE", False) in found, found


_WARRANT = "Der Internationale Strafgerichtshof hat am Donnerstag Haftbefehle gegen {} erlassen. "


@pytest.mark.parametrize(("text", "speaker", "named"), [
    (_WARRANT.format("Wladimir Putin") + "Präsident Tokajew lud Putin nach Astana ein. Der Haftbefehl werde in "
     "Kasachstan nicht vollstreckt, sagte Tokajew.", "KAZ", "RUS"),
    (_WARRANT.format("Benjamin Netanjahu") + "Orbán lud Netanjahu nach Budapest ein. Ungarn werde den Haftbefehl "
     "nicht umsetzen, erklärte Orbán.", "HUN", "ISR"),
    (_WARRANT.format("Wladimir Putin") + "Die Mongolei empfing Putin mit allen Ehren. Den Haftbefehl gegen Putin "
     "habe die Regierung nicht vollstreckt, sagte der Sprecher des Präsidenten der Mongolei.", "MNG", "RUS"),
])
def test_executing_a_warrant_is_no_charge_by_its_speaker(text: str, speaker: str, named: str) -> None:
    """"Der Haftbefehl werde nicht vollstreckt, sagte X", "werde den Haftbefehl nicht umsetzen": a warrant another
    issued, executed or not, is no charge (nor a charge denied) by the one who speaks of it against the one it
    names; the court's charge stays."""
    found = _events(text)
    assert ("ICC", named, "ACCUSE", False) in found, found
    assert not any(e[0] == speaker and e[1] == named and e[2] == "ACCUSE" for e in found), found


def test_a_warrant_issued_is_still_a_charge() -> None:
    """Left alone: the court that issues the warrant charges the one it names."""
    found = _events("Der Internationale Strafgerichtshof erließ einen Haftbefehl gegen den russischen Präsidenten.")
    assert ("ICC", "RUS", "ACCUSE", False) in found, found


@pytest.mark.parametrize(("text", "pair"), [
    ("Die Präsidentin erklärte, Lettland stehe fest an der Seite der Republik Moldau.", ("LVA", "MDA")),
    ("Frankreich steht Marokko nach dem Erdbeben zur Seite.", ("FRA", "MAR")),
    ("Polen stehe der Ukraine weiter zur Seite, sagte Tusk.", ("POL", "UKR")),
])
def test_standing_at_a_states_side_is_support(text: str, pair: tuple) -> None:
    """"stehe fest an der Seite Chișinăus", "steht Marokko zur Seite": the state of having taken a side, as "hat
    sich an die Seite Nigers gestellt" is the move to it."""
    found = _events(text)
    assert (*pair, "SUPPORT", False) in found, found


@pytest.mark.parametrize(("text", "pair"), [
    ("Russland flog 80 Helfer des Zivilschutzministeriums nach Marokko ein.", ("RUS", "MAR")),
    ("Spanien entsandte Bergungsspezialisten in die Türkei.", ("ESP", "TUR")),
    ("Nach dem Beben schickte Taiwan ein Rettungsteam mit Suchhunden nach Japan.", ("TWN", "JPN")),
])
def test_rescuers_sent_to_a_disaster_are_aid(text: str, pair: tuple) -> None:
    """"flog 80 Helfer ein", "entsandte Bergungsspezialisten", "schickte ein Rettungsteam": rescuers sent are relief,
    as supplies sent are."""
    found = _events(text)
    assert (*pair, "AID", False) in found, found


@pytest.mark.parametrize(("text", "pair"), [
    ("Der Kreml erklärte, die Wahl in Moldau sei weder frei noch fair gewesen.", ("RUS", "MDA")),
    ("Die USA erklärten, die Präsidentenwahl in Belarus sei nicht frei und fair gewesen.", ("USA", "BLR")),
    ("Die EU-Kommission erklärte, die Abstimmung in Georgien sei weder frei noch demokratisch gewesen.", ("EU", "GEO")),
])
def test_a_vote_judged_unfree_is_a_charge(text: str, pair: tuple) -> None:
    """"die Wahl sei weder frei noch fair gewesen": a vote judged unfree judges the state that held it."""
    found = _events(text)
    assert (*pair, "ACCUSE", False) in found, found


def test_a_call_for_a_free_vote_is_no_charge() -> None:
    """Left alone: "eine freie und faire Wahl zu garantieren" asks, it does not judge."""
    found = _events("Die EU forderte Georgien auf, eine freie und faire Wahl zu garantieren.")
    assert not any(e[2] == "ACCUSE" for e in found), found

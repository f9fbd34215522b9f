"""Round 50's studied fresh German set (eval/gold/fresh50a_de.jsonl, written as real news is written) showed these
ways of saying an act unread or misread; the sentences here are written for this file, none taken from the set, and
each fix has one it must leave alone. Set b (fresh50b_de) is sealed: nothing here comes from it."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from extracted import shown_keys

# the events printed by default, by country: (source, target, type), for a German text of a May 2026 day
_shown = partial(shown_keys, lang="de", published=date(2026, 5, 5))


@pytest.mark.parametrize("text", [
    "Peking wies am Montag drei Diplomaten Manilas aus. Kanada und Italien äußerten sich besorgt über die Einmischung.",
    "Peking wies am Montag drei Diplomaten Manilas aus. Frankreich, Spanien und Portugal schlossen sich der Kritik an.",
    "Peking wies drei Diplomaten Manilas aus. Schweden und Finnland zeigten sich besorgt über die Einmischung.",
])
def test_a_reflexive_verb_does_not_make_coordinated_subjects_each_others_target(text: str) -> None:
    """"X und Y äußerten sich besorgt", "schlossen sich der Kritik an": the "sich" of a verb taken with it (a stance,
    a reaction) is the verb's own, not "each other": neither of the coordinated states accuses the other."""
    shown = _shown(text)
    listed = {"CAN", "ITA", "FRA", "ESP", "PRT", "SWE", "FIN"}
    assert not any(k[0] in listed and k[1] in listed for k in shown), shown


@pytest.mark.parametrize(("text", "keys"), [
    ("Indien und Pakistan beschossen sich an der Grenze.", {("IND", "PAK", "ASSAULT"), ("PAK", "IND", "ASSAULT")}),
    ("Armenien und Aserbaidschan warfen sich gegenseitig Verstöße gegen die Waffenruhe vor.",
     {("ARM", "AZE", "ACCUSE"), ("AZE", "ARM", "ACCUSE")}),
])
def test_a_reciprocal_sich_still_goes_both_ways(text: str, keys: set) -> None:
    """"beschossen sich", "warfen sich gegenseitig vor": with a verb that acts on another, "sich" (or "gegenseitig")
    is still "each other"."""
    shown = _shown(text)
    assert keys <= shown, shown


@pytest.mark.parametrize(("text", "key"), [
    ("Die indische Armee erwiderte das Feuer mit Mörsern auf pakistanische Stellungen.", ("IND", "PAK", "ASSAULT")),
    ("Aserbaidschanische Einheiten beschossen am Montag armenische Grenzposten. "
     "Die armenische Armee hat das Feuer erwidert.", ("ARM", "AZE", "ASSAULT")),
    ("Georgische Grenzer wurden am Montag von russischen Soldaten beschossen. "
     "Die georgischen Einheiten erwiderten den Beschuss.", ("GEO", "RUS", "ASSAULT")),
])
def test_fire_returned_is_an_attack(text: str, key: tuple) -> None:
    """"erwiderte das Feuer", "hat den Beschuss erwidert": fire returned is fire, at the positions after "auf", else
    at whoever last fired at the one answering."""
    shown = _shown(text)
    assert key in shown, shown


def test_a_reply_to_words_is_no_fire() -> None:
    shown = _shown("Die Regierung in Kigali erwiderte auf die Kritik aus Paris, man werde sich nicht belehren lassen.")
    assert not any(k[2] == "ASSAULT" for k in shown), shown


def test_the_state_department_by_its_english_name_is_the_us_government() -> None:
    """German copy names the department by its English name ("ein Sprecher des State Department")."""
    shown = _shown("Ein Sprecher des State Department warf Venezuela vor, Wahlen zu fälschen.")
    assert ("USA", "VEN", "ACCUSE") in shown, shown

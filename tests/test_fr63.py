"""French kinds of round 63 (fr63), each with sentences written for the tests.

- A meeting noun that opens its clause, then "n'est prévue" or "pourrait avoir lieu", is planned or supposed, not
  held (modality_tense.modal_after_subject): the actors' names of the pair no longer count against the reach to its
  verb ("Aucune rencontre entre <name> et le Premier ministre <adj> <name> n'est prévue", wire-fr8-009), and a fronted
  "Selon X," / "D'après X," before the noun leaves it its clause's subject (modality_scope.subject_start;
  breadth-fr-059). Studied: 13 such sentences, none coded in the gold, 2 printed before.
- A seizure's target is the boat's state, not a port the crew is taken to ("ont arraisonné un chalutier taïwanais et
  conduit son équipage à Xiamen": `target_markers` of the French `seize` rule; wire-fr7-002, fresh63a-fr-004).
"""

from __future__ import annotations

import pytest

from extracted import read_as, shown_keys

NOT_HELD = [
    # the names of the pair make the phrase long, the participle still governs the noun
    "Aucune rencontre entre le président kényan William Ruto et le Premier ministre éthiopien Abiy Ahmed n'est "
    "prévue en marge du sommet.",
    "Aucun sommet entre Emmanuel Macron et le président algérien Abdelmadjid Tebboune n'est programmé cette année.",
    # the source told first, then the noun and its modal
    "Selon des diplomates, une rencontre entre les dirigeants marocain et algérien pourrait avoir lieu d'ici l'été.",
    "D'après la presse locale, un sommet entre le Mali et le Niger pourrait se tenir à Niamey en mai.",
]


@pytest.mark.parametrize("text", NOT_HELD)
def test_a_meeting_planned_or_supposed_is_no_fact(text: str) -> None:
    assert not {k for k in shown_keys(text, "fr") if k[2] == "CONSULT"}, shown_keys(text, "fr")


HELD = [
    # a meeting told as held after a fronted source stays one
    ("Selon des diplomates, les ministres marocain et algérien se sont rencontrés mardi à Doha.",
     ("MAR", "DZA", "CONSULT")),
    ("Le président kényan William Ruto a rencontré mardi le Premier ministre éthiopien Abiy Ahmed à Nairobi.",
     ("KEN", "ETH", "CONSULT")),
]


@pytest.mark.parametrize(("text", "expected"), HELD)
def test_a_meeting_held_stays_a_fact(text: str, expected: tuple) -> None:
    keys = shown_keys(text, "fr")
    assert expected in keys or (expected[1], expected[0], expected[2]) in keys, keys


SEIZURES = [
    ("Les garde-côtes chinois ont arraisonné jeudi un chalutier taïwanais et conduit son équipage au port de Xiamen.",
     ("CHN", "TWN", "COERCE"), None),
    ("La marine nigériane a arraisonné deux chalutiers chinois et conduit leurs équipages à Lagos.",
     ("NGA", "CHN", "COERCE"), None),
    ("Les garde-côtes mauritaniens ont arraisonné quatre pirogues sénégalaises et conduit leurs occupants au port "
     "de Nouadhibou.", ("MRT", "SEN", "COERCE"), None),
    # as before: the boat's state right after it
    ("L'Iran a saisi un pétrolier grec dans le golfe d'Oman.", ("IRN", "GRC", "COERCE"), None),
]


@pytest.mark.parametrize(("text", "expected", "wrong"), SEIZURES)
def test_a_seizure_hits_the_boats_state_not_the_port(text: str, expected: tuple, wrong: tuple | None) -> None:
    read_as(shown_keys(text, "fr"), expected, wrong)

"""A verdict whose object phrase follows the verb's adverbials (round 59, target59): in "verurteilte am Montag den
Angriff auf die Ukraine", "kritisierte in Brüssel die Sanktionen gegen Russland" the act noun's phrase opens at its
article, and the state after "auf"/"gegen" is the one the act hit, not the one the verdict judges (as without the
adverbial: "verurteilte den Angriff auf die Ukraine"). Before, a short word between the verb and the article ("am",
"im", "in") hid the noun, and the judge was read as judging the victim. German puts the verb second and its
adverbials before the object as plain grammar; studied: breadth2-de-345 ("kritisierte in Brüssel die Sanktionen
gegen Russland", the extra HUN → RUS), accuse-de-004 (the verb-final bracket, "verurteilten am Sonntag in einer
gemeinsamen Erklärung die israelischen Luftangriffe auf Beirut als ...", already read so). Sentences of our own."""

from __future__ import annotations

import pytest

from extracted import facts, read_as_all


@pytest.mark.parametrize(("text", "judge", "victim"), [
    ("Ungarn verurteilte am Montag den Angriff auf die Ukraine.", "HUN", "UKR"),
    ("Polen kritisierte im Sicherheitsrat die Angriffe auf die Ukraine.", "POL", "UKR"),
    ("Frankreich verurteilte am Dienstag die Sanktionen gegen Kuba.", "FRA", "CUB"),
    ("Ungarn kritisierte in Brüssel die Sanktionen gegen Russland.", "HUN", "RUS"),
])
def test_the_victim_after_the_adverbials_is_not_judged(text: str, judge: str, victim: str) -> None:
    read_as_all(facts(text, "de"), wrong=[(judge, victim, "ACCUSE", False)])


def test_the_state_named_as_object_is_still_judged() -> None:
    read_as_all(facts("Deutschland verurteilte am Montag Russland für die Angriffe auf die Ukraine.", "de"),
                [("DEU", "RUS", "ACCUSE", False)], [("DEU", "UKR", "ACCUSE", False)])

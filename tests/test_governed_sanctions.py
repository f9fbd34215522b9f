"""A sanction named as what someone gets round, keeps to, fears or avoids (round 55, govern55): the governing verb
tells no measure taken in the sentence, so the noun gives no SANCTION ("contourner les sanctions", "Umgehung westlicher
Sanktionen", "соблюдать санкции", "опасаясь вторичных санкций"). Sentences of our own, each language beside an
imposition that the reading must leave alone."""

from __future__ import annotations

import pytest

from extracted import facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Le Kazakhstan a aidé Moscou à contourner l'embargo européen.", "fr"),
    ("L'Iran a contourné les sanctions de Washington en vendant son pétrole à la Chine.", "fr"),
    ("Kasachstan hilft Moskau bei der Umgehung westlicher Sanktionen.", "de"),
    ("Nach Angaben Kiews hat Kasachstan Russland geholfen, westliche Sanktionen zu umgehen.", "de"),
    ("Serbien unterläuft das Embargo der EU gegen Russland.", "de"),
    ("Токаев заявил, что Казахстан будет соблюдать санкции Евросоюза против России.", "ru"),
    ("Казахстан соблюдает санкции Запада против России.", "ru"),
    ("Иран обходит санкции США, продавая нефть Китаю.", "ru"),
])
def test_a_sanction_got_round_or_kept_to_is_no_sanction(text: str, lang: str) -> None:
    assert not any(key[2] == "SANCTION" for key in facts(text, lang)), facts(text, lang)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("L'Union européenne a imposé lundi des sanctions à la Russie.", "fr", ("EU", "RUS", "SANCTION", False)),
    ("Die EU verhängte am Montag neue Sanktionen gegen Russland.", "de", ("EU", "RUS", "SANCTION", False)),
    ("Евросоюз ввёл в понедельник новые санкции против России.", "ru", ("EU", "RUS", "SANCTION", False)),
    # the one said to get round the measure is accused of it: the verdict keeps its target
    ("Москва обвинила Киев в обходе ограничений, введённых Евросоюзом.", "ru", ("RUS", "UKR", "ACCUSE", False)),
    ("Die Ukraine warf Kasachstan die Umgehung westlicher Sanktionen vor.", "de", ("UKR", "KAZ", "ACCUSE", False)),
])
def test_a_sanction_imposed_is_still_one(text: str, lang: str, expected: tuple) -> None:
    assert expected in facts(text, lang)

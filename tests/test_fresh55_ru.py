"""Two fresh Russian sets (eval/gold/fresh55a_ru.jsonl studied, fresh55b_ru.jsonl sealed): what the round-55 fixes
read, on sentences of our own (none from the sets), each with a phrasing the fix must leave alone."""

from __future__ import annotations

import pytest

from extracted import facts, read_as, read_as_all


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    # the plural "выводы" is "conclusions": no withdrawal of a mission or of troops (data/rules/ru.yaml, conclusions)
    ("Власти Молдавии отвергли выводы миссии ОБСЕ.", ("MDA", "OSC", "REJECT", False),
     ("OSC", "MDA", "SANCTION", False)),
    ("Правительство Армении оспорило выводы миссии ЕС.", None, ("ARM", "EU", "SANCTION", False)),
    ("Эксперты ООН сделали выводы о присутствии войск Руанды в Конго.", None, ("UN", "RWA", "RETREAT", False)),
    # the singular is the withdrawal, as before
    ("Россия начала вывод войск из Армении.", ("RUS", "ARM", "RETREAT", False), None),
])
def test_conclusions_are_no_withdrawal(text: str, expected: tuple | None, wrong: tuple | None) -> None:
    read_as(facts(text, "ru"), expected, wrong)


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    # two subjects who recognise a thing each recognise it, not each other (ru.recognise is no longer mutual)
    ("Наблюдатели от Белоруссии и Казахстана признали выборы свободными.", (),
     [("BLR", "KAZ", "SUPPORT", False), ("KAZ", "BLR", "SUPPORT", False)]),
    ("Москва и Минск признали итоги голосования.", (),
     [("RUS", "BLR", "SUPPORT", False), ("BLR", "RUS", "SUPPORT", False)]),
    ("Испания и Ирландия признали Палестину.", [("ESP", "PSE", "SUPPORT", False), ("IRL", "PSE", "SUPPORT", False)],
     [("ESP", "IRL", "SUPPORT", False)]),
    # ties established are mutual still (ru.establish_relations)
    ("Китай и Гондурас установили дипломатические отношения.",
     [("CHN", "HND", "SUPPORT", False), ("HND", "CHN", "SUPPORT", False)], ()),
])
def test_recognition_by_two_subjects(text: str, expected, wrong) -> None:
    read_as_all(facts(text, "ru"), expected, wrong)

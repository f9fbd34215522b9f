"""Two fresh Russian sets (eval/gold/fresh51a_ru.jsonl studied, fresh51b_ru.jsonl sealed): what the round-51 fixes
read, on sentences of our own (none from the sets), each with a phrasing the fix must leave alone."""

from __future__ import annotations

import pytest

from extracted import facts

_CALL = ("Премьер-министр Индии Нарендра Моди в телефонном разговоре с наследным принцем Мухаммедом бин Сальманом "
         "поздравил его с победой, сообщили в Нью-Дели.")


def test_a_crown_prince_is_his_government() -> None:
    # "наследный принц" is a title of the head of government of a monarchy, as "crown prince", "Kronprinz",
    # "príncipe heredero" and "prince héritier" are in the other four languages (data/actors/roles.yaml): with it the
    # partner after "с" is one phrase, and the praise after it goes from the caller to the prince, not back
    keys = facts(_CALL, "ru")
    assert {("IND", "SAU", "SUPPORT", False), ("IND", "SAU", "CONSULT", False)} <= keys
    assert not {k for k in keys if k[0] == "SAU"}
    # the title alone is the government of the state the sentence before names
    later = facts("Саудовская Аравия приняла делегацию Египта. Наследный принц осудил удары Израиля по Ливану.", "ru")
    assert ("SAU", "ISR", "ACCUSE", False) in later


@pytest.mark.parametrize(("text", "key"), [
    # "пострадал от атак хуситов", "подверглись ударам Израиля": the attack noun's genitive is its author, the one
    # who suffers it the target (data/rules/ru.yaml suffer_attack)
    ("Египет пострадал от атак хуситов.", ("YEM", "EGY", "ASSAULT", False)),
    ("Ядерные объекты Ирана подверглись ударам Израиля.", ("ISR", "IRN", "ASSAULT", False)),
    # an attack told with its author as the subject reads as before
    ("Израиль нанес удары по Ливану.", ("ISR", "LBN", "ASSAULT", False)),
])
def test_who_suffers_an_attack_is_its_target(text: str, key: tuple) -> None:
    keys = facts(text, "ru")
    assert key in keys
    assert (key[1], key[0], key[2], key[3]) not in keys

"""What the first Russian set of round 61 (eval/gold/fresh61a_ru.jsonl) and the other studied Russian sets showed the
coder printing wrongly. Each fix is a way Russian news says things, tested with sentences written for this file, not
taken from any set."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import country_keys

ON = date(2026, 6, 9)


@pytest.mark.parametrize(("text", "keys"), [
    ("Председатель Европейского совета Антониу Кошта и президент Франции Эмманюэль Макрон поздравили Нетаньяху.",
     {("EU", "ISR", "SUPPORT"), ("FRA", "ISR", "SUPPORT")}),
    ("Касым-Жомарт Токаев и Эмманюэль Макрон осудили Израиль.",
     {("KAZ", "ISR", "ACCUSE"), ("FRA", "ISR", "ACCUSE")}),
    ("Президент Казахстана Касым-Жомарт Токаев и президент Франции Эмманюэль Макрон провели переговоры в Астане.",
     {("KAZ", "FRA", "CONSULT")}),
])
def test_a_given_name_before_a_leader_keeps_the_list(text: str, keys: set) -> None:
    """"президент Франции Эмманюэль Макрон": a given name the dictionary does not spell belongs to the leader after
    it, so the title, the name and the surname are one actor and the actor before "и" stays in the subject
    (fresh61a-ru-003, long-ru1-002, wire-ru3-012)."""
    found = country_keys(text, "ru", published=ON)
    assert keys <= found, found


def test_a_given_name_alone_is_no_second_actor() -> None:
    found = country_keys("Президент Франции Эмманюэль Макрон посетил Алжир.", "ru", published=ON)
    assert ("FRA", "DZA", "CONSULT") in found and not {k for k in found if k[1] == "FRA"}, found


@pytest.mark.parametrize(("text", "accused", "charged"), [
    ("Мали разорвала дипломатические отношения с Францией, обвинив бывшую метрополию в поддержке Алжира.",
     ("MLI", "FRA", "ACCUSE"), ("MLI", "DZA", "ACCUSE")),
    ("Перу ввело пошлины на товары из Боливии, обвинив соседнюю страну в потворстве контрабанде из Чили.",
     ("PER", "BOL", "ACCUSE"), ("PER", "CHL", "ACCUSE")),
    ("Азербайджан выслал двух дипломатов Ирана, обвинив соседнюю страну в поддержке армянских сепаратистов.",
     ("AZE", "IRN", "ACCUSE"), ("AZE", "ARM", "ACCUSE")),
])
def test_an_accusing_gerund_with_a_described_object_accuses_the_act_object(text: str, accused: tuple,
                                                                           charged: tuple) -> None:
    """", обвинив бывшую колониальную державу в поддержке Киншасы": a gerund after the comma whose object is a noun
    phrase of no actor we know names the main verb's object by description, as "обвинив их" does; the names after
    "в" are the charge's (fresh47-ru-006, wire-ru7-007, fresh53a-ru-002, long-ru1-005)."""
    found = country_keys(text, "ru", published=ON)
    assert accused in found and charged not in found, found


@pytest.mark.parametrize(("text", "key"), [
    ("Россия обвинила Украину в обстреле станции.", ("RUS", "UKR", "ACCUSE")),
    ("Литва выслала российского дипломата, обвинив его в шпионаже.", ("LTU", "RUS", "ACCUSE")),
    ("Польша закрыла границу, обвинив Белоруссию в организации миграционного кризиса.", ("POL", "BLR", "ACCUSE")),
])
def test_named_or_pronoun_objects_still_read_as_before(text: str, key: tuple) -> None:
    found = country_keys(text, "ru", published=ON)
    assert key in found, found

"""Russian kinds of round 63 (ru63), read from the studied set fresh63a_ru and counted in the studied Russian
material, each tested with sentences written for this file (none taken from any set).

- A name right after the verdict's instrumental noun ("назвал учения «очередной провокацией Минска»", "назвал отзыв
  посла «грубой ошибкой Берлина»") is the author of what is judged, the verdict's target, not the noun's agent
  (`judged_complements` in data/rules/roles/ru.yaml, read by events/roles_marks._at_trigger). Studied:
  fresh63a-ru-003, wire-ru14-004, mixed-ru-004 (wire-ru11-004's unquoted "попыткой Москвы" was already read so).
- Troops counted by head moved to a border ("перебросила к границе с Белоруссией 4 тысячи военнослужащих") are
  mobilised as "войска" are (ru `mobilise`); sent elsewhere they stay aid (fresh63a-ru-003; the construction:
  breadth3-ru-143, breadth-ru-048, wire-ru3-006).
- "предложил помочь" offers help as "предложил помощь" does (ru `pledge`), and after a call it goes to the partner
  (fresh63a-ru-002; the noun: fresh53a-ru-004, long-ru2-002, wire-ru8-009, wire-ru9-004).
- "Гостей ... встречал X": the host met the sides of the summit or signing told before (ru `greet_guests`, an
  `attends` rule; wire-ru14-003, fresh63a-ru-001).
"""

from __future__ import annotations

import pytest

from extracted import country_keys


@pytest.mark.parametrize(("text", "key"), [
    ("Министр иностранных дел Латвии назвал маневры «очередной провокацией Москвы».", ("LVA", "RUS", "ACCUSE")),
    ("Глава МИД Армении назвал решение «грубой ошибкой Баку».", ("ARM", "AZE", "ACCUSE")),
    ("В МИД Молдавии назвали высылку дипломата «вмешательством Кремля».", ("MDA", "RUS", "ACCUSE")),
])
def test_a_name_after_the_verdict_noun_is_the_one_judged(text: str, key: tuple) -> None:
    found = country_keys(text, "ru")
    assert key in found and (key[1], key[0], "ACCUSE") not in found, found


def test_a_verdict_on_a_named_act_reads_as_before() -> None:
    found = country_keys("Министр иностранных дел Эстонии назвал решение Минска провокацией.", "ru")
    assert ("EST", "BLR", "ACCUSE") in found, found


@pytest.mark.parametrize(("text", "key"), [
    ("Латвия перебросила к границе с Россией еще три тысячи военнослужащих.", ("LVA", "RUS", "MOBILIZE")),
    ("Армения направила к границе с Азербайджаном 500 солдат.", ("ARM", "AZE", "MOBILIZE")),
])
def test_troops_counted_by_head_moved_to_a_border_are_mobilised(text: str, key: tuple) -> None:
    assert key in country_keys(text, "ru")


def test_troops_sent_to_an_ally_stay_aid() -> None:
    found = country_keys("Турция направила в Ливию тысячу военнослужащих.", "ru")
    assert not {k for k in found if k[2] == "MOBILIZE"}, found


def test_an_offer_to_help_after_a_call_goes_to_the_partner() -> None:
    found = country_keys("Президент Казахстана провел телефонный разговор с президентом Киргизии и предложил помочь с "
                         "восстановлением дорог.", "ru")
    assert ("KAZ", "KGZ", "AGREE") in found and ("KAZ", "KGZ", "CONSULT") in found, found


def test_the_host_of_guests_met_the_sides_told_before() -> None:
    found = country_keys("Президенты Казахстана, Киргизии и Таджикистана подписали в Астане договор о транзите. "
                         "Гостей во дворце встречал Токаев.", "ru")
    assert {("KAZ", "KGZ", "CONSULT"), ("KAZ", "TJK", "CONSULT")} <= found, found


def test_guests_with_no_host_state_are_no_meeting() -> None:
    found = country_keys("Гостей из Китая в аэропорту встречал мэр города.", "ru")
    assert not {k for k in found if k[2] == "CONSULT"}, found

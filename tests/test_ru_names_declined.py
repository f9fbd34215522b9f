"""Russian case forms of people's names (actors/loaders.person_forms, forms.ru_surname): a man's name in a soft
consonant declines as a masculine noun ("Боррель" → "с Боррелем"), and an East Asian name declines its last word
only ("с Фам Минь Тинем", "с То Ламом"). Round 37, wire_ru12; sentences written for the tests."""

from __future__ import annotations

from extracted import country_keys
from realpolitik.actors.forms import ru_surname
from realpolitik.actors.loaders import person_forms


def test_a_soft_consonant_name_declines_as_a_man_s() -> None:
    assert ru_surname("Боррель")[4] == "Боррелем"
    assert ru_surname("Игорь")[1] == "Игоря"


def test_an_east_asian_name_declines_its_last_word() -> None:
    forms = {form for form, _ in person_forms("Фам Минь Тинь", "ru")}
    assert "Фам Минь Тинем" in forms
    assert "То Ламом" in {form for form, _ in person_forms("То Лам", "ru")}


def test_talks_with_the_declined_name_find_his_state() -> None:
    text = "Председатель правительства России Михаил Мишустин провел переговоры с Фам Минь Тинем."
    assert ("RUS", "VNM", "CONSULT") in country_keys(text, "ru", factual_only=True)

"""Russian kinds of round 65 (ru65), read from the misses and extras of the studied set fresh65a_ru and counted in the
studied material, each tested with sentences written for this file (none taken from any set).

- A title is read with its article for a name two states share: "выборы в Конго" over an article that names
  Brazzaville and its president is the Republic of the Congo's vote, as the body's own "Конго" already is
  (`actors.resolve_title`; studied: fresh65a-ru-004, whose election's state came from the title).
- The President of the Republic of the Congo by his Russian name ("Сассу-Нгессо", `leaders.yaml`).
- A ban lifted ("сняла запрет на ввоз", "отмена запрета на импорт") is RETREAT 085 towards the state whose goods it
  hit, as sanctions, restrictions and duties lifted are (convention61; every studied sentence of a ban lifted in the
  five languages is RETREAT: fresh60a-en-002, relwire12-en-002, fresh60a-es-003, relwire5-es-004, fresh65a-ru-003).
- A border violated is the border itself crossed, not a treaty about it ("нарушила договор о государственной
  границе" is no show of force; fresh65a-ru-001).
"""

from __future__ import annotations

from datetime import date

import pytest

from extracted import read_as, shown_keys
from realpolitik.events.confidence import is_shown
from realpolitik.model import Document
from realpolitik.pipeline import extract_document

ON = date(2026, 3, 24)


def _titled_keys(title: str, text: str) -> set[tuple]:
    doc = Document(id="t", text=text, lang="ru", published=ON, title=title)
    return {((e.source or "")[:3] or None, (e.target or "")[:3] or None, e.plover)
            for e in extract_document(doc).events if is_shown(e)}


def test_a_titles_shared_name_is_the_state_the_article_names() -> None:
    keys = _titled_keys(
        "Лидеры Анголы и Китая поздравили победителя выборов в Конго",
        "Президент Анголы Жуан Лоуренсу поздравил Дени Сассу-Нгессо с победой на президентских выборах. "
        "Власти в Браззавиле сообщили, что глава государства получил 80 процентов голосов. Председатель КНР "
        "направил президенту поздравительную телеграмму. Браззавиль поблагодарил Пекин.")
    read_as(keys, ("CHN", "COG", "SUPPORT"), ("CHN", "COD", "SUPPORT"))


def test_a_title_over_the_dr_congo_keeps_it() -> None:
    keys = _titled_keys(
        "Ангола поздравила победителя выборов в Конго",
        "Президент Анголы поздравил Феликса Чисекеди с победой на президентских выборах в ДР Конго. Власти в "
        "Киншасе поблагодарили Луанду.")
    read_as(keys, ("AGO", "COD", "SUPPORT"), ("AGO", "COG", "SUPPORT"))


def test_the_congos_president_by_his_russian_name() -> None:
    read_as(shown_keys("Сассу-Нгессо поблагодарил Анголу за поддержку.", "ru", ON), ("COG", "AGO", "SUPPORT"))


@pytest.mark.parametrize(("text", "key"), [
    ("Индия сняла запрет на ввоз малайзийского пальмового масла.", ("IND", "MYS", "RETREAT")),
    ("Египет объявил об отмене запрета на импорт бразильской говядины.", ("EGY", "BRA", "RETREAT")),
])
def test_a_ban_lifted_is_a_retreat(text: str, key: tuple) -> None:
    read_as(shown_keys(text, "ru"), key, (key[0], key[1], "SANCTION"))


def test_a_ban_imposed_stays_a_sanction() -> None:
    read_as(shown_keys("Индия ввела запрет на ввоз малайзийского пальмового масла.", "ru"),
            ("IND", "MYS", "SANCTION"), ("IND", "MYS", "RETREAT"))


def test_a_border_crossed_is_a_show_of_force() -> None:
    read_as(shown_keys("Два белорусских вертолета нарушили государственную границу Литвы.", "ru"),
            ("BLR", "LTU", "MOBILIZE"))


def test_a_treaty_about_the_border_broken_is_no_show_of_force() -> None:
    keys = shown_keys("МИД Армении заявил, что азербайджанская сторона нарушила соглашение о делимитации границы.",
                      "ru")
    read_as(keys, None, ("AZE", None, "MOBILIZE"))

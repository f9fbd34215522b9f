"""What the Russian set of the world desk (eval/gold/region_ru.jsonl) showed: news of Africa, the Middle East, Asia and
the Caucasus, told as the Russian press tells it. Each case is a way Russian says it, tested on sentences written for
this file, not taken from the set, in more than one phrasing, with one the fix must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import facts

_ON = date(2025, 6, 4)


def _facts(text: str) -> set[tuple]:
    return facts(text, "ru", _ON)


@pytest.mark.parametrize(("text", "expected"), [
    # a mirror measure taken is done, as a counter-measure taken is
    ("Ташкент ввел зеркальные меры против Бишкека.", {("UZB", "KGZ", "SANCTION", False)}),
    ("Власти Марокко в тот же день ввели зеркальную меру в отношении алжирских самолетов.",
     {("MAR", "DZA", "SANCTION", False)}),
    # promised, it stays a threat
    ("Минск примет зеркальные меры против Варшавы.", {("BLR", "POL", "THREATEN", False)}),
])
def test_mirror_measure_taken_is_a_sanction(text: str, expected: set[tuple]) -> None:
    assert _facts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # EVAL.md: expressed concern about another's conduct is ACCUSE; said of oneself, with the act in the instrumental
    ("Китай глубоко обеспокоен действиями Филиппин.", {("CHN", "PHL", "ACCUSE", False)}),
    ("Генсек ООН заявил, что встревожен ударами Израиля по Ливану.",
     {("UN", "ISR", "ACCUSE", False), ("ISR", "LBN", "ASSAULT", False)}),
    ("Токио серьезно озабочен ракетными пусками КНДР.", {("JPN", "PRK", "ACCUSE", False)}),
    # concern about a situation judges no one
    ("Москва обеспокоена ситуацией в регионе.", set()),
])
def test_concern_said_of_oneself_is_a_verdict(text: str, expected: set[tuple]) -> None:
    assert _facts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a base handed back to its host: the forces that held it withdraw (RETREAT 0874)
    ("Французские военные передали армии Сенегала последнюю базу в Дакаре.", {("FRA", "SEN", "RETREAT", False)}),
    ("Париж вернул Габону военную базу.", {("FRA", "GAB", "RETREAT", False)}),
    # data about a base handed over is no base
    ("Россия передала Сирии данные о базе.", set()),
])
def test_base_handed_back_is_a_withdrawal(text: str, expected: set[tuple]) -> None:
    assert _facts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Глава МИД Сирии назвал решение Эр-Рияда смелым шагом.", {("SYR", "SAU", "SUPPORT", False)}),
    ("Президент Кении назвал решение Аддис-Абебы мужественным поступком.", {("KEN", "ETH", "SUPPORT", False)}),
    # a historic mistake stays a verdict
    ("Лавров назвал решение Киева исторической ошибкой.", {("RUS", "UKR", "ACCUSE", False)}),
])
def test_a_courageous_step_is_praise(text: str, expected: set[tuple]) -> None:
    assert _facts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # told to expect consequences: the speaker threatens whoever must expect them
    ("Тегеран заявил, что Израиль должен готовиться к последствиям.", {("IRN", "ISR", "THREATEN", False)}),
    ("Пхеньян предупредил, что Сеул должен ждать последствий.", {("PRK", "KOR", "THREATEN", False)}),
    ("Хуситы заявили, что США должны ожидать последствий.", {("YEM", "USA", "THREATEN", False)}),
    # an economist's forecast threatens no one
    ("Экономисты считают, что Германия должна ожидать последствий кризиса.", set()),
])
def test_told_to_expect_consequences_is_a_threat(text: str, expected: set[tuple]) -> None:
    assert _facts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the Sahel confederation named by its kind after its name
    ("Лавров принял в Москве министров Альянса государств Сахеля. Конфедерация осудила действия Алжира.",
     {("RUS", "AES", "CONSULT", False), ("AES", "DZA", "ACCUSE", False)}),
    ("Министры Альянса государств Сахеля прибыли в Москву. Лавров пообещал, что Россия продолжит помогать странам "
     "конфедерации.", {("RUS", "AES", "AGREE", False)}),
])
def test_the_confederation_is_the_one_named_last(text: str, expected: set[tuple]) -> None:
    assert expected <= _facts(text)


@pytest.mark.parametrize(("text", "expected"), [
    # to break with someone, the ties left unnamed
    ("Ниамей окончательно порвал с Парижем.", {("NER", "FRA", "SANCTION", False)}),
    ("Власти Буркина-Фасо порвали с ЭКОВАС.", {("BFA", "ECO", "SANCTION", False)}),  # the helper keeps three letters
    # breaking with the past breaks with no one; a course not to break off is no act denied
    ("Киев порвал с прошлым.", set()),
    ("При этом Анкара не порывает с Москвой.", set()),
])
def test_breaking_with_a_party_is_a_break(text: str, expected: set[tuple]) -> None:
    assert _facts(text) == expected


def test_tracing_codes_what_plain_extraction_codes() -> None:
    """`eval --misses` (tracing on) reads the triggers of a sentence with no actor and no pronoun only to explain
    them: what they would make is dropped, as plain extraction never reads them (events/coder.py `explain_only`)."""
    from realpolitik.events.trace import tracing
    from realpolitik.model import Document
    from realpolitik.pipeline import extract_document

    text = ("НИАМЕЙ, 7 апреля. /ТАСС/. Мали, Нигер и Буркина-Фасо отзывают послов из Алжира из-за сбитого "
            "беспилотника. Это следует из заявления руководства Альянса государств Сахеля (АГС), опубликованного в "
            "воскресенье вечером. Коллегия АГС \"решительно осуждает\" уничтожение аппарата и расценивает его как "
            "\"агрессию против всех государств региона\".")

    def keys() -> set[tuple]:
        doc = Document(id="t", text=text, lang="ru", published=date(2025, 4, 7),
                       title="Альянс государств Сахеля отзывает послов из Алжира")
        return {(e.source, e.target, e.plover) for e in extract_document(doc).events}

    plain = keys()
    with tracing():
        traced = keys()
    assert traced == plain


@pytest.mark.parametrize(("text", "expected"), [
    # a seat or capital after a preposition of place is where they met; the title after it is the guest's own
    ("Си Цзиньпин принял в Пекине президента Вьетнама То Лама и премьер-министра Пакистана Шахбаза Шарифа.",
     {("CHN", "VNM", "CONSULT", False), ("CHN", "PAK", "CONSULT", False)}),
    ("Путин принял в Кремле президента Азербайджана Ильхама Алиева и премьер-министра Армении Никола Пашиняна.",
     {("RUS", "AZE", "CONSULT", False), ("RUS", "ARM", "CONSULT", False)}),
])
def test_a_seat_after_a_preposition_is_the_place(text: str, expected: set[tuple]) -> None:
    assert _facts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a fronted meeting's place phrase right before the subject, with no comma: the subject met the partner
    ("После встречи с Лавровым в Москве глава МИД Индии заявил, что стороны обсудили торговлю.",
     {("IND", "RUS", "CONSULT", False)}),
    ("По итогам переговоров с Эрдоганом в Анкаре президент Азербайджана заявил журналистам, что доволен.",
     {("AZE", "TUR", "CONSULT", False)}),
])
def test_a_place_phrase_before_the_subject_of_a_fronted_meeting(text: str, expected: set[tuple]) -> None:
    assert expected <= _facts(text)


def test_a_meeting_still_to_come_is_no_meeting() -> None:
    assert _facts("Перед встречей с Лавровым в Москве глава МИД Индии заявил, что стороны обсудят торговлю.") == set()

"""What the eleventh Russian wire set (eval/gold/wire_ru11.jsonl) showed the coder missing or printing wrongly. Each
fix is a way the language says things, tested with sentences written for this file, not taken from the set; where the
other languages say it the same way, they are tested too."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import extraction, facts


def _events(text: str, lang: str = "ru") -> set[tuple]:
    """The printed events (told as done or reported), by country."""
    return facts(text, lang, date(2025, 11, 12))


@pytest.mark.parametrize(("text", "lang"), [
    ("Встреча Путина и Трампа может состояться в Будапеште.", "ru"),
    ("Переговоры России и Китая пройдут в Пекине.", "ru"),
    ("Визит Моди в Москву запланирован на июль.", "ru"),
    ("Переговоры Армении и Азербайджана могут возобновиться в Абу-Даби.", "ru"),
    ("La reunión entre Putin y Trump podría celebrarse en Budapest.", "es"),
    ("Una cumbre entre Lula y Milei podría tener lugar en Asunción.", "es"),
])
def test_a_meeting_noun_before_a_modal_or_a_future_of_taking_place_is_no_meeting(text: str, lang: str) -> None:
    """A meeting noun that opens its clause, then "может состояться", "пройдут", "запланирован", "podría celebrarse":
    supposed or planned, not held (en and fr read it so already; ru and es lacked the verbs of taking place)."""
    found = _events(text, lang)
    assert not any(f[2] == "CONSULT" for f in found), found


@pytest.mark.parametrize(("text", "lang"), [
    ("Встреча Путина и Трампа состоялась в Анкоридже.", "ru"),
    ("Переговоры России и Китая прошли в Пекине.", "ru"),
    ("La reunión entre Putin y Trump se celebró en Alaska.", "es"),
])
def test_a_meeting_that_took_place_stays(text: str, lang: str) -> None:
    assert any(f[2] == "CONSULT" for f in _events(text, lang)), _events(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Белоруссия провела гибридную атаку против Литвы.", "ru"),
    ("Россия ведёт гибридную войну против Европы.", "ru"),
    ("Russia launched a hybrid attack on Poland.", "en"),
    ("Russland führt einen hybriden Krieg gegen Polen.", "de"),
    ("Rusia lanzó un ataque híbrido contra Polonia.", "es"),
    ("La Russie a lancé une attaque hybride contre la Pologne.", "fr"),
])
def test_a_hybrid_attack_is_no_military_force(text: str, lang: str) -> None:
    """Sabotage, balloons, migrants and cyber operations called hybrid are not ASSAULT (printed as 190 in all five)."""
    found = _events(text, lang)
    assert not any(f[2] == "ASSAULT" for f in found), found


@pytest.mark.parametrize(("text", "lang", "fact"), [
    ("Литва назвала запуски шаров гибридной атакой Белоруссии.", "ru", ("LTU", "BLR", "ACCUSE", False)),
    ("Poland accused Russia of waging a hybrid war against Europe.", "en", ("POL", "RUS", "ACCUSE", False)),
    ("Polonia acusó a Rusia de un ataque híbrido.", "es", ("POL", "RUS", "ACCUSE", False)),
])
def test_calling_it_a_hybrid_attack_stays_a_charge(text: str, lang: str, fact: tuple) -> None:
    assert fact in _events(text, lang), _events(text, lang)


@pytest.mark.parametrize(("text", "facts"), [
    ("Латвия и Литва отказали самолёту премьера Словакии в пролёте.",
     {("LVA", "SVK", "REJECT", False), ("LTU", "SVK", "REJECT", False)}),
    ("Суд Варшавы отказал Германии в выдаче украинского гражданина.", {("POL", "DEU", "REJECT", False)}),
])
def test_refusing_someone_something_is_a_rejection(text: str, facts: set) -> None:
    """"отказать кому в чём": the transitive refusal (only the reflexive "отказаться" was read)."""
    assert facts <= _events(text), _events(text)


def test_a_refused_entry_stays_a_sanction() -> None:
    found = _events("Латвия отказала во въезде гражданам Белоруссии.")
    assert ("LVA", "BLR", "SANCTION", False) in found and not any(f[2] == "REJECT" for f in found), found


@pytest.mark.parametrize(("text", "lang"), [
    ("Япония передала Украине партию генераторов.", "ru"),
    ("Японский МИД сообщил о передаче Украине трансформаторов.", "ru"),
    ("Japan handed Ukraine a batch of generators.", "en"),
    ("Japan übergab der Ukraine Generatoren.", "de"),
    ("Japón entregó a Ucrania generadores.", "es"),
    ("Le Japon a livré des générateurs à l'Ukraine.", "fr"),
])
def test_generators_handed_over_are_aid(text: str, lang: str) -> None:
    """Power for a grid under attack is relief (no rule of the five read generators or transformers given)."""
    assert ("JPN", "UKR", "AID", False) in _events(text, lang), _events(text, lang)


def test_an_office_of_cooperation_cooperates_with_no_one() -> None:
    """"представитель президента по экономическому сотрудничеству": the title names a field, no cooperation."""
    found = _events("Специальный представитель президента России по экономическому сотрудничеству Кирилл Дмитриев "
                    "встретился в Майами со спецпосланником США.")
    assert ("RUS", "USA", "CONSULT", False) in found and not any(f[2] == "COOPERATE" for f in found), found


@pytest.mark.parametrize("text", [
    "Глава банка с 2022 года находится в санкционном списке США.",
    "Российская компания остаётся под санкциями Евросоюза.",
])
def test_a_standing_listing_is_no_sanction_of_the_listed(text: str) -> None:
    """"находится в санкционном списке США": printed as a sanction by the one listed."""
    assert not any(f[2] == "SANCTION" for f in _events(text)), _events(text)


def test_putting_on_the_list_is_a_sanction() -> None:
    assert ("EU", "RUS", "SANCTION", False) in _events("ЕС внес российский банк в санкционный список.")


def test_helping_to_conclude_a_deal_is_no_aid() -> None:
    """"помогла заключить сделку": a go-between's part, not help given to the article's other state."""
    found = _events("Переговоры шли в Стамбуле. В 2022 году Турция помогла заключить зерновую сделку.")
    assert not any(f[2] == "AID" for f in found), found


def test_helping_a_state_stays_aid() -> None:
    assert ("KAZ", "KGZ", "AID", False) in _events("Казахстан помог Киргизии восстановить энергосистему.")


@pytest.mark.parametrize(("text", "pair"), [
    ("Переговоры России и США прошли в Пекине.", {"RUS", "USA"}),
    ("Встреча министров иностранных дел России и КНДР прошла в Вонсане.", {"RUS", "PRK"}),
])
def test_an_acronym_after_a_genitive_shares_its_case(text: str, pair: set) -> None:
    """"Переговоры России и США прошли": США does not decline, and was read as the subject of "прошли" (the talks were
    lost); after an inflected genitive it is the list's second genitive."""
    assert any(f[2] == "CONSULT" and {f[0], f[1]} == pair for f in _events(text)), _events(text)


def test_an_acronym_that_opens_a_clause_stays_its_subject() -> None:
    found = _events("По итогам переговоров с Индией США подписали торговое соглашение.")
    assert ("USA", "IND", "AGREE", False) in found, found


def _relations(text: str) -> set[tuple]:
    return {(r.a, r.b, r.kind) for r in extraction(text, "ru", date(2025, 11, 12)).relations}


@pytest.mark.parametrize(("text", "found"), [
    ("Казахстан и Россия – члены Евразийского экономического союза.",
     {("EAEU", "KAZ", "membership"), ("EAEU", "RUS", "membership")}),
    ("Турция — член НАТО.", {("NATO", "TUR", "membership")}),
    ("Япония входит в «Группу семи».", {("G7", "JPN", "membership")}),
])
def test_a_membership_said_with_a_dash_or_the_declined_g7(text: str, found: set) -> None:
    """"X и Y – члены Z": the dash stands for "are" (it cut the states from their membership); "Группа семи" is the
    G7 (only "Большая семёрка" was known)."""
    assert found <= _relations(text), _relations(text)

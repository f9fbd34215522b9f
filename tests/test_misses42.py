"""Ways of saying things that round 41's and earlier sets showed the coder misreading and their authors understood but
left (round 42's misses task). Each test uses sentences written for this file, not taken from any set, with at least
one other phrasing and a sentence the fix must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import facts


def _events(text: str, lang: str = "en", published: date = date(2025, 10, 15)) -> set[tuple]:
    """The printed events (told as done or reported), by country."""
    return facts(text, lang, published)


def _pairs(found: set[tuple], plover: str) -> set[frozenset]:
    return {frozenset((f[0], f[1])) for f in found if f[2] == plover and f[1]}


@pytest.mark.parametrize(("text", "lang", "partners"), [
    ("Indonesian and Australian marines began a week-long exercise near Darwin on Tuesday.", "en", ("IDN", "AUS")),
    ("Kenya and Uganda held large military drills along their shared border last month.", "en", ("KEN", "UGA")),
    ("Vietnamese and Indian sailors staged live-fire drills off Da Nang on Sunday.", "en", ("VNM", "IND")),
    ("Ungarn und Serbien begannen am Montag ein Manöver nahe Novi Sad.", "de", ("HUN", "SRB")),
    ("Die Armeen Kenias und Ugandas hielten im Juli eine Großübung an der Grenze ab.", "de", ("KEN", "UGA")),
    ("Le Maroc et le Sénégal ont entamé lundi des manœuvres navales au large de Dakar.", "fr", ("MAR", "SEN")),
    ("L'Égypte et la Grèce ont mené des exercices militaires en Crète la semaine dernière.", "fr", ("EGY", "GRC")),
    ("Chile y Perú iniciaron el lunes unas maniobras navales frente a Arica.", "es", ("CHL", "PER")),
    ("Colombia y Brasil realizaron ejercicios militares en la Amazonía en agosto.", "es", ("COL", "BRA")),
    ("Казахстан и Киргизия провели в понедельник военные учения у границы.", "ru", ("KAZ", "KGZ")),
])
def test_an_exercise_two_states_hold_is_their_cooperation(text: str, lang: str, partners: tuple[str, str]) -> None:
    """An exercise whose doers are two states, with no word "joint", is the drill they hold together: COOPERATE 062
    between them (as the study articles' gold codes joint drills), not a show of force by each."""
    found = _events(text, lang)
    assert frozenset(partners) in _pairs(found, "COOPERATE"), found
    assert not any(f[2] == "MOBILIZE" for f in found), found


def test_a_trilateral_exercise_pairs_each_two() -> None:
    found = _events("Сербия, Венгрия и Словакия начали в среду трехсторонние учения.", "ru")
    assert _pairs(found, "COOPERATE") == {frozenset(("SRB", "HUN")), frozenset(("SRB", "SVK")),
                                          frozenset(("HUN", "SVK"))}, found


@pytest.mark.parametrize(("text", "lang"), [
    ("Pakistan and Iran test-fired missiles on Monday.", "en"),
    ("China held large military drills around Taiwan on Monday.", "en"),
    ("Russland hielt ein Großmanöver an der Grenze zu Litauen ab.", "de"),
])
def test_a_launch_or_one_state_s_exercise_stays_a_show_of_force(text: str, lang: str) -> None:
    """Two states firing missiles each show force; one state's exercise is its own show of force."""
    found = _events(text, lang)
    assert any(f[2] == "MOBILIZE" for f in found) and not any(f[2] == "COOPERATE" for f in found), found


@pytest.mark.parametrize(("text", "lang", "partners"), [
    ("Uruguay realizó maniobras conjuntas con Argentina en mayo.", "es", ("URY", "ARG")),
    ("Chile efectuó ejercicios conjuntos con tropas peruanas en el desierto.", "es", ("CHL", "PER")),
    ("Индийский флот провел учения совместно с ВМС Франции.", "ru", ("IND", "FRA")),
    ("Армения провела в августе учения совместно с военными Ирана.", "ru", ("ARM", "IRN")),
    ("Polen hielt gemeinsam mit Litauen eine Militärübung ab.", "de", ("POL", "LTU")),
    ("Ungarische Soldaten haben im Mai gemeinsam mit Einheiten Kroatiens ein Manöver abgehalten.", "de",
     ("HUN", "HRV")),
])
def test_an_exercise_held_with_a_partner_is_cooperation(text: str, lang: str, partners: tuple[str, str]) -> None:
    """"realizó maniobras conjuntas con ...", "провел учения совместно с ...", "gemeinsam mit ... ein Manöver": the
    partner named with the exercise is the other side of the cooperation (the verb had outweighed the joint noun)."""
    found = _events(text, lang)
    assert frozenset(partners) in _pairs(found, "COOPERATE"), found


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Байден предупредил, что если Китай атакует Тайвань, США будут защищать остров.", "USA", "CHN"),
    ("Эрдоган предупредил, что если Греция продолжит вооружать острова, Турция ответит.", "TUR", "GRC"),
    ("Пхеньян предупредил Сеул, что ответит на любые провокации.", "PRK", "KOR"),
])
def test_a_warning_reaches_its_complementizer_across_the_comma(text: str, source: str, target: str) -> None:
    """Russian puts a comma before every "что": "предупредил, что если ..." is the warning "предупредить ... что"
    (a threat under the condition), though the comma cuts the clause between the verb and "что"."""
    found = _events(text, "ru")
    assert (source, target, "THREATEN", False) in found, found


@pytest.mark.parametrize("text", [
    "Министр сообщил, что Китай и Россия провели учения.",
    "Генсек ООН Антониу Гутерриш в докладе предупредил, что без помощи Судан ждет голод.",
])
def test_a_report_or_a_forecast_after_a_comma_is_no_threat(text: str) -> None:
    """"сообщил, что": no warning word; "предупредил, что без помощи ... голод": a warning of what will happen, with
    no one warned and no condition, threatens no one."""
    found = _events(text, "ru")
    assert not any(f[2] == "THREATEN" for f in found), found


@pytest.mark.parametrize(("text", "lang"), [
    ("The next meeting between Modi and Xi will take place in Delhi.", "en"),
    ("The upcoming summit of Egypt and Jordan is set for Aqaba.", "en"),
    ("Das nächste Treffen zwischen Scholz und Macron findet in Paris statt.", "de"),
    ("La prochaine rencontre entre Macron et Tebboune se tiendra à Alger.", "fr"),
    ("La próxima reunión entre Sánchez y Lula será en Brasilia.", "es"),
    ("Следующая встреча Путина и Эрдогана пройдет в Анкаре.", "ru"),
])
def test_the_next_meeting_is_not_held(text: str, lang: str) -> None:
    """"the next meeting", "das nächste Treffen", "la prochaine rencontre": a meeting still to come, whatever tense its
    clause is told in, is no meeting held (it was printed as CONSULT)."""
    found = _events(text, lang)
    assert not any(f[2] == "CONSULT" for f in found), found


@pytest.mark.parametrize(("text", "lang"), [
    ("Modi met Xi in Delhi on Monday, and the two agreed that talks would go on.", "en"),
    ("Scholz traf Macron am Montag in Paris.", "de"),
])
def test_a_meeting_held_stays_held(text: str, lang: str) -> None:
    found = _events(text, lang)
    assert any(f[2] == "CONSULT" for f in found), found

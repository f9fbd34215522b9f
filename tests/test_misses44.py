"""Ways of saying things that round 43's and earlier sets showed the coder misreading and their authors understood but
left (round 44's misses task). Each test uses sentences written for this file, not taken from any set, with at least
one other phrasing and a sentence the fix must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import extraction, facts


def _events(text: str, lang: str, published: date = date(2025, 10, 15)) -> set[tuple]:
    """The facts told (done or reported), by country: (source, target, type, negated)."""
    return facts(text, lang, published)


def _keys(text: str, lang: str) -> set[tuple]:
    return {f[:3] for f in _events(text, lang)}


def _reference(text: str, lang: str, surface: str) -> str:
    """The code the actor `surface` of the text was resolved to."""
    found = [a.code for sentence in extraction(text, lang).actors for a in sentence if a.surface == surface]
    assert found, f"{surface!r} not found"
    return found[0]


@pytest.mark.parametrize(("text", "lang", "surface", "country"), [
    ("El presidente de Colombia, Gustavo Petro, dijo tras reunirse con el canciller chino Wang Yi que su país "
     "suspendió la cooperación con Pekín.", "es", "su país", "COL"),
    ("Sheinbaum le dijo a Trump que su país suspendió la cooperación con Estados Unidos.", "es", "su país", "MEX"),
    ("Kanzler Friedrich Merz sagte nach einem Treffen mit Wladimir Selenskyj, sein Land habe die Lieferung der "
     "Raketen gestoppt.", "de", "sein Land", "DEU"),
    ("Emmanuel Macron a déclaré, après un entretien avec Donald Trump, que son pays avait suspendu la coopération.",
     "fr", "son pays", "FRA"),
])
def test_the_speaker_s_partner_owns_no_his_country(text: str, lang: str, surface: str, country: str) -> None:
    """"informó, después de reunirse con Rubio, que su país ...": a person named after a preposition (or Spanish
    object "a") is whom the speaker met or told, not the owner of "his country" (references.yaml own_not_after)."""
    assert _reference(text, lang, surface)[:3] == country


def test_his_country_after_the_latest_subject_stays_his() -> None:
    """The latest person named, no preposition before him, still owns it ("Tras hablar con Lula, Milei ...")."""
    text = "Tras hablar con Lula, el presidente argentino Javier Milei anunció que su país suspende la cooperación."
    assert _reference(text, "es", "su país")[:3] == "ARG"


@pytest.mark.parametrize(("text", "lang"), [
    ("Die russische Polizei durchsuchte in Jekaterinburg die Wohnungen ethnischer Aserbaidschaner.", "de"),
    ("Russland nahm zwei Männer aserbaidschanischer Abstammung fest.", "de"),
    ("La police russe a arrêté à Iekaterinbourg deux hommes d'origine azerbaïdjanaise.", "fr"),
    ("La policía rusa detuvo en Ekaterimburgo a dos hombres de origen azerbaiyano.", "es"),
    ("La policía rusa detuvo a varios azerbaiyanos étnicos.", "es"),
    ("Российская полиция задержала в Екатеринбурге этнических азербайджанцев.", "ru"),
    ("Russian police detained two men of Azerbaijani descent in Yekaterinburg.", "en"),
])
def test_people_by_descent_are_no_state(text: str, lang: str) -> None:
    """"ethnische Aserbaidschaner", "d'origine azerbaïdjanaise", "de origen azerbaiyano", "этнические
    азербайджанцы": a state's own residents by descent, not the state of their forebears (data/actors/descent.yaml,
    read by actors/ethnic_groups.py in five languages)."""
    found = _events(text, lang)
    assert not any(f[1] == "AZE" for f in found), found


def test_a_people_named_without_descent_stays_the_state_s() -> None:
    assert ("RUS", "AZE", "COERCE") in {(s[:3], t, k) for s, t, k, _ in _events(
        "Russland nahm zwei aserbaidschanische Staatsbürger in Jekaterinburg fest.", "de") if t}


@pytest.mark.parametrize("text", [
    "В понедельник начались российско-белорусские военные учения у границы с Польшей.",
    "Российско-белорусские военные учения «Запад» прошли в сентябре.",
    "Российско-белорусские учения начались в понедельник.",
])
def test_a_russian_hyphened_pair_s_exercise_is_their_cooperation(text: str) -> None:
    """"российско-белорусские военные учения": both states hold the exercise (COOPERATE, as misses43 read
    "russo-biélorusses"), not Belarus's forces alone (the dictionary reads "белорусские военные" as BLRMIL:
    roles_groups pairs the prefix with it); "учения начались" is an exercise held."""
    found = _events(text, "ru")
    assert {frozenset((f[0], f[1])) for f in found if f[2] == "COOPERATE" and f[1]} == {
        frozenset(("RUS", "BLR"))}, found


def test_one_state_s_exercise_that_began_shows_force() -> None:
    assert ("CHN", "TWN", "MOBILIZE") in _keys("Китайские учения начались у берегов Тайваня.", "ru")


@pytest.mark.parametrize(("text", "lang", "key"), [
    ("Managua desoyó los pedidos de Brasilia para liberar al obispo.", "es", ("NIC", "BRA", "REJECT")),
    ("Caracas desatendió los reclamos de Buenos Aires para liberar al gendarme.", "es", ("VEN", "ARG", "REJECT")),
    ("Managua a ignoré les appels du Brésil à libérer l'évêque.", "fr", ("NIC", "BRA", "REJECT")),
    ("Téhéran a fait fi des demandes de Paris de libérer les deux enseignants.", "fr", ("IRN", "FRA", "REJECT")),
])
def test_a_request_left_unheeded_is_defied(text: str, lang: str, key: tuple) -> None:
    """"desoyó los pedidos de Brasilia para liberar": the longer demand ("pedidos ... liberar") outranked the
    defiance ending on its noun, and the defier became the asker; both now keep their words
    (triggers._defied_request), and French reads "ignorer/braver/faire fi de ... appels/demandes" (fr defy)."""
    found = _keys(text, lang)
    assert key in found and (key[0], key[1], "REQUEST") not in found, found


def test_a_request_rebuffed_keeps_its_asker() -> None:
    found = _keys("Beijing keeps rebuffing Washington's calls to resume military talks.", "en")
    assert ("USA", "CHN", "REQUEST") in found, found


@pytest.mark.parametrize(("text", "lang"), [
    ("Las sanciones previstas de Washington contra Caracas preocupan a Bogotá.", "es"),
    ("Las sanciones planeadas por Bruselas contra Moscú dividen a los socios.", "es"),
    ("Die geplanten Sanktionen der EU gegen Russland stoßen in Ungarn auf Widerstand.", "de"),
    ("Les sanctions prévues par l'UE contre la Russie visent la flotte fantôme.", "fr"),
])
def test_a_planned_sanction_is_not_imposed(text: str, lang: str) -> None:
    """"las sanciones previstas", "die geplanten Sanktionen", "les sanctions prévues": a measure still planned
    (es.yaml scheduled: a participle right after the subject noun, as French "prévues" was)."""
    assert not any(f[2] == "SANCTION" for f in _events(text, lang)), _events(text, lang)


def test_a_planned_summit_cancelled_is_cancelled() -> None:
    """After a verb that follows its subject the participle qualifies the object: the cancellation happened."""
    assert ("MAR", "DZA", "REJECT") in _keys("Marruecos canceló la cumbre prevista con Argelia.", "es")


@pytest.mark.parametrize("text", [
    "С начала российского вторжения Германия поставила Украине оружие.",
    "С начала полномасштабного российского вторжения Франция передала Украине танки.",
])
def test_since_the_start_of_an_invasion_is_background(text: str) -> None:
    """"С начала российского вторжения": the start of the act, in a phrase of time, dates the clause; no attack of
    Russia on the clause's subject (topics._since_the_start, as Romance "desde el inicio de la invasión")."""
    found = _events(text, "ru")
    assert not any(f[2] == "ASSAULT" for f in found) and any(f[2] == "AID" for f in found), found


def test_a_strike_at_the_start_of_the_week_is_told() -> None:
    assert ("RUS", "UKR", "ASSAULT") in _keys("Россия нанесла удар по Киеву в начале недели.", "ru")

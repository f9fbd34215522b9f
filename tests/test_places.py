"""Cities as the place of an act of force (data/actors/places.csv): "strikes on Kharkiv" hit Ukraine, but a
city is no party of talks held there, no speaker, no relation party, and no city where it is a word."""

from __future__ import annotations

import csv
from datetime import date
from functools import partial

import pytest

from extracted import country_keys, extraction
from realpolitik.actors import find_in_text
from realpolitik.actors.data_files import DATA_DIR
from realpolitik.model import PLACE

ON = date(2025, 6, 4)


def _extract(text: str, lang: str):
    return extraction(text, lang, ON)


_keys = partial(country_keys, published=ON)


@pytest.mark.parametrize(("lang", "text", "key"), [
    ("en", "Russian missiles hit the port of Odesa on Monday.", ("RUS", "UKR", "ASSAULT")),
    ("en", "Ukrainian drones struck Belgorod overnight.", ("UKR", "RUS", "ASSAULT")),
    ("en", "Israeli strikes on Khan Younis killed twelve people.", ("ISR", "PSE", "ASSAULT")),
    ("en", "Russian forces shelled Kherson on Sunday.", ("RUS", "UKR", "ASSAULT")),
    ("de", "Russland startete in der Nacht einen Angriff auf Charkiw.", ("RUS", "UKR", "ASSAULT")),
    ("de", "Die russische Armee hat Odessa mit Raketen beschossen.", ("RUS", "UKR", "ASSAULT")),
    ("es", "Rusia lanzó un ataque contra Jersón.", ("RUS", "UKR", "ASSAULT")),
    ("es", "Israel bombardeó Rafah el domingo.", ("ISR", "PSE", "ASSAULT")),
    ("fr", "La Russie a lancé des frappes sur Kharkiv.", ("RUS", "UKR", "ASSAULT")),
    ("fr", "L'armée israélienne a bombardé Khan Younès.", ("ISR", "PSE", "ASSAULT")),
    ("ru", "Россия нанесла удар по Одессе.", ("RUS", "UKR", "ASSAULT")),
    ("ru", "Украинские дроны атаковали Белгород.", ("UKR", "RUS", "ASSAULT")),
])
def test_a_city_struck_is_its_state(lang: str, text: str, key) -> None:
    assert key in _keys(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Russia and Ukraine held talks in Istanbul."),
    ("de", "Russland und die Ukraine verhandelten in Istanbul."),
    ("es", "Rusia y Ucrania negociaron en Estambul."),
    ("fr", "La Russie et l'Ukraine ont négocié à Istanbul."),
    ("ru", "Россия и Украина провели переговоры в Стамбуле."),
])
def test_talks_held_in_a_city_are_no_party(lang: str, text: str) -> None:
    keys = _keys(text, lang)
    assert keys and all("TUR" not in k for k in keys), keys  # the two parties met; Turkey took no part


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Odesa-born singer criticised the Russian government."),
    ("en", "A man from Kharkiv condemned Russia."),
    ("de", "Der aus Charkiw stammende Künstler kritisierte Russland."),
    ("es", "Un escritor nacido en Járkov criticó a Rusia."),
    ("fr", "Un écrivain originaire de Kharkiv a critiqué la Russie."),
    ("ru", "Уроженец Харькова раскритиковал Россию."),
])
def test_a_city_of_origin_acts_for_no_state(lang: str, text: str) -> None:
    assert not any(e.source and e.source.startswith("UKR") for e in _extract(text, lang).events)


def test_a_city_is_no_relation_party() -> None:
    found = _extract("Russia launched a massive drone attack on Kharkiv.", "en")
    assert ("RUS", "UKR", "ASSAULT") in {(e.source[:3], e.target[:3], e.plover) for e in found.events if e.target}
    assert not found.relations


def test_a_city_after_another_act_is_that_acts_object() -> None:
    text = "Aviones israelíes bombardearon el puerto yemení en respuesta a un ataque contra Tel Aviv."
    keys = _keys(text, "es")
    assert ("ISR", "YEM", "ASSAULT") in keys and ("ISR", "ISR", "ASSAULT") not in keys


@pytest.mark.parametrize(("lang", "text", "surface"), [
    ("ru", "Удары по Харькову продолжались всю ночь.", "Харькову"),
    ("ru", "В Белгороде объявили воздушную тревогу.", "Белгороде"),
    ("ru", "Дроны атаковали Одессу.", "Одессу"),
])
def test_russian_cases(lang: str, text: str, surface: str) -> None:
    assert surface in {m.surface for m in find_in_text(text, lang, ON) if m.kind == PLACE}


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Nach dem Essen reisten die Minister ab."),  # Essen, the city, is a German word
    ("es", "La goma del neumático se rompió."),  # Goma, the Congolese city, is Spanish for rubber
    ("en", "North Korea fired a Hwasong-18 missile."),  # a missile named after a city
])
def test_a_city_that_is_a_word_or_a_model_is_no_place(lang: str, text: str) -> None:
    assert not [m for m in find_in_text(text, lang, ON) if m.kind == PLACE]


def test_goma_is_read_where_it_is_no_word() -> None:
    places = [m for m in find_in_text("M23 fighters shelled Goma.", "en", ON) if m.kind == PLACE]
    assert [m.code for m in places] == ["COD"]


def test_the_list_is_small_and_free_of_known_names() -> None:
    path = DATA_DIR / "places.csv"
    assert path.stat().st_size < 400_000
    with path.open(encoding="utf-8") as fh:
        forms = {f.split("!")[0] for row in csv.DictReader(fh) for f in row["forms"].split("|")}
    # countries and capitals are the dictionary's own entries (read as the state and its government)
    assert not forms & {"Kyiv", "Moscow", "Ukraine", "Paris", "Berlin", "Gaza", "Putin"}


# Regions (data/actors/regions.csv, ISO 3166-2 through pycountry): a region is its state, as a city is.

@pytest.mark.parametrize(("text", "surface"), [
    ("Удары по Белгородской области продолжались.", "Белгородской области"),
    ("Бои идут в Донецкой области.", "Донецкой области"),
    ("Армия вошла в Курскую область.", "Курскую область"),
    ("Над Краснодарским краем сбили дроны.", "Краснодарским краем"),
    ("Ситуация в Краснодарском крае спокойная.", "Краснодарском крае"),
    ("Удар пришёлся по Запорожской области.", "Запорожской области"),
    ("Бои продолжаются в Донецкой и Луганской областях.", "Луганской областях"),  # two regions, one noun
    ("Удары по Херсонской и Запорожской областям.", "Запорожской областям"),
])
def test_a_russian_region_in_every_case(text: str, surface: str) -> None:
    assert surface in {m.surface for m in find_in_text(text, "ru", ON) if m.kind == PLACE}


@pytest.mark.parametrize(("lang", "text", "key"), [
    ("ru", "Российские войска нанесли удар по Донецкой области.", ("RUS", "UKR", "ASSAULT")),
    ("ru", "Украинские дроны атаковали Белгородскую область.", ("UKR", "RUS", "ASSAULT")),
    ("en", "Russian forces shelled the Donetsk region on Sunday.", ("RUS", "UKR", "ASSAULT")),
    ("en", "Ukrainian drones struck Kursk Oblast overnight.", ("UKR", "RUS", "ASSAULT")),
    ("en", "Russian artillery shelled the Donbas.", ("RUS", "UKR", "ASSAULT")),
    ("de", "Russland hat das Gebiet Donezk mit Raketen beschossen.", ("RUS", "UKR", "ASSAULT")),
    ("es", "Rusia bombardeó la región de Járkov.", ("RUS", "UKR", "ASSAULT")),
    ("fr", "L'Ukraine a frappé la région de Koursk avec des drones.", ("UKR", "RUS", "ASSAULT")),
])
def test_a_region_struck_is_its_state(lang: str, text: str, key) -> None:
    assert key in _keys(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Уроженец Донецкой области раскритиковал Россию."),
    ("en", "A writer from the Donbas condemned Russia."),
    ("de", "Ein Politiker aus dem Donbass kritisierte Russland."),
])
def test_a_region_of_origin_acts_for_no_state(lang: str, text: str) -> None:
    assert not any(e.source and e.source.startswith("UKR") for e in _extract(text, lang).events)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Russia and the United States held talks on the Donbas."),
    ("ru", "Россия и США провели переговоры о Донецкой области."),
    ("es", "Rusia y Estados Unidos negociaron sobre el Donbás y la región de Járkov."),
])
def test_a_region_in_talks_is_no_party(lang: str, text: str) -> None:
    keys = _keys(text, lang)
    assert keys and all("UKR" not in k for k in keys), keys


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Houthi attacks in the Red Sea continued."),  # Sudan's Red Sea state
    ("en", "He raised his chin and smiled."),  # Myanmar's Chin state
    ("fr", "Le Sahel traverse une crise."),  # a region across several states
    ("en", "The refugees were admired from afar."),  # Ethiopia's Afar region
])
def test_a_region_that_is_a_word_or_spans_states_is_no_place(lang: str, text: str) -> None:
    assert not [m for m in find_in_text(text, lang, ON) if m.kind == PLACE]


def test_the_region_list_is_small() -> None:
    path = DATA_DIR / "regions.csv"
    assert path.stat().st_size < 30_000
    with path.open(encoding="utf-8") as fh:
        forms = {f for row in csv.DictReader(fh) for f in row["forms"].split("|")}
    assert "Донецкая область" in forms and not forms & {"Crimea", "Крым", "Kurdistan", "Sahel", "Red Sea"}


# Attacks that name no attacker: the one adversary the article shows the victim's state fighting used the force.

_WAR = {"en": "Russia launched missiles at Ukraine on Monday. ",
        "de": "Russland griff die Ukraine am Montag mit Raketen an. ",
        "es": "Rusia atacó Ucrania con misiles el lunes. ",
        "fr": "La Russie a attaqué l'Ukraine avec des missiles lundi. ",
        "ru": "Россия в понедельник нанесла ракетный удар по Украине. "}


def _later(text: str, lang: str) -> set[tuple[str, str | None, str]]:
    """Keys of the events of every sentence after the first."""
    return {(e.source[:3], (e.target or "")[:3] or None, e.plover) for e in _extract(text, lang).events
            if e.evidence_start > 0}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Odesa came under missile attack."),
    ("en", "Odesa was hit by drones overnight."),
    ("en", "Kharkiv was shelled again on Tuesday."),
    ("de", "Charkiw wurde in der Nacht angegriffen."),
    ("de", "Odessa wurde von Drohnen getroffen."),
    ("es", "Jersón fue bombardeada."),
    ("es", "Odesa sufrió un ataque con drones."),
    ("fr", "Kharkiv a été frappée par des drones."),
    ("ru", "Порт Одессы подвергся ракетному удару."),
    ("ru", "По Харькову был нанесён удар."),
    ("ru", "Центр Харькова попал под обстрел."),
])
def test_an_attack_without_attacker_is_the_adversarys(lang: str, text: str) -> None:
    assert ("RUS", "UKR", "ASSAULT") in _later(_WAR[lang] + text, lang)


def test_the_filled_attacker_is_less_sure_than_a_named_one() -> None:
    filled = _extract(_WAR["en"] + "Odesa was hit by drones overnight.", "en").events
    named = _extract(_WAR["en"] + "Odesa was hit by Russian drones overnight.", "en").events
    assert max(e.confidence for e in filled if e.evidence_start > 0) < max(
        e.confidence for e in named if e.evidence_start > 0)


def _last(text: str, lang: str) -> set[tuple[str, str | None, str]]:
    """Keys of the events of the last sentence."""
    events = _extract(text, lang).events
    start = len(text) - len(text.split(". ")[-1])
    return {(e.source[:3], (e.target or "")[:3] or None, e.plover) for e in events if e.evidence_start >= start}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The talks ended on Monday. Odesa came under missile attack."),  # no war told before: no attacker
    # Israel's two foes: which one fired on Haifa the article does not say
    ("en", "Israel struck Gaza on Monday. Hezbollah fired rockets at Israel. Haifa came under rocket fire."),
    ("ru", "Израиль нанёс удар по Газе. Хезболла обстреляла Израиль. Хайфа подверглась ракетному удару."),
    ("de", "Israel griff Gaza an. Die Hisbollah beschoss Israel. Haifa wurde in der Nacht angegriffen."),
])
def test_no_attacker_without_one_adversary(lang: str, text: str) -> None:
    assert not _last(text, lang)


def test_an_attack_in_an_article_with_two_wars() -> None:
    text = ("Russia launched missiles at Ukraine on Monday. Israel struck Gaza on Tuesday. "
            "Kharkiv came under missile attack. Khan Younis was shelled.")
    keys = _later(text, "en")
    assert ("RUS", "UKR", "ASSAULT") in keys and ("ISR", "PSE", "ASSAULT") in keys
    assert ("ISR", "UKR", "ASSAULT") not in keys and ("RUS", "PSE", "ASSAULT") not in keys


def test_a_person_killed_by_no_one_named_gets_no_attacker() -> None:
    text = "Israel struck Iran on Friday. The Hamas leader Ismail Haniyeh was killed."
    assert not [k for k in _later(text, "en") if k[1] == "PSE"]

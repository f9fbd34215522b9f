"""A title alone after a quote ("..., betonte der Minister", "..., said the minister", "..., declaró el canciller",
"..., a affirmé le ministre", "..., заявил министр") is the person the article last named with that title, not the
state or government named since (issue 10; reference/roles._titled_person). Sentences written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from realpolitik.actors import find_in_text
from realpolitik.actors.titles import title_offices

_ON = date(2025, 7, 18)


def _title_code(text: str, lang: str, title: str) -> str | None:
    """The code the last bare `title` of the text was read as (None where it was read as no one)."""
    found = [m for m in find_in_text(text, lang, _ON) if m.kind == "reference" and m.surface.lower() == title]
    return found[-1].code if found else None


@pytest.mark.parametrize(("lang", "text", "title"), [
    ("de", "Bundesinnenminister Alexander Dobrindt sprach am Freitag in Leipzig. Gespräche mit den Taliban habe es "
           "nicht gegeben, betonte der Minister.", "minister"),
    ("de", "Bundesaußenminister Johann Wadephul reiste am Montag nach Ankara. Gespräche mit Teheran lehne Berlin ab, "
           "so der Minister.", "minister"),
    ("en", "Foreign Minister Johann Wadephul arrived in Ankara on Monday. Berlin will hold no talks with the Taliban, "
           "the minister said.", "minister"),
    ("es", "El ministro alemán de Exteriores, Johann Wadephul, llegó el lunes a Ankara. Berlín no negociará con los "
           "talibanes, declaró el ministro.", "ministro"),
    ("fr", "Le ministre allemand des Affaires étrangères Johann Wadephul est arrivé lundi à Ankara. Berlin ne "
           "négociera pas avec les talibans, a affirmé le ministre.", "ministre"),
    ("ru", "Министр иностранных дел Германии Иоганн Вадефуль прибыл в понедельник в Анкару. Берлин не будет вести "
           "переговоры с талибами, заявил министр.", "министр"),
])
def test_the_title_is_the_person_named_before_with_it(lang: str, text: str, title: str) -> None:
    assert _title_code(text, lang, title) == "DEUGOV"


@pytest.mark.parametrize(("lang", "text", "title", "code"), [
    pytest.param("de", "Wadephul reiste am Montag nach Ankara. Verhandlungen mit den Taliban lehne Berlin ab, betonte "
                 "der Minister.", "minister", "DEUGOV", id="named-alone-holds-the-dictionarys-office"),
    pytest.param("en", "Wadephul met Syrian Foreign Minister Asaad al-Shaibani in Damascus on Monday. Israel must "
                 "leave the buffer zone, the minister said.", "minister", "SYRGOV", id="other-sides-minister-last"),
    pytest.param("de", "Präsident Wolodymyr Selenskyj traf am Montag in Berlin ein. Russland habe erneut Kiew "
                 "angegriffen, sagte der Präsident.", "präsident", "UKRGOV", id="president-named-before"),
    # no president named: the title is the government last named, as before (a minister does not stand for it)
    pytest.param("de", "Wadephul reiste am Montag nach Ankara. Die türkische Regierung wolle vermitteln, sagte der "
                 "Präsident.", "präsident", "TURGOV", id="no-one-holds-it-keeps-the-reading-of-before"),
    pytest.param("de", "Das Außenministerium in Kabul verbreitete am Montag eine Erklärung. Bundesaußenminister "
                 "Wadephul reiste nach Ankara. Gespräche mit den Taliban lehne Berlin ab, sagte der Minister.",
                 "minister", "DEUGOV", id="a-ministry-is-no-minister"),
    pytest.param("fr", "La présidente mexicaine Claudia Sheinbaum a reçu lundi des diplomates. Nasry Asfura a promis "
                 "de renouer avec Taïwan. Taipei a salué l'annonce faite par le président élu.", "président",
                 "HNDGOV", id="president-elect-is-the-one-not-yet-in-office"),
    pytest.param("ru", "Германия прибыла в Анкару. Берлин не будет вести переговоры с талибами, заявил министр.",
                 "министр", None, id="ru-after-the-verb-no-one-titled-before"),
])
def test_who_the_title_stands_for(lang: str, text: str, title: str, code: str | None) -> None:
    assert _title_code(text, lang, title) == code


@pytest.mark.parametrize(("lang", "text", "title", "not_code"), [
    pytest.param("fr", "La présidente mexicaine Claudia Sheinbaum a reçu lundi des diplomates. Taipei a salué "
                 "l'annonce faite par le président élu.", "président", "MEXGOV", id="president-elect-no-incumbent"),
    # Spain's "presidente del Gobierno" is its prime minister, not the president named last
    pytest.param("es", "El presidente argentino Javier Milei criticó el lunes a Pedro Sánchez. El ministro Albares "
                 "pidió disculpas por los insultos contra el presidente del Gobierno.", "presidente", "ARGGOV",
                 id="presidente-del-gobierno-heads-a-government"),
])
def test_whom_the_title_does_not_stand_for(lang: str, text: str, title: str, not_code: str) -> None:
    assert _title_code(text, lang, title) != not_code


@pytest.mark.parametrize(("title", "offices"), [
    ("Außenministerium", set()), ("Foreign Ministry spokesman", set()), ("Vizekanzler", set()),
    ("Vice President", set()), ("la Cancillería", set()), ("the administration", set()),
    ("Parlamentspräsident", set()), ("senior adviser to the president", set()),
    ("Bundesinnenminister", {"minister"}), ("Premierminister", {"head of government"}),
    ("primer ministro", {"head of government"}), ("Präsident", {"president"}),
    ("canciller", {"minister", "head of government"}), ("presidente del Gobierno", {"head of government"}),
])
def test_the_offices_a_title_names(title: str, offices: set[str]) -> None:
    assert title_offices(title) == offices


@pytest.mark.parametrize(("lang", "text", "title", "code"), [
    ("fr", "Le roi Mohammed VI a prononcé mardi un discours à Rabat. Le souverain a ensuite remercié l'Espagne.",
     "souverain", "MARGOV"),
    ("es", "El rey Felipe VI recibió el lunes al presidente de Portugal. El soberano agradeció a Lisboa su apoyo.",
     "soberano", "ESPGOV"),
    ("ru", "Король Иордании Абдалла II прибыл в Москву. Монарх поблагодарил Россию за поддержку.", "монарх", "JORGOV"),
])
def test_the_sovereign_is_the_monarch_named_before(lang: str, text: str, title: str, code: str) -> None:
    assert _title_code(text, lang, title) == code


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le Maroc se dit un État souverain. Le fonds souverain a vendu ses parts."),
    ("es", "La Constitución de Perú dice que el pueblo soberano decide."),
])
def test_sovereign_as_an_adjective_is_no_monarch(lang: str, text: str) -> None:
    assert _title_code(text, lang, "souverain" if lang == "fr" else "soberano") is None

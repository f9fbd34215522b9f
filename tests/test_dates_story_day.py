"""Days told from the day the article tells of ("la veille", "накануне", "the same day") and undated acts.
Sentences written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import events_of
from realpolitik.language.dates import find_dates, on_story_day, story_day

THURSDAY = date(2025, 6, 12)


@pytest.mark.parametrize(("lang", "text", "day"), [
    ("fr", "Le ministre a confirmé mardi que Rome avait rappelé son ambassadeur la veille.", date(2025, 6, 9)),
    ("de", "Am Dienstag sprach Berlin mit Warschau, am selben Tag auch mit Prag.", date(2025, 6, 10)),
    ("en", "Egypt hosted the envoys on Monday and sent them home the next day.", date(2025, 6, 10)),
    ("es", "El lunes 9 de junio llegó el enviado; al día siguiente se reunió con el canciller.", date(2025, 6, 10)),
    ("ru", "Во вторник министр прибыл в Баку, а в тот же день встретился с коллегой.", date(2025, 6, 10)),
])
def test_a_day_named_before_in_the_sentence_anchors_it(lang: str, text: str, day: date) -> None:
    told = find_dates(text, lang, THURSDAY)[-1]
    assert (told.value, told.precision, told.story_offset) == (day, "day", None)


@pytest.mark.parametrize(("lang", "text", "offset"), [
    ("fr", "La veille, Madrid avait convoqué le chargé d'affaires.", -1),
    ("de", "Am Vortag hatte Wien den Botschafter einbestellt.", -1),
    ("en", "The same day, Oslo recalled its envoy.", 0),
    ("es", "La víspera, Lima había llamado a consultas a su embajador.", -1),
    ("ru", "Накануне Минск выслал двух дипломатов.", -1),
    ("ru", "Днем ранее Рига закрыла пункт пропуска.", -1),
])
def test_without_one_it_counts_from_publication_until_an_earlier_sentence_says(lang: str, text: str,
                                                                                 offset: int) -> None:
    (told,) = find_dates(text, lang, THURSDAY)
    assert (told.value, told.story_offset) == (date(2025, 6, 12 + offset), offset)
    assert on_story_day(told, date(2025, 6, 9)).value == date(2025, 6, 9 + offset)


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le ministre est arrivé la veille du sommet."),
    ("de", "Der Minister kam am Vortag des Gipfels an."),
    ("en", "The minister arrived the day before the summit."),
    ("es", "El ministro llegó la víspera de la cumbre."),
    ("ru", "Министр прибыл накануне саммита."),
])
def test_the_eve_of_a_named_occasion_is_no_day(lang: str, text: str) -> None:
    assert find_dates(text, lang, THURSDAY) == []


def test_the_story_day_is_the_last_day_of_the_nearest_sentence_naming_one() -> None:
    earlier = ["Am Montag trafen sich die Minister.", "Am Dienstag reisten sie ab.", "Es gab keine Einigung."]
    assert story_day(earlier, "de", THURSDAY) == date(2025, 6, 10)
    assert story_day(["Es gab keine Einigung."], "de", THURSDAY) is None


def test_an_event_told_from_an_earlier_sentence_day() -> None:
    text = ("Die Ukraine und Polen unterzeichneten am Montag in Warschau ein Abkommen. "
            "Am Vortag hatte Russland die Ukraine mit Raketen angegriffen.")
    (attack,) = [e for e in events_of(text, "de", THURSDAY) if e.plover == "ASSAULT"]
    assert (attack.date, attack.date_precision) == (date(2025, 6, 8), "day")


def test_an_act_whose_sentence_states_no_date_gets_none_in_the_lead_too() -> None:
    (event,) = [e for e in events_of("Lettland wies zwei russische Diplomaten aus.", "de", THURSDAY)
                if e.plover == "SANCTION"]
    assert event.date is None and event.to_json()["date_precision"] == "published"
    assert event.to_json()["date"] == "2025-06-12"


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "08:40 Lituania ha expulsado a dos diplomáticos bielorrusos."),
    ("de", "+++ 14:30 +++ Litauen weist zwei belarussische Diplomaten aus."),
    ("ru", "14:30 Литва выслала двух белорусских дипломатов."),
])
def test_a_live_blog_entry_headed_by_its_clock_time_is_of_the_publication_day(lang: str, text: str) -> None:
    (event,) = [e for e in events_of(text, lang, THURSDAY) if e.plover == "SANCTION"][:1]
    assert (event.date, event.date_precision) == (THURSDAY, "day")


def test_a_clock_time_inside_the_sentence_is_no_heading() -> None:
    (event,) = [e for e in events_of("Litauen wies zwei belarussische Diplomaten aus, die um 14:30 abreisten.", "de",
                                  THURSDAY)
                if e.plover == "SANCTION"][:1]
    assert event.date is None

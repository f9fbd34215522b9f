"""A bare weekday is the coming such day where the clause tells a plan, the past one where it reports
(sentences written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import events_of
from realpolitik.language.dates import resolve_date

TUESDAY = date(2025, 5, 6)
THURSDAY = date(2025, 5, 8)
COMING_THURSDAY = date(2025, 5, 8)
PAST_THURSDAY = date(2025, 5, 1)

PLANS = [
    ("en", "Chinese President Xi Jinping will meet Russian President Vladimir Putin in Moscow on Thursday."),
    ("en", "Chinese President Xi Jinping is to meet Russian President Vladimir Putin in Moscow this Thursday."),
    ("de", "Bundeskanzler Friedrich Merz wird am Donnerstag den französischen Präsidenten Emmanuel Macron in Paris "
           "treffen."),
    ("es", "El presidente francés, Emmanuel Macron, se reunirá el jueves con el canciller alemán Friedrich Merz."),
    ("es", "El presidente francés, Emmanuel Macron, se reunirá este jueves con el canciller alemán Friedrich Merz."),
    ("fr", "Emmanuel Macron rencontrera jeudi le chancelier allemand Friedrich Merz à Berlin."),
    ("fr", "Emmanuel Macron rencontrera ce jeudi le chancelier allemand Friedrich Merz à Berlin."),
    ("ru", "В четверг Владимир Путин встретится с председателем КНР Си Цзиньпином в Москве."),
]

REPORTS = [
    ("en", "Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow on Thursday."),
    ("de", "Bundeskanzler Friedrich Merz traf am Donnerstag den französischen Präsidenten Emmanuel Macron in Paris."),
    ("es", "El presidente francés, Emmanuel Macron, se reunió el jueves con el canciller alemán Friedrich Merz."),
    ("fr", "Emmanuel Macron a rencontré jeudi le chancelier allemand Friedrich Merz à Berlin."),
    ("ru", "В четверг Владимир Путин встретился с председателем КНР Си Цзиньпином в Москве."),
]


def _dates(text: str, lang: str, published: date, modality: str | None = None) -> set[date | None]:
    events = [e for e in events_of(text, lang, published) if modality is None or e.modality == modality]
    assert events, text
    return {e.date for e in events}


@pytest.mark.parametrize(("lang", "text"), PLANS)
def test_a_planned_meeting_on_a_weekday_is_the_coming_day(lang: str, text: str) -> None:
    assert _dates(text, lang, TUESDAY, "plan") == {COMING_THURSDAY}


@pytest.mark.parametrize(("lang", "text"), PLANS)
def test_a_plan_published_on_that_weekday_is_the_publication_day(lang: str, text: str) -> None:
    assert _dates(text, lang, THURSDAY, "plan") == {THURSDAY}


@pytest.mark.parametrize(("lang", "text"), REPORTS)
def test_a_past_meeting_on_a_weekday_keeps_the_past_day(lang: str, text: str) -> None:
    assert _dates(text, lang, TUESDAY) == {PAST_THURSDAY}


@pytest.mark.parametrize(("lang", "text"), REPORTS)
def test_a_report_published_on_that_weekday_is_the_publication_day(lang: str, text: str) -> None:
    assert _dates(text, lang, THURSDAY) == {THURSDAY}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The talks are set for Thursday."),
    ("de", "Die Gespräche sind für Donnerstag geplant."),
    ("es", "Las conversaciones están previstas para el jueves."),
    ("fr", "Les pourparlers sont prévus jeudi."),
    ("ru", "Переговоры намечены на четверг."),
])
def test_a_bare_weekday_carries_both_days(lang: str, text: str) -> None:
    ref = resolve_date(text, lang, TUESDAY)
    assert ref is not None and (ref.value, ref.coming) == (PAST_THURSDAY, COMING_THURSDAY)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The talks took place last Thursday."),
    ("en", "The talks take place next Thursday."),
    ("de", "Die Gespräche fanden am vergangenen Donnerstag statt."),
    ("es", "Las conversaciones tuvieron lugar el jueves pasado."),
    ("fr", "Les pourparlers ont eu lieu jeudi dernier."),
    ("ru", "Переговоры прошли в прошлый четверг."),
])
def test_a_weekday_with_last_or_next_has_one_day(lang: str, text: str) -> None:
    ref = resolve_date(text, lang, TUESDAY)
    assert ref is not None and ref.coming is None


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Kremlin said on Thursday that Putin will meet Xi Jinping in Moscow."),
    ("en", "Poland and Lithuania agreed on Thursday to hold joint military exercises next spring."),
    ("es", "Francia y Alemania anunciaron el jueves que firmarán un acuerdo de defensa."),
    ("fr", "La France et l'Allemagne ont annoncé jeudi qu'elles signeront un accord de défense."),
    ("ru", "Франция и Германия в четверг заявили, что подпишут оборонное соглашение."),
])
def test_the_day_a_plan_was_made_known_stays_past(lang: str, text: str) -> None:
    assert _dates(text, lang, TUESDAY) == {PAST_THURSDAY}


def test_a_purpose_after_a_meeting_on_a_weekday_keeps_the_meeting_day() -> None:
    text = "Ghana's president met his Togolese counterpart on Thursday to discuss border security."
    assert _dates(text, "en", TUESDAY) == {PAST_THURSDAY}


def test_a_purpose_with_its_own_object_keeps_the_meeting_day() -> None:
    text = "Ghana's president met his Togolese counterpart on Thursday to discuss the sanctions against Mali."
    assert PAST_THURSDAY in _dates(text, "en", TUESDAY)
    assert COMING_THURSDAY not in _dates(text, "en", TUESDAY)

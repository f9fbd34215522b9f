"""Date expressions per language, resolved against a publication date (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from realpolitik.errors import DataFileError
from realpolitik.language.date_patterns import validate_data
from realpolitik.language.dates import find_dates, resolve_date

MONDAY = date(2025, 10, 27)  # a Monday


def resolved(text: str, lang: str, published: date | None = MONDAY, anchor: int | None = None):
    ref = resolve_date(text, lang, published, anchor)
    assert ref is not None, text
    assert text[ref.char_start:ref.char_end] == ref.surface
    return ref.value, ref.precision, ref.end


CASES = [
    # German
    ("de", "Am Montag unterzeichneten Russland und Venezuela.", (date(2025, 10, 27), "day", None)),
    ("de", "Am Mittwoch telefonierte der Kanzler mit Kiew.", (date(2025, 10, 22), "day", None)),
    ("de", "Am Dienstagnachmittag trat Finnland bei.", (date(2025, 10, 21), "day", None)),
    ("de", "Am vergangenen Montag drohte Moskau.", (date(2025, 10, 20), "day", None)),
    ("de", "Gestern protestierten Tausende.", (date(2025, 10, 26), "day", None)),
    ("de", "Vorgestern traf er den Minister.", (date(2025, 10, 25), "day", None)),
    ("de", "Heute beginnt der Gipfel.", (date(2025, 10, 27), "day", None)),
    ("de", "Das Abkommen wurde am 27. Oktober 2025 unterzeichnet.", (date(2025, 10, 27), "day", None)),
    ("de", "Die Gespräche begannen am 3. Oktober.", (date(2025, 10, 3), "day", None)),
    ("de", "Er reist am 5. November nach Paris.", (date(2025, 11, 5), "day", None)),
    ("de", "Am 20. Dezember hatte Polen protestiert.", (date(2024, 12, 20), "day", None)),
    ("de", "Der Vertrag vom 27.10.2025 gilt.", (date(2025, 10, 27), "day", None)),
    ("de", "Im Mai besuchte der Präsident Peking.", (date(2025, 5, 1), "month", None)),
    ("de", "Im Dezember besuchte der Präsident Peking.", (date(2024, 12, 1), "month", None)),
    ("de", "Im Juli 2023 trat Schweden bei.", (date(2023, 7, 1), "month", None)),
    ("de", "Im Jahr 2023 verhängte die EU Sanktionen.", (date(2023, 1, 1), "year", None)),
    ("de", "Seit einigen Wochen verhandeln beide Seiten.", (date(2025, 10, 6), "range", MONDAY)),
    ("de", "Seit Mai verhandeln beide Seiten.", (date(2025, 5, 1), "range", MONDAY)),
    ("de", "In der vergangenen Woche griff Russland an.", (date(2025, 10, 20), "range", date(2025, 10, 26))),
    # English
    ("en", "On Monday Russia and Venezuela signed a treaty.", (date(2025, 10, 27), "day", None)),
    ("en", "Russia attacked Kyiv on Sunday.", (date(2025, 10, 26), "day", None)),
    ("en", "Last Monday the talks collapsed.", (date(2025, 10, 20), "day", None)),
    ("en", "Yesterday the minister resigned.", (date(2025, 10, 26), "day", None)),
    ("en", "WASHINGTON, Jan 11 (Reuters) - Washington imposed sanctions.", (date(2025, 1, 11), "day", None)),
    ("en", "The treaty was signed on October 27, 2025.", (date(2025, 10, 27), "day", None)),
    ("en", "Talks began on Oct. 2 in Geneva.", (date(2025, 10, 2), "day", None)),
    ("en", "The deal was signed on 2025-10-27.", (date(2025, 10, 27), "day", None)),
    ("en", "In January the sanctions were extended.", (date(2025, 1, 1), "month", None)),
    ("en", "In November last talks failed.", (date(2024, 11, 1), "month", None)),
    ("en", "In 2023 the alliance grew.", (date(2023, 1, 1), "year", None)),
    ("en", "Protesters have gathered for several weeks.", (date(2025, 10, 6), "range", MONDAY)),
    ("en", "This week the envoy visited Beijing.", (date(2025, 10, 27), "range", MONDAY)),
    # Spanish
    ("es", "El lunes Rusia firmó un acuerdo con Venezuela.", (date(2025, 10, 27), "day", None)),
    ("es", "El pasado domingo hubo protestas.", (date(2025, 10, 26), "day", None)),
    ("es", "El miércoles el ministro viajó a Madrid.", (date(2025, 10, 22), "day", None)),
    ("es", "Ayer el gobierno expulsó al embajador.", (date(2025, 10, 26), "day", None)),
    ("es", "Hoy se reúnen los cancilleres.", (date(2025, 10, 27), "day", None)),
    ("es", "El acuerdo se firmó el 27 de octubre de 2025.", (date(2025, 10, 27), "day", None)),
    ("es", "En enero México protestó.", (date(2025, 1, 1), "month", None)),
    ("es", "En julio de 2023 se firmó el tratado.", (date(2023, 7, 1), "month", None)),
    ("es", "Desde hace semanas negocian una tregua.", (date(2025, 10, 6), "range", MONDAY)),
    # French
    ("fr", "Lundi, la Russie a signé un accord avec le Venezuela.", (date(2025, 10, 27), "day", None)),
    ("fr", "Jeudi dernier, Paris a protesté.", (date(2025, 10, 23), "day", None)),
    ("fr", "Hier, le ministre a démissionné.", (date(2025, 10, 26), "day", None)),
    ("fr", "Aujourd'hui s'ouvre le sommet.", (date(2025, 10, 27), "day", None)),
    ("fr", "L'accord a été signé le 27 octobre.", (date(2025, 10, 27), "day", None)),
    ("fr", "Le traité du 1er mars 2024 est entré en vigueur.", (date(2024, 3, 1), "day", None)),
    ("fr", "En janvier, Berlin a livré des armes.", (date(2025, 1, 1), "month", None)),
    ("fr", "Depuis quelques semaines, les deux pays négocient.", (date(2025, 10, 6), "range", MONDAY)),
    # Russian
    ("ru", "В понедельник Россия подписала соглашение с Венесуэлой.", (date(2025, 10, 27), "day", None)),
    ("ru", "В среду министр посетил Пекин.", (date(2025, 10, 22), "day", None)),
    ("ru", "Вчера Москва выслала дипломатов.", (date(2025, 10, 26), "day", None)),
    ("ru", "Сегодня начинается саммит.", (date(2025, 10, 27), "day", None)),
    ("ru", "Договор был подписан 27 октября 2025 года.", (date(2025, 10, 27), "day", None)),
    ("ru", "В мае президент посетил Китай.", (date(2025, 5, 1), "month", None)),
    ("ru", "В декабре президент посетил Китай.", (date(2024, 12, 1), "month", None)),
    ("ru", "В 2023 году страны подписали договор.", (date(2023, 1, 1), "year", None)),
    ("ru", "В течение нескольких недель стороны вели переговоры.", (date(2025, 10, 6), "range", MONDAY)),
    ("ru", "С мая стороны ведут переговоры.", (date(2025, 5, 1), "range", MONDAY)),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_resolve_date(lang, text, expected):
    assert resolved(text, lang) == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Russland kritisierte die Nato scharf."),
    ("de", "Der Mai-Plan der Regierung scheiterte."),
    ("en", "Theresa May criticised the decision."),
    ("en", "The two sides may sign an agreement."),
    ("es", "El gobierno rechazó la propuesta."),
    ("fr", "La France a condamné l'attaque."),
    ("ru", "Россия осудила нападение."),
])
def test_no_date(lang, text):
    assert resolve_date(text, lang, MONDAY) is None


def test_unknown_publication_date_keeps_only_absolute_dates():
    assert resolve_date("Am Montag traf er Maduro.", "de", None) is None
    assert resolve_date("Im Mai reiste er.", "de", None) is None
    assert resolved("Am 27. Oktober 2025 reiste er.", "de", None) == (date(2025, 10, 27), "day", None)
    assert resolved("Im Juli 2023 reiste er.", "de", None) == (date(2023, 7, 1), "month", None)


def test_anchor_picks_the_nearest_expression():
    text = "Nach dem Treffen am Montag erklärte Moskau am Mittwoch, es werde reagieren."
    assert resolved(text, "de", anchor=text.index("reagieren"))[0] == date(2025, 10, 22)
    assert resolved(text, "de", anchor=text.index("Treffen"))[0] == date(2025, 10, 27)
    assert resolved(text, "de")[0] == date(2025, 10, 27)  # no anchor: the first
    assert [r.surface for r in find_dates(text, "de", MONDAY)] == ["Montag", "Mittwoch"]


def test_since_explicit_date_is_a_range():
    value, precision, end = resolved("Seit dem 5. Mai verhandeln beide Seiten.", "de")
    assert (value, precision, end) == (date(2025, 5, 5), "range", MONDAY)


def test_unsupported_language_and_empty_text():
    assert resolve_date("Lunedì il ministro ha parlato.", "it", MONDAY) is None
    assert resolve_date("", "de", MONDAY) is None


def test_broken_data_file_names_file_and_problem():
    raw = "relative:\n  - {pattern: '(', unit: day, offset: 0}\n"
    data = {k: [] for k in ("weekday_suffixes", "last_before", "last_after", "next_before", "next_after",
                            "month_prefixes", "year_prefixes", "year_suffixes", "since", "spans")}
    data.update(extra_months={}, extra_weekdays={}, relative=[{"pattern": "(", "unit": "day", "offset": 0}])
    with pytest.raises(DataFileError, match=r"xx.yaml:2: bad pattern"):
        validate_data(data, "xx.yaml", raw)
    data["relative"] = [{"pattern": "x", "unit": "fortnight", "offset": 0}]
    with pytest.raises(DataFileError, match="unit must be"):
        validate_data(data, "xx.yaml", raw)


def test_relative_month_year_and_weekday():
    assert resolved("Last month Canada protested.", "en") == (date(2025, 9, 1), "month", None)
    assert resolved("Im vergangenen Jahr protestierte Kanada.", "de") == (date(2024, 1, 1), "year", None)
    assert resolved("Next Monday the talks resume.", "en")[0] == date(2025, 11, 3)


@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Am 23. Januar 2024 stimmte das Parlament zu. Seit 2014 gilt der Vertrag, bis 2030 soll er laufen.",
     date(2024, 1, 23)),
    ("en", "The talks of March 2019 failed. On 4 May 2021 both sides met again.", date(2021, 5, 4)),
    ("es", "Ambos gobiernos firmaron el acuerdo en 1998.", None),  # a bare year is history, not the day of writing
    ("fr", "Le sommet du 12 juin 2999 n'a pas eu lieu.", None),  # not after today
])
def test_implied_date_of_an_undated_article(lang: str, text: str, expected: date | None) -> None:
    from realpolitik.language.dates import implied_date

    assert implied_date(text, lang, today=date(2026, 11, 30)) == expected


def test_undated_article_reads_offices_on_the_date_it_names() -> None:
    from realpolitik.model import Document
    from realpolitik.pipeline import extract_document

    text = "Am 3. März 2023 traf Scholz in Washington ein. Scholz sprach mit Biden über die Ukraine."
    actors = extract_document(Document(id="d", text=text, lang="de")).actors
    codes = {m.surface: m.code for ms in actors for m in ms}
    assert codes["Scholz"] == "DEUGOV" and codes["Biden"] == "USAGOV"  # in office in March 2023

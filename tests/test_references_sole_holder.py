"""A bare title ("the president", "el mandatario", "le Premier ministre", "der Kanzler") stands for the holder of
that office the article named, also where the name stood many sentences before (long-form pieces name a leader in
their opening paragraphs), provided the article named a holder of that office of one state only; and a Spanish
title after "del"/"al" ("el discurso del mandatario") is a title after an article (issue 10;
reference/roles._sole_holder). Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Final

import pytest

from realpolitik.actors import find_in_text

_ON = date(2025, 9, 26)

# six sentences that name other states and no one in office: the title's holder is further back than a few sentences
_FILLER: Final = {
    "en": "Germany sent engineers. Poland sent ships. Spain sent aircraft. Italy pledged money. Greece sent medics. "
          "Austria stayed away. ",
    "es": "Alemania envió ingenieros. Polonia envió barcos. España envió aviones. Italia prometió fondos. Grecia envió "
          "médicos. Austria no participó. ",
    "fr": "L'Allemagne a envoyé des ingénieurs. La Pologne a envoyé des navires. L'Espagne a envoyé des avions. "
          "L'Italie a promis des fonds. La Grèce a envoyé des médecins. L'Autriche s'est abstenue. ",
    "de": "Deutschland schickte Ingenieure. Polen schickte Schiffe. Spanien schickte Flugzeuge. Italien sagte Geld "
          "zu. Griechenland schickte Ärzte. Österreich blieb fern. ",
}


def _title_code(text: str, lang: str, title: str) -> str | None:
    """The code the last bare `title` of the text was read as (None where it was read as no one)."""
    found = [m for m in find_in_text(text, lang, _ON) if m.kind == "reference" and m.surface.lower() == title]
    return found[-1].code if found else None


@pytest.mark.parametrize(("lang", "opening", "closing", "title", "code"), [
    ("en", "President Emmanuel Macron opened the donors' conference in Paris on Monday. ",
     "Later the president said Europe had to act faster.", "president", "FRAGOV"),
    ("es", "El presidente brasileño, Luiz Inácio Lula da Silva, abrió el lunes la cumbre en Belém. ",
     "Al cierre, el mandatario pidió más ayuda para la región.", "mandatario", "BRAGOV"),
    ("fr", "Le Premier ministre canadien Mark Carney a ouvert lundi la conférence à Ottawa. ",
     "Le Premier ministre a ensuite promis une aide supplémentaire.", "premier ministre", "CANGOV"),
    ("de", "Bundeskanzler Friedrich Merz eröffnete am Montag die Konferenz in Berlin. ",
     "Der Kanzler versprach danach weitere Hilfe.", "kanzler", "DEUGOV"),
])
def test_a_title_is_the_sole_holder_named_long_before(lang: str, opening: str, closing: str, title: str,
                                                     code: str) -> None:
    assert _title_code(opening + _FILLER[lang] + closing, lang, title) == code


def test_a_spanish_title_after_del_is_the_holder_named_before() -> None:
    text = ("El presidente colombiano, Gustavo Petro, habló el viernes ante una multitud en Nueva York. Según la "
            "diplomacia estadounidense, el discurso del mandatario fue imprudente.")
    assert _title_code(text, "es", "mandatario") == "COLGOV"


@pytest.mark.parametrize(("lang", "opening", "closing", "title", "not_codes"), [
    # two states' presidents named: the title names neither by this reading
    pytest.param("en", "President Emmanuel Macron met President Luiz Inácio Lula da Silva in Paris on Monday. ",
                 "Later the president said Europe had to act faster.", "president", {"FRAGOV", "BRAGOV"},
                 id="two-presidents"),
    pytest.param("fr", "Le président Emmanuel Macron a reçu lundi le président brésilien Luiz Inácio Lula da Silva. ",
                 "Le président a ensuite promis une aide supplémentaire.", "président", {"FRAGOV", "BRAGOV"},
                 id="two-presidents-fr"),
    # a chamber's president is no state's president
    pytest.param("es", "El presidente brasileño, Luiz Inácio Lula da Silva, abrió el lunes la cumbre en Belém. ",
                 "Al cierre, el presidente del Senado pidió más ayuda.", "presidente", {"BRAGOV"},
                 id="chamber-president"),
    # a regional premier is below the state: no head of government of it
    pytest.param("de", "Bundeskanzler Friedrich Merz eröffnete am Montag die Konferenz in Berlin. ",
                 "Der bayerische Ministerpräsident versprach danach weitere Hilfe.", "ministerpräsident",
                 {"DEUGOV"}, id="regional-premier"),
])
def test_no_sole_holder(lang: str, opening: str, closing: str, title: str, not_codes: set[str]) -> None:
    assert _title_code(opening + _FILLER[lang] + closing, lang, title) not in not_codes


def test_a_quoted_title_is_no_holder_named_long_before() -> None:
    text = ("President Emmanuel Macron opened the donors' conference in Paris on Monday. " + _FILLER["en"]
            + '"The president has broken his word," an opposition lawmaker in Kyiv said.')
    assert _title_code(text, "en", "president") != "FRAGOV"

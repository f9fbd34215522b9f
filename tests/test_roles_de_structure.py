"""German clause structure in long news sentences, written from the grammar (not from articles): who acts where
case, word order or a verb bracket says it rather than the position of a name. Whole pipeline, own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from realpolitik.events.confidence import is_shown
from realpolitik.model import Document
from realpolitik.pipeline import extract_document


def _keys(text: str) -> set[tuple[str, str | None, str]]:
    doc = Document(id="t", text=text, lang="de", published=date(2025, 10, 27))
    return {(e.source[:3], (e.target or "")[:3] or None, e.plover) for e in extract_document(doc).events
            if is_shown(e)}


def _check(text: str, expected: set, absent: set) -> None:
    keys = _keys(text)
    assert expected <= keys, keys
    assert not absent & keys, keys


@pytest.mark.parametrize(("text", "key"), [
    ("Den Iran beschuldigte Israel am Sonntag, hinter dem Angriff auf ein Frachtschiff im Roten Meer zu stecken.",
     ("ISR", "IRN", "ACCUSE")),
    ("Dem Kosovo warf Serbien am Montag vor, die Rechte der serbischen Minderheit im Norden zu verletzen.",
     ("SRB", "XKX", "ACCUSE")),
    ("Den russischen Botschafter bestellte das Außenministerium in Warschau nach dem Drohnenangriff ein.",
     ("POL", "RUS", "ACCUSE")),
    ("Den Vereinigten Staaten warf China am Dienstag vor, den Handelskrieg weiter zu verschärfen.",
     ("CHN", "USA", "ACCUSE")),
    ("Dem Iran warf die Regierung in Washington vor, die Huthi mit Raketen zu beliefern.", ("USA", "IRN", "ACCUSE")),
])
def test_a_fronted_object_in_the_accusative_or_dative_is_no_subject(text: str, key: tuple) -> None:
    """No nominative has "den", "dem", "einen", "einem": the name after them is an object wherever it stands."""
    _check(text, {key}, {(key[1], key[0], key[2])})

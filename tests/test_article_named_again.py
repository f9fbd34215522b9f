"""Parties the sentence does not name but the article does: "the two governments" made up of the countries the last
sentences name one by one. Mini-articles written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from realpolitik.actors import recognise_actors
from realpolitik.actors.references import members
from realpolitik.language import split_sentences

ON = date(2025, 10, 27)


def _references(text: str, lang: str) -> list[list[str]]:
    """The codes of each reference mention of the article, in order."""
    found = recognise_actors(split_sentences(text, lang), lang, ON)
    return [members(m) for ms in found for m in ms if m.kind == "reference"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Mexico granted asylum to a Peruvian minister. Peru protested on Thursday. Brazil offered to mediate "
           "between the two governments."),
    ("es", "México concedió asilo a un ministro peruano. Perú protestó el jueves. Brasil se ofreció a mediar entre "
           "ambos gobiernos."),
    ("de", "Mexiko gewährte einem peruanischen Minister Asyl. Peru protestierte am Donnerstag. Brasilien bot an, "
           "zwischen den beiden Regierungen zu vermitteln."),
    ("fr", "Le Mexique a accordé l'asile à un ministre péruvien. Le Pérou a protesté jeudi. Le Brésil a proposé une "
           "médiation entre les deux gouvernements."),
    ("ru", "Мексика предоставила убежище перуанскому министру. Перу в четверг выразило протест. Бразилия предложила "
           "посредничество между двумя правительствами."),
])
def test_the_two_are_the_countries_the_last_sentences_name_together(lang: str, text: str) -> None:
    # the sentence before names Peru alone; the one before it Mexico too: together they are the two
    assert [sorted(c[:3] for c in codes) for codes in _references(text, lang)] == [["MEX", "PER"]]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Mexico hosted a Chilean minister. Peru protested on Thursday. Brazil offered to mediate between the two "
           "governments."),
    ("es", "México recibió a un ministro chileno. Perú protestó el jueves. Brasil se ofreció a mediar entre ambos "
           "gobiernos."),
    ("ru", "Мексика приняла чилийского министра. Перу в четверг выразило протест. Бразилия предложила посредничество "
           "между двумя правительствами."),
])
def test_reading_back_past_more_countries_than_counted_finds_no_pair(lang: str, text: str) -> None:
    # Peru, then Mexico and Chile: three on the way, so which two the phrase means the article does not say
    assert _references(text, lang) == []

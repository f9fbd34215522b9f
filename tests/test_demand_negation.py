"""A demand is negated by a negation before its own word, never by one inside what it asks: "urged Kyiv not to
strike" is an appeal made (round 32: the act under the demand came out as a second, negated REQUEST)."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import country_keys


def _requests(text: str, lang: str) -> set[tuple]:
    keys = country_keys(text, lang, published=date(2025, 6, 4), kind="cameo", negation=True)
    return {k for k in keys if k[2].startswith(("02", "10"))}


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Литва призвала Минск не закрывать границу для грузовиков."),
    ("es", "Chile instó a Bolivia a no cerrar la frontera."),
    ("fr", "Le Sénégal a exhorté le Mali à ne pas fermer la frontière."),
    ("de", "Polen forderte Belarus auf, die Grenze nicht zu schließen."),
    ("en", "Lithuania urged Minsk not to close the border."),
])
def test_a_negation_inside_the_demand_leaves_the_demand_made(lang: str, text: str) -> None:
    found = _requests(text, lang)
    assert found, text
    assert all(not k[3] for k in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Литва не призывала Минск закрыть границу."),
    ("de", "Polen forderte Belarus nicht auf, die Grenze zu schließen."),
])
def test_a_negation_before_the_demand_word_negates_it(lang: str, text: str) -> None:
    found = _requests(text, lang)
    assert found and all(k[3] for k in found), found

"""A rejection that names its own actor as the part denied ("wies jede Verantwortung Moskaus zurück", "rechazó
cualquier injerencia en los asuntos de Nicaragua") still answers the charge told before it: the actor's own name is no
target of its rejection (events/article_fill.fill_from_context). Sentences written for the tests."""

from __future__ import annotations

import pytest

from extracted import country_keys


def _rejections(text: str, lang: str) -> set[tuple]:
    """The rejection keys a text yields, as (source, target, type)."""
    return {k for k in country_keys(text, lang, factual_only=True) if k[2] == "REJECT"}


@pytest.mark.parametrize(("lang", "text", "key"), [
    ("es", "Guatemala acusó a Honduras de financiar a grupos armados. Tegucigalpa rechazó cualquier implicación de "
           "Honduras.", ("HND", "GTM", "REJECT")),
    ("fr", "La Grèce a accusé la Turquie d'envoyer des migrants. Ankara a rejeté toute implication de la Turquie.",
     ("TUR", "GRC", "REJECT")),
    ("fr", "Le Guatemala a accusé le Honduras de financer des groupes armés. Tegucigalpa a rejeté toute "
           "responsabilité du Honduras.", ("HND", "GTM", "REJECT")),
    # (a denial's rule, which read these before)
    ("de", "Griechenland warf der Türkei vor, Migranten über den Evros zu schicken. Ankara wies jede Verantwortung "
           "der Türkei zurück.", ("TUR", "GRC", "REJECT")),
    ("en", "Greece accused Turkey of sending migrants across the river. Ankara rejected any involvement of Turkey.",
     ("TUR", "GRC", "REJECT")),
])
def test_a_rejection_naming_its_own_part_answers_the_charge(lang: str, text: str, key: tuple) -> None:
    assert key in _rejections(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    # a charge by a domestic critic: no foreign side to answer
    ("es", "La oposición acusó al Gobierno de ocultar las cifras de la sequía. Tegucigalpa rechazó cualquier "
           "implicación de Honduras."),
    ("fr", "L'opposition a accusé le gouvernement de mentir sur le budget. Ankara a rejeté toute implication de la "
           "Turquie."),
])
def test_no_target_where_no_foreign_charge_was_told(lang: str, text: str) -> None:
    assert not {k for k in _rejections(text, lang) if k[1] is not None and k[1] != k[0]}

"""A verdict whose object is the noun of an act with its own author and partner (round 33, issue 10): "criticó el
acercamiento de Bogotá a Caracas" judges Bogotá, whose act it is, not Caracas, the act's partner (EVAL.md: a
verdict targets the one whose act is judged). Each sentence is our own; keys as in tests/constructions.py."""

from __future__ import annotations

import pytest
from tests.constructions import _keys, check

CASES = [
    ("es", "El canciller de Perú criticó el miércoles el acercamiento de Bogotá a Caracas.", "PER COL ACCUSE", ""),
    ("es", "Argentina rechazó el pacto de Venezuela con Irán.", "ARG VEN REJECT", ""),
    ("es", "Kiev criticó en repetidas ocasiones el apoyo de la India a Moscú.", "UKR IND ACCUSE", "IND RUS SUPPORT"),
    ("de", "Griechenland kritisierte mehrfach die Annäherung der Türkei an Libyen.", "GRC TUR ACCUSE", ""),
    ("de", "Litauen kritisierte die Annäherung Budapests an Moskau.", "LTU HUN ACCUSE", ""),
    ("de", "Finnland verurteilte die Lieferungen von Nordkorea an Russland.", "FIN PRK ACCUSE", "PRK RUS AID"),
    ("fr", "La Pologne a dénoncé le rapprochement de Budapest avec Moscou.", "POL HUN ACCUSE", ""),
    ("fr", "Kiev a condamné les livraisons de l'Iran à la Russie.", "UKR IRN ACCUSE", "IRN RUS AID"),
    ("en", "Lithuania criticised the rapprochement of Hungary with Russia.", "LTU HUN ACCUSE", ""),
    ("en", "Japan condemned Tehran's shipments to Moscow.", "JPN IRN ACCUSE", "IRN RUS AID"),
    ("ru", "Литва осудила сближение Будапешта с Москвой.", "LTU HUN ACCUSE", ""),
    # a demonym after the noun names those the act is done to, no author: the partner stays the one judged
    ("en", "Kyiv condemned the transfer of Ukrainian children to Russia.", "", "UKR RUS ACCUSE"),
]


@pytest.mark.parametrize(("lang", "text", "required", "allowed"), CASES)
def test_a_verdict_on_an_act_noun_judges_its_author(lang: str, text: str, required: str, allowed: str) -> None:
    check(text, lang, _keys(required), _keys(allowed))

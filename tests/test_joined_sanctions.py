"""A state that joins another's sanctions imposes them itself (round 38): "Norway joined the EU's sanctions against
Russia" is Norway's SANCTION on Russia, not the EU's (EVAL.md: the gold sets code the joiner). Joining told only as
an infinitive (refused, asked, meant) leaves the sanctions their owner's. Sentences written for the tests."""

from __future__ import annotations

from functools import partial

import pytest

from extracted import country_keys

_keys = partial(country_keys, factual_only=True)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Iceland joined the EU's sanctions against Belarus."),
    ("de", "Island hat sich den EU-Sanktionen gegen Belarus angeschlossen."),
    ("fr", "L'Islande s'est alignée sur les sanctions de l'UE contre la Biélorussie."),
    ("es", "Islandia se sumó a las sanciones de la UE contra Bielorrusia."),
    ("ru", "Исландия присоединилась к санкциям Евросоюза против Белоруссии."),
])
def test_the_joiner_imposes_the_sanctions(lang: str, text: str) -> None:
    keys = _keys(text, lang)
    assert ("ISL", "BLR", "SANCTION") in keys, keys
    assert ("EU", "BLR", "SANCTION") not in keys, keys


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Iceland refused to join the EU's sanctions against Belarus."),
    ("de", "Island hat es abgelehnt, sich den Sanktionen der EU gegen Belarus anzuschließen."),
    ("ru", "Исландия отказалась присоединиться к санкциям Евросоюза против Белоруссии."),
])
def test_a_joining_only_refused_imposes_nothing(lang: str, text: str) -> None:
    assert ("ISL", "BLR", "SANCTION") not in _keys(text, lang), _keys(text, lang)


def test_sanctions_imposed_by_their_owner_stay_its() -> None:
    assert ("EU", "BLR", "SANCTION") in _keys("The EU imposed new sanctions on Belarus.", "en")

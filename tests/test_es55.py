"""A warning's own act still to come (round 55, es55): a hostile act or a refusal told in the future or the
conditional inside the clause of "advertir (a X) (de) que", by the side of an actor named before the verb, is the
warner's threat (EVAL.md: THREATEN 13x, aimed at whom the act is aimed at), not the act ("Milei advirtió de que
Argentina abandonará el Mercosur si no ..."). A past act, another side's act, a negated act and a clause of its own
after the warning keep their reading. Whole pipeline, own sentences."""

from __future__ import annotations

from functools import partial

import pytest

from extracted import country_keys, read_as_all

_keys = partial(country_keys, lang="es", factual_only=True)


@pytest.mark.parametrize(("text", "kept", "wrong"), [
    # a future: leaving a bloc
    ("El presidente paraguayo advirtió de que Paraguay abandonará la Celac si el bloque no cambia sus reglas.",
     [("PRY", "CEL", "THREATEN")], [("PRY", "CEL", "SANCTION")]),
    # a future with "mantener": a closure still to come
    ("El ministro lituano advirtió de que Lituania mantendrá cerrado el puerto de Klaipėda al gas ruso.",
     [("LTU", "RUS", "THREATEN")], [("LTU", "RUS", "SANCTION")]),
    ("La canciller letona advirtió de que Letonia cerrará su frontera con Bielorrusia.",
     [("LVA", "BLR", "THREATEN")], [("LVA", "BLR", "SANCTION")]),
    # a conditional after the warned party
    ("Hungría advirtió a Ucrania de que bloquearía su ingreso en la Unión Europea.",
     [("HUN", "UKR", "THREATEN")], [("HUN", "UKR", "REJECT"), ("HUN", "EU", "REJECT")]),
    # a day between the verb and its "que"
    ("Argelia advirtió este lunes que expulsará a los diplomáticos franceses si París no rectifica.",
     [("DZA", "FRA", "THREATEN")], [("DZA", "FRA", "SANCTION")]),
])
def test_a_warned_act_of_ones_own_still_to_come_is_a_threat(text: str, kept: list, wrong: list) -> None:
    read_as_all(_keys(text), kept, wrong)


@pytest.mark.parametrize(("text", "kept"), [
    # a past act told after the warning verb is done
    ("Argelia advirtió que expulsó a dos diplomáticos franceses por espionaje.", [("DZA", "FRA", "SANCTION")]),
    # the act of a clause of its own after a comma and a conjunction
    ("Polonia advirtió de que la situación es grave, y Lituania cerrará su frontera con Bielorrusia el lunes.",
     [("LTU", "BLR", "SANCTION")]),
])
def test_an_act_outside_the_warning_keeps_its_reading(text: str, kept: list) -> None:
    read_as_all(_keys(text), kept)


def test_a_negated_act_in_a_warning_is_no_threat_of_it() -> None:
    keys = country_keys("Rusia advirtió de que no expulsará a los diplomáticos estonios.", "es", factual_only=True,
                        kind="cameo")
    assert not any(k[2].startswith("131") for k in keys), keys


def test_another_sides_act_in_a_warning_is_not_turned_into_a_threat() -> None:
    keys = country_keys("Estados Unidos advirtió de que Rusia atacará Ucrania.", "es", factual_only=True)
    assert ("RUS", "UKR", "THREATEN") not in keys, keys

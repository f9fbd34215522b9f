"""Spanish news names an armed group once, then calls it "la milicia", "la guerrilla" or "el movimiento" (references
`group_bodies`, as German "die Miliz" and French "la milice"): the noun stands for the group named last."""

from __future__ import annotations

import pytest

from extracted import country_keys


@pytest.mark.parametrize(("text", "fact"), [
    ("Hezbolá reivindicó el ataque del domingo. La milicia chií lanzó cohetes contra Israel.",
     ("LBN", "ISR", "ASSAULT")),
    ("Hamás rechazó la propuesta. El movimiento islamista acusó a Israel de bloquear la ayuda.",
     ("PSE", "ISR", "ACCUSE")),
    ("Las FARC rechazaron el plan. La guerrilla atacó a soldados de Venezuela.", ("COL", "VEN", "ASSAULT")),
])
def test_the_group_noun_stands_for_the_armed_group_named_last(text: str, fact: tuple) -> None:
    """The second sentence has no name: its subject is the group of the first."""
    assert fact in country_keys(text, "es"), country_keys(text, "es")


@pytest.mark.parametrize(("text", "facts"), [
    ("Hezbolá acusó a Israel. El Movimiento de Países No Alineados condenó el ataque contra Irán.",
     {("LBN", "ISR", "ACCUSE")}),
    ("Israel bombardeó Gaza. El movimiento de protesta acusó al Gobierno de Israel de corrupción.",
     {("ISR", "PSE", "ASSAULT")}),
])
def test_a_movement_with_a_name_or_a_complement_of_its_own_is_not_the_group(text: str, facts: set) -> None:
    """"el Movimiento de Países No Alineados" has its own name, "el movimiento de protesta" says what it is: neither
    stands for the group of the first sentence, so the second sentence gives nothing."""
    assert country_keys(text, "es") == facts

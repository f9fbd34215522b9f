"""What round 65's sorting of the extras the coder prints on the studied Spanish material showed, built where the
studied gold agrees across documents and stories: a joining wished for, hoped for or offered by an invitation is no
joining. Each is a way the language says a thing, tested with sentences written for this file, not taken from any
set."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import shown_keys

ON = date(2026, 5, 13)


@pytest.mark.parametrize(("text", "wrong"), [
    ("El primer ministro de Bangladés aspira a que su país ingrese en la ASEAN antes de 2030.",
     ("BGD", "ASE", "AGREE")),
    ("El presidente chipriota expresó su deseo de que Chipre ingrese algún día en la OTAN.", ("CYP", "NAT", "AGREE")),
    ("Colombia rechazó en marzo la invitación a ingresar en el grupo BRICS.", ("COL", "BRI", "AGREE")),
    ("El Gobierno rechazó la invitación para que Colombia ingresara en el grupo BRICS.", ("COL", "BRI", "AGREE")),
])
def test_a_joining_wished_or_offered_is_no_joining(text: str, wrong: tuple) -> None:
    """"aspira a que X ingrese", "su deseo de que X ingrese", "la invitación a ingresar", "la invitación para que X
    ingresara": the joining is wished for or offered, not done (plan cues in `es.yaml`'s grammar); the studied gold
    codes no joining under these words in 15 of 15 sentences."""
    assert wrong not in shown_keys(text, "es", published=ON)


@pytest.mark.parametrize(("text", "expected"), [
    ("Finlandia ingresó en la OTAN en abril de 2023.", ("FIN", "NAT", "AGREE")),
    ("Colombia rechazó en marzo la invitación a ingresar en el grupo BRICS.", ("COL", "BRI", "REJECT")),
    ("Los BRICS invitaron a Colombia a sumarse al grupo.", ("BRI", "COL", "AGREE")),
])
def test_a_joining_told_and_the_refusal_stay(text: str, expected: tuple) -> None:
    """The joining told as done, the refusal of the invitation and the invitation itself are still read."""
    assert expected in shown_keys(text, "es", published=ON)

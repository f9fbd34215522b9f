"""What the fourteenth French wire set (eval/gold/wire_fr14.jsonl: an ambassador summoned over a letter, the Sahel
states leaving the Francophonie, a minister in Laayoune, a fighter-jet contract, a visa accord denounced, sanctions
from Brussels, Kenya on the Sahara, Europeans and Iran in Geneva, Syrians and Israelis in Paris, a prime minister at
the White House) showed the coder missing or printing wrongly. Each fix is a way the languages say things, tested with
sentences written for this file, not taken from the set."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import country_keys

ON = date(2025, 3, 18)


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le Togo a annoncé mercredi son retrait de l'Organisation internationale de la Francophonie."),
    ("fr", "Le gouvernement tchadien a décidé de quitter la Francophonie."),
    ("en", "Togo said on Wednesday it was leaving the International Organisation of La Francophonie."),
])
def test_the_francophonie_is_an_organisation_states_leave(lang: str, text: str) -> None:
    """The OIF was no actor: a state leaving it or suspended by it gave nothing, or an act aimed at the next
    state named."""
    found = country_keys(text, lang, published=ON)
    assert any(key[1] == "OIF" and key[2] == "SANCTION" for key in found), found

"""What the fourteenth German wire set (eval/gold/wire_de14.jsonl) showed the coder missing or printing wrongly. Each
fix is a way German says things, tested with sentences written for this file, not taken from the set, each with a
sentence the fix must leave alone."""

from __future__ import annotations

import pytest
from tests.extracted import country_keys


def _events(text: str) -> set[tuple]:
    """The printed events (told as done or reported), by country, with their negation."""
    return country_keys(text, "de", negation=True, factual_only=True)


@pytest.mark.parametrize(("text", "expected"), [
    ("Malaysia sperrte seine Häfen für Frachter unter israelischer Flagge.", ("MYS", "ISR", "SANCTION", False)),
    ("Algerien schloss seine Seehäfen für französische Schiffe.", ("DZA", "FRA", "SANCTION", False)),
    ("Ankara verbot Schiffen das Anlaufen israelischer Häfen.", ("TUR", "ISR", "SANCTION", False)),
])
def test_ports_closed_to_a_state_are_a_sanction(text: str, expected: tuple) -> None:
    """"sperrte seine Häfen für Frachter unter israelischer Flagge", "schloss seine Seehäfen für französische
    Schiffe", "verbot ... das Anlaufen israelischer Häfen": ports closed to a state's ships, or one's ships barred
    from its ports, are a sanction like a closed border (SANCTION 163); no rule read them."""
    assert expected in _events(text), _events(text)


def test_a_port_closed_by_the_weather_is_no_sanction() -> None:
    found = _events("Der Hafen von Odessa wurde wegen eines Sturms geschlossen.")
    assert not any(f[2] == "SANCTION" for f in found), found

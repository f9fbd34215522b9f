"""German relative clauses on the subject: "der in die Türkei gereist war" and "der seinen Amtskollegen empfangen
hatte" have the relative pronoun as their subject, so the antecedent acts; the article of a pattern's "in die" and
a possessive in the accusative ("seinen") mark no subject of their own."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import events_of


def _events(text: str) -> set[tuple[str, str, str]]:
    return {((e.source or "-")[:3], (e.target or "-")[:3], e.cameo) for e in events_of(text, "de", date(2025, 6, 4))}


@pytest.mark.parametrize(("text", "event"), [
    ("Kanzler Scholz, der zu einem Besuch in die japanische Hauptstadt gereist war, lobte die Zusammenarbeit.",
     ("DEU", "JPN", "042")),
    ("Präsident Macron, der zum dritten Mal in die ukrainische Hauptstadt gereist war, sagte weitere Hilfe zu.",
     ("FRA", "UKR", "042")),
    ("Kanzler Scholz, der seinen polnischen Amtskollegen am Morgen im Kanzleramt empfangen hatte, lobte die "
     "Gespräche.", ("DEU", "POL", "043")),
])
def test_the_antecedent_is_the_subject_of_its_relative_clause(text: str, event: tuple[str, str, str]) -> None:
    got = _events(text)
    assert event in got, got
    assert not any(s == event[1] and c == event[2] for s, _, c in got), got

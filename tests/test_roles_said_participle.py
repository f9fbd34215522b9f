"""A participle after the speaker's verb of saying ("told reporters, warning Greece against ...", "a déclaré ...,
accusant", "dijo ..., acusando", "заявил ..., обвинив") and a second verb joined to it ("erklärte ... und warf ...
vor") have the speaker as their subject."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import events_of


def _events(text: str, lang: str) -> set[tuple[str, str, str]]:
    return {((e.source or "-")[:3], (e.target or "-")[:3], e.plover) for e in events_of(text, lang, date(2025, 6, 4))}


@pytest.mark.parametrize(("lang", "text", "event"), [
    ("en", "The Turkish foreign minister told reporters on Monday, warning Greece against militarising the islands.",
     ("TUR", "GRC", "THREATEN")),
    ("en", "The Greek prime minister told parliament on Tuesday, accusing Turkey of violating its airspace.",
     ("GRC", "TUR", "ACCUSE")),
    ("en", "The Kremlin said in a statement, urging Moldova to release the detained journalists.",
     ("RUS", "MDA", "REQUEST")),
    ("fr", "Le ministre turc a déclaré lundi, avertissant la Grèce contre toute provocation.",
     ("TUR", "GRC", "THREATEN")),
    ("fr", "Le président algérien a déclaré mardi devant le Parlement, accusant le Maroc de provocations.",
     ("DZA", "MAR", "ACCUSE")),
    ("es", "El presidente colombiano dijo el martes en una rueda de prensa, acusando a Venezuela de proteger a los "
     "rebeldes.", ("COL", "VEN", "ACCUSE")),
    ("de", "Der polnische Ministerpräsident sagte am Dienstag vor dem Parlament und warf Russland Sabotage vor.",
     ("POL", "RUS", "ACCUSE")),
    ("ru", "Президент Сербии заявил журналистам, обвинив Косово в провокациях.", ("SRB", "XKX", "ACCUSE")),
])
def test_the_speaker_is_the_subject_of_the_participle(lang: str, text: str, event: tuple[str, str, str]) -> None:
    got = _events(text, lang)
    assert event in got, got

"""An act between two parties whose codes open with the same three letters (a bloc and a state, two UN bodies) is
no party acting on itself: the coder compares sides with codes.same_party, not the codes' first letters. Sentences
written for this file."""

from __future__ import annotations

import pytest

from extracted import events_of


@pytest.mark.parametrize(("lang", "text", "fact"), [
    ("en", "The Benelux countries condemned Benin on Tuesday over the arrest of two opposition leaders.",
     ("BENELUX", "BEN", "ACCUSE")),
    ("fr", "Le Benelux a condamné le Bénin mardi après l'arrestation de deux opposants.", ("BENELUX", "BEN", "ACCUSE")),
    ("de", "Die Benelux-Staaten kritisierten Benin am Dienstag wegen der Festnahme zweier Oppositioneller.",
     ("BENELUX", "BEN", "ACCUSE")),
    ("es", "El Benelux condenó el martes a Benín por la detención de dos opositores.", ("BENELUX", "BEN", "ACCUSE")),
    ("en", "The UN refugee agency UNHCR criticised the UN Human Rights Council for delaying its report on the camps.",
     ("UNHCR", "UNHRC", "ACCUSE")),
])
def test_a_bloc_acting_on_a_state_whose_code_it_opens_with(lang: str, text: str, fact: tuple[str, str, str]) -> None:
    found = {(e.source, e.target, e.plover) for e in events_of(text, lang) if e.factual}
    assert fact in found, found


def test_a_state_acting_on_its_own_government_stays_no_event() -> None:
    """The intended merge: a country and its government are one side."""
    found = {(e.source, e.target) for e in events_of("Russia criticised the Russian government for the delay.", "en")}
    assert not any(s and t and s[:3] == t[:3] == "RUS" for s, t in found), found

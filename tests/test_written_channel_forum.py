"""A body after the preposition of a written channel ("in a letter to the UN", "dans une lettre à l'ONU", "en una
carta a la ONU") is where the text went, as one after a forum preposition ("before the Security Council"): a verdict
in it judges the party the sentence names, not the body (round 37, wire_en12). Own sentences, whole pipeline."""

from __future__ import annotations

import pytest

import realpolitik
from realpolitik.events.confidence import is_shown


def _pairs(text: str, lang: str) -> set[tuple[str, str]]:
    events = realpolitik.extract(text, lang=lang, published="2025-07-07")
    return {(e.source[:3], (e.target or "")[:3]) for e in events if is_shown(e) and e.plover == "REJECT"
            and e.source}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Greece rejected the Libyan position in its own letter to the UN secretary-general."),
    ("fr", "La Grèce a rejeté la position libyenne dans une lettre à l'ONU."),
    ("es", "Grecia rechazó la posición libia en una carta a la ONU."),
])
def test_the_body_a_letter_went_to_is_not_judged(lang: str, text: str) -> None:
    assert _pairs(text, lang) == {("GRC", "LBY")}


def test_a_complaint_lodged_with_a_body_does_not_accuse_it() -> None:
    """Round 59 (appeal59; eval/gold/README.md, "A complaint filed with a body"): the body hears the complaint, the
    studied gold never codes it accused (round 37 had addressed the complaint to it)."""
    events = realpolitik.extract("Libya lodged a complaint with the United Nations.", lang="en",
                                 published="2025-07-07")
    assert not any(e.target == "UN" for e in events if is_shown(e)), [(e.source, e.target, e.cameo) for e in events]

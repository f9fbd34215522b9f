"""The place where talks are held ("in Djibouti", "à Addis-Abeba", "в Дохе") is neither a side of the talks nor
their mediator: the mediation phrase after it names the mediator, the clause's subject the sides."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import events_of


def _events(text: str, lang: str) -> set[tuple[str, str, str]]:
    return {((e.source or "-")[:3], (e.target or "-")[:3], e.cameo) for e in events_of(text, lang, date(2025, 6, 4))}


@pytest.mark.parametrize(("lang", "text", "mediator", "sides", "place"), [
    ("en", "Sudan and South Sudan held talks in Djibouti with the mediation of Qatar on Monday.",
     "QAT", ("SDN", "SSD"), "DJI"),
    ("en", "Ethiopia and Egypt held talks in Addis Ababa under the auspices of the African Union.",
     "AU", ("ETH", "EGY"), "ETH"),
    ("en", "Armenia and Azerbaijan negotiated in Doha through the mediation of Egypt.",
     "EGY", ("ARM", "AZE"), "QAT"),
    ("fr", "Le Soudan et le Tchad ont négocié à Djibouti avec la médiation du Qatar.", "QAT", ("SDN", "TCD"), "DJI"),
    ("fr", "L'Arménie et l'Azerbaïdjan ont négocié en Égypte sous l'égide du Qatar.", "QAT", ("ARM", "AZE"), "EGY"),
    ("es", "Sudán y Chad negociaron en Yibuti con la mediación de Catar.", "QAT", ("SDN", "TCD"), "DJI"),
    ("de", "Der Sudan und der Tschad verhandelten in Dschibuti unter Vermittlung Katars.",
     "QAT", ("SDN", "TCD"), "DJI"),
    ("ru", "Армения и Азербайджан встретились в Дохе при посредничестве Евросоюза.", "EU", ("ARM", "AZE"), "QAT"),
])
def test_the_place_of_mediated_talks_is_no_party(lang: str, text: str, mediator: str, sides: tuple[str, str],
                                                  place: str) -> None:
    got = _events(text, lang)
    assert {(mediator, side, "045") for side in sides} <= got, got
    assert not any(place in (s, t) and c == "045" and place not in sides for s, t, c in got), got


@pytest.mark.parametrize(("lang", "text", "mediators", "sides", "place"), [
    ("en", "Sudan and Chad agreed to a truce on Friday after talks in Cairo mediated by Egypt and Kenya.",
     ("EGY", "KEN"), ("SDN", "TCD"), "EGY"),
    ("en", "Armenia and Azerbaijan signed the text after talks in Doha brokered by Qatar and Turkey.",
     ("QAT", "TUR"), ("ARM", "AZE"), "QAT"),
    ("es", "Sudán y Chad pactaron una tregua tras conversaciones en Doha mediadas por Catar y Turquía.",
     ("QAT", "TUR"), ("SDN", "TCD"), "QAT"),
])
def test_a_capital_before_a_mediated_participle_is_the_venue(lang: str, text: str, mediators: tuple[str, str],
                                                              sides: tuple[str, str], place: str) -> None:
    """"talks in Doha mediated by Qatar and Turkey": the capital before the participle is where the talks were held
    (round 31); the agent phrase after it names the mediators, who mediate between the sides, not with each other."""
    got = _events(text, lang)
    assert {(m, side, "045") for m in mediators for side in sides} <= got, got
    assert not any({s, t} <= set(mediators) for s, t, _c in got), got

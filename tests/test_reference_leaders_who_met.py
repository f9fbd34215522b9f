""""The two leaders" that opens its sentence after one in which a president received a prime minister stands for
those two people in office, not for the latest list of two states the sentence told of them ("who picked Paris and
London for his first trip") (round 37, ctxref). "The two governments" keeps the list; an organisation's head among
the first two named leaves the phrase to the other readings."""

from __future__ import annotations

import pytest

from extracted import country_keys

_OLDER_PAIR = {
    "en": "Germany and Poland signed a border pact in March.",
    "fr": "L'Allemagne et la Pologne ont signé un pacte frontalier en mars.",
    "es": "Alemania y Polonia firmaron un pacto fronterizo en marzo.",
}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "On Tuesday, French President Emmanuel Macron received Canadian Prime Minister Mark Carney, who had "
     "picked Paris and London for his first trip abroad. The two leaders signed a defence agreement."),
    ("fr", "Mardi, le président français Emmanuel Macron a reçu le Premier ministre canadien Mark Carney, qui a "
     "choisi Paris et Londres pour son premier voyage à l'étranger. Les deux dirigeants ont signé un accord de "
     "défense."),
    ("es", "El martes, el presidente francés Emmanuel Macron recibió al primer ministro canadiense Mark Carney, que "
     "eligió París y Londres para su primer viaje al exterior. Ambos dirigentes firmaron un acuerdo de defensa."),
], ids=["en", "fr", "es"])
def test_the_two_leaders_are_the_two_who_met_not_the_capitals_listed(lang: str, text: str) -> None:
    keys = country_keys(f"{_OLDER_PAIR[lang]} {text}", lang, factual_only=True)
    agreements = {(s, t) for s, t, kind in keys if kind == "AGREE"}
    assert ("FRA", "CAN") in agreements or ("CAN", "FRA") in agreements, sorted(keys)
    assert ("FRA", "GBR") not in agreements and ("GBR", "FRA") not in agreements, sorted(keys)


def test_the_two_governments_keep_the_list_of_two_states() -> None:
    text = ("Germany and Poland signed a border pact in March. On Tuesday, French President Emmanuel Macron received "
            "Canadian Prime Minister Mark Carney, who had picked Paris and London for his first trip abroad. The two "
            "governments signed a defence agreement.")
    keys = country_keys(text, "en", factual_only=True)
    assert ("FRA", "CAN", "AGREE") not in keys and ("CAN", "FRA", "AGREE") not in keys, sorted(keys)


def test_an_organisations_head_among_the_two_is_no_states_leader() -> None:
    text = ("China and Russia signed an energy pact in May. Indian Prime Minister Narendra Modi and Commission "
            "President Ursula von der Leyen spoke by phone last week. The two leaders agreed to conclude the trade "
            "treaty before December.")
    keys = country_keys(text, "en", factual_only=True)
    assert not any({s, t} == {"IND", "DEU"} for s, t, _kind in keys), sorted(keys)

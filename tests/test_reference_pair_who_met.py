"""A counted or plural reference that opens its sentence right after a sentence in which two people in office met
("X received Y. The two leaders agreed ...") stands for the two who met, not for an older list of two (round 32,
ctx2). Addressed by a third party ("Guterres urged both sides"), the sides stay those of the conflict."""

from __future__ import annotations

import pytest

from extracted import country_keys

_OLDER_PAIR = {
    "en": "Germany and Poland signed a border pact in March.",
    "fr": "L'Allemagne et la Pologne ont signé un pacte frontalier en mars.",
    "es": "Alemania y Polonia firmaron un pacto fronterizo en marzo.",
    "ru": "Германия и Польша подписали пограничный договор в марте.",
}


@pytest.mark.parametrize(("lang", "text", "met"), [
    ("en", "On Monday, Trump held a summit with President Lula in Brasília. The two leaders signed a trade agreement.",
     ("USA", "BRA")),
    ("fr", "La veille, le président chinois Xi Jinping avait reçu le Premier ministre indien Narendra Modi à Pékin. "
     "Les deux dirigeants ont signé un accord commercial.", ("CHN", "IND")),
    ("es", "El domingo, el presidente chino Xi Jinping recibió al primer ministro indio Narendra Modi. Ambos "
     "dirigentes firmaron un acuerdo comercial.", ("CHN", "IND")),
    ("ru", "В воскресенье Си Цзиньпин провел переговоры с Нарендрой Моди. Стороны подписали торговое соглашение.",
     ("CHN", "IND")),
], ids=["en", "fr", "es", "ru"])
def test_the_two_after_a_meeting_of_two_leaders_are_those_who_met(lang: str, text: str,
                                                                  met: tuple[str, str]) -> None:
    keys = country_keys(f"{_OLDER_PAIR[lang]} {text}", lang, factual_only=True)
    agreements = {(s, t) for s, t, kind in keys if kind == "AGREE"}
    assert met in agreements or met[::-1] in agreements, sorted(keys)
    assert agreements <= {("DEU", "POL"), ("POL", "DEU"), met, met[::-1]}, sorted(keys)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Russia and Ukraine exchanged drone strikes overnight. On Monday, Erdogan received Zelensky in Ankara. "
     "Guterres urged both sides to show restraint."),
    ("fr", "La Russie et l'Ukraine ont échangé des frappes de drones. Lundi, Erdogan a reçu Zelensky à Ankara. "
     "Guterres a appelé les deux parties à la retenue."),
], ids=["en", "fr"])
def test_sides_a_third_party_addresses_stay_the_sides_of_the_conflict(lang: str, text: str) -> None:
    keys = country_keys(text, lang, factual_only=True)
    assert ("UN", "RUS", "REQUEST") in keys, sorted(keys)
    assert ("UN", "TUR", "REQUEST") not in keys, sorted(keys)

"""A complaint lodged with a body does not accuse the body (round 59, appeal59; eval/gold/README.md, "A complaint filed
with a body"): "presentó una queja ante el Consejo de Seguridad de la ONU", "filed a complaint with the UN Security
Council" (events/roles_places.before_forum, now for complaints too, with the body named in the genitive of the forum
and "complaint" among the English written channels). The one complained of ("una queja contra Estados Unidos ante la
OMC", "a complaint against China at the WTO") and a state a complaint is lodged with ("una queja formal ante
Venezuela") stay accused. Sentences written for the tests."""

from __future__ import annotations

import pytest

from extracted import country_keys


def _facts(text: str, lang: str) -> set[tuple]:
    return country_keys(text, lang, factual_only=True)


@pytest.mark.parametrize(("text", "lang", "body"), [
    ("El Gobierno libanés presentó una queja ante el Consejo de Seguridad de la ONU.", "es", "UN"),
    ("Belice anunció que presentó una queja ante la Organización de los Estados Americanos.", "es", "OAS"),
    ("Lebanon filed a complaint with the UN Security Council.", "en", "UN"),
    ("Lebanon's foreign ministry filed a complaint with the United Nations Security Council on Monday.", "en", "UN"),
])
def test_a_complaint_filed_with_a_body_does_not_accuse_it(text: str, lang: str, body: str) -> None:
    assert not [k for k in _facts(text, lang) if k[1] == body]


@pytest.mark.parametrize(("text", "lang", "accused"), [
    ("Brasil presentó una queja contra Estados Unidos ante la OMC.", "es", "USA"),
    ("Canada filed a complaint against China at the World Trade Organization.", "en", "CHN"),
    ("Colombia presentó una queja formal ante Venezuela.", "es", "VEN"),
])
def test_the_one_complained_of_stays_accused(text: str, lang: str, accused: str) -> None:
    keys = _facts(text, lang)
    assert [k for k in keys if k[1] == accused and k[2] == "ACCUSE"]
    assert not [k for k in keys if k[1] in ("WTO", "UN")]

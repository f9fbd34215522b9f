"""Two ministers named in one list with the names of people the dictionary does not know in apposition ("le ministre
marocain, Karim Bennani, et son homologue kényan, Peter Otieno, ont signé", "Karim Bennani, Morocco's foreign
minister, and Peter Otieno, his Kenyan counterpart, signed"): the names stretch the words between the two mentions
past the list's gap, and the second minister was read alone as the subject. Whole pipeline, own sentences."""

from __future__ import annotations

import pytest

from extracted import country_keys


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le ministre marocain des Affaires étrangères, Karim Bennani, et son homologue kényan, Peter Otieno, ont "
           "signé un accord sur les visas."),
    ("fr", "Karim Bennani, le ministre marocain des Affaires étrangères, et Peter Otieno, son homologue kényan, ont "
           "signé un accord sur les visas."),
    ("es", "El ministro marroquí de Exteriores, Karim Bennani, y su homólogo keniano, Peter Otieno, firmaron un "
           "acuerdo de visados."),
    ("es", "Karim Bennani, ministro de Exteriores de Marruecos, y Peter Otieno, su homólogo keniano, firmaron un "
           "acuerdo de visados."),
    ("en", "Karim Bennani, Morocco's foreign minister, and Peter Otieno, his Kenyan counterpart, signed a visa "
           "agreement."),
])
def test_two_ministers_with_unknown_names_sign_together(lang: str, text: str) -> None:
    keys = country_keys(text, lang)
    assert {("MAR", "KEN", "AGREE"), ("KEN", "MAR", "AGREE")} & keys, keys

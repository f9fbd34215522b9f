"""Round 43 (precision43): general causes of the extras left on the own sets, on sentences of our own.

A wish for others' act ("hopes that X and Y sign", "espera que X e Y firmen", "hofft, dass X und Y unterzeichnen",
"espère que X et Y signent") is no act: the hoped-for event is a plan, not a fact. Done acts beside such a wish stay.
"""

from __future__ import annotations

import pytest

from extracted import facts

HOPED = [
    ("en", "Sheinbaum said she hopes the European Union and Mexico sign the new trade agreement soon.", "EU", "MEX"),
    ("en", "The president hopes that India and Pakistan resume talks.", "IND", "PAK"),
    ("es", "Sheinbaum dijo que espera que la Unión Europea y México firmen pronto el nuevo acuerdo comercial.",
     "EU", "MEX"),
    ("es", "El canciller espera que Chile y Perú firmen un acuerdo de pesca antes de fin de año.", "CHL", "PER"),
    ("es", "México desea que la Unión Europea y Canadá firmen el acuerdo.", "EU", "CAN"),
    ("de", "Scholz hofft, dass die EU und Mexiko das neue Handelsabkommen bald unterzeichnen.", "EU", "MEX"),
    ("de", "Die Regierung hoffte, dass Indien und Pakistan direkte Gespräche aufnehmen.", "IND", "PAK"),
    ("fr", "Macron espère que l'Union européenne et le Mexique signent bientôt le nouvel accord commercial.",
     "EU", "MEX"),
    ("fr", "Le ministre souhaite que le Maroc et l'Algérie rétablissent leurs relations diplomatiques.", "MAR", "DZA"),
]


@pytest.mark.parametrize(("lang", "text", "a", "b"), HOPED)
def test_a_hoped_for_act_is_no_fact(lang, text, a, b):
    assert not {k for k in facts(text, lang) if {k[0], k[1]} == {a, b}}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Kenya signed the trade agreement with Germany on Monday, and Berlin hopes the deal will boost exports."),
    ("fr", "Le Kenya a signé lundi l'accord avec l'Allemagne, qui espère que le texte renforcera les échanges."),
    ("es", "Kenia firmó el lunes el acuerdo con Alemania, que espera que el texto impulse las exportaciones."),
    ("de", "Kenia unterzeichnete am Montag das Abkommen mit Deutschland, das hofft, dass die Exporte wachsen."),
])
def test_a_done_act_beside_a_wish_stays(lang, text):
    assert {k[:3] for k in facts(text, lang)} & {("KEN", "DEU", "AGREE"), ("DEU", "KEN", "AGREE")}

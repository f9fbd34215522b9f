"""Two states that acted together on a third are no pair a third party stands between (round 53, groups53): "the two
capitals", "обе стороны", "the two countries" after a sentence whose two actors praised or backed someone stand, for
an appeal, a mediation or hosted talks, for the two sides of the article's focal dyad (events/article_sides
.sides_addressed), also where the act's actor is told across an inserted clause ("L'Union africaine, dont ...,
a appelé", "Египет, чья ..., призвал"). Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from extracted import country_keys

ON = date(2025, 10, 27)
_keys = partial(country_keys, published=ON, factual_only=True)

CASES = {
    "fr": ("Le Burkina Faso a accusé la Côte d'Ivoire d'abriter des rebelles. La Côte d'Ivoire a expulsé "
           "l'ambassadeur du Burkina Faso. Le Mali et le Niger ont exprimé leur solidarité avec le Burkina Faso. "
           "L'Union africaine, dont le siège est à Addis-Abeba, a appelé les deux capitales à la retenue.",
           ("AU", "REQUEST"), ("BFA", "CIV"), ("MLI", "NER")),
    "ru": ("Израиль нанес удары по Йемену. Хуситы обстреляли Израиль ракетами. Оман и Катар выразили солидарность "
           "с Йеменом. Египет, чья экономика пострадала от кризиса, призвал обе стороны к сдержанности.",
           ("EGY", "REQUEST"), ("ISR", "YEM"), ("OMN", "QAT")),
    "en": ("Iran accused the United States of sabotage. The United States imposed new sanctions on Iran. Qatar and "
           "Saudi Arabia praised Oman's role. Oman hosted talks between the two countries in Muscat last spring.",
           ("OMN", "CONSULT"), ("IRN", "USA"), ("QAT", "SAU")),
    "es": ("Irán acusó a Estados Unidos de sabotaje. Estados Unidos impuso nuevas sanciones a Irán. Catar y Arabia "
           "Saudí elogiaron el papel de Omán. Omán acogió conversaciones entre los dos países en Mascate.",
           ("OMN", "CONSULT"), ("IRN", "USA"), ("QAT", "SAU")),
}


@pytest.mark.parametrize("lang", sorted(CASES))
def test_the_pair_is_the_two_who_quarrel_not_the_two_who_spoke(lang: str) -> None:
    text, (actor, kind), sides, speakers = CASES[lang]
    keys = {(s[:3], t[:3], k) for s, t, k in _keys(text, lang)}
    for side in sides:
        assert (actor, side, kind) in keys or (side, actor, kind) in keys
    for speaker in speakers:
        assert (actor, speaker, kind) not in keys and (speaker, actor, kind) not in keys

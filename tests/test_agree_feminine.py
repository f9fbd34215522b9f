"""An agreement told by "se mettre d'accord" with a feminine subject (round 58, frru58): the participle agrees
("les deux parties se sont mises d'accord pour rouvrir leurs ambassades", "la France s'est mise d'accord avec ..."),
and simplemma leaves "mise", "mises" as they are, so the agreement went unread where "se sont mis d'accord" was read.
Sentences of our own, each beside the masculine form that was read before."""

from __future__ import annotations

import pytest

from extracted import facts, read_as


@pytest.mark.parametrize(("text", "expected"), [
    ("Le Chili et l'Argentine se sont mis d'accord sur la frontière.", ("CHL", "ARG", "AGREE", False)),
    ("La Bolivie et la Colombie se sont mises d'accord sur la frontière.", ("BOL", "COL", "AGREE", False)),
    ("Les deux parties, la Tanzanie et l'Ouganda, se sont mises d'accord pour relancer le projet d'oléoduc.",
     ("TZA", "UGA", "AGREE", False)),
    ("La Norvège s'est mise d'accord avec l'Islande sur les quotas de maquereau.", ("NOR", "ISL", "AGREE", False)),
])
def test_an_agreement_with_a_feminine_participle(text: str, expected: tuple) -> None:
    read_as(facts(text, "fr"), expected)

"""Round 38 (issue 10, precision): an act named under a noun of refusal ("X's refusal to negotiate", "la negativa
de X a dialogar", "le refus de X de négocier", "отказ X от переговоров", "die Weigerung von X, zu verhandeln") was
not done, and no one did it: it gives no fact (EVAL.md), least of all one whose source is the judge of the refusal.
The verdict on the refusal stays. Sentences written for the tests; the negative cases name a refusal that governs
no act, and the act after it stays."""

from __future__ import annotations

import pytest

from extracted import country_keys, facts

_REFUSED = [
    ("en", "Poland criticised Ukraine's refusal to negotiate with Russia.", ("POL", "UKR", "ACCUSE")),
    ("en", "The refusal of Iran to negotiate with Washington was criticised by Paris.", None),
    ("es", "Francia condenó la negativa de Venezuela a dialogar con Colombia.", None),
    ("es", "La negativa chilena a negociar con Bolivia fue criticada.", None),
    ("es", "Moscú criticó la renuncia de Kiev a negociar con Rusia.", None),
    ("fr", "L'Allemagne a dénoncé le refus de la Russie de négocier avec l'Ukraine.", None),
    ("ru", "Венгрия раскритиковала отказ Украины от переговоров с Россией.", ("HUN", "UKR", "ACCUSE")),
    ("de", "Frankreich kritisierte die Weigerung Russlands, mit der Ukraine zu verhandeln.", ("FRA", "RUS", "ACCUSE")),
]


@pytest.mark.parametrize(("lang", "text", "verdict"), _REFUSED)
def test_refused_act_gives_no_fact(lang: str, text: str, verdict: tuple | None) -> None:
    keys = country_keys(text, lang, factual_only=True)
    assert not any(key[2] == "CONSULT" for key in keys)
    assert verdict is None or verdict in keys


_NOT_GOVERNED = [
    ("en", "After the refusal, France imposed sanctions on Iran."),
    ("en", "Iran's refusal led to sanctions against Tehran by France."),
    ("es", "Tras la negativa, Francia impuso sanciones a Irán."),
    ("fr", "Après ce refus, la France a imposé des sanctions à l'Iran."),
    ("ru", "После этого отказа Франция ввела санкции против Ирана."),
    ("de", "Nach der Weigerung verhängte Frankreich Sanktionen gegen den Iran."),
]


@pytest.mark.parametrize(("lang", "text"), _NOT_GOVERNED)
def test_refusal_noun_without_act_leaves_the_next_act(lang: str, text: str) -> None:
    assert ("FRA", "IRN", "SANCTION") in country_keys(text, lang, factual_only=True)


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Venezuela se negó a dialogar con Colombia."),
    ("de", "Die Ukraine weigerte sich, mit Russland zu verhandeln."),
])
def test_verb_of_refusal_still_negates(lang: str, text: str) -> None:
    """The verb keeps its reading: a REJECT and the refused act negated (EVAL.md)."""
    keys = facts(text, lang)
    assert any(key[2] == "CONSULT" and key[3] for key in keys)
    assert not any(key[2] == "CONSULT" and not key[3] for key in keys)

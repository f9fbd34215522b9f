"""A verdict whose object is a label of a wrong ("a dénoncé un « chantage »", "a dénoncé une « ingérence »", "un
« acte de piraterie »"; round 58, label58) and a coordinated verb after it ("et saisi l'OMC", "et exprimé sa
solidarité avec Abou Dhabi"): the label names the wrong the judge suffered, so the verdict judges the wrongdoer the
article names, not the one the next verb addresses (roles_verdicts.verdict_words_own, the role words `wrong_labels`),
as it already did for a breach named there ("a dénoncé une violation de la souveraineté libanaise et appelé ...").
Not where the verdict names the act by a definite noun and the label is its predicate ("a qualifié la décision de
« chantage »"). Sentences of our own."""

from __future__ import annotations

import pytest

from extracted import facts, read_as_all

_SEIZED = "L'Iran a saisi un pétrolier émirati dans le détroit d'Ormuz. "
_TARIFFS = "Les États-Unis ont imposé des droits de douane de 50 % sur les produits brésiliens. "


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    (_SEIZED + "Le Conseil de coopération du Golfe a dénoncé un « acte de piraterie » et exprimé sa solidarité avec "
     "Abou Dhabi.", [("GCC", "IRN", "ACCUSE", False), ("GCC", "ARE", "SUPPORT", False)],
     [("GCC", "ARE", "ACCUSE", False)]),
    (_TARIFFS + "Le président Lula a dénoncé un « chantage » et saisi l'Organisation mondiale du commerce.",
     [("BRA", "USA", "ACCUSE", False)], [("BRA", "WTO", "ACCUSE", False)]),
    (_TARIFFS + "Brasilia a dénoncé une ingérence et saisi l'Organisation mondiale du commerce.",
     [("BRA", "USA", "ACCUSE", False)], [("BRA", "WTO", "ACCUSE", False)]),
])
def test_a_wrong_label_keeps_the_verdict_from_the_next_verbs_object(text: str, expected: list, wrong: list) -> None:
    read_as_all(facts(text, "fr"), expected, wrong)


def test_a_label_predicate_of_a_named_act_leaves_the_next_verbs_object() -> None:
    # "la décision" is the verdict's object: the label is its predicate, the next verb's party stays the verdict's
    text = ("La Nouvelle-Zélande a suspendu son aide budgétaire aux îles Cook. Le gouvernement des îles Cook a "
            "qualifié la décision de « chantage » et rejeté toute obligation de consulter Wellington.")
    read_as_all(facts(text, "fr"), [("COK", "NZL", "ACCUSE", False)])


@pytest.mark.parametrize("lang", ["de", "en", "es", "fr", "ru"])
def test_every_language_names_its_wrong_labels(lang: str) -> None:
    from realpolitik.language.role_words import role_words

    assert role_words(lang).wrong_labels

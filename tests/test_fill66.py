"""A condemnation with no target after a deal between two others (events/article_answers.py `_condemned`,
`_side_named`): where its own sentence names one side of the deal (by name, capital or place), that side alone is
judged; where it names neither, both sides are (round 66, fill66). Sentences written for the tests."""

from __future__ import annotations

import pytest

from extracted import country_keys


@pytest.mark.parametrize(("lang", "text", "judged", "spared"), [
    ("en", "Norway signed a contract with Germany for four submarines. The Russian embassy in Oslo criticised the "
           "purchase.", ("RUS", "NOR", "ACCUSE"), ("RUS", "DEU", "ACCUSE")),
    ("de", "Polen und Deutschland unterzeichneten ein Grenzabkommen. Das Außenministerium in Vilnius kritisierte, "
           "Warschau habe die Nachbarn nicht informiert.", ("LTU", "POL", "ACCUSE"), ("LTU", "DEU", "ACCUSE")),
    ("fr", "La Norvège a signé un accord avec l'Allemagne sur quatre sous-marins. L'ambassade de Russie à Oslo a "
           "critiqué cet achat.", ("RUS", "NOR", "ACCUSE"), ("RUS", "DEU", "ACCUSE")),
    ("es", "Etiopía firmó un acuerdo con Turquía sobre el acceso al mar. Somalia condenó el acuerdo y retiró a su "
           "embajador de Adís Abeba.", ("SOM", "ETH", "ACCUSE"), ("SOM", "TUR", "ACCUSE")),
    ("ru", "Норвегия подписала с Германией соглашение о покупке подводных лодок. Посольство России в Осло "
           "раскритиковало покупку.", ("RUS", "NOR", "ACCUSE"), ("RUS", "DEU", "ACCUSE")),
])
def test_a_condemnation_naming_one_side_of_a_deal_judges_that_side(lang: str, text: str, judged: tuple,
                                                                   spared: tuple) -> None:
    keys = country_keys(text, lang, factual_only=True)
    assert judged in keys
    assert spared not in keys


@pytest.mark.parametrize(("lang", "text", "sides"), [
    ("en", "Norway signed a contract with Germany for four submarines. The Russian embassy criticised the purchase.",
     {("RUS", "NOR", "ACCUSE"), ("RUS", "DEU", "ACCUSE")}),
    ("de", "Polen und Deutschland unterzeichneten ein Grenzabkommen. Litauen kritisierte das Abkommen.",
     {("LTU", "POL", "ACCUSE"), ("LTU", "DEU", "ACCUSE")}),
    ("es", "Etiopía firmó un acuerdo con Turquía sobre el acceso al mar. Somalia criticó el acuerdo.",
     {("SOM", "ETH", "ACCUSE"), ("SOM", "TUR", "ACCUSE")}),
    ("ru", "Норвегия подписала с Германией соглашение о покупке подводных лодок. В Москве соглашение раскритиковали.",
     {("RUS", "NOR", "ACCUSE"), ("RUS", "DEU", "ACCUSE")}),
])
def test_a_condemnation_naming_no_side_of_a_deal_judges_both(lang: str, text: str, sides: set) -> None:
    assert sides <= country_keys(text, lang, factual_only=True)

"""Round 44 (recall44): general causes of the misses left on the own sets, on sentences of our own.

Naming another state a reliable partner, a close ally or a friend (one naming, told in the past; the present
"calls X its partner" tells a standing tie, a relation) is praise (SUPPORT, EVAL.md "praise"): the one
named is the target, the speaker's side the source, and a name after the predicate noun ("a partner of India",
"союзником России", "Partner Polens") is only whose partner it is, never a party of the act (it took the target, or
the source through a genitive read as a noun's agent, and the fact was lost as "one country").
"""

from __future__ import annotations

import pytest

from extracted import facts

NAMED = [
    ("ru", "Лукашенко назвал Вьетнам надежным партнером Белоруссии.", "BLR", "VNM"),
    ("ru", "Токаев назвал Монголию «близким другом и стратегическим партнером» Казахстана.", "KAZ", "MNG"),
    ("ru", "Президент Сербии назвал Китай проверенным другом.", "SRB", "CHN"),
    ("de", "Scholz nannte Kanada einen engen Partner Deutschlands.", "DEU", "CAN"),
    ("de", "Orbán bezeichnete Serbien als wichtigsten Verbündeten Ungarns.", "HUN", "SRB"),
    ("de", "Die litauische Präsidentin nannte Polen einen verlässlichen Verbündeten.", "LTU", "POL"),
    ("en", "Modi called Japan a trusted partner of India.", "IND", "JPN"),
    ("en", "Erdogan called Azerbaijan Turkey's closest ally.", "TUR", "AZE"),
    ("en", "The Kenyan president called Germany a reliable partner.", "KEN", "DEU"),
    ("fr", "Macron a qualifié l'Inde de partenaire stratégique de la France.", "FRA", "IND"),
    ("fr", "Le Premier ministre belge a qualifié le Luxembourg de partenaire fiable.", "BEL", "LUX"),
    ("es", "Lula calificó a China de socio estratégico de Brasil.", "BRA", "CHN"),
    ("es", "Boric calificó a Argentina de aliado clave de Chile.", "CHL", "ARG"),
]


@pytest.mark.parametrize(("lang", "text", "source", "target"), NAMED)
def test_naming_a_partner_or_ally_is_praise_of_the_one_named(lang, text, source, target):
    found = facts(text, lang)
    assert (source, target, "SUPPORT", False) in found
    assert not {k for k in found if k[0] == k[1] or k[2] == "ACCUSE"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Biden called on Japan, a close ally, to raise its defence budget."),
    ("ru", "Путин назвал санкции Евросоюза незаконными."),
    ("de", "Merz nannte die Entscheidung Chinas einen Fehler."),
    # a standing tie told in the present is a relation, no act of praise
    ("en", "China calls Pakistan its strategic partner."),
    ("ru", "Минск называет Москву своим стратегическим союзником."),
    ("fr", "Islamabad qualifie Pékin de partenaire stratégique."),
])
def test_no_praise_where_no_one_is_named_a_partner(lang, text):
    assert not {k for k in facts(text, lang) if k[2] == "SUPPORT"}


# A judged act noun carried out by a participle with its agent ("the sanctions imposed by the EU on Russian banks",
# "les sanctions imposées par l'UE", "los aranceles impuestos por Washington", "введённые Евросоюзом"): the verdict
# judges the agent, and the act is one of its own. English lacked the verbs that carry such a noun out.
CARRIED = [
    ("en", "Moscow condemned the sanctions imposed by the European Union on Russian banks.", "EU", "RUS", "SANCTION"),
    ("en", "Beijing criticised the new tariffs levied by Washington on Chinese electric cars.", "USA", "CHN",
     "SANCTION"),
    ("fr", "Moscou a dénoncé les sanctions imposées par l'Union européenne aux banques russes.", "EU", "RUS",
     "SANCTION"),
    ("es", "Lula criticó los aranceles impuestos por Estados Unidos a los productos brasileños.", "USA", "BRA",
     "SANCTION"),
    ("ru", "Москва осудила санкции, введенные Евросоюзом против российских банков.", "EU", "RUS", "SANCTION"),
]


@pytest.mark.parametrize(("lang", "text", "source", "target", "type_"), CARRIED)
def test_a_judged_act_carried_out_by_a_named_agent_is_an_act(lang, text, source, target, type_):
    found = facts(text, lang)
    assert (source, target, type_, False) in found
    assert {k for k in found if k[2] == "ACCUSE" and k[1] == source}

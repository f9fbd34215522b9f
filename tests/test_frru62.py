"""French and Russian kinds of round 62 (frru62), each with sentences written for the tests.

- Russian: a state's adjective right after an import noun ("запрет на ввоз азербайджанской хурмы", "запрет на импорт
  российского газа") names where the goods come from, the state the ban hits (SANCTION 163), never the noun's agent
  (`goods_nouns` in data/rules/roles/ru.yaml). Studied: fresh61a-ru-002, wire-ru9-007, fresh49a-ru-003.
- A verdict on the vote ("Никарагуа назвала выборы «фарсом»", "Наблюдатели от СНГ признали выборы «свободными»",
  "La mission de l'UA a jugé le scrutin « globalement conforme »") judges the state whose election the article told
  (events/elections.judged_vote; `judged` in data/elections/fr.yaml, ru.yaml). Studied: fresh55a-ru-004,
  wire-ru6-005, wire-ru8-006, relwire6-fr-002.
- French: duties suspended are eased only as the verb's own object ("a suspendu ses droits de douane"); "a suspendu
  son aide à X et imposé des droits de douane" stops the aid and lays the duties (fresh49a-fr-004).
- French: a role word with its article elided onto it ("l'émir", "l'ambassadeur") is a singular, read as the title of
  the one the article named before, as "le roi" is (fresh61a-fr-002).
- Russian relations: "X связан договором о взаимной обороне с Y" holds the treaty in force (the short singular
  participle, as "связаны" did), and "и с Y, и с Z" names two partners (fresh59a-ru-002, fresh61a-ru-001).
"""

from __future__ import annotations

import pytest

from extracted import country_keys, extraction, read_as, shown_keys

IMPORT_BANS = [
    ("Россия ввела запрет на ввоз молдавского вина.", ("RUS", "MDA", "163"), None),
    ("Казахстан ввел временный запрет на ввоз киргизского картофеля.", ("KAZ", "KGZ", "163"), None),
    ("Евросоюз ввел полный запрет на импорт белорусского калия.", ("EU", "BLR", "163"), None),
    # as before: the goods' origin after "из", the restriction noun first
    ("Китай ввел ограничения на ввоз японских морепродуктов.", ("CHN", "JPN", "163"), None),
]


@pytest.mark.parametrize(("text", "expected", "wrong"), IMPORT_BANS)
def test_an_import_bans_adjective_names_the_state_it_hits(text: str, expected: tuple, wrong: tuple | None) -> None:
    read_as(country_keys(text, "ru", kind="cameo"), expected, wrong)


def test_a_noun_trigger_keeps_its_genitive_agent() -> None:
    # "удар России по Украине": a name after a noun trigger that is no import noun is still its agent
    read_as(country_keys("Киев осудил удар России по Украине.", "ru"), ("UKR", "RUS", "ACCUSE"))


VERDICTS_ON_A_VOTE = [
    ("ru", "В Таджикистане прошли парламентские выборы. Наблюдатели от СНГ признали выборы «честными и прозрачными».",
     ("CIS", "TJK", "SUPPORT")),
    ("ru", "В Грузии прошли парламентские выборы. Министерство иностранных дел Азербайджана назвало выборы "
           "«свободными».", ("AZE", "GEO", "SUPPORT")),
    ("ru", "В Боливии прошли президентские выборы. Венесуэла назвала выборы «фарсом».", ("VEN", "BOL", "ACCUSE")),
    ("ru", "В Молдавии прошли парламентские выборы. Официальный представитель МИД России назвал выборы "
           "«несвободными».", ("RUS", "MDA", "ACCUSE")),
    ("fr", "Le Togo a voté samedi lors de l'élection présidentielle. La Cedeao a jugé le scrutin « crédible et "
           "transparent ».", ("ECO", "TGO", "SUPPORT")),
    ("fr", "Le Sénégal a voté dimanche lors des élections législatives. L'Union africaine a salué le scrutin.",
     ("AU", "SEN", "SUPPORT")),
]


@pytest.mark.parametrize(("lang", "text", "expected"), VERDICTS_ON_A_VOTE)
def test_a_verdict_on_the_vote_judges_the_state_that_held_it(lang: str, text: str, expected: tuple) -> None:
    read_as(shown_keys(text, lang), expected)


@pytest.mark.parametrize(("lang", "text", "wrong"), [
    # the vote's own state judging it judges no one
    ("ru", "В Грузии прошли парламентские выборы. Президент Грузии назвала выборы «фарсом».", ("GEO", "GEO", "ACCUSE")),
    # a verdict on something else keeps its own target
    ("ru", "В Армении прошли выборы. Россия назвала решение Еревана ошибкой.", ("RUS", "ARM", "ACCUSE")),
])
def test_a_verdict_on_the_vote_by_its_own_state_or_on_another_thing(lang: str, text: str, wrong: tuple) -> None:
    keys = shown_keys(text, lang)
    if wrong[0] == wrong[1]:
        read_as(keys, None, wrong)
    else:
        read_as(keys, wrong)  # aimed at the thing judged, as before


def test_no_election_told_no_target() -> None:
    # no state's vote told before: the verdict finds no target of the vote
    keys = shown_keys("Наблюдатели от СНГ признали выборы «свободными».", "ru")
    assert not any(k[2] == "SUPPORT" and k[1] for k in keys), keys


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    ("Washington a suspendu son aide au Kenya et imposé en mai des droits de douane sur ses exportations.",
     ("USA", "KEN", "SANCTION"), ("USA", "KEN", "RETREAT")),
    ("Le Canada a suspendu ses droits de douane sur l'acier mexicain.", ("CAN", "MEX", "RETREAT"), None),
    ("L'Inde a suspendu temporairement les droits de douane sur les produits népalais.", ("IND", "NPL", "RETREAT"),
     None),
])
def test_duties_suspended_only_as_the_verbs_own_object(text: str, expected: tuple, wrong: tuple | None) -> None:
    read_as(country_keys(text, "fr"), expected, wrong)


@pytest.mark.parametrize(("text", "expected"), [
    ("L'émir du Koweït, Mechaal al-Ahmad, a reçu lundi le président égyptien. Le ministre libanais a remercié l'émir "
     "pour son soutien.", ("LBN", "KWT", "SUPPORT")),
    ("L'émir Tamim ben Hamad Al Thani a promis une aide au Liban. Le président libanais s'est entretenu mardi au "
     "téléphone avec l'émir.", ("LBN", "QAT", "CONSULT")),
])
def test_a_role_word_with_an_elided_article_is_a_singular(text: str, expected: tuple) -> None:
    # (the last state named with a monarch is the title's: a bare "l'émir" after another emir's state named since is
    # not told apart here, as "le roi" is not)
    read_as(country_keys(text, "fr"), expected)


def _relations(text: str) -> set[tuple]:
    return {(*sorted((r.a, r.b)), r.kind, r.status) for r in extraction(text, "ru").relations}


@pytest.mark.parametrize(("text", "expected"), [
    ("Токио связан договором о взаимной обороне с Вашингтоном.", {("JPN", "USA", "defense_pact", "in_force")}),
    ("Вашингтон связан договорами о взаимной обороне и с Канберрой, и с Веллингтоном.",
     {("AUS", "USA", "defense_pact", "in_force"), ("NZL", "USA", "defense_pact", "in_force")}),
])
def test_a_state_bound_by_a_treaty_to_one_and_to_another(text: str, expected: set) -> None:
    assert expected <= _relations(text), _relations(text)

"""A verdict on an act the article named again, whose sentence goes on with another verb and its party (round 47,
actrefs47; events/article_refs.py).

"Russia struck Kyiv overnight. Spain condemned the attack and expressed solidarity with the Ukrainian people": the
verdict judges the act's author told before (Russia), not the party of the coordinated verb (Ukraine), which the
reader of the sentence's roles gave it. Where the article told no such act, where the judge is its author, or
where the party stands inside the act noun's own phrase, nothing changes. Short articles of our own.
"""

from __future__ import annotations

import pytest

from extracted import shown_keys


@pytest.mark.parametrize(("lang", "text", "judge", "author", "other"), [
    ("en", "Russia launched a massive drone attack on Ukraine overnight. Spain condemned the attack and expressed "
           "solidarity with the Ukrainian people.", "ESP", "RUS", "UKR"),
    ("en", "Israel carried out air raids on southern Lebanon on Monday. Lebanon's president condemned the attacks "
           "and asked the foreign ministry to file a complaint with the UN Security Council.", "LBN", "ISR", "UN"),
    ("de", "Russland griff in der Nacht die Ukraine mit Drohnen an. Spanien verurteilte den Angriff und erklärte "
           "sich solidarisch mit der Ukraine.", "ESP", "RUS", "UKR"),
    ("de", "Der Iran beschoss am Sonntag Ziele im Nordirak. Die Türkei verurteilte diese Angriffe und sicherte "
           "dem irakischen Volk ihre Solidarität zu.", "TUR", "IRN", "IRQ"),
    ("es", "Rusia lanzó un ataque masivo con drones contra Ucrania. La Cancillería española condenó el bombardeo y "
           "expresó su solidaridad con el pueblo ucraniano.", "ESP", "RUS", "UKR"),
    ("es", "Israel atacó el lunes varias aldeas del sur del Líbano. Chile condenó esos ataques y manifestó su "
           "solidaridad con el pueblo libanés.", "CHL", "ISR", "LBN"),
    ("fr", "La Russie a lancé une attaque massive de drones contre l'Ukraine. L'Espagne a condamné cette attaque et "
           "a exprimé sa solidarité avec le peuple ukrainien.", "ESP", "RUS", "UKR"),
    ("fr", "Israël a bombardé lundi plusieurs villages du sud du Liban. Le Chili a condamné les frappes et a "
           "exprimé sa solidarité avec le peuple libanais.", "CHL", "ISR", "LBN"),
    ("ru", "Россия нанесла массированный удар по Украине. Испания осудила этот удар и выразила солидарность с "
           "украинским народом.", "ESP", "RUS", "UKR"),
    ("ru", "Израиль нанес удары по югу Ливана в понедельник. Чили осудила эти удары и выразила солидарность с "
           "ливанским народом.", "CHL", "ISR", "LBN"),
])
def test_a_verdict_on_an_act_named_again_judges_its_author(lang: str, text: str, judge: str, author: str,
                                                          other: str) -> None:
    keys = shown_keys(text, lang)
    assert (judge, author, "ACCUSE") in keys
    assert (judge, other, "ACCUSE") not in keys


@pytest.mark.parametrize(("lang", "text", "judge", "target"), [
    # no earlier act of the kind the noun names: the coordinated verb's party stays the target
    ("en", "Japan and Korea held talks in Tokyo on Monday. China condemned the strikes and expressed solidarity "
           "with the Syrian people.", "CHN", "SYR"),
    ("es", "Japón y Corea celebraron conversaciones en Tokio. China condenó los bombardeos y expresó su "
           "solidaridad con el pueblo sirio.", "CHN", "SYR"),
    # the judge is the act's author: no verdict on itself
    ("en", "Russia struck Ukraine overnight. Russia defended the strikes and accused Kyiv of provocations.",
     "RUS", "UKR"),
])
def test_nothing_is_filled_without_another_authors_act(lang: str, text: str, judge: str, target: str) -> None:
    keys = shown_keys(text, lang)
    assert (judge, target, "ACCUSE") in keys
    assert not any(s == judge and p == "ACCUSE" and t != target for s, t, p in keys)


def test_a_party_inside_the_act_nouns_phrase_is_its_target() -> None:
    # "the attacks on Ukraine and Moldova": the coordinated names are the noun's victims, no later verb's party
    keys = shown_keys("Russia struck Ukraine and Moldova overnight. France condemned the attacks on Ukraine and "
                      "Moldova.", "en")
    assert ("FRA", "RUS", "ACCUSE") in keys


def test_a_verdict_only_planned_is_not_shown() -> None:
    # the verdict itself a plan: nothing shown, whatever the act's author
    keys = shown_keys("Russia struck Ukraine overnight. Spain is expected to condemn the attack and to express "
                      "solidarity with the Ukrainian people.", "en")
    assert not any(s == "ESP" and p == "ACCUSE" for s, t, p in keys)

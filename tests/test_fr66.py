"""A foreign base acted on, and the junta and transition leaders (round 66, fr66), with sentences written for the tests.

- A base handed over is its owner's RETREAT 0874 to the host (eval/gold/README.md, "A foreign base acted on: a strike
  on it is on its owner, a base handed over or left is the owner's withdrawal from the host"): 19 of 19 studied
  sentences code it so. The French coder read the handing-over verb before the base ("a remis ... ses bases"); it now
  reads the participle after the base too ("ont quitté la base d'Agadez, remise aux autorités nigériennes",
  long-fr3-003; fr `hand_over_bases`).
- A strike on a foreign base is on its owner, never the host named as its place (14 of 14 studied sentences): what
  German, English, Spanish and Russian verbs print already, kept here.
- Junta and transition leaders (data/actors/leaders.yaml): Guinea-Bissau's Horta N'Tam, sworn in on 27 November 2025
  (fresh65a-fr-003, relwire8-es-003, wire-en8-008, wire-fr10-008); Oligui Nguema by his first surname alone after the
  article named Gabon (relwire14-es-003); Traoré's Russian spelling "Ибраим" (wire-ru6-009); Doumbouya's and Oligui
  Nguema's Russian names.
- A hosting refused is the refusal alone ("a refusé d'accueillir une mission de l'UE"; fr `reject`): the studied gold
  codes the REJECT and no hosting in 2 of 2 (precision-fr-035, wire-fr5-003), as es65 read an invitation refused.
"""

from __future__ import annotations

from datetime import date

import pytest

from extracted import shown_keys

HANDED_OVER = [
    ("Les derniers soldats allemands ont quitté lundi la base de Gao, remise aux autorités maliennes.", "DEU", "MLI"),
    ("Les soldats belges ont quitté le camp de Kidal, rétrocédé mardi à l'armée malienne.", "BEL", "MLI"),
    ("La France a remis au Sénégal ses dernières bases militaires.", "FRA", "SEN"),
]


@pytest.mark.parametrize(("text", "owner", "host"), HANDED_OVER)
def test_a_base_handed_over_is_the_owner_s_withdrawal(text: str, owner: str, host: str) -> None:
    keys = shown_keys(text, "fr")
    assert (owner, host, "RETREAT") in keys, keys


def test_a_base_handed_over_before_another_act_is_no_withdrawal() -> None:
    """The participle describes the base another act is told of: the base's history, not this sentence's act."""
    keys = shown_keys("La base de Gao, remise aux autorités maliennes en 2023, a été attaquée par des jihadistes.",
                      "fr")
    assert not any(kind == "RETREAT" for _, _, kind in keys), keys


STRUCK = [
    ("Iran struck a US base in Qatar.", "en"),
    ("Irán lanzó misiles contra una base de Estados Unidos en Qatar.", "es"),
    ("Iran beschoss den amerikanischen Stützpunkt in Katar.", "de"),
    ("Иран нанес удар по базе США в Катаре.", "ru"),
]


@pytest.mark.parametrize(("text", "lang"), STRUCK)
def test_a_strike_on_a_foreign_base_is_on_its_owner(text: str, lang: str) -> None:
    keys = shown_keys(text, lang)
    assert ("IRN", "USA", "ASSAULT") in keys, keys
    assert ("IRN", "QAT", "ASSAULT") not in keys, keys


LEADERS = [
    ("Le chef de la junte, le général Horta N'Tam, a remercié le Portugal pour son soutien.", "fr",
     ("GNB", "PRT", "SUPPORT")),
    ("El general Horta N'Tam agradeció a Senegal su mediación.", "es", ("GNB", "SEN", "SUPPORT")),
    ("Генерал Мамади Думбуя поблагодарил Китай за помощь.", "ru", ("GIN", "CHN", "SUPPORT")),
    ("Ибраим Траоре поблагодарил Россию за поставки зерна.", "ru", ("BFA", "RUS", "SUPPORT")),
]


@pytest.mark.parametrize(("text", "lang", "expected"), LEADERS)
def test_junta_and_transition_leaders_are_their_governments(text: str, lang: str,
                                                             expected: tuple[str, str, str]) -> None:
    keys = shown_keys(text, lang, published=date(2026, 2, 9))
    assert expected in keys, keys


def test_a_junta_leader_s_first_surname_alone_after_his_country() -> None:
    """"Oligui" alone, the article having named Gabon (relwire14-es-003): his country's government."""
    keys = shown_keys("Gabón volvió a la UA en abril. El presidente de Marruecos felicitó a Oligui por su victoria.",
                      "es", published=date(2026, 2, 9))
    assert ("MAR", "GAB", "SUPPORT") in keys, keys


REFUSED_HOSTING = [
    ("La Tunisie a refusé lundi d'accueillir une mission de l'Union européenne.", ("TUN", "EU")),
    ("Erevan a refusé d'accueillir les exercices de l'OTSC.", ("ARM", "CST")),  # (keys by three letters: CSTO)
    ("Le Mali a refusé de recevoir l'envoyé de la Cédéao.", ("MLI", "ECO")),  # (ECOWAS)
]


@pytest.mark.parametrize(("text", "pair"), REFUSED_HOSTING)
def test_a_hosting_refused_is_the_refusal_alone(text: str, pair: tuple[str, str]) -> None:
    """No hosting of the refuser's beside the REJECT (precision-fr-035, wire-fr5-003; es65's invitation refused)."""
    keys = shown_keys(text, "fr")
    assert (*pair, "REJECT") in keys, keys
    assert not any(kind == "CONSULT" for _, _, kind in keys), keys

"""A demonym on a thing, not on a party (round 36, issue 10: "another pair"). Each sentence is our own.

- A sea named with a state's adjective is a place in every case the news puts it in: Russian "над Японским морем",
  "в Японском море" (only the nominative and genitive were listed), Spanish "el mar de Japón" without the article.
- A purchase of goods named by their country ("закупает российскую нефть", "buys Russian oil") is no act between
  states: the adjective says where the goods come from. Russian alone read it as cooperation; the five languages
  now agree.
- Negative cases: a demonym on forces or authorities IS the actor ("Российские войска нанесли удар", "Russian
  forces struck", "les autorités ukrainiennes ont accusé"), and joint drills in such a sea are still the drilling
  states' cooperation."""

from __future__ import annotations

import pytest

from extracted import country_keys as _pairs


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("ru", "Китайские и российские бомбардировщики провели совместное патрулирование над Японским морем.",
     {("CHN", "RUS", "COOPERATE")}),
    ("ru", "Японские эсминцы провели учения в Японском море вместе с американскими кораблями.", None),
    ("en", "China and Russia held joint naval drills in the Sea of Japan.", {("CHN", "RUS", "COOPERATE")}),
    ("es", "China y Rusia realizaron maniobras navales conjuntas en el mar de Japón.", {("CHN", "RUS", "COOPERATE")}),
])
def test_a_sea_named_by_a_demonym_is_no_party(lang: str, text: str, expected: set | None) -> None:
    pairs = _pairs(text, lang)
    assert not any(t == "JPN" for _, t, _ in pairs)
    if expected is not None:
        assert expected <= pairs


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Индия закупает российскую нефть."),
    ("ru", "Венгрия продолжает закупать российский газ по трубопроводу."),
    ("ru", "Китай остается крупнейшим покупателем российской нефти."),
    ("en", "India keeps buying Russian oil."),
    ("fr", "L'Inde continue d'acheter du pétrole russe."),
    ("es", "India sigue comprando petróleo ruso."),
    ("de", "Indien kauft weiterhin russisches Öl."),
])
def test_goods_bought_by_their_country_make_no_pair(lang: str, text: str) -> None:
    assert not _pairs(text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("ru", "Российские войска нанесли удар по Харькову.", ("RUS", "UKR", "ASSAULT")),
    ("en", "Russian forces struck Kharkiv overnight.", ("RUS", "UKR", "ASSAULT")),
    ("fr", "Les autorités ukrainiennes ont accusé la Russie de frappes sur Odessa.", ("UKR", "RUS", "ACCUSE")),
    ("ru", "Япония будет инвестировать в Индию.", ("JPN", "IND", "COOPERATE")),
])
def test_a_demonym_on_an_actor_still_acts(lang: str, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _pairs(text, lang)

""""All the sides" are the two of a conflict (round 53, groups53): "todas las partes", "toutes les parties", "все
стороны", "all the sides" read as two states that never quarrelled in the article (a pact signed between them) stand
for no one the article names, and the appeal gets no target, neither from the pair nor from the article's focal dyad;
where the two fought, the appeal goes to them (events/article_sides.unfought_sides). Sentences written for the
tests."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from extracted import country_keys, read_as_all

ON = date(2025, 10, 27)
_keys = partial(country_keys, published=ON, factual_only=True)

PACT = {
    "es": "Japón y Filipinas firmaron un pacto de defensa en Manila. El acuerdo permite el despliegue de tropas "
          "japonesas. Indonesia pidió a todas las partes que eviten una carrera armamentista.",
    "fr": "Le Japon et les Philippines ont signé un pacte de défense à Manille. L'accord permet le déploiement de "
          "troupes japonaises. L'Indonésie a appelé toutes les parties à éviter une course aux armements.",
    "ru": "Япония и Филиппины подписали оборонный пакт в Маниле. Соглашение позволяет размещение японских войск. "
          "Индонезия призвала все стороны избегать гонки вооружений.",
    "en": "Japan and the Philippines signed a defence pact in Manila. The deal allows Japanese troops to deploy. "
          "Indonesia urged all the sides to avoid an arms race.",
}

FIGHT = {
    "es": "Tailandia y Camboya intercambiaron disparos en la frontera. El ejército tailandés bombardeó posiciones "
          "camboyanas. Indonesia pidió a todas las partes que respeten el alto el fuego.",
    "fr": "La Thaïlande et le Cambodge ont échangé des tirs à la frontière. L'armée thaïlandaise a bombardé des "
          "positions cambodgiennes. L'Indonésie a appelé toutes les parties à la retenue.",
    "ru": "Таиланд и Камбоджа обменялись огнем на границе. Таиландская армия обстреляла камбоджийские позиции. "
          "Индонезия призвала все стороны к сдержанности.",
}


@pytest.mark.parametrize("lang", sorted(PACT))
def test_all_the_sides_after_a_pact_are_no_two_the_article_names(lang: str) -> None:
    keys = _keys(PACT[lang], lang)
    assert ("JPN", "PHL", "AGREE") in keys
    assert not [k for k in keys if k[0] == "IDN"]


@pytest.mark.parametrize("lang", sorted(FIGHT))
def test_all_the_sides_of_a_fight_are_its_two(lang: str) -> None:
    read_as_all(_keys(FIGHT[lang], lang), [("IDN", "THA", "REQUEST"), ("IDN", "KHM", "REQUEST")])


def test_both_sides_after_a_pact_keep_their_pair() -> None:
    """Only a word of every member asks for a conflict: "both countries" are the two of the pact."""
    read_as_all(_keys("Japan and the Philippines signed a defence pact in Manila. Indonesia praised both countries for "
                      "the deal.", "en"), [("IDN", "JPN", "SUPPORT"), ("IDN", "PHL", "SUPPORT")])

""""All the sides" are the two of a conflict (round 53, groups53): "todas las partes", "toutes les parties", "все
стороны", "all the sides" read as two states that never quarrelled in the article (a pact signed between them) stand
for no one the article names, and the appeal gets no target, neither from the pair nor from the article's focal dyad;
where the two fought, the appeal goes to them (events/article_sides.unfought_sides). Round 59 (appeal59): so too
where the two are the article's focal dyad and never quarrelled anywhere in the article (`Dyads.quarrels`: partners
make no sides); a truce they agreed, or one go-between mediating with both, shows they fought. Sentences written for
the tests."""

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


PARTNERS = {
    "es": "Rusia y Irán firmaron un tratado de asociación estratégica en Moscú. Putin elogió al presidente iraní por "
          "el acuerdo. China pidió a todas las partes que eviten la escalada.",
    "ru": "Россия и Иран подписали договор о стратегическом партнерстве. Путин похвалил президента Ирана за "
          "соглашение. Китай призвал все стороны к сдержанности.",
    "fr": "La Russie et la Centrafrique ont signé un accord de défense à Bangui. Moscou a félicité le président "
          "Touadéra pour sa réélection. Les États-Unis ont appelé « toutes les parties » à la retenue.",
}
PAIRS = {"es": ("RUS", "IRN"), "ru": ("RUS", "IRN"), "fr": ("RUS", "CAF")}
APPEALER = {"es": "CHN", "ru": "CHN", "fr": "USA"}


@pytest.mark.parametrize("lang", sorted(PARTNERS))
def test_all_the_sides_of_partners_are_no_two_the_article_names(lang: str) -> None:
    keys = _keys(PARTNERS[lang], lang)
    assert (*PAIRS[lang], "AGREE") in keys
    assert not [k for k in keys if k[0] == APPEALER[lang]]


TRUCE = {
    "de": "Israel und die Hamas einigten sich in Kairo auf eine Waffenruhe. Israel und die Hamas unterzeichneten "
          "das Abkommen am Abend. Die Hamas soll die Geiseln freilassen. Der Text sieht den Abzug israelischer "
          "Truppen vor. UN-Generalsekretär António Guterres rief alle Beteiligten auf, sich an die Bestimmungen zu "
          "halten.",
    "en": "Israel and Hamas agreed a ceasefire in Cairo. Israel and Hamas signed the deal in the evening. Qatar called "
          "on all sides to respect the truce.",
}
TRUCE_APPEALER = {"de": "UN", "en": "QAT"}


@pytest.mark.parametrize("lang", sorted(TRUCE))
def test_all_the_sides_of_a_truce_are_its_two(lang: str) -> None:
    """Two who agreed a ceasefire had fought: an appeal to all the sides still asks them."""
    who = TRUCE_APPEALER[lang]
    read_as_all(_keys(TRUCE[lang], lang), [(who, "ISR", "REQUEST"), (who, "PSE", "REQUEST")])

"""What the twelfth French wire set (eval/gold/wire_fr12.jsonl: civilian envoys at a border mechanism, a foiled coup
and the neighbours' troops, an opposition leader abroad after an election, a last base handed back, visas for visas,
a UN official declared persona non grata, a king's audience for three ministers, counter-tariffs lifted, envoys
expelled in turn, a border ruling) showed the coder missing or printing wrongly. Each fix is a way the languages say
things, tested with sentences written for this file, not taken from the set."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import country_keys

ON = date(2025, 9, 10)


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le Burkina Faso a critiqué le Niger. Trois diplomates français ont été expulsés."),
    ("en", "Burkina Faso criticised Niger. Three French diplomats were expelled."),
    ("es", "Burkina Faso criticó a Níger. Tres diplomáticos franceses fueron expulsados."),
    ("de", "Burkina Faso kritisierte Niger. Drei französische Diplomaten wurden ausgewiesen."),
    ("ru", "Буркина-Фасо раскритиковала Нигер. Три французских дипломата были высланы."),
])
def test_envoys_expelled_in_the_passive_never_expel(lang: str, text: str) -> None:
    """"Trois diplomates français ont été expulsés": in the passive with no agent and no host the expelled envoys'
    state is the target; it was printed as the one expelling (FRA → NER)."""
    found = country_keys(text, lang, published=ON)
    assert not any(source == "FRA" for source, _, _ in found), found


def test_a_progressive_is_no_passive_expulsion() -> None:
    """"Norway is closing two Russian consulates": "is" before a present participle makes no passive."""
    found = country_keys("Norway is closing two of the three Russian consulates in the country.", "en", published=ON)
    assert ("NOR", "RUS", "SANCTION") in found, found


def test_expelled_in_turn_after_the_host_acted() -> None:
    """The host the article showed acting before expels the envoys told in the passive after it."""
    found = country_keys("Le Burkina Faso a déclaré persona non grata la coordonnatrice de l'ONU. En avril, trois "
                         "diplomates français avaient à leur tour été expulsés.", "fr", published=ON)
    assert ("BFA", "FRA", "SANCTION") in found, found
    assert ("FRA", "BFA", "SANCTION") not in found, found


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le président malien a reçu lundi l'ambassadeur de Russie, avec lequel il a évoqué la coopération "
           "militaire."),
    ("en", "The Malian president received the Russian ambassador on Monday and discussed military cooperation "
           "with him."),
    ("es", "Malí y Rusia discutieron la cooperación militar."),
    ("de", "Mali und Russland besprachen die militärische Zusammenarbeit."),
])
def test_cooperation_talked_about_is_no_cooperation(lang: str, text: str) -> None:
    """"a évoqué la coopération militaire", "discussed military cooperation": the topic of talks, not cooperation."""
    found = country_keys(text, lang, published=ON)
    assert all(kind != "COOPERATE" for _, _, kind in found), found


def test_cooperation_carried_out_stays() -> None:
    found = country_keys("La Russie et la Chine ont mené des exercices navals conjoints.", "fr", published=ON)
    assert ("RUS", "CHN", "COOPERATE") in found, found


@pytest.mark.parametrize("text", [
    "Le Japon a annoncé que l'Inde retirera le mois prochain les contre-tarifs visant l'acier japonais.",
    "L'Inde a levé ses surtaxes sur l'acier japonais.",
    "L'Inde a annulé les droits de douane sur l'acier japonais.",
])
def test_counter_tariffs_lifted_ease_sanctions(text: str) -> None:
    """"retirera les contre-tarifs", "a levé ses surtaxes": duties taken off (RETREAT 085), not laid (SANCTION)."""
    found = country_keys(text, "fr", published=ON, kind="cameo")
    assert ("IND", "JPN", "085") in found, found
    assert all(cameo != "163" for _, _, cameo in found), found


def test_a_leaders_surname_that_is_a_first_name() -> None:
    """"Teodoro Obiang Nguema": "Teodoro", the Philippine defence secretary's surname, is a first name here."""
    found = country_keys("Le président Teodoro Obiang Nguema a félicité le Cameroun.", "fr", published=ON)
    assert found == {("GNQ", "CMR", "SUPPORT")}, found
    found = country_keys("Gilberto Teodoro a critiqué la Chine. Teodoro a ensuite accusé Pékin.", "fr", published=ON)
    assert {("PHL", "CHN", "ACCUSE")} == found, found


def test_hyphenated_demonym_of_equatorial_guinea() -> None:
    """"l'Équato-Guinéen", "la présidente équato-guinéenne": Equatorial Guinea, not Guinea."""
    found = country_keys("La présidente équato-guinéenne a critiqué le Gabon.", "fr", published=ON)
    assert found == {("GNQ", "GAB", "ACCUSE")}, found


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le Mali et le Niger sont membres de l'Alliance des États du Sahel. Abuja a invoqué le protocole de la "
           "Cedeao, qui engage les États à défendre l'ordre constitutionnel."),
    ("en", "Nicaragua left the Organization of American States. Critics said the States had no say."),
])
def test_a_word_of_a_names_complement_is_not_the_body(lang: str, text: str) -> None:
    """"les États" after "l'Alliance des États du Sahel": only the head of a body's name ("l'Alliance") stands for it;
    a word of its complement ("États", "States") is any states."""
    found = country_keys(text, lang, published=ON)
    assert all("AES" not in (source, target) for source, target, _ in found), found
    assert ("USA", "OAS") not in {(s, t) for s, t, _ in found}, found


def test_the_head_of_a_bodys_name_still_stands_for_it() -> None:
    found = country_keys("La Communauté économique des États de l'Afrique de l'Ouest a sanctionné le Niger. La "
                         "Communauté a ensuite critiqué la Guinée.", "fr", published=ON)
    assert ("ECO", "GIN", "ACCUSE") in found, found  # (country_keys keeps three letters)

"""Whom a third party's appeal addresses (round 35, `article.sides_addressed`, `article.focal_target`): "both sides"
or "the two capitals" are the two sides of the quarrel the article tells, not the fellow appealers nor the guarantors
named just before; an appeal to "all sides" goes to the article's main pair, not where that pair's latest act is
cooperation. Sentences written for the tests."""

from __future__ import annotations

from functools import partial

import pytest

from extracted import country_keys

_keys = partial(country_keys, factual_only=True)


def _appeals(text: str, lang: str, by: str) -> set[str]:
    """The countries `by` appeals to in `text`."""
    return {target for source, target, kind in _keys(text, lang) if source == by and kind == "REQUEST"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Pakistan and Afghanistan exchanged heavy fire along the border on Sunday. Islamabad accused Kabul of "
           "sheltering militants, and the Taliban government rejected the charge. Qatar and Turkey called for "
           "restraint. China also urged the two capitals to resume dialogue."),
    ("fr", "Le Pakistan et l'Afghanistan ont échangé des tirs nourris à la frontière dimanche. Islamabad a accusé "
           "Kaboul d'abriter des militants, ce que les talibans ont rejeté. Le Qatar et la Turquie ont appelé à la "
           "retenue. La Chine a elle aussi exhorté les deux capitales au dialogue."),
    ("de", "Pakistan und Afghanistan lieferten sich am Sonntag schwere Gefechte an der Grenze. Islamabad warf Kabul "
           "vor, Extremisten Unterschlupf zu gewähren; die Taliban wiesen den Vorwurf zurück. Katar und die Türkei "
           "riefen zur Zurückhaltung auf. Auch China rief die beiden Hauptstädte zum Dialog auf."),
    ("es", "Pakistán y Afganistán intercambiaron fuego en la frontera el domingo. Islamabad acusó a Kabul de dar "
           "refugio a milicianos, y los talibanes rechazaron la acusación. Catar y Turquía pidieron moderación. China "
           "también instó a las dos capitales al diálogo."),
    ("ru", "Пакистан и Афганистан в воскресенье обменялись огнем на границе. Исламабад обвинил Кабул в укрывательстве "
           "боевиков, талибы отвергли обвинения. Катар и Турция призвали к сдержанности. Китай также призвал обе "
           "столицы к диалогу."),
])
def test_the_pair_addressed_is_not_the_fellow_appealers(lang: str, text: str) -> None:
    assert _appeals(text, lang, "CHN") == {"PAK", "AFG"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Israeli jets struck targets in southern Lebanon on Sunday, and Beirut condemned the raids. Lebanon's "
           "president urged Washington and Paris, the guarantors of the truce, to restrain Israel. The State "
           "Department called on both sides to show restraint."),
    ("ru", "Израильская авиация в воскресенье нанесла удары по югу Ливана, Бейрут осудил налеты. Президент Ливана "
           "призвал Вашингтон и Париж, гарантов перемирия, повлиять на Израиль. Госдеп США призвал обе стороны к "
           "сдержанности."),
    ("es", "Aviones israelíes atacaron el domingo el sur del Líbano, y Beirut condenó los bombardeos. El presidente "
           "libanés pidió a Washington y París, garantes de la tregua, que frenaran a Israel. El Departamento de "
           "Estado instó a ambas partes a la moderación."),
])
def test_both_sides_are_not_the_guarantors_named_before(lang: str, text: str) -> None:
    assert _appeals(text, lang, "USA") == {"ISR", "LBN"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Russia delivered air defence systems to North Korea in March. Russia and North Korea held joint naval "
           "drills in the Sea of Japan on Monday. China called on all sides to exercise restraint."),
    ("de", "Russland lieferte Nordkorea im März Luftabwehrsysteme. Russland und Nordkorea hielten am Montag ein "
           "gemeinsames Seemanöver im Japanischen Meer ab. China rief alle Seiten zur Zurückhaltung auf."),
])
def test_partners_that_only_cooperate_are_no_sides_to_appeal_to(lang: str, text: str) -> None:
    assert not _appeals(text, lang, "CHN")


_QUARREL = {
    "en": ("Rwanda and Congo traded accusations over the fighting near Goma on Monday. Kinshasa accused Kigali of "
           "backing the rebels, and Rwanda rejected the charge. ",
           "The African Union called on all parties to respect the ceasefire."),
    "fr": ("Le Rwanda et la RDC ont échangé lundi des accusations sur les combats près de Goma. Kinshasa a accusé "
           "Kigali de soutenir les rebelles, ce que le Rwanda a rejeté. ",
           "L'Union africaine a appelé toutes les parties à respecter le cessez-le-feu."),
    "de": ("Ruanda und Kongo warfen sich am Montag gegenseitig die Kämpfe bei Goma vor. Kinshasa beschuldigte Kigali, "
           "die Rebellen zu unterstützen, und Ruanda wies den Vorwurf zurück. ",
           "Die Afrikanische Union rief alle Seiten auf, die Waffenruhe einzuhalten."),
    "es": ("Ruanda y el Congo intercambiaron el lunes acusaciones por los combates cerca de Goma. Kinshasa acusó a "
           "Kigali de apoyar a los rebeldes, y Ruanda rechazó la acusación. ",
           "La Unión Africana pidió a todas las partes respetar el alto el fuego."),
}


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es"])
def test_an_appeal_to_all_parties_reaches_the_quarrel_told_before(lang: str) -> None:
    quarrel, appeal = _QUARREL[lang]
    assert _appeals(quarrel + appeal, lang, "AU") == {"COD", "RWA"}



@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Pakistan and Afghanistan exchanged fire on the border. Islamabad accused Kabul of sheltering militants. "
           "Russia, the only country to have recognised the Taliban government, called for restraint."),
    ("fr", "Le Pakistan et l'Afghanistan ont échangé des tirs à la frontière. Islamabad a accusé Kaboul d'abriter des "
           "militants. La Russie, seul pays à avoir reconnu le gouvernement taliban, a appelé à la retenue."),
    ("es", "Pakistán y Afganistán intercambiaron fuego en la frontera. Islamabad acusó a Kabul de proteger a "
           "milicianos. Rusia, único país que ha reconocido al gobierno talibán, pidió moderación."),
])
def test_the_appealer_is_the_name_a_long_apposition_describes(lang: str, text: str) -> None:
    assert _appeals(text, lang, "RUS") == {"PAK", "AFG"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Pakistan and Afghanistan exchanged fire on the border. In Kabul, the Taliban's foreign ministry, citing "
           "local officials, accused Pakistan of shelling villages."),
    ("fr", "Le Pakistan et l'Afghanistan ont échangé des tirs à la frontière. À Kaboul, le ministère taliban des "
           "Affaires étrangères, citant des responsables locaux, a accusé le Pakistan de bombarder des villages."),
])
def test_a_place_before_the_subject_is_no_subject_described(lang: str, text: str) -> None:
    assert ("AFG", "PAK", "ACCUSE") in _keys(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Malaysian prime minister called for an independent Palestinian state."),
    ("de", "Der malaysische Regierungschef forderte einen unabhängigen palästinensischen Staat."),
    ("fr", "Le Premier ministre malaisien a appelé à la création d'un État palestinien."),
    ("es", "El primer ministro malasio pidió un Estado palestino independiente."),
    ("ru", "Премьер-министр Малайзии призвал к созданию палестинского государства."),
])
def test_an_appeal_for_a_state_addresses_no_one_it_names(lang: str, text: str) -> None:
    """Round 38: the demonym beside "state" names the state asked for, not a party asked (EVAL.md: no fact)."""
    assert not _appeals(text, lang, "MYS"), _keys(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Malaysia urged Japan to recognise the Palestinian state."),
    ("fr", "La Malaisie a appelé le Japon à reconnaître l'État palestinien."),
    ("es", "Malasia pidió a Japón que reconozca el Estado palestino."),
])
def test_the_state_asked_to_recognise_stays_addressed(lang: str, text: str) -> None:
    assert _appeals(text, lang, "MYS") == {"JPN"}, _keys(text, lang)

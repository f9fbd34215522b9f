"""Parties a sentence does not name by country: a crowd (the people of where it is, or of the crowd told of
before) and the state of the body's first sentence after a title (not the dateline's city); the dateline and byline
themselves name no party. Sentences written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import events_of
from realpolitik.actors import recognise_actors
from realpolitik.language import split_sentences

ON = date(2025, 10, 27)


def _codes(text: str, lang: str) -> list[list[str]]:
    """Per sentence: the codes of its actor mentions."""
    return [[m.code for m in ms] for ms in recognise_actors(split_sentences(text, lang), lang, ON)]


def _keys(text: str, lang: str) -> set[tuple]:
    events = events_of(text, lang, ON)
    return {(e.source, e.target, e.plover) for e in events if e.factual}


@pytest.mark.parametrize(("lang", "text", "key"), [
    ("de", "Wütende Demonstranten stürmten am Freitag die dänische Botschaft in Teheran.",
     ("IRNCVL", "DNKGOV", "COERCE")),
    ("en", "Angry protesters stormed the Danish embassy in Tehran on Friday.", ("IRNCVL", "DNKGOV", "COERCE")),
    ("es", "Cientos de manifestantes atacaron el viernes la embajada de Francia en Uagadugú.",
     ("BFACVL", "FRAGOV", "ASSAULT")),
    ("fr", "Des centaines de manifestants ont attaqué vendredi l'ambassade de France à Ouagadougou.",
     ("BFACVL", "FRAGOV", "ASSAULT")),
])
def test_a_crowd_is_the_people_of_the_place_it_is_in(lang: str, text: str, key: tuple) -> None:
    assert key in _keys(text, lang), _keys(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Tausende Demonstranten versammelten sich am Samstag in Tiflis. Die Demonstranten warfen Russland "
           "Einmischung vor."),
    ("en", "Thousands of protesters gathered in Tbilisi on Saturday. The protesters accused Russia of meddling."),
    ("es", "Miles de manifestantes marcharon el sábado en Tiflis. Los manifestantes acusaron a Rusia de injerencia."),
    ("fr", "Des milliers de manifestants ont défilé samedi à Tbilissi. Les manifestants ont accusé la Russie "
           "d'ingérence."),
    ("ru", "Тысячи демонстрантов вышли в субботу на улицы в Тбилиси. Демонстранты обвинили Россию во вмешательстве."),
])
def test_the_crowd_named_again_is_the_one_told_of_before(lang: str, text: str) -> None:
    assert ("GEOCVL", "RUS", "ACCUSE") in {(s, (t or "")[:3], p) for s, t, p in _keys(text, lang)}, _keys(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    # civilians are most often those harmed, not a crowd that acts: no people of Gaza in a verdict on a killing
    ("es", "El ministro condenó la muerte de civiles en Gaza."),
    ("en", "The minister condemned the killing of civilians in Gaza."),
    # French "à" before a country is whom, not where
    ("fr", "Les manifestants reprochent à la France son silence."),
])
def test_no_crowd_without_a_place_or_one_told_of_before(lang: str, text: str) -> None:
    assert not any(code.endswith("CVL") and not code.startswith("GEO") for ms in _codes(text, lang)
                   for code in ms), _codes(text, lang)


def test_the_dateline_after_a_title_is_no_sentence_topic() -> None:
    text = ("Streit um einen Hafen am Roten Meer\n\n"
            "Nairobi – Die Regierung Eritreas hat ein Abkommen Äthiopiens mit Dschibuti verurteilt. "
            "Der Präsident des Landes forderte die Afrikanische Union zum Handeln auf.")
    codes = _codes(text, "de")
    assert codes[1] == ["ERIGOV", "ETH", "DJI"], codes  # no dateline city: "Asmara" would be the sentence's topic
    assert ("ERIGOV", "AU", "REQUEST") in _keys(text, "de"), _keys(text, "de")


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Die USA verhängten Sanktionen gegen den Internationalen Strafgerichtshof. Das Gericht verurteilte die "
           "Sanktionen der USA."),
    ("en", "Washington imposed sanctions on the International Criminal Court. The court condemned the US sanctions."),
    ("es", "Estados Unidos impuso sanciones a la Corte Penal Internacional. El tribunal condenó las sanciones de "
           "Estados Unidos."),
    ("fr", "Les États-Unis ont imposé des sanctions à la Cour pénale internationale. La juridiction a condamné les "
           "sanctions américaines."),
    ("ru", "США ввели санкции против Международного уголовного суда. Суд осудил санкции США."),
])
def test_the_court_is_the_court_named_before(lang: str, text: str) -> None:
    assert ("ICC", "USA", "ACCUSE") in {(s, (t or "")[:3], p) for s, t, p in _keys(text, lang)}, _keys(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    # another organisation named last is no court: "the court" is then some court the article did not name
    ("en", "The European Union criticised the verdict. The court sentenced the journalist to six years."),
    ("de", "Die Nato kritisierte das Urteil. Das Gericht verurteilte den Journalisten zu sechs Jahren Haft."),
])
def test_the_court_stands_for_no_other_organisation(lang: str, text: str) -> None:
    assert all(m.code not in ("EU", "NATO") for m in recognise_actors(split_sentences(text, lang), lang, ON)[1]), \
        _codes(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Frankreich, Belgien, die USA und Kenia verurteilten den Angriff. Moskau warf den westlichen Staaten "
           "Heuchelei vor."),
    ("en", "France, Belgium, the United States and Kenya condemned the raid. Moscow accused the Western countries of "
           "hypocrisy."),
    ("es", "Francia, Bélgica, Estados Unidos y Kenia condenaron el ataque. Moscú acusó a los países occidentales de "
           "hipocresía."),
    ("fr", "La France, la Belgique, les États-Unis et le Kenya ont condamné l'attaque. Moscou a reproché aux pays "
           "occidentaux leur hypocrisie."),
    ("ru", "Франция, Бельгия, США и Кения осудили нападение. Москва обвинила западные страны в лицемерии."),
])
def test_the_western_countries_are_those_of_the_region_named_before(lang: str, text: str) -> None:
    targets = {(t or "")[:3] for s, t, p in _keys(text, lang) if s.startswith("RUS") and p == "ACCUSE"}
    assert targets == {"FRA", "BEL", "USA"}, _keys(text, lang)  # not Kenya


@pytest.mark.parametrize(("lang", "text"), [
    # the region's countries in general, with no list of them before: no one's
    ("en", "Western countries have long criticised Moscow. Russia accused the Western countries of hypocrisy."),
    # one Western country named before is no list
    ("fr", "La France et le Kenya ont condamné l'attaque. Moscou a reproché aux pays occidentaux leur hypocrisie."),
    # "des": French "some" as often as "of the"
    ("fr", "La France, la Belgique et le Kenya ont condamné l'attaque. Des pays occidentaux ont critiqué Moscou."),
])
def test_no_regional_group_without_two_of_its_countries_named_before(lang: str, text: str) -> None:
    assert all(code[:3] not in ("FRA", "BEL", "USA") for code in _codes(text, lang)[1]), _codes(text, lang)


# The dateline and byline before an article's first sentence name where it was filed and who wrote it: no party to
# what the sentence tells. A city named inside a sentence keeps its reading (a capital stands for its government).
@pytest.mark.parametrize(("lang", "text", "codes"), [
    # a city-state, marked as a dateline by its agency
    ("en", "DJIBOUTI (AFP) – Kenya, Qatar and Turkey praised President Ismail Omar Guelleh on Monday after his "
           "swearing-in.", [["KEN", "QAT", "TUR", "DJIGOV"]]),
    ("fr", "DJIBOUTI (AFP) - Le Kenya a félicité lundi le président Ismaïl Omar Guelleh pour sa réélection.",
     [["KEN", "DJIGOV"]]),
    ("de", "SINGAPUR (dpa) - China hat die Philippinen am Montag scharf kritisiert.", [["CHN", "PHL"]]),
    ("es", "MÉXICO, 1 dic (EFE) - México criticó este lunes a Estados Unidos por los nuevos aranceles.",
     [["MEX", "USA"]]),
    # the UN's seat, and the state after the city
    ("en", "UNITED NATIONS (AP) — Norway condemned Iran on Monday over the execution of two protesters.",
     [["NOR", "IRN"]]),
    ("fr", "NATIONS UNIES (États-Unis) (AFP) - La Norvège a condamné lundi l'Iran pour l'exécution de deux "
           "manifestants.", [["NOR", "IRN"]]),
    # the Spanish agencies' ".-" after the agency
    ("es", "LIMA, 1 dic (EFE).- Perú acusó este lunes a Bolivia de proteger a contrabandistas.", [["PER", "BOL"]]),
    # a Spanish date with its year
    ("es", "Caracas, 1 de diciembre de 2025 - Venezuela acusó este lunes a Guyana de provocar a sus soldados.",
     [["VEN", "GUY"]]),
    # a Russian dateline closed by a full stop: a sentence of its own
    ("ru", "МОСКВА, 1 декабря. /ТАСС/. Китай осудил в понедельник Японию.", [[], ["CHN", "JPN"]]),
    # a byline line
    ("en", "By Maria Petrova in Kyiv\nUkraine accused Russia on Monday of shelling a power plant.",
     [[], ["UKR", "RUS"]]),
    ("fr", "Par Claire Martin, à Bruxelles\nLa Hongrie a critiqué lundi la Commission européenne.",
     [[], ["HUN", "EU"]]),
    ("de", "Von Jonas Weber, Brüssel\nUngarn hat die EU-Kommission am Montag scharf kritisiert.", [[], ["HUN", "EU"]]),
])
def test_the_dateline_and_byline_name_no_party(lang: str, text: str, codes: list[list[str]]) -> None:
    assert _codes(text, lang) == codes


@pytest.mark.parametrize(("lang", "text", "key"), [
    ("en", "DJIBOUTI (AFP) – Kenya, Qatar and Turkey praised President Ismail Omar Guelleh on Monday after his "
           "swearing-in.", ("QAT", "DJIGOV", "SUPPORT")),
    ("fr", "DJIBOUTI (AFP) - Le Kenya a félicité lundi le président Ismaïl Omar Guelleh pour sa réélection.",
     ("KEN", "DJIGOV", "SUPPORT")),
    ("fr", "NATIONS UNIES (États-Unis) (AFP) - La Norvège a condamné lundi l'Iran pour l'exécution de deux "
           "manifestants.", ("NOR", "IRN", "ACCUSE")),
    ("es", "Caracas, 1 de diciembre de 2025 - Venezuela acusó este lunes a Guyana de provocar a sus soldados.",
     ("VEN", "GUY", "ACCUSE")),
    ("ru", "МОСКВА, 1 декабря. /ТАСС/. Китай осудил в понедельник Японию.", ("CHN", "JPN", "ACCUSE")),
    ("de", "Von Jonas Weber, Brüssel\nUngarn hat die EU-Kommission am Montag scharf kritisiert.",
     ("HUN", "EU", "ACCUSE")),
])
def test_the_sentence_after_the_dateline_has_its_own_source(lang: str, text: str, key: tuple) -> None:
    assert key in _keys(text, lang), _keys(text, lang)


@pytest.mark.parametrize(("lang", "text", "codes"), [
    # a capital that opens a sentence is its government
    ("fr", "Moscou a dénoncé lundi les nouvelles sanctions de l'Union européenne.", [["RUSGOV", "EU"]]),
    ("de", "Moskau hat die neuen Sanktionen der EU am Montag verurteilt.", [["RUSGOV", "EU"]]),
    ("es", "Caracas acusó este lunes a Bogotá de proteger a grupos armados.", [["VENGOV", "COLGOV"]]),
    ("ru", "Москва осудила в понедельник новые санкции Евросоюза.", [["RUSGOV", "EU"]]),
    # a headline-like first line: no date, no agency, no byline word
    ("en", "Kyiv, Moscow trade blame over dam", [["UKRGOV", "RUSGOV"]]),
    ("de", "Russland - Ukraine: Neue Gespräche in Genf", [["RUS", "UKR"]]),
    # "By" that opens a sentence, not a byline line
    ("en", "By Tuesday Russia had withdrawn its troops from the border with Finland.", [["RUS", "FIN"]]),
])
def test_a_city_or_state_inside_the_sentence_keeps_its_reading(lang: str, text: str,
                                                                codes: list[list[str]]) -> None:
    assert _codes(text, lang) == codes

"""Coverage of the actor dictionary found missing by a systematic audit (round 20, issue 10): adjectives of smaller
states, peoples, capitals, the full names of organisations, and names that hold a state's name but are not the state.

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from realpolitik.actors import find_in_text
from realpolitik.model import PLACE

ON = date(2025, 10, 27)


def codes(text: str, lang: str) -> list[str]:
    return [m.code for m in find_in_text(text, lang, ON) if m.kind != PLACE]


@pytest.mark.parametrize("lang,text,expected", [
    # adjectives of states that had none, in their inflected forms
    ("fr", "Les autorités burundaises ont fermé la frontière avec le Rwanda.", ["BDIGOV", "RWA"]),
    ("fr", "Le gouvernement zambien et la présidence malawite ont signé un accord.", ["ZMBGOV", "MWIGOV"]),
    ("fr", "La marine singapourienne a escorté un navire jamaïcain.", ["SGPMIL", "JAM"]),
    ("es", "El Gobierno gabonés expulsó a dos diplomáticos togoleses.", ["GABGOV", "TGOGOV"]),
    ("es", "Las tropas centroafricanas y la policía liberiana patrullan juntas.", ["CAFMIL", "LBRCOP"]),
    ("es", "El primer ministro camboyano recibió al canciller kirguís.", ["KHMGOV", "KGZGOV"]),
    ("ru", "Либерийские власти и гвинейский министр обсудили границу.", ["LBRGOV", "GINGOV"]),
    ("ru", "Тоголезская армия помогла бенинской армии.", ["TGOMIL", "BENMIL"]),
    ("de", "Die osttimoresische Regierung verhandelt mit Australien.", ["TLSGOV", "AUS"]),
    # the first part of a Russian compound adjective names a state, as the second does
    ("ru", "Российско-китайские переговоры прошли в Пекине.", ["RUS", "CHN", "CHNGOV"]),
    ("ru", "Ирано-иракская граница снова открыта.", ["IRN", "IRQ"]),
    # peoples
    ("en", "The Poles and the Spaniards voted; the Filipinos abstained.", ["POL", "ESP", "PHL"]),
    ("ru", "Россияне и палестинцы выразили протест.", ["RUS", "PSE"]),
    ("de", "Die Libyer warfen den Maliern Schmuggel vor.", ["LBY", "MLI"]),
    # capitals as metonyms
    ("ru", "Лусака и Лилонгве отозвали послов.", ["ZMBGOV", "MWIGOV"]),
    ("de", "Kyjiw wies die Forderung zurück.", ["UKRGOV"]),
    # seats of government
    ("en", "Palazzo Chigi and La Moneda both rejected the claim.", ["ITAGOV", "CHLGOV"]),
    ("ru", "Даунинг-стрит и Акорда опровергли эти сообщения.", ["GBRGOV", "KAZGOV"]),
    ("de", "Der Sejm stimmte zu, das Schloss Bellevue schwieg.", ["POLLEG", "DEUGOV"]),
    # organisations by their full name
    ("ru", "Международное агентство по атомной энергии направило инспекторов.", ["IAEA"]),
    ("ru", "Глава Шанхайской организации сотрудничества приехал в Минск.", ["SCO", "BLRGOV"]),
    ("es", "La Organización del Tratado del Atlántico Norte reforzó su flanco este.", ["NATO"]),
    ("fr", "L'Organisation pour la sécurité et la coopération en Europe a envoyé des observateurs.", ["OSCE"]),
    ("fr", "Le Haut-Commissariat des Nations unies pour les réfugiés a alerté le Tchad.", ["UNHCR", "TCD"]),
    ("de", "Die UN-Atomenergiebehörde kritisierte Teheran.", ["IAEA", "IRNGOV"]),
    ("en", "The UNSC met after the CIS summit.", ["UN", "CIS"]),
])
def test_audit_gaps_are_filled(lang: str, text: str, expected: list[str]) -> None:
    assert codes(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # pacts, treaties and newspapers named after a capital are not its government
    ("en", "Hungary left the Warsaw Pact long before Kyiv signed the Budapest Memorandum.", ["HUN", "UKRGOV"]),
    ("en", "The Washington Post said Ukraine still cites the Minsk agreements.", ["UKR"]),
    ("fr", "Le pacte de Varsovie n'existe plus, mais la Pologne invoque le Statut de Rome.", ["POL"]),
    ("es", "Chile pidió respetar la Convención de Viena y los acuerdos de Minsk.", ["CHL"]),
    ("de", "Mexiko schickte Schiffe in den Golf von Mexiko.", ["MEX"]),
    ("ru", "Китай проводит учения в Южно-Китайском море.", ["CHN"]),
    # a firm is its country's business, and the country's name before it is no actor of its own
    ("en", "Norway's Equinor signed a supply deal with Poland.", ["NORBUS", "POL"]),
    ("de", "Russlands Gazprom stoppte die Lieferungen an Moldau.", ["RUSBUS", "MDA"]),
    ("en", "Air France suspended its flights to Mali.", ["FRABUS", "MLI"]),
    # the adjective and the firm noun before the firm's name are that one firm
    ("en", "The Russian firm Gazprom raised its prices for Armenia.", ["RUSBUS", "ARM"]),
    ("fr", "Le groupe russe Gazprom a relevé ses prix pour l'Arménie.", ["RUSBUS", "ARM"]),
    ("es", "La empresa rusa Gazprom subió sus precios para Armenia.", ["RUSBUS", "ARM"]),
    ("de", "Der russische Konzern Gazprom erhöhte die Preise für Armenien.", ["RUSBUS", "ARM"]),
    ("ru", "Российская компания Газпром повысила цены для Армении.", ["RUSBUS", "ARM"]),
    # universities and metro lines named after a capital are places of the city, not its government
    ("en", "Israel struck near Tehran University, and the Moscow Metro shut a line.", ["ISR"]),
    ("en", "Students of the University of Tehran wrote to Germany.", ["DEU"]),
    ("fr", "Les étudiants de l'université de Téhéran ont écrit à la France.", ["FRA"]),
    ("es", "Los alumnos de la Universidad de Teherán escribieron a España.", ["ESP"]),
    ("de", "Studenten der Universität Teheran schrieben an Frankreich.", ["FRA"]),
    ("ru", "Студенты университета Тегерана написали письмо Франции, а метро Москвы закрыло станцию.", ["FRA"]),
    # clock times and sports clubs named after a capital
    ("en", "The drones struck at 4 a.m. Moscow time, Ukraine said.", ["UKR"]),
    ("es", "El Real Madrid visitó Kiev mientras Rusia atacaba.", ["UKRGOV", "RUS"]),
    ("ru", "Спартак Москва отказался играть с командой из Грузии.", ["GEO"]),
    # the pronoun "того" opening a sentence is no Togo; Togo itself still is
    ("ru", "Того же мнения придерживается Канада.", ["CAN"]),
    ("ru", "Того, что случилось на границе, Армения не признаёт.", ["ARM"]),
    ("ru", "Того отозвало посла из Нигера.", ["TGO", "NER"]),
])
def test_names_that_hold_a_state_name(lang: str, text: str, expected: list[str]) -> None:
    assert codes(text, lang) == expected

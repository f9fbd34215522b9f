"""Spanish news of the world desk (eval/gold/region_es.jsonl): what the round-44 fixes read, on sentences of our own,
each beside one the fix must leave alone.

The world desk names recognitions with an adverb ("reconoció oficialmente a"), tours by their length or region
("una gira de tres días por"), denials by a determiner ("ningún ataque"), a charge's crime ("por genocidio"), a
proxy ("su intermediario") and a verdict by likening ("comparó ... con el Holocausto"); its places hold state names
("los Grandes Lagos") and its quoted verdicts split the noun of breaking from the norm ("«violación flagrante» de
la soberanía siria")."""

from __future__ import annotations

from extracted import events_of, facts


def test_recognition_with_an_adverb_is_read():
    assert ("BRA", "PSE", "SUPPORT", False) in facts("Brasil reconoció oficialmente a Palestina.", "es")
    assert ("RUS", "AFG", "SUPPORT", False) in facts(
        "Rusia fue el primer país en reconocer formalmente al Gobierno talibán.", "es")


def test_states_that_do_not_recognise_a_third_do_not_recognise_each_other():
    found = facts("Bolivia y Cuba no han reconocido formalmente al nuevo régimen.", "es")
    assert not any(f[:2] in {("BOL", "CUB"), ("CUB", "BOL")} for f in found)
    # ties set up between two stay mutual
    found = facts("Arabia Saudí y Siria restablecieron sus relaciones diplomáticas.", "es")
    assert {("SAU", "SYR", "SUPPORT", False), ("SYR", "SAU", "SUPPORT", False)} <= found


def test_taliban_in_the_singular_is_the_afghan_government():
    assert ("AFG", "PAK", "ACCUSE", False) in facts("El ministro de Exteriores talibán criticó a Pakistán.", "es")


def test_a_tour_of_some_days_visits_each_stop():
    found = facts("El canciller de Japón concluyó en Nairobi una gira de cuatro días por Egipto, Etiopía y Kenia.",
                  "es")
    assert {("JPN", "EGY", "CONSULT", False), ("JPN", "ETH", "CONSULT", False),
            ("JPN", "KEN", "CONSULT", False)} <= found
    found = facts("El presidente de Corea del Sur inició su gira africana por Tanzania y Ruanda.", "es")
    assert {("KOR", "TZA", "CONSULT", False), ("KOR", "RWA", "CONSULT", False)} <= found
    # the bare noun without a tour's stops names no visit
    assert not any(f[2] == "CONSULT" for f in facts("La gira de dos días fue criticada por Argelia.", "es"))


def test_ningun_denies_the_act_it_names():
    found = facts("Irán no ha respondido militarmente a ningún ataque de Israel.", "es")
    assert ("IRN", "ISR", "ASSAULT", False) not in found
    assert ("MAR", "DZA", "SANCTION", True) in facts("Marruecos no ha impuesto ninguna sanción a Argelia.", "es")
    # a "ninguna" in another clause leaves the act alone
    assert ("FRA", "DZA", "SANCTION", False) in facts(
        "Argelia aseguró que no existe ninguna prueba, y Francia expulsó a doce diplomáticos argelinos.", "es")


def test_a_quoted_violation_of_a_sovereignty_does_not_judge_its_owner():
    found = {(e.source, (e.target or "")[:3], e.plover) for e in events_of(
        "Israel bombardeó Damasco. La Liga Árabe calificó los bombardeos de «violación flagrante» de la soberanía "
        "siria.", "es") if e.factual}
    assert ("ARAB_LEAGUE", "SYR", "ACCUSE") not in found
    assert ("ARAB_LEAGUE", "ISR", "ACCUSE") in found


def test_a_proxy_mediates_nothing():
    assert not any(f[2] == "CONSULT" for f in facts(
        "Jartum acusó a Abu Dabi de atacar a Sudán a través de su intermediario, las FAR.", "es"))
    assert not any(f[2] == "CONSULT" for f in facts("El presidente de Togo es el mediador designado por la UA.", "es"))
    assert {("QAT", "ISR", "CONSULT", False), ("QAT", "PSE", "CONSULT", False)} <= facts(
        "Catar actuó como intermediario entre Israel y Hamás.", "es")


def test_the_crime_a_charge_names_is_no_massacre_of_the_accuser():
    found = facts("Sudáfrica denunció a Israel por genocidio ante la Corte Internacional de Justicia.", "es")
    assert ("ZAF", "ISR", "ASSAULT", False) not in found
    assert ("ZAF", "ISR", "ACCUSE", False) in found
    assert not any(f[2] == "ASSAULT" for f in facts(
        "La demanda de Sudán contra Emiratos por complicidad en genocidio fue desestimada.", "es"))
    assert ("SDN", "TCD", "ASSAULT", False) in facts(
        "Las tropas de Sudán cometieron un genocidio contra civiles de Chad.", "es")


def test_likening_to_the_holocaust_condemns():
    assert ("BRA", "ISR", "ACCUSE", False) in facts(
        "Lula comparó la ofensiva de Israel en Gaza con el Holocausto.", "es")
    assert ("TUR", "ISR", "ACCUSE", False) in facts(
        "El presidente de Turquía equiparó al Gobierno de Israel con los nazis.", "es")
    assert not any(f[2] == "ACCUSE" for f in facts(
        "El ministro de Economía de Chile comparó los datos de Perú con los de 2023.", "es"))


def test_the_great_lakes_are_no_nigeria():
    found = facts("Congo y Ruanda firmaron el viernes un acuerdo de paz. La Unión Africana celebró el acuerdo como "
                  "«un paso significativo» hacia la paz en los Grandes Lagos.", "es")
    assert {("AU", "COD", "SUPPORT", False), ("AU", "RWA", "SUPPORT", False)} <= found
    assert not any("NGA" in f[:2] for f in found)
    assert ("NGA", "FRA", "ACCUSE", False) in facts(
        "Nigeria condenó el ataque en Lagos contra la embajada de Francia.", "es")


def test_a_passive_acts_on_the_owner_of_its_subject_noun():
    assert ("DZA", "MLI", "ASSAULT", False) in facts(
        "Un dron de las Fuerzas Armadas malienses fue derribado por el Ejército argelino.", "es")
    assert ("CHN", "PHL", "ASSAULT", False) in facts(
        "Dos buques de la Armada filipina fueron atacados por la Guardia Costera china.", "es")
    # an actor as the passive's subject stays the one acted on
    assert ("RUS", "UKR", "ASSAULT", False) in facts("Ucrania fue atacada por Rusia.", "es")


def test_addis_abeba_in_the_spelling_of_the_spanish_press_is_ethiopia():
    assert ("ETH", "ERI", "REJECT", False) in facts("Addis Abeba rechazó las acusaciones de Asmara.", "es")
    assert ("ETH", "ERI", "REJECT", False) in facts("Adís Abeba rechazó las acusaciones de Asmara.", "es")


def test_the_present_media_mediates():
    assert {("QAT", "COD", "CONSULT", False), ("QAT", "COD", "CONSULT", False)} <= facts(
        "Catar media desde abril entre el Gobierno congoleño y el M23.", "es")
    assert {("OMN", "IRN", "CONSULT", False), ("OMN", "USA", "CONSULT", False)} <= facts(
        "Omán media entre Irán y Estados Unidos.", "es")
    assert not facts("La media de edad entre los soldados de Rusia es alta.", "es")


def test_a_recognition_with_its_day_between_verb_and_object_is_read():
    assert ("RUS", "AFG", "SUPPORT", False) in facts("Rusia reconoció el jueves al Gobierno talibán.", "es")
    assert ("SVN", "PSE", "SUPPORT", False) in facts("Eslovenia reconoció ayer a Palestina.", "es")
    # to admit something to the press is no recognition
    assert not facts("El ministro de Chile reconoció el lunes a la prensa que hubo errores.", "es")

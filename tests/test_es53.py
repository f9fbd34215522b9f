"""Spanish misfires of a verb's or a noun's second sense, learnt in round 53 (es53) from the extras of the studied
Spanish sets: "celebrar" with an event it holds as its object (a binational cabinet, an anniversary, elections) holds
it and praises no one; a threat noun that a charge or a denunciation names ("acusó a X de recurrir a las amenazas",
"denuncia una «amenaza» a su soberanía") is that charge's content, no threat of the accuser's; two clitics before a
verb after a list ("y Turquía se lo reprochó") still mark the verb of a clause of its own. Whole pipeline, own
sentences."""

from __future__ import annotations

from functools import partial

import pytest

from extracted import country_keys, read_as, read_as_all

_keys = partial(country_keys, lang="es", factual_only=True)


@pytest.mark.parametrize(("text", "wrong"), [
    ("Ecuador y Colombia celebran cada año un gabinete binacional.", ("ECU", "COL", "SUPPORT")),
    ("El presidente de Ecuador y el presidente de Colombia celebrarán el jueves un gabinete binacional en Quito.",
     ("ECU", "COL", "SUPPORT")),
    ("Los presidentes de España y Portugal se reunieron en Lisboa para celebrar el décimo aniversario del tratado.",
     ("ESP", "PRT", "SUPPORT")),
    ("Argentina celebrará previsiblemente las audiencias con Uruguay en marzo.", ("ARG", "URY", "SUPPORT")),
])
def test_celebrar_an_event_held_praises_no_one(text: str, wrong: tuple) -> None:
    read_as(_keys(text), None, wrong)


@pytest.mark.parametrize(("text", "expected"), [
    ("El canciller de Chile celebró la decisión de Argentina.", ("CHL", "ARG", "SUPPORT")),
    # a meeting's nouns stay meet's: the talks are held
    ("Los presidentes de Perú y Ecuador celebraron una cumbre en la frontera.", ("PER", "ECU", "CONSULT")),
])
def test_celebrar_a_decision_or_a_meeting_keeps_its_sense(text: str, expected: tuple) -> None:
    read_as(_keys(text), expected)


@pytest.mark.parametrize(("text", "accused", "threat"), [
    ("El portavoz de la Cancillería rusa acusó el martes a Polonia de recurrir a «el chantaje y las amenazas» para "
     "aislar a Bielorrusia.", ("RUS", "POL", "ACCUSE"), ("RUS", "POL", "THREATEN")),
    ("Caracas denuncia una «amenaza» a su soberanía por parte de Colombia.", ("VEN", "COL", "ACCUSE"),
     ("VEN", "COL", "THREATEN")),
])
def test_a_threat_named_by_a_charge_is_the_charge(text: str, accused: tuple, threat: tuple) -> None:
    read_as_all(_keys(text), [accused], [threat, ("RUS", "BLR", "THREATEN")])


def test_a_threat_told_as_done_stays_a_threat() -> None:
    read_as(_keys("Rusia lanzó una amenaza contra Moldavia."), ("RUS", "MDA", "THREATEN"))


def test_two_clitics_before_the_verb_of_a_coordinated_clause() -> None:
    read_as_all(_keys("Israel bombardeó posiciones sirias y Turquía se lo reprochó."),
                [("ISR", "SYR", "ASSAULT"), ("TUR", "ISR", "ACCUSE")],
                [("ISR", "TUR", "ASSAULT"), ("ISR", "TUR", "ACCUSE")])

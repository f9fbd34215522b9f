"""What round 66's fresh Spanish set and the count over the studied Spanish material showed, built where the studied
gold agrees across documents and stories: a model or a generous gift named so is praise, no verdict; after a warning,
the speaker's own stance negated ("no será nunca", "no va a olvidar", "no harán cambiar") is no threat, while a harm
not allowed ("no permitirá", "no tolerará") stays one; detainees handed to another state face its justice (judicial
cooperation), no release. Each is a way the language says a thing, tested with sentences
written for this file, not taken from any set."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import shown_keys

ON = date(2026, 5, 20)


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    ("El canciller de Ecuador calificó el plan de Perú de modelo para toda la región.",
     ("ECU", "PER", "SUPPORT"), ("ECU", "PER", "ACCUSE")),
    ("El presidente de Moldavia agradeció a Rumanía lo que calificó de paquete generoso.",
     ("MDA", "ROU", "SUPPORT"), ("MDA", "ROU", "ACCUSE")),
    ("El ministro de Ghana calificó el acuerdo de Togo como un referente para África.",
     ("GHA", "TGO", "SUPPORT"), ("GHA", "TGO", "ACCUSE")),
])
def test_a_model_or_a_generous_gift_named_so_is_praise(text: str, expected: tuple, wrong: tuple) -> None:
    """"calificó X de modelo", "lo que calificó de paquete generoso": the naming praises (3 of 3 studied sentences, none
    coded ACCUSE); "calificar ... de" alone was read as a verdict."""
    keys = shown_keys(text, "es", published=ON)
    assert expected in keys
    assert wrong not in keys


@pytest.mark.parametrize(("text", "expected"), [
    ("El canciller de México calificó de inaceptable el modelo de Perú.", ("MEX", "PER", "ACCUSE")),
    ("El canciller de Chile calificó la decisión de Bolivia de ejemplo de injerencia.", ("CHL", "BOL", "ACCUSE")),
])
def test_a_verdict_beside_the_word_model_stays(text: str, expected: tuple) -> None:
    """Only the complement right after "de|como" praises: a wrong named first, or "ejemplo de" a wrong, stays a
    verdict."""
    assert expected in shown_keys(text, "es", published=ON)


@pytest.mark.parametrize(("text", "wrong"), [
    ("La primera ministra de Gabón pidió a Francia más visados y advirtió de que su país no será nunca la frontera "
     "de Europa.", ("GAB", "FRA", "THREATEN")),
    ("El presidente de Chile elogió a Perú, aunque advirtió de que su Gobierno no va a olvidar lo ocurrido en Arica.",
     ("CHL", "PER", "THREATEN")),
    ("Irán advirtió de que las sanciones de Canadá no harán cambiar su política.", ("IRN", "CAN", "THREATEN")),
])
def test_the_speakers_own_stance_negated_is_no_threat(text: str, wrong: tuple) -> None:
    """After "advirtió de que", the speaker's own stance negated names no harm to anyone (none in 4 of 4 studied
    sentences)."""
    assert wrong not in shown_keys(text, "es", published=ON)


@pytest.mark.parametrize(("text", "expected"), [
    ("Turquía advirtió a Grecia de que no tolerará nuevas maniobras en el Egeo.", ("TUR", "GRC", "THREATEN")),
    ("Irán advirtió de que un ataque de Israel no será tolerado.", ("IRN", "ISR", "THREATEN")),
    ("Rusia advirtió a Polonia de que su paciencia no será infinita y de que responderá si Varsovia despliega misiles.",
     ("RUS", "POL", "THREATEN")),
])
def test_a_harm_not_allowed_stays_a_threat(text: str, expected: tuple) -> None:
    """"no tolerará", "no será tolerado", a conditional beside a stance: threats as before (3 of 3 studied sentences
    of "no permitirá|tolerará" coded THREATEN)."""
    assert expected in shown_keys(text, "es", published=ON)


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    ("Costa Rica entregó el lunes a la Fiscalía nicaragüense a cinco detenidos.",
     ("CRI", "NIC", "COOPERATE"), ("CRI", "NIC", "RETREAT")),
    ("Ecuador entregó a Perú a tres detenidas por contrabando.", ("ECU", "PER", "COOPERATE"),
     ("ECU", "PER", "RETREAT")),
])
def test_detainees_handed_to_another_state_are_no_release(text: str, expected: tuple, wrong: tuple) -> None:
    """"entregó a la Fiscalía de X a N detenidos": judicial cooperation, CAMEO 063 (no release in the 4 studied
    sentences where "entregar" and "detenido" meet)."""
    keys = shown_keys(text, "es", published=ON)
    assert expected in keys
    assert wrong not in keys


@pytest.mark.parametrize(("text", "expected"), [
    ("Rusia entregó a Ucrania a 150 prisioneros de guerra.", ("RUS", "UKR", "RETREAT")),
    ("Venezuela liberó a diez detenidos estadounidenses.", ("VEN", "USA", "RETREAT")),
])
def test_prisoners_handed_back_and_detainees_freed_stay_releases(text: str, expected: tuple) -> None:
    """Prisoners or hostages handed back, and detainees freed, are releases as before."""
    assert expected in shown_keys(text, "es", published=ON)

"""Two fresh Spanish sets (eval/gold/fresh56a_es.jsonl studied, fresh56b_es.jsonl sealed): what the round-56 fixes
read, on sentences of our own (none from the sets), each with a phrasing the fix must leave alone."""

from __future__ import annotations

import pytest

from extracted import facts, read_as, shown_keys


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    # ", mientras que X, apposition, verb": "whereas" opens a clause with a subject of its own; the comma after that
    # subject closes its apposition, not a clause inserted into the first one (events/clauses.py _contrast_clause)
    ("Francia condenó el ataque, mientras que Alemania, principal socio de Polonia, pidió a Moscú una investigación.",
     ("DEU", "RUS", "REQUEST"), ("FRA", "RUS", "REQUEST")),
    ("Lima celebró el acuerdo, mientras que el canciller chileno, Alberto van Klaveren, rechazó las críticas de "
     "La Paz.",
     ("CHL", "BOL", "REJECT"), ("PER", "BOL", "REJECT")),
    ("Moscú criticó la medida, mientras China, primer acreedor de Caracas, pidió a Washington que respete la "
     "soberanía venezolana.", ("CHN", "USA", "REQUEST"), ("RUS", "USA", "REQUEST")),
    # without the apposition, as before
    ("Francia condenó el ataque, mientras que Alemania pidió a Moscú una investigación.",
     ("DEU", "RUS", "REQUEST"), ("FRA", "RUS", "REQUEST")),
])
def test_whereas_clause_has_its_own_subject(text: str, expected: tuple, wrong: tuple) -> None:
    read_as(shown_keys(text, "es"), expected, wrong)


def test_inserted_temporal_clause_keeps_the_main_subject() -> None:
    # a temporal "mientras" inserted between a subject and its verb is no contrast: the main clause goes on after it
    keys = shown_keys("Rusia, mientras negociaba con Ucrania, criticó a Polonia.", "es")
    read_as(keys, ("RUS", "POL", "ACCUSE"), ("UKR", "POL", "ACCUSE"))


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    # a threat to cut one's ties aims at the party of those ties, after "con" (data/rules/es.yaml threaten_ties)
    ("El Gobierno de Malabo amenazó con revisar los acuerdos de cooperación con Madrid si no se devuelven los fondos.",
     ("GNQ", "ESP", "THREATEN", False), None),
    ("Turquía amenazó con suspender el acuerdo migratorio con la Unión Europea.", ("TUR", "EU", "THREATEN", False),
     None),
    ("Bolivia amagó con congelar el comercio con Chile.", ("BOL", "CHL", "THREATEN", False), None),
    # a partner named with "con" beside the threat, not in the threatened tie, is no target
    ("Francia, de acuerdo con Alemania, amenazó con suspender las negociaciones.", None,
     ("FRA", "DEU", "THREATEN", False)),
])
def test_threat_to_ties_aims_at_their_party(text: str, expected: tuple | None, wrong: tuple | None) -> None:
    read_as(facts(text, "es"), expected, wrong)

"""Spanish clause shapes learnt in round 54 (es54) from the first contact of fresh54a_es: a clitic between an object
relative's own subject and its verb ("al que Indonesia se adhirió"), the consequence a sentential "lo que" tells
("..., lo que llevó a Malí a llamar a consultas a su embajador") as a clause of its own, and the "se" passive of
holding ("la próxima cumbre se celebrará en ...") that praises no one. Whole pipeline, own sentences."""

from __future__ import annotations

from functools import partial

import pytest

from extracted import country_keys, read_as, read_as_all

_keys = partial(country_keys, lang="es", factual_only=True)


@pytest.mark.parametrize(("text", "expected"), [
    ("Prabowo viajará a Brasilia para hablar de la ampliación del grupo BRICS, al que Indonesia se adhirió como "
     "miembro pleno en enero de 2025.", ("IDN", "BRI", "AGREE")),
    # the reflexive and a dative before the verb
    ("Marruecos volvió en 2017 a la Unión Africana, a la que Argelia le había pedido rechazar su regreso.",
     ("DZA", "AU", "REQUEST")),
])
def test_a_clitic_between_the_relatives_subject_and_its_verb(text: str, expected: tuple) -> None:
    read_as(_keys(text), expected)


@pytest.mark.parametrize(("text", "kept", "wrong"), [
    ("En abril de 2025, la defensa antiaérea argelina derribó un dron maliense cerca de la frontera, lo que llevó a "
     "Malí, Níger y Burkina Faso a llamar a consultas a sus embajadores en Argel.",
     [("DZA", "MLI", "ASSAULT"), ("NER", "DZA", "SANCTION"), ("BFA", "DZA", "SANCTION")],
     [("DZA", "NER", "ASSAULT"), ("DZA", "BFA", "ASSAULT")]),
    ("Francia reconoció en 2024 la soberanía marroquí sobre el Sáhara, lo que llevó a Argelia a retirar a su "
     "embajador en París.", [("FRA", "MAR", "SUPPORT"), ("DZA", "FRA", "SANCTION")], [("FRA", "DZA", "SUPPORT")]),
])
def test_a_consequence_told_by_lo_que_is_a_clause_of_its_own(text: str, kept: list, wrong: list) -> None:
    read_as_all(_keys(text), kept, wrong)


def test_a_summit_held_by_the_se_passive_praises_no_one() -> None:
    keys = _keys("China saludó la ampliación del bloque y Wang Yi telefoneó a Panamá. La próxima cumbre del "
                 "Mercosur se celebrará en diciembre en Montevideo.")
    assert ("CHN", "PAN", "CONSULT") in keys, keys
    assert ("MER", "PAN", "SUPPORT") not in keys and ("MER", "CHN", "SUPPORT") not in keys, keys


def test_celebrar_a_decision_still_praises() -> None:
    keys = _keys("El canciller de Chile celebró la decisión de Argentina.")
    assert ("CHL", "ARG", "SUPPORT") in keys, keys

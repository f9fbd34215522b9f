"""What the first long-form Spanish set (eval/gold/long_es1.jsonl: analysis pieces with background, reactions,
quotes, analysts and plans around Cuba's blackouts, a Pacific port, Madrid between two Maghreb capitals, a security
accord, a president between three partners and a turn in La Paz) showed the coder printing wrongly. Each fix is a way
the languages say things, tested with sentences written for this file, not taken from the set."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import country_keys

ON = date(2025, 11, 19)


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Mientras tanto, Venezuela, Cuba y Nicaragua no fueron invitados a la ceremonia."),
    ("es", "Brasil envió a su canciller, mientras que los presidentes de Venezuela, Cuba y Nicaragua no fueron "
           "invitados."),
    ("en", "Meanwhile, Venezuela, Cuba and Nicaragua were not invited to the ceremony."),
    ("fr", "En revanche, le Venezuela, Cuba et le Nicaragua n'ont pas été invités."),
])
def test_names_listed_under_an_agentless_passive_are_not_each_others_hosts(lang: str, text: str) -> None:
    """"mientras que los presidentes de A, B y C no fueron invitados": an adverb or a conjunction that opens the
    clause owns none of the names; the listed states were (not) invited by someone the clause does not name, not by
    each other (they were printed inviting one another)."""
    found = country_keys(text, lang, published=ON)
    pairs = {(s, t) for s, t, _ in found}
    assert not pairs & {("VEN", "CUB"), ("CUB", "VEN"), ("VEN", "NIC"), ("NIC", "VEN"), ("CUB", "NIC"),
                        ("NIC", "CUB")}, found


def test_a_noun_that_owns_the_listed_names_still_makes_them_the_parties() -> None:
    """"Los acuerdos de Venezuela y Cuba fueron firmados": a noun before the names owns them; they signed."""
    found = country_keys("Los acuerdos de Venezuela y Cuba fueron firmados.", "es", published=ON)
    assert {("VEN", "CUB", "AGREE"), ("CUB", "VEN", "AGREE")} & found, found

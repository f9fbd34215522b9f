"""A status word belongs to its clause: a verb of ending before a clause boundary ("kündigte an,", "beendete die
Debatte, nachdem", "the talks ended after") does not end a treaty beyond it whose own clause holds a status word of
its own (a negotiation, a signing). Whole pipeline, own sentences."""

from __future__ import annotations

import pytest

from extracted import extraction
from realpolitik.evaluate.relations import relation_key


def _statuses(text: str, lang: str) -> set[str | None]:
    """The statuses of the sentence's ties (any pair, any kind)."""
    return {r.status for r in extraction(text, lang).relations if relation_key(r.a, r.b, r.kind)}


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Japan kündigte an, mit Indien über ein Sicherheitsabkommen zu verhandeln."),
    ("de", "Die Regierung beendete die Debatte, nachdem Frankreich und Marokko ein Kooperationsabkommen "
           "unterzeichnet hatten."),
    ("de", "Frankreich und Marokko kündigten an, ein Abkommen über Zusammenarbeit im Energiebereich zu schließen."),
    ("en", "The talks ended on Monday after France and Morocco signed a cooperation agreement."),
])
def test_an_ending_word_of_another_clause_ends_no_treaty(lang: str, text: str) -> None:
    assert "ended" not in _statuses(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Mali hat das Verteidigungsabkommen mit Frankreich gekündigt, das es 2014 unterzeichnet hatte."),
    ("en", "Mali ended the defence pact it had signed with France."),
])
def test_an_ending_of_the_treaty_itself_stays(lang: str, text: str) -> None:
    assert "ended" in _statuses(text, lang)

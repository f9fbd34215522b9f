"""What the first German set of round 64 (eval/gold/fresh64a_de.jsonl) and the studied German sets showed the coder
reading wrongly: an opposition's or a party's charge against its own government read as a charge between two states
(the government charged taken for the speaker, the other side filled from the article). EVAL.md leaves domestic-only
events out, and the studied German gold codes none of 36 such sentences. Tested with sentences written for this file,
not taken from any set."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import shown_keys

ON = date(2026, 3, 10)

_LEAD = "Litauen hat am Dienstag zwei russische Diplomaten ausgewiesen. "


@pytest.mark.parametrize("charge", [
    "Die Opposition warf der Regierung vor, viel zu spät gehandelt zu haben.",
    "Die oppositionelle Vaterlandsunion warf der Regierung vor, die Wirtschaft zu gefährden.",
    "Litauische Oppositionspolitiker warfen der Regierung vor, das Parlament übergangen zu haben.",
    "Die Grünen warfen der Regierung vor, den Schritt schlecht vorbereitet zu haben.",
    "Kritik kam dagegen von der litauischen Opposition, die dem Regierungschef vorwarf, zu zögern.",
])
def test_an_oppositions_charge_against_its_own_government_is_no_fact(charge: str) -> None:
    """"Die Opposition warf der Regierung vor" (wire-de-011), "Britische Oppositionspolitiker warfen der Regierung
    vor" (relwire12-de-003), "der georgischen Opposition, die Kobachidse vorwarf" (fresh62a-de-004), "Die Grünen
    warfen der Bundesregierung vor" (fresh64a-de-001): the charge is a home quarrel; no accusation between the
    article's two states is printed for it, and the lead's act stays."""
    keys = shown_keys(_LEAD + charge, "de", ON)
    assert ("LTU", "RUS", "SANCTION") in keys, keys
    assert not {k for k in keys if k[2] == "ACCUSE"}, keys


@pytest.mark.parametrize(("charge", "key"), [
    ("Die litauische Opposition warf Russland vor, sich in die Wahlen einzumischen.", ("LTU", "RUS", "ACCUSE")),
    ("Die litauische Regierung warf Moskau vor, Spione ins Land geschickt zu haben.", ("LTU", "RUS", "ACCUSE")),
])
def test_a_charge_that_names_another_state_stays(charge: str, key: tuple) -> None:
    """A charge of another state ("warf Russland vor"), or one the government makes, is no home quarrel: it stays."""
    keys = shown_keys(_LEAD + charge, "de", ON)
    assert key in keys, keys

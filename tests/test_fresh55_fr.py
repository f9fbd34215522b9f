"""A fresh French set written as real news is written (eval/gold/fresh55a_fr.jsonl, studied): what the round-55
fixes read, on sentences of our own, each beside one the fix must leave alone.

The future or the conditional of "rester aux côtés de" is a promise to stand by a partner (AGREE 030, a pledge of
support as EVAL.md codes it); its present and past tell the side taken (SUPPORT). Aid suspended is told by its
payments ("les versements prévus") and by the aid's kind beside its noun ("d'appui budgétaire"), which a suspending
verb before it makes a sanction, not aid given."""

from __future__ import annotations

import pytest

from extracted import facts, read_as, shown_keys


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    # a promise in the future or the conditional, after a speech verb or not
    ("Le Canada restera aux côtés de la Lettonie.", ("CAN", "LVA", "AGREE", False), ("CAN", "LVA", "SUPPORT", False)),
    ("Le chancelier a assuré que l'Allemagne resterait « aux côtés de la Moldavie ».",
     ("DEU", "MDA", "AGREE", False), ("DEU", "MDA", "SUPPORT", False)),
    ("Les Pays-Bas resteront fermement aux côtés de l'Ukraine.",
     ("NLD", "UKR", "AGREE", False), ("NLD", "UKR", "SUPPORT", False)),
    # the present and the past: the side taken, as before
    ("La Lituanie s'est tenue aux côtés de la Pologne.", ("LTU", "POL", "SUPPORT", False),
     ("LTU", "POL", "AGREE", False)),
    ("L'Estonie est restée aux côtés de la Finlande.", ("EST", "FIN", "SUPPORT", False),
     ("EST", "FIN", "AGREE", False)),
])
def test_staying_beside_a_partner_in_the_future_is_a_promise(text: str, expected: tuple, wrong: tuple) -> None:
    read_as(facts(text, "fr"), expected, wrong)


def test_the_promise_is_printed_not_a_plan() -> None:
    assert ("CAN", "LVA", "AGREE") in shown_keys("Le Canada restera aux côtés de la Lettonie.", "fr")


def test_a_standing_beside_at_a_ceremony_is_no_promise() -> None:
    keys = facts("Le président kényan a tenu une conférence de presse aux côtés du président ougandais.", "fr")
    assert not any(k[2] in ("AGREE", "SUPPORT") for k in keys), keys


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    # the payments of an aid suspended, the recipient named after them or in the sentence before
    ("Le Japon a gelé les versements prévus au Laos.", ("JPN", "LAO", "SANCTION", False), None),
    ("La Suède a accordé une aide au Mozambique en 2024. Stockholm a suspendu l'an dernier une partie des "
     "versements prévus.", ("SWE", "MOZ", "SANCTION", False), None),
    # two aid nouns after the suspending verb, the second with its kind: suspended, not given
    ("L'Allemagne a suspendu ses programmes de coopération et d'appui budgétaire au Tchad.",
     ("DEU", "TCD", "SANCTION", False), ("DEU", "TCD", "AID", False)),
])
def test_aid_suspended_by_its_payments_and_its_kind(text: str, expected: tuple, wrong: tuple | None) -> None:
    read_as(facts(text, "fr"), expected, wrong)


def test_aid_given_stays_aid() -> None:
    keys = facts("L'Union européenne a accordé un appui budgétaire au Togo et versé 40 millions d'euros.", "fr")
    read_as(keys, ("EU", "TGO", "AID", False), ("EU", "TGO", "SANCTION", False))

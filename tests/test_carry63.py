"""The goodwill skip of round 62 narrowed (round 63, carry63): a charge, threat or measure with no target still
answers goodwill told before it where the two were told in a quarrel before the goodwill (`Dyads.quarrels`, passed
to `article_acts.goodwill_before`): an offer or pledge between two sides of a quarrel is a turn of that quarrel,
which a charge after it goes on with; goodwill from a third party, an ally or a partner is still skipped.

Sentences of our own."""

from __future__ import annotations

import pytest

from extracted import last_sentence_keys as last


@pytest.mark.parametrize(("lang", "lead", "tail", "fact"), [
    ("en", "Chile imposed tariffs on Peru in May. Japan criticised Peru on Tuesday. Chile pledged aid to Peru on "
           "Wednesday. ", "Peru voiced concern.", ("PER", "CHL", "ACCUSE")),
    ("es", "Chile impuso aranceles a Perú en mayo. Japón criticó a Perú el martes. Chile prometió ayuda a Perú el "
           "miércoles. ", "Perú expresó su preocupación.", ("PER", "CHL", "ACCUSE")),
])
def test_goodwill_between_the_sides_of_a_quarrel_is_still_answered(lang: str, lead: str, tail: str,
                                                                  fact: tuple) -> None:
    found = last(lead + tail, lang, tail)
    assert fact in found, found


@pytest.mark.parametrize(("lang", "lead", "tail", "fact"), [
    # Chile never quarrelled with Peru: its pledge is skipped, the charge answers Japan's
    ("en", "Japan criticised Peru on Tuesday. Chile pledged aid to Peru on Wednesday. ", "Peru voiced concern.",
     ("PER", "JPN", "ACCUSE")),
])
def test_goodwill_from_a_party_never_at_odds_is_still_skipped(lang: str, lead: str, tail: str, fact: tuple) -> None:
    found = last(lead + tail, lang, tail)
    assert fact in found, found

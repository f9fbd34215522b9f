"""A suit is brought to a court or a trade body, against the state sued (EVAL.md: ACCUSE, CAMEO 115, source the
plaintiff, target the defendant): the court or the WTO is where it is heard, never the one sued
(events/roles_places.suit_venue, `court_codes` and `dispute_bodies` in data/actors/references.yaml), and "took X to
the WTO" is a suit against X. Sentences of our own."""

from __future__ import annotations

import pytest

from extracted import country_keys, read_as

SUED = [
    # the object sued, the court after "to"
    ("Ukraine took Russia to the International Court of Justice in 2017.", "en", ("UKR", "RUS", "115"),
     ("UKR", "ICJ", "115")),
    ("Vietnam took Indonesia to the World Trade Organization over the export ban.", "en", ("VNM", "IDN", "115"),
     ("VNM", "WTO", "115")),
    ("Vietnam took Indonesia to the WTO in 2021.", "en", ("VNM", "IDN", "115"), ("VNM", "WTO", "115")),
    ("Vietnam brachte Indonesien wegen des Exportverbots vor die Welthandelsorganisation.", "de",
     ("VNM", "IDN", "115"), ("VNM", "WTO", "115")),
    ("Vietnam llevó a Indonesia ante la OMC por la prohibición de exportar.", "es", ("VNM", "IDN", "115"),
     ("VNM", "WTO", "115")),
    # a case with no defendant in its sentence sues no court
    ("Guyana took the case to the International Court of Justice.", "en", None, ("GUY", "ICJ", "115")),
    ("Kambodscha kündigte an, die Angelegenheit vor den Internationalen Gerichtshof zu bringen.", "de", None,
     ("KHM", "ICJ", "115")),
    ("Guatemala propuso llevar la disputa ante la Corte Internacional de Justicia.", "es", None,
     ("GTM", "ICJ", "115")),
    # the suit's own "against" still names the one sued
    ("South Africa brought a case against Israel before the International Court of Justice.", "en",
     ("ZAF", "ISR", "115"), ("ZAF", "ICJ", "115")),
]


@pytest.mark.parametrize(("text", "lang", "expected", "wrong"), SUED)
def test_a_suit_is_against_the_one_sued_not_the_court(text: str, lang: str, expected: tuple | None,
                                                     wrong: tuple) -> None:
    read_as(country_keys(text, lang, kind="cameo"), expected, wrong)


def test_a_suit_told_after_a_ruling_sues_the_other_side_not_the_court() -> None:
    # the article supplies the one sued where the sentence names none: the last party the plaintiff quarrelled with,
    # not the court that ruled on it before
    text = ("Thailand accused Cambodia of moving troops to the border. In 1962, the International Court of Justice "
            "accused Thailand of occupying the temple. In June, Cambodia took the dispute to the International Court "
            "of Justice again.")
    assert ("KHM", "ICJ", "115") not in country_keys(text, "en", kind="cameo")

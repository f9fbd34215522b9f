"""An international court seized with no one complained of in the sentence is a suit against the dispute's other side,
not an appeal to the court (round 60, court60; eval/gold/README.md, "A court seized with no one complained of"): "a
saisi la Cour internationale de justice", "a porté le différend devant la CIJ" are ACCUSE 115 from the plaintiff to the
party the article told it in dispute with (events/article_fill's `_sued`), as "took the case to the ICJ" already was;
a political body seized ("a saisi le Conseil de sécurité de l'ONU", "a saisi l'Union africaine") stays the appeal to
it (REQUEST 020), and a third party's appeal to the plaintiff (a call to restraint) makes no one the sued.
Sentences written for the tests."""

from __future__ import annotations

import pytest

from extracted import country_keys, events_of, read_as, read_as_all

SEIZED = [
    # the dispute told first, then the court seized: the other side is sued, the court hears the suit
    ("Le Venezuela a menacé le Guyana. Le Guyana a saisi la Cour internationale de justice.",
     ("GUY", "VEN", "115"), ("GUY", "ICJ", "020")),
    ("La Thaïlande a accusé le Cambodge de provocation. Le Cambodge avait saisi le mois dernier la CIJ.",
     ("KHM", "THA", "115"), ("KHM", "ICJ", "020")),
    ("Le Venezuela a accusé le Guyana de provocation. Le Guyana a porté le différend devant la CIJ.",
     ("GUY", "VEN", "115"), ("GUY", "ICJ", "020")),
    ("L'Éthiopie a fermé sa frontière avec l'Érythrée. Asmara a porté l'affaire devant la Cour internationale de "
     "justice mardi.", ("ERI", "ETH", "115"), ("ERI", "ICJ", "020")),
    # "la juridiction onusienne" after the court was named: the same court
    ("Le Niger a expulsé l'ambassadeur du Bénin. Le Bénin a saisi la juridiction onusienne en septembre.",
     ("BEN", "NER", "115"), ("BEN", "ICJ", "020")),
    # "contre" still names the one sued
    ("La Colombie a saisi la Cour internationale de justice contre le Nicaragua.", ("COL", "NIC", "115"),
     ("COL", "ICJ", "020")),
]


@pytest.mark.parametrize(("text", "expected", "wrong"), SEIZED)
def test_a_court_seized_is_a_suit_against_the_other_side(text: str, expected: tuple, wrong: tuple) -> None:
    read_as(country_keys(text, "fr", kind="cameo"), expected, wrong)


@pytest.mark.parametrize(("text", "expected"), [
    ("Le Maroc a saisi le Conseil de sécurité de l'ONU.", ("MAR", "UN", "020")),
    ("Le Tchad avait saisi le mois dernier le Conseil de sécurité de l'ONU.", ("TCD", "UN", "020")),
    ("Le Bénin a porté le différend devant la CEDEAO.", ("BEN", "ECO", "020")),
    ("Le Guyana a répliqué en saisissant l'Union africaine.", ("GUY", "AU", "020")),
])
def test_a_political_body_seized_is_still_asked_to_act(text: str, expected: tuple) -> None:
    read_as(country_keys(text, "fr", kind="cameo"), expected)


def test_a_court_seized_with_no_dispute_told_sues_no_one() -> None:
    keys = country_keys("Le Guyana a saisi la Cour internationale de justice.", "fr", kind="cameo")
    assert not [k for k in keys if k[0] == "GUY"], keys


@pytest.mark.parametrize(("text", "lang", "sued", "appealer"), [
    ("L'Algérie a fermé son espace aérien au Mali. L'Union africaine a appelé le Mali et l'Algérie à la retenue. "
     "Le Mali a saisi la Cour internationale de justice.", "fr", "DZA", "AU"),
    ("Venezuela threatened Guyana. The African Union urged Guyana and Venezuela to show restraint. Guyana took the "
     "case to the International Court of Justice.", "en", "VEN", "AU"),
])
def test_a_suit_answers_no_appeal_to_the_plaintiff(text: str, lang: str, sued: str, appealer: str) -> None:
    keys = country_keys(text, lang, kind="plover")
    plaintiff = "MLI" if lang == "fr" else "GUY"
    read_as_all(keys, [(plaintiff, sued, "ACCUSE")], [(plaintiff, appealer, "ACCUSE")])


def test_a_threat_to_seize_the_court_threatens_the_other_side() -> None:
    # "menacé de saisir la CIJ si ...": the threat is aimed at the one the condition names, not at the court
    keys = country_keys("Le Cambodge a menacé de saisir la Cour internationale de justice si la Thaïlande ne retirait "
                        "pas ses troupes.", "fr", kind="cameo")
    assert ("KHM", "ICJ", "020") not in keys, keys


@pytest.mark.parametrize(("text", "lang", "expected", "wrong"), [
    # "no reconoce la jurisdicción de la Corte": the recognition of the court negated, not a refusal of the other side
    ("El Gobierno de Bolivia no reconoce la jurisdicción de la Corte Internacional de Justicia en la disputa con "
     "Chile.", "es", ("BOLGOV", "ICJ", "054", True), ("BOLGOV", "CHL", "054", True)),
    ("Honduras reconoce la competencia de la Corte Internacional de Justicia.", "es", ("HND", "ICJ", "054", False),
     None),
    # a refusal of its own stays REJECT 120 to the court
    ("Israel no acepta la jurisdicción de la Corte Internacional de Justicia.", "es", ("ISR", "ICJ", "120", False),
     None),
])
def test_a_court_jurisdiction_not_recognised_is_aimed_at_the_court(text: str, lang: str, expected: tuple,
                                                                   wrong: tuple | None) -> None:
    keys = {(e.source, e.target, e.cameo, e.negated) for e in events_of(text, lang)}
    read_as(keys, expected, wrong)

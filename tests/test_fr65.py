"""French kinds read in round 65 (fr65), each with sentences written for the tests.

- ", tandis que X, <apposition>, a ...": "tandis que" opens a clause with a subject of its own, and the comma after
  that subject sets off an apposition (roles/fr.yaml `contrast_subordinators`, as Spanish "mientras que"). Studied:
  fresh47-fr-001 (the act given to the first clause's subject), precision-fr-045 (nothing printed), fresh65a-fr-003,
  fresh65a-fr-004 (the first clause's subject printed as the appeal's source).
- People who are no envoys expelled are deported, COERCE 174 (fr `deport`): journalists, correspondents, company
  heads, refugees ("le Niger expulse trois dirigeants de compagnies chinoises", wire-fr15-006; fresh65a-fr-002), a
  million people as well as thousands; diplomats expelled stay SANCTION 161.
- France's territories acted on by another state are France (codes.ACTED_ON_AS_SOVEREIGN): the studied gold codes
  none of them; "des migrants expulsés de Mayotte" (fresh55a-fr-003) and a consulate closed "à Nouméa"
  (fresh65a-fr-004) printed them as the target.
- Madagascar's president since October 2025, Michael Randrianirina (data/actors/leaders.yaml): unknown before, his
  acts had no source (fresh61a-fr-003, fresh65a-fr-002).
"""

from __future__ import annotations

from datetime import date

import pytest

from extracted import shown_keys
from realpolitik.codes import governed_by, sovereign_target

CONTRAST = [
    ("Le Bénin a exprimé sa solidarité avec Niamey, tandis que le Ghana, premier partenaire du Togo, a appelé "
     "Niamey et Lomé au dialogue.", {("GHA", "NER", "REQUEST"), ("GHA", "TGO", "REQUEST")}, ("BEN", "TGO", "REQUEST")),
    ("Le Canada a salué la décision, tandis que la Russie, alliée de Bamako, a appelé Paris au dialogue.",
     {("RUS", "FRA", "REQUEST")}, ("CAN", "FRA", "REQUEST")),
    ("Le Japon a salué l'accord, tandis que l'Inde, ancienne rivale de Dacca, a condamné le Pakistan.",
     {("IND", "PAK", "ACCUSE")}, ("JPN", "PAK", "ACCUSE")),
]


@pytest.mark.parametrize(("text", "expected", "wrong"), CONTRAST)
def test_tandis_que_opens_a_clause_whose_subject_has_an_apposition(text: str, expected: set[tuple[str, str, str]],
                                                                    wrong: tuple[str, str, str]) -> None:
    keys = shown_keys(text, "fr")
    assert expected <= keys, keys
    assert wrong not in keys, keys


def test_alors_que_is_left_as_it_was() -> None:
    """"alors que" also opens a clause of time inside the main one: no contrast clause to the sentence's end."""
    keys = shown_keys("Le Mali a accusé la France, alors que le Niger, son allié, a salué Paris.", "fr")
    assert ("MLI", "FRA", "ACCUSE") in keys, keys


DEPORTED = [
    ("Le Maroc a expulsé jeudi deux journalistes espagnols.", ("MAR", "ESP")),
    ("Le Tchad expulse trois dirigeants de sociétés minières canadiennes.", ("TCD", "CAN")),
    ("Le Burundi a expulsé mardi un correspondant belge.", ("BDI", "BEL")),
    ("Entre 2021 et 2024, l'Iran a expulsé plus d'un million d'Afghans.", ("IRN", "AFG")),
]


@pytest.mark.parametrize(("text", "pair"), DEPORTED)
def test_people_who_are_no_envoys_are_deported(text: str, pair: tuple[str, str]) -> None:
    keys = shown_keys(text, "fr")
    assert (*pair, "COERCE") in keys, keys
    assert (*pair, "SANCTION") not in keys, keys


@pytest.mark.parametrize("text", ["La Pologne a expulsé des diplomates russes.",
                                  "Le Maroc a expulsé deux agents du consulat espagnol."])
def test_envoys_expelled_still_break_relations(text: str) -> None:
    keys = shown_keys(text, "fr")
    assert any(kind == "SANCTION" for _, _, kind in keys), keys
    assert not any(kind == "COERCE" for _, _, kind in keys), keys


def test_france_s_territories_acted_on_are_france() -> None:
    for territory in ("NCL", "PYF", "WLF", "GLP", "MTQ", "GUF", "MYT", "REU"):
        assert sovereign_target(territory, "CHNGOV") == "FRA", territory
        assert governed_by(territory, "FRAGOV"), territory
    assert sovereign_target("NCLGOV", "VUTGOV") == "NCLGOV"  # its own government is itself
    assert sovereign_target("FRO", "EU") == "FRO"  # the Faroes stay themselves (fresh58a_de)


@pytest.mark.parametrize(("text", "expected"), [
    ("En 2023, les Seychelles ont refusé de laisser accoster un bateau venu de Mayotte.", ("SYC", "FRA", "REJECT")),
    ("La Chine a menacé la Nouvelle-Calédonie.", ("CHN", "FRA", "THREATEN")),
])
def test_a_territory_as_the_target_is_france(text: str, expected: tuple[str, str, str]) -> None:
    keys = shown_keys(text, "fr")
    assert expected in keys, keys
    assert not any(t in ("MYT", "NCL") for _, t, _ in keys), keys


def test_a_territory_s_own_government_still_acts() -> None:
    keys = shown_keys("Le gouvernement de la Nouvelle-Calédonie a signé un accord avec le Vanuatu.", "fr")
    assert ("NCL", "VUT", "AGREE") in keys, keys


def test_madagascar_s_president_since_october_2025_is_known() -> None:
    """Michael Randrianirina, in office since the takeover of October 2025 (studied: fresh61a-fr-003, three facts of
    his; fresh65a-fr-002): his acts are Madagascar's government's."""
    keys = shown_keys("Le colonel Michael Randrianirina a remercié le Japon pour son aide.", "fr",
                      published=date(2026, 5, 6))
    assert ("MDG", "JPN", "SUPPORT") in keys, keys

"""The conventions round 63 (convention63) settled in eval/gold/README.md, and the coder that follows them. Sentences
of our own.

- A dependent territory named as the place another state acts on (threatened, claimed, sent troops to, visited) is its
  sovereign state, as CAMEO writes Greenland "DNKGRL": the studied gold codes Denmark for Greenland so in 6 documents
  and Greenland in 3 (aligned); Greenland's own government and people act, and are acted on, as Greenland (GRLGOV).
- Force "not ruled out" (or threatened) with no target of its own hits the one other state its sentence names after
  the one who would use it ("die USA bräuchten Grönland ... und schloss nicht aus, dafür Gewalt anzuwenden"): the
  studied gold gives that target in every such sentence.
- An exclusion from a body's summits or meetings told as a state ("has been barred from ... since 2021", "не
  приглашают на саммиты") is the membership's status, no act, as round 62 read a suspension; the exclusion told as
  done stays SANCTION 160/161.
"""

from __future__ import annotations

import pytest

from extracted import facts, read_as_all
from realpolitik.codes import sovereign_target


def test_a_bare_dependency_acted_on_is_its_sovereign() -> None:
    assert sovereign_target("GRL", "USAGOV") == "DNK"
    assert sovereign_target("GRLGOV", "USAGOV") == "GRLGOV"  # its own government is itself
    assert sovereign_target("GRL", "GRLGOV") == "GRL"  # the territory on itself stays itself (and is dropped)
    assert sovereign_target("FRA", "USAGOV") == "FRA"
    assert sovereign_target("FRO", "EU") == "FRO"  # the Faroes are coded as themselves (fresh58a_de)


@pytest.mark.parametrize(("text", "lang", "expected", "wrong"), [
    ("France and Sweden sent soldiers to Greenland in January.", "en",
     [("FRA", "DNK", "AID", False), ("SWE", "DNK", "AID", False)], [("FRA", "GRL", "AID", False)]),
    ("Франция и Норвегия направили в Гренландию группы военных для участия в учениях.", "ru",
     [("FRA", "DNK", "AID", False), ("NOR", "DNK", "AID", False)], [("FRA", "GRL", "AID", False)]),
])
def test_troops_sent_to_greenland_go_to_denmark(text: str, lang: str, expected: list, wrong: list) -> None:
    read_as_all(facts(text, lang), expected, wrong)


def test_greenlands_own_government_is_greenland() -> None:
    found = facts("Greenland's premier Jens-Frederik Nielsen criticised the United States on Monday.", "en")
    assert ("GRL", "USA", "ACCUSE", False) in found
    assert not [k for k in found if k[0] == "DNK"]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Der US-Präsident sagte, die USA bräuchten Grönland, und schloss erneut nicht aus, dafür Gewalt anzuwenden.",
     "de", ("USA", "DNK", "THREATEN", False)),
    ("President Donald Trump repeatedly refused to rule out using force to take control of Greenland.", "en",
     ("USA", "DNK", "THREATEN", False)),
    ("Президент США разрешил тайные операции в Венесуэле и не исключил ударов по целям на суше.", "ru",
     ("USA", "VEN", "THREATEN", False)),
])
def test_force_not_ruled_out_hits_the_state_its_sentence_names(text: str, lang: str, expected: tuple) -> None:
    read_as_all(facts(text, lang), [expected])


def test_a_state_named_before_the_one_who_threatens_is_no_target() -> None:
    found = facts("Израиль считает Иран главной угрозой и не исключает новых ударов.", "ru")
    assert ("IRN", "ISR", "THREATEN", False) not in found


@pytest.mark.parametrize(("text", "lang"), [
    ("The African Union has excluded Mali from its summits since the coup.", "en"),
    ("Myanmar's junta has been barred from sending its generals to ASEAN meetings since 2021.", "en"),
    ("Mali remains barred from the bloc's summits.", "en"),
    ("Мьянма является членом АСЕАН, однако ее руководителей не приглашают на саммиты объединения.", "ru"),
    ("Руководство Мьянмы с 2021 года не допускается к саммитам АСЕАН.", "ru"),
])
def test_an_exclusion_told_as_a_state_is_no_act(text: str, lang: str) -> None:
    assert not facts(text, lang)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("The African Union excluded Mali from its summits after the coup.", "en", ("AU", "MLI", "SANCTION", False)),
    ("Myanmar's junta was barred from sending its generals to ASEAN meetings in 2021.", "en",
     ("ASE", "MMR", "SANCTION", False)),
])
def test_an_exclusion_told_as_done_sanctions(text: str, lang: str, expected: tuple) -> None:
    read_as_all(facts(text, lang), [expected])

"""Two English ways of saying who acts, round 62 (en62); the sentences are written for the tests.

- People named by their role with the "from" phrase of where they come from, at the head of the clause's subject
  ("Election observers from the EU ... endorsed the vote", "Officials from Qatar praised the deal"): the state or
  body after "from" is the act's source (roles_source_steps.origin_subject, `origin_subjects` in roles/en.yaml).
- A switch of recognition ("switched its recognition from Taipei to Beijing"): recognition of the state after "to"
  (SUPPORT 054), as the studied gold codes it (rule `switch_recognition` in en.yaml); the relations broken with the
  one after "from" (SANCTION 161 in the gold) are left (no trigger of the verb's own for them).
"""

from __future__ import annotations

import pytest

from extracted import country_keys


def _keys(text: str) -> set[tuple]:
    return {k[:3] for k in country_keys(text, "en", factual_only=True)}


@pytest.mark.parametrize(("text", "key"), [
    ("Election observers from the African Union on Tuesday endorsed Malawi's presidential election.",
     ("AU", "MWI", "SUPPORT")),
    ("Observers from the European Union praised Ghana's election as orderly.", ("EU", "GHA", "SUPPORT")),
    ("Officials from Qatar welcomed the agreement between Rwanda and Congo.", ("QAT", "RWA", "SUPPORT")),
    ("NAIROBI, May 4 (Reuters) - Monitors from the East African Community endorsed Tanzania's vote on Monday.",
     ("EAC", "TZA", "SUPPORT")),
])
def test_people_from_a_state_act_for_it(text: str, key: tuple) -> None:
    assert key in _keys(text)


@pytest.mark.parametrize(("text", "wrong_source"), [
    # people whose role is no office: where they come from is not who acts
    ("Refugees from Syria praised Germany's asylum policy.", "SYR"),
    ("Students from Iran welcomed the decision by Canada.", "IRN"),
])
def test_people_of_no_office_are_not_their_state(text: str, wrong_source: str) -> None:
    assert not any(k[0] == wrong_source for k in _keys(text))


@pytest.mark.parametrize(("text", "old", "new"), [
    ("Nauru switched its recognition from Taipei to Beijing in 2024.", "TWN", "CHN"),
    ("The Dominican Republic switched diplomatic recognition from Taiwan to China in 2018.", "TWN", "CHN"),
    ("Kiribati switched its allegiance from Taipei to Beijing.", "TWN", "CHN"),
])
def test_switched_recognition(text: str, old: str, new: str) -> None:
    keys = {k[:3] for k in country_keys(text, "en", kind="cameo", factual_only=True)}
    sources = {k[0] for k in keys}
    assert len(sources) == 1
    source = sources.pop()
    assert (source, new, "054") in keys
    assert not any(k[1] == old and k[2] == "054" for k in keys)  # the state dropped is not recognised


@pytest.mark.parametrize("text", [
    "Palau has refused to switch recognition from Taipei to Beijing.",
    "Palau has come under pressure to switch recognition to Beijing.",
])
def test_a_switch_not_made_is_none(text: str) -> None:
    keys = country_keys(text, "en", kind="cameo", negation=True, factual_only=True)
    assert ("PLW", "CHN", "054", False) not in keys


def test_other_switches_are_no_recognition() -> None:
    assert _keys("Germany switched its gas imports from Russia to Norway.") == set()

"""Two fresh English sets of long articles (eval/gold/fresh48a_en.jsonl studied, fresh48b_en.jsonl held out): what
the round-48 fixes read, on sentences of our own (none from the sets), each with a phrasing the fix must leave
alone."""

from __future__ import annotations

from extracted import facts


def test_an_apposition_naming_two_parties_describes_the_opening_subject() -> None:
    # "China, X's largest trading partner and Y's biggest market, welcomed ...": the apposition between the opening
    # name and the comma before the verb names two parties; the verb is the opener's, not that of the last name
    # inside (roles_subjects.clause_subject, _describes_opener for each name)
    keys = facts("Japan, Vietnam's largest investor and Thailand's second trading partner, criticised Myanmar.", "en")
    assert ("JPN", "MMR", "ACCUSE", False) in keys
    assert not any(k[0] in ("VNM", "THA") for k in keys)
    keys = facts("Germany, Poland's biggest trading partner and a member of both NATO and the European Union, "
                 "condemned Belarus.", "en")
    assert ("DEU", "BLR", "ACCUSE", False) in keys
    assert not any(k[0] == "POL" or k[1] in ("NATO", "EU") for k in keys)
    # one name inside, as before
    assert ("TUR", "ARM", "ACCUSE", False) in facts("Turkey, Azerbaijan's closest ally, condemned Armenia.", "en")


def test_a_list_before_the_verb_is_no_apposition() -> None:
    # a list of names has no common noun: every name in it is the verb's subject
    keys = facts("Russia, China and Iran, condemned Israel.", "en")
    assert {("RUS", "ISR", "ACCUSE", False), ("CHN", "ISR", "ACCUSE", False),
            ("IRN", "ISR", "ACCUSE", False)} <= keys


def test_embassy_staff_ordered_to_leave_are_expelled() -> None:
    # "ordered five embassy staff to leave": a mission's staff sent home, as "ordered diplomats ... to leave"
    # (en.yaml break_relations)
    keys = facts("Estonia ordered three Russian embassy staff to leave within 48 hours.", "en")
    assert ("EST", "RUS", "SANCTION", False) in keys
    assert ("EST", "RUS", "REQUEST", False) not in keys
    # its own staff ordered out of an embassy is read as its diplomats are (a withdrawal, 161)
    assert facts("Canada ordered its staff to leave the embassy in Kabul.", "en") == facts(
        "Canada ordered its diplomats to leave the embassy in Kabul.", "en")
    # a company's staff told to leave a plant: no state acts
    assert not facts("The carmaker ordered its staff to leave the plant near Detroit.", "en")

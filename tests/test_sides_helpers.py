"""The two homes of round 57's tidy: the sides a list of mentions acts for (`codes.sides_of`, `Group.sides`) and the
note of a reference standing for several codes (`refers_note`, read back by `members`); round 58's: the sides of the
codes one mention stands for (`member_sides`)."""

from __future__ import annotations

from realpolitik.actors.reference.history import REFERS, member_sides, members, refers_note
from realpolitik.codes import side_of, sides_of
from realpolitik.events.roles_base import Group
from realpolitik.model import ActorMention


def _mention(code: str, i: int, note: str = "") -> ActorMention:
    return ActorMention(code, code, i * 10, i * 10 + 5, i, i + 1, note=note)


def test_sides_of_counts_one_side_once() -> None:
    found = [_mention("RUSGOV", 0), _mention("RUSMIL", 1), _mention("UKR", 2), _mention("NATOMIL", 3)]
    assert sides_of(found) == {"RUS", "UKR", "NATO"}
    assert sides_of(found) == {side_of(m.code) for m in found}
    assert sides_of([]) == set()
    assert sides_of(m for m in found if m.code.startswith("RUS")) == {"RUS"}


def test_group_sides_are_its_members_sides() -> None:
    pair = Group([_mention("CHNGOV", 0), _mention("VNM", 2)], 0, 3)
    one = Group([_mention("USAMIL", 5), _mention("USAGOV", 6)], 5, 7)
    assert pair.sides == {"CHN", "VNM"}
    assert one.sides == {"USA"}
    assert not pair.sides & one.sides


def test_refers_note_reads_back_as_members() -> None:
    note = refers_note(["FRA", "DEU"])
    assert note == REFERS + "FRA,DEU"
    assert members(_mention("FRA", 0, note=note)) == ["FRA", "DEU"]
    assert refers_note(c[:3] for c in ("ESPGOV", "PRTMIL")) == REFERS + "ESP,PRT"


def test_member_sides_are_the_sides_a_reference_stands_for() -> None:
    both = _mention("RUS", 0, note=refers_note(["RUSGOV", "UKRMIL"]))
    assert member_sides(both) == {"RUS", "UKR"} == {side_of(c) for c in members(both)}
    assert member_sides(_mention("NATOMIL", 1)) == {"NATO"}
    assert member_sides(_mention("", 2)) == set()

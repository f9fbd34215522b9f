"""User dictionaries merged over the built-ins, and errors that name file and line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from realpolitik.actors import find_in_text, load_dictionary, recognise_actors
from realpolitik.errors import DataFileError
from realpolitik.language import split_sentences


def _codes(text: str, lang: str, path: Path) -> list[str]:
    dic = load_dictionary([path])
    found = recognise_actors(split_sentences(text, lang), lang, date(2025, 6, 1), dic)
    return [m.code for ms in found for m in ms]


def test_user_yaml_adds_leader_and_org(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text(
        "leaders:\n"
        "  - id: foo_bar\n"
        "    country: ARG\n"
        "    names: [Foo Barowski, Barowski]\n"
        "    offices:\n"
        "      - {agent: GOV, office: minister, start: 2024-01-01}\n"
        "organisations:\n"
        "  - {code: MYORG, names: [Gruppe Nord]}\n", encoding="utf-8")
    assert _codes("Barowski traf die Gruppe Nord.", "de", path) == ["ARGGOV", "MYORG"]
    assert find_in_text("Barowski traf die Gruppe Nord.", "de") == []  # built-ins untouched


def test_user_csv_name_wins(tmp_path: Path) -> None:
    path = tmp_path / "names.csv"
    path.write_text("iso3,lang,form,kind\nVEN,de,Bolivarien,name\n", encoding="utf-8")
    assert _codes("Bolivarien protestiert.", "de", path) == ["VEN"]


def test_user_leader_replaces_builtin(tmp_path: Path) -> None:
    path = tmp_path / "override.yaml"
    path.write_text("leaders:\n  - id: putin\n    country: RUS\n    names: [Putin]\n"
                    "    offices: [{agent: MIL, office: test, start: 2000-01-01}]\n", encoding="utf-8")
    assert _codes("Putin sprach.", "de", path) == ["RUSMIL"]


def test_every_form_of_a_body_with_seats_carries_the_seat_code(tmp_path: Path) -> None:
    """The loader checks `seat_code` and every form of the entry carries it (actors/seated_bodies reads it there);
    an entry without one carries none."""
    path = tmp_path / "seats.yaml"
    path.write_text("organisations:\n  - {code: NB, id: nordrat, seat_code: NBR, names: [Nordrat, Rat des Nordens]}\n"
                    "  - {code: SB, names: [Südbund]}\n", encoding="utf-8")
    entries = load_dictionary([path]).entries("de")
    assert {e.surface: e.seat_code for e in entries if e.code in ("NB", "SB")} == {
        "Nordrat": "NBR", "Rat des Nordens": "NBR", "Südbund": ""}
    assert {e.seat_code for e in load_dictionary().entries() if e.id == "orgs:unsc"} == {"UNSC"}


def test_user_organisation_replaces_builtin(tmp_path: Path) -> None:
    # as a leader: the user's entry of that code is the only one, the built-in forms are gone
    path = tmp_path / "override.yaml"
    path.write_text("organisations:\n  - {code: NATO, names: [Nordbund]}\n", encoding="utf-8")
    assert _codes("Der Nordbund tagte.", "de", path) == ["NATO"]
    assert _codes("Die NATO tagte.", "de", path) == []


@pytest.mark.parametrize("content,line,problem", [
    ("leaders:\n  - id: x\n    country: RUS\n    names: [X Y]\n    offices: [{agent: GOV, start: 2024-13-01}]\n",
     5, "not an ISO date"),
    ("organisations:\n  - {code: ok, names: [A B]}\n", 2, "bad actor code"),
    ("organisations:\n  - {code: OK, seat_code: a seat, names: [A B]}\n", 2, "bad actor code"),
    ("leaders:\n  - id: y\n    country: XXX\n    names: [X Y]\n    offices: [{agent: GOV}]\n", 2,
     "unknown country"),
    ("leaders:\n  - id: z\n    country: RUS\n    offices: [{agent: GOV}]\n", 2, "names"),
    ("foo: [1]\n", 1, "unknown section"),
    ("leaders: [\n", 2, "YAML syntax"),
])
def test_yaml_errors_name_file_and_line(tmp_path: Path, content: str, line: int, problem: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        load_dictionary([path])
    assert err.value.path == str(path)
    assert err.value.line == line
    assert problem in err.value.problem


@pytest.mark.parametrize("content,line,problem", [
    ("leaders: {id: x}\n", 1, "leaders must be a list of entries"),
    ("organisations: Nordbund\n", 1, "organisations must be a list of entries"),
    ("seats: 3\n", 1, "seats must be a list of entries"),
    ("leaders:\n  - Foo Barowski\n", None, "leader entry must be a mapping, got 'Foo Barowski'"),
    ("organisations:\n  - [Gruppe Nord]\n", None, "organisation entry must be a mapping, got ['Gruppe Nord']"),
    ("seats:\n  - Kreml\n", None, "seat entry must be a mapping, got 'Kreml'"),
])
def test_a_section_that_lists_no_mappings_is_an_error(tmp_path: Path, content: str, line: int | None,
                                                      problem: str) -> None:
    """Leaders, organisations and seats are lists of mappings, checked alike: the section's line when it is no list,
    the entry shown when one is no mapping."""
    path = tmp_path / "bad.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        load_dictionary([path])
    assert (err.value.line, err.value.problem) == (line, problem)


def test_csv_errors_name_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("iso3,lang,form,kind\nVEN,de,Bolivarien,name\nZZZ,de,Nirgendwo,name\n", encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        load_dictionary([path])
    assert (err.value.line, "unknown country" in err.value.problem) == (3, True)
    missing = tmp_path / "cols.csv"
    missing.write_text("iso3,form\nVEN,X\n", encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        load_dictionary([missing])
    assert err.value.line == 1


def test_unknown_extension(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_text("x", encoding="utf-8")
    with pytest.raises(DataFileError):
        load_dictionary([path])

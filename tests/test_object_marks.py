"""The Spanish object mark repeated before each name of a list ("instó a X y a Y") is language data in
references.yaml (`object_marks`, beside `mediation_relatives`): the two names are still one list."""

from __future__ import annotations

from dataclasses import replace

from extracted import extraction
from realpolitik.actors.reference.data import reference_data
from realpolitik.actors.reference.history import sentence_seen


def _lists(text: str, marks: frozenset[str] | None = None) -> list[list[str]]:
    found = extraction(text, "es")
    data = reference_data().languages["es"]
    if marks is not None:
        data = replace(data, object_marks=marks)
    return sentence_seen(found.actors[0], found.sentences[0].tokens, data).lists


def test_the_object_mark_before_each_name_keeps_the_list() -> None:
    assert _lists("El ministro instó a Pakistán y a Afganistán a dialogar.") == [["PAK", "AFG"]]
    assert _lists("La ONU pidió al Gobierno de Pakistán y a Afganistán que negocien.") == [["PAKGOV", "AFG"]]


def test_the_marks_are_the_data_files() -> None:
    assert reference_data().languages["es"].object_marks == frozenset({"a", "al"})
    assert _lists("El ministro instó a Pakistán y a Afganistán a dialogar.", frozenset()) == []
    assert _lists("El ministro instó a Pakistán y Afganistán a dialogar.", frozenset()) == [["PAK", "AFG"]]

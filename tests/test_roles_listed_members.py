"""Pairs inside a list (round 36, issue 10: "another pair"). Each sentence is our own.

- A clause inserted after a bloc's name that lists some of its members (", whose members include A, B and C,",
  ", dont font partie A, B et C,", ", в которую входят A, B и C,") ends at the comma after the list, not at the
  list's first comma: the members are no subjects of the main clause, the bloc is. A list that IS the subject
  ("A, B and C, which attended the summit, urged ...") still acts, and a bloc's apposition that names all its
  members ("made up of", "integrada por") still stands for them (EVAL.md: one fact per listed actor)."""

from __future__ import annotations

from datetime import date

import pytest

from realpolitik.model import Document
from realpolitik.pipeline import extract_document


def _pairs(text: str, lang: str) -> set[tuple[str, str, str]]:
    doc = Document(id="t", text=text, lang=lang, published=date(2025, 6, 4))
    return {((e.source or "-")[:3], (e.target or "-")[:3], e.plover) for e in extract_document(doc).events}


@pytest.mark.parametrize(("lang", "text", "members", "target"), [
    ("en", "The Arab League, whose members include Egypt, Jordan and Morocco, on Monday urged Israel to halt the "
           "offensive.", ("EGY", "JOR", "MAR"), "ISR"),
    ("fr", "La Ligue arabe, dont font partie l'Égypte, la Jordanie et le Maroc, a exhorté lundi Israël à cesser son "
           "offensive.", ("EGY", "JOR", "MAR"), "ISR"),
    ("ru", "Лига арабских государств, в которую входят Египет, Иордания и Марокко, призвала Израиль прекратить "
           "наступление.", ("EGY", "JOR", "MAR"), "ISR"),
])
def test_members_listed_in_a_relative_clause_do_not_act_for_the_bloc(lang: str, text: str,
                                                                     members: tuple[str, ...], target: str) -> None:
    pairs = _pairs(text, lang)
    assert not {(m, target) for m in members} & {(s, t) for s, t, _ in pairs}
    assert any(t == target and s not in members for s, t, _ in pairs)


@pytest.mark.parametrize(("lang", "text", "judges", "judged"), [
    # the list is the subject, the relative clause after it describes them: they still act
    ("en", "Egypt, Jordan and Morocco, which had attended the summit, urged Israel to halt the offensive.",
     ("EGY", "JOR", "MAR"), "ISR"),
    ("fr", "L'Égypte, la Jordanie et le Maroc, qui avaient participé au sommet, ont exhorté Israël à cesser son "
           "offensive.", ("EGY", "JOR", "MAR"), "ISR"),
    # a bloc's apposition that names its members: each member acts in its place
    ("en", "The Alliance of Sahel States, made up of Mali, Burkina Faso and Niger, accused Algeria of shooting down "
           "the drone.", ("MLI", "BFA", "NER"), "DZA"),
    ("es", "La AES, integrada por Malí, Burkina Faso y Níger, condenó el jueves a Argelia por el derribo del dron.",
     ("MLI", "BFA", "NER"), "DZA"),
])
def test_a_listed_subject_still_acts(lang: str, text: str, judges: tuple[str, ...], judged: str) -> None:
    found = {(s, t) for s, t, _ in _pairs(text, lang)}
    assert {(j, judged) for j in judges} <= found

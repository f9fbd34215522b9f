"""Russian names a state by its kind alone once it has named it: "эмират", "королевство", "остров" in any case stand
for the latest state named of that kind (round 37, ctxref). Without articles, a name beside the word makes it that
name's: "у острова Лусон" (a capitalised word after it) and "Коморских островов" (a name before it) refer to no one."""

from __future__ import annotations

from datetime import date

import pytest

from realpolitik.actors import find_in_text

_ON = date(2025, 9, 26)


def _reference(text: str, word: str) -> str | None:
    """The code the last reference whose surface starts with `word` stands for, None where there is none."""
    found = [m for m in find_in_text(text, "ru", _ON) if m.kind == "reference" and m.surface.lower().startswith(word)]
    return found[-1].code if found else None


@pytest.mark.parametrize(("text", "word", "code"), [
    ("Израиль нанес удар по Дохе. Эмират, который вместе с Египтом ведет переговоры о Газе, приостановил "
     "посредничество.", "эмират", "QAT"),
    ("Куба страдает от отключений света. В октябре Россия поставила на остров сто тысяч тонн нефти.", "остров",
     "CUB"),
    ("Алжир разорвал отношения с Марокко в 2021 году, обвинив королевство во враждебных действиях.", "королевств",
     "MAR"),
], ids=["emirate", "island", "kingdom"])
def test_a_kind_of_state_alone_is_the_latest_of_that_kind(text: str, word: str, code: str) -> None:
    assert _reference(text, word) == code


@pytest.mark.parametrize(("text", "word"), [
    ("Япония и Филиппины подписали соглашение о доступе. В пятницу Токио провел учения у острова Лусон.", "остров"),
    ("Куба страдает от отключений. Президент Коморских островов призвал Россию вернуться к зерновой сделке.",
     "остров"),
], ids=["name-after", "name-before"])
def test_a_name_beside_the_word_is_no_reference(text: str, word: str) -> None:
    assert _reference(text, word) is None

"""What the second long-form Russian set (eval/gold/long_ru2.jsonl) showed the coder missing or printing wrongly in an
analysis piece: a sanction told in a relative clause whose subject is a ministry ("которые министерство финансов США
ввело"). Each is a way the language says things, tested with sentences written for this file, not taken from the set;
the other languages are tested where they say it the same way."""

from __future__ import annotations

from datetime import date

import pytest

from realpolitik.model import Document
from realpolitik.pipeline import extract_document


def _events(text: str, lang: str = "ru") -> set[tuple]:
    """The printed events (told as done or reported), by country."""
    doc = Document(id="t", text=text, lang=lang, published=date(2025, 10, 15))
    return {(e.source[:3], e.target[:3] if e.target else None, e.plover, e.negated)
            for e in extract_document(doc).events if e.factual}


@pytest.mark.parametrize(("text", "agent", "target", "plover"), [
    ("Это прямое следствие санкций, которые министерство финансов США ввело против России.", "USA", "RUS", "SANCTION"),
    ("Это следствие санкций, которые министерство торговли Китая ввело против Японии.", "CHN", "JPN", "SANCTION"),
])
def test_an_office_before_its_country_carries_out_the_act_of_a_relative_clause(text: str, agent: str, target: str,
                                                                            plover: str) -> None:
    """"санкции, которые министерство финансов США ввело": the country is the genitive of the office that is the
    relative clause's subject; no act was printed (a name the dictionary knows with its office, "правительство
    Японии", was read already)."""
    assert (agent, target, plover, False) in _events(text)


def test_a_name_after_the_relative_pronoun_that_hangs_on_a_verb_is_no_agent() -> None:
    """A relative clause whose verb carries nothing out gives the act no agent ("санкции, которые министр финансов
    США обсуждал": talks about sanctions, none imposed)."""
    found = _events("Речь идет о санкциях, которые министр финансов США обсуждал с коллегами.")
    assert not any(f[2] == "SANCTION" for f in found), found

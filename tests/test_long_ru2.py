"""What the second long-form Russian set (eval/gold/long_ru2.jsonl) showed the coder missing or printing wrongly in an
analysis piece: a sanction told in a relative clause whose subject is a ministry ("которые министерство финансов США
ввело"), a verdict that names an act terror, talks held under a body's aegis. Each is a way the language says things,
tested with sentences written for this file, not taken from the set; the other languages are tested where they say it
the same way."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import facts


def _events(text: str, lang: str = "ru") -> set[tuple]:
    """The printed events (told as done or reported), by country."""
    return facts(text, lang, date(2025, 10, 15))


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


@pytest.mark.parametrize("text", [
    "Захарова назвала отказ Польши от переговоров «политическим террором».",
    "Минск назвал действия Литвы на границе экономическим террором.",
])
def test_an_act_named_terror_is_judged(text: str) -> None:
    """"назвал ... террором": the instrumental of "террор" judges the act's author as "терроризмом" did already."""
    assert any(f[2] == "ACCUSE" and f[1] in {"POL", "LTU"} for f in _events(text))


def test_terror_in_another_case_judges_no_one() -> None:
    """"назвал признание наградой террору": the dative is what is rewarded, no verdict of terror on anyone."""
    found = _events("Премьер назвал признание Палестины Британией наградой террору.")
    assert not any(f[2] == "ACCUSE" for f in found), found


@pytest.mark.parametrize(("text", "lang"), [
    ("Сербия и Косово возобновили диалог под эгидой Евросоюза.", "ru"),
    ("La Serbie et le Kosovo ont repris le dialogue sous l'égide de l'UE.", "fr"),
    ("Serbia y Kosovo reanudaron el diálogo bajo los auspicios de la UE.", "es"),
])
def test_talks_under_a_bodys_aegis_are_mediated_by_it(text: str, lang: str) -> None:
    """"под эгидой ЕС" as fr "sous l'égide de" and es "bajo los auspicios de": the body mediates between the sides
    (ru read the body as the talks' partner)."""
    found = _events(text, lang)
    assert ("EU", "SRB", "CONSULT", False) in found and ("SRB", "EU", "CONSULT", False) not in found, found

"""Two fresh Russian sets (eval/gold/fresh59a_ru.jsonl studied, fresh59b_ru.jsonl sealed): what the round-59 fixes
read, on sentences of our own (none from the sets), each with a phrasing the fix must leave alone."""

from __future__ import annotations

import pytest

from extracted import facts, read_as_all


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    # a ship or aircraft entering another's waters, zone or airspace shows force to the owner, whose genitive after the
    # place noun is no agent (ru.yaml enter_waters)
    ("Два патрульных катера Филиппин вошли в территориальные воды Малайзии.",
     [("PHL", "MYS", "MOBILIZE", False)], [("MYS", None, "MOBILIZE", False)]),
    ("Иранское судно вошло в исключительную экономическую зону Омана.", [("IRN", "OMN", "MOBILIZE", False)], []),
    ("Турецкий беспилотник залетел в воздушное пространство Греции.", [("TUR", "GRC", "MOBILIZE", False)],
     [("TUR", "GRC", "ASSAULT", False)]),
    ("Белорусский вертолет вторгся в литовское небо.", [("BLR", "LTU", "MOBILIZE", False)], []),
    # a body or a zone joined is no place entered; a member is no intruder
    ("Таджикистан вошел в Единое экономическое пространство.", [], [("TJK", None, "MOBILIZE", False)]),
    ("Грузия вошла в зону свободной торговли с Китаем.", [], [("GEO", "CHN", "MOBILIZE", False)]),
    ("Латвия входит в НАТО с 2004 года, а ее небо охраняют истребители союзников.", [],
     [("LVA", "NATO", "MOBILIZE", False)]),
    # an entry whose owner is not named prints nothing
    ("Российский дрон, залетевший в воздушное пространство, упал в поле.", [], [("RUS", None, "MOBILIZE", False)]),
])
def test_entry_into_waters(text: str, expected, wrong) -> None:
    read_as_all(facts(text, "ru"), expected, wrong)


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    # opposing a measure another state took judges it (ru.yaml oppose_measure, ACCUSE 111), no refusal
    ("Индия выступила против пошлин США на сталь.", [("IND", "USA", "ACCUSE", False)],
     [("IND", "USA", "REJECT", False)]),
    ("Пекин решительно выступает против новых санкций Японии.", [("CHN", "JPN", "ACCUSE", False)],
     [("CHN", "JPN", "REJECT", False)]),
    # opposing an accession or a plan stays a refusal; a measure with no owner and no party judges no one
    ("Венгрия выступила против вступления Швеции в НАТО.", [("HUN", "SWE", "REJECT", False)],
     [("HUN", "SWE", "ACCUSE", False)]),
    ("Казахстан выступил против «политики односторонних ограничений».", [], [("KAZ", None, "ACCUSE", False)]),
])
def test_opposing_a_measure(text: str, expected, wrong) -> None:
    read_as_all(facts(text, "ru"), expected, wrong)

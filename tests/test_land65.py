"""Round 65, land65. (1) A measure told as the cause of a summons or a protest ("в связи с", "из-за", "because of",
"wegen") is no object of the verdict: it happened, and its own agent gives its event (land64's verdict-object reading
stops at such a phrase; `tests/test_nominal46.py`'s Minsk sentence failed without the stop). "за" after a criticism
names what it is for: the judged measure stays no one's. (2) The flag state of a seized or attacked ship is the act's
target ("un pétrolier battant pavillon grec": eval/gold/README.md, "A ship seized or attacked is its flag state's").
Sentences written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import shown_keys

ON = date(2025, 10, 27)


@pytest.mark.parametrize(("lang", "text", "key"), [
    ("ru", "МИД Эстонии вызвал посла России в связи с высылкой эстонского дипломата из Москвы.",
     ("RUS", "EST", "SANCTION")),
    ("ru", "МИД Польши вызвал посла Белоруссии из-за высылки польского консула из Минска.", ("BLR", "POL", "SANCTION")),
    ("en", "Estonia summoned the Russian envoy because of the expulsion of an Estonian diplomat from Moscow.",
     ("RUS", "EST", "SANCTION")),
    ("de", "Polen bestellte den russischen Botschafter wegen der Ausweisung polnischer Diplomaten aus Moskau ein.",
     ("RUS", "POL", "SANCTION")),
])
def test_a_measure_told_as_the_cause_keeps_its_event(lang: str, text: str, key: tuple) -> None:
    shown = shown_keys(text, lang, ON)
    assert key in shown, shown


@pytest.mark.parametrize(("lang", "text", "speaker"), [
    ("ru", "Пекин раскритиковал Оттаву за новые пошлины.", "CHN"),
    ("ru", "МИД Эстонии вызвал посла России в связи с высылкой эстонского дипломата из Москвы.", "EST"),
])
def test_the_speaker_imposes_nothing(lang: str, text: str, speaker: str) -> None:
    shown = shown_keys(text, lang, ON)
    assert not any(k[0] == speaker and k[2] == "SANCTION" for k in shown), shown


@pytest.mark.parametrize(("lang", "text", "key"), [
    ("fr", "La marine iranienne a arraisonné un pétrolier battant pavillon panaméen au large de Bandar Abbas.",
     ("IRN", "PAN", "COERCE")),
    ("fr", "Les garde-côtes indiens ont intercepté un cargo sous pavillon togolais au large de Goa.",
     ("IND", "TGO", "COERCE")),
    ("en", "Iran seized a Liberian-flagged tanker in the Strait of Hormuz.", ("IRN", "LBR", "COERCE")),
    ("ru", "Иран задержал в Ормузском проливе танкер под флагом Либерии.", ("IRN", "LBR", "COERCE")),
])
def test_a_seized_ship_is_its_flag_state_s(lang: str, text: str, key: tuple) -> None:
    shown = shown_keys(text, lang, ON)
    assert key in shown, shown

"""Acts told as still to come or asked about (round 62, mood62): EVAL.md codes no purely future or planned event and
no speculation; the studied gold codes none of the kinds below.

1. A Russian question particle ("ли") right after the first word of a clause asks whether the clause's act happens,
   in a direct question ("Будет ли Иран сотрудничать с МАГАТЭ?") or an indirect one ("не стали уточнять, идет ли
   речь о поставках оружия"): hypothetical (`questions.particle_question`). Studied: wire-ru5-012 and relwire8-ru-001
   (printed, no gold fact), wire-ru4-003, wire-ru4-011, wire-ru5-005, region-ru-006, fresh47-ru-003, fresh47-ru-005
   (questions, no gold fact of their act). Only the lower-case token: "Ли Цян", "Ли Чжэ Мён" are names (gold facts
   stand in 11 studied sentences that name them).
2. A recognition promised in the future or the future-in-past ("L'Irlande a promis qu'elle reconnaîtrait l'État de
   Palestine", "ha prometido que reconocerá al Estado palestino") is not yet given: the promise is the fact (AGREE
   03x, blind-es-011), the recognition a plan. Round 63 (mood63) narrowed the form to the promise: a recognition a
   government announces as decided ("La Belgique reconnaîtra l'État de Palestine lors de l'Assemblée générale, a
   annoncé le ministre") is the recognition (EVAL.md: announced decisions are the act; tests/test_mood63.py).
   Negated ("ne reconnaîtrait pas la Palestine à ce stade") it is a refusal told now, which the gold codes
   (breadth-fr-014): it stays.
3. A demand told in the future ("Литва будет добиваться новых санкций ЕС", "su Gobierno pedirá explicaciones a la
   misión de la UE", "reclamará a Guatemala una compensación", "will demand", "exigera") is still to be made
   (`modality_tense.future_demand`: the Russian analytic future's `future_auxiliary`, a future ending, a future
   word). Studied: wire-ru3-011, fresh47-ru-004, wire-es3-003 (printed, no gold REQUEST), relprec-ru-027,
   fresh61a-es-001, wire-en12-007 (no gold REQUEST). Not the future-in-past after a verb of saying (`future_in_past`):
   an appeal so announced is coded as the act ("a confirmé que le Canada porterait l'affaire devant l'OMC",
   wire-fr3-002's gold REQUEST). The Russian auxiliary is read for demands only: "будут обмениваться", "будет
   поддерживать" are announced cooperation and pledges the gold codes.
French "devait s'entretenir" (a schedule) was tried as a plan cue and dropped: fresh61a-fr-003's one meeting key was
found only in that sentence (branch mood62-dropped).
Sentences of our own."""

from __future__ import annotations

import pytest

from extracted import facts


def _no_fact(text: str, lang: str, act: tuple) -> None:
    """The text tells the act neither as done nor as undone."""
    told = facts(text, lang)
    assert act + (False,) not in told and act + (True,) not in told, told


def _no_fact_of(text: str, lang: str, act: tuple) -> None:
    """No fact of the act's source and type (and of its target, where one is given: None leaves it open)."""
    told = facts(text, lang)
    assert not any(k[0] == act[0] and k[2] == act[2] and (act[1] is None or k[1] == act[1]) for k in told), told


@pytest.mark.parametrize(("text", "lang", "act"), [
    ("Будет ли Иран сотрудничать с МАГАТЭ?", "ru", ("IRN", None, "COOPERATE")),
    ("— Продолжает ли Китай поставлять оружие Пакистану?", "ru", ("CHN", "PAK", "AID")),
    ("Москва не стала уточнять, идет ли речь о поставках оружия Венесуэле.", "ru", ("RUS", "VEN", "AID")),
    ("Пока неясно, встретится ли Путин с Трампом в Будапеште.", "ru", ("RUS", "USA", "CONSULT")),
])
def test_an_act_a_russian_question_asks_about_is_no_fact(text: str, lang: str, act: tuple) -> None:
    _no_fact_of(text, lang, act)


@pytest.mark.parametrize(("text", "lang", "act"), [
    # a name spelt like the particle: no question
    ("Лукашенко встретился в Минске с премьером Госсовета КНР Ли Цяном.", "ru", ("BLR", "CHN", "CONSULT", False)),
    # "вряд ли" stays what it was; a statement with "ли" nowhere: told
    ("Россия поставила оружие Венесуэле.", "ru", ("RUS", "VEN", "AID", False)),
])
def test_a_name_or_a_statement_stays(text: str, lang: str, act: tuple) -> None:
    assert act in facts(text, lang)


@pytest.mark.parametrize(("text", "lang", "act"), [
    ("L'Irlande a promis qu'elle reconnaîtrait l'État de Palestine.", "fr", ("IRL", "PSE", "SUPPORT")),
    ("Le Portugal a promis qu'il reconnaîtra l'État de Palestine en septembre.", "fr", ("PRT", "PSE", "SUPPORT")),
    ("Portugal ha prometido que reconocerá al Estado palestino.", "es", ("PRT", "PSE", "SUPPORT")),
])
def test_a_recognition_still_to_come_is_no_fact(text: str, lang: str, act: tuple) -> None:
    _no_fact(text, lang, act)


@pytest.mark.parametrize(("text", "lang", "act"), [
    ("L'Italie a fait savoir qu'elle ne reconnaîtrait pas la Palestine à ce stade.", "fr",
     ("ITA", "PSE", "SUPPORT", True)),
    ("La Norvège a reconnu l'État de Palestine en mai.", "fr", ("NOR", "PSE", "SUPPORT", False)),
    ("Portugal reconoció al Estado palestino en mayo.", "es", ("PRT", "PSE", "SUPPORT", False)),
])
def test_a_recognition_refused_or_given_stays(text: str, lang: str, act: tuple) -> None:
    assert act in facts(text, lang)


@pytest.mark.parametrize(("text", "lang", "act"), [
    ("Эстония будет добиваться новых санкций против Белоруссии.", "ru", ("EST", None, "REQUEST")),
    ("Польша будет требовать от России вывести войска.", "ru", ("POL", "RUS", "REQUEST")),
    ("Honduras reclamará a Guatemala una compensación por los gastos de limpieza.", "es", ("HND", "GTM", "REQUEST")),
    ("La France exigera de la Russie le retrait de ses troupes.", "fr", ("FRA", "RUS", "REQUEST")),
    ("Poland will demand that Russia withdraw its troops.", "en", ("POL", "RUS", "REQUEST")),
])
def test_a_demand_still_to_be_made_is_no_fact(text: str, lang: str, act: tuple) -> None:
    _no_fact_of(text, lang, act)


@pytest.mark.parametrize(("text", "lang", "act"), [
    ("Польша потребовала от России вывести войска.", "ru", ("POL", "RUS", "REQUEST", False)),
    ("Эстония требует от России вывести войска.", "ru", ("EST", "RUS", "REQUEST", False)),
    ("Honduras reclamó a Guatemala una compensación por los gastos de limpieza.", "es",
     ("HND", "GTM", "REQUEST", False)),
    ("La France a exigé de la Russie le retrait de ses troupes.", "fr", ("FRA", "RUS", "REQUEST", False)),
    # an appeal announced in the future-in-past: the act announced (wire-fr3-002's gold)
    ("La ministre a confirmé que le Canada porterait l'affaire devant l'Organisation mondiale du commerce.", "fr",
     ("CAN", "WTO", "REQUEST", False)),
])
def test_a_demand_made_or_announced_stays(text: str, lang: str, act: tuple) -> None:
    assert act in facts(text, lang)

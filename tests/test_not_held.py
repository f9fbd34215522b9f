"""Meetings the sentence says were not held (round 60, mood60): the gold codes what the article tells as having
happened (EVAL.md), and a meeting whose own clause denies it took place is a negated CONSULT; a meeting only scheduled
or planned is no fact at all (eval/gold/README.md, wire_fr8: "Aucune rencontre ... n'est prévue" is no negated meeting).

1. A meeting noun that is its clause's subject, then a negation and a verb of taking place ("did not take place",
   "kam nicht zustande", "n'a pas eu lieu", "no se celebró", "не состоялась"): negated, however long the noun's phrase
   (`negation._not_held`; the negation window before a trigger, or after a German verb, does not reach the verb).
   Studied: breadth2-en-300 and wire-de7-010 (gold negated, the coder printed the meeting as held), breadth2-de-340,
   fresh48a-de-002, wire-ru10-003, wire-ru2-007 (gold negated in all six).
2. English "scheduled", "planned" after the subject noun make its meeting a plan, as French "prévue", Spanish
   "prevista" and Russian "запланирован" did (`modality_tense.modal_after_subject`), also after a negation that
   determines the noun ("No talks ...") and in a clause a conjunction opens after a comma (", but no talks have been
   scheduled"). Studied: relwire14-en-002, relwire-en-002, fresh48a-en-001, wire-en10-008.
3. An act avoided was not done ("has avoided criticising India", "ha evitado criticar a Nueva Delhi", "a évité de
   condamner", "избегала осуждать"): the verb of avoiding is a negation word in en, es, fr, ru, as "abstain",
   "abstenerse", "s'abstenir", "воздержаться" were (plain grammar; studied: relwire13-es-001, gold negated; German
   "vermied eine Begegnung", relwire7-de-002, stays with `embedding_verbs`, which lets the noun go).
Sentences of our own."""

from __future__ import annotations

import pytest

from extracted import facts, read_as


@pytest.mark.parametrize(("text", "lang", "negated"), [
    ("The meeting between Putin and Zelensky did not take place.", "en", ("RUS", "UKR", "CONSULT", True)),
    ("The summit between Japan and China in Osaka never took place.", "en", ("JPN", "CHN", "CONSULT", True)),
    ("Ein Treffen zwischen Petro und Noboa am Rande des Celac-Gipfels kam nicht zustande.", "de",
     ("COL", "ECU", "CONSULT", True)),
    ("Das Gipfeltreffen zwischen Russland und den USA fand nicht statt.", "de", ("RUS", "USA", "CONSULT", True)),
    ("La rencontre entre Emmanuel Macron et Vladimir Poutine à Genève n'a pas eu lieu.", "fr",
     ("FRA", "RUS", "CONSULT", True)),
    ("La reunión entre los presidentes de Colombia y Ecuador en Quito no se celebró.", "es",
     ("COL", "ECU", "CONSULT", True)),
    ("Встреча президентов России и США в Будапеште не состоялась.", "ru", ("RUS", "USA", "CONSULT", True)),
])
def test_a_meeting_its_clause_denies_took_place_is_negated(text: str, lang: str, negated: tuple) -> None:
    read_as(facts(text, lang), negated, negated[:3] + (False,))


@pytest.mark.parametrize(("text", "lang", "held"), [
    ("The meeting between Putin and Zelensky took place in Istanbul on Monday.", "en",
     ("RUS", "UKR", "CONSULT", False)),
    # the negation belongs to another verb than the one of taking place: the meeting was held
    ("The meeting between Putin and Zelensky in Istanbul did not produce a ceasefire.", "en",
     ("RUS", "UKR", "CONSULT", False)),
    ("Das Treffen zwischen Petro und Noboa fand am Montag in Quito statt.", "de", ("COL", "ECU", "CONSULT", False)),
])
def test_a_meeting_held_stays_held(text: str, lang: str, held: tuple) -> None:
    read_as(facts(text, lang), held, held[:3] + (True,))


@pytest.mark.parametrize(("text", "lang", "planned"), [
    ("No talks between Japan and the Philippines have been scheduled.", "en", ("JPN", "PHL", "CONSULT")),
    ("Manila floated the idea of a pact, but no talks with Australia have been scheduled.", "en",
     ("PHL", "AUS", "CONSULT")),
    ("A meeting between Japan and China is planned for May.", "en", ("JPN", "CHN", "CONSULT")),
    ("Das Treffen zwischen Petro und Noboa soll im Mai in Quito stattfinden.", "de", ("COL", "ECU", "CONSULT")),
])
def test_a_meeting_scheduled_or_planned_is_no_fact(text: str, lang: str, planned: tuple) -> None:
    told = facts(text, lang)
    assert planned + (False,) not in told and planned + (True,) not in told, told


def test_talks_held_stay_a_fact() -> None:
    read_as(facts("Japan and the Philippines held talks in Manila on Monday.", "en"), ("JPN", "PHL", "CONSULT", False))


@pytest.mark.parametrize(("text", "lang", "negated"), [
    ("The European Union has avoided criticising India over the purchases.", "en", ("EU", "IND", "ACCUSE", True)),
    ("La Unión Europea evitó condenar a Israel.", "es", ("EU", "ISR", "ACCUSE", True)),
    ("Paris a évité de condamner l'Algérie.", "fr", ("FRA", "DZA", "ACCUSE", True)),
    ("Индия избегала осуждать Россию.", "ru", ("IND", "RUS", "ACCUSE", True)),
])
def test_an_act_avoided_is_negated(text: str, lang: str, negated: tuple) -> None:
    read_as(facts(text, lang), negated, negated[:3] + (False,))


@pytest.mark.parametrize(("text", "lang", "done"), [
    # what the act is done to avoid is its purpose: the signing stands
    ("France and Germany signed a deal to avoid a trade war with China.", "en", ("FRA", "DEU", "AGREE", False)),
    ("Para evitar sanciones, Irán firmó un acuerdo con el OIEA.", "es", ("IRN", "IAE", "AGREE", False)),
])
def test_an_act_done_to_avoid_another_stands(text: str, lang: str, done: tuple) -> None:
    read_as(facts(text, lang), done)

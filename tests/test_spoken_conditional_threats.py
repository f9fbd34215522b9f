"""A speaker's conditional consequence is a threat (issue 10, recall): a hostile act its own side announces for the
case that another party does or fails to do something, told in reported speech without a threat verb or quotation
("Sollte X nicht ..., werde Y Sanktionen verhängen, sagte Y's minister"). THREATEN of the speaker's side against the
condition's subject (EVAL.md: conditional statements are THREATEN). Sentences written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import shown_keys

ON = date(2025, 6, 2)


def _shown(text: str, lang: str) -> set[tuple]:
    return shown_keys(text, lang, ON)


@pytest.mark.parametrize(("lang", "text", "key"), [
    ("de", "Sollte Moskau die Angriffe nicht einstellen, werde die Europäische Union neue Sanktionen gegen Russland "
           "verhängen, sagte Außenministerin Kallas am Montag.", ("EU", "RUS", "THREATEN")),
    ("de", "Scholz betonte, sollte Belgrad die Grenze zum Kosovo nicht öffnen, werde Berlin Strafmaßnahmen gegen "
           "Serbien verhängen.", ("DEU", "SRB", "THREATEN")),
    ("de", "Wenn Peking die Manöver vor Taiwan fortsetzt, wird Washington Strafzölle verhängen, erklärte "
           "Außenminister Rubio.", ("USA", "CHN", "THREATEN")),
    ("en", "If Moscow does not agree to a ceasefire, Washington will impose new sanctions on Russia, Secretary of "
           "State Marco Rubio said on Tuesday.", ("USA", "RUS", "THREATEN")),
    ("en", "Unless Caracas frees the detained opposition figures, the United States will expel Venezuelan "
           "diplomats, the State Department said.", ("USA", "VEN", "THREATEN")),
    ("fr", "Si Moscou ne met pas fin à ses frappes, Paris prendra de nouvelles sanctions contre la Russie, a "
           "déclaré Emmanuel Macron.", ("FRA", "RUS", "THREATEN")),
    ("ru", "В случае если Евросоюз конфискует российские активы, Россия введёт ответные санкции против ЕС, "
           "заявила Мария Захарова.", ("RUS", "EU", "THREATEN")),
])
def test_a_consequence_its_own_side_announces_is_a_threat(lang: str, text: str, key: tuple) -> None:
    shown = _shown(text, lang)
    assert key in shown, shown
    assert not any(k[2] == "SANCTION" for k in shown), shown  # not yet imposed


@pytest.mark.parametrize(("lang", "text", "actor"), [
    # a supposition of analysts or of a third state: the one who would act says nothing
    ("en", "If Iran strikes Israeli cities again, Israel would bomb Iranian oil sites, analysts said.", "ISR"),
    ("en", "If Hezbollah fires rockets, Israel will strike Lebanon, the Iranian foreign ministry said.", "ISR"),
    ("fr", "Si le Hezbollah tire des roquettes, Israël frappera le Liban, a estimé un diplomate iranien.", "ISR"),
])
def test_another_s_supposition_is_no_threat(lang: str, text: str, actor: str) -> None:
    assert not any(k[0] == actor and k[2] == "THREATEN" for k in _shown(text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    # a reward for compliance is no threat
    ("en", "If Russia agrees to talks, the European Union will lift some sanctions, Kaja Kallas said."),
    ("de", "Sollte Iran der Einigung zustimmen, werde Washington die Sanktionen aufheben, sagte Witkoff."),
])
def test_a_promised_relief_is_no_threat(lang: str, text: str) -> None:
    assert not any(k[2] == "THREATEN" for k in _shown(text, lang))


def test_a_main_clause_modal_sollte_opens_no_condition() -> None:
    # "sollte" after its subject is a modal of the main clause ("ought to"), not a fronted condition
    shown = _shown("Die Europäische Union sollte neue Sanktionen gegen Russland verhängen, sagte Kallas.", "de")
    assert not any(k[2] == "THREATEN" for k in shown), shown


def test_an_act_inside_the_condition_threatens_no_one() -> None:
    # the act is what the condition says (an infinitive continuing it past its comma), no consequence of it
    shown = _shown("Teheran sei zu Gesprächen bereit, aber nur, wenn Washington zusichere, keine Angriffe mehr zu "
                   "verüben, sagte Araghtschi.", "de")
    assert not any(k[2] == "THREATEN" and k[1] == "USA" for k in shown), shown
    assert not any(k[2] == "THREATEN" and k[0] == "USA" for k in shown), shown


def test_a_response_after_an_act_inside_the_condition_threatens_the_condition_s_party() -> None:
    # The attack inside the condition ("versuchen, ... anzugreifen") is still no act of Kiev's, but the consequence
    # Moscow announces ("werde Moskau eine Antwort geben, drohte Lawrow") is Russia's threat against Kiev: the studied
    # German gold codes the fronted "Sollte X ..., werde Y ..." THREATEN in 13 of 15 sentences, among them the condition
    # continued by an infinitive (long-de1-001 "Sollte Brüssel versuchen, Ungarn zu übergehen, werde Budapest ...",
    # wire-de8-008 "Sollte Japan es wagen, ... einzugreifen, werde China ...") and a response promised (wire-de10-010
    # "werde Moskau reagieren", typeconf-de-026, fresh48a-de-002); written by 3e722db4 to expect no threat, settled in
    # round 64 (land64) with deen63's rule threaten_conditional.
    shown = _shown("Sollte Kiew erneut versuchen, russische Stellungen anzugreifen, werde Moskau eine Antwort geben, "
                   "drohte Lawrow.", "de")
    assert ("RUS", "UKR", "THREATEN") in shown, shown
    assert not any(k[0] == "UKR" for k in shown), shown

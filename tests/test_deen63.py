"""Round 63 (deen63): German consequences told after a fronted condition. Sentences of our own."""

from __future__ import annotations

import pytest

from extracted import shown_keys


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    # the main clause after a fronted condition, its verb "werde" first and a party its subject: the speaker's threat
    # against the party the condition names, or against the one the consequence names ("als Gegner betrachten")
    ("Sollte Manila weitere Schiffe in das Atoll schicken, werde China seine Rechte entschlossen wahren, sagte ein "
     "Sprecher.", {("CHN", "PHL", "THREATEN")}, set()),
    ("Sollte Litauen den Transit weiter behindern, werde Russland Litauen als Gegner betrachten, hieß es in Moskau.",
     {("RUS", "LTU", "THREATEN")}, set()),
    ("Wenn Baku die Blockade nicht aufhebe, werde Armenien alle Gespräche über den Korridor abbrechen, sagte der "
     "Minister.", {("ARM", "AZE", "THREATEN")}, set()),
    # an infinitive clause that continues the condition before the consequence's comma
    ("Sollte Seoul versuchen, die Inseln zu besetzen, werde Japan sein Recht auf Verteidigung ausüben, hieß es in "
     "Tokio.", {("JPN", "KOR", "THREATEN")}, set()),
    # left alone: goodwill promised on a condition, a consequence with no party as its subject
    ("Sollte Teheran dem Abkommen zustimmen, werde Washington die Sanktionen lockern, sagte der Gesandte.",
     set(), {("USA", "IRN", "THREATEN")}),
    ("Sollte Manila die Übung fortsetzen, werde sich die Lage verschärfen, sagte ein Sprecher.",
     set(), {("CHN", "PHL", "THREATEN")}),
    ("Sollte Warschau auf Reparationen bestehen, werde es keine Gespräche geben, sagte ein Sprecher in Berlin.",
     set(), {("DEU", "POL", "THREATEN"), ("POL", "DEU", "THREATEN")}),
    # the indicative future and a condition after the verb are no fronted condition's consequence
    ("Polen wird Litauen am Montag besuchen, sagte ein Sprecher.", set(), {("POL", "LTU", "THREATEN")}),
])
def test_a_consequence_after_a_fronted_condition_is_a_threat(text, expected, wrong):
    keys = shown_keys(text, "de")
    assert expected <= keys, keys
    assert not wrong & keys, keys


@pytest.mark.parametrize(("text", "expected"), [
    # an article no genitive has ("den", "dem") after a place or norm noun opens the verb's object, not the noun's
    # owner: the summons' target stays
    ("Estland hat wegen der Verletzung seiner Hoheitsgewässer den russischen Gesandten einbestellt.",
     {("EST", "RUS", "ACCUSE")}),
    ("Lettland hat wegen der Verletzung seines Luftraums dem belarussischen Geschäftsträger eine Protestnote "
     "übergeben.", {("LVA", "BLR", "ACCUSE")}),
    # the owner in the genitive is still the place's, no side of the verdict
    ("Finnland verurteilte den Beschuss estnischen Gebiets.", set()),
])
def test_an_oblique_article_after_an_owned_place_opens_the_object(text, expected):
    keys = shown_keys(text, "de")
    assert expected <= keys, keys
    if not expected:
        assert not {k for k in keys if k[0] == "FIN" and k[2] == "ACCUSE" and k[1] == "EST"}, keys

"""A reply promised to an act, its speaker named after the clause (issue 10, round 34): "Israel's strikes will not go
unanswered, the Iranian foreign ministry said" is the ministry's threat against Israel, not Israel's against Iran.
Sentences written for the tests."""

from __future__ import annotations

import pytest

from extracted import country_keys


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Israel's strikes will not go unanswered, the Iranian foreign ministry said."),
    ("ru", "Удары Израиля не останутся без ответа, заявили в МИД Ирана."),
    ("de", "Die Angriffe Israels werden nicht unbeantwortet bleiben, hieß es aus dem iranischen Außenministerium."),
    ("es", "Los ataques de Israel no quedarán sin respuesta, dijo el canciller iraní."),
    ("fr", "Les frappes d'Israël ne resteront pas sans réponse, a-t-on indiqué au ministère iranien des Affaires "
           "étrangères."),
])
def test_the_speaker_after_the_clause_threatens_the_author_of_the_act(lang: str, text: str) -> None:
    keys = country_keys(text, lang)
    assert ("IRN", "ISR", "THREATEN") in keys
    assert ("ISR", "IRN", "THREATEN") not in keys  # the act's author is what the reply answers


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Tehran said Israel's strikes would not go unanswered."),
    ("fr", "L'Iran a prévenu Israël que cette provocation ne resterait pas sans réponse."),
])
def test_a_speaker_before_the_clause_still_threatens(lang: str, text: str) -> None:
    assert ("IRN", "ISR", "THREATEN") in country_keys(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The workers' letter will not go unanswered, the mayor said."),
    ("de", "Der Brief der Anwohner bleibt nicht unbeantwortet, sagte der Bürgermeister."),
    ("es", "La carta de los vecinos no quedará sin respuesta, dijo el alcalde."),
])
def test_a_domestic_reply_is_no_threat(lang: str, text: str) -> None:
    assert not country_keys(text, lang)

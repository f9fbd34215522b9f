"""A verdict on an act named by a noun after a demonstrative ("condemned this attack", "verurteilte diesen Angriff",
"осудила этот удар", round 57, verdict57): the demonstrative points at the act told just before, so the search for
an earlier act told with the same word (article_fill._told_first, round 56) does not reach past it; with a definite
article ("the attack") that search still finds the earlier act of the same two parties' fighting. Sentences of our
own."""

from __future__ import annotations

import pytest

from extracted import facts, read_as_all


def _accuse(target: str, *sources: str) -> list[tuple]:
    return [(source, target, "ACCUSE", False) for source in sources]


_EN = "Israel attacked Iran on Friday. Iran fired missiles at Israel on Saturday. Jordan condemned {} attack."
_DE = ("Israel flog am Freitag einen Luftangriff auf den Iran. Der Iran feuerte am Samstag Raketen auf Israel ab. "
       "Jordanien verurteilte {} Angriff.")
_ES = ("Israel lanzó un ataque contra Irán el viernes. Irán disparó misiles contra Israel el sábado. Jordania "
       "condenó {}.")
_FR = ("Israël a lancé une attaque contre l'Iran vendredi. L'Iran a tiré des missiles sur Israël samedi. La Jordanie a "
       "condamné {}.")
_RU = "Израиль в пятницу нанес удар по Ирану. В субботу Иран выпустил ракеты по Израилю. Иордания осудила {}."


@pytest.mark.parametrize(("text", "lang", "expected", "wrong"), [
    (_EN.format("this"), "en", _accuse("IRN", "JOR"), _accuse("ISR", "JOR")),
    (_DE.format("diesen"), "de", _accuse("IRN", "JOR"), _accuse("ISR", "JOR")),
    (_ES.format("este ataque"), "es", _accuse("IRN", "JOR"), _accuse("ISR", "JOR")),
    (_FR.format("cette attaque"), "fr", _accuse("IRN", "JOR"), _accuse("ISR", "JOR")),
    (_RU.format("этот удар"), "ru", _accuse("IRN", "JOR"), _accuse("ISR", "JOR")),
])
def test_a_demonstrative_points_at_the_nearest_act(text: str, lang: str, expected: list, wrong: list) -> None:
    read_as_all(facts(text, lang), expected, wrong)


@pytest.mark.parametrize(("text", "lang", "expected", "wrong"), [
    (_EN.format("the"), "en", _accuse("ISR", "JOR"), _accuse("IRN", "JOR")),
    (_DE.format("den"), "de", _accuse("ISR", "JOR"), _accuse("IRN", "JOR")),
    (_ES.format("el ataque"), "es", _accuse("ISR", "JOR"), _accuse("IRN", "JOR")),
    (_FR.format("l'attaque"), "fr", _accuse("ISR", "JOR"), _accuse("IRN", "JOR")),
    (_RU.format("удар"), "ru", _accuse("ISR", "JOR"), _accuse("IRN", "JOR")),
])
def test_a_definite_article_still_finds_the_act_told_with_the_same_word(text: str, lang: str, expected: list,
                                                                        wrong: list) -> None:
    read_as_all(facts(text, lang), expected, wrong)


@pytest.mark.parametrize(("words", "expected"), [
    (["Jordan", "condemned", "this", "attack"], True),
    (["Jordan", "condemned", "this", "latest", "attack"], True),
    (["Jordan", "condemned", "the", "attack"], False),
    (["Jordan", "condemned", "attack"], False),
])
def test_pointed_back(words: list[str], expected: bool) -> None:
    from realpolitik.events.article_phrases import pointed_back
    from realpolitik.language.role_words import role_words
    from realpolitik.model import Token

    tokens, at = [], 0
    for i, w in enumerate(words):
        tokens.append(Token(text=w, lemma=w.lower(), start=at, end=at + len(w), index=i))
        at += len(w) + 1
    assert pointed_back(tokens, [(len(words) - 1, len(words))], role_words("en").demonstratives) is expected

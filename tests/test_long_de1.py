"""What the first long-form German set (eval/gold/long_de1.jsonl) showed the coder printing wrongly in the long tail of
an analysis piece: private people counted as their state after a vague quantifier, states that join a body read as
joining each other, a title's name set off by commas before the verb read as its object, and joining the act told
before with a time word between. Each fix is a way the
language says things, tested with sentences written for this file, not taken from the set; where the other languages
say it the same way, they are tested too."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import facts


def _events(text: str, lang: str = "de") -> set[tuple]:
    """The printed events (told as done or reported), by country."""
    return facts(text, lang, date(2025, 10, 15))


@pytest.mark.parametrize(("text", "lang"), [
    ("Viele Polen mit Familie im Osten fahren inzwischen über Litauen nach Belarus.", "de"),
    ("Zahlreiche Georgier besuchen im Sommer Verwandte in Russland.", "de"),
    ("Many Poles with family in the east now travel to Belarus via Lithuania.", "en"),
    ("Muchos polacos con familia en el este viajan ahora a Bielorrusia a través de Lituania.", "es"),
    ("De nombreux Polonais ayant de la famille à l'est se rendent désormais en Biélorussie via la Lituanie.", "fr"),
    ("Многие поляки, у которых есть родня на востоке, теперь ездят в Белоруссию через Литву.", "ru"),
])
def test_a_crowd_after_a_vague_quantifier_is_no_state(text: str, lang: str) -> None:
    """"viele Polen fahren nach Belarus", "many Poles travel to Belarus": private people visiting relatives, no visit of
    the state (printed as CONSULT 042 in all five languages)."""
    assert not any(f[2] == "CONSULT" for f in _events(text, lang)), _events(text, lang)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Tausende Griechen demonstrierten in Athen gegen die Politik der Türkei.", "de", ("GRC", "TUR", "PROTEST", False)),
    ("Die Polen haben Belarus vorgeworfen, Migranten zu schicken.", "de", ("POL", "BLR", "ACCUSE", False)),
])
def test_a_counted_crowd_or_the_people_as_a_whole_still_acts(text: str, lang: str, expected: tuple) -> None:
    """Numbers are no vague quantifier: "Tausende Griechen demonstrierten" is the country's people protesting; "die
    Polen" with an article is the country."""
    assert expected in _events(text, lang)


def test_states_that_join_a_body_do_not_join_each_other() -> None:
    """"X y Y se sumaron a una iniciativa": each joins the body (printed as an AGREE between the two in es; en, fr and
    ru read it so; German "X und Y traten ... bei" still does: made not symmetric there, the rule cost fp+7 on the sets,
    its noun "Beitritt" being mostly a goal)."""
    found = _events("En junio, Chequia y Eslovaquia se sumaron a una iniciativa para comprar munición en común.", "es")
    assert not any(f[2] == "AGREE" and {f[0], f[1]} == {"CZE", "SVK"} for f in found), found


def test_states_that_join_an_alliance_each_join_it() -> None:
    found = _events("Estonia y Letonia se adhirieron a la OTAN en 2004.", "es")
    assert {("EST", "NAT", "AGREE", False), ("LVA", "NAT", "AGREE", False)} <= found, found


def test_a_name_set_off_before_the_verb_names_the_subject_again() -> None:
    """"Der Nato-Oberbefehlshaber in Europa, US-General ..., warnte": the name between the commas is the commander
    (printed as the target of a THREATEN 130 from NATO); an object after the verb is still read."""
    assert not _events("Der Nato-Oberbefehlshaber in Europa, US-General Alexus Grynkewich, warnte im Herbst vor "
                       "Konsequenzen.")
    assert ("NAT", "RUS", "ACCUSE", False) in _events(
        "Der Nato-Oberbefehlshaber, US-General Alexus Grynkewich, kritisierte Russland.")


@pytest.mark.parametrize("text", [
    "Litauen verhängte eine Einreisesperre gegen den georgischen Minister. Estland schloss sich wenig später an.",
    "Litauen verhängte im Mai eine Einreisesperre gegen den georgischen Minister. Estland schloss sich dem an.",
])
def test_joining_the_act_told_before_after_a_time_word(text: str) -> None:
    """"X schloss sich wenig später an", "X schloss sich dem an": the act of the sentence before, repeated by X (the
    bare "schloss sich an" was read so; with a time word or "dem" between it was lost)."""
    assert ("EST", "GEO", "SANCTION", False) in _events(text)


def test_joining_a_named_thing_is_not_the_act_told_before() -> None:
    found = _events("Litauen verhängte im Mai eine Einreisesperre gegen den georgischen Minister. Estland schloss sich "
                    "dem Aufruf der Opposition an.")
    assert ("EST", "GEO", "SANCTION", False) not in found, found

"""What the German real articles of the two study parts (/work/splits/study.jsonl, blind_study.jsonl) showed the coder
missing or printing wrongly, fixed where German says it one general way (docs/progress.md, "Round 45: the German
study articles' misses and extras"). Sentences written for this file, in more than one phrasing, each fix with a
sentence it must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import shown_keys

_DAY = date(2025, 9, 10)


def _shown(text: str) -> set[tuple]:
    """The events printed by default, by country: (source, target, type)."""
    return shown_keys(text, "de", _DAY)


@pytest.mark.parametrize(("text", "key"), [
    ("Die litauische Regierung begründete den Schritt damit, dass Belarus Migranten an die Grenze bringe.",
     ("LTU", "BLR", "ACCUSE")),
    ("Der estnische Ministerpräsident begründete die Entscheidung am Dienstag damit, dass die russische Regierung "
     "die Absprachen nicht einhalte.", ("EST", "RUS", "ACCUSE")),
    # the measure told before, its author a pronoun: the reason's subject is still the one blamed
    ("Kanada verhängte Einreiseverbote gegen iranische Funktionäre. Er begründete die Maßnahme damit, dass Teheran "
     "Oppositionelle im Ausland verfolge.", ("CAN", "IRN", "ACCUSE")),
])
def test_a_measure_justified_by_anothers_conduct_blames_it(text: str, key: tuple) -> None:
    """"begründete den Schritt damit, dass X ...": a measure justified by what another party did is an accusation
    (ACCUSE 112) of that party, the subject of the clause after "damit, dass"."""
    assert key in _shown(text), _shown(text)


def test_a_reason_that_names_no_party_blames_no_one() -> None:
    """A judgement or step justified by a circumstance, or by someone who is no actor, accuses no one."""
    assert not any(k[2] == "ACCUSE" for k in _shown(
        "Der Richter begründete das Urteil damit, dass der Angeklagte geständig sei."))
    assert not any(k[2] == "ACCUSE" for k in _shown(
        "Die Regierung in Riga begründete den Schritt mit der Sicherheitslage."))


def test_joining_a_measure_repeats_the_measure_not_its_reason() -> None:
    """"... schloss sich an" after a measure and the reason its author gave repeats the measure: the reason is no
    act another state joins."""
    text = ("Finnland verhängte Einreisesperren gegen Dodik. Die Außenministerin begründete die Maßnahme damit, dass "
            "Dodik die Stabilität Bosniens gefährde. Schweden schloss sich wenig später an.")
    shown = _shown(text)
    assert ("SWE", "BIH", "SANCTION") in shown, shown
    assert ("SWE", "BIH", "ACCUSE") not in shown, shown


@pytest.mark.parametrize(("text", "keys"), [
    ("Ghana, Togo und Benin hatten im Mai die Allianz der Küstenstaaten gegründet.",
     {("GHA", "TGO", "AGREE"), ("GHA", "BEN", "AGREE"), ("TGO", "BEN", "AGREE")}),
    ("Kenia und Tansania gründeten im Frühjahr das „Bündnis der Großen Seen“.", {("KEN", "TZA", "AGREE")}),
])
def test_the_founders_of_a_named_bloc_agree_with_each_other(text: str, keys: set[tuple]) -> None:
    """"die drei Staaten hatten die Allianz der Sahelstaaten gegründet": founding a named bloc is a pact among its
    founders (AGREE 057, each pair once), as "gründeten ein Bündnis" is; the bloc they make is no party to it."""
    shown = {tuple(sorted(k[:2])) + (k[2],) for k in _shown(text)}
    assert {tuple(sorted(k[:2])) + (k[2],) for k in keys} <= shown, shown
    assert not any(k[2] == "AGREE" and k[1] not in {c for key in keys for c in key[:2]} for k in _shown(text))


def test_a_bloc_founded_by_no_named_state_is_no_pact() -> None:
    """A founding told of a body whose founders the sentence does not name gives no pact."""
    assert not any(k[2] == "AGREE" for k in _shown("Die Allianz der Küstenstaaten wurde im Mai gegründet."))


@pytest.mark.parametrize(("text", "key"), [
    ("Polen und Ungarn verhängten ein Einfuhrverbot für ukrainisches Getreide, nachdem die EU-Kommission ihr "
     "gemeinsames Importverbot hatte auslaufen lassen.", ("EU", "UKR", "RETREAT")),
    ("Die USA verhängten im Frühjahr Sanktionen gegen Venezuela. Im Herbst hob Washington die Sanktionen wieder auf.",
     ("USA", "VEN", "RETREAT")),
])
def test_an_easing_with_no_target_spares_the_target_of_the_latest_sanction(text: str, key: tuple) -> None:
    """"ließ das Importverbot auslaufen", "hob die Sanktionen wieder auf" with no target named: the measure eased is
    the one told before, on the party it was aimed at (the easer's own measure if it imposed one)."""
    assert key in _shown(text), _shown(text)


def test_a_threat_answers_no_lifted_sanction() -> None:
    """A threat with no target a paragraph after sanctions on the threatener were lifted answers no one by that: the
    lifting is no act on it that a threat would answer."""
    text = ("Die USA hoben die Sanktionen gegen den serbischen Politiker auf. Er nannte die Aufhebung einen Sieg. "
            "Sollte die Regierung ihn festnehmen lassen, werde er ein Referendum abhalten, drohte Serbien.")
    assert not any(k[1] == "USA" and k[2] == "THREATEN" for k in _shown(text)), _shown(text)

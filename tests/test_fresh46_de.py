"""What the fresh German set of long articles (eval/gold/fresh46_de.jsonl) showed the coder missing or printing
wrongly. Each fix is a way German says things, tested with sentences written for this file, not taken from the set,
in more than one phrasing, each with a sentence the fix must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import shown_keys

_DAY = date(2026, 5, 6)


def _shown(text: str) -> set[tuple]:
    """The events printed by default, by country: (source, target, type)."""
    return shown_keys(text, "de", _DAY)


@pytest.mark.parametrize(("text", "key"), [
    ("Warschau sprach von einer „gezielten Provokation“ Moskaus.", ("POL", "RUS", "ACCUSE")),
    ("Die Regierung in Vilnius sprach von einem „offenen Angriffskrieg“ Russlands.", ("LTU", "RUS", "ACCUSE")),
    ("Kiew sprach von einem Angriffskrieg Russlands.", ("UKR", "RUS", "ACCUSE")),
    ("Armenien sprach von einer schweren Verletzung der Waffenruhe durch Aserbaidschan.", ("ARM", "AZE", "ACCUSE")),
    ("Marokko sprach von einer „klaren Verletzung des Völkerrechts“ durch Algerien.", ("MAR", "DZA", "ACCUSE")),
])
def test_a_verdict_noun_after_sprach_von_is_a_criticism(text: str, key: tuple) -> None:
    """"sprach von einer „groben Provokation“", "von einem Angriffskrieg", "von einer Verletzung des Völkerrechts":
    the speaker judges the one who did it (ACCUSE 111), also with a quoted adjective before the noun; a war of
    aggression named so is the charge, not an attack of the speaker's."""
    shown = _shown(text)
    assert key in shown, shown
    assert not any(k[2] == "ASSAULT" for k in shown), shown


def test_an_injury_or_a_violated_sovereignty_names_no_culprit() -> None:
    """"Verletzung" is also an injury, and after "der Souveränität" the genitive is the victim, not the one judged."""
    assert not _shown("Der Arzt sprach von einer schweren Verletzung des Soldaten aus Polen.")
    shown = _shown("Der UN-Generalsekretär sprach von einer Verletzung der Souveränität Katars.")
    assert ("UN", "QAT", "ACCUSE") not in shown, shown


@pytest.mark.parametrize(("text", "key"), [
    ("Der Vorsitzende der AU-Kommission rief Äthiopien auf, die Truppen abzuziehen.", ("AU", "ETH", "REQUEST")),
    ("Der Chef der AU-Kommission kritisierte den Sudan scharf.", ("AU", "SDN", "ACCUSE")),
    ("Die Kommission der Afrikanischen Union verurteilte den Putsch in Niger.", ("AU", "NER", "ACCUSE")),
])
def test_the_au_commission_is_the_african_union(text: str, key: tuple) -> None:
    """"der AU-Kommission" after the chairman's title names the African Union as the doer (as "der EU-Kommission"
    does the EU), not a genitive that leaves the state after the verb as the subject."""
    shown = _shown(text)
    assert key in shown, shown
    assert not any(k[1] == "AU" for k in shown), shown

"""A verdict on a military exercise named again (round 56, de56): "kritisierte das Manöver", "verurteilte die Übung",
"äußerte Besorgnis über die Übungen" judges whoever held the latest exercise the article told: one state's show of
force (MOBILIZE 150), or both states of a joint exercise (their COOPERATE 062), not a show of force told after it near
the exercise ("entsandte zwei Fregatten in die Nähe des Übungsgebiets"), nor a meeting told after it. The studied gold
codes it so in wire-de5-001 (Pyongyang's verdict on the South Korean-American drill), wire-de5-011 (Tokyo's concern
about China's drills), blind study de-007 (Taipei's verdict) and fresh56a-de-004 (Tripoli's verdict on the
Greek-Egyptian drill). Sentences of our own."""

from __future__ import annotations

import pytest

from extracted import facts, read_as_all
from realpolitik.language.role_words import exercise_named, role_words


def _accuse(source: str, *targets: str) -> list[tuple]:
    return [(source, target, "ACCUSE", False) for target in targets]


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    # a joint exercise, then another state's ships sent near it: the verdict judges the two that held it
    ("Griechenland und Zypern begannen am Montag ein gemeinsames Seemanöver vor Rhodos. Die türkische Marine "
     "entsandte daraufhin zwei Fregatten in die Nähe von Rhodos. Libyen kritisierte das Manöver als Provokation.",
     _accuse("LBY", "GRC", "CYP"), _accuse("LBY", "TUR")),
    # a joint exercise judged with no other act between (before: no verdict printed at all)
    ("Die USA und Südkorea hielten am Mittwoch eine gemeinsame Luftwaffenübung ab. Nordkorea verurteilte das Manöver "
     "als Generalprobe für eine Invasion.",
     _accuse("PRK", "USA", "KOR"), []),
    # one state's drills, then a meeting of others: the concern is about the drills' holder
    ("Chinas Armee begann am Montag ein großes Manöver rund um Taiwan. Taiwans Präsident traf am Dienstag Abgeordnete "
     "aus den USA. Japan äußerte Besorgnis über die Übungen.",
     _accuse("JPN", "CHN"), _accuse("JPN", "TWN")),
    ("Russland und Belarus haben am Donnerstag eine gemeinsame Militärübung nahe der polnischen Grenze begonnen. "
     "Litauen verurteilte die Übung als Drohgebärde.",
     _accuse("LTU", "RUS", "BLR"), []),
])
def test_a_verdict_on_an_exercise_judges_its_holders(text: str, expected: list, wrong: list) -> None:
    read_as_all(facts(text, "de"), expected, wrong)


@pytest.mark.parametrize(("words", "named"), [
    (["das", "manöver"], True), (["die", "seemanöver"], True), (["die", "militärübungen"], True),
    (["die", "übung"], True), (["das", "übungsgebiet"], False), (["die", "fregatten"], False),
])
def test_exercise_named(words: list[str], named: bool) -> None:
    assert exercise_named(words, role_words("de").exercise_words) is named

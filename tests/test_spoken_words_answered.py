"""A verdict on words said before ("rejected the remarks", "wies die Äußerungen zurück", "rechazó las declaraciones",
"a rejeté ces propos", "отверг эти заявления") with no target named judges the speaker of the earlier sentences, not
the author of the latest act the article coded (round 37, wire_en12). Whole pipeline, own sentences."""

from __future__ import annotations

import pytest

import realpolitik
from realpolitik.events.confidence import is_shown

SPEAKER_THEN_VERDICT = {
    "en": "Hungary vetoed the new sanctions package on Monday. Russia's embassy in Podgorica said on Friday that the "
          "enlargement was a project designed to push Moscow out of the region. Montenegro's foreign ministry "
          "rejected the remarks.",
    "de": "Die russische Botschaft in Podgorica erklärte am Freitag, die Erweiterung sei ein geopolitisches Projekt. "
          "Das montenegrinische Außenministerium wies die Äußerungen zurück.",
    "es": "La embajada rusa en Podgorica afirmó el viernes que la ampliación era un proyecto geopolítico. El "
          "Ministerio de Exteriores de Montenegro rechazó las declaraciones.",
    "fr": "L'ambassade de Russie à Podgorica a affirmé vendredi que l'élargissement était un projet géopolitique. Le "
          "ministère monténégrin des Affaires étrangères a rejeté ces propos.",
    "ru": "Посольство России в Подгорице заявило в пятницу, что расширение является геополитическим проектом. МИД "
          "Черногории отверг эти заявления.",
}


def _pairs(text: str, lang: str, plover: str) -> set[tuple[str, str]]:
    events = realpolitik.extract(text, lang=lang, published="2025-06-28")
    return {(e.source[:3], (e.target or "")[:3]) for e in events if is_shown(e) and e.plover == plover
            and e.source}


@pytest.mark.parametrize("lang", sorted(SPEAKER_THEN_VERDICT))
def test_rejected_remarks_answer_their_speaker(lang: str) -> None:
    assert ("MNE", "RUS") in _pairs(SPEAKER_THEN_VERDICT[lang], lang, "REJECT")


def test_the_speakers_own_remarks_borrow_no_target() -> None:
    """The speaker repeating its own words judges no one of the earlier sentences by it."""
    text = "Montenegro's president said on Friday that the country had chosen its path. The government repeated " \
           "the remarks and rejected the criticism."
    assert not any(target == "MNE" for _, target in _pairs(text, "en", "REJECT"))


def test_a_named_target_stays() -> None:
    text = "Russia's embassy said the enlargement was a geopolitical project. Montenegro rejected the remarks by " \
           "Hungary's foreign minister."
    assert _pairs(text, "en", "REJECT") == {("MNE", "HUN")}

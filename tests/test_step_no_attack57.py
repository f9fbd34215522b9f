"""A verdict on a step named again ("called the step a mistake", "nannte den Schritt einen Fehler", "criticó la
decisión", "a critiqué la décision", "раскритиковала это решение", round 57, verdict57) judges the author of the
latest act by another party that was a measure someone decided, not an armed attack told between (an attack told
again is named "the attack": events/article_acts.step_author). Sentences of our own."""

from __future__ import annotations

import pytest

from extracted import facts, read_as_all

_STEP = [("RUS", "ARM", "ACCUSE", False)]
_ATTACKER = [("RUS", "AZE", "ACCUSE", False)]


@pytest.mark.parametrize(("text", "lang"), [
    ("Armenia froze its membership in the CSTO on Wednesday. The alliance had failed Armenia when Azerbaijani troops "
     "attacked Armenian territory in 2022, the prime minister said. Russia called the step a mistake.", "en"),
    ("Armenien fror am Mittwoch seine Mitgliedschaft in der OVKS ein. Das Bündnis habe Armenien im Stich gelassen, "
     "als aserbaidschanische Truppen 2022 armenisches Gebiet angriffen, sagte der Regierungschef. Russland nannte den "
     "Schritt einen Fehler.", "de"),
    ("Armenia congeló el miércoles su participación en la OTSC. La alianza abandonó a Armenia cuando tropas "
     "azerbaiyanas atacaron territorio armenio en 2022, dijo el primer ministro. Rusia criticó la decisión.", "es"),
    ("L'Arménie a gelé mercredi sa participation à l'OTSC. L'alliance a abandonné l'Arménie quand des troupes "
     "azerbaïdjanaises ont attaqué le territoire arménien en 2022, a dit le Premier ministre. La Russie a critiqué "
     "la décision.", "fr"),
    ("Армения в среду заморозила свое участие в ОДКБ. Альянс бросил Армению, когда азербайджанские войска атаковали "
     "армянскую территорию в 2022 году, заявил премьер-министр. Россия раскритиковала это решение.", "ru"),
])
def test_a_step_judged_is_no_attack_told_after_it(text: str, lang: str) -> None:
    read_as_all(facts(text, lang), _STEP, _ATTACKER)

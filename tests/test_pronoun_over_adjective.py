"""A subject pronoun before the trigger is who acted, not an adjective of the object after it (round 38, issue 10):
"He also cut the funds of the agency for Palestinian refugees" is no Palestinian act; the pronoun takes the source
the article named before (events/trigger_corrections.adjectives_after_pronoun). Sentences written for the tests."""

from __future__ import annotations

import pytest

from extracted import country_keys

_TEXTS = {
    "fr": "Donald Trump a retiré les États-Unis de l'Unesco. Il a également coupé le financement de l'UNRWA, l'agence "
          "pour les réfugiés palestiniens.",
    "es": "Trump retiró a Estados Unidos de la Unesco. Él también cortó la financiación de la UNRWA, la agencia para "
          "los refugiados palestinos.",
}


@pytest.mark.parametrize("lang", sorted(_TEXTS))
def test_the_pronoun_acts_not_the_object_s_adjective(lang: str) -> None:
    keys = country_keys(_TEXTS[lang], lang, factual_only=True)
    assert ("USA", "UNR", "SANCTION") in keys
    assert not any(source == "PSE" for source, _, _ in keys)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Trump pulled the United States out of UNESCO. He also cut the funding of UNRWA, the agency for "
           "Palestinian refugees."),
    ("de", "Trump zog die USA aus der Unesco zurück. Er stoppte auch die Zahlungen an das UNRWA, das Hilfswerk für "
           "palästinensische Flüchtlinge."),
    ("ru", "Трамп вывел США из ЮНЕСКО. Он также прекратил финансирование БАПОР, агентства по делам палестинских "
           "беженцев."),
])
def test_no_palestinian_act_in_other_languages(lang: str, text: str) -> None:
    # (these languages already read the pronoun's antecedent here; the object's adjective is no source either)
    assert not any(source == "PSE" for source, _, _ in country_keys(text, lang, factual_only=True))


def test_a_passive_clause_keeps_its_agent_after_the_verb() -> None:
    # "il a été expulsé par ...": the agent after the verb acts, whatever the pronoun stands for
    text = "Le diplomate a quitté Paris. Il a été expulsé par les autorités iraniennes."
    keys = country_keys(text, "fr", factual_only=True)
    assert not any(source == "FRA" for source, _, _ in keys)

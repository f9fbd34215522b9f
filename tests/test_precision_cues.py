"""What makes an extra event: the one asked to act taken for the one asking, the informant of an attribution
taken for a party, an ambiguous name read as the wrong state, a quoted negation ignored, a verb read as a role.
Each fix with sentences of every language it concerns (written for this file)."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from extracted import country_keys
from realpolitik.actors import recognise_actors
from realpolitik.language import split_sentences

_events = partial(country_keys, published=date(2025, 3, 1), negation=True)


def _codes(text: str, lang: str) -> list[str]:
    return [m.code for m in recognise_actors(split_sentences(text, lang), lang, on=date(2025, 3, 1))[0]]


@pytest.mark.parametrize(("lang", "text", "asker", "asked", "third"), [
    ("en", "Poland urged Russia to withdraw its troops from Ukraine.", "POL", "RUS", "UKR"),
    ("fr", "La France a appelé le Rwanda à retirer ses troupes du Burundi.", "FRA", "RWA", "BDI"),
])
def test_the_one_asked_to_act_is_no_source_of_the_demand(lang, text, asker, asked, third) -> None:
    events = _events(text, lang)
    assert (asked, third, "REQUEST", False) not in events
    assert any(e[0] == asker and e[2] == "REQUEST" for e in events)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "According to UN experts, Rwandan troops attacked Uganda."),
    ("en", "Rwandan troops attacked Uganda, according to NATO sources."),
    ("fr", "Selon des experts de l'ONU, des soldats rwandais ont attaqué l'Ouganda."),
    ("es", "Según expertos de la ONU, tropas ruandesas atacaron Uganda."),
    ("de", "Laut UN-Experten griffen ruandische Truppen Uganda an."),
    ("de", "UN-Experten zufolge griffen ruandische Truppen Uganda an."),
    ("ru", "По словам экспертов ООН, войска Руанды атаковали Уганду."),
])
def test_the_informant_of_an_attribution_is_no_party(lang: str, text: str) -> None:
    events = _events(text, lang)
    assert all("UN" not in e[:2] and "NAT" not in e[:2] for e in events), events


def test_a_relative_clause_after_selon_is_no_attribution() -> None:
    assert _codes("La Russie a signé un accord selon lequel l'Iran livrera des drones.", "fr") == ["RUS", "IRN"]


@pytest.mark.parametrize(("lang", "text", "code"), [
    ("en", "Congo accused Rwanda.", "COD"),
    ("es", "El Congo acusó a Ruanda.", "COD"),
    ("fr", "Le Congo a accusé le Rwanda.", "COD"),
    ("ru", "Конго обвинило Руанду.", "COD"),
    ("de", "Die Rebellen im Osten des Kongos griffen an.", "COD"),
    ("en", "The Republic of Congo accused Rwanda.", "COG"),
    ("en", "Congo-Brazzaville accused Rwanda.", "COG"),
    ("de", "Die Republik Kongo protestierte.", "COG"),
])
def test_congo_alone_is_the_dr_congo(lang: str, text: str, code: str) -> None:
    assert _codes(text, lang)[0] == code


@pytest.mark.parametrize(("lang", "text", "key"), [
    ("ru", "«Украина не подписывает документов с Россией», — сказал советник.", ("UKR", "RUS", "AGREE", True)),
    ("en", "\"Ukraine does not recognise the annexation by Russia,\" Kyiv said.", ("UKR", "RUS", "SUPPORT", True)),
])
def test_a_negation_inside_the_quotation_of_its_verb_negates_it(lang: str, text: str, key: tuple) -> None:
    assert key in _events(text, lang)


def test_a_quoted_verdict_still_judges_an_act_outside_the_quotation() -> None:
    text = "Polen wies die Äußerungen Russlands als „nicht akzeptabel“ zurück."
    assert ("POL", "RUS", "REJECT", False) in _events(text, "de")


@pytest.mark.parametrize(("lang", "text", "codes"), [
    ("fr", "Rome presse ses partenaires d'agir.", ["ITA"]),  # "presse" is the verb, not the press
    ("es", "Madrid presiona a Rabat.", ["ESP", "MAR"]),
    ("fr", "La presse italienne critique Paris.", ["ITAMED", "FRA"]),
])
def test_a_romance_role_word_takes_its_country_after_it(lang: str, text: str, codes: list[str]) -> None:
    assert [c if len(c) > 3 and c.endswith("MED") else c[:3] for c in _codes(text, lang)] == codes

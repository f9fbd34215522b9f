"""Arriving is visiting (EVAL.md: a visit is CONSULT 042): "arrived in Moscow", "traf in Moskau ein", "llegó a Moscú",
"est arrivé à Moscou", "прибыл в Москву", to the state whose city, capital or country it is, also when the capital
is named by its adjective ("la capitale russe", round 18's place reading) or a day stands between verb and place.
Whole pipeline, own sentences."""

from __future__ import annotations

from functools import partial

import pytest

from extracted import country_keys

_keys = partial(country_keys, kind="cameo", factual_only=True)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Kenyan president arrived in Addis Ababa on Tuesday."),
    ("en", "The Kenyan president arrived in the Ethiopian capital for a two-day visit."),
    ("en", "The Kenyan president touched down in Ethiopia on Tuesday."),
    ("de", "Der kenianische Präsident traf am Dienstag in Addis Abeba ein."),
    ("de", "Der kenianische Präsident ist in der äthiopischen Hauptstadt eingetroffen."),
    ("de", "Der kenianische Präsident kam am Dienstag in der äthiopischen Hauptstadt an."),
    ("de", "Der kenianische Präsident ist in Äthiopien angekommen."),
    ("es", "El presidente de Kenia llegó a Adís Abeba el martes."),
    ("es", "El presidente de Kenia llegó el martes a la capital etíope."),
    ("fr", "Le président kényan est arrivé mardi à Addis-Abeba."),
    ("fr", "Le président kényan est arrivé dans la capitale éthiopienne pour une visite de deux jours."),
    ("ru", "Президент Кении прибыл в Аддис-Абебу во вторник."),
    ("ru", "Президент Кении прибыл в эфиопскую столицу с двухдневным визитом."),
])
def test_an_arrival_is_a_visit_to_the_state_of_the_place(lang: str, text: str) -> None:
    keys = _keys(text, lang)
    assert ("KEN", "ETH", "042") in keys, keys


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "A Russian drone touched down in Poland overnight."),
    ("de", "Eine russische Drohne landete in der Nacht in Polen."),
])
def test_a_projectile_that_lands_visits_no_one(lang: str, text: str) -> None:
    assert not any(cameo == "042" for *_, cameo in _keys(text, lang)), _keys(text, lang)


@pytest.mark.parametrize("text", [
    "El canciller de Kenia llegó a acusar a Etiopía de mentir.",
    "El canciller de Kenia llegó incluso a criticar a Etiopía.",
])
def test_going_as_far_as_an_act_is_no_arrival(text: str) -> None:
    # "llegar a" + infinitive: went as far as doing it; the name after the infinitive is its object, not a place
    keys = _keys(text, "es")
    assert not any(cameo == "042" for *_, cameo in keys) and any(s == "KEN" and t == "ETH" for s, t, _ in keys), keys

"""Parties the sentence does not name but the article does: "the two governments" made up of the countries the last
sentences name one by one, "the step" a verdict judges, which stands for the latest act told by another party, and
the sides of the talks an observer attended.
Mini-articles written for the tests."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from extracted import country_keys
from realpolitik.actors import recognise_actors
from realpolitik.actors.reference.history import members
from realpolitik.events.article_phrases import steps_named
from realpolitik.language import split_sentences, tokenize
from realpolitik.language.role_words import role_words

ON = date(2025, 10, 27)


def _references(text: str, lang: str) -> list[list[str]]:
    """The codes of each reference mention of the article, in order."""
    found = recognise_actors(split_sentences(text, lang), lang, ON)
    return [members(m) for ms in found for m in ms if m.kind == "reference"]


_keys = partial(country_keys, published=ON, factual_only=True)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Mexico granted asylum to a Peruvian minister. Peru protested on Thursday. Brazil offered to mediate "
           "between the two governments."),
    ("es", "México concedió asilo a un ministro peruano. Perú protestó el jueves. Brasil se ofreció a mediar entre "
           "ambos gobiernos."),
    ("de", "Mexiko gewährte einem peruanischen Minister Asyl. Peru protestierte am Donnerstag. Brasilien bot an, "
           "zwischen den beiden Regierungen zu vermitteln."),
    ("fr", "Le Mexique a accordé l'asile à un ministre péruvien. Le Pérou a protesté jeudi. Le Brésil a proposé une "
           "médiation entre les deux gouvernements."),
    ("ru", "Мексика предоставила убежище перуанскому министру. Перу в четверг выразило протест. Бразилия предложила "
           "посредничество между двумя правительствами."),
])
def test_the_two_are_the_countries_the_last_sentences_name_together(lang: str, text: str) -> None:
    # the sentence before names Peru alone; the one before it Mexico too: together they are the two
    assert [sorted(c[:3] for c in codes) for codes in _references(text, lang)] == [["MEX", "PER"]]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Mexico hosted a Chilean minister. Peru protested on Thursday. Brazil offered to mediate between the two "
           "governments."),
    ("es", "México recibió a un ministro chileno. Perú protestó el jueves. Brasil se ofreció a mediar entre ambos "
           "gobiernos."),
    ("ru", "Мексика приняла чилийского министра. Перу в четверг выразило протест. Бразилия предложила посредничество "
           "между двумя правительствами."),
])
def test_reading_back_past_more_countries_than_counted_finds_no_pair(lang: str, text: str) -> None:
    # Peru, then Mexico and Chile: three on the way, so which two the phrase means the article does not say
    assert _references(text, lang) == []


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Serbia released two Croatian journalists on Friday. Hungary and Austria held talks in Vienna the same "
           "day. Germany welcomed the step."),
    ("es", "Serbia liberó el viernes a dos periodistas croatas. Hungría y Austria celebraron conversaciones en Viena "
           "ese mismo día. Alemania saludó el gesto."),
    ("de", "Serbien ließ am Freitag zwei kroatische Journalisten frei. Ungarn und Österreich führten am selben Tag "
           "Gespräche in Wien. Deutschland begrüßte den Schritt."),
    ("fr", "La Serbie a libéré vendredi deux journalistes croates. La Hongrie et l'Autriche ont tenu des pourparlers "
           "à Vienne le même jour. L'Allemagne a salué ce geste."),
    ("ru", "Сербия в пятницу освободила двух хорватских журналистов. Венгрия и Австрия в тот же день провели "
           "переговоры в Вене. Германия приветствовала этот шаг."),
])
def test_a_verdict_on_the_step_judges_the_one_who_took_it(lang: str, text: str) -> None:
    # the talks told in between are no step: the praise goes to Serbia, not to Hungary and Austria
    keys = _keys(text, lang)
    assert ("DEU", "SRB", "SUPPORT") in keys
    assert not {("DEU", "HUN", "SUPPORT"), ("DEU", "AUT", "SUPPORT")} & keys


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Serbien ließ am Freitag zwei kroatische Journalisten frei. Kroatien kritisierte die lange Haft. "
           "Deutschland begrüßte den Schritt."),
    ("es", "Serbia liberó el viernes a dos periodistas croatas. Croacia criticó la larga detención. Alemania saludó "
           "el gesto."),
])
def test_another_verdict_told_in_between_is_no_step(lang: str, text: str) -> None:
    keys = _keys(text, lang)
    assert ("DEU", "SRB", "SUPPORT") in keys
    assert ("DEU", "HRV", "SUPPORT") not in keys


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Ghana and Togo signed a defence pact in Accra on Monday. Nigeria welcomed the step."),
    ("fr", "Le Ghana et le Togo ont signé lundi un pacte de défense à Accra. Le Nigeria a salué cette décision."),
])
def test_a_deal_as_the_step_is_judged_on_both_sides(lang: str, text: str) -> None:
    assert {("NGA", "GHA", "SUPPORT"), ("NGA", "TGO", "SUPPORT")} <= _keys(text, lang)


def test_an_observer_meets_the_sides_of_the_talks_not_their_mediator() -> None:
    keys = _keys("Etiopía y Eritrea celebraron conversaciones en Yibuti con la mediación de Qatar. Kenia asistió como "
                 "observador.", "es")
    assert {("KEN", "ETH", "CONSULT"), ("KEN", "ERI", "CONSULT")} <= keys
    assert ("KEN", "QAT", "CONSULT") not in keys


@pytest.mark.parametrize(("lang", "text", "found"), [
    ("en", "Germany welcomed the step.", [3]),
    ("en", "Germany welcomed the bold step.", [4]),
    ("en", "Germany called it a step forward.", []),  # a new step, not one told before
    ("de", "Berlin begrüßte diesen Schritt.", [3]),
    ("fr", "Berlin a salué l'annonce.", [3]),
    ("fr", "Berlin a salué cette décision.", [4]),
])
def test_a_step_is_named_again_after_a_definite_article_or_demonstrative(lang: str, text: str,
                                                                           found: list[int]) -> None:
    tokens = tokenize(text, lang)
    assert steps_named(tokens, role_words(lang)) == found

"""Sentences that state no fact, or a fact with a second act read into it: the attack in a treaty's clause of
mutual aid ("in case of an attack"), sanctions or cooperation named as what a lifting or an exemption relieves, and
a state's standing role ("principal soutien de Bakou"). Each with a sentence of the same words that tells a fact,
in two languages or more (sentences written for this file)."""

from __future__ import annotations

from functools import partial

import pytest

from extracted import country_keys

_facts = partial(country_keys, factual_only=True)


@pytest.mark.parametrize(("lang", "text", "parties"), [
    ("de", "In dem Vertrag verpflichten sich Polen und Litauen, einander im Fall eines Angriffs beizustehen.",
     ("POL", "LTU")),
    ("en", "In the event of an attack on Estonia, Finland and Sweden would send troops.", ("FIN", "EST")),
    ("es", "El pacto prevé que, en caso de un ataque de Argelia, Francia apoye a Marruecos.", ("DZA", "MAR")),
    ("ru", "По договору Белоруссия обязуется оказать России военную помощь в случае нападения.", ("BLR", "RUS")),
])
def test_the_attack_of_a_treaty_clause_is_no_act(lang: str, text: str, parties: tuple[str, str]) -> None:
    facts = _facts(text, lang)
    assert not {k for k in facts if k[2] in ("ASSAULT", "AID") and set(k[:2]) <= set(parties)}, facts


@pytest.mark.parametrize(("lang", "text", "fact"), [
    ("de", "Russland griff am Montag die Ukraine an, für den Fall einer Antwort drohte Moskau mit Vergeltung.",
     ("RUS", "UKR", "ASSAULT")),
    ("en", "Russia attacked Ukraine on Monday in case of a Western response, Kyiv said.", ("RUS", "UKR", "ASSAULT")),
    ("ru", "Россия нанесла удар по Украине, в случае с которой Запад промолчал.", ("RUS", "UKR", "ASSAULT")),
])
def test_an_act_told_beside_a_condition_stays(lang: str, text: str, fact: tuple[str, str, str]) -> None:
    assert fact in _facts(text, lang)


@pytest.mark.parametrize(("lang", "text", "eased"), [
    ("en", "France lifted restrictions on military cooperation with Chad on Tuesday.", ("FRA", "TCD")),
    ("fr", "Paris a levé mardi les restrictions qui bridaient sa coopération militaire avec le Tchad.", ("FRA", "TCD")),
    ("es", "Francia levantó el martes las restricciones a su cooperación militar con Chad.", ("FRA", "TCD")),
    ("ru", "Париж снял ограничения на военное сотрудничество с Чадом.", ("FRA", "TCD")),
    ("ru", "Минфин США продлил на 90 дней приостановку санкций против Белоруссии.", ("USA", "BLR")),
    ("ru", "Япония приостановила введенный в мае экспортный контроль против Южной Кореи.", ("JPN", "KOR")),
    ("es", "El Tesoro de Estados Unidos anunció la suspensión durante 90 días de las sanciones contra Bielorrusia.",
     ("USA", "BLR")),
])
def test_what_a_lifting_relieves_is_no_act_of_its_own(lang: str, text: str, eased: tuple[str, str]) -> None:
    facts = _facts(text, lang)
    assert (*eased, "RETREAT") in facts or (*eased, "CONCEDE") in facts, facts  # (English eases restrictions: 081)
    assert not {k for k in facts if k[2] in ("COOPERATE", "SANCTION")}, facts


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "La Serbie espère obtenir une dérogation aux sanctions américaines visant sa compagnie pétrolière."),
    ("ru", "Сербия рассчитывает на исключение из американских санкций для своей нефтяной компании."),
])
def test_an_exemption_from_sanctions_imposes_none(lang: str, text: str) -> None:
    assert not {k for k in _facts(text, lang) if k[2] == "SANCTION"}


@pytest.mark.parametrize(("lang", "text", "fact"), [
    ("fr", "Washington a imposé mardi de nouvelles sanctions à la Serbie.", ("USA", "SRB", "SANCTION")),
    ("ru", "Вашингтон ввел новые санкции против Сербии.", ("USA", "SRB", "SANCTION")),
    ("fr", "Paris a renforcé mardi sa coopération militaire avec le Tchad.", ("FRA", "TCD", "COOPERATE")),
])
def test_sanctions_and_cooperation_told_as_acts_stay(lang: str, text: str, fact: tuple[str, str, str]) -> None:
    assert fact in _facts(text, lang)


@pytest.mark.parametrize(("lang", "text", "supporter"), [
    ("fr", "La Turquie, principal soutien de Bakou, a condamné mardi l'attaque arménienne.", "TUR"),
    ("es", "Turquía, principal apoyo del Gobierno sirio, condenó el martes el ataque israelí.", "TUR"),
])
def test_a_standing_role_is_no_act_of_support(lang: str, text: str, supporter: str) -> None:
    facts = _facts(text, lang)
    assert not {k for k in facts if k[0] == supporter and k[2] == "SUPPORT"}, facts
    assert any(k[0] == supporter and k[2] == "ACCUSE" for k in facts), facts


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "La France a apporté mardi son soutien au Tchad."),
    ("es", "Francia expresó el martes su apoyo a Chad."),
])
def test_support_given_stays(lang: str, text: str) -> None:
    assert ("FRA", "TCD", "SUPPORT") in _facts(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Belarus said it did not recognise the reimposition of UN sanctions on Iran."),
    ("fr", "La Biélorussie ne reconnaît pas le rétablissement des sanctions de l'ONU contre l'Iran."),
    ("ru", "Белоруссия не признает восстановление санкций ООН против Ирана."),
    ("de", "Belarus erkennt die Wiedereinsetzung der UN-Sanktionen gegen den Iran nicht an."),
])
def test_a_measure_judged_invalid_is_neither_recognition_nor_sanction(lang: str, text: str) -> None:
    keys = country_keys(text, lang, negation=True)
    assert not {k for k in keys if k[2] in ("SUPPORT", "SANCTION")}, keys


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "L'Espagne a reconnu la Palestine et imposé des sanctions à Israël."),
    ("en", "Spain recognised Palestine and imposed sanctions on Israel."),
])
def test_recognition_and_sanctions_told_together_stay(lang: str, text: str) -> None:
    facts = _facts(text, lang)
    assert {("ESP", "PSE", "SUPPORT"), ("ESP", "ISR", "SANCTION")} <= facts, facts


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Iran, which backs Hamas, condemned Israel on Tuesday."),
    ("fr", "L'Iran, qui soutient le Hamas, a condamné mardi Israël."),
    ("ru", "Иран, который поддерживает ХАМАС, во вторник осудил Израиль."),
])
def test_a_relative_clause_of_standing_support_is_no_act(lang: str, text: str) -> None:
    facts = _facts(text, lang)
    assert ("IRN", "ISR", "ACCUSE") in facts
    assert not {k for k in facts if k[2] == "SUPPORT"}, facts


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Iran said on Tuesday that it backs Hamas."),
    ("fr", "L'Iran a apporté mardi son soutien au Hamas."),
    ("ru", "Иран во вторник поддержал ХАМАС."),
])
def test_support_told_as_an_act_stays(lang: str, text: str) -> None:
    assert ("IRN", "PSE", "SUPPORT") in _facts(text, lang)

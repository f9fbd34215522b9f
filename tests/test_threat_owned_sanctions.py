"""A threat to restore the UN's sanctions is not a threat to the UN (round 59, target59): "UN sanctions", "sanctions de
l'ONU", "sanciones de la ONU", "UN-Sanktionen", "санкции ООН" are one name of the UN (organisations.yaml, id
un_sanctions: the sanctions with their author), and a threat to reimpose them is aimed at the state they hit, which
a phrase after them names ("contre l'Iran", "против Ирана") or the article does; never at the UN. Studied sentences of
the kind: own-fr-007 ("menacent de réactiver les sanctions de l'ONU"), relwire15-ru-002 ("пригрозили восстановить
санкции ООН"); before, each state of the threat was read as threatening the UN. A verdict on the UN's sanctions
still judges the UN. Sentences of our own."""

from __future__ import annotations

import pytest

from extracted import facts, read_as_all


@pytest.mark.parametrize(("text", "lang"), [
    ("Paris et Berlin ont menacé de rétablir les sanctions de l'ONU.", "fr"),
    ("Лондон и Париж пригрозили вернуть санкции ООН.", "ru"),
    ("Francia amenazó con restablecer las sanciones de la ONU.", "es"),
    ("Frankreich drohte mit der Wiedereinsetzung der UN-Sanktionen.", "de"),
    ("Britain threatened to reimpose U.N. sanctions.", "en"),
])
def test_a_threat_to_restore_un_sanctions_threatens_no_un(text: str, lang: str) -> None:
    assert not any(key[1] == "UN" for key in facts(text, lang))


@pytest.mark.parametrize(("text", "lang", "source"), [
    ("La France a menacé de réactiver les sanctions de l'ONU contre la Corée du Nord.", "fr", "FRA"),
    ("Германия пригрозила восстановить санкции ООН против Северной Кореи.", "ru", "DEU"),
    ("Francia amenazó con restablecer las sanciones de la ONU contra Corea del Norte.", "es", "FRA"),
    ("Frankreich drohte mit der Wiedereinsetzung der UN-Sanktionen gegen Nordkorea.", "de", "FRA"),
])
def test_the_state_the_sanctions_hit_is_threatened(text: str, lang: str, source: str) -> None:
    read_as_all(facts(text, lang), [(source, "PRK", "THREATEN", False)], [(source, "UN", "THREATEN", False)])


@pytest.mark.parametrize(("text", "lang"), [
    ("Moscou a critiqué les sanctions de l'ONU.", "fr"),
    ("Москва раскритиковала санкции ООН.", "ru"),
])
def test_a_verdict_on_un_sanctions_still_judges_the_un(text: str, lang: str) -> None:
    read_as_all(facts(text, lang), [("RUS", "UN", "ACCUSE", False)])

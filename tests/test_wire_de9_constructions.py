"""Ways of saying it that the ninth German wire set (round 31, wire_de9) found, each with sentences of our own:
co-travellers listed in one subject visit a place, not each other; "beide Delegationen" are the delegations of the
pair last named, and "die drei Europäer", "los tres europeos" the three European states last listed."""

from __future__ import annotations

import pytest

from extracted import country_keys


@pytest.mark.parametrize(("text", "lang"), [
    ("Die Sicherheitsberater Polens, Italiens und Spaniens waren am Sonntag nach Genf gereist.", "de"),
    ("The foreign ministers of Poland, Italy and Spain travelled to Geneva on Sunday.", "en"),
    ("Los cancilleres de Polonia, Italia y España viajaron el domingo a Ginebra.", "es"),
    ("Les ministres des Affaires étrangères de la Pologne, de l'Italie et de l'Espagne se sont rendus dimanche à "
     "Genève.", "fr"),
    ("Министры иностранных дел Польши, Италии и Испании в воскресенье прибыли в Женеву.", "ru"),
])
def test_co_travellers_to_a_place_visit_no_one_of_them(text: str, lang: str) -> None:
    got = country_keys(text, lang, factual_only=True)
    assert not {k for k in got if k[2] == "CONSULT"}, sorted(got)


def test_co_travellers_to_a_capital_visit_its_state() -> None:
    got = country_keys("Die Außenminister Polens, Italiens und Spaniens reisten am Montag nach Kiew.", "de",
                       factual_only=True)
    assert {("POL", "UKR", "CONSULT"), ("ITA", "UKR", "CONSULT"), ("ESP", "UKR", "CONSULT")} <= got, sorted(got)
    assert ("ITA", "POL", "CONSULT") not in got and ("POL", "ITA", "CONSULT") not in got, sorted(got)


@pytest.mark.parametrize(("text", "lang", "must"), [
    ("Die USA und Venezuela verhandelten am Sonntag in Doha. Die Gesandten Brasiliens und Kolumbiens trafen sich "
     "getrennt mit beiden Delegationen.", "de",
     {("BRA", "USA", "CONSULT"), ("BRA", "VEN", "CONSULT"), ("COL", "USA", "CONSULT"), ("COL", "VEN", "CONSULT")}),
    ("Italien, Spanien und Portugal hatten im Mai neue Zölle beschlossen. Die drei Europäer forderten von Marokko "
     "am Montag Zugeständnisse.", "de",
     {("ITA", "MAR", "REQUEST"), ("ESP", "MAR", "REQUEST"), ("PRT", "MAR", "REQUEST")}),
    ("Italia, España y Portugal aprobaron nuevos aranceles en mayo. Los tres europeos exigieron el lunes "
     "concesiones a Marruecos.", "es",
     {("ITA", "MAR", "REQUEST"), ("ESP", "MAR", "REQUEST"), ("PRT", "MAR", "REQUEST")}),
])
def test_delegations_and_europeans_counted_stand_for_the_states_named(text: str, lang: str, must: set[tuple]) -> None:
    got = country_keys(text, lang, factual_only=True)
    assert must <= got, sorted(must - got)


def test_europeans_counted_are_europes_states_only() -> None:
    """"Los tres europeos" after a list with a state outside Europe: no list of three European states, no one."""
    got = country_keys("Italia, España y Egipto aprobaron nuevos aranceles en mayo. Los tres europeos exigieron el "
                       "lunes concesiones a Marruecos.", "es", factual_only=True)
    assert not {k for k in got if k[2] == "REQUEST"}, sorted(got)

""""The country" that a state named alone before it in the sentence does something to, for or against (aid "to the
country", troops withdrawn "aus dem Land", relations "con el país") is another state: the one the sentences before
named first (round 37, ctxref). Left as it was: two states named before it, an organisation acting on the state the
sentence named, "in the country" (a state may act at home) and "the country's" (its own)."""

from __future__ import annotations

import pytest

from extracted import country_keys


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Mali expelled the French ambassador in January. Washington froze its aid to the country on Monday."),
    ("de", "Im Sudan kämpfen Armee und RSF weiter um die Stadt El Fasher. Die Schweiz kündigte am Montag an, ihre "
     "humanitäre Hilfe für das Land zu verdoppeln."),
    ("fr", "L'armée soudanaise et les FSR ont repris les combats autour d'El Fasher. La Suisse a annoncé lundi "
     "qu'elle doublerait son aide humanitaire pour le pays."),
], ids=["en", "de", "fr"])
def test_the_country_a_state_acts_on_is_the_one_told_before(lang: str, text: str) -> None:
    keys = country_keys(text, lang, factual_only=True)
    assert any(s in ("USA", "CHE") and t in ("MLI", "SDN") for s, t, _kind in keys), sorted(keys)


def test_german_dative_country_is_the_one_told_before() -> None:
    text = ("Burkina Faso kündigte 2023 das Militärabkommen mit Paris. Frankreich hat seine Truppen bereits im "
            "Februar aus dem Land abgezogen.")
    keys = country_keys(text, "de", factual_only=True)
    assert ("FRA", "BFA", "RETREAT") in keys, sorted(keys)


@pytest.mark.parametrize(("lang", "text"), [
    # an organisation acts on the state the sentence named: the country is that state, not one told before
    ("de", "Frankreich zog seinen Botschafter ab. Die Ecowas verhängte nach dem Putsch in Niger Sanktionen gegen das "
     "Land."),
    ("en", "France recalled its ambassador. ECOWAS imposed sanctions on Niger and closed its borders with the "
     "country."),
], ids=["de", "en"])
def test_an_organisation_acting_leaves_the_country_the_one_named(lang: str, text: str) -> None:
    keys = country_keys(text, lang, factual_only=True)
    assert not any(t == "FRA" for _s, t, _kind in keys), sorted(keys)


def test_two_states_named_before_leave_the_first_reading() -> None:
    text = ("Sudan's army and the RSF resumed fighting. Egypt sent more than a thousand soldiers to Somalia on "
            "Monday, a move Ethiopia called a provocation against the country.")
    keys = country_keys(text, "en", factual_only=True)
    assert not any(t == "SDN" for _s, t, _kind in keys), sorted(keys)


def test_the_countrys_own_border_stays_its_own() -> None:
    text = "Mali expelled the French ambassador in January. Warsaw sent more troops to the country's eastern border."
    keys = country_keys(text, "en", factual_only=True)
    assert not any(t == "MLI" and s == "POL" for s, t, _kind in keys), sorted(keys)

"""A reaction the text says did not happen, made in words or a bare yielding ("would never yield to pressure", "n'a
annoncé aucune mesure de rétorsion", "no va a ceder", "kündigte keine Gegenmaßnahmen an"), is a stance, no answer to
one act of the article: the article's earlier events fill no target of it (round 53, reactions53,
`article_answers.denied_stance`). A measure withheld ("has not recalled its ambassador", "n'a rappelé aucun
diplomate") still answers the party the article told. Sentences written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import country_keys

ON = date(2025, 10, 27)


def _keys(text: str, lang: str) -> set[tuple]:
    return country_keys(text, lang, published=ON, negation=True)


def test_a_vow_never_to_yield_answers_no_sanction() -> None:
    keys = _keys("Britain, France and Germany reimposed United Nations sanctions on Iran on Sunday. President Masoud "
                 "Pezeshkian said Iran would never yield to pressure.", "en")
    assert not any(k[0] == "IRN" and k[2] == "CONCEDE" for k in keys)
    assert any(k[0] != "IRN" and k[1] == "IRN" and k[2] == "SANCTION" for k in keys)


def test_no_retaliation_announced_is_no_threat_against_the_sanctioner() -> None:
    keys = _keys("Britain, France and Germany reimposed United Nations sanctions on Iran on Sunday. Iran has not yet "
                 "announced any retaliation.", "en")
    assert not any(k[0] == "IRN" and k[2] == "THREATEN" for k in keys)


def test_no_countermeasure_announced_is_no_threat_in_french_and_german() -> None:
    for text, lang, sanction, judge in (
            ("La Chine a imposé lundi des droits de douane sur le brandy de l'Union européenne. Bruxelles n'a annoncé "
             "aucune mesure de rétorsion.", "fr", ("CHN", "EU", "SANCTION", False), "EU"),
            ("Russland hat am Montag zwei estnische Diplomaten ausgewiesen. Estland kündigte keine Gegenmaßnahmen an.",
             "de", ("RUS", "EST", "SANCTION", False), "EST")):
        keys = _keys(text, lang)
        assert sanction in keys, text
        assert not any(k[0] == judge and k[2] == "THREATEN" for k in keys), text


def test_spanish_a_refusal_to_yield_answers_no_tariff() -> None:
    keys = _keys("Estados Unidos impuso el lunes aranceles del 50 % a las importaciones de Brasil. Lula afirmó que su "
                 "Gobierno no va a ceder ante la presión.", "es")
    assert ("USA", "BRA", "SANCTION", False) in keys
    assert not any(k[0] == "BRA" and k[2] == "CONCEDE" for k in keys)


def test_a_measure_withheld_still_answers_the_party_told() -> None:
    """An envoy not recalled, a diplomat not expelled: the measure is the news, aimed at the one that expelled."""
    for text, lang in (("Russia expelled two Estonian diplomats on Monday. Estonia has not recalled its ambassador.",
                        "en"),
                       ("La Russie a expulsé lundi deux diplomates estoniens. L'Estonie n'a rappelé aucun diplomate.",
                        "fr")):
        assert ("EST", "RUS", "SANCTION", True) in _keys(text, lang), text


# A measure the actor says it will not take (a future or a conditional) is a pledge, a stance too (round 54,
# reactions54): the article fills no target of it; a measure it did not take still answers the act.
def test_a_pledge_not_to_leave_a_treaty_answers_no_sanction_in_french() -> None:
    keys = _keys("La France, l'Allemagne et le Royaume-Uni ont imposé dimanche de nouvelles sanctions à l'Iran. Le "
                 "président iranien a assuré que son pays ne quitterait pas le traité de non-prolifération.", "fr")
    assert ("FRA", "IRN", "SANCTION", False) in keys
    assert not any(k[0] == "IRN" for k in keys)


_PLEDGES = [
    ("Marruecos expulsó el lunes a dos diplomáticos argelinos. Argel aseguró que no llamará a consultas a su "
     "embajador.", "es", "MAR", "DZA"),
    ("Russland hat am Montag zwei estnische Diplomaten ausgewiesen. Estland erklärte, es werde seinen Botschafter "
     "nicht zurückrufen.", "de", "RUS", "EST"),
    ("Russia expelled two Estonian diplomats on Monday. Estonia will not recall its ambassador.", "en", "RUS", "EST"),
]


@pytest.mark.parametrize(("text", "lang", "expeller", "pledger"), _PLEDGES)
def test_a_pledge_not_to_recall_an_envoy_answers_no_expulsion(text: str, lang: str, expeller: str,
                                                               pledger: str) -> None:
    keys = _keys(text, lang)
    assert (expeller, pledger, "SANCTION", False) in keys
    assert (pledger, expeller, "SANCTION", True) not in keys

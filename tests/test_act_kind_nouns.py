"""A verdict whose object is an act of a kind named by a noun no rule reads as a trigger ("condemned the deliveries",
"kritisierte die Schließung", "rechazó el cierre", "a condamné les livraisons", "осудила поставки") judges the author
of the article's latest act of that kind, not the judge's latest quarrel with a third party (round 54, actnouns54:
`act_kind_nouns` of data/rules/roles/<lang>.yaml, `article_phrases.kind_noun_named`). Sentences written for the
tests; each article tells the act, then a quarrel of the judge's with someone else, then the verdict."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import country_keys, events_of

ON = date(2026, 3, 10)


def _judged(text: str, lang: str) -> set[str]:
    """The countries the verdicts (ACCUSE, REJECT, SUPPORT) of the article's last sentence judge."""
    events = events_of(text, lang, ON)
    last = max(e.evidence_start for e in events)
    return {(e.target or "")[:3] for e in events if e.evidence_start == last
            and e.plover in ("ACCUSE", "REJECT", "SUPPORT")}


ARTICLES = (
    # deliveries: the donor
    ("Germany delivered tanks to Ukraine on Monday. Russia accused Poland of provocations on Tuesday. The Kremlin "
     "condemned the deliveries.", "en", "DEU"),
    ("Deutschland lieferte am Montag Panzer an die Ukraine. Russland warf Polen am Dienstag Provokationen vor. Der "
     "Kreml verurteilte die Lieferungen.", "de", "DEU"),
    ("Alemania entregó tanques a Ucrania el lunes. Rusia acusó a Polonia de provocaciones el martes. Moscú condenó "
     "las entregas.", "es", "DEU"),
    ("L'Allemagne a livré lundi des chars à l'Ukraine. La Russie a accusé la Pologne de provocations mardi. Moscou a "
     "condamné les livraisons.", "fr", "DEU"),
    ("Германия в понедельник поставила танки Украине. Россия во вторник обвинила Польшу в провокациях. Москва "
     "осудила поставки.", "ru", "DEU"),
    # a closure: the one that closed
    ("Poland closed its border with Belarus on Monday. Belarus accused Lithuania of spying on Tuesday. Minsk "
     "condemned the closure.", "en", "POL"),
    ("Polen schloss am Montag die Grenze zu Belarus. Belarus warf Litauen am Dienstag Spionage vor. Minsk kritisierte "
     "die Schließung.", "de", "POL"),
    ("La Pologne a fermé lundi sa frontière avec la Biélorussie. La Biélorussie a accusé la Lituanie d'espionnage "
     "mardi. Minsk a dénoncé la fermeture.", "fr", "POL"),
    # an expulsion: the expelling state
    ("Russia expelled two Estonian diplomats on Monday. Estonia accused Latvia of lying on Tuesday. Tallinn condemned "
     "the expulsion.", "en", "RUS"),
)


@pytest.mark.parametrize(("text", "lang", "author"), ARTICLES)
def test_a_verdict_on_an_act_of_a_kind_judges_its_author(text: str, lang: str, author: str) -> None:
    assert _judged(text, lang) == {author}


def test_support_for_a_deployment_backs_the_one_that_deployed() -> None:
    assert ("GUY", "USA", "SUPPORT") in country_keys(
        "Estados Unidos desplegó buques de guerra en el Caribe el lunes. Guyana respaldó el despliegue.", "es",
        published=ON)


def test_a_charge_names_no_act_of_a_kind() -> None:
    """An accusation of a crime (112...) whose phrase holds a kind noun ("a warrant for his arrest") judges no arrest
    the article told: the noun is the charge's."""
    keys = country_keys("Poland detained a Russian citizen on Monday. Russia accused Poland of a provocation. A "
                        "Belarusian court issued a warrant for the arrest of a Lithuanian activist.", "en",
                        published=ON)
    assert not any(k[0] == "BLR" and k[1] == "POL" for k in keys)

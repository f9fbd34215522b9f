"""French and Russian readings of round 60 (frru60), with the dictionary's names they needed. Sentences of our own,
each beside the reading it must not give.

- A rule's `cues` (events/rules.Rule.cues): patterns one of which must stand somewhere in the sentence, in any clause,
  for the rule to claim its words. French troops deployed or stationed in a host are aid (AID 074) only where the
  sentence names the host's consent or request ("allié de", "en vertu d'un accord", "dans le cadre de la mission",
  "à la demande de"; relwire3-fr-002, relwire10-fr-001, relwire5-fr-001, wire-fr5-007); without one, "déployé" stays
  a show of force (MOBILIZE).
- A name two states share (actors `_SHARED_NAMES`): "le Congo", "congolais" are the DR Congo's, unless the article
  names Congo-Brazzaville (its capital, its president, "Congo-Brazzaville") more often than the DR Congo by its own
  names (fresh59a-fr-001).
- The Sahrawi republic ("RASD", "République arabe sahraouie démocratique") is Western Sahara's code, ESH
  (fresh59a-es-001, relwire16-fr-003); a recognition suspended is withdrawn (SANCTION 161).
"""

from __future__ import annotations

import pytest

from extracted import facts, read_as, read_as_all
from realpolitik.actors import find_in_text
from realpolitik.errors import DataFileError
from realpolitik.events.rules import parse_rules


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    # a cue of consent anywhere in the sentence: before the verb, after the host, in another clause
    ("Le Ghana, allié de Freetown, a déployé plusieurs centaines de soldats en Sierra Leone.",
     [("GHA", "SLE", "AID", False)], [("GHA", "SLE", "MOBILIZE", False)]),
    ("Le Sénégal a déployé un contingent en Gambie en vertu d'un accord de défense signé en 2022.",
     [("SEN", "GMB", "AID", False)], [("SEN", "GMB", "MOBILIZE", False)]),
    ("L'Ouganda a déployé des troupes au Soudan du Sud à la demande de Juba.",
     [("UGA", "SSD", "AID", False)], [("UGA", "SSD", "MOBILIZE", False)]),
    ("Le Maroc stationne quelque 700 soldats en Centrafrique dans le cadre de la mission des Nations unies.",
     [("MAR", "CAF", "AID", False)], [("MAR", "CAF", "MOBILIZE", False)]),
])
def test_troops_deployed_with_the_hosts_consent_are_aid(text: str, expected: list, wrong: list) -> None:
    read_as_all(facts(text, "fr"), expected, wrong)


@pytest.mark.parametrize("text", [
    # no consent named: troops sent may be a show of force, read as before
    "La Russie a déployé des troupes près de la Finlande.",
    "La Pologne a déployé des soldats à sa frontière avec la Biélorussie.",
    "Le Rwanda a déployé des soldats au Congo, a dénoncé Kinshasa.",
])
def test_troops_deployed_without_a_cue_are_no_aid(text: str) -> None:
    assert not any(key[2] == "AID" for key in facts(text, "fr")), facts(text, "fr")


def test_rule_cues_must_be_patterns() -> None:
    head = "language: xx\nversion: '1'\ngrammar: {}\nrules:\n"
    with pytest.raises(DataFileError, match="cues"):
        parse_rules(head + "  - {id: a, cameo: '074', when: [deploy], cues: [3]}\n", "mine.yaml")
    rules = parse_rules(head + "  - {id: a, cameo: '074', when: [deploy], cues: [ally, at request]}\n", "mine.yaml")
    assert len(rules.rules[0].cues) == 2


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    # an article on Congo-Brazzaville: its adjective and "le Congo" are Brazzaville's
    ("Denis Sassou Nguesso a été réélu dimanche. À Brazzaville, le scrutin s'est déroulé dans le calme. "
     "Le Gabon a salué la victoire du président congolais.",
     ("GAB", "COG", "SUPPORT", False), ("GAB", "COD", "SUPPORT", False)),
    ("Brazzaville a signé un accord avec Pékin. Le Congo négocie avec le Fonds monétaire international.",
     ("COG", "IMF", "CONSULT", False), ("COD", "IMF", "CONSULT", False)),
    # an article on the DR Congo that names Brazzaville once: the shared names stay Kinshasa's
    ("Félix Tshisekedi a reçu à Kinshasa l'envoyé de Brazzaville. L'Angola a salué le président congolais.",
     ("AGO", "COD", "SUPPORT", False), ("AGO", "COG", "SUPPORT", False)),
])
def test_a_shared_demonym_is_the_state_the_article_names_more(text: str, expected: tuple, wrong: tuple) -> None:
    read_as(facts(text, "fr"), expected, wrong)


@pytest.mark.parametrize(("text", "lang", "expected", "wrong"), [
    ("Le Kenya a retiré sa reconnaissance de la RASD.", "fr", ("KEN", "ESH", "SANCTION", False), None),
    ("Madagascar a retiré sa reconnaissance de la République arabe sahraouie démocratique.", "fr",
     ("MDG", "ESH", "SANCTION", False), None),
    ("Panamá suspendió su reconocimiento a la RASD.", "es", ("PAN", "ESH", "SANCTION", False),
     ("PAN", "ESH", "SUPPORT", False)),
    ("Perú y Chile suspendieron el año pasado su reconocimiento a la República Árabe Saharaui Democrática.", "es",
     ("CHL", "ESH", "SANCTION", False), ("CHL", "ESH", "SUPPORT", False)),
])
def test_the_sahrawi_republic_is_western_sahara(text: str, lang: str, expected: tuple, wrong: tuple | None) -> None:
    read_as(facts(text, lang), expected, wrong)


@pytest.mark.parametrize(("text", "lang"), [
    ("Марокко не признаёт Сахарскую Арабскую Демократическую Республику.", "ru"),
    ("Morocco left the union over the admission of the Sahrawi Arab Democratic Republic.", "en"),
    ("Marokko erkennt die Demokratische Arabische Republik Sahara nicht an.", "de"),
])
def test_the_sahrawi_republic_is_named_in_every_language(text: str, lang: str) -> None:
    assert "ESH" in {m.code for m in find_in_text(text, lang)}, find_in_text(text, lang)

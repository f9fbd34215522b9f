"""Congratulations on an election go to the state whose vote the article told (events/elections.py): the winner is
named by a pronoun, a surname the dictionary lacks or a title marked as elected. Sentences written for the tests."""

from __future__ import annotations

import pytest

from extracted import country_keys
from realpolitik.events import elections


def _support(text: str, lang: str) -> set[tuple]:
    """The praise and support keys a text yields, as (source, target, type)."""
    return {k for k in country_keys(text, lang, factual_only=True) if k[2] == "SUPPORT"}


@pytest.mark.parametrize(("lang", "text", "key"), [
    ("fr", "Le Ghana a tenu dimanche une élection présidentielle très disputée. Le président ivoirien a félicité "
           "mardi le président élu.", ("CIV", "GHA", "SUPPORT")),
    ("fr", "Le Bénin a voté dimanche lors d'une présidentielle calme. Le chef de l'État nigérian lui a adressé ses "
           "félicitations dès lundi.", ("NGA", "BEN", "SUPPORT")),
    ("es", "Las elecciones presidenciales de Honduras terminaron el domingo sin incidentes. El canciller peruano "
           "felicitó al presidente electo por teléfono.", ("PER", "HND", "SUPPORT")),
    ("es", "Uruguay celebró el domingo la segunda vuelta de sus elecciones. El presidente de Brasil lo felicitó "
           "por su triunfo.", ("BRA", "URY", "SUPPORT")),
    ("en", "Poland held a presidential runoff on Sunday. The German chancellor congratulated the president-elect "
           "in a telephone call.", ("DEU", "POL", "SUPPORT")),
    ("de", "In Chile fand am Sonntag die Stichwahl um das Präsidentenamt statt. Der argentinische Präsident "
           "gratulierte dem gewählten Präsidenten am Montag.", ("ARG", "CHL", "SUPPORT")),
    ("ru", "В Молдавии в воскресенье прошли парламентские выборы. Президент Румынии поздравил избранного "
           "президента с победой.", ("ROU", "MDA", "SUPPORT")),
])
def test_a_congratulation_goes_to_the_state_whose_election_was_told(lang: str, text: str, key: tuple) -> None:
    assert key in _support(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    # two states' votes told: which winner is meant the text does not say
    ("fr", "Le Ghana et le Bénin ont tenu dimanche leurs élections présidentielles. Le président ivoirien a félicité "
           "mardi le président élu."),
    ("es", "Honduras y Chile celebraron elecciones el mismo domingo. El canciller peruano felicitó al presidente "
           "electo por teléfono."),
    ("en", "Poland and Romania held presidential elections on Sunday. The German chancellor congratulated the "
           "president-elect in a telephone call."),
    # no election told: a congratulation with no one named is aimed at no one
    ("en", "Poland opened a new bridge on the border. The German chancellor congratulated the engineers."),
    ("fr", "Le Sénégal a inauguré un nouveau port. Le président ivoirien a félicité les ouvriers."),
])
def test_no_target_where_the_article_leaves_two_winners_or_none(lang: str, text: str) -> None:
    assert not {k for k in _support(text, lang) if k[1] is not None and k[1] != k[0]}


@pytest.mark.parametrize(("lang", "text"), [
    # the congratulator's own state voted: domestic, no event
    ("fr", "La Côte d'Ivoire a tenu samedi son élection présidentielle. Le Premier ministre ivoirien a félicité le "
           "président réélu."),
    ("es", "Chile celebró el domingo la segunda vuelta de sus elecciones. El presidente chileno saliente felicitó "
           "al presidente electo."),
    # a French reflexive congratulation welcomes a thing: no one is congratulated
    ("fr", "Le Ghana a tenu dimanche une élection présidentielle. Le Nigeria s'est félicité du calme du scrutin."),
])
def test_no_congratulation_of_ones_own_winner_or_of_a_thing(lang: str, text: str) -> None:
    assert not {k for k in _support(text, lang) if k[1] is not None and k[1] != k[0]}


@pytest.mark.parametrize(("lang", "text", "keys"), [
    # the senders put after a congratulation noun ("enviaron mensajes de felicitación los presidentes de ...")
    ("es", "Costa Rica celebró el domingo la segunda vuelta de sus elecciones presidenciales. También enviaron "
           "mensajes de felicitación los presidentes de Panamá y de Guatemala.",
     {("PAN", "CRI", "SUPPORT"), ("GTM", "CRI", "SUPPORT")}),
    # the vote's result hailed
    ("es", "Bolivia votó el domingo en unas elecciones presidenciales tranquilas. Perú saludó el resultado.",
     {("PER", "BOL", "SUPPORT")}),
])
def test_senders_after_the_noun_and_a_result_hailed(lang: str, text: str, keys: set[tuple]) -> None:
    assert keys <= _support(text, lang)


def test_senders_after_the_noun_need_an_election_told() -> None:
    text = "Panamá inauguró un nuevo puerto. También enviaron mensajes de felicitación los presidentes de Chile y Perú."
    assert not {k for k in _support(text, "es") if k[1] is not None and k[1] != k[0]}


@pytest.mark.parametrize("lang", ["de", "en", "es", "fr", "ru"])
def test_election_words_load_from_the_package_data(lang):
    """Each language's four lists ship as data/elections/<lang>.yaml: lower-cased prefixes, none empty."""
    lexicon = elections.election_words(lang)
    for words in (lexicon.election, lexicon.elected, lexicon.congratulation, lexicon.victory):
        assert words and all(isinstance(w, str) and w == w.lower() for w in words)


def test_a_language_without_election_words_has_none():
    """A language with no file aims no congratulation at a voted state."""
    assert elections.election_words("xx") == elections.ElectionWords()

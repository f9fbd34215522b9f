"""The act the article points back to, coded as its kind (round 50, acts50): an outcome frame (a verb of ending or
resulting and a deal's noun: "the talks ended with an agreement") binds the sides of the talks or fighting it ends, so
that a later welcome of "the agreement" finds the deal; a verdict whose noun names a kind of act ("condemned the
expulsion") judges the latest act of that kind, not a nearer act of another kind of the same type. Sentences
written for the tests."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from extracted import country_keys

ON = date(2025, 10, 27)
_keys = partial(country_keys, published=ON, factual_only=True)


def _deal(keys: set, a: str, b: str) -> bool:
    return (a, b, "AGREE") in keys or (b, a, "AGREE") in keys


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Talks between Ethiopia and Eritrea under African Union mediation ended in Nairobi on Wednesday with an "
           "agreement to pull troops back from the border."),
    ("de", "Die Gespräche zwischen Äthiopien und Eritrea endeten am Mittwoch mit einer Einigung auf einen "
           "Truppenabzug."),
    ("es", "Las negociaciones entre Etiopía y Eritrea terminaron el miércoles con un acuerdo para retirar las tropas."),
    ("fr", "Les négociations entre l'Éthiopie et l'Érythrée ont abouti mercredi à un accord sur le retrait des "
           "troupes."),
])
def test_talks_that_end_with_an_agreement_are_a_deal_of_their_sides_not_of_the_mediator(lang: str, text: str) -> None:
    """The outcome's parties are the talks' sides told before it in its sentence; the mediator is none of them (in
    German, Spanish and French a talks noun beside a mediation phrase loses its pair, a trigger's matter: not here)."""
    keys = _keys(text, lang)
    assert _deal(keys, "ETH", "ERI")
    assert not _deal(keys, "AU", "ETH") and not _deal(keys, "AU", "ERI")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Armenia and Azerbaijan held talks in Abu Dhabi on Monday. The negotiations culminated in a peace accord."),
    ("es", "Armenia y Azerbaiyán negociaron el lunes en Abu Dabi. Las conversaciones terminaron con un acuerdo de "
           "paz."),
    ("ru", "Армения и Азербайджан провели переговоры в Абу-Даби. Переговоры завершились подписанием мирного "
           "соглашения."),
    ("es", "Armenia y Azerbaiyán se enfrentaron durante una semana en la frontera. Los combates terminaron con un alto "
           "el fuego."),
])
def test_an_outcome_with_no_party_named_binds_the_sides_of_the_talks_or_fighting_told_before(lang: str,
                                                                                             text: str) -> None:
    """A sentence that names no party ("The negotiations culminated in a peace accord") is read for its outcome, whose
    sides are those of the latest talks or fighting."""
    assert _deal(_keys(text, lang), "ARM", "AZE")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Talks between Ethiopia and Eritrea ended in Nairobi on Wednesday with an agreement to pull troops back. "
           "The United States welcomed the agreement."),
    ("de", "Die Gespräche zwischen Äthiopien und Eritrea endeten am Mittwoch mit einer Einigung auf einen "
           "Truppenabzug. Die USA begrüßten die Einigung."),
])
def test_a_welcome_of_the_agreement_finds_the_deal_an_outcome_told(lang: str, text: str) -> None:
    """The welcome of "the agreement" praises the sides of the deal the outcome frame coded."""
    praised = {k[1] for k in _keys(text, lang) if k[0] == "USA" and k[2] == "SUPPORT"}
    assert {"ETH", "ERI"} <= praised


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Russian troops shelled Kharkiv on Monday. The Korean War ended in 1953 with an armistice, not a peace "
           "treaty."),
    ("es", "Tropas rusas bombardearon Járkov el lunes. La guerra de Corea terminó en 1953 con un armisticio y no con "
           "un tratado de paz."),
])
def test_an_end_whose_sentence_names_parties_but_no_talks_binds_no_one_before(lang: str, text: str) -> None:
    """A sentence that names parties (or a war by name) but codes no talks between them tells an end the article did
    not code: the latest fighting before is no side of it."""
    assert not _deal(_keys(text, lang), "RUS", "UKR")


def test_talks_told_after_the_outcome_are_not_what_it_ended() -> None:
    """What ended is told before its end: talks named later in the sentence ("followed by talks in Istanbul") are not
    its sides."""
    text = ("Los combates terminaron con un alto el fuego, al que siguieron negociaciones entre Turquía y Grecia en "
            "Estambul.")
    assert not _deal(_keys(text, "es"), "TUR", "GRC")


_EXPULSION_JUDGED = ("EST", "RUS", "ACCUSE"), ("EST", "FIN", "ACCUSE")
_SANCTIONS_JUDGED = ("BLR", "FIN", "ACCUSE"), ("BLR", "RUS", "ACCUSE")


@pytest.mark.parametrize(("lang", "text", "judged"), [
    ("de", "Russland wies am Montag zwei estnische Diplomaten aus. Am Dienstag verhängte Finnland Sanktionen gegen "
           "Belarus. Estland verurteilte die Ausweisung.", _EXPULSION_JUDGED),
    ("es", "Rusia expulsó el lunes a dos diplomáticos estonios. El martes Finlandia impuso sanciones a Bielorrusia. "
           "Estonia condenó la expulsión.", _EXPULSION_JUDGED),
    ("fr", "La Russie a expulsé lundi deux diplomates estoniens. Mardi, la Finlande a imposé des sanctions à la "
           "Biélorussie. L'Estonie a condamné l'expulsion.", _EXPULSION_JUDGED),
    # the other way round: the sanctions named are judged, though an expulsion was told after them
    ("de", "Finnland verhängte am Montag Sanktionen gegen Belarus. Am Dienstag wies Russland zwei estnische Diplomaten "
           "aus. Minsk verurteilte die Sanktionen.", _SANCTIONS_JUDGED),
    ("es", "Finlandia impuso el lunes sanciones a Bielorrusia. El martes Rusia expulsó a dos diplomáticos estonios. "
           "Minsk condenó las sanciones.", _SANCTIONS_JUDGED),
])
def test_a_verdict_judges_the_kind_of_act_its_noun_names_not_a_nearer_one_of_its_type(lang: str, text: str,
                                                                                      judged: tuple) -> None:
    """An expulsion (161) and sanctions (163) are one PLOVER type: the verdict's noun names the kind it judges (the
    key judged, not the key of the act of the other kind)."""
    right, wrong = judged
    keys = _keys(text, lang)
    assert right in keys
    assert wrong not in keys

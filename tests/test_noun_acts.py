"""Acts told by a noun with their parties in the noun's own phrase (round 47, nounacts47): a mutual act (a signing,
an agreement, clashes) in a phrase of time gone by whose "between X and Y" phrase names both sides is told as done,
whoever the clause's subject is ("After the signing of the trade agreement between Chile and Peru, exports rose");
so is one a praise right before it judges ("welcomed the truce agreed between Peru and Bolivia": one welcomes a
truce that was reached). Not a noun after a preposition of time to come, an act asked for or proposed, or a noun
whose pair stands beyond a comma. The sentences are our own."""

from __future__ import annotations

import pytest

from extracted import facts

SIGNED = [
    ("en", "After the signing of the trade agreement between Chile and Peru, exports rose."),
    ("en", "Since the signing of the border treaty between Chile and Peru in March, trade has doubled."),
    ("de", "Nach der Unterzeichnung des Handelsabkommens zwischen Chile und Peru stiegen die Exporte."),
    ("de", "Seit der Unterzeichnung des Grenzvertrags zwischen Chile und Peru im März hat sich der Handel verdoppelt."),
    ("es", "Tras la firma del acuerdo comercial entre Chile y Perú, las exportaciones crecieron."),
    ("es", "Desde la firma del tratado fronterizo entre Chile y Perú en marzo, el comercio se ha duplicado."),
    ("fr", "Après la signature de l'accord commercial entre le Chili et le Pérou, les exportations ont augmenté."),
    ("fr", "Depuis la signature du traité frontalier entre le Chili et le Pérou en mars, le commerce a doublé."),
    ("ru", "После подписания торгового соглашения между Чили и Перу экспорт вырос."),
    ("ru", "После подписания пограничного договора между Чили и Перу в марте торговля удвоилась."),
]

FOUGHT = [
    ("en", "Since the clashes between Armenia and Azerbaijan last year, the border has stayed closed."),
    ("en", "After the clashes between Armenia and Azerbaijan in May, the road was shut."),
    ("de", "Seit den Gefechten zwischen Armenien und Aserbaidschan im vergangenen Jahr bleibt die Grenze geschlossen."),
    ("de", "Nach den Kämpfen zwischen Armenien und Aserbaidschan im Mai wurde die Straße gesperrt."),
    ("fr", "Depuis les affrontements entre l'Arménie et l'Azerbaïdjan l'an dernier, la frontière reste fermée."),
    ("fr", "Après les affrontements entre l'Arménie et l'Azerbaïdjan en mai, la route a été fermée."),
    ("ru", "После столкновений между Арменией и Азербайджаном в прошлом году граница остается закрытой."),
    ("ru", "После боев между Арменией и Азербайджаном в мае дорогу закрыли."),
]

PRAISED = [
    ("en", "Chile welcomed the truce agreed between Peru and Bolivia."),
    ("es", "Chile saludó el alto el fuego entre Perú y Bolivia."),
    ("es", "Chile celebró el alto el fuego alcanzado entre Perú y Bolivia."),
    ("es", "Chile celebró el acuerdo de alto el fuego entre Perú y Bolivia."),
    ("fr", "Le Chili a salué le cessez-le-feu entre le Pérou et la Bolivie."),
    ("fr", "Le Chili s'est félicité de l'accord conclu entre le Pérou et la Bolivie."),
    ("ru", "Чили приветствовало перемирие между Перу и Боливией."),
    ("ru", "Чили приветствовало прекращение огня между Перу и Боливией."),
]

NOT_TOLD = [
    # proposed, not reached
    ("es", "Chile rechazó la propuesta de alto el fuego entre Perú y Bolivia."),
    ("fr", "Le Chili a salué la proposition de trêve entre le Pérou et la Bolivie."),
    ("en", "Chile welcomed the proposal for a ceasefire between Peru and Bolivia."),
    ("en", "Chile welcomed plans for talks between Peru and Bolivia."),
    ("es", "Chile saludó la propuesta de alto el fuego entre Perú y Bolivia."),
    ("fr", "Le Chili a salué la proposition de cessez-le-feu entre le Pérou et la Bolivie."),
    ("ru", "Чили приветствовало предложение о прекращении огня между Перу и Боливией."),
    # a preposition of time to come: the signing has yet to happen
    ("en", "Before the signing of the trade agreement between Chile and Peru, exports fell."),
    ("es", "Antes de la firma del acuerdo comercial entre Chile y Perú, las exportaciones cayeron."),
    ("fr", "Avant la signature de l'accord commercial entre le Chili et le Pérou, les exportations ont baissé."),
    ("ru", "Перед подписанием торгового соглашения между Чили и Перу экспорт упал."),
    # asked for, not agreed
    ("en", "After calls for a ceasefire between Chile and Peru, the border stayed closed."),
    ("es", "Tras los llamamientos a un alto el fuego entre Chile y Perú, la frontera sigue cerrada."),
    # the pair beyond a comma is not the noun's own
    ("fr", "Après la signature de l'accord, le 3 mai à Lima, entre le Chili et le Pérou, les exportations ont "
           "augmenté."),
]


@pytest.mark.parametrize(("lang", "text"), SIGNED)
def test_a_signing_in_a_phrase_of_time_gone_by_names_its_sides(lang: str, text: str) -> None:
    assert ("CHL", "PER", "AGREE", False) in facts(text, lang)


@pytest.mark.parametrize(("lang", "text"), FOUGHT)
def test_clashes_between_a_pair_are_force_each_way(lang: str, text: str) -> None:
    told = facts(text, lang)
    assert ("ARM", "AZE", "ASSAULT", False) in told
    assert ("AZE", "ARM", "ASSAULT", False) in told


@pytest.mark.parametrize(("lang", "text"), NOT_TOLD)
def test_no_pair_act_where_it_is_not_told_as_done(lang: str, text: str) -> None:
    assert not any(f[2] in ("AGREE", "CONSULT") for f in facts(text, lang))


def test_the_clause_subject_keeps_its_own_act() -> None:
    # "After the signing of the agreement, Chile and Peru raised tariffs": no pair in the noun's phrase
    told = facts("After the signing of the agreement, Chile and Peru raised tariffs on Bolivia.", "en")
    assert ("CHL", "BOL", "SANCTION", False) in told
    assert not any(f[2] == "AGREE" for f in told)


@pytest.mark.parametrize(("lang", "text"), PRAISED)
def test_a_praised_truce_between_a_pair_was_reached(lang: str, text: str) -> None:
    told = facts(text, lang)
    assert ("PER", "BOL", "AGREE", False) in told
    assert ("CHL", "PER", "SUPPORT", False) in told


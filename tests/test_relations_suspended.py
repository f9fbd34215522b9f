"""An organisation suspending a member with a day or an adverb between the words (round 30, relwire8): "the AU on
Wednesday suspended Madagascar", "la Cedeao suspendió el jueves a Níger", "L'UA avait déjà suspendu le Mali", German
verb-final "hat Gabun am Freitag suspendiert" (the state between the subject and the participle), "АС в среду
приостановил членство" suspend the membership as the plain sentence does; suspended talks stay no membership.
Whole pipeline, own sentences."""

from __future__ import annotations

import pytest

from extracted import extraction
from realpolitik.evaluate.relations import relation_key


def _ties(text: str, lang: str) -> dict[tuple[str, str, str], str | None]:
    """The sentence's ties as the evaluation keys them (unordered pair, kind), with their status."""
    return {key: r.status for r in extraction(text, lang).relations if (key := relation_key(r.a, r.b, r.kind))}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The African Union on Friday suspended Gabon and Chad after the coups. Gabon had joined the AU in 1963."),
    ("de", "Die Afrikanische Union hat Gabun und den Tschad am Freitag suspendiert. Beide Staaten hatten zuvor "
           "Wahlen verschoben."),
    ("es", "La Unión Africana suspendió este viernes a Gabón y Chad tras los golpes de Estado."),
    ("fr", "L'Union africaine a suspendu vendredi le Gabon et le Tchad à la suite des coups d'État."),
    ("ru", "Африканский союз в пятницу приостановил членство Габона и Чада после переворотов."),
])
def test_a_day_between_the_organisation_its_verb_and_the_state_still_suspends(lang: str, text: str) -> None:
    ties = _ties(text, lang)
    assert ties.get(("AU", "GAB", "membership")) == "suspended", ties
    assert ties.get(("AU", "TCD", "membership")) == "suspended", ties


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "ECOWAS had already suspended Burkina Faso."),
    ("de", "Die Ecowas hatte Burkina Faso bereits suspendiert."),
    ("es", "La Cedeao ya había suspendido a Burkina Faso."),
    ("fr", "La Cédéao avait déjà suspendu le Burkina Faso."),
    ("ru", "ЭКОВАС уже приостановило членство Буркина-Фасо."),
])
def test_an_adverb_between_does_not_hide_the_suspension(lang: str, text: str) -> None:
    assert _ties(text, lang).get(("BFA", "ECOWAS", "membership")) == "suspended"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The EU on Monday suspended talks with Georgia."),
    ("de", "Die EU hat am Montag den Dialog mit Georgien suspendiert."),
    ("fr", "L'UE a suspendu lundi les négociations avec la Géorgie."),
])
def test_suspended_talks_are_no_membership(lang: str, text: str) -> None:
    assert not any(kind == "membership" for *_, kind in _ties(text, lang))

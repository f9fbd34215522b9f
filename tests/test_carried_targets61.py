"""Three article steps that carried a target from an earlier sentence more often wrong than right (round 61, carry61;
carry60's table of the carried targets by step, docs/progress.md):

- the one the latest condemnation named (`article_answers._condemned`): a condemnation whose own sentence names
  another party than its authors and that one tells its own matter ("Milei, a fierce critic of Maduro, called the
  election a fraud" after a Venezuelan court's warrant; "España, Turquía y Malasia condenaron la interceptación,
  mientras que Italia pidió a Israel ..."; "Maurice et les Seychelles, membres eux aussi de la SADC, ont exprimé
  leur préoccupation"); a fellow actor joined by a bare coordinator is one of its authors ("L'ambassadeur du Japon
  à Manille et son homologue australien ont exprimé ...");
- both sides of the latest deal (`article_acts.latest_deal_sides`): a mediation or an invitation is no deal of two
  a criticism is on ("Iran offered to host talks between the sides", "Qatar convened both parties to a new round",
  "India invited Japan's prime minister to the Quad summit");
- the other side of the focal dyad (`article_sides.focal_target`): force by the police keeps order at home ("La
  Policía detuvo a una veintena de personas", "Die Polizei setzte Wasserwerfer ein"), and so does an arrest of people
  its clause counts ("ließ mehr als zwanzig Verdächtige festnehmen", "has arrested more than 2,000 people",
  "несколько из которых арестованы"); a ship seized, a man named, a day of the month are no such count.

Sentences of our own."""

from __future__ import annotations

import pytest

from extracted import last_sentence_keys as last

ROUND = {
    "en": "Chile accused Brazil of smuggling on Monday. Argentina condemned Brazil. ",
    "es": "Chile acusó el lunes a Brasil de contrabando. Argentina condenó a Brasil. ",
    "fr": "Le Chili a accusé lundi le Brésil de contrebande. L'Argentine a condamné le Brésil. ",
}


@pytest.mark.parametrize(("lang", "tail"), [
    ("en", "Peru voiced concern."),
    ("es", "Perú expresó su preocupación."),
    ("fr", "Le Pérou a exprimé sa préoccupation."),
    # a fellow actor joined by "et" is one of the judges, no other party
    ("fr", "L'ambassadeur du Pérou et son homologue équatorien ont exprimé leur préoccupation."),
])
def test_a_round_of_condemnations_judges_the_one_the_last_named(lang: str, tail: str) -> None:
    assert ("PER", "BRA", "ACCUSE") in last(ROUND[lang] + tail, lang, tail)


@pytest.mark.parametrize(("lang", "tail"), [
    ("en", "Peru, a close partner of Ecuador, voiced concern."),
    ("es", "Perú expresó su preocupación, mientras que Ecuador pidió a Chile moderación."),
    ("fr", "Le Pérou, proche partenaire de l'Équateur, a exprimé sa préoccupation."),
])
def test_a_condemnation_naming_another_party_tells_its_own_matter(lang: str, tail: str) -> None:
    assert ("PER", "BRA", "ACCUSE") not in last(ROUND[lang] + tail, lang, tail)


@pytest.mark.parametrize(("lang", "lead", "tail"), [
    ("en", "India and Japan signed a defence pact on Monday. ", "China voiced concern."),
    ("de", "Indien und Japan unterzeichneten am Montag einen Verteidigungspakt. ", "China reagierte verärgert."),
])
def test_a_bare_criticism_after_a_deal_judges_both_sides(lang: str, lead: str, tail: str) -> None:
    found = last(lead + tail, lang, tail)
    assert {("CHN", "IND", "ACCUSE"), ("CHN", "JPN", "ACCUSE")} <= found, found


@pytest.mark.parametrize(("lang", "lead", "tail"), [
    ("en", "India invited Japan's prime minister to a summit in New Delhi on Monday. ", "China voiced concern."),
    ("de", "Indien lud am Montag den japanischen Regierungschef zu einem Gipfel nach Neu-Delhi ein. ",
     "China reagierte verärgert."),
])
def test_an_invitation_is_no_deal_a_criticism_judges(lang: str, lead: str, tail: str) -> None:
    found = last(lead + tail, lang, tail)
    assert not {("CHN", "IND", "ACCUSE"), ("CHN", "JPN", "ACCUSE")} & found, found


def test_force_by_the_police_is_not_aimed_at_the_other_side_of_the_focal_dyad() -> None:
    lead = ("Ecuador und Kolumbien streiten seit Monaten über Zölle. Kolumbien warf Ecuador Schmuggel vor. "
            "Ecuador wies die Vorwürfe zurück. ")
    tail = "Die ecuadorianische Polizei nahm zwanzig Menschen fest."
    assert ("ECU", "COL", "COERCE") not in last(lead + tail, "de", tail)


FOCAL_DE = ("Ecuador und Kolumbien streiten seit Monaten über Zölle. Kolumbien warf Ecuador Schmuggel vor. "
            "Ecuador wies die Vorwürfe zurück. ")
FOCAL_EN = ("Ecuador and Colombia have traded tariffs for months. Colombia accused Ecuador of smuggling. "
            "Ecuador rejected the accusation. ")


@pytest.mark.parametrize(("lead", "lang", "tail"), [
    (FOCAL_DE, "de", "Die ecuadorianische Regierung ließ zwanzig Menschen festnehmen."),
    (FOCAL_EN, "en", "Ecuador's government has detained more than 2,000 people."),
])
def test_an_arrest_of_counted_people_is_not_aimed_at_the_other_side(lead: str, lang: str, tail: str) -> None:
    assert ("ECU", "COL", "COERCE") not in last(lead + tail, lang, tail)


@pytest.mark.parametrize(("lead", "lang", "tail"), [
    (FOCAL_DE, "de", "Die ecuadorianische Regierung ließ am 3. Mai den Kapitän festnehmen."),
    (FOCAL_DE, "de", "Die ecuadorianischen Behörden brachten am 14. Mai zwei Fischkutter auf."),
    (FOCAL_EN, "en", "Ecuador's coast guard seized the ship on Monday."),
])
def test_force_on_a_named_or_seized_one_still_is(lead: str, lang: str, tail: str) -> None:
    assert ("ECU", "COL", "COERCE") in last(lead + tail, lang, tail)

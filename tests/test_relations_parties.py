"""Whose tie a sentence states, where another name stands near it: an organisation in an apposition to the subject
("Turkey, a NATO member, signed with Syria an agreement") is what the subject is a member of, no party of the treaty,
wherever the partner stands; an organisation something is formed against ("the coalition against the Islamic State,
which includes France") has no members there; "the two countries" after "and" sums up the two states its own
sentence has just named, not a pair of the sentence before. Whole pipeline, own sentences."""

from __future__ import annotations

import pytest

from extracted import extraction


def _ties(text: str, lang: str) -> set[tuple[str, str, str]]:
    return {(*sorted((r.a[:3] if len(r.a) == 6 else r.a, r.b[:3] if len(r.b) == 6 else r.b)), r.kind)
            for r in extraction(text, lang).relations}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Turkey, a NATO member, signed a military cooperation agreement with Syria."),
    ("de", "Die Türkei, ein Nato-Mitglied, unterzeichnete mit Syrien ein Abkommen über militärische Zusammenarbeit."),
    ("es", "Turquía, miembro de la OTAN, firmó con Siria un acuerdo de cooperación militar."),
    ("fr", "La Turquie, membre de l'Otan, a signé avec la Syrie un accord de coopération militaire."),
    ("ru", "Турция, член НАТО, подписала с Сирией соглашение о военном сотрудничестве."),
])
def test_an_organisation_apposed_to_the_subject_is_no_party_of_its_treaty(lang: str, text: str) -> None:
    ties = _ties(text, lang)
    assert ("SYR", "TUR", "cooperation_agreement") in ties, ties
    assert ("NATO", "SYR", "cooperation_agreement") not in ties, ties
    assert ("NATO", "TUR", "membership") in ties, ties


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Iraq thanked the coalition against the Islamic State, which includes France and Britain."),
    ("de", "Der Irak dankte der Koalition gegen den Islamischen Staat, der Frankreich und Großbritannien angehören."),
    ("es", "Siria se sumó a la coalición internacional contra el Estado Islámico que lidera Estados Unidos."),
    ("fr", "L'Irak a remercié la coalition contre l'État islamique, qui comprend la France et le Royaume-Uni."),
    ("ru", "Ирак поблагодарил коалицию против ИГ, в которую входят Франция и Великобритания."),
])
def test_the_enemy_of_a_coalition_has_no_members_there(lang: str, text: str) -> None:
    ties = _ties(text, lang)
    assert not any("IS" in tie[:2] and tie[2] == "membership" for tie in ties), ties


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Japan and Vietnam signed a trade deal on Friday. China is Vietnam's largest trading partner, and the two "
           "countries describe their relationship as a strategic partnership."),
    ("de", "Die USA und Indien unterzeichneten am Freitag ein Handelsabkommen. Russland ist Indiens größter "
           "Waffenlieferant, und beide Länder bezeichnen ihre Beziehungen als strategische Partnerschaft."),
    ("es", "Japón y Vietnam firmaron el viernes un acuerdo comercial. China es el principal socio comercial de "
           "Vietnam, y los dos países describen su relación como una asociación estratégica."),
    ("fr", "Le Japon et le Vietnam ont signé vendredi un accord commercial. La Chine est le premier partenaire "
           "commercial du Vietnam, et les deux pays décrivent leur relation comme un partenariat stratégique."),
    ("ru", "Япония и Вьетнам в пятницу подписали торговое соглашение. Китай остается главным торговым партнером "
           "Вьетнама, и обе страны называют свои отношения стратегическим партнерством."),
])
def test_the_two_countries_after_and_are_the_two_its_sentence_named(lang: str, text: str) -> None:
    ties = _ties(text, lang)
    partnerships = {tie[:2] for tie in ties if tie[2] == "strategic_partnership"}
    assert partnerships and all(pair != ("JPN", "VNM") and pair != ("IND", "USA") for pair in partnerships), ties


def test_troops_that_fought_alongside_another_army_are_no_rivals() -> None:
    text = "Canada and Britain are allies, and Canadian troops fought alongside British forces in both world wars."
    ties = _ties(text, "en")
    assert ("CAN", "GBR", "rivalry") not in ties, ties
    assert ("CAN", "GBR", "ally") in ties, ties


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Putin and Modi held talks. The leaders reaffirmed the strategic partnership of the two countries."),
    ("de", "Putin und Modi führten Gespräche. Die Staatschefs bekräftigten die strategische Partnerschaft der beiden "
           "Länder."),
    ("es", "Putin y Modi mantuvieron conversaciones. Los líderes reafirmaron la asociación estratégica de los dos "
           "países."),
    ("fr", "Poutine et Modi ont eu des entretiens. Les dirigeants ont réaffirmé le partenariat stratégique des deux "
           "pays."),
])
def test_the_two_states_in_the_genitive_of_a_tie_are_its_parties(lang: str, text: str) -> None:
    assert ("IND", "RUS", "strategic_partnership") in _ties(text, lang)

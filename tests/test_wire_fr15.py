"""What the fifteenth French wire set (eval/gold/wire_fr15.jsonl: a maritime accord in Beirut, a journalist's sentence
upheld in Algeria, diplomats expelled between Paris and Bamako, an invitation to Tehran declined, the UN coordinator
expelled from Ouagadougou, Chinese oil executives ordered out of Niger, Macron and Xi in Beijing, Carney in Abu Dhabi,
Algiers and the ICJ, a tanker boarded off Brittany) showed the coder missing or printing wrongly. Each fix is a way
the language says things, tested with sentences written for this file, not taken from the set."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import country_keys

ON = date(2025, 9, 14)


@pytest.mark.parametrize(("text", "key"), [
    ("Paris a prié un conseiller de l'ambassade russe de quitter le territoire sous huit jours.",
     ("FRA", "RUS", "SANCTION")),
    ("Le Maroc a demandé à trois employés du consulat algérien de quitter le pays.", ("MAR", "DZA", "SANCTION")),
    ("Vilnius a invité deux agents de l'ambassade biélorusse à quitter le territoire.", ("LTU", "BLR", "SANCTION")),
])
def test_embassy_staff_asked_to_leave_are_expelled(text: str, key: tuple) -> None:
    """"a demandé à deux agents de l'ambassade de quitter le territoire": the demand that envoys leave was an
    expulsion only when it named an ambassador or a diplomat; an embassy's agents, employees or counsellors asked,
    begged or invited to leave were an appeal (or an invitation)."""
    found = country_keys(text, "fr", published=ON)
    assert key in found and not any(k[2] in ("REQUEST", "AGREE") for k in found), found


@pytest.mark.parametrize(("text", "key"), [
    ("Le Japon a demandé à ses ressortissants de quitter le pays.", None),
    ("Le Sénégal a demandé au Mali de respecter l'accord.", ("SEN", "MLI", "REQUEST")),
])
def test_other_requests_to_leave_stay_what_they_were(text: str, key: tuple | None) -> None:
    """Citizens told to leave a country are no expulsion, and an appeal without an embassy's staff stays one."""
    found = country_keys(text, "fr", published=ON)
    assert not any(k[2] == "SANCTION" for k in found), found
    if key:
        assert key in found, found


@pytest.mark.parametrize(("text", "key"), [
    ("La Chine a rejeté les reproches de Washington.", ("CHN", "USA", "REJECT")),
    ("Ankara rejette les reproches de l'Union européenne sur les droits de l'homme.", ("TUR", "EU", "REJECT")),
    ("Téhéran a rejeté mardi les reproches de l'AIEA.", ("IRN", "IAE", "REJECT")),
])
def test_reproaches_rejected_are_a_denial(text: str, key: tuple) -> None:
    """"a rejeté les reproches de Paris": the blame noun after the rejection was read as a blame by the one who
    rejects it (an ACCUSE aimed at the accuser) beside the denial."""
    found = country_keys(text, "fr", published=ON)
    assert key in found and not any(k[2] == "ACCUSE" for k in found), found


def test_a_reproach_made_stays_an_accusation() -> None:
    """The blame itself is still read."""
    assert ("USA", "CHN", "ACCUSE") in country_keys("Washington reproche à Pékin d'avoir armé la Russie.", "fr",
                                                    published=ON)


@pytest.mark.parametrize(("lang", "text", "key"), [
    ("fr", "Le Kremlin a dénoncé une « provocation », accusant la France de mentir.", ("RUS", "FRA", "ACCUSE")),
    ("fr", "Ankara a dénoncé une « ingérence », accusant la Grèce de soutenir les séparatistes.",
     ("TUR", "GRC", "ACCUSE")),
    ("ru", "Москва назвала это «провокацией», обвинив Францию во лжи.", ("RUS", "FRA", "ACCUSE")),
])
def test_a_participle_after_a_quotation_is_no_incise(lang: str, text: str, key: tuple) -> None:
    """"a dénoncé une « provocation », accusant la France de ...": after a closing quote and its comma the verb of
    an incise comes first and its subject after it («...», a exigé le président); a participle there was read so,
    and the one it accuses became the accuser. The participle shares the main clause's subject."""
    found = country_keys(text, lang, published=ON)
    assert key in found and (key[1], key[0], key[2]) not in found, found


def test_an_incise_after_a_quotation_keeps_its_speaker() -> None:
    """The inverted speaker of a finite incise verb stays the source."""
    assert ("FRA", "RUS", "REQUEST") in country_keys(
        "« La Russie doit retirer ses troupes », a exigé le président français.", "fr", published=ON)


@pytest.mark.parametrize(("text", "key"), [
    # (an international court so seized is a suit, no appeal: tests/test_court_seized.py, round 60)
    ("Le Mali a saisi l'ONU en mars. Le gouvernement malien a de nouveau saisi l'organisation en septembre.",
     ("MLI", "UN", "REQUEST")),
    ("Le Bénin a dénoncé le Niger devant la Cédéao. Cotonou a saisi l'organisation régionale.",
     ("BEN", "ECO", "REQUEST")),
    ("Le Guyana a porté le différend devant la Cour internationale de justice. Le Venezuela a ensuite saisi la Cour à "
     "son tour.", ("VEN", "ICJ", "REQUEST")),
])
def test_a_body_seized_by_its_description_is_appealed_to(text: str, key: tuple) -> None:
    """"a saisi la juridiction onusienne" after the ICJ was named: the description stands for the body, but the
    appeal rule, which claims "saisir" only before an organisation, did not count a reference to one, and the
    seizure of goods or ships (COERCE 171) was read instead."""
    found = country_keys(text, "fr", published=ON)
    assert key in found and not any(k[2] == "COERCE" for k in found), found


@pytest.mark.parametrize("text", [
    "Le Premier ministre nigérien a reçu l'ambassadeur de Chine pour un entretien qualifié de « franc ».",
    "Le ministre algérien a eu avec son homologue français un échange qualifié de « franc et direct ».",
])
def test_talks_called_frank_are_no_criticism(text: str) -> None:
    """"un entretien qualifié de « franc »": a neutral word for the tone of talks after "qualifié de" was read as a
    verdict (ACCUSE 111) on the other side; the hosting stays."""
    found = country_keys(text, "fr", published=ON)
    assert not any(k[2] == "ACCUSE" for k in found), found


def test_a_verdict_by_qualifier_stays_a_criticism() -> None:
    """A blame said with "qualifier de" is still read."""
    assert ("TUR", "SWE", "ACCUSE") in country_keys("Le ministre turc a qualifié le gouvernement suédois "
                                                    "d'irresponsable.", "fr", published=ON)

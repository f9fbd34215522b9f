"""French kinds of round 61 (fr61), each with sentences written for the tests.

- A court that declares itself incompetent for a claim, strikes the claim off its list or dismisses the claimant
  rejects the claimant (REJECT 120; eval/gold/README.md, "A court that dismisses a claim rejects the claimant", round
  60): the claimant is the claim's "de"/"du" or the "par" of the participle that introduced it, never the one sued
  after "contre"; a ruling for one side ("a donné raison à X dans son différend avec Y") rejects the other. Studied:
  wire-fr9-004 ("s'était déclarée incompétente ... pour examiner la plainte du Soudan"), wire-fr7-001 ("a rayé de son
  rôle la requête introduite ... par le Mali contre l'Algérie"), wire-fr12-010 ("a donné raison ... à la Guinée
  équatoriale dans son différend frontalier avec le Gabon"), fresh61a-fr-001 (the ECOWAS court incompetent for
  Guinea's claim): four stories.
- The ECOWAS court is ECOWAS (eval/gold/README.md: an organisation's organ is the organisation).
- To seize a body or its members of a matter ("a saisi les autres membres du groupe", "a saisi la juridiction
  régionale") refers it to them: no seizure (COERCE 171). Studied: fresh49a-fr-004, fresh61a-fr-001.
- "sera aux côtés de X" promises, as "restera aux côtés de X" does (AGREE 030; fresh55a-fr-001, fresh61a-fr-003).
- A grant suspended ("a suspendu un don") is aid stopped (SANCTION 162), no aid (fresh61a-fr-002; "don" is fr.aid's).
- To refuse to give up one's own arms turns down no one (wire-fr4-006, fresh61a-fr-002): no REJECT.
"""

from __future__ import annotations

import pytest

from extracted import country_keys, read_as

DISMISSED = [
    ("La Cour internationale de justice s'est déclarée incompétente pour examiner la plainte du Nicaragua contre "
     "l'Allemagne.", ("ICJ", "NIC", "120"), ("ICJ", "DEU", "120")),
    ("La CIJ s'était déclarée incompétente en mai pour juger la requête de la Bolivie.", ("ICJ", "BOL", "120"), None),
    ("La Cour internationale de justice a rayé jeudi de son rôle la requête déposée en mars par le Guyana contre le "
     "Venezuela.", ("ICJ", "GUY", "120"), ("ICJ", "VEN", "120")),
    ("La CIJ a rayé de son rôle la requête du Bénin.", ("ICJ", "BEN", "120"), None),
    ("La Cour internationale de justice a débouté le Honduras.", ("ICJ", "HND", "120"), None),
    ("La Cour de justice de la Cedeao s'est déclarée incompétente pour examiner la plainte du Togo contre le Ghana.",
     ("ECO", "TGO", "120"), ("ECO", "GHA", "120")),
    # a ruling for one side rejects the other
    ("La Cour internationale de justice a donné raison mardi au Belize dans son différend territorial avec le "
     "Guatemala.", ("ICJ", "GTM", "120"), ("ICJ", "BLZ", "120")),
]


@pytest.mark.parametrize(("text", "expected", "wrong"), DISMISSED)
def test_a_court_that_dismisses_a_claim_rejects_the_claimant(text: str, expected: tuple, wrong: tuple | None) -> None:
    read_as(country_keys(text, "fr", kind="cameo"), expected, wrong)


@pytest.mark.parametrize(("text", "expected"), [
    ("La Cour de justice de la Cedeao a rejeté la demande du Burkina Faso.", ("ECO", "BFA", "120")),
    ("La Cour de justice de la Communauté économique des États de l'Afrique de l'Ouest a débouté le Niger.",
     ("ECO", "NER", "120")),
])
def test_the_ecowas_court_is_ecowas(text: str, expected: tuple) -> None:
    read_as(country_keys(text, "fr", kind="cameo"), expected)


@pytest.mark.parametrize("text", [
    "Le ministère nigérian a convoqué l'ambassadeur du Ghana et a saisi les autres membres de l'organisation.",
    "La Sierra Leone a accusé la Guinée de provocation. Conakry a saisi la juridiction régionale en octobre.",
    "Le Tchad a protesté auprès du Cameroun et a saisi la commission de l'organisation régionale.",
])
def test_a_body_seized_of_a_matter_is_no_seizure(text: str) -> None:
    keys = country_keys(text, "fr", kind="cameo")
    assert not [k for k in keys if k[2].startswith("17")], keys


@pytest.mark.parametrize(("text", "expected"), [
    ("La marine iranienne a saisi un pétrolier grec dans le golfe d'Oman.", ("IRN", "GRC", "171")),
    ("Les garde-côtes sénégalais ont saisi la cargaison d'un chalutier chinois.", ("SEN", "CHN", "171")),
])
def test_a_ship_or_cargo_seized_is_still_seized(text: str, expected: tuple) -> None:
    read_as(country_keys(text, "fr", kind="cameo"), expected)


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    ("« Le Maroc sera toujours aux côtés de la Mauritanie », a déclaré le ministre.", ("MAR", "MRT", "030"),
     ("MAR", "MRT", "050")),
    ("Le Qatar est aux côtés du Liban.", ("QAT", "LBN", "050"), None),
])
def test_standing_alongside_in_the_future_is_a_pledge(text: str, expected: tuple, wrong: tuple | None) -> None:
    read_as(country_keys(text, "fr", kind="cameo"), expected, wrong)


def test_a_grant_suspended_is_no_aid() -> None:
    keys = country_keys("Le Koweït, qui avait suspendu en 2020 un don de 200 millions de dollars destiné à l'armée "
                        "jordanienne, n'a pas réagi.", "fr", kind="plover")
    read_as(keys, ("KWT", "JOR", "SANCTION"), ("KWT", "JOR", "AID"))


@pytest.mark.parametrize("text", [
    "Israël a bombardé le Liban. Les rebelles, qui refusent de remettre leurs armes tant que l'armée israélienne "
    "occupera le sud, n'ont pas réagi.",
    "La Colombie a accusé le Venezuela. La guérilla refuse toujours de déposer les armes.",
])
def test_refusing_to_give_up_ones_arms_rejects_no_one(text: str) -> None:
    keys = country_keys(text, "fr")
    assert not [k for k in keys if k[2] == "REJECT"], keys

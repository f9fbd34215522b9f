"""French readings of round 59 (fr59), learnt from fresh59a_fr and the other studied French sets. Sentences of our
own, each beside the reading it must not give.

- The perfect's auxiliary ("a", "ont", "avait" ...) is listed in fr.yaml (`perfect_auxiliaries`), as German and
  Spanish list theirs: "a dénoncé ... et a saisi le Conseil" joins a second verb with its own auxiliary, and the body
  seized is no target of the first (wire-fr6-001, wire-fr7-010).
- ", comme X et Y" after an act: the actors compared did the act told before the comma (roles `comparison_openers`,
  `events/article_phrases.compared`; fresh59a-fr-003, relwire7-fr-003, relwire16-fr-003); not without the comma
  ("membre de l'OTSC comme le Kazakhstan").
- A crime-naming accusation whose pattern reaches past the charge's "de" ("accuse X d'abriter des bases ... destinées
  à le déstabiliser"): the act after "de" is the charge, not an act told (roles `charge_markers`; fresh51a-fr-004,
  long-fr2-003).
- A long apposition after the subject closed by a comma before the perfect's auxiliary ("X et Y, partenaires de Z au
  sein de ..., ont chacun dépêché ..."): a name in it is no target of the verb (fresh59a-fr-003).
"""

from __future__ import annotations

import pytest

from extracted import facts, read_as, read_as_all


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    # the second verb's auxiliary: the body seized is not what was denounced
    ("Caracas a dénoncé une « agression » et a saisi le Conseil de sécurité.", ("VEN", "UN", "REQUEST", False),
     ("VEN", "UN", "ACCUSE", False)),
    ("Le Liban a dénoncé une « agression » et a saisi le Conseil de sécurité.", ("LBN", "UN", "REQUEST", False),
     ("LBN", "UN", "ACCUSE", False)),
])
def test_a_second_verb_with_its_own_auxiliary(text: str, expected: tuple, wrong: tuple) -> None:
    read_as(facts(text, "fr"), expected, wrong)


@pytest.mark.parametrize(("text", "expected"), [
    ("Le Tchad a rappelé son ambassadeur au Soudan, comme le Niger et le Mali.",
     [("TCD", "SDN", "SANCTION", False), ("NER", "SDN", "SANCTION", False), ("MLI", "SDN", "SANCTION", False)]),
    ("Le président français a félicité Paul Biya, comme l'ont fait le Nigérian Bola Tinubu et le Gabonais Brice "
     "Oligui Nguema.",
     [("FRA", "CMR", "SUPPORT", False), ("NGA", "CMR", "SUPPORT", False), ("GAB", "CMR", "SUPPORT", False)]),
    ("L'Égypte et l'Inde ont signé un accord de défense, comme la Grèce avant elles.",
     [("EGY", "IND", "AGREE", False), ("GRC", "IND", "AGREE", False)]),
])
def test_actors_compared_after_a_comma_did_the_act(text: str, expected: list) -> None:
    read_as_all(facts(text, "fr"), expected)


def test_a_comparison_inside_an_apposition_adds_no_actor() -> None:
    keys = facts("Le Bélarus, membre de l'OTSC comme le Kazakhstan, a expulsé deux diplomates polonais.", "fr")
    read_as_all(keys, [("BLR", "POL", "SANCTION", False)], [("KAZ", "POL", "SANCTION", False)])


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    ("Le Tchad accuse le Soudan d'héberger des bases russes destinées à le déstabiliser.",
     ("TCD", "SDN", "ACCUSE", False), ("SDN", "RUS", "COOPERATE", False)),
    ("Bamako accuse Niamey d'abriter des bases étrangères destinées à déstabiliser le Mali.",
     None, ("NER", "MLI", "COOPERATE", False)),
])
def test_the_charge_after_a_crime_naming_accusation_is_no_act(text: str, expected: tuple | None,
                                                              wrong: tuple) -> None:
    keys = facts(text, "fr")
    read_as(keys, expected, wrong)
    assert not any(k[2] == "COOPERATE" for k in keys), keys


def test_a_name_in_a_long_apposition_before_the_auxiliary_is_no_target() -> None:
    keys = facts("La Zambie et le Malawi, partenaires du Mozambique au sein de la Communauté de développement "
                 "d'Afrique australe, ont chacun dépêché un détachement militaire pour aider à l'évacuation des "
                 "quartiers inondés de Maputo.", "fr")
    read_as_all(keys, [("ZMB", "MOZ", "AID", False), ("MWI", "MOZ", "AID", False)],
                [("ZMB", "SADC", "AID", False), ("MWI", "SADC", "AID", False)])

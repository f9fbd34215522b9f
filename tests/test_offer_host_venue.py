"""An offer to host talks names where they would be held, and that place is no side of them: French "a proposé
d'accueillir à Lima une réunion des ministres des deux pays" (events/roles_places.host_venue: a place right after "à"
behind a verb of hosting, `host_verbs` and `host_prepositions` in data/rules/roles/fr.yaml); the offer then stands
between the sides the article told (article_fill `_mediated_parties`). And a participle right after a comma followed
by its agent's preposition describes the noun before it, whatever the agent ("l'installation de bases étrangères,
rejetée par référendum"): a passive, no act of the clause's subject (events/voice.reduced_passive). Sentences of our
own."""

from __future__ import annotations

import pytest

from extracted import shown_keys

CLASH = "Des soldats tchadiens et soudanais ont échangé des tirs mardi à la frontière. "


def _agree(text: str, lang: str, source: str) -> set[str]:
    return {t for s, t, kind in shown_keys(text, lang) if s == source and kind == "AGREE"}


def test_the_offerers_own_capital_after_accueillir_is_the_venue_and_the_offer_stands_between_the_sides() -> None:
    text = CLASH + "Le Sénégal a proposé d'accueillir à Dakar une réunion des ministres des deux pays."
    assert _agree(text, "fr", "SEN") == {"TCD", "SDN"}


def test_a_third_states_capital_after_accueillir_is_no_side_of_the_offered_talks() -> None:
    text = CLASH + "L'Union africaine a proposé d'accueillir à Addis-Abeba des pourparlers entre les deux voisins."
    assert _agree(text, "fr", "AU") == {"TCD", "SDN"}


def test_a_state_offered_something_with_a_is_still_its_target() -> None:
    """"à" marks the one offered to where no verb of hosting stands before it."""
    text = ("Le Soudan a proposé au Tchad un accord sur le partage des eaux du lac. Le Tchad a rejeté la proposition "
            "soudanaise.")
    assert ("TCD", "SDN", "REJECT") in shown_keys(text, "fr")


OFFERED = {
    "fr": CLASH + "Le Sénégal a proposé d'accueillir à Dakar une réunion des ministres des deux pays. ",
    "es": "Tropas de Chad y Sudán intercambiaron disparos el martes en la frontera. Senegal se ofreció a acoger una "
          "reunión entre ambos. ",
}


@pytest.mark.parametrize(("lang", "sentence"), [
    ("fr", "Le président tchadien a durci sa politique et défendu l'installation de bases étrangères dans le pays, "
           "rejetée par référendum en novembre."),
    ("fr", "Le président tchadien a défendu la réforme, rejetée par le Parlement en novembre."),
    ("es", "El presidente chadiano defendió la instalación de bases extranjeras, rechazada por referéndum en "
           "noviembre."),
])
def test_a_participle_after_a_comma_with_its_agent_is_no_act_of_the_clauses_subject(lang: str, sentence: str) -> None:
    keys = shown_keys(OFFERED[lang] + sentence, lang)
    assert not any(s == "TCD" and kind == "REJECT" for s, _t, kind in keys)

"""What the fourteenth French wire set (eval/gold/wire_fr14.jsonl: an ambassador summoned over a letter, the Sahel
states leaving the Francophonie, a minister in Laayoune, a fighter-jet contract, a visa accord denounced, sanctions
from Brussels, Kenya on the Sahara, Europeans and Iran in Geneva, Syrians and Israelis in Paris, a prime minister at
the White House) showed the coder missing or printing wrongly. Each fix is a way the languages say things, tested with
sentences written for this file, not taken from the set."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import country_keys

ON = date(2025, 3, 18)


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le Togo a annoncé mercredi son retrait de l'Organisation internationale de la Francophonie."),
    ("fr", "Le gouvernement tchadien a décidé de quitter la Francophonie."),
    ("en", "Togo said on Wednesday it was leaving the International Organisation of La Francophonie."),
])
def test_the_francophonie_is_an_organisation_states_leave(lang: str, text: str) -> None:
    """The OIF was no actor: a state leaving it or suspended by it gave nothing, or an act aimed at the next
    state named."""
    found = country_keys(text, lang, published=ON)
    assert any(key[1] == "OIF" and key[2] == "SANCTION" for key in found), found


@pytest.mark.parametrize(("lang", "text", "other"), [
    ("fr", "Le ministère français des Affaires étrangères rappelle que les diplomates américains sont tenus de "
           "respecter la convention de Vienne.", "USA"),
    ("fr", "La diplomatie algérienne a rappelé que l'ambassadeur de France avait été reçu en janvier.", "FRA"),
    ("fr", "Le Premier ministre belge a rappelé que l'ambassadeur d'Israël était attendu au ministère.", "ISR"),
    ("en", "The French foreign ministry recalled that US diplomats are bound by the Vienna Convention.", "USA"),
    ("en", "The Belgian prime minister recalled that the Israeli ambassador had been summoned twice.", "ISR"),
])
def test_to_recall_that_is_to_remind(lang: str, text: str, other: str) -> None:
    """"rappelle que les diplomates ...", "recalled that the ambassador ...": the verb of a reminder; the envoy named
    in what is recalled was read as called home (a SANCTION between the speaker and the envoy's state)."""
    found = country_keys(text, lang, published=ON)
    assert not any(key[2] == "SANCTION" for key in found), found


@pytest.mark.parametrize(("lang", "text", "key"), [
    ("fr", "La Belgique a rappelé son ambassadeur en Israël pour consultations.", ("BEL", "ISR", "SANCTION")),
    ("fr", "Le porte-parole a rappelé que les diplomates russes avaient été expulsés de Lituanie.",
     ("LTU", "RUS", "SANCTION")),
    ("en", "The spokesman recalled that Chinese diplomats had been expelled from Lithuania.",
     ("LTU", "CHN", "SANCTION")),
])
def test_a_recall_or_an_expulsion_is_still_read(lang: str, text: str, key: tuple) -> None:
    """The reminder claims its verb and "que"/"that" only: an envoy's recall, or an expulsion told inside what is
    recalled, stays."""
    assert key in country_keys(text, lang, published=ON)

"""German and English readings of round 59 (deen59): a denial that names where the claim came from, and the state
whose vote is told before the congratulation. Sentences of our own (none from the sets), each with a phrasing the
change must leave alone."""

from __future__ import annotations

import pytest

from extracted import shown_keys


@pytest.mark.parametrize("text, lang, rebutted, not_rebutted", [
    ("UN-Experten werfen Ruanda vor, die Rebellen mit Soldaten zu unterstützen. Die Regierung in Kigali wies die "
     "Vorwürfe aus Kinshasa zurück, sie unterstütze die M23.", "de", {"COD"}, "UN"),
    ("Ein Bericht der Vereinten Nationen wirft Eritrea vor, Waffen an Milizen zu liefern. Die Regierung in Asmara wies "
     "die Anschuldigungen aus Addis Abeba und Mogadischu zurück, sie rüste die Milizen aus.", "de", {"ETH", "SOM"},
     "UN"),
    ("United Nations experts accused Rwanda of backing the rebels. The government in Kigali rejected the accusations "
     "from Kinshasa, saying it does not arm the M23.", "en", {"COD"}, "UN"),
])
def test_a_denial_that_names_its_claimants_answers_no_earlier_speaker(text: str, lang: str, rebutted: set[str],
                                                                      not_rebutted: str) -> None:
    # "wies die Vorwürfe aus Kinshasa zurück": the phrase after the origin preposition (`origin_markers`: "aus",
    # "from") right at the trigger names who made the claim; the subject of the sentence before is no claimant too
    # (trigger_corrections.claim_origin, article_answers.deny_claim)
    keys = shown_keys(text, lang)
    rejected = {k[1] for k in keys if k[2] == "REJECT"}
    assert rebutted <= rejected, keys
    assert not_rebutted not in rejected, keys


def test_a_denial_of_what_the_sentence_before_said_still_answers_its_speaker() -> None:
    # with no origin phrase, the claimant is still the subject of the sentence before ("Rwanda denies backing M23")
    keys = shown_keys("UN-Experten werfen Ruanda vor, die Rebellen mit Soldaten zu unterstützen. Kigali bestritt, die "
                      "M23 zu unterstützen.", "de")
    assert ("RWA", "UN", "REJECT") in keys, keys
    # an origin phrase of another verb, after "und", names no claimant: "... zurückgewiesen und seine Botschafter aus
    # Berlin zurückgerufen"
    keys = shown_keys("Die Vereinten Nationen setzten die Sanktionen gegen Iran wieder in Kraft. Teheran hat die "
                      "Wiedereinführung als null und nichtig zurückgewiesen und seinen Botschafter aus Berlin "
                      "zurückgerufen.", "de")
    assert ("IRN", "UN", "REJECT") in keys, keys


@pytest.mark.parametrize("text, lang, expected", [
    ("Observers from the European Union endorsed Ghana's presidential election, as Nigeria and Togo hurried to "
     "congratulate Kwabena Asante-Mensah.", "en", {("NGA", "GHA", "SUPPORT"), ("TGO", "GHA", "SUPPORT")}),
    ("Die Wahlbeobachter lobten die Parlamentswahl in Georgien, und Aserbaidschan gratulierte dem Wahlsieger Kacha "
     "Beridse.", "de", {("AZE", "GEO", "SUPPORT")}),
])
def test_the_state_beside_the_election_word_is_the_voted_one_before_the_congratulation(
        text: str, lang: str, expected: set[tuple]) -> None:
    # a state whose name stands right beside an election word ("Ghana's presidential election", "die Parlamentswahl in
    # Georgien") is the one that voted, even where the congratulation comes after it (elections.voted_states)
    keys = shown_keys(text, lang)
    assert expected <= keys, keys


def test_the_congratulators_named_before_the_congratulation_stay_congratulators() -> None:
    keys = shown_keys("France and Ethiopia congratulated Guelleh on his re-election.", "en")
    assert ("FRA", "DJI", "SUPPORT") in keys and ("ETH", "DJI", "SUPPORT") in keys, keys
    assert not any(k[1] in ("FRA", "ETH") for k in keys), keys


"""Round 47, Spanish (es47): ways Spanish says an act that the coder read with too little confidence, wrongly or
not at all, found in the Spanish study articles and own sets, on sentences of our own (docs/progress.md "Round 47:
Spanish (es47)")."""

from __future__ import annotations

from extracted import events_of, facts, shown_keys


def _sure(text: str) -> set[tuple]:
    """(source country, target country, PLOVER type) of the events coded well above the threshold: a subject measured
    from its own place, far off and outside the verb's clause, scored near it (0.38)."""
    return {(e.source[:3], (e.target or "")[:3], e.plover) for e in events_of(text, "es") if e.confidence > 0.6}


def test_a_relative_clause_between_subject_and_verb_keeps_the_subject_the_verbs_own() -> None:
    # "X, que ..., pidió": the relative clause only interrupts; the subject is the verb's own, not borrowed
    assert ("COL", "OAS", "REQUEST") in _sure("Petro, que abandona el cargo en agosto, pidió a la OEA que se "
                                              "pronuncie sin demora.")
    assert ("IND", "BRA", "SUPPORT") in _sure("El primer ministro indio, que llegó el domingo a Brasilia procedente "
                                              "de Buenos Aires, elogió este lunes el liderazgo de Brasil.")
    # "cuyo": a relative clause too
    assert ("ARG", "URY", "AGREE") in _sure("Argentina, cuyo presidente visitó Washington en marzo, firmó el martes "
                                            "un acuerdo comercial con Uruguay.")


def test_an_apposition_between_commas_is_no_relative_clause() -> None:
    # a participle phrase may carry another act's parties or history: its subject keeps the cost of a far one
    assert not shown_keys("El bloque, fundado por Brasil, Rusia, India y China, incorporó más tarde a Sudáfrica.",
                          "es")


def test_an_act_given_up_is_negated() -> None:
    # "renunciar a" / "desistir de" + the act's infinitive: the act was not done (EVAL.md, "decision not to sign")
    assert ("COL", "VEN", "CONSULT", True) in facts("El presidente de Colombia renunció a viajar a Caracas tras las "
                                                    "protestas de la oposición.", "es")
    assert ("PER", "CHL", "AGREE", True) in facts("El Gobierno de Perú desistió de firmar el acuerdo con Chile.", "es")
    assert ("ARG", "BRI", "AGREE", True) in facts("Argentina renunció a incorporarse a los BRICS.", "es")


def test_giving_up_an_office_negates_no_act_after_it() -> None:
    # "renunció al cargo tras reunirse con ...": the verb's own object, not an act given up
    assert ("FRA", "ITA", "CONSULT", False) in facts("El ministro francés renunció al cargo tras reunirse con el "
                                                     "presidente de Italia.", "es")


def test_an_adverb_between_the_verb_of_attack_and_its_preposition() -> None:
    # "arremetió duramente contra", "cargó de nuevo contra": the adverb does not part the verb from the one it attacks
    assert ("MAR", "DZA", "ACCUSE") in shown_keys("El rey de Marruecos arremetió duramente contra Argelia.", "es")
    assert ("VEN", "GUY", "ACCUSE") in shown_keys("El presidente de Venezuela cargó de nuevo contra Guyana por el "
                                                  "referéndum.", "es")
    assert ("VEN", "COL", "ACCUSE") in shown_keys("Maduro despotricó otra vez contra el Gobierno de Colombia.", "es")

"""A fresh French set written as real news is written (eval/gold/fresh53a_fr.jsonl, studied): what the round-53
fixes read, on sentences of our own, each beside one the fix must leave alone.

"alors" alone is the adverb of background ("avait alors rappelé"), not the subordinator of "alors que": it does not
part a verb coordinated after it from the subject they share. A past participle right after "et" (the auxiliary
between or none) is a verb of its own, no act a demand before it asks for (that one is an infinitive)."""

from __future__ import annotations

from extracted import facts, read_as, read_as_all


def test_a_verb_coordinated_after_alors_keeps_the_first_subject():
    read_as(facts("La Bolivie avait alors saisi le Conseil de sécurité et expulsé deux diplomates chiliens.", "fr"),
            ("BOL", "CHL", "SANCTION", False), ("UN", "CHL", "SANCTION", False))
    # "alors que" still opens a clause with a subject of its own
    read_as(facts("L'Inde a bombardé des camps au Cachemire, alors que le Pakistan négociait avec la Chine.", "fr"),
            ("PAK", "CHN", "CONSULT", False), ("IND", "CHN", "CONSULT", False))


def test_a_participle_after_et_is_no_act_demanded():
    read_as_all(facts("Le Ghana a appelé le Togo et le Burkina Faso au calme et proposé sa médiation.", "fr"),
                [("GHA", "TGO", "AGREE", False), ("GHA", "TGO", "REQUEST", False)])
    read_as(facts("Ottawa a exhorté Caracas à libérer les opposants et a suspendu son aide au Venezuela.", "fr"),
            ("CAN", "VEN", "SANCTION", False))
    # an infinitive after "et à" is still asked for: no mediation accepted by the one asked
    read_as_all(facts("Le Ghana a appelé le Togo à retirer ses troupes et à accepter une médiation.", "fr"),
                wrong=[("TGO", "GHA", "CONSULT", False), ("GHA", "TGO", "CONSULT", False)])


def test_an_island_state_written_with_a_lower_case_iles():
    assert ("SLB", "AUS", "SANCTION", False) in facts(
        "Les îles Salomon ont expulsé deux diplomates australiens.", "fr")
    assert ("MHL", "CHN", "ACCUSE", False) in facts("Les îles Marshall ont accusé la Chine d'ingérence.", "fr")

"""A fresh French set written as real news is written (eval/gold/fresh53a_fr.jsonl, studied): what the round-53
fixes read, on sentences of our own, each beside one the fix must leave alone.

"alors" alone is the adverb of background ("avait alors rappelé"), not the subordinator of "alors que": it does not
part a verb coordinated after it from the subject they share. A past participle right after "et" (the auxiliary
between or none) is a verb of its own, no act a demand before it asks for (that one is an infinitive)."""

from __future__ import annotations

from extracted import facts


def test_a_verb_coordinated_after_alors_keeps_the_first_subject():
    found = facts("La Bolivie avait alors saisi le Conseil de sécurité et expulsé deux diplomates chiliens.", "fr")
    assert ("BOL", "CHL", "SANCTION", False) in found
    assert ("UN", "CHL", "SANCTION", False) not in found
    # "alors que" still opens a clause with a subject of its own
    found = facts("L'Inde a bombardé des camps au Cachemire, alors que le Pakistan négociait avec la Chine.", "fr")
    assert ("PAK", "CHN", "CONSULT", False) in found
    assert ("IND", "CHN", "CONSULT", False) not in found


def test_a_participle_after_et_is_no_act_demanded():
    found = facts("Le Ghana a appelé le Togo et le Burkina Faso au calme et proposé sa médiation.", "fr")
    assert ("GHA", "TGO", "AGREE", False) in found
    assert ("GHA", "TGO", "REQUEST", False) in found
    found = facts("Ottawa a exhorté Caracas à libérer les opposants et a suspendu son aide au Venezuela.", "fr")
    assert ("CAN", "VEN", "SANCTION", False) in found
    # an infinitive after "et à" is still asked for: no mediation accepted by the one asked
    found = facts("Le Ghana a appelé le Togo à retirer ses troupes et à accepter une médiation.", "fr")
    assert ("TGO", "GHA", "CONSULT", False) not in found and ("GHA", "TGO", "CONSULT", False) not in found


def test_an_island_state_written_with_a_lower_case_iles():
    assert ("SLB", "AUS", "SANCTION", False) in facts(
        "Les îles Salomon ont expulsé deux diplomates australiens.", "fr")
    assert ("MHL", "CHN", "ACCUSE", False) in facts("Les îles Marshall ont accusé la Chine d'ingérence.", "fr")

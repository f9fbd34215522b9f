"""A fresh French set written as real news is written (eval/gold/fresh51a_fr.jsonl, studied): what the round-51
fixes read, on sentences of our own, each beside one the fix must leave alone.

French titles and subheads join two main clauses by a comma alone ("Moscou salue, Paris se tait"): the name after
the comma is the next verb's subject, not the object of the verb before it. A body "saisie par X d'une plainte
contre Y" is seized of a complaint: X sues Y, no one seizes anything."""

from __future__ import annotations

from extracted import facts


def test_a_name_after_a_comma_that_opens_its_own_clause_is_no_object():
    for text, wrong in (("Moscou salue, Paris se tait.", ("RUS", "FRA", "SUPPORT", False)),
                        ("L'Iran a condamné, l'Arabie saoudite s'est tue.", ("IRN", "SAU", "ACCUSE", False)),
                        ("Pékin proteste, Washington se félicite.", ("CHN", "USA", "ACCUSE", False)),
                        ("Le Japon a condamné l'attaque contre la Corée du Sud, la Chine a appelé au calme.",
                         ("JPN", "CHN", "ACCUSE", False))):
        assert wrong not in facts(text, "fr"), text
    # the clause after the comma keeps its own act
    assert ("RUS", "IRN", "SUPPORT", False) in facts("Les Européens saluent, Moscou soutient Téhéran.", "fr")


def test_a_list_of_subjects_is_not_cut_at_its_commas():
    found = facts("La Russie, la Chine et l'Iran ont condamné les frappes israéliennes contre le Liban.", "fr")
    assert {("RUS", "ISR", "ACCUSE", False), ("CHN", "ISR", "ACCUSE", False),
            ("IRN", "ISR", "ACCUSE", False)} <= found
    # an object before the comma, a verb of the same subject after an inserted time: no new clause
    assert ("RUS", "UKR", "ACCUSE", False) in facts("Moscou a condamné, jeudi, l'Ukraine.", "fr")


def test_a_body_seized_of_a_complaint_is_a_complaint_against_the_one_named():
    found = facts("La Cour a été saisie par le Liban d'une plainte contre Israël.", "fr")
    assert ("LBN", "ISR", "ACCUSE", False) in found
    assert not any(key[2] == "COERCE" for key in found)
    # a ship seized is still a seizure
    assert ("IRN", "GBR", "COERCE", False) in facts("L'Iran a saisi un pétrolier britannique.", "fr")

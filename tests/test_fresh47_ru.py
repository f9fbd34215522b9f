"""A fresh Russian set of long articles (eval/gold/fresh47_ru.jsonl): what the round-47 fixes read, on sentences of
our own (none from the set), each with a phrasing the fix must leave alone."""

from __future__ import annotations

from extracted import facts


def test_verdict_on_strikes_at_a_place_judges_their_author_not_the_place_owner() -> None:
    # "осудил удары по приграничным районам Ирака": Iraq owns the place the strikes hit (a bare genitive after the
    # place noun of the act's "по" phrase); the verdict judges the strikes' author, told the sentence before
    # (roles_verdicts.judged_act_patient, _place_marker)
    keys = facts("Турецкая армия нанесла удары по северу Ирака. МИД Ирана осудил удары по приграничным районам "
                 "Ирака.", "ru")
    assert ("IRN", "TUR", "ACCUSE", False) in keys
    assert ("IRN", "IRQ", "ACCUSE", False) not in keys
    keys = facts("Турецкая армия нанесла удары по северу Ирака. Иран осудил атаки на приграничные села Ирака.", "ru")
    assert ("IRN", "TUR", "ACCUSE", False) in keys
    assert ("IRN", "IRQ", "ACCUSE", False) not in keys
    keys = facts("Израиль нанес удары по Ливану. Министерство иностранных дел Египта осудило удары по южным "
                 "пригородам Бейрута.", "ru")
    assert ("EGY", "ISR", "ACCUSE", False) in keys
    assert ("EGY", "LBN", "ACCUSE", False) not in keys
    # a genitive after a noun that is no act's: the owner is the one judged
    assert ("IRN", "IRQ", "ACCUSE", False) in facts("МИД Ирана осудил позицию правительства Ирака.", "ru")
    # a name of two words ("Puerto Sudán") is no place noun with its genitive where nouns take "de"
    assert ("IRN", "TUR", "ACCUSE", False) in facts(
        "Turquía bombardeó el lunes posiciones kurdas en el norte de Irak. Irán condenó los ataques contra zonas "
        "fronterizas de Irak.", "es")


def test_possessive_opening_a_joined_clause_stands_for_the_subject_before() -> None:
    # ", а его удары": the possessive opens a clause joined by a comma and a conjunction; it stands for the subject
    # of the clause before (Israel), not for the place named last in it (roles_possessors._joined_clause_subject)
    keys = facts("Осенью Израиль провел наземную операцию на юге Ливана, а его удары уничтожили большую часть "
                 "руководства группировки.", "ru")
    assert ("ISR", "LBN", "ASSAULT", False) in keys
    assert ("LBN", "ISR", "ASSAULT", False) not in keys
    keys = facts("Летом Россия провела учения у границ Финляндии, а ее самолеты нарушили воздушное пространство "
                 "страны.", "ru")
    assert ("FIN", None, "MOBILIZE", False) not in keys
    # a possessive inside its clause still stands for another than the clause's subject
    assert ("USA", "RUS", "SANCTION", False) in facts("Китай критикует США и их санкции против российских банков.",
                                                      "ru")


def test_opening_place_with_an_inserted_word_still_speaks() -> None:
    # "В Москве, напротив, осудили ...": a word between two commas after the opening place is no break; the
    # institution of the place acted (roles_speech.impersonal_speaker, _past_insert)
    keys = facts("Япония ввела санкции против России. В Москве, напротив, осудили решение Токио.", "ru")
    assert ("RUS", "JPN", "ACCUSE", False) in keys
    keys = facts("Япония ввела санкции против России. В Пекине, в свою очередь, раскритиковали решение Токио.", "ru")
    assert ("CHN", "JPN", "ACCUSE", False) in keys
    # a clause between the commas (a verb there) is a place where something happened, not an inserted word
    keys = facts("Япония ввела санкции против России. В Москве, где прошли переговоры, осудили решение Токио.", "ru")
    assert ("RUS", "JPN", "ACCUSE", False) not in keys

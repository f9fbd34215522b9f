"""A pair word that opens a clause joined by "and" or a semicolon to a clause naming exactly two states stands for
those two (actors/reference/counted.py `_opens_clause`): "X received Y; both signed ...", "... recibió a su homólogo
..., y ambos firmaron ...". Before, "both" alone ("beide", "ambos") stood for the pair only when it opened the
sentence, and "the two countries" only after "and". The meeting and the deal are the two facts the gold codes (a
deal with the pair word as its subject, AGREE between the two). Sentences of our own."""

from __future__ import annotations

import pytest

from extracted import extraction, shown_keys


@pytest.mark.parametrize(("lang", "text", "pair"), [
    ("de", "Der kenianische Präsident hat am Montag seinen tansanischen Amtskollegen in Nairobi empfangen; beide "
           "unterzeichneten ein Abkommen über eine gemeinsame Grenzkommission.", {"KEN", "TZA"}),
    ("de", "Der chilenische Präsident empfing am Dienstag den peruanischen Staatschef in Santiago, und beide "
           "vereinbarten eine gemeinsame Kommission für die Fischerei.", {"CHL", "PER"}),
    ("es", "El presidente chileno recibió el martes en Santiago a su homólogo peruano, y ambos firmaron un acuerdo "
           "sobre pesca.", {"CHL", "PER"}),
    ("es", "La primera ministra noruega recibió el lunes en Oslo a su homóloga danesa; ambas firmaron una declaración "
           "sobre energía eólica.", {"NOR", "DNK"}),
    ("en", "The Kenyan president received his Tanzanian counterpart in Nairobi on Tuesday, and both signed an "
           "agreement on a joint border commission.", {"KEN", "TZA"}),
])
def test_both_opening_a_clause_after_a_meeting_is_the_pair_that_met(lang: str, text: str, pair: set[str]) -> None:
    keys = shown_keys(text, lang)
    assert {frozenset({s, t}) for s, t, kind in keys if kind == "AGREE"} == {frozenset(pair)}, keys
    assert any({s, t} == pair for s, t, kind in keys if kind == "CONSULT"), keys


def test_the_two_countries_after_a_semicolon_sum_up_the_two_states_of_the_clause_before() -> None:
    """Not the pair listed in the sentence before."""
    text = ("Le Mali et la Guinée ont rouvert leur frontière. Le président sénégalais a reçu lundi à Dakar son "
            "homologue gambien ; les deux pays ont signé un accord sur la pêche.")
    keys = shown_keys(text, "fr")
    assert {frozenset({s, t}) for s, t, kind in keys if kind == "AGREE"} == {frozenset({"SEN", "GMB"})}, keys



def test_the_sides_after_and_are_the_two_states_of_the_visit_before() -> None:
    """Not the pair listed in the sentence before."""
    text = ("Киргизия и Таджикистан открыли границу. В прошлом году президент Казахстана посетил Ташкент, и стороны "
            "подписали соглашение о водных ресурсах.")
    keys = shown_keys(text, "ru")
    assert {frozenset({s, t}) for s, t, kind in keys if kind == "AGREE"} == {frozenset({"KAZ", "UZB"})}, keys


def test_the_two_leaders_after_and_are_the_two_who_spoke_not_a_state_of_a_relative_clause() -> None:
    """The clause before names a third state in a relative clause ("whose country faces a US tariff"): the two leaders
    are the two people in office who spoke."""
    text = ("The Chilean president spoke by phone on Monday with Peruvian President Jorge Ramos, whose country also "
            "faces a US tariff, and the two leaders agreed to deepen trade ties.")
    keys = shown_keys(text, "en")
    assert {frozenset({s, t}) for s, t, kind in keys if kind == "AGREE"} == {frozenset({"CHL", "PER"})}, keys



def test_a_numeral_after_and_is_no_pair_word() -> None:
    """"двух" is a numeral ("two frigates"), not "both": after "и" it opens no clause and stands for no pair."""
    text = ("Парламент Норвегии во вторник одобрил отправку в Исландию до 200 военнослужащих и двух фрегатов для "
            "усиления присутствия в Арктике.")
    mentions = [m for sentence in extraction(text, "ru").actors for m in sentence]
    assert not any(m.note.startswith("refers:") for m in mentions), [(m.code, m.note) for m in mentions]

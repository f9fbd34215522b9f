"""Kinds of extras read in round 64 (extras64), each with sentences written for the tests.

- A bloc founded is no party: its founders agree with each other (AGREE 057 pairwise), in four languages
  (`found_named_bloc` in de, en, es, fr; a rule whose object is the topic takes no actor inside its pattern as the
  target, `roles_reading.mark_clause`). Studied: the founders' pairs in 7 sentences of a named bloc (de 4, en 2, es 1)
  and in all 9 of an unnamed one; the bloc as the target in 3 (fr 2, es 1), aligned. French present forms ("forment
  avec lui la Confédération") tell the membership and stay as they were.
- French "Aucune date n'a été fixée pour une rencontre": a meeting still to be held (6 studied sentences, none coded).
- French "a désigné X comme médiateur", "X, désigné médiateur par l'UA": an appointment, no mediation (3 studied
  sentences, none coded).
"""

from __future__ import annotations

import pytest

from extracted import shown_keys

FOUNDED = [
    ("en", "Ghana, Togo and Benin formed their own Alliance of Coastal States in May.", ("GHA", "TGO", "BEN"), "AES"),
    ("en", "Mali, Burkina Faso and Niger left ECOWAS in January and formed the Alliance of Sahel States.",
     ("MLI", "BFA", "NER"), "AES"),
    ("de", "Mali, Burkina Faso und Niger haben sich 2023 zur Allianz der Sahelstaaten zusammengeschlossen.",
     ("MLI", "BFA", "NER"), "AES"),
    ("de", "Mali, Burkina Faso und Niger haben sich im Herbst in der Allianz der Sahelstaaten zusammengeschlossen.",
     ("MLI", "BFA", "NER"), "AES"),
    ("es", "Malí, Burkina Faso y Níger formaron en 2023 la Alianza de Estados del Sahel.",
     ("MLI", "BFA", "NER"), "AES"),
    ("fr", "Le Mali, le Burkina Faso et le Niger ont formé en 2023 l'Alliance des États du Sahel.",
     ("MLI", "BFA", "NER"), "AES"),
]


@pytest.mark.parametrize(("lang", "text", "founders", "bloc"), FOUNDED)
def test_the_founders_of_a_bloc_agree_with_each_other(lang: str, text: str, founders: tuple[str, ...],
                                                      bloc: str) -> None:
    keys = shown_keys(text, lang)
    agreed = {frozenset((s, t)) for s, t, kind in keys if kind == "AGREE"}
    for n, one in enumerate(founders):
        for other in founders[n + 1:]:
            assert frozenset((one, other)) in agreed, keys
    assert not any(bloc in pair for pair in agreed), keys


UNNAMED = [
    ("en", "Chad and Cameroon formed a defence alliance in 2022.", ("TCD", "CMR")),
    ("de", "Ghana und Togo schlossen sich zu einem Verteidigungsbündnis zusammen.", ("GHA", "TGO")),
    ("es", "Guinea y Sierra Leona conformaron una alianza regional.", ("GIN", "SLE")),
    ("fr", "Le Tchad et le Cameroun ont formé en 2022 une alliance de défense.", ("TCD", "CMR")),
    ("ru", "Гана и Того создали оборонительный союз.", ("GHA", "TGO")),
]


@pytest.mark.parametrize(("lang", "text", "pair"), UNNAMED)
def test_an_unnamed_bloc_founded_is_still_the_pair_s_agreement(lang: str, text: str, pair: tuple[str, str]) -> None:
    keys = shown_keys(text, lang)
    assert (pair[0], pair[1], "AGREE") in keys or (pair[1], pair[0], "AGREE") in keys, keys


def test_joining_a_bloc_still_agrees_with_the_bloc() -> None:
    keys = shown_keys("Le Togo a adhéré mardi à l'Alliance des États du Sahel.", "fr")
    assert ("TGO", "AES", "AGREE") in keys, keys


NO_DATE = [
    "Aucune date n'a encore été fixée pour une éventuelle rencontre entre les présidents soudanais et tchadien.",
    "Aucune date n'a été fixée pour une rencontre entre le président kényan William Ruto et le Premier ministre "
    "éthiopien Abiy Ahmed.",
]


@pytest.mark.parametrize("text", NO_DATE)
def test_a_meeting_with_no_date_set_is_no_fact(text: str) -> None:
    assert not {k for k in shown_keys(text, "fr") if k[2] == "CONSULT"}, shown_keys(text, "fr")


def test_a_meeting_held_before_no_date_is_set_stays_one() -> None:
    text = ("Le président kényan a rencontré mardi le Premier ministre éthiopien à Nairobi ; aucune date n'a été "
            "fixée pour une nouvelle réunion.")
    assert ("KEN", "ETH", "CONSULT") in shown_keys(text, "fr")


APPOINTED = [
    "L'Union africaine a désigné le président angolais comme médiateur dans le conflit entre le Soudan et le Tchad.",
    "Le Ghana, désigné médiateur par la Cédéao, a salué la libération des otages.",
]


@pytest.mark.parametrize("text", APPOINTED)
def test_a_mediator_appointed_mediates_nothing_yet(text: str) -> None:
    assert not {k for k in shown_keys(text, "fr") if k[2] == "CONSULT"}, shown_keys(text, "fr")


def test_a_mediation_told_stays_one() -> None:
    keys = shown_keys("Le Qatar a joué les médiateurs entre le Soudan et le Tchad.", "fr")
    assert {("QAT", "SDN", "CONSULT"), ("QAT", "TCD", "CONSULT")} <= keys, keys

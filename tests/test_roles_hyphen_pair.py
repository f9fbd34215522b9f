"""A mutual act whose signers or negotiators name no one we know ("heads of state", "the two presidents", "die
Staatschefs", "los mandatarios", "les deux présidents") and whose clause names only a pair written with a hyphen
("the Greek-Turkish boundary", "киргизско-таджикской границы") was done by that pair, and its treaty is theirs. A
pair that only names what is discussed ("the Israeli-Palestinian conflict") makes no party of a meeting, and a
clause that names another actor keeps its own parties. Whole pipeline, own sentences."""

from __future__ import annotations

import pytest

from extracted import country_keys, extraction


def _treaties(text: str, lang: str) -> set[tuple[str, str, str]]:
    return {(*sorted((r.a[:3], r.b[:3])), r.kind) for r in extraction(text, lang).relations}


@pytest.mark.parametrize(("lang", "text", "pair"), [
    ("en", "The two presidents signed a treaty on the Greek-Turkish maritime boundary.", ("GRC", "TUR")),
    ("de", "Die Staatschefs unterzeichneten ein Abkommen über den österreichisch-ungarischen Grenzverkehr.",
     ("AUT", "HUN")),
    ("es", "Los mandatarios firmaron un tratado sobre la frontera chileno-argentina.", ("ARG", "CHL")),
    ("fr", "Les deux présidents ont signé un traité sur la frontière maroco-mauritanienne.", ("MAR", "MRT")),
    ("ru", "Президенты подписали договор о делимитации киргизско-таджикской границы.", ("KGZ", "TJK")),
])
def test_signers_named_by_no_one_are_the_hyphenated_pair(lang: str, text: str, pair: tuple[str, str]) -> None:
    keys = country_keys(text, lang)
    assert (pair[0], pair[1], "AGREE") in keys or (pair[1], pair[0], "AGREE") in keys, keys
    assert (*pair, "cooperation_agreement") in _treaties(text, lang)


@pytest.mark.parametrize(("lang", "text", "pair"), [
    ("en", "The two foreign ministers held Indian-Chinese talks in Moscow.", ("IND", "CHN")),
    ("ru", "Лидеры провели российско-монгольские переговоры в Улан-Баторе.", ("RUS", "MNG")),
])
def test_talks_named_by_the_pair_are_the_pairs(lang: str, text: str, pair: tuple[str, str]) -> None:
    keys = country_keys(text, lang)
    assert (pair[0], pair[1], "CONSULT") in keys or (pair[1], pair[0], "CONSULT") in keys, keys


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The ministers discussed the Israeli-Palestinian conflict."),
    ("de", "Die Außenminister der EU unterzeichneten eine Erklärung zum israelisch-palästinensischen Konflikt."),
])
def test_a_pair_that_is_only_talked_about_is_no_party(lang: str, text: str) -> None:
    keys = country_keys(text, lang)
    assert not any({k[0], k[1]} == {"ISR", "PSE"} and k[2] in ("AGREE", "CONSULT") for k in keys), keys

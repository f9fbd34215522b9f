"""Acts told ahead, narrowed and extended on studied evidence (round 63, mood63).

1. A recognition a government announces as decided in the future ("La Norvège reconnaîtra l'État de Palestine lors de
   l'Assemblée générale, a annoncé le ministre", "reconocerá al Estado palestino") is the recognition, SUPPORT 054:
   EVAL.md codes announced decisions as the act, eval/gold/README.md codes a restoration of relations a government
   announces as decided as SUPPORT 054 (round 60), and the benchmark's study gold codes "announce its decision to
   recognise" so (n2-en-013). Round 62's plan reading of every future recognition (fr, es) rested on one article
   (wire-fr14-006, whose gold round 63 aligned); it is narrowed to the promise ("a promis qu'elle reconnaîtrait",
   tests/test_not_yet_told62.py).
2. A deal's term told ahead ("In return, Vietnam will open its market", "Under the framework, Washington will lift
   tariffs", "En contrepartie, Berne versera à partir de 2030 une contribution") is still to be carried out
   (`modality_tense.deal_terms`, the grammar's `terms`): no act; the same act announced on its own stays the act.
   Studied: 24 sentences in 23 documents hold such a phrase and a verb told ahead; the gold codes the term in none;
   printed before: relwire12-en-003, wire-en13-008, relwire14-fr-003.
3. Russian "в случае вооруженного нападения" is a treaty's case like "в случае нападения": the attack is supposed
   (wire-ru2-004, wire-ru4-011, wire-ru5-011, relwire7-ru-001, relwire15-ru-003; no attack in the gold).
Sentences of our own."""

from __future__ import annotations

import pytest

from extracted import facts


@pytest.mark.parametrize(("text", "lang", "act"), [
    ("La Norvège reconnaîtra l'État de Palestine lors de l'Assemblée générale, a annoncé le ministre.", "fr",
     ("NOR", "PSE", "SUPPORT", False)),
    ("Le Portugal et Malte ont fait savoir qu'ils reconnaîtraient l'État de Palestine en septembre.", "fr",
     ("PRT", "PSE", "SUPPORT", False)),
    ("Portugal reconocerá al Estado palestino en la próxima Asamblea General.", "es", ("PRT", "PSE", "SUPPORT", False)),
])
def test_a_recognition_announced_as_decided_is_the_recognition(text: str, lang: str, act: tuple) -> None:
    assert act in facts(text, lang)


@pytest.mark.parametrize(("text", "lang", "act"), [
    ("L'Irlande a promis qu'elle reconnaîtrait l'État de Palestine.", "fr", ("IRL", "PSE", "AGREE", False)),
])
def test_a_recognition_promised_is_the_promise(text: str, lang: str, act: tuple) -> None:
    told = facts(text, lang)
    assert act in told and ("IRL", "PSE", "SUPPORT", False) not in told, told


@pytest.mark.parametrize(("text", "lang", "act"), [
    ("In return, Chile will open its market to Peruvian fruit without tariffs, the minister said.", "en",
     ("CHL", "PER", "SANCTION")),
    ("Under the framework, Chile will open its market to Peruvian fruit, while Washington will lift tariffs on Chilean "
     "copper.", "en", ("USA", "CHL", "RETREAT")),
    ("En contrepartie, la Suisse versera à partir de 2030 une contribution annuelle de 300 millions à l'Union "
     "européenne.", "fr", ("CHE", "EU", "AID")),
    ("A cambio, Chile levantará los aranceles sobre la fruta peruana.", "es", ("CHL", "PER", "RETREAT")),
])
def test_a_deals_term_told_ahead_is_no_act(text: str, lang: str, act: tuple) -> None:
    told = facts(text, lang)
    assert act + (False,) not in told and act + (True,) not in told, told


@pytest.mark.parametrize(("text", "lang", "act"), [
    ("Washington will lift tariffs on Chilean copper, the minister said.", "en", ("USA", "CHL", "RETREAT", False)),
    ("In return, Chile lifted tariffs on Peruvian fruit.", "en", ("CHL", "PER", "RETREAT", False)),
    ("La Suisse versera à partir de 2030 une contribution annuelle de 300 millions à l'Union européenne.", "fr",
     ("CHE", "EU", "AID", False)),
    ("Chile levantará los aranceles sobre la fruta peruana, anunció el ministro.", "es",
     ("CHL", "PER", "RETREAT", False)),
])
def test_an_act_announced_or_done_stays(text: str, lang: str, act: tuple) -> None:
    assert act in facts(text, lang)


@pytest.mark.parametrize("text", [
    "Австралия обязалась защищать Фиджи в случае вооруженного нападения.",
    "Соглашение обязывает Австралию прийти на помощь Фиджи в случае вооружённого нападения.",
])
def test_a_treatys_armed_attack_is_supposed(text: str) -> None:
    told = facts(text, "ru")
    assert not any(k[2] == "ASSAULT" for k in told), told

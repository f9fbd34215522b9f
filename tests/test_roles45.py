"""Rules that fired with no actor pair (round 45, docs/progress.md "Round 45: rules that fired with no pair"): the
sub-classes fixed in general, on sentences of our own.

- a verdict on conduct told by a noun with the state where it took place ("condemned the crackdown in Georgia"),
  or the two states it is between ("the cooperation between Russia and North Korea"): that state, or both, are
  judged (roles_verdicts.judged_act_place);
- a pair after the verb's object ("se firmó un memorando de entendimiento entre X y Y"): the pact's sides, the act's
  own pair (roles_objects.pair_after_object);
- a threat with no target named answers no treaty signed with the threatener a paragraph before (article
  ._threat_answered), only a cooperation told in its own sentence.
"""

from __future__ import annotations

import pytest
from tests.extracted import facts

# --- a verdict on conduct in a state judges that state ---


@pytest.mark.parametrize(("text", "lang", "fact"), [
    ("Die Afrikanische Union verurteilte den Putsch in Niger.", "de", ("AU", "NER", "ACCUSE", False)),
    ("Frankreich kritisierte die Repression in Belarus.", "de", ("FRA", "BLR", "ACCUSE", False)),
    ("The EU condemned the crackdown in Georgia.", "en", ("EU", "GEO", "ACCUSE", False)),
    ("La OEA condenó la violencia en Haití.", "es", ("OAS", "HTI", "ACCUSE", False)),
    ("Евросоюз осудил репрессии в Белоруссии.", "ru", ("EU", "BLR", "ACCUSE", False)),
])
def test_a_verdict_on_conduct_in_a_state_judges_that_state(text: str, lang: str, fact: tuple) -> None:
    assert fact in facts(text, lang)


@pytest.mark.parametrize(("text", "lang", "judged"), [
    ("Südkorea verurteilte die militärische Zusammenarbeit zwischen Moskau und Pjöngjang.", "de", {"RUS", "PRK"}),
    ("The EU condemned the military cooperation between Russia and North Korea.", "en", {"RUS", "PRK"}),
    ("La France a critiqué le rapprochement entre Moscou et Pyongyang.", "fr", {"RUS", "PRK"}),
])
def test_a_verdict_on_conduct_between_two_states_judges_both(text: str, lang: str, judged: set[str]) -> None:
    assert judged <= {f[1] for f in facts(text, lang) if f[2] == "ACCUSE"}


@pytest.mark.parametrize(("text", "lang"), [
    # an attack is read by its own rule: the place it hit is no author
    ("Die EU verurteilte den Angriff in Afghanistan.", "de"),
    # a city may be anyone's place
    ("Poland condemned the crackdown in Kabul.", "en"),
])
def test_no_state_judged_for_the_place_of_an_attack_or_a_city(text: str, lang: str) -> None:
    assert not any(f[1] for f in facts(text, lang) if f[2] == "ACCUSE")


def test_the_judge_own_state_is_not_judged() -> None:
    assert not any(f[1] == "FRA" for f in facts("La France a condamné la violence en France.", "fr"))


# --- the pair after the verb's object is the pact's sides ---


@pytest.mark.parametrize(("text", "lang", "pair"), [
    ("Se firmó un memorando de entendimiento entre Paraguay y Bolivia.", "es", {"PRY", "BOL"}),
    ("Был подписан меморандум о стратегическом партнёрстве между Казахстаном и Узбекистаном.", "ru", {"KAZ", "UZB"}),
    ("Ont été signés hier un nouveau protocole d'accord commercial entre le Kenya et l'Éthiopie.", "fr",
     {"KEN", "ETH"}),
])
def test_the_pair_after_the_object_signs_the_pact(text: str, lang: str, pair: set[str]) -> None:
    assert any({f[0], f[1]} == pair and f[2] == "AGREE" for f in facts(text, lang))


def test_a_subject_of_its_own_keeps_the_pair_out() -> None:
    # the ratifier acts, not the pact's sides with each other
    found = facts("Le Sénat brésilien a ratifié l'accord commercial entre le Mercosur et l'Union européenne.", "fr")
    assert not any({f[0], f[1]} == {"MERCOSUR", "EU"} for f in found)


# --- a threat answers no treaty a paragraph before ---


@pytest.mark.parametrize(("text", "lang"), [
    ("Armenia and Iran signed a treaty on trade on Monday. The treaty covers energy, transport and customs, "
     "officials said. On Tuesday, Iran threatened to retaliate.", "en"),
    ("Армения и Иран в понедельник подписали договор о торговле. Договор охватывает энергетику, транспорт и "
     "таможню. Во вторник Иран пригрозил ответными мерами.", "ru"),
])
def test_a_threat_answers_no_treaty_told_before(text: str, lang: str) -> None:
    assert not any(f[2] == "THREATEN" and f[1] == "ARM" for f in facts(text, lang))


def test_a_threat_in_the_deal_sentence_still_answers_the_deal() -> None:
    text = ("Вьетнам и США договорились о торговой сделке с пошлиной значительно ниже той, которой Вашингтон угрожал "
            "в апреле.")
    assert ("USA", "VNM", "THREATEN", False) in facts(text, "ru")

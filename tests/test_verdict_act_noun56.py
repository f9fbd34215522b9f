"""A verdict on an act named again by its noun (round 56, verdict56): "condemned the attack", "verurteilten den
Angriff", "осудила удар" judges the authors of the act told before, also where the next clause opens with an actor
right after the noun ("condemned the attack and said Warsaw would ...", "verurteilten den Angriff, Deutschland
forderte ...", "denounced the raids, while Turkey ..."): that actor is no owner of the noun. And where the judge was
itself hit by such an act, "the attack" is that one, not a nearer act on others. Sentences of
our own."""

from __future__ import annotations

import pytest

from extracted import facts, read_as_all


def _accuse(target: str, *sources: str) -> list[tuple]:
    return [(source, target, "ACCUSE", False) for source in sources]


@pytest.mark.parametrize(("text", "lang", "expected", "wrong"), [
    # a coordinated verb whose subject follows the noun within two words
    ("Russian drones struck a Polish village on Monday. Ukraine shelled Belgorod on Sunday. Poland condemned the "
     "attack and said Warsaw would ask NATO for consultations.", "en", _accuse("RUS", "POL"), _accuse("UKR", "POL")),
    # a comma and "while" before the next clause's subject
    ("Israeli jets struck targets near Damascus on Sunday. Jordan and Egypt denounced the raids, while Turkey warned "
     "of consequences.", "en", _accuse("ISR", "JOR", "EGY"), _accuse("TUR", "JOR", "EGY")),
    # a comma splice: the next clause's subject right after the noun
    ("Russische Kampfjets griffen am Montag einen Hafen in der Ukraine an. Polen und Litauen verurteilten den "
     "Angriff, Deutschland forderte eine Untersuchung.", "de", _accuse("RUS", "POL", "LTU"), _accuse("DEU", "POL")),
    ("Des drones russes ont frappé lundi un port ukrainien. La Moldavie a condamné l'attaque, la Roumanie a "
     "convoqué l'ambassadeur russe.", "fr", _accuse("RUS", "MDA"), _accuse("ROU", "MDA")),
])
def test_an_actor_after_a_clause_break_owns_no_act_noun(text: str, lang: str, expected: list, wrong: list) -> None:
    read_as_all(facts(text, lang), expected, wrong)


@pytest.mark.parametrize(("text", "lang", "expected", "wrong"), [
    ("Russian drones struck a Polish village on Monday. Ukraine shelled Belgorod on Sunday. Poland condemned the "
     "attack.", "en", _accuse("RUS", "POL"), _accuse("UKR", "POL")),
    ("Des drones russes ont frappé lundi un village polonais. L'Ukraine a bombardé Belgorod dimanche. La Pologne a "
     "condamné l'attaque.", "fr", _accuse("RUS", "POL"), _accuse("UKR", "POL")),
])
def test_the_attack_a_victim_condemns_is_the_one_on_it(text: str, lang: str, expected: list, wrong: list) -> None:
    read_as_all(facts(text, lang), expected, wrong)


def test_an_owner_right_after_the_noun_still_owns_it() -> None:
    """"the strikes by Israel": the actor after the noun with no clause break is its agent, as before."""
    keys = facts("Jordan condemned the strikes by Israel on Lebanon.", "en")
    assert ("JOR", "ISR", "ACCUSE", False) in keys




@pytest.mark.parametrize(("text", "lang", "expected", "wrong"), [
    # the act told with the same noun in a compound, before a nearer act of the same pair's fighting
    ("Nach einem Luftangriff der russischen Armee auf ein Dorf in der Ukraine bestellte Kiew den Botschafter ein. "
     "Die ukrainische Armee beschoss am Sonntag Belgorod. Polen und Litauen verurteilten den Angriff.", "de",
     _accuse("RUS", "POL", "LTU"), _accuse("UKR", "POL", "LTU")),
    # the same noun's verb
    ("Russia attacked a Ukrainian border post on Monday. Ukraine shelled Belgorod on Sunday. Poland and Lithuania "
     "condemned the attack.", "en", _accuse("RUS", "POL", "LTU"), _accuse("UKR", "POL", "LTU")),
    # a nearer act on another pair is the one judged
    ("Russia attacked a Ukrainian border post on Monday. Iran fired missiles at a US base in Iraq on Sunday. Poland "
     "and Lithuania condemned the attack.", "en", _accuse("IRN", "POL", "LTU"), _accuse("RUS", "POL", "LTU")),
])
def test_the_act_told_with_the_same_noun_is_the_one_judged(text: str, lang: str, expected: list,
                                                            wrong: list) -> None:
    """"den Angriff" after "einem Luftangriff" of the same two parties' fighting told since: that air strike."""
    read_as_all(facts(text, lang), expected, wrong)

"""The background war (round 48, warcode48): Russia's war against Ukraine named as the time, setting or cause of
something else ("since Russia's invasion of Ukraine", "seit Beginn des russischen Angriffskriegs", "desde que Rusia
invadió Ucrania", "après le début de l'invasion russe", "после начала вторжения"), or as what another party judges,
is the RUS–UKR rivalry EVAL.md records, with no RUS → UKR ASSAULT; a strike, an attack or the invasion the article
tells as its own clause's act stays ASSAULT. The sentences are our own."""

from __future__ import annotations

import pytest

from extracted import extraction, facts

BACKGROUND = [
    ("en", "Since Russia's invasion of Ukraine, Norway has doubled its defence budget."),
    ("en", "Denmark bought new frigates two years after Russia invaded Ukraine."),
    ("en", "Amid Russia's war against Ukraine, Finland and Sweden joined NATO."),
    ("en", "Portugal has taken in thousands of refugees since Russia launched its full-scale invasion of Ukraine."),
    ("de", "Seit dem russischen Überfall auf die Ukraine hat Norwegen seinen Wehretat verdoppelt."),
    ("de", "Seit Beginn des russischen Angriffskriegs gegen die Ukraine liefert Dänemark Munition an Polen."),
    ("de", "Nach dem russischen Einmarsch in die Ukraine trat Finnland der Nato bei."),
    ("de", "Portugal hat Tausende Flüchtlinge aufgenommen, seit Russland den Angriffskrieg gegen die Ukraine begann."),
    ("es", "Desde el inicio de la invasión rusa de Ucrania, Noruega ha duplicado su presupuesto de defensa."),
    ("es", "Tras la invasión rusa de Ucrania, Finlandia ingresó en la OTAN."),
    ("es", "Portugal ha acogido a miles de refugiados desde que Rusia invadió Ucrania."),
    ("fr", "Depuis l'invasion russe de l'Ukraine, la Norvège a doublé son budget de défense."),
    ("fr", "Après le début de l'invasion russe de l'Ukraine, la Finlande a rejoint l'OTAN."),
    ("fr", "Le Portugal a accueilli des milliers de réfugiés depuis que la Russie a envahi l'Ukraine."),
    ("ru", "После начала российского вторжения в Украину Норвегия удвоила военный бюджет."),
    ("ru", "После вторжения России в Украину Финляндия вступила в НАТО."),
]

JUDGED = [
    ("en", "Chile has condemned Russia's invasion of Ukraine."),
    ("de", "Chile verurteilte den russischen Angriffskrieg gegen die Ukraine."),
    ("es", "Chile condenó la invasión rusa de Ucrania."),
    ("fr", "Le Chili a condamné l'invasion russe de l'Ukraine."),
]

REPORTED = [
    ("en", "Russia launched a massive missile attack on Ukraine overnight."),
    ("en", "Russia invaded Ukraine in February 2022."),
    ("en", "Russia launched its full-scale invasion of Ukraine on 24 February 2022."),
    ("de", "Russische Angriffe auf die Ukraine in der Nacht trafen mehrere Kraftwerke."),
    ("de", "Russland griff die Ukraine in der Nacht mit Drohnen an."),
    ("de", "Russland hatte die Ukraine im Februar 2022 überfallen."),
    ("es", "Rusia lanzó un ataque con misiles contra Ucrania durante la noche."),
    ("es", "La invasión rusa de Ucrania comenzó en febrero de 2022."),
    ("fr", "La Russie a lancé une attaque de drones contre l'Ukraine dans la nuit."),
    ("fr", "La Russie a envahi l'Ukraine en février 2022."),
    ("ru", "Россия нанесла ракетный удар по Украине в ночь на вторник."),
    ("ru", "Вторжение России в Украину началось в феврале 2022 года."),
]


def _attacks(text: str, lang: str) -> set[tuple]:
    return {f for f in facts(text, lang) if f[:3] == ("RUS", "UKR", "ASSAULT")}


@pytest.mark.parametrize(("lang", "text"), BACKGROUND)
def test_the_war_as_the_time_of_something_else_is_no_attack(lang: str, text: str) -> None:
    assert not _attacks(text, lang)


@pytest.mark.parametrize(("lang", "text"), BACKGROUND[:4] + BACKGROUND[4:7] + BACKGROUND[8:10] + BACKGROUND[11:13]
                         + BACKGROUND[14:])
def test_the_background_war_is_the_rivalry(lang: str, text: str) -> None:
    found = {(r.a[:3], r.b[:3], r.kind) for r in extraction(text, lang).relations}
    assert {("RUS", "UKR", "rivalry"), ("UKR", "RUS", "rivalry")} & found


@pytest.mark.parametrize(("lang", "text"), JUDGED)
def test_the_war_another_judges_is_no_attack_of_the_clause(lang: str, text: str) -> None:
    told = facts(text, lang)
    assert not _attacks(text, lang)
    assert any(f[0] == "CHL" and f[2] == "ACCUSE" for f in told)


@pytest.mark.parametrize(("lang", "text"), REPORTED)
def test_a_reported_attack_or_the_invasion_told_stays_an_attack(lang: str, text: str) -> None:
    assert _attacks(text, lang)


def test_an_old_war_of_another_pair_stays_history() -> None:
    # "since the Russian invasion of Georgia": no known war of the pair today (relations/wars.yaml): told as done
    assert ("RUS", "GEO", "ASSAULT", False) in facts(
        "Since the Russian invasion of Georgia in 2008, Tbilisi has sought NATO membership.", "en")


def test_a_date_after_since_is_the_clause_own_war() -> None:
    # "Russland führt seit Februar 2022 einen Angriffskrieg": "seit" governs the date; the war is the clause's state
    assert _attacks("Russland führt seit Februar 2022 einen Angriffskrieg gegen die Ukraine.", "de")


SINCE_THE_ATTACK = [
    ("de", "Seit dem russischen Angriff auf die Ukraine hat Norwegen seinen Wehretat verdoppelt."),
    ("en", "Since Russia's attack on Ukraine, Norway has doubled its defence budget."),
    ("es", "Desde el ataque ruso contra Ucrania, Noruega ha duplicado su presupuesto de defensa."),
    ("fr", "Depuis l'attaque russe contre l'Ukraine, la Norvège a doublé son budget de défense."),
]


@pytest.mark.parametrize(("lang", "text"), SINCE_THE_ATTACK)
def test_since_the_attack_on_the_state_itself_is_the_war(lang: str, text: str) -> None:
    assert not _attacks(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Seit dem russischen Angriff auf Kiew am Montag ist die Stadt ohne Strom."),
    ("en", "Since the Russian attack on Kyiv on Monday, the city has had no power."),
])
def test_since_an_attack_on_a_city_is_a_strike(lang: str, text: str) -> None:
    assert {f for f in facts(text, lang) if f[:1] == ("RUS",) and f[1] == "UKR" and f[2] == "ASSAULT"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chile has never condemned the Russian invasion of Ukraine."),
    ("fr", "Le Chili n'a jamais condamné l'invasion russe de l'Ukraine."),
    ("es", "Chile no ha condenado la invasión rusa de Ucrania."),
])
def test_a_verdict_denied_leaves_the_war_a_rivalry(lang: str, text: str) -> None:
    # the negation is the verdict's: the war it would judge stands
    found = {(r.a[:3], r.b[:3], r.kind) for r in extraction(text, lang).relations}
    assert {("RUS", "UKR", "rivalry"), ("UKR", "RUS", "rivalry")} & found
    assert not _attacks(text, lang)


def test_a_denied_war_is_no_rivalry() -> None:
    assert not extraction("Chile and Peru are not at war.", "en").relations


def test_a_ceasefire_not_agreed_is_no_rivalry_of_its_own() -> None:
    # the negation denies the ceasefire the cue names, not a verdict on a war
    assert not extraction("Chile y Perú no han acordado un alto el fuego.", "es").relations


DESCRIBED = [
    ("en", "Russia, which invaded Ukraine in 2022, has refused to negotiate with Kyiv."),
    ("de", "Russland, das seit drei Jahren Krieg gegen die Ukraine führt, lehnt Verhandlungen ab."),
    ("es", "Rusia, que invadió Ucrania en 2022, rechaza negociar."),
    ("fr", "La Russie, qui a lancé en février 2022 une invasion à grande échelle de l'Ukraine, refuse de négocier."),
    ("ru", "Россия, которая вторглась в Украину в 2022 году, отказывается от переговоров."),
]


@pytest.mark.parametrize(("lang", "text"), DESCRIBED)
def test_a_relative_clause_that_describes_a_side_by_the_war_is_no_attack(lang: str, text: str) -> None:
    # round 49: the relative clause on the side names the war it wages; the sentence tells something else of it
    assert not _attacks(text, lang)


def test_a_relative_clause_that_tells_a_strike_stays_an_attack() -> None:
    # a strike is no word of the whole war: the clause tells an act
    assert _attacks("Poland criticised Russia, which attacked Ukraine with drones overnight.", "en")


JUDGED_ATTACK = [
    ("en", "Chile condemned Russia's attack on Ukraine."),
    ("de", "Polen verurteilte den Angriff Russlands auf die Ukraine."),
    ("es", "Chile condenó el ataque de Rusia contra Ucrania."),
    ("ru", "Польша осудила нападение России на Украину."),
]


@pytest.mark.parametrize(("lang", "text"), JUDGED_ATTACK)
def test_an_attack_on_the_state_itself_that_a_verdict_judges_is_the_war(lang: str, text: str) -> None:
    told = facts(text, lang)
    assert not _attacks(text, lang)
    assert any(f[1] == "RUS" and f[2] == "ACCUSE" for f in told), told


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chile condemned the Russian attack on Kyiv."),
    ("en", "Chile condemned Russia's attack on Ukraine on Monday."),
])
def test_a_judged_attack_on_a_city_or_on_a_day_is_a_strike(lang: str, text: str) -> None:
    assert {f for f in facts(text, lang) if f[0] == "RUS" and f[1] == "UKR" and f[2] == "ASSAULT"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Poland condemned the invasion of Ukraine by Russia."),
    ("es", "Polonia condenó la invasión de Ucrania por Rusia."),
    ("fr", "La Pologne a condamné l'invasion de l'Ukraine par la Russie."),
])
def test_the_war_judged_with_its_agent_after_by_is_no_attack(lang: str, text: str) -> None:
    # "par", "by", "por" after the patient: the verdict still judges the war's side, and the war is background
    told = facts(text, lang)
    assert not _attacks(text, lang)
    assert any(f[:3] == ("POL", "RUS", "ACCUSE") for f in told), told

"""Listed parties that share a one-way act, and a coordinated clause whose subject carries an inserted phrase
(round 31, issue 10: "the wrong party"). Each sentence is our own.

- Co-givers of pledged aid and co-visitors act on a party outside the list, never on each other: "Denmark, France
  and Germany pledged jets to Poland", "В Йоханнесбург прибыли X, Y и Z".
- ", and the UAE president, Sheikh Mohamed bin Zayed, flew to Doha": the name after ", and" opens a clause of its
  own even where an apposition or a relative clause stands between it and its verb; it is no target of the
  verdict before it."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import events_of


def _pairs(text: str, lang: str) -> set[tuple[str, str, str]]:
    return {((e.source or "-")[:3], (e.target or "-")[:3], e.plover) for e in events_of(text, lang, date(2025, 6, 4))}


@pytest.mark.parametrize(("lang", "text", "givers", "recipient"), [
    ("en", "Norway, Sweden and Finland pledged to send air defence missiles to Lithuania.",
     ("NOR", "SWE", "FIN"), "LTU"),
    ("fr", "La Norvège, la Suède et la Finlande ont promis d'envoyer des missiles antiaériens en Lituanie.",
     ("NOR", "SWE", "FIN"), "LTU"),
    ("es", "Noruega, Suecia y Finlandia prometieron enviar misiles antiaéreos a Lituania.",
     ("NOR", "SWE", "FIN"), "LTU"),
    ("de", "Norwegen, Schweden und Finnland sagten Litauen Flugabwehrraketen zu.", ("NOR", "SWE", "FIN"), "LTU"),
    ("ru", "Норвегия, Швеция и Финляндия пообещали перебросить в Литву зенитные ракеты.",
     ("NOR", "SWE", "FIN"), "LTU"),
])
def test_listed_pledgers_give_to_the_recipient_not_to_each_other(lang: str, text: str, givers: tuple[str, ...],
                                                                 recipient: str) -> None:
    got = _pairs(text, lang)
    assert {(g, recipient, "AGREE") for g in givers} <= got, got
    assert not any({s, t} <= set(givers) for s, t, _p in got), got


@pytest.mark.parametrize(("lang", "text", "visitors"), [
    ("en", "Brazil's President Lula, Chancellor Friedrich Merz and Prime Minister Mark Carney arrived in Cape Town "
           "on Thursday.", ("BRA", "DEU", "CAN")),
    ("ru", "В Кейптаун прибыли президент Бразилии Лула да Силва, канцлер Германии Фридрих Мерц и премьер-министр "
           "Канады Марк Карни.", ("BRA", "DEU", "CAN")),
    ("de", "In Kapstadt trafen Brasiliens Präsident Lula, Bundeskanzler Friedrich Merz und Kanadas Premierminister "
           "Mark Carney ein.", ("BRA", "DEU", "CAN")),
    ("es", "A Ciudad del Cabo llegaron el presidente brasileño Lula, el canciller alemán Friedrich Merz y el primer "
           "ministro canadiense Mark Carney.", ("BRA", "DEU", "CAN")),
])
def test_listed_visitors_do_not_visit_each_other(lang: str, text: str, visitors: tuple[str, ...]) -> None:
    got = _pairs(text, lang)
    assert not any({s, t} <= set(visitors) for s, t, _p in got), got


def test_listed_visitors_still_visit_a_named_country() -> None:
    got = _pairs("Narendra Modi and Friedrich Merz arrived in South Africa on Friday.", "en")
    assert {("IND", "ZAF", "CONSULT"), ("DEU", "ZAF", "CONSULT")} <= got, got


def test_listed_parties_of_a_meeting_still_meet_each_other() -> None:
    assert ("IND", "DEU", "CONSULT") in _pairs("Narendra Modi and Friedrich Merz met in Geneva on Friday.", "en")


@pytest.mark.parametrize(("text", "judges", "judged", "next_subject"), [
    ("Israel struck Doha on Tuesday. Oman and Kuwait condemned the attack, and the emir of Bahrain, Sheikh Hamad, "
     "flew to Doha on Wednesday.", ("OMN", "KWT"), "ISR", "BHR"),
    ("Rwanda and Congo signed a deal on Friday. The African Union and the European Union welcomed the deal, and "
     "Kenya's President William Ruto, who chairs the regional process, called it a milestone.",
     ("AU", "EU"), "RWA", "KEN"),
    ("Rwanda struck Goma on Tuesday. Uganda and Kenya denounced the raid as a breach of Congolese sovereignty, and "
     "the African Union's commission chairman, Mahmoud Ali Youssouf, said the strike endangered the talks.",
     ("UGA", "KEN"), "RWA", "AU"),
])
def test_the_subject_after_and_with_an_inserted_phrase_is_no_target(text: str, judges: tuple[str, ...], judged: str,
                                                                     next_subject: str) -> None:
    got = _pairs(text, "en")
    assert not any(s in judges and t == next_subject for s, t, _p in got), got
    assert any(s in judges and t == judged for s, t, _p in got), got


@pytest.mark.parametrize(("text", "judges", "judged"), [
    ("Die Entscheidung Ägyptens begrüßten Jordanien und Katar.", ("JOR", "QAT"), "EGY"),
    ("Den Schritt Polens kritisierte Ungarn am Montag scharf.", ("HUN",), "POL"),
    ("Den Beschluss Israels verurteilten die Türkei und Katar.", ("TUR", "QAT"), "ISR"),
])
def test_a_german_fronted_object_is_judged_by_the_names_after_the_verb(text: str, judges: tuple[str, ...],
                                                                        judged: str) -> None:
    """German puts the object first (an accusative article, or a plural verb after a singular step noun): the
    names after the verb judge the noun's owner, as Russian "Решение Египта приветствовали Иордания и Катар"."""
    got = _pairs(text, "de")
    assert {(j, judged) for j in judges} == {(s, t) for s, t, _p in got}, got


def test_a_german_subject_first_keeps_its_verdict() -> None:
    got = _pairs("Die Regierung Ägyptens begrüßte den Schritt Jordaniens.", "de")
    assert {(s, t) for s, t, _p in got} == {("EGY", "JOR")}, got


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le ministre letton a dénoncé devant le Conseil de sécurité les frappes russes."),
    ("en", "Latvia's foreign minister condemned Russia's strikes before the UN General Assembly."),
    ("es", "El canciller letón denunció ante el Consejo de Seguridad los ataques de Rusia."),
    ("de", "Lettlands Außenminister verurteilte vor dem UN-Sicherheitsrat die Angriffe Russlands."),
    ("ru", "Глава МИД Латвии осудил перед Советом Безопасности ООН удары России."),
])
def test_the_body_a_verdict_is_spoken_before_is_no_party(lang: str, text: str) -> None:
    """"a dénoncé devant le Conseil de sécurité ...": the forum is the audience of the verdict, Russia is judged.
    (Left: German reads "die Angriffe Russlands" after the forum as an attack on the council, RUS>UNSC ASSAULT.)"""
    got = _pairs(text, lang)
    assert ("LVA", "RUS", "ACCUSE") in got, got
    assert not any(t.startswith("UN") for _s, t, p in got if p == "ACCUSE"), got


def test_a_german_warning_of_a_body_still_names_it() -> None:
    assert ("RUS", "NAT", "ACCUSE") in _pairs("Russland warnte vor der Nato.", "de")

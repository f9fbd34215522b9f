"""A verdict whose object is a relative pronoun standing for an act told before it in the same sentence (round 60,
carry60): "X signed a pact with Y, which Z condemned", "A et B ont mené des manœuvres, que C a dénoncées". The
relative clause names the judge and the pronoun stands for the act before the comma: the verdict judges that act's
authors (for a deal, talks or joint drills, every side of it, as a verdict on a deal named by its noun does). Before,
such a verdict had no target of its own sentence and the article filled one: the other side of its focal dyad or
the actor's latest quarrel, parties of another story. Studied: relwire6-fr-003 ("Pristina a signé ... avec l'Albanie
et la Croatie une déclaration ..., que Belgrade a dénoncée": gold Serbia → Kosovo, Albania, Croatia; the coder gave
Serbia → France), relwire6-ru-001 ("... провели трехсторонние учения, которые КНДР осудила": gold North Korea → the
three; the coder gave → Russia), relwire7-en-002 ("an Israeli strike on Hamas leaders in Doha last week, which Saudi
Arabia condemned": gold → Israel; the coder gave → Pakistan), relwire6-de-001 ("... eine Erklärung ... unterzeichnet,
die Serbien als gegen sich gerichtet verurteilte": Croatia now found beside the two before). Plain grammar in every
language: a relative pronoun after a comma takes the noun phrase before it; so does one after a noun that sums up
the act ("..., une démarche que Moscou a qualifiée de « choix dangereux »", wire-fr-008: a step, whose author alone
is judged since round 61). Not the English contact
relative with no pronoun ("..., a move Ethiopia condemned as hostile"): tried and dropped (fresh56a-en-004 judged
both sides of a deal the gold judges one side of; a judge-pool set and blind English an extra each). Sentences of
our own."""

from __future__ import annotations

import pytest

from extracted import events_of, facts, read_as_all

# a quarrel of the judge's with a third party, told first, makes that pair the article's focal dyad: with no target
# of its own sentence, the verdict went to the dyad's other side (Brazil)
QUARREL = {
    "en": "Bolivia accused Brazil of smuggling on Monday. Brazil rejected the accusation. ",
    "fr": "La Bolivie a accusé lundi le Brésil de contrebande. Le Brésil a rejeté ces accusations. ",
    "es": "Bolivia acusó el lunes a Brasil de contrabando. Brasil rechazó las acusaciones. ",
    "de": "Bolivien warf Brasilien am Montag Schmuggel vor. Brasilien wies die Vorwürfe zurück. ",
    "ru": "Боливия в понедельник обвинила Бразилию в контрабанде. Бразилия отвергла обвинения. ",
}


def judged(text: str, lang: str) -> set[tuple]:
    """The (judge, judged, type) of the events of the text's last sentence, after QUARREL."""
    return {((e.source or "")[:3], (e.target or "")[:3], e.plover) for e in events_of(QUARREL[lang] + text, lang)
            if e.evidence_start >= len(QUARREL[lang])}


@pytest.mark.parametrize(("text", "lang", "expected", "wrong"), [
    ("Chile and Peru signed a border agreement on Tuesday, which Bolivia condemned as hostile.", "en",
     {("BOL", "CHL", "ACCUSE"), ("BOL", "PER", "ACCUSE")}, ("BOL", "BRA", "ACCUSE")),
    ("Chile struck targets in Peru on Tuesday, which Bolivia condemned as a violation of international law.", "en",
     {("BOL", "CHL", "ACCUSE")}, ("BOL", "PER", "ACCUSE")),
    ("Le Chili a signé mardi avec le Pérou un accord frontalier, que la Bolivie a dénoncé comme hostile.", "fr",
     {("BOL", "CHL", "ACCUSE"), ("BOL", "PER", "ACCUSE")}, ("BOL", "BRA", "ACCUSE")),
    ("Chile firmó el martes con Perú un acuerdo fronterizo, que Bolivia condenó como hostil.", "es",
     {("BOL", "CHL", "ACCUSE"), ("BOL", "PER", "ACCUSE")}, ("BOL", "BRA", "ACCUSE")),
    ("Chile und Peru unterzeichneten am Dienstag ein Grenzabkommen, das Bolivien als feindselig verurteilte.", "de",
     {("BOL", "CHL", "ACCUSE"), ("BOL", "PER", "ACCUSE")}, ("BOL", "BRA", "ACCUSE")),
    ("Чили и Перу во вторник провели совместные учения, которые Боливия осудила.", "ru",
     {("BOL", "CHL", "ACCUSE"), ("BOL", "PER", "ACCUSE")}, ("BOL", "BRA", "ACCUSE")),
    # a noun that sums up the act, then the pronoun: a step names one party's act, its author alone is judged
    # (round 61, eval/gold/README.md "A verdict on a signed deal judges every party; one on a party's step judges
    # that party"; tests/test_convention61.py)
    ("Le Chili a signé mardi un accord frontalier avec le Pérou, une démarche que la Bolivie a dénoncée.", "fr",
     {("BOL", "CHL", "ACCUSE")}, ("BOL", "PER", "ACCUSE")),
])
def test_the_relative_pronoun_stands_for_the_act_before_the_comma(text: str, lang: str, expected: set,
                                                                   wrong: tuple) -> None:
    found = judged(text, lang)
    assert expected <= found, found
    assert wrong not in found, found


def test_a_party_before_the_comma_is_the_one_judged() -> None:
    """"Peru, which Bolivia accused of ...": the pronoun stands for the party before the comma, not for the act told
    before it; the deal's other side is not judged."""
    read_as_all(facts("Chile signed a border agreement with Peru, which Bolivia accused of provocations.", "en"),
                [("CHL", "PER", "AGREE", False)], [("BOL", "CHL", "ACCUSE", False)])


def test_a_german_main_clause_after_the_comma_is_no_relative_clause() -> None:
    """"..., die Vereinigten Staaten kritisierten die Regierung in Lima": "die" is the article of the subject, the verb
    stands second, and the clause judges whom its own words name, not the act before the comma (fresh54a-de-002:
    "..., die Vereinigten Staaten forderten eine unabhängige Untersuchung")."""
    found = judged("Chile und Peru unterzeichneten am Dienstag ein Grenzabkommen, die Vereinigten Staaten "
                   "kritisierten die Regierung in Lima.", "de")
    assert ("USA", "PER", "ACCUSE") in found and ("USA", "CHL", "ACCUSE") not in found, found
    found = judged("Malaysia und Indonesien verurteilten den Angriff, die Vereinigten Staaten forderten eine "
                   "unabhängige Untersuchung.", "de")
    assert not {("USA", "MYS", "REQUEST"), ("USA", "IDN", "REQUEST")} & found, found

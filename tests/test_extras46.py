"""Round 46 (extras46): general causes of extras that long real articles make on first contact, on sentences of our
own.

- An application to join a bloc is a request to be admitted, not the joining (AGREE 057): "applied to join the EU",
  "submitted an application to join NATO", "a déposé sa candidature d'adhésion", "une demande d'adhésion". The
  joining told as done stays.
- A genitive pair right after an assault noun ("die Angriffe der USA und Israels", "удары США и Израиля") strikes
  each other only where nothing after it names what they struck: with a target marker right after the pair ("auf
  die Atomanlagen", "по ядерным объектам") the two are the joint authors of an assault on a third thing, never each
  other's targets. Fights of a pair with nothing after them stay mutual.
"""

from __future__ import annotations

import pytest

from extracted import facts, shown_keys

APPLIED = [
    ("en", "Moldova formally applied to join the European Union in March 2022.", "MDA", "EU"),
    ("en", "Bangladesh applied to join the BRICS group last year and is still waiting for an answer.", "BGD", "BRI"),
    ("en", "Kosovo submitted an application to join the European Union in December.", "XKX", "EU"),
    ("en", "Georgia applied for EU membership three years ago.", "GEO", "EU"),
    ("fr", "La Moldavie a officiellement déposé sa candidature d'adhésion à l'Union européenne en mars.", "MDA", "EU"),
    ("fr", "Le Maroc a déposé en 2017 une demande d'adhésion à la Cédéao.", "MAR", "ECO"),
    ("fr", "L'Ouzbékistan a présenté une demande d'admission à l'Organisation de coopération de Shanghai.", "UZB",
     "SCO"),
]


@pytest.mark.parametrize(("lang", "text", "applicant", "bloc"), APPLIED)
def test_an_application_is_no_joining(lang, text, applicant, bloc):
    # (the helpers keep a code's first three letters: NATO reads "NAT", ECOWAS "ECO", BRICS "BRI")
    assert (applicant, bloc, "AGREE", False) not in facts(text, lang)


@pytest.mark.parametrize(("lang", "text", "member", "bloc"), [
    ("en", "Sweden joined NATO in March after a long wait.", "SWE", "NAT"),
    ("en", "Finland became a full member of NATO on Tuesday.", "FIN", "NAT"),
    ("fr", "La Suède a adhéré à l'Otan en mars.", "SWE", "NAT"),
    ("fr", "La Suède a officiellement adhéré à l'Otan en mars, après une candidature déposée en 2022.", "SWE", "NAT"),
])
def test_a_joining_told_as_done_stays(lang, text, member, bloc):
    assert (member, bloc, "AGREE") in shown_keys(text, lang)


STRUCK_THING = [
    ("de", "Der iranische Außenminister verurteilte die Angriffe der USA und Israels auf die Atomanlagen.", "USA",
     "ISR"),
    ("de", "Die Luftangriffe Frankreichs und Großbritanniens auf die Hafenanlagen dauerten die ganze Nacht.", "FRA",
     "GBR"),
    ("ru", "Министр иностранных дел Ирана осудил удары США и Израиля по ядерным объектам.", "USA", "ISR"),
    ("ru", "Удары России и Белоруссии по складам продолжились и в среду.", "RUS", "BLR"),
]


@pytest.mark.parametrize(("lang", "text", "a", "b"), STRUCK_THING)
def test_a_pair_that_struck_a_thing_strikes_not_each_other(lang, text, a, b):
    pairs = {(k[0], k[1]) for k in facts(text, lang) if k[2] == "ASSAULT"}
    assert (a, b) not in pairs and (b, a) not in pairs


def test_the_verdict_on_the_pair_stays():
    text = "Der iranische Außenminister verurteilte die Angriffe der USA und Israels auf die Atomanlagen."
    assert {("IRN", "USA", "ACCUSE"), ("IRN", "ISR", "ACCUSE")} <= shown_keys(text, "de")


@pytest.mark.parametrize(("lang", "text", "a", "b", "c"), [
    ("de", "Die Angriffe Israels und der USA auf den Iran begannen im Juni.", "ISR", "USA", "IRN"),
    ("ru", "Удары Израиля и США по Ирану начались в июне.", "ISR", "USA", "IRN"),
])
def test_a_pair_that_struck_a_state_strikes_it_together(lang, text, a, b, c):
    keys = {k[:3] for k in facts(text, lang)}
    assert {(a, c, "ASSAULT"), (b, c, "ASSAULT")} <= keys
    assert (a, b, "ASSAULT") not in keys


@pytest.mark.parametrize(("lang", "text", "a", "b"), [
    ("ru", "Бои России и Украины продолжаются уже четвертый год.", "RUS", "UKR"),
])
def test_fights_of_a_pair_stay_mutual(lang, text, a, b):
    keys = {k[:3] for k in facts(text, lang)}
    assert {(a, b, "ASSAULT"), (b, a, "ASSAULT")} <= keys


# "X remains persona non grata in Y": the one declared is the subject, the state after the place preposition declared
# it (en, es had the rule; de, fr, ru read the subject as the one expelling or read nothing)
UNWELCOME_IN = [
    ("de", "Der kolumbianische Präsident bleibt in Nicaragua eine Persona non grata.", "NIC", "COL"),
    ("de", 'Lula bleibe in Israel so lange eine "Persona non grata", bis er sich entschuldige.', "ISR", "BRA"),
    ("de", "Der russische Botschafter gilt in Polen als unerwünschte Person.", "POL", "RUS"),
    ("fr", "Le président colombien restera persona non grata au Nicaragua.", "NIC", "COL"),
    ("fr", "Lula restera persona non grata en Israël tant qu'il ne s'excusera pas.", "ISR", "BRA"),
    ("ru", "Президент Колумбии останется персоной нон грата в Никарагуа.", "NIC", "COL"),
    ("ru", "Лула останется персоной нон грата в Израиле, пока не извинится.", "ISR", "BRA"),
    ("en", "The Colombian president will remain persona non grata in Nicaragua.", "NIC", "COL"),
    ("es", "Lula seguirá siendo persona non grata en Israel hasta que se disculpe.", "ISR", "BRA"),
]


@pytest.mark.parametrize(("lang", "text", "host", "declared"), UNWELCOME_IN)
def test_persona_non_grata_in_a_state_is_that_states_act(lang, text, host, declared):
    keys = shown_keys(text, lang)
    assert (host, declared, "SANCTION") in keys
    assert (declared, host, "SANCTION") not in keys


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Polen erklärte den russischen Botschafter zur Persona non grata."),
    ("fr", "La Pologne a déclaré l'ambassadeur russe persona non grata."),
    ("ru", "Польша объявила российского посла персоной нон грата."),
])
def test_a_declaration_by_its_subject_stays(lang, text):
    assert ("POL", "RUS", "SANCTION") in shown_keys(text, lang)

"""Round 43 (precision43): general causes of the extras left on the own sets, on sentences of our own.

A wish for others' act ("hopes that X and Y sign", "espera que X e Y firmen", "hofft, dass X und Y unterzeichnen",
"espère que X et Y signent") is no act: the hoped-for event is a plan, not a fact. Done acts beside such a wish stay.
"""

from __future__ import annotations

import pytest

from extracted import facts

HOPED = [
    ("en", "Sheinbaum said she hopes the European Union and Mexico sign the new trade agreement soon.", "EU", "MEX"),
    ("en", "The president hopes that India and Pakistan resume talks.", "IND", "PAK"),
    ("es", "Sheinbaum dijo que espera que la Unión Europea y México firmen pronto el nuevo acuerdo comercial.",
     "EU", "MEX"),
    ("es", "El canciller espera que Chile y Perú firmen un acuerdo de pesca antes de fin de año.", "CHL", "PER"),
    ("es", "México desea que la Unión Europea y Canadá firmen el acuerdo.", "EU", "CAN"),
    ("de", "Scholz hofft, dass die EU und Mexiko das neue Handelsabkommen bald unterzeichnen.", "EU", "MEX"),
    ("de", "Die Regierung hoffte, dass Indien und Pakistan direkte Gespräche aufnehmen.", "IND", "PAK"),
    ("fr", "Macron espère que l'Union européenne et le Mexique signent bientôt le nouvel accord commercial.",
     "EU", "MEX"),
    ("fr", "Le ministre souhaite que le Maroc et l'Algérie rétablissent leurs relations diplomatiques.", "MAR", "DZA"),
]


@pytest.mark.parametrize(("lang", "text", "a", "b"), HOPED)
def test_a_hoped_for_act_is_no_fact(lang, text, a, b):
    assert not {k for k in facts(text, lang) if {k[0], k[1]} == {a, b}}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Kenya signed the trade agreement with Germany on Monday, and Berlin hopes the deal will boost exports."),
    ("fr", "Le Kenya a signé lundi l'accord avec l'Allemagne, qui espère que le texte renforcera les échanges."),
    ("es", "Kenia firmó el lunes el acuerdo con Alemania, que espera que el texto impulse las exportaciones."),
    ("de", "Kenia unterzeichnete am Montag das Abkommen mit Deutschland, das hofft, dass die Exporte wachsen."),
])
def test_a_done_act_beside_a_wish_stays(lang, text):
    assert {k[:3] for k in facts(text, lang)} & {("KEN", "DEU", "AGREE"), ("DEU", "KEN", "AGREE")}


# A verdict on a war names the war's author, not the state it is fought on ("condemned the Russian war against
# Ukraine": Russia is judged; Ukraine is only where the war is waged). The war noun is no trigger of its own, so
# the patient phrase after it was read as the verdict's target.
@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Brasilien verurteilte den russischen Krieg gegen die Ukraine."),
    ("en", "Brazil condemned the Russian war against Ukraine."),
    ("fr", "Le Brésil a condamné la guerre russe contre l'Ukraine."),
    ("es", "Brasil condenó la guerra rusa contra Ucrania."),
    ("ru", "Бразилия осудила войну России против Украины."),
])
def test_a_verdict_on_a_war_judges_its_author(lang, text):
    keys = {k[:3] for k in facts(text, lang)}
    assert ("BRA", "RUS", "ACCUSE") in keys
    assert ("BRA", "UKR", "ACCUSE") not in keys


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Kenya condemned the war against Somalia."),
    ("es", "Kenia condenó la guerra contra Somalia."),
])
def test_a_war_with_no_author_named_gives_its_victim_no_verdict(lang, text):
    assert ("KEN", "SOM", "ACCUSE") not in {k[:3] for k in facts(text, lang)}


# "without the participation of Armenia": a name after a noun of taking part that follows the absence word is absent
# from the act, as one right after the word is ("without Armenia").
@pytest.mark.parametrize(("lang", "text", "absent"), [
    ("es", "Los líderes de la OTSC celebraron el jueves una cumbre en Bishkek sin la participación de Armenia.", "ARM"),
    ("fr", "Les dirigeants de l'OTSC ont tenu jeudi un sommet à Bichkek sans la participation de l'Arménie.", "ARM"),
    ("ru", "Лидеры стран ОДКБ провели в четверг саммит в Бишкеке без участия Армении.", "ARM"),
    ("en", "Russia and China held talks in Beijing without the participation of India.", "IND"),
    ("ru", "Переговоры России и Китая прошли в Пекине без участия Индии.", "IND"),
])
def test_a_name_after_without_the_participation_of_takes_no_part(lang, text, absent):
    assert not {k for k in facts(text, lang) if absent in k[:2]}


# What an agreement permits is its terms, still to be carried out: the signing is the fact, the permitted act is not
# ("an accord allowing the deployment of troops", "un memorando que permite el despliegue", "ein Abkommen, das
# gemeinsame Manöver erlaubt").
TERMS = [
    ("fr", "La Grèce et la France ont signé mardi à Athènes un accord autorisant le déploiement de troupes sur le "
           "territoire de l'autre.", "GRC", "FRA", "MOBILIZE"),
    ("es", "Chile y Argentina firmaron el martes un memorando que permite el despliegue de tropas chilenas en "
           "Argentina.", "CHL", "ARG", "MOBILIZE"),
    ("en", "A defence pact allowing Greek and French forces to deploy on each other's territory took effect on "
           "Friday.", "GRC", "FRA", "MOBILIZE"),
    ("fr", "Ottawa et Séoul ont signé en mai un accord sur le statut des forces en visite, qui permet des exercices "
           "militaires conjoints en Corée du Sud.", "CAN", "KOR", "COOPERATE"),
    ("de", "Athen unterzeichnete mit Paris ein Abkommen, das gemeinsame Manöver auf dem Boden beider Länder erlaubt.",
     "GRC", "FRA", "COOPERATE"),
]


@pytest.mark.parametrize(("lang", "text", "a", "b", "type_"), TERMS)
def test_what_an_agreement_permits_is_no_act(lang, text, a, b, type_):
    keys = {k[:3] for k in facts(text, lang)}
    assert not {k for k in keys if k[2] == type_ and {k[0], k[1]} <= {a, b}}


@pytest.mark.parametrize(("lang", "text", "a", "b"), [
    ("fr", "La Grèce et la France ont signé mardi à Athènes un accord autorisant le déploiement de troupes.",
     "GRC", "FRA"),
    ("ru", "Соглашение, позволяющее российской базе оставаться в Таджикистане до 2042 года, Путин и Рахмон "
           "подписали в 2012 году.", "RUS", "TJK"),
    ("ru", "Россия и Белоруссия подписали договор, который позволяет размещение российского оружия в Белоруссии.",
     "RUS", "BLR"),
])
def test_the_signing_of_such_an_agreement_stays(lang, text, a, b):
    assert {k[:3] for k in facts(text, lang)} & {(a, b, "AGREE"), (b, a, "AGREE")}


def test_an_act_a_done_step_allowed_stays():
    assert ("EGY", "PSE", "RETREAT") in {k[:3] for k in facts(
        "Egypt reopened the Rafah crossing, allowing aid trucks to enter Gaza.", "en")}


# Bases opened to a foreign force host it (stationing, COOPERATE 062 as EVAL.md codes it).
@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Manila öffnete dem US-Militär im Februar vier weitere Stützpunkte."),
    ("de", "Schon 2023 öffnete Marcos den amerikanischen Streitkräften zwei neue Militärbasen im Norden des Landes."),
    ("en", "Manila opened four more bases to the US military in February."),
    ("es", "Manila abrió en febrero cuatro bases más a las fuerzas estadounidenses."),
    ("fr", "Manille a ouvert en février quatre bases supplémentaires à l'armée américaine."),
])
def test_bases_opened_to_a_foreign_force(lang, text):
    assert {k[:3] for k in facts(text, lang)} & {("PHL", "USA", "COOPERATE"), ("USA", "PHL", "COOPERATE")}


def test_a_border_opened_is_no_base():
    assert not {k for k in facts("Die Regierung in Bogotá öffnete am Montag die Grenze zu Venezuela.", "de")
                if k[2] == "COOPERATE"}


# ", but he praised South Africa": an adversative conjunction after a comma, before a subject pronoun or an
# auxiliary, opens a clause of its own; the warning before it is aimed at no one that clause names.
@pytest.mark.parametrize(("lang", "text", "praiser", "praised"), [
    ("en", "Macron warned of serious consequences, but he praised Germany for its restraint.", "FRA", "DEU"),
    ("en", "Scholz warned that the alliance risked splitting, but he thanked Canada for its help.", "DEU", "CAN"),
    ("fr", "Macron a mis en garde contre une division du club, mais il a salué l'Allemagne pour sa retenue.",
     "FRA", "DEU"),
    ("de", "Scholz warnte vor ernsten Folgen, aber er lobte Kanada für seine Zurückhaltung.", "DEU", "CAN"),
])
def test_a_warning_reaches_no_one_after_but_he(lang, text, praiser, praised):
    keys = {k[:3] for k in facts(text, lang)}
    assert (praiser, praised, "SUPPORT") in keys
    assert (praiser, praised, "THREATEN") not in keys


# Spanish "negociaciones para ingresar en la UE": the act talks are about is their topic, not done (English "talks on"
# is left: "on" also opens a date, "talks on Friday").
@pytest.mark.parametrize(("text", "a", "b"), [
    ("Georgia congeló las negociaciones para ingresar en la Unión Europea.", "GEO", "EU"),
    ("Ucrania abrió conversaciones para ingresar en la OTAN.", "UKR", "NATO"),
])
def test_the_topic_of_talks_is_not_done_es(text, a, b):
    assert (a, b, "AGREE") not in {k[:3] for k in facts(text, "es")}


def test_the_talks_and_a_deal_they_reached_stay_es():
    keys = {k[:3] for k in facts("Chile y Perú firmaron el lunes un acuerdo de pesca tras largas negociaciones.", "es")}
    assert {("CHL", "PER", "AGREE"), ("CHL", "PER", "CONSULT")} <= keys

"""Round 44 (precision44): targets the article supplies, sources and judged phrases, on sentences of our own.

A verdict on a bare act noun ("condemned the attack") judges the author of the latest such act told before; the acts
it may name are the nouns after an article in its clause. A French participle after an object pronoun ("la
qualifiant de menace", "l'accusant de menacer") is a verb whose object is the act just named, no act noun of its own:
it must not send the verdict to the latest criticism told before (the accused's reply to a charge).
"""

from __future__ import annotations

import pytest

from extracted import facts

# a strike by no one the article codes, a charge against the Emirates, their reply; then a third party's verdict
_BEFORE = {
    "fr": "Des drones ont touché lundi le port de Port-Soudan. Khartoum a accusé Abou Dhabi d'avoir livré ces engins "
          "et a rompu ses relations avec lui. Abou Dhabi a rejeté ces accusations et a déploré une décision injuste. ",
    "en": "Drones struck the airport of Port Sudan on Sunday. Sudan accused the Emirates of supplying the drones and "
          "cut ties with them. The Emirates rejected the accusations and said they regretted an unjust decision. ",
    "es": "Varios drones alcanzaron el domingo el aeropuerto de Puerto Sudán. Sudán acusó a los Emiratos de "
          "suministrar los drones y rompió relaciones con ellos. Los Emiratos rechazaron las acusaciones y lamentaron "
          "una decisión injusta. ",
}

PARTICIPLE_AFTER_CLITIC = [
    ("fr", "L'Égypte a condamné l'attaque, la qualifiant de menace pour la région.", "EGY"),
    ("fr", "L'Arabie saoudite a condamné l'attaque, l'accusant de menacer la mer Rouge.", "SAU"),
    # the same verdict in other languages already reads no act in the participle: it must stay so
    ("en", "Egypt condemned the attack, calling it a threat to the region.", "EGY"),
    ("en", "Saudi Arabia condemned the attack, describing it as a danger to the Red Sea.", "SAU"),
    ("es", "Egipto condenó el ataque, calificándolo de amenaza para la región.", "EGY"),
    ("es", "Arabia Saudí condenó el ataque, al que calificó de peligro para el mar Rojo.", "SAU"),
]


@pytest.mark.parametrize(("lang", "verdict", "judge"), PARTICIPLE_AFTER_CLITIC)
def test_a_participle_after_an_object_pronoun_names_no_act_judged(lang, verdict, judge):
    found = facts(_BEFORE[lang] + verdict, lang)
    assert not {k for k in found if k[0] == judge and k[1] == "ARE"}
    assert ("SDN", "ARE", "ACCUSE", False) in found  # the charge itself stays


@pytest.mark.parametrize(("lang", "text", "key"), [
    # an act noun after an article is still judged: its author is the target
    ("fr", "Les forces russes ont bombardé Kharkiv mardi. La France a condamné l'attaque.", ("FRA", "RUS", "ACCUSE")),
    ("fr", "L'armée russe a frappé Odessa. L'Allemagne a dénoncé l'attaque, qu'elle juge inacceptable.",
     ("DEU", "RUS", "ACCUSE")),
])
def test_an_act_noun_after_an_article_is_still_judged(lang, text, key):
    assert key in {k[:3] for k in facts(text, lang)}


# A naming verdict whose words enclose its object ("verurteilte ... als Eskalation", "calificó ... de escalada"): the
# act noun in the gap with its agent's demonym and its target phrase ("die israelischen Luftangriffe auf Beirut")
# is judged through its agent; the place the act hit is no one judged, a capital it was aimed at included (a capital
# after a place preposition may still be where a repression was: "la répression à Tbilissi").
GAPPED_VERDICTS = [
    ("de", "Jordanien verurteilte am Sonntag in einer Erklärung die israelischen Luftangriffe auf Beirut als "
           "gefährliche Eskalation.", ("JOR", "ISR"), ("JOR", "LBN")),
    ("de", "Die Türkei bezeichnete die russischen Drohnenangriffe auf Kiew als Kriegsverbrechen.",
     ("TUR", "RUS"), ("TUR", "UKR")),
    ("de", "Polen verurteilte am Montag die russischen Angriffe auf die Ukraine als Völkerrechtsbruch.",
     ("POL", "RUS"), ("POL", "UKR")),
    ("es", "Jordania calificó los bombardeos israelíes sobre Beirut de peligrosa escalada.", ("JOR", "ISR"),
     ("JOR", "LBN")),
    ("es", "Turquía calificó el domingo los ataques rusos contra Kiev de crimen de guerra.", ("TUR", "RUS"),
     ("TUR", "UKR")),
    ("fr", "La Jordanie a qualifié les frappes israéliennes sur Beyrouth de dangereuse escalade.", ("JOR", "ISR"),
     ("JOR", "LBN")),
    ("fr", "La Turquie a qualifié dimanche les frappes russes sur Kiev de crime de guerre.", ("TUR", "RUS"),
     ("TUR", "UKR")),
]


@pytest.mark.parametrize(("lang", "text", "judged", "hit"), GAPPED_VERDICTS)
def test_a_naming_verdict_judges_the_agent_of_the_act_it_encloses(lang, text, judged, hit):
    pairs = {k[:2] for k in facts(text, lang) if k[2] == "ACCUSE"}
    assert judged in pairs
    assert hit not in pairs


# A reaction with no target ("reagierte verärgert", "выразил протест") beside a charge of the same actor in its
# sentence that names whom it blames is that same reaction: it is aimed at the one named, not also at the other side
# of the earlier meeting or deal the article would have supplied.
SECOND_FILL = [
    ("de", "US-Außenminister Marco Rubio traf am Sonntag den panamaischen Präsidenten José Raúl Mulino. Peking "
           "reagierte verärgert, das chinesische Außenministerium warf Washington vor, Panama zu erpressen.", "PAN"),
    ("de", "Washington und Manila unterzeichneten am Montag einen Verteidigungspakt. Peking reagierte empört: Das "
           "Außenministerium warf den USA vor, die Region zu militarisieren.", "PHL"),
    ("ru", "В воскресенье Марко Рубио встретился с президентом Панамы Хосе Раулем Мулино. Пекин выразил протест и "
           "обвинил Вашингтон в шантаже Панамы.", "PAN"),
    ("ru", "Вашингтон и Манила в понедельник подписали оборонный пакт. Пекин выразил недовольство и обвинил США в "
           "разжигании напряженности.", "PHL"),
    # the same reaction in other languages already names one target only: it must stay so
    ("en", "Marco Rubio met Panama's president José Raúl Mulino on Sunday. Beijing protested, and its foreign ministry "
           "accused Washington of blackmailing Panama.", "PAN"),
    ("fr", "Washington et Manille ont signé lundi un pacte de défense. Pékin a exprimé son mécontentement et a accusé "
           "les États-Unis d'attiser les tensions.", "PHL"),
    ("es", "Marco Rubio se reunió el domingo con el presidente panameño, José Raúl Mulino. Pekín protestó y acusó a "
           "Washington de chantajear a Panamá.", "PAN"),
]


@pytest.mark.parametrize(("lang", "text", "other_side"), SECOND_FILL)
def test_a_reaction_beside_a_named_charge_is_aimed_at_the_one_named(lang, text, other_side):
    charges = {k[:2] for k in facts(text, lang) if k[2] == "ACCUSE"}
    assert ("CHN", "USA") in charges
    assert ("CHN", other_side) not in charges


def test_a_denial_beside_a_charge_still_answers_the_report():
    # another type of reply stays: the denial answers the one who reported, the charge names someone else
    text = ("Des experts de l'ONU affirment que le Rwanda soutient les rebelles du M23. Kigali dément tout soutien aux "
            "rebelles et accuse l'armée congolaise de collaborer avec les FDLR.")
    found = {k[:3] for k in facts(text, "fr")}
    assert ("RWA", "COD", "ACCUSE") in found

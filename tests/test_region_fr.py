"""Round 44 (region_fr): how French news of the world desk tells acts, on sentences of our own.

The expletive "ne" of "avant que X ne frappe" denies nothing; "X paiera le prix" threatens X; leaders called to a
summit are invited; "pris pour cible" is an attack; a base "rendue" is handed back; who judges an act noun in its
relative clause ("un déploiement que Séoul dénonçait") is not its target.
"""

from __future__ import annotations

from extracted import facts
from realpolitik.language.page_chrome import without_teasers
from realpolitik.language.sentences import split_sentences


def test_expletive_ne_after_avant_que_is_no_negation() -> None:
    for text in ("Les deux armées se sont observées toute la nuit, avant que l'armée pakistanaise ne bombarde "
                 "des positions indiennes.",
                 "Le cessez-le-feu a tenu trois jours, avant que les forces israéliennes ne frappent le Liban."):
        found = facts(text, "fr")
        assert not any(key[2] == "ASSAULT" and key[3] for key in found), found
        assert any(key[2] == "ASSAULT" and not key[3] for key in found), found


def test_a_true_negation_stays() -> None:
    plain = "L'armée pakistanaise ne bombarde pas les positions indiennes."
    assert ("PAK", "IND", "ASSAULT", True) in facts(plain, "fr")


def test_a_price_promised_is_a_threat_to_the_one_who_pays() -> None:
    found = facts("Le ministre turc de la Défense a promis que les rebelles kurdes de Syrie paieront cher.", "fr")
    assert not any(key[2] == "AGREE" for key in found), found
    threat = facts("Le chef de l'armée pakistanaise a prévenu que l'Inde paierait le prix de toute agression.", "fr")
    assert ("PAK", "IND", "THREATEN", False) in threat, threat
    said = facts("L'Iran paiera le prix de ses provocations, a déclaré le ministre israélien de la Défense.", "fr")
    assert ("ISR", "IRN", "THREATEN", False) in said, said


def test_leaders_called_to_a_summit_are_invited() -> None:
    found = facts("Le président sud-africain a appelé les présidents rwandais et congolais à une réunion.", "fr")
    assert ("ZAF", "RWA", "AGREE", False) in found and ("ZAF", "COD", "AGREE", False) in found, found
    # a call for a meeting with no one between the verb and "à" is an appeal
    appeal = facts("La Thaïlande a appelé à une rencontre d'urgence de l'Asean.", "fr")
    assert not any(key[2] == "AGREE" for key in appeal), appeal


def test_taken_as_a_target_is_attacked() -> None:
    assert ("RUS", "UKR", "ASSAULT", False) in facts(
        "L'armée russe a pris pour cible des installations énergétiques ukrainiennes.", "fr")
    passive = facts("Un cargo libérien a été pris pour cible par les houthistes.", "fr")
    assert ("YEM", "LBR", "ASSAULT", False) in passive, passive


def test_a_base_given_back_is_a_withdrawal() -> None:
    assert ("FRA", "CIV", "RETREAT", False) in facts(
        "La France a rendu le camp de Port-Bouët à l'armée ivoirienne.", "fr")
    # a visit paid to a base gives nothing back
    visit = facts("Le ministre italien a rendu visite à la base de Djibouti.", "fr")
    assert not any(key[2] == "RETREAT" for key in visit), visit


def test_who_judges_an_act_noun_in_its_relative_clause_is_not_its_target() -> None:
    found = facts("La Russie a envoyé des soldats en Biélorussie, un déploiement que la Finlande dénonce.", "fr")
    assert not any(key[:3] == ("RUS", "FIN", "MOBILIZE") for key in found), found
    shown = facts("La Chine a mené des exercices autour de Taïwan, une démonstration de force que Manille a critiquée.",
                  "fr")
    assert not any(key[:3] == ("CHN", "PHL", "MOBILIZE") for key in shown), shown


def test_sanctions_asked_for_are_a_demand() -> None:
    found = facts("Le Bénin demande des sanctions contre le Niger.", "fr")
    assert ("BEN", "NER", "REQUEST", False) in found and not any(key[2] == "SANCTION" for key in found), found
    found = facts("L'Ukraine demande de nouvelles sanctions contre la Russie.", "fr")
    assert ("UKR", "RUS", "REQUEST", False) in found, found


def test_missiles_fired_at_a_state_strike_it_and_into_the_sea_show_force() -> None:
    found = facts("Le Hezbollah a tiré une dizaine de roquettes vers Israël dans la nuit.", "fr")
    assert ("LBN", "ISR", "ASSAULT", False) in found, found
    found = facts("L'Iran a lancé des missiles en direction d'Israël.", "fr")
    assert ("IRN", "ISR", "ASSAULT", False) in found, found
    sea = facts("Pyongyang a tiré un missile de croisière vers la mer Jaune.", "fr")
    assert not any(key[2] == "ASSAULT" for key in sea), sea


def test_a_member_suspended_from_a_bloc_is_sanctioned_by_it() -> None:
    found = facts("La Guinée a été suspendue de la Cédéao après le putsch.", "fr")
    assert ("ECO", "GIN", "SANCTION", False) in found, found  # (facts() keeps three letters of a code: ECOWAS)
    found = facts("Le Niger avait été suspendu de l'Union africaine en 2023.", "fr")
    assert ("AU", "NER", "SANCTION", False) in found, found
    # a suspension that stands is the membership's status, no act; an official suspended from his duties: no bloc
    assert facts("Le Niger, le Mali et le Burkina Faso restent suspendus de l'UA, tout comme la Guinée.", "fr") == set()
    assert facts("Le ministre malien a été suspendu de ses fonctions.", "fr") == set()


def test_a_base_given_back_with_a_date_before_it() -> None:
    found = facts("La France a rendu fin janvier le camp de Kossei à l'armée tchadienne.", "fr")
    assert ("FRA", "TCD", "RETREAT", False) in found, found


def test_a_verdict_judges_the_agent_of_its_object_noun_not_an_earlier_name() -> None:
    found = facts("Le ministre allemand a visité un camp libanais et dénoncé le pilonnage de la ville par Israël.",
                  "fr")
    assert ("DEU", "ISR", "ACCUSE", False) in found and ("DEU", "LBN", "ACCUSE", False) not in found, found
    found = facts("Emmanuel Macron a visité un hôpital égyptien et dénoncé le blocage de l'aide par Israël.", "fr")
    assert ("FRA", "ISR", "ACCUSE", False) in found and ("FRA", "EGY", "ACCUSE", False) not in found, found


def test_a_byline_names_no_actor() -> None:
    text = ("ENTRETIEN\n\nPropos recueillis par notre envoyé spécial à Nairobi\n\n"
            "Le Kenya a condamné l'attaque contre ses soldats en Somalie.")
    kept = [s.text for s in without_teasers(split_sentences(text, "fr"), "fr")]
    assert not any("Propos recueillis" in t for t in kept), kept
    text = "Par notre correspondante au Caire\n\nL'Égypte a accueilli lundi une délégation du Hamas."
    assert not any(t.startswith("Par notre") for t in
                   [s.text for s in without_teasers(split_sentences(text, "fr"), "fr")])
    # a sentence of the story that opens with the words stays
    story = "De notre point de vue, la France a eu raison de rappeler son ambassadeur."
    assert [s.text for s in without_teasers(split_sentences(story, "fr"), "fr")] == [story]
    english = "By our correspondent in Nairobi\n\nKenya condemned the attack."
    assert [s.text for s in without_teasers(split_sentences(english, "en"), "en")] == ["Kenya condemned the attack."]

"""Round 43 (genre_fr): what French pages other than the wire report carry, on sentences of our own.

A live ticker's "+++" separates items that need no full stop between them; a "read also" label may say where the
linked story is before its colon; a decree signed is no agreement; a newspaper named after a state is no state.
"""

from __future__ import annotations

from extracted import extraction, facts, shown_keys
from realpolitik.language.page_chrome import without_teasers
from realpolitik.language.sentences import split_sentences


def test_ticker_items_are_sentences() -> None:
    text = "+++ L'Inde et le Pakistan concluent une trêve +++ Des tirs opposent les deux armées au Cachemire +++"
    assert [s.text for s in split_sentences(text, "fr")] == [
        "+++ L'Inde et le Pakistan concluent une trêve", "Des tirs opposent les deux armées au Cachemire"]
    german = "+++ Russland und die Ukraine tauschen Gefangene aus +++ Polen schließt die Grenze +++"
    assert len(split_sentences(german, "de")) == 2


def test_ticker_clock_heading_stays_with_its_entry() -> None:
    sentences = split_sentences("+++ 14:30 +++ Le Japon convoque l'ambassadeur de Chine.", "fr")
    assert [s.text for s in sentences] == ["+++ 14:30 +++ Le Japon convoque l'ambassadeur de Chine."]


def test_ticker_truce_does_not_take_the_fighting() -> None:
    text = ("+++ L'Inde et le Pakistan ont conclu samedi un cessez-le-feu +++ "
            "Les deux armées ont échangé des tirs dans la nuit +++")
    found = facts(text, "fr")
    assert {("IND", "PAK", "ASSAULT", False), ("PAK", "IND", "ASSAULT", False)} <= found
    assert ("IND", "PAK", "AGREE", False) in found or ("PAK", "IND", "AGREE", False) in found


def test_teaser_label_with_its_place() -> None:
    for label in ("À lire également dans notre revue :", "Lire aussi sur notre site :", "Voir aussi dans ce dossier :"):
        text = f"La Chine a rappelé son ambassadeur.\n\n{label} le Mali et le Niger s'accusent d'héberger des rebelles."
        assert [s.text for s in without_teasers(split_sentences(text, "fr"), "fr")] == [
            "La Chine a rappelé son ambassadeur."]
    # a sentence that opens with the words of a label but is text keeps its place
    text = "Lire aussi les déclarations du ministre permet de comprendre la crise."
    assert len(without_teasers(split_sentences(text, "fr"), "fr")) == 1


def test_teaser_of_a_press_review_gives_no_charge() -> None:
    text = ("Le Maroc a salué le vote du Conseil de sécurité.\n\n"
            "À lire également dans notre revue : le Tchad et le Soudan s'accusent d'armer des rebelles.")
    assert not any(key[0] in ("TCD", "SDN") for key in shown_keys(text, "fr"))


def test_decree_signed_is_no_agreement() -> None:
    for text in ("Le président américain a signé jeudi un décret fixant à 40 % les droits de douane sur le Brésil.",
                 "Le chef de l'État a signé une ordonnance qui interdit les importations en provenance du Venezuela."):
        assert not any(key[2] == "AGREE" for key in facts(text, "fr")), text
    assert any(key[2] == "AGREE" for key in facts("La Suisse a signé un accord de libre-échange avec l'Inde.", "fr"))


def test_newspaper_named_after_a_state_is_no_state() -> None:
    for text in ("Le Soir d'Algérie accuse la France d'avoir manœuvré en coulisses.",
                 "Le Times of India reproche au Canada sa complaisance.",
                 "Le China Daily accuse le Japon de provocation."):
        assert not shown_keys(text, "fr"), text
    assert ("DZA", "FRA", "ACCUSE") in shown_keys("L'Algérie accuse la France d'avoir manœuvré en coulisses.", "fr")


def test_visa_exemption_suspended_and_entry_ban() -> None:
    assert ("EU", "SRB", "SANCTION", False) in facts(
        "Les Vingt-Sept ont suspendu lundi le régime sans visa pour les ressortissants serbes.", "fr")
    assert ("EU", "MDA", "SANCTION", False) in facts(
        "L'Union européenne a suspendu l'exemption de visa pour les fonctionnaires moldaves.", "fr")
    assert ("EST", "RUS", "SANCTION", False) in facts(
        "L'Estonie a interdit de séjour cinq députés russes.", "fr")
    assert not any(key[2] == "SANCTION" for key in facts(
        "Le tribunal a interdit de séjour le militant dans la capitale.", "fr"))


def test_singular_pronoun_is_no_counted_pair() -> None:
    # a portrait: "il" after "les deux voisins" is the portrait's man, not one of the pair picked at random
    opening = ("Bassirou Diomaye Faye a prêté serment à Dakar. Sa première visite l'a mené lundi à Nouakchott, où il "
               "a été reçu par le président mauritanien. ")
    for text in (opening + "Les deux voisins ont promis d'exploiter ensemble un gisement gazier. Il s'est ensuite "
                 "rendu en Gambie.",
                 opening + "Les deux voisins ont promis de relancer leur commerce. Il s'était ensuite rendu au Togo."):
        assert not any(key[0] == "MRT" and key[2] == "CONSULT" for key in facts(text, "fr")), text
    # a named source before the pair still stands for "il"
    text = ("Le président kényan William Ruto s'est rendu mardi en Ouganda, où il a été reçu par Yoweri Museveni. Les "
            "deux pays ont signé un accord sur l'oléoduc. Il a ensuite rencontré le président rwandais à Kigali.")
    assert ("KEN", "RWA", "CONSULT", False) in facts(text, "fr")


def test_counted_object_of_the_opening_list() -> None:
    # "les deux voisins" after the verb of the list that opens the sentence is its object, the pair named before
    before = "Le Pakistan et l'Afghanistan ont conclu mercredi un cessez-le-feu. "
    for text in ("Le Qatar et l'Arabie saoudite appellent les deux voisins à la retenue.",
                 "Le Qatar et l'Arabie saoudite ont exhorté les deux pays à la retenue."):
        found = facts(before + text, "fr")
        assert {("QAT", "PAK", "REQUEST", False), ("SAU", "AFG", "REQUEST", False)} <= found, text
    english = ("Pakistan and Afghanistan agreed a ceasefire on Wednesday. "
               "Qatar and Saudi Arabia urged the two neighbours to show restraint.")
    assert ("SAU", "PAK", "REQUEST", False) in facts(english, "en")
    # a phrase that opens its own clause after "et", or one in a clause of its own, still sums up the subject
    found = facts("La Chine a annoncé mardi que les ministres des deux pays avaient signé un accord.", "fr")
    assert not any(key[0] == "CHN" and key[2] == "AGREE" for key in found)
    found = facts(before + "Le Qatar et l'Égypte ont salué la trêve et les deux pays ont promis une aide.", "fr")
    assert not any(key[0] in ("PAK", "AFG") and key[2] == "AGREE" and key[1] in ("QAT", "EGY") for key in found)


def test_accession_talks_suspended_leave_a_candidate() -> None:
    for text, lang in (("Le gouvernement serbe a suspendu les négociations d'adhésion à l'Union européenne.", "fr"),
                       ("Serbia suspended accession negotiations with the European Union.", "en")):
        ties = {(r.a, r.b, r.kind, r.status) for r in extraction(text, lang).relations}
        assert ("EU", "SRB", "membership", "proposed") in ties, ties
    ties = {(r.a, r.b, r.kind, r.status) for r in extraction("La Cédéao a suspendu la Guinée.", "fr").relations}
    assert ("ECOWAS", "GIN", "membership", "suspended") in ties


def test_fronted_participle_agent_is_no_subject_of_the_pronoun_clause() -> None:
    # "Reçu ... par X, il ...": X received him; "il" (the article's man) is the one who acts in the main clause
    text = ("Le président sénégalais a visité Nouakchott. "
            "Reçu à Paris par Emmanuel Macron, il avait critiqué la Mauritanie.")
    found = facts(text, "fr")
    assert ("SEN", "MRT", "ACCUSE", False) in found and ("FRA", "MRT", "ACCUSE", False) not in found
    text = ("Le ministre malien a visité Dakar. Interrogé par la presse ivoirienne, il a accusé l'Algérie d'ingérence.")
    assert ("MLI", "DZA", "ACCUSE", False) in facts(text, "fr")
    english = ("Senegal's president visited Nouakchott. "
               "Received in Paris by Emmanuel Macron, he criticised Mauritania.")
    found = facts(english, "en")
    assert ("SEN", "MRT", "ACCUSE", False) in found and ("FRA", "MRT", "ACCUSE", False) not in found
    # a named subject after the comma was read right before and stays so
    found = facts("Reçu à Paris par Emmanuel Macron, le président sénégalais a critiqué la Mauritanie.", "fr")
    assert ("SEN", "MRT", "ACCUSE", False) in found


def test_goods_hit_by_a_duty_in_the_passive_are_its_target() -> None:
    assert ("USA", "IND", "SANCTION", False) in facts(
        "Les produits indiens sont désormais frappés de droits de douane de 50 % aux États-Unis.", "fr")
    assert ("CAN", "JPN", "SANCTION", False) in facts(
        "Les voitures japonaises sont frappées d'une taxe de 15 % au Canada depuis lundi.", "fr")
    # the goods' state never lays the duty it is hit by
    text = "Depuis jeudi, les exportations suisses vers les États-Unis sont frappées d'une surtaxe de 39 %."
    assert ("CHE", "USA", "SANCTION", False) not in facts(text, "fr")
    # the active voice is read as before
    assert ("USA", "MEX", "SANCTION", False) in facts("Washington a frappé d'une surtaxe les importations du Mexique.",
                                                      "fr")

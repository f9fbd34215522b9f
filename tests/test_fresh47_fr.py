"""A fresh French set of long articles (eval/gold/fresh47_fr.jsonl): what the round-47 fixes read, on sentences of
our own, each beside one the fix must leave alone.

Long French articles describe the subject that opens a sentence by a participle between commas ("Deux banques
turques, soupçonnées de ..., figurent sur la liste"): the suspected one is that subject, and who suspects it the
sentence does not say."""

from __future__ import annotations

from extracted import facts


def test_a_charge_describing_the_opening_subject_names_no_accuser():
    for text in ("Trois banques turques, accusées d'aider l'Iran à contourner l'embargo, ont été ajoutées à la liste.",
                 "Les Émirats, accusés d'armer les paramilitaires soudanais, ont démenti toute implication.",
                 "Deux sociétés indiennes et une entreprise chinoise, soupçonnées d'avoir livré des pièces à "
                 "l'armée russe, figurent sur la liste."):
        assert not any(f[2] == "ACCUSE" for f in facts(text, "fr")), text
    # the main clause's subject still accuses what it acts on, and an agent of the main clause still accuses
    assert ("SDN", "ARE", "ACCUSE", False) in facts(
        "Le Soudan a rompu ses relations avec les Émirats arabes unis, accusés d'armer les paramilitaires.", "fr")
    assert ("POL", "RUS", "ACCUSE", False) in facts(
        "Trois diplomates russes, accusés d'espionnage, ont été expulsés en mai par la Pologne.", "fr")
    assert ("SDN", "ARE", "ACCUSE", False) in facts(
        "Les Émirats, accusés par Khartoum d'armer les paramilitaires, ont démenti.", "fr")


def test_a_reply_made_is_no_threat_a_reply_promised_is():
    for text in ("L'armée sénégalaise a riposté de manière proportionnée aux tirs venus de Gambie.",
                 "Les forces indiennes avaient riposté de façon ferme aux bombardements pakistanais."):
        assert not any(f[2] == "THREATEN" for f in facts(text, "fr")), text
    assert ("MLI", "DZA", "THREATEN", False) in facts("Le Mali promet une riposte ferme contre l'Algérie.", "fr")
    assert ("CHN", "JPN", "THREATEN", False) in facts("La Chine a averti le Japon d'une riposte proportionnée.", "fr")


def test_the_one_a_participle_describes_after_a_coordinated_verb_is_no_subject():
    found = facts("La Lituanie a fermé sa frontière et a expulsé en septembre un diplomate bélarusse, accusé "
                  "d'espionnage.", "fr")
    assert ("LTU", "BLR", "ACCUSE", False) in found and ("BLR", "LTU", "ACCUSE", False) not in found
    found = facts("La Pologne a rappelé son ambassadeur et a renvoyé deux diplomates russes, soupçonnés de "
                  "sabotage.", "fr")
    assert ("POL", "RUS", "ACCUSE", False) in found and ("RUS", "POL", "ACCUSE", False) not in found
    # a subject that opens the sentence and the participle after it stay the subject and its description
    found = facts("Les ministres des Affaires étrangères de Finlande, d'Estonie et de Lettonie, réunis mercredi à "
                  "Helsinki, ont signé un accord.", "fr")
    assert ("FIN", "EST", "AGREE", False) in found or ("EST", "FIN", "AGREE", False) in found

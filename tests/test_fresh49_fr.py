"""Two fresh French sets of long articles (eval/gold/fresh49a_fr.jsonl, studied; fresh49b_fr.jsonl, sealed): what the
round-49 fixes read, on sentences of our own, each beside one the fix must leave alone.

Long French articles tell a deal in the lead and the reactions paragraphs after it ("Washington a salué l'accord"),
and name the two sides of a quarrel by a counted phrase after "entre" in a sentence whose subject is a go-between
("Le Qatar et la Turquie, qui avaient obtenu un cessez-le-feu entre les deux pays")."""

from __future__ import annotations

from extracted import facts

_SIGNED = ("Le président kényan William Ruto et la présidente tanzanienne Samia Suluhu Hassan ont signé lundi à "
           "Nairobi un accord sur le commerce frontalier. Ruto a reçu son invitée au palais présidentiel. « Nos deux "
           "peuples sont frères », a déclaré la présidente tanzanienne, qui a remercié Nairobi pour son soutien et a "
           "invité Ruto à Dodoma. « Nous voulons que les camions passent la frontière en une heure et non en trois "
           "jours, que les commerçantes de nos marchés vendent sans payer deux fois, que nos ports travaillent "
           "ensemble plutôt que l'un contre l'autre, et que nos jeunes trouvent de l'autre côté de la frontière "
           "un emploi plutôt qu'un mur. Ce texte n'est qu'un début ; il faudra des années pour qu'il change la vie "
           "des gens, et nous le savons », a-t-elle ajouté devant la presse, avant de visiter une zone industrielle. ")


def test_a_praise_of_a_deal_named_again_praises_its_sides():
    # French had no deal nouns: "a salué l'accord" after a paragraph of thanks and an invitation praised no one
    for reaction in ("L'Union européenne a salué l'accord.", "L'Union européenne s'est félicitée du traité.",
                     "L'Union européenne a salué la signature."):
        found = facts(_SIGNED + reaction, "fr")
        assert ("EU", "KEN", "SUPPORT", False) in found and ("EU", "TZA", "SUPPORT", False) in found, reaction
    # a side that welcomes its own deal praises no one
    found = facts(_SIGNED + "Le gouvernement kényan a salué l'accord.", "fr")
    assert ("KEN", "TZA", "SUPPORT", False) not in found


def test_the_pair_between_which_a_go_between_acts_is_not_the_go_between():
    # "entre les deux pays": the article between the preposition and the count was read as no "between", and the
    # pair was the subject's (Qatar and Egypt made a truce with each other)
    found = facts("Les combats entre l'Inde et le Pakistan ont fait des dizaines de morts en mai. Les deux armées "
                  "ont échangé des tirs d'artillerie. Le Qatar et l'Égypte, qui ont obtenu un cessez-le-feu entre les "
                  "deux pays, ont été remerciés.", "fr")
    assert ("QAT", "EGY", "AGREE", False) not in found and ("EGY", "QAT", "AGREE", False) not in found
    assert ("QAT", "IND", "CONSULT", False) in found and ("EGY", "PAK", "CONSULT", False) in found  # the mediation
    # a pair that acts on what lies between itself is still itself
    found = facts("L'Inde et la Chine ont signé un accord sur le tracé de la frontière entre les deux pays.", "fr")
    assert {("IND", "CHN", "AGREE", False), ("CHN", "IND", "AGREE", False)} & found


def test_a_subject_with_an_apposition_addresses_the_sides_and_is_none_of_them():
    # the opening list ("Le Qatar et la Turquie, qui ..., ont appelé"), and the French verb's auxiliary and the
    # phrase's article ("a appelé les deux parties"): before, the subject's own pair, or one side, were the two
    quarrel = "Le Pakistan a bombardé l'Afghanistan. Kaboul a riposté. "
    found = facts(quarrel + "Le Qatar et la Turquie, qui avaient obtenu en octobre un cessez-le-feu, ont appelé les "
                  "deux parties à la retenue.", "fr")
    assert {("QAT", "PAK", "REQUEST", False), ("QAT", "AFG", "REQUEST", False), ("TUR", "PAK", "REQUEST", False),
            ("TUR", "AFG", "REQUEST", False)} <= found
    found = facts(quarrel + "La Chine, proche d'Islamabad, a appelé les deux parties à la retenue.", "fr")
    assert {("CHN", "PAK", "REQUEST", False), ("CHN", "AFG", "REQUEST", False)} <= found
    # a list that opens a clause of its own is still the two sides
    found = facts(quarrel + "Le Pakistan et l'Afghanistan, qui avaient conclu une trêve en octobre, ont échangé des "
                  "tirs.", "fr")
    assert ("PAK", "AFG", "ASSAULT", False) in found or ("AFG", "PAK", "ASSAULT", False) in found

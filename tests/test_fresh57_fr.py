"""A praise that labels an act with an indefinite noun and names no target (round 57, fr57): "Les États-Unis ont
salué « une étape encourageante »", "a salué un « pas dans la bonne direction »". The label is new, the act it labels
is the article's news: the praise is of the parties of the article's lead act (its authors; both sides of talks or a
deal between states, not their mediator; never the judge), not of the latest act told before it, which a wire
story's background paragraphs as often are; a judge the last sentences told an act was done to answers that act.
Condemnations so labelled ("a dénoncé une « trahison »") are left as they were. A call for tenders ("appel
d'offres") is no appeal. Sentences of our own, each beside one the reading must leave alone."""

from __future__ import annotations

import pytest

from extracted import facts, read_as
from realpolitik.events.article_phrases import labels_named
from realpolitik.events.rules import load_rules
from realpolitik.language import tokenize

# the lead, then background with acts of other pairs, then the labelled verdict
_TALKS = ("Le Kenya et la Tanzanie ont repris lundi à Arusha leurs négociations sur le lac Victoria, sous la "
          "médiation de l'Ouganda. En 2023, l'Égypte avait signé un accord de défense avec la Somalie. ")
_EXIT = ("La Géorgie a quitté mardi la Communauté des États indépendants. En 2024, la Russie avait expulsé deux "
         "diplomates moldaves. ")


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    # praise of the lead talks by a third party: both sides, not the mediator, not the background pact's parties
    (_TALKS + "Le Japon a salué jeudi « une étape encourageante ».", ("JPN", "KEN", "SUPPORT", False),
     ("JPN", "EGY", "SUPPORT", False)),
    (_TALKS + "Le Japon a salué jeudi « une étape encourageante ».", ("JPN", "TZA", "SUPPORT", False),
     ("JPN", "UGA", "SUPPORT", False)),
    (_TALKS + "La Norvège a salué un « pas dans la bonne direction ».", ("NOR", "TZA", "SUPPORT", False),
     ("NOR", "SOM", "SUPPORT", False)),
    # a unilateral lead act: its author
    (_EXIT + "Le Bélarus a salué « une décision souveraine ».", ("BLR", "GEO", "SUPPORT", False),
     ("BLR", "RUS", "SUPPORT", False)),
])
def test_a_label_judges_the_lead_act(text: str, expected: tuple, wrong: tuple) -> None:
    read_as(facts(text, "fr"), expected, wrong)


def test_a_side_of_the_lead_act_judges_the_other_side() -> None:
    keys = facts("La Bolivie et le Pérou ont signé lundi un accord de libre-échange. Le Chili avait protesté en "
                 "2022. La Bolivie a salué « une victoire pour les deux peuples ».", "fr")
    read_as(keys, ("BOL", "PER", "SUPPORT", False), ("BOL", "CHL", "SUPPORT", False))


def test_a_named_target_stays() -> None:
    keys = facts("La Géorgie a quitté mardi la Communauté des États indépendants. La Russie a libéré deux "
                 "prisonniers moldaves. L'Arménie a salué « un geste » de Moscou.", "fr")
    read_as(keys, ("ARM", "RUS", "SUPPORT", False), ("ARM", "GEO", "SUPPORT", False))


def test_a_judge_answers_an_act_done_to_it() -> None:
    # the act on the judge in the sentence before, not the lead: "une décision" answers it
    keys = facts("La Géorgie a quitté mardi la Communauté des États indépendants. Jeudi, le Chili a levé ses "
                 "sanctions contre le Venezuela. Caracas a salué « une décision courageuse ».", "fr")
    read_as(keys, ("VEN", "CHL", "SUPPORT", False), ("VEN", "GEO", "SUPPORT", False))


def test_a_noun_labelled_after_comme_is_no_label_of_the_lead() -> None:
    # "que ... a salué comme un « signal fort »": the label of the contract the relative names, not of the lead
    keys = facts("La Chine a condamné mardi la vente d'armes américaines aux Philippines. Cette décision intervient "
                 "après que Washington a approuvé ce contrat, que Manille a salué comme un « signal fort ».", "fr")
    assert ("PHL", "CHN", "SUPPORT", False) not in keys, keys


def test_a_definite_step_still_judges_the_latest_act() -> None:
    # "la décision" names again the act just told (a step), as before: the label reading is for "une décision"
    keys = facts("La Géorgie a quitté mardi la Communauté des États indépendants. Jeudi, la Russie a expulsé deux "
                 "diplomates moldaves. La Roumanie a condamné la décision.", "fr")
    read_as(keys, ("ROU", "RUS", "ACCUSE", False), ("ROU", "GEO", "ACCUSE", False))


def test_a_call_for_tenders_is_no_appeal() -> None:
    # "appel d'offres" (a call for tenders) is a compound noun; "un appel à" still appeals
    assert not any(k[2] == "REQUEST" for k in facts(
        "La Côte d'Ivoire a exclu les entreprises turques de ses appels d'offres.", "fr"))
    keys = facts("La Guinée a lancé un appel d'offres pour son port, et le Sénégal a lancé un appel à la Guinée.", "fr")
    read_as(keys, ("SEN", "GIN", "REQUEST", False), ("GIN", "SEN", "REQUEST", False))


@pytest.mark.parametrize(("label", "read"), [
    ("un « pas en avant »", True), ("un ‹ pas en avant ›", True), ("un “pas en avant”", True),
    ("un pas en avant", True), ("un ( pas en avant )", False),
])
def test_a_label_is_read_past_an_opening_quote(label: str, read: bool) -> None:
    # the opening quotes of language/tokens.OPENING_QUOTES, the ones a verdict's judged noun is read past (round 58:
    # the single guillemet too); a bracket is no quote
    tokens = tokenize(f"La Norvège a salué {label}.", "fr")
    noun = next(i for i, t in enumerate(tokens) if t.text == "pas")
    assert labels_named(tokens, load_rules("fr").grammar.roles) == ([noun] if read else [])

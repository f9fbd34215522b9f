"""Ways of saying things that round 42's and earlier sets showed the coder misreading and their authors understood but
left (round 43's misses task). Each test uses sentences written for this file, not taken from any set, with at least
one other phrasing and a sentence the fix must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import facts


def _events(text: str, lang: str = "en", published: date = date(2025, 10, 15)) -> set[tuple]:
    """The facts told (done or reported), by country: (source, target, type, negated)."""
    return facts(text, lang, published)


def _keys(text: str, lang: str) -> set[tuple]:
    return {f[:3] for f in _events(text, lang)}


@pytest.mark.parametrize(("text", "key"), [
    ("Japan verhängte Zölle auf Stahl aus China. Peking werde alle notwendigen Maßnahmen ergreifen, um seine "
     "Unternehmen zu schützen, teilte das Handelsministerium mit.", ("CHN", "JPN", "THREATEN")),
    ("Litauen wies zwei belarussische Diplomaten aus. Minsk kündigte an, es werde die erforderlichen Schritte "
     "unternehmen.", ("BLR", "LTU", "THREATEN")),
    ("Kanada hat Sanktionen gegen den Iran verhängt. Teheran werde alle nötigen Gegenmaßnahmen treffen, hieß es.",
     ("IRN", "CAN", "THREATEN")),
])
def test_a_ministry_s_formula_of_necessary_measures_threatens_the_act_s_author(text: str, key: tuple) -> None:
    """German "werde alle notwendigen Maßnahmen ergreifen" after another state's act on the speaker is the reply
    promised (THREATEN 130), as English "will take all necessary measures" and French "prendra toutes les mesures
    nécessaires" already were; its target is the one whose act it answers."""
    assert key in _keys(text, "de")


def test_necessary_measures_at_home_threaten_no_one() -> None:
    found = _events("Die Regierung werde alle nötigen Maßnahmen ergreifen, um den Landwirten nach der Dürre zu "
                    "helfen, sagte die Ministerin.", "de")
    assert not any(f[2] == "THREATEN" for f in found), found


@pytest.mark.parametrize("text", [
    "Orban flew to Beijing on Monday, a trip that made him the first European Union leader to meet Xi Jinping this "
    "year.",
    "Fico went to Moscow in May, a visit that made him the only EU leader to meet the Russian president that month.",
    "Nehammer flew to Moscow, a trip that made him the first European Union leader to see Putin since the invasion.",
])
def test_an_ordinal_member_leader_is_no_act_of_the_body(text: str) -> None:
    """"the third European Union leader to meet Putin", "another EU leader": one leader of a member state, named
    before, not the Union (ambiguity.yaml member_nouns_apart after an ordinal or an indefinite article)."""
    found = _events(text, "en")
    assert not any("EU" in (f[0], f[1]) for f in found), found


def test_eu_leaders_at_a_summit_stay_the_union() -> None:
    assert ("EU", "RUS", "ACCUSE") in _keys("EU leaders condemned Russia's strikes on Kyiv on Thursday.", "en")


@pytest.mark.parametrize(("text", "lang", "doers", "plover"), [
    ("Las sanciones franco-británicas contra Irán entraron en vigor el lunes.", "es", {"FRA", "GBR"}, "SANCTION"),
    ("Los ataques ruso-bielorrusos contra Ucrania continuaron durante la noche.", "es", {"RUS", "BLR"}, "ASSAULT"),
    ("Les sanctions franco-britanniques contre l'Iran sont entrées en vigueur lundi.", "fr", {"FRA", "GBR"},
     "SANCTION"),
    ("Les frappes américano-britanniques contre les Houthis se sont poursuivies dimanche.", "fr", {"USA", "GBR"},
     "ASSAULT"),
    ("The US-British strikes on Houthi targets continued on Sunday.", "en", {"USA", "GBR"}, "ASSAULT"),
    ("The Franco-British sanctions on Iran took effect on Monday.", "en", {"FRA", "GBR"}, "SANCTION"),
    ("Франко-британские санкции против Ирана вступили в силу в понедельник.", "ru", {"FRA", "GBR"}, "SANCTION"),
])
def test_a_hyphened_pair_of_adjectives_names_both_doers(text: str, lang: str, doers: set, plover: str) -> None:
    """"las sanciones franco-británicas", "the US-British strikes", "Франко-британские санкции": a compound adjective
    of two states names both as the noun's doers (the prefix "franco-" after the noun as a demonym is,
    roles_possessors.postnominal_adjective; a name before the hyphen as an adjective is, roles_groups; "Franco-",
    "Sino-", "Russo-" in English and "франко" in Russian, country_names.csv)."""
    found = {f[0] for f in _events(text, lang) if f[2] == plover}
    assert doers <= found, found


@pytest.mark.parametrize(("text", "lang"), [
    ("Sino-Russian naval drills began in the Sea of Japan on Monday.", "en"),
    ("Les exercices militaires russo-biélorusses ont commencé lundi près de la frontière polonaise.", "fr"),
])
def test_a_hyphened_pair_s_exercise_is_their_cooperation(text: str, lang: str) -> None:
    found = _events(text, lang)
    assert {frozenset((f[0], f[1])) for f in found if f[2] == "COOPERATE" and f[1]} == {
        frozenset(("CHN", "RUS")) if lang == "en" else frozenset(("RUS", "BLR"))}, found


def test_general_franco_is_no_state() -> None:
    assert not _events("General Franco had ruled Spain for decades when he died in 1975.", "en")


@pytest.mark.parametrize(("text", "lang"), [
    ("La ONG estadounidense pidió a Guatemala que libere a los periodistas detenidos.", "es"),
    ("Una ONG española denunció a Marruecos por el trato a los menores.", "es"),
    ("L'ONG américaine a exhorté le Honduras à libérer les journalistes.", "fr"),
    ("Die britische NGO forderte Ägypten auf, die Aktivisten freizulassen.", "de"),
    ("The British NGO urged Egypt to free the activists.", "en"),
    ("Британская НКО призвала Египет освободить активистов.", "ru"),
    ("Британская правозащитная организация призвала Египет освободить активистов.", "ru"),
])
def test_an_ngo_with_a_state_s_adjective_speaks_for_itself(text: str, lang: str) -> None:
    """"La ONG estadounidense pidió a Panamá ...": an NGO is no party EVAL.md codes, and its adjective names no state
    acting (ambiguity.yaml person_nouns in five languages: ONG, NGO, НКО, НПО, "правозащитная"; the article elided
    onto the noun counts: "l'ONG américaine")."""
    assert not _events(text, lang), _events(text, lang)


@pytest.mark.parametrize(("text", "lang", "key"), [
    ("El Gobierno británico pidió a Egipto que libere a los activistas.", "es", ("GBR", "EGY", "REQUEST")),
    ("Британское правительство призвало Египет освободить активистов.", "ru", ("GBR", "EGY", "REQUEST")),
])
def test_a_government_with_the_adjective_still_acts(text: str, lang: str, key: tuple) -> None:
    assert key in _keys(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Черногория в итоге экстрадировала его в Южную Корею.", "ru"),
    ("Черногория в итоге выдала его Южной Корее.", "ru"),
    ("Le Monténégro l'a finalement extradé vers la Corée du Sud.", "fr"),
    ("Montenegro eventually extradited him to South Korea.", "en"),
    ("Montenegro finalmente lo extraditó a Corea del Sur.", "es"),
    ("Montenegro lieferte ihn schließlich an Südkorea aus.", "de"),
])
def test_an_extradition_of_a_pronoun_goes_to_the_state_named(text: str, lang: str) -> None:
    """"экстрадировали его в США", "l'a extradé vers", "extradited him to": the pronoun is the one handed over, the
    state after the marker receives him (COOPERATE 063; roles_target_steps keeps a judicial act's marked target after
    an object pronoun or clitic, and ru.yaml extradite reads "выдать его" with the state in the dative)."""
    assert ("MNE", "KOR", "COOPERATE") in _keys(text, lang)


def test_a_pronoun_after_a_charge_still_hides_the_names_of_the_charge() -> None:
    assert ("POL", "RUS", "ACCUSE") not in _keys("Poland accused him of spying for Russia.", "en")


@pytest.mark.parametrize("text", [
    "The Netherlands, which hosts the tribunal, said it would shield its judges from the sanctions.",
    "Kenya, which has hosted the headquarters of the UN environment agency since 1972, welcomed the decision.",
])
def test_hosting_a_court_or_a_seat_receives_no_guest(text: str) -> None:
    """"which hosts the court": the seat of a court or a body (no visit, CONSULT 043, from the one it houses; found on
    item 7 of misses43, where "the court" was read as the ICC named long before)."""
    assert not any(f[2] == "CONSULT" for f in _events(text, "en")), _events(text, "en")


def test_hosting_a_king_still_receives_him() -> None:
    assert ("NLD", "BEL", "CONSULT") in _keys("The Netherlands hosted the Belgian king on Tuesday.", "en")

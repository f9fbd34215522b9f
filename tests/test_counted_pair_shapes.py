"""Counted pair references in three shapes the readers missed (groups54): "Die beiden vereinbarten, ..." (the count
with its article and a verb, where nouns are capitalised), a hyphenated adjective before the noun ("the two
nuclear-armed neighbours"), and a counted office title the role words know ("die beiden Verteidigungsminister",
"the two chancellors", "оба премьера"). Own sentences."""

from __future__ import annotations

from extracted import events_of


def _pairs(text: str, lang: str) -> set[tuple[str, str, str]]:
    return {(e.cameo[:2], e.source or "", e.target or "") for e in events_of(text, lang)}


def test_the_two_with_article_and_verb_are_the_two_who_met() -> None:
    text = ("Am Samstag empfing der japanische Regierungschef Shigeru Ishiba den südkoreanischen Präsidenten Lee "
            "Jae-myung in Tokio. Die beiden vereinbarten, die Gespräche fortzusetzen.")
    assert {(s[:3], t[:3]) for c, s, t in _pairs(text, "de") if c == "03"} == {("JPN", "KOR")}


def test_the_two_before_an_adjective_and_a_capitalised_noun_are_no_pair() -> None:
    text = "Russland hatte zwei Deutsche festgenommen. Die beiden entführten Deutschen wurden freigelassen."
    assert not {(c, s, t) for c, s, t in _pairs(text, "de") if c != "17"}


def test_a_lower_case_noun_after_the_two_is_no_verb() -> None:
    text = ("Le Japon et la Corée du Sud ont signé un accord. Les deux enseignants, arrêtés à Séoul, ont été "
            "libérés.")
    assert not any("enseignants" in (e.evidence or "") and e.cameo.startswith("03") for e in events_of(text, "fr"))


def test_a_hyphenated_adjective_stands_before_the_counted_noun() -> None:
    text = ("India and Pakistan exchanged artillery fire across the border last year. The two nuclear-armed "
            "neighbours agreed to a ceasefire in February.")
    assert ("08", "IND", "PAK") in {(c, s[:3], t[:3]) for c, s, t in _pairs(text, "en")} \
        or ("08", "PAK", "IND") in {(c, s[:3], t[:3]) for c, s, t in _pairs(text, "en")}


def test_a_counted_office_title_of_the_role_words_is_the_two_states() -> None:
    text = ("Der polnische Verteidigungsminister traf am Montag in Vilnius seinen litauischen Amtskollegen. Die "
            "beiden Verteidigungsminister unterzeichneten ein Abkommen über gemeinsame Manöver.")
    assert ("05", "POLGOV", "LTUGOV") in _pairs(text, "de")


def test_the_two_chancellors_after_a_meeting() -> None:
    text = ("Canadian Prime Minister Mark Carney met German Chancellor Friedrich Merz in Berlin on Monday. The two "
            "chancellors signed an energy agreement.")
    assert ("05", "CANGOV", "DEUGOV") in _pairs(text, "en")


def test_both_premiers_in_russian() -> None:
    text = ("Премьер-министр Индии встретился в Токио с премьер-министром Японии. Оба премьера подписали "
            "соглашение о сотрудничестве.")
    assert ("05", "INDGOV", "JPNGOV") in _pairs(text, "ru")


def test_an_office_of_one_state_counted_is_no_pair_of_states() -> None:
    text = "Bundeskanzler Merz empfing die Bundesminister. Die beiden Bundesminister unterzeichneten ein Papier."
    assert not events_of(text, "de")

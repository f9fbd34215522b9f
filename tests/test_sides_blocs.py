"""A counted group of three or more that no list resolves stands for the members of the bloc the article named (round
51, sides51: "the three juntas", "les trois pays", "три государства" of an article about the Alliance of Sahel
States), and "les trois pays de l'AES" for the bloc's members wherever the article stands. Own sentences."""

from __future__ import annotations

import pytest

from extracted import extraction, facts

_AES = {"MLI", "BFA", "NER"}


def _referred(text: str, lang: str, sentence: int) -> list[set[str]]:
    """The states each counted reference of one sentence stands for."""
    return [{c[:3] for c in m.note.removeprefix("refers:").split(",")} for m in extraction(text, lang).actors[sentence]
            if m.note.startswith("refers:")]


# an article that names the bloc and then its states one or two at a time, never the three in one list
_STORY = {
    "en": "The Alliance of Sahel States held a summit in Niamey on Saturday. Mali's leader spoke of a common army. "
          "Senegal sent an observer. The three juntas announced their withdrawal from ECOWAS in January.",
    "fr": "L'Alliance des États du Sahel a tenu un sommet samedi à Niamey. Le chef de la junte malienne a parlé "
          "d'une armée commune. Le Sénégal a envoyé un observateur. Les trois pays ont quitté la Cédéao en janvier.",
    "ru": "Альянс государств Сахеля провел в субботу саммит в Ниамее. Лидер Мали говорил о единой армии. Сенегал "
          "направил наблюдателя. Три государства вышли из ЭКОВАС в январе.",
    "de": "Die Allianz der Sahelstaaten hielt am Samstag einen Gipfel in Niamey ab. Malis Junta-Chef sprach von "
          "einer gemeinsamen Armee. Senegal entsandte einen Beobachter. Die drei Staaten traten im Januar aus der "
          "Ecowas aus.",
}


@pytest.mark.parametrize("lang", ["en", "fr", "ru", "de"])
def test_the_three_with_no_list_are_the_members_of_the_bloc_named(lang: str) -> None:
    assert _referred(_STORY[lang], lang, 3) == [_AES]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_their_exit_is_each_members(lang: str) -> None:
    found = {(source, target) for source, target, kind, _negated in facts(_STORY[lang], lang) if kind == "SANCTION"}
    assert found == {(state, "ECO") for state in _AES}  # (codes cut to three letters)


def test_the_states_named_one_by_one_make_the_bloc_too() -> None:
    text = ("Le Mali a expulsé un diplomate français. Le Niger a suspendu une chaîne de télévision. Le Burkina Faso a "
            "convoqué un ambassadeur. Le Sénégal a appelé au calme. Les trois pays ont quitté la Cédéao en janvier.")
    assert _referred(text, "fr", 4) == [_AES]


def test_two_blocs_of_three_named_leave_the_phrase_unread() -> None:
    text = _STORY["en"].replace("Senegal sent an observer.", "The Benelux held a meeting in Brussels.")
    assert _referred(text, "en", 3) == []


def test_a_list_of_three_still_comes_first() -> None:
    text = _STORY["fr"].replace("Le Sénégal a envoyé un observateur.",
                                "Le Sénégal, la Gambie et la Guinée ont envoyé des observateurs.")
    assert _referred(text, "fr", 3) == [{"SEN", "GMB", "GIN"}]


@pytest.mark.parametrize(("text", "lang"), [
    ("L'Algérie a abattu un drone malien en avril, et les trois pays de l'AES ont rappelé leurs ambassadeurs à Alger.",
     "fr"),
    ("Algeria shot down a Malian drone in April, and the three countries of the AES recalled their ambassadors from "
     "Algiers.", "en"),
])
def test_the_three_countries_of_the_bloc_are_its_members(text: str, lang: str) -> None:
    recalled = {source for source, target, kind, _negated in facts(text, lang) if (kind, target) == ("SANCTION", "DZA")}
    assert recalled == _AES

"""The group word for the article's two parties (round 50, sides50): "the two governments", "стороны" stand for the
pair the article is about where no list, meeting or reading back names one; Russian "стороны" without "обе" is the
plural wherever its form or its verb says so, and whoever addresses the sides is none of them. Own sentences."""

from __future__ import annotations

import pytest

from extracted import country_keys, extraction


def _referred(text: str, lang: str, sentence: int) -> set[frozenset[str]]:
    """The pairs the counted references of one sentence stand for."""
    found = extraction(text, lang).actors[sentence]
    return {frozenset(c[:3] for c in m.note.removeprefix("refers:").split(",")) for m in found
            if m.note.startswith("refers:")}


# an article about two states, whose last sentences name each of them alone or three: no list of two to read back
_STORY = {
    "en": "Syria's interim president was received in Paris by Emmanuel Macron on Wednesday. The French president "
          "praised the reforms announced in Damascus. Syria asked France to help lift the remaining sanctions. "
          "Macron promised to examine the request. Israel struck targets in southern Syria, Jordan said on Tuesday. "
          "No agreement was signed between the two governments.",
    "fr": "Le président syrien par intérim a été reçu mercredi à Paris par Emmanuel Macron. Le président français a "
          "salué les réformes annoncées à Damas. La Syrie a demandé à la France d'aider à lever les sanctions. "
          "Macron a promis d'examiner la demande. Israël a frappé le sud de la Syrie mardi, selon la Jordanie. "
          "Aucun accord n'a été signé entre les deux gouvernements.",
    "ru": "Президент Сирии прибыл в Париж, где его принял Эмманюэль Макрон. Французский президент приветствовал "
          "реформы в Дамаске. Сирия попросила Францию помочь снять санкции. Макрон обещал изучить просьбу. "
          "Израиль во вторник нанес удары по югу Сирии, сообщила Иордания. В итоге стороны подписали меморандум о "
          "сотрудничестве.",
}


@pytest.mark.parametrize("lang", ["en", "fr", "ru"])
def test_the_two_with_nothing_to_read_back_are_the_pair_the_article_is_about(lang: str) -> None:
    assert _referred(_STORY[lang], lang, 5) == {frozenset({"SYR", "FRA"})}


def test_a_sentence_naming_another_state_takes_no_pair_of_the_article() -> None:
    text = _STORY["en"].replace("No agreement was signed between the two governments.", "North Korean troops fought "
                                "alongside Russian forces last year under the treaty the two countries signed in June.")
    assert frozenset({"SYR", "FRA"}) not in _referred(text, "en", 5)


_RU_PAIR = "Индия и Пакистан в понедельник обменялись ударами на линии контроля."


@pytest.mark.parametrize("text", [
    # the subject of a plural verb, after a fronted phrase
    "По словам министра, стороны договорились о прекращении огня.",
    "Вечером стороны договорились о прекращении огня.",
    # an oblique plural form, after a noun
    "Иран предложил провести переговоры сторон в Тегеране.",
])
def test_russian_sides_without_a_counting_word_are_the_pair(text: str) -> None:
    assert _referred(f"{_RU_PAIR} {text}", "ru", 1) == {frozenset({"IND", "PAK"})}


@pytest.mark.parametrize("text", [
    "Представитель американской стороны заявил о поддержке Индии.",  # an adjective: the singular's genitive
    "Со стороны Китая прозвучал призыв к сдержанности.",  # after a preposition
    "Переговоры третьих сторон в Дохе ничего не дали.",  # other parties, by an adjective
])
def test_russian_side_in_the_singular_or_of_others_is_no_pair(text: str) -> None:
    assert frozenset({"IND", "PAK"}) not in _referred(f"{_RU_PAIR} {text}", "ru", 1)


@pytest.mark.parametrize(("text", "addressers"), [
    ("Официальный представитель МИД Китая заявил, что Пекин следит за ситуацией, и призвал стороны к сдержанности.",
     {"CHN"}),
    ("Египет и Иордания выступили с совместным заявлением, в котором призвали стороны к сдержанности.",
     {"EGY", "JOR"}),
    ("Генеральный секретарь ООН призвал все стороны к сдержанности.", {"UN"}),
])
def test_russian_sides_a_verb_addresses_are_the_pair_not_its_subject(text: str, addressers: set[str]) -> None:
    keys = {(s, t) for s, t, kind in country_keys(f"{_RU_PAIR} {text}", "ru", factual_only=True)
            if kind == "REQUEST"}
    for source in addressers:
        assert (source, "IND") in keys and (source, "PAK") in keys, sorted(keys)
    assert not any(t in addressers for _s, t in keys), sorted(keys)

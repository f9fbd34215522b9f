"""A definite plural office noun with no number and no owner ("the ministers", "les ministres", "los cancilleres",
"Министры") stands for the offices of the list named in its sentence or the one before, as "they" does (issue 10,
the article as context; reference/offices.office_holders). Sentences written for the tests."""

from __future__ import annotations

import pytest

from extracted import country_keys, events_of

_MET = {
    "en": "The foreign ministers of Ghana, Togo and Benin met in Lome on Thursday.",
    "fr": "Les chefs de la diplomatie du Ghana, du Togo et du Bénin se sont réunis jeudi à Lomé.",
    "es": "Los cancilleres de Ghana, Togo y Benín se reunieron el jueves en Lomé.",
    "ru": "Министры иностранных дел Ганы, Того и Бенина встретились в четверг в Ломе.",
}


@pytest.mark.parametrize(("lang", "then"), [
    ("en", "The ministers condemned Burkina Faso for the border raids."),
    ("fr", "Les ministres ont condamné le Burkina Faso pour les incursions à la frontière."),
    ("es", "Los cancilleres condenaron a Burkina Faso por las incursiones en la frontera."),
    ("ru", "Министры осудили Буркина-Фасо за нападения на границе."),
])
def test_the_ministers_are_the_offices_of_the_list_before(lang: str, then: str) -> None:
    keys = country_keys(f"{_MET[lang]} {then}", lang, factual_only=True)
    assert {("GHA", "BFA", "ACCUSE"), ("TGO", "BFA", "ACCUSE"), ("BEN", "BFA", "ACCUSE")} <= keys


def test_ministers_whose_owner_is_named_are_those_states() -> None:
    text = f"{_MET['en']} The ministers of Niger and Mali condemned Burkina Faso for the raids."
    keys = country_keys(text, "en", factual_only=True)
    assert ("NER", "BFA", "ACCUSE") in keys
    assert ("GHA", "BFA", "ACCUSE") not in keys


def test_a_singular_minister_is_no_list() -> None:
    # "the minister" is one office: the list before does not stand for it
    text = f"{_MET['en']} The minister condemned Burkina Faso for the raids."
    keys = country_keys(text, "en", factual_only=True)
    assert not {("TGO", "BFA", "ACCUSE"), ("BEN", "BFA", "ACCUSE")} & keys


def test_a_list_named_sentences_before_is_not_carried() -> None:
    # two sentences on, with another state named between, the ministers are no longer the list's
    text = (f"{_MET['en']} Nigeria criticised the talks on Friday. The ministers condemned Burkina Faso "
            "for the raids.")
    keys = country_keys(text, "en", factual_only=True)
    assert ("GHA", "BFA", "ACCUSE") not in keys


# round 37 (wire_ru12): with no list to stand for, "the ministers" are the states whose office holders the sentence
# before names, each by a person in office (two who met)
_TALKS = {
    "en": "Egyptian Foreign Minister Badr Abdelatty held talks with Sergei Lavrov in Moscow last week.",
    "es": "El canciller egipcio Badr Abdelatty se reunió la semana pasada en Moscú con Serguéi Lavrov.",
    "ru": "Министр иностранных дел Египта Бадр Абдель Ати на прошлой неделе провел в Москве переговоры с "
          "Сергеем Лавровым.",
}


@pytest.mark.parametrize(("lang", "then"), [
    ("en", "The ministers called on Israel and Hamas to respect the ceasefire in Gaza."),
    ("es", "Los cancilleres pidieron a Israel y a Hamás respetar el alto el fuego en Gaza."),
    ("ru", "Министры призвали Израиль и ХАМАС соблюдать режим прекращения огня в секторе Газа."),
])
def test_the_ministers_are_the_two_who_met_just_before(lang: str, then: str) -> None:
    keys = country_keys(f"{_TALKS[lang]} {then}", lang, factual_only=True)
    assert {("EGY", "ISR", "REQUEST"), ("RUS", "ISR", "REQUEST")} <= keys


def test_ministers_after_a_fronted_phrase_are_the_two_who_met() -> None:
    text = ("Сергей Лавров провел в Москве переговоры с главой МИД Египта Бадром Абдель Ати. По итогам встречи "
            "министры подписали план консультаций.")
    assert ("RUS", "EGY", "AGREE") in country_keys(text, "ru", factual_only=True)


def test_a_genitive_office_noun_after_a_fronted_phrase_is_no_subject() -> None:
    # "визиты лидеров ... прокомментировали": the leaders' visits were answered, the leaders did nothing
    text = ("Президент Южной Кореи Ли Чжэ Мён принял в Сеуле президента США Дональда Трампа. В Пхеньяне визиты "
            "лидеров в регион прокомментировали запуском крылатых ракет.")
    keys = country_keys(text, "ru", factual_only=True)
    assert ("KOR", "PRK", "MOBILIZE") not in keys and ("USA", "PRK", "MOBILIZE") not in keys


def test_the_ministers_of_a_sentence_naming_a_state_alone_are_no_pair() -> None:
    # Egypt is named by its name, not by a person: nobody met, and no pair stands behind "the ministers"
    text = "Egypt criticised Russia on Monday. The ministers called on Israel to respect the ceasefire."
    keys = country_keys(text, "en", factual_only=True)
    assert ("EGY", "ISR", "REQUEST") not in keys


def test_heads_of_government_are_the_two_who_met() -> None:
    # "главы правительств": the head noun with what it heads (ru `office_heads`)
    text = ("Михаил Мишустин провел в Ханое переговоры с Фам Минь Тинем. По итогам встречи главы правительств "
            "подписали соглашение о научном центре.")
    assert ("RUS", "VNM", "AGREE") in country_keys(text, "ru", factual_only=True)


def test_chapters_of_accession_talks_are_no_heads() -> None:
    text = "Черногория в среду закрыла еще две переговорные главы о вступлении в ЕС."
    assert not any(key[0] == "MNE" and key[1] is not None for key in country_keys(text, "ru", factual_only=True))


# round 38: a sentence that names no one (a line quoted from the communiqué) does not break the chain; "they" and
# "the ministers" still stand for the list of the sentence before it (reference/read_back.last_naming). German has
# neither reading ("sie" is also "she" and "you", "die Minister" also one minister's case): none to keep
_QUIET = {
    "en": "\"We will not stand by,\" the joint statement said.",
    "fr": "« Nous ne resterons pas les bras croisés », indique la déclaration commune.",
    "es": "«No nos quedaremos de brazos cruzados», señala la declaración conjunta.",
    "ru": "«Мы не будем сидеть сложа руки», говорится в совместном заявлении.",
}


@pytest.mark.parametrize(("lang", "then"), [
    ("en", "The ministers condemned Burkina Faso for the border raids."),
    ("en", "They condemned Burkina Faso for the border raids."),
    ("fr", "Ils ont condamné le Burkina Faso pour les incursions à la frontière."),
    ("fr", "Les ministres ont condamné le Burkina Faso pour les incursions à la frontière."),
    ("es", "Los cancilleres condenaron a Burkina Faso por las incursiones en la frontera."),
    ("ru", "Министры осудили Буркина-Фасо за нападения на границе."),
])
def test_a_sentence_naming_no_one_does_not_break_the_chain(lang: str, then: str) -> None:
    keys = country_keys(f"{_MET[lang]} {_QUIET[lang]} {then}", lang, factual_only=True)
    assert {("GHA", "BFA", "ACCUSE"), ("TGO", "BFA", "ACCUSE"), ("BEN", "BFA", "ACCUSE")} <= keys


@pytest.mark.parametrize(("lang", "between", "then"), [
    ("en", "The African Union criticised the meeting on Friday.",
     "The ministers condemned Burkina Faso for the border raids."),
    ("fr", "L'Union africaine a critiqué la réunion vendredi.",
     "Les ministres ont condamné le Burkina Faso pour les incursions à la frontière."),
])
def test_a_party_named_between_breaks_the_chain(lang: str, between: str, then: str) -> None:
    # another party named in between (here an organisation, no state): the ministers are no longer the list's
    keys = country_keys(f"{_MET[lang]} {_QUIET[lang]} {between} {then}", lang, factual_only=True)
    assert ("GHA", "BFA", "ACCUSE") not in keys


# round 38: with no list of states to stand for, "the ministers" are an organisation's office holders named so a few
# sentences before (reference/offices._bloc_office_holders)
_BLOC_MET = {
    "en": "ASEAN foreign ministers met in Kuala Lumpur on Monday. Thailand's delegation arrived late.",
    "fr": "Les ministres des Affaires étrangères de l'Asean se sont réunis lundi à Kuala Lumpur. La délégation "
          "thaïlandaise est arrivée en retard.",
    "es": "Los cancilleres de la ASEAN se reunieron el lunes en Kuala Lumpur. La delegación tailandesa llegó tarde.",
    "ru": "Министры иностранных дел АСЕАН встретились в понедельник в Куала-Лумпуре. Делегация Таиланда прибыла с "
          "опозданием.",
}


@pytest.mark.parametrize(("lang", "then"), [
    ("en", "The ministers condemned Myanmar for the air strikes."),
    ("fr", "Les ministres ont condamné la Birmanie pour les frappes aériennes."),
    ("es", "Los cancilleres condenaron a Birmania por los bombardeos."),
    ("ru", "Министры осудили Мьянму за авиаудары."),
])
def test_the_ministers_are_the_office_holders_of_the_bloc_named_before(lang: str, then: str) -> None:
    assert ("ASEAN", "MMR", "ACCUSE") in _bloc_keys(f"{_BLOC_MET[lang]} {then}", lang)


def test_a_bloc_named_without_its_office_holders_is_no_one_s_ministers() -> None:
    # the organisation held a summit; no minister of it was named: "the ministers" stay unknown
    text = "ASEAN held a summit in Kuala Lumpur on Monday. The ministers condemned Myanmar for the air strikes."
    assert ("ASEAN", "MMR", "ACCUSE") not in _bloc_keys(text, "en")


def _bloc_keys(text: str, lang: str) -> set[tuple]:
    """The factual events as (source, target country, type), an organisation's code whole."""
    return {(e.source, (e.target or "")[:3], e.plover) for e in events_of(text, lang) if e.factual}


@pytest.mark.parametrize("office", ["Minister", "Außenminister"])
def test_german_ministers_whose_plural_is_their_singular_are_the_list_before(office: str) -> None:
    # "die Minister": the article says plural where the noun does not (round 38, wire_de13)
    text = f"Kenia, Uganda und Tansania trafen sich in Arusha. Die {office} unterzeichneten ein Handelsabkommen."
    keys = country_keys(text, "de", factual_only=True)
    assert {("KEN", "UGA", "AGREE"), ("KEN", "TZA", "AGREE"), ("TZA", "UGA", "AGREE")} <= {
        (min(a, b), max(a, b), t) if t == "AGREE" else (a, b, t) for a, b, t in keys}


def test_a_german_singular_minister_is_still_one_state() -> None:
    text = "Kenia, Uganda und Tansania trafen sich in Arusha. Der Minister unterzeichnete ein Abkommen mit Ruanda."
    keys = country_keys(text, "de", factual_only=True)
    assert not {("KEN", "UGA", "AGREE"), ("UGA", "TZA", "AGREE")} & keys

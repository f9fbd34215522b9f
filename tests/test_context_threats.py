"""Conditional threats and the quote's speaker (issue 10, point 4): a hostile act under a modal with a condition
("could ... if ...", "si ...", "wenn ...") is a THREATEN of its actor against the one the condition names (EVAL.md:
conditional statements are THREATEN); in a quotation the speaker after it acts. Sentences written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import shown_keys

ON = date(2025, 10, 27)


def _shown(text: str, lang: str) -> set[tuple]:
    return shown_keys(text, lang, ON)


@pytest.mark.parametrize(("lang", "text", "key"), [
    ("en", "Russia could deploy nuclear weapons in Belarus if NATO expands further, warned Dmitry Medvedev.",
     ("RUS", "NAT", "THREATEN")),
    ("en", "Iran could close the Strait of Hormuz if the US strikes again, warned Iran's foreign minister.",
     ("IRN", "USA", "THREATEN")),
    ("de", "China könnte Sanktionen verhängen, wenn Japan weiter provoziert, warnte Peking.",
     ("CHN", "JPN", "THREATEN")),
    ("fr", "La Chine pourrait imposer des sanctions si Taïwan poursuit ses provocations, a averti Pékin.",
     ("CHN", "TWN", "THREATEN")),
    ("en", 'Israel\'s prime minister spoke on television. "If Hezbollah breaks the truce, we will attack," he said.',
     ("ISR", "LBN", "THREATEN")),
])
def test_a_conditional_hostile_act_is_a_threat(lang: str, text: str, key: tuple) -> None:
    shown = _shown(text, lang)
    assert key in shown
    assert (key[1], key[0], "THREATEN") not in shown  # not the one the condition names threatening


def test_the_act_inside_the_condition_is_no_threat() -> None:
    # "if the US strikes again": the strike is the condition, nobody threatens it
    shown = _shown("Iran could close the Strait of Hormuz if the US strikes again, warned its foreign minister.", "en")
    assert not any(s == "USA" for s, _t, _p in shown)


def test_speculation_without_a_threat_stays_hidden() -> None:
    # no warning, no quotation: an observer's "could ... if" is no one's threat
    assert _shown("Analysts believe Russia could attack Moldova if the talks fail.", "en") == set()


def test_an_english_inverted_subject_follows_only_a_speech_verb() -> None:
    assert ("CHN", "JPN", "ACCUSE") in _shown("China, a close ally of Russia, criticised Japan.", "en")


@pytest.mark.parametrize(("text", "key"), [
    ("Посла Франции вызвали в МИД России.", ("RUS", "FRA", "ACCUSE")),
    ("ФСБ задержала гражданина Украины.", ("RUS", "UKR", "COERCE")),
    ("Иранцы обвинили Израиль в нападении на консульство.", ("IRN", "ISR", "ACCUSE")),
])
def test_russian_summons_services_and_peoples(text: str, key: tuple) -> None:
    assert key in _shown(text, "ru")


@pytest.mark.parametrize(("lang", "text", "key"), [
    ("en", "Japan's prime minister met South Korea's president in Tokyo. The sides signed a security pact.",
     ("JPN", "KOR", "AGREE")),
    ("es", "El presidente argentino visitó Chile. Las partes firmaron un acuerdo sobre minería.",
     ("ARG", "CHL", "AGREE")),
    ("fr", "Le président français a reçu le roi du Maroc. Les parties ont signé un accord.", ("FRA", "MAR", "AGREE")),
    ("ru", "Президент России провёл переговоры с президентом Казахстана. Стороны подписали соглашение.",
     ("RUS", "KAZ", "AGREE")),
])
def test_the_sides_are_the_pair_named_before(lang: str, text: str, key: tuple) -> None:
    assert key in _shown(text, lang)


def test_a_singular_side_is_no_pair() -> None:
    assert _shown("Москва и Киев провели переговоры. Заявление со стороны России последовало быстро.", "ru") \
        <= {("RUS", "UKR", "CONSULT")}


@pytest.mark.parametrize(("lang", "text", "key"), [
    ("en", '"We will respond if Poland deploys the missiles," Russian Foreign Minister Sergei Lavrov warned.',
     ("RUS", "POL", "THREATEN")),
    ("es", '"Estados Unidos está preparando una agresión militar", denunció el canciller venezolano.',
     ("VEN", "USA", "ACCUSE")),
])
def test_the_speaker_after_a_quotation_acts(lang: str, text: str, key: tuple) -> None:
    assert key in _shown(text, lang)


@pytest.mark.parametrize(("lang", "text", "key", "host"), [
    ("fr", "Lors d'une réunion à Varsovie, Macron et Scholz ont discuté de l'Ukraine.",
     ("FRA", "DEU", "CONSULT"), "POL"),
    ("en", "At talks in Doha, Israeli and Hamas negotiators discussed a ceasefire.", ("ISR", "PSE", "CONSULT"), "QAT"),
])
def test_a_meeting_in_the_opening_phrase_is_the_subjects(lang: str, text: str, key: tuple, host: str) -> None:
    shown = _shown(text, lang)
    assert key in shown or (key[1], key[0], key[2]) in shown
    assert not any(host in (s, t) for s, t, _p in shown)  # the place only hosts it
    assert not any(t == "UKR" for _s, t, _p in shown)  # the topic is no party


def test_talks_with_a_party_in_the_opening_phrase_keep_it() -> None:
    shown = _shown("After talks with Iran, Russia and China agreed to cooperate.", "en")
    assert {("RUS", "IRN", "CONSULT"), ("CHN", "IRN", "CONSULT")} <= shown


@pytest.mark.parametrize(("lang", "text", "key", "wrong"), [
    ("en", "Russia, Venezuela's closest ally, condemned the US strikes.", ("RUS", "USA", "ACCUSE"),
     ("VEN", "USA", "ACCUSE")),
    ("en", "China, Russia's main partner, criticised Japan.", ("CHN", "JPN", "ACCUSE"), ("RUS", "JPN", "ACCUSE")),
])
def test_a_possessive_apposition_qualifies_the_subject(lang: str, text: str, key: tuple, wrong: tuple) -> None:
    shown = _shown(text, lang)
    assert key in shown and wrong not in shown

"""Work the coder and the date finder skip must change nothing they find (sentences written for these tests)."""

from __future__ import annotations

import random
from datetime import date

import pytest

from extracted import extraction
from realpolitik.events import trace
from realpolitik.language import dates
from realpolitik.language.date_patterns import date_patterns

MONDAY = date(2025, 10, 27)


def _events(text: str, lang: str) -> list[tuple]:
    found = extraction(text, lang, MONDAY)
    return [(e.source, e.target, e.plover, e.evidence_start > 0) for e in found.events]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Russland griff die Ukraine an. Er drohte mit weiteren Angriffen."),  # a pronoun, no actor
    ("es", "Rusia atacó a Ucrania el lunes. Amenazó con nuevos ataques."),  # a dropped subject, no actor
])
def test_a_sentence_without_actors_still_takes_a_pronouns_antecedent(lang: str, text: str) -> None:
    assert ("RUS", "UKR", "THREATEN", True) in _events(text, lang)


@pytest.mark.patches_hot_modules
@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Rusia atacó a Ucrania el lunes. Amenazó con nuevos ataques. También condenó las sanciones. "
           "Tras la reunión, acusó a los aliados de mentir. No descartó una respuesta. La calma volvió a la ciudad. "
           "En la capital, los mercados abrieron con normalidad y los ataques siguieron."),
    ("ru", "Россия атаковала Украину в понедельник. Пригрозила новыми ударами. Также осудила санкции. "
           "После встречи обвинила союзников во лжи. Рынки открылись как обычно, а удары продолжились."),
])
def test_sentences_without_actors_skipped_early_give_the_events_they_gave(lang: str, text: str,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """A sentence with neither actor nor pronoun is dropped before its clauses are built when no pattern can
    start where a verb with a dropped subject stands; coding every such sentence in full finds the same."""
    from realpolitik.events import sentence_state

    asked = []
    real = sentence_state.may_open
    monkeypatch.setattr(sentence_state, "may_open", lambda *a: asked.append(real(*a)) or asked[-1])
    quick = _events(text, lang)
    monkeypatch.setattr(sentence_state, "may_open", lambda *a: True)
    assert _events(text, lang) == quick
    assert True in asked and False in asked  # both kinds of sentence were asked about
    assert any(from_context for *_, from_context in quick[1:])


def test_a_sentence_without_actors_or_pronoun_is_still_explained_when_tracing() -> None:
    text = "Poland accused Russia of sabotage. The talks continued."
    plain = _events(text, "en")
    with trace.tracing() as record:
        traced = _events(text, "en")
    assert plain == traced == [("POL", "RUS", "ACCUSE", False)]
    assert [d.reason for d in record.in_sentence(1)] == ["no actor pair (sources none; targets none)"]


def test_relative_dates_tried_only_where_one_of_them_matches() -> None:
    """`finditer_at` over `match_starts` finds what each expression's own finditer finds, in every language."""
    rnd = random.Random(7)
    for lang in dates.DATE_LANGUAGES:
        p = date_patterns(lang)
        words = ["x", "Foo", "bar", "2024", "5", "-", ",", "", "'"] + [
            w for pattern, *_ in p.relative + p.spans for w in pattern.pattern.strip("\\b()?:").split("|")][:60]
        for _ in range(300):
            text = rnd.choice([" ", "", ", "]).join(rnd.choice(words) for _ in range(rnd.randint(1, 10)))
            text = text.upper() if rnd.random() < 0.2 else text
            starts = dates.match_starts(p.any_relative, text)
            for pattern, *_ in p.relative + p.spans:
                assert [m.span() for m in dates.finditer_at(pattern, text, starts)] == \
                    [m.span() for m in pattern.finditer(text)], (lang, text, pattern.pattern)


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("en", "Talks resumed on May 5 in Geneva ( 1 - 0 ).", date(2025, 5, 5)),
    ("en", "The 3 ministers met on 12/31/2024.", date(2024, 12, 31)),
    ("de", "Am 5. Mai 2024 unterzeichneten 3 Staaten.", date(2024, 5, 5)),
    ("fr", "Le 1er mars, 20 soldats sont partis.", date(2025, 3, 1)),
    ("es", "El 3 de mayo de 2023 firmaron.", date(2023, 5, 3)),
])
def test_explicit_dates_among_other_digits(lang: str, text: str, value: date) -> None:
    refs = dates.find_dates(text, lang, MONDAY)
    assert refs and refs[0].value == value

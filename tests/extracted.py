"""What a text yields, in the short forms the tests compare: the whole pipeline on one invented text, its events
as (source, target, type) tuples of country codes. One helper for the many test files that state facts this way.

    extraction(text, lang)        everything: sentences, actors, events, relations
    events_of(text, lang)         the events, whatever their modality
    country_keys(text, lang, ...) the events as country tuples: CAMEO codes or PLOVER types, with negation, facts only
    facts(text, lang)             the events that happened or were said (no plan or conditional), whatever their
                                  confidence: (source country, target country or None, PLOVER type, negated)
    shown_keys(text, lang)        the events printed and scored by default (is_shown: a fact, confident enough):
                                  (source country, target country or None, PLOVER type)
    read_as(keys, expected, wrong) the keys hold a reading and not the wrong one (the tables of "text, expected,
                                  wrong" the role tests state)
    read_as_all(keys, expected, wrong) the same for several keys each (both sides of an act on two: "text, the
                                  keys it holds, the keys it must not")

Each takes the publication date (`published`, default A_MONDAY): office holders and relative dates are read on it."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Literal

from realpolitik.events.confidence import is_shown
from realpolitik.model import Document, Event, Extraction
from realpolitik.pipeline import extract_document

A_MONDAY = date(2025, 6, 4)


def extraction(text: str, lang: str, published: date = A_MONDAY) -> Extraction:
    """The pipeline's whole output for one text, published on `published`."""
    return extract_document(Document(id="t", text=text, lang=lang, published=published))


def events_of(text: str, lang: str, published: date = A_MONDAY) -> list[Event]:
    """The events the pipeline codes in one text, whatever their modality."""
    return extraction(text, lang, published).events


def last_sentence_keys(text: str, lang: str, tail: str) -> set[tuple]:
    """The (source, target, type) of the events of `tail`, the text's last sentence, by country ("" where none): what
    an article step made of the sentence that reacts to the ones before it."""
    start = len(text) - len(tail)
    return {((e.source or "")[:3], (e.target or "")[:3], e.plover) for e in events_of(text, lang)
            if e.evidence_start >= start}

def _country(code: str | None) -> str | None:
    return (code or "")[:3] or None


def country_keys(text: str, lang: str, *, published: date = A_MONDAY, kind: Literal["plover", "cameo"] = "plover",
                 negation: bool = False, factual_only: bool = False) -> set[tuple]:
    """The events as (source country, target country or None, PLOVER type or CAMEO code[, negated]).

    `factual_only` keeps what was told as done or reported (no plans or conditionals), as the gold counts facts."""
    keys = set()
    for event in events_of(text, lang, published):
        if factual_only and not event.factual:
            continue
        key: tuple = (_country(event.source), _country(event.target), getattr(event, kind))
        keys.add((*key, event.negated) if negation else key)
    return keys


def facts(text: str, lang: str, published: date = A_MONDAY) -> set[tuple]:
    """The facts a text tells: the events that happened or were said (a threat or demand made counts; a plan or a
    conditional does not), whatever their confidence, as (source country, target country or None, PLOVER type,
    negated)."""
    return country_keys(text, lang, published=published, negation=True, factual_only=True)


def shown_keys(text: str, lang: str, published: date = A_MONDAY) -> set[tuple]:
    """The events printed and scored by default (`is_shown`: a fact, and confident enough; the gold sets score only
    those), as (source country, target country or None, PLOVER type)."""
    return {(_country(e.source), _country(e.target), e.plover) for e in events_of(text, lang, published) if is_shown(e)}


def read_as(keys: set[tuple], expected: tuple | None, wrong: tuple | None = None) -> None:
    """The keys hold the expected reading (none: nothing asked) and not the wrong one (none: nothing refused): what
    each table of "text, expected, wrong" asserts, with the keys in the message."""
    if expected is not None:
        assert expected in keys, keys
    if wrong is not None:
        assert wrong not in keys, keys


def read_as_all(keys: set[tuple], expected: Iterable[tuple] = (), wrong: Iterable[tuple] = ()) -> None:
    """`read_as` for several keys: each expected one held, no wrong one (an act on two sides holds a key a side)."""
    for key in expected:
        read_as(keys, key)
    for key in wrong:
        read_as(keys, None, key)

"""The reference reader's history index answers what reading every earlier mention back answered.

A one-state role word ("the junta", "la junte"), "the federal government" and an institution ("the Commission") each
asked of every mention the article had made so far; an article repeating such a word with nothing to find reread
all of them each time (cost growing with the square of its length). `History` now keeps what they ask, brought up
to date by a cursor only when asked. These tests compare its answers with the back-scans it replaced, on a history
built at random, asked between appends as the reader asks.
"""

from __future__ import annotations

import random
from collections import Counter

from extracted import country_keys
from realpolitik.actors.reference.history import History, Seen
from realpolitik.actors.role_modifiers import is_envoy
from realpolitik.model import ActorMention

ENTRIES = ("roles:en:junta", "roles:es:junta_militar", "countries:MLI:en:adjective+roles:en:junta",
           "countries:FRA:fr:name+roles:fr:ambassadeur", "roles:en:regime", "countries:DEU:en:name", "")
COUNTRIES = ("MLI", "MMR", "FRA", "DEU", "USA", None)
KINDS = ("country", "place", "reference", "adjective")
CODES = ("EU", "MLIGOV", "FRA", "NATO")


def _mention(rng: random.Random) -> ActorMention:
    return ActorMention(code=rng.choice(CODES), surface="x", start=0, end=1, token_start=0, token_end=1,
                        country=rng.choice(COUNTRIES), kind=rng.choice(KINDS), entry=rng.choice(ENTRIES),
                        resolved=rng.random() < 0.7)


def _same_word_scan(history: History, entry: str, spelled: frozenset[str]) -> ActorMention | None:
    """The back-scan `_same_word` made before the index."""
    return next((m for seen in reversed(history.seen) for m in reversed(seen.mentions)
                 if m.resolved and bool(m.country) and m.country not in spelled and not is_envoy(m.entry)
                 and any(part == entry or part.startswith(entry + "_") for part in m.entry.split("+"))), None)


def _federal_scan(history: History, federation: frozenset[str]) -> tuple[list[ActorMention], Counter[str]]:
    """What `_federal_state` took from every earlier mention before the index: the first of each federal state's,
    and the places counted."""
    named = [m for seen in history.seen for m in seen.mentions if m.country in federation]
    firsts: dict[str | None, ActorMention] = {}
    for m in named:
        firsts.setdefault(m.country, m)
    return list(firsts.values()), Counter(m.country for m in named if m.kind == "place")


def test_the_index_answers_as_the_back_scans_did() -> None:
    rng = random.Random(38)
    history = History()
    federation = frozenset({"DEU", "USA"})
    for _ in range(300):
        history.append(Seen([], [], None, [_mention(rng) for _ in range(rng.randrange(4))]))
        if rng.random() < 0.3:
            continue  # a sentence nothing asks of: the index catches up at the next question
        spelled = frozenset(rng.sample(["MLI", "FRA", "MMR"], rng.randrange(3)))
        for entry in ("roles:en:junta", "roles:es:junta", "roles:en:regime", "roles:fr:ambassadeur", ""):
            assert history.latest_same_word(entry, spelled) is _same_word_scan(history, entry, spelled)
        for code in CODES:
            assert history.names_code(code) == any(m.code == code for s in history.seen for m in s.mentions)
        firsts, places = history.federal_named(federation)
        scanned_firsts, scanned_places = _federal_scan(history, federation)
        assert [id(m) for m in firsts] == [id(m) for m in scanned_firsts]
        assert list(places.items()) == list(scanned_places.items())  # the same order: ties go to the first counted


def test_a_junta_named_long_before_is_still_the_junta() -> None:
    """"The Malian junta ... (many sentences of others) ... the junta": the state it was said of, read from the
    index."""
    filler = " ".join(["The Philippine foreign secretary said the vote was not free."] * 15)
    found = country_keys(f"The Malian junta expelled a French diplomat on Monday. {filler} The junta accused "
                         "Algeria of harbouring rebels.", "en")
    assert ("MLI", "DZA", "ACCUSE") in found, found

"""A condition clause's end looked for only up to a limit says the same about whether it reaches that far.

Why: the modality's test of a trigger inside a condition asks only whether the clause reaches the trigger; reading
on to the clause's real end cost a scan to the sentence's end per trigger in a long sentence with no comma."""

from __future__ import annotations

import random

from realpolitik.events.modality_supposed import clause_end, condition_clause
from realpolitik.language.tokens import CLAUSE_STOPS

_WORDS = frozenset({"if"})
_TOKENS = ("if", "word", ",", ":", "other")


def test_a_limited_end_reaches_the_limit_exactly_where_the_full_end_does() -> None:
    rng = random.Random(38)
    for _ in range(5_000):
        forms = [frozenset({rng.choice(_TOKENS)}) for _ in range(rng.randint(1, 30))]
        opener = rng.randrange(len(forms))
        limit = rng.randint(opener + 1, len(forms) + 2)
        full, limited = clause_end(forms, opener, CLAUSE_STOPS), clause_end(forms, opener, CLAUSE_STOPS, limit)
        assert (full >= limit) == (limited >= limit)
        if full < limit:
            assert limited == full


def test_a_limited_condition_clause_keeps_its_opener() -> None:
    forms = [frozenset({t}) for t in ("we", "act", "if", "they", "ask", "now", ",", "then")]
    assert condition_clause(forms, _WORDS, CLAUSE_STOPS) == (2, 6)
    assert condition_clause(forms, _WORDS, CLAUSE_STOPS, 0, 5, 5) == (2, 5)
    assert condition_clause(forms, _WORDS, CLAUSE_STOPS, 0, 2) is None

"""Reciprocal words ("each other", "gegenseitig", "mutuellement", "друг друга"): coordinated parties act on each
other.

A small base module: the event assembly (events/assembly.py), the passive readers (events/voice.py) and the coder
all ask it, and it asks none of them.
"""

from __future__ import annotations

from typing import Final

from realpolitik.events.grammar import Grammar, absent


def reciprocal_word(forms: list[frozenset[str]], clause: tuple[int, int], grammar: Grammar,
                    vocabulary: frozenset[str] | None = None,
                    span: tuple[int, int] | None = None) -> bool:
    """A reciprocal word in the clause ("beschossen sich", "gegenseitig"; two words: "each other"): coordinated
    subjects act on each other. `vocabulary`: the union of `forms` (never empty sets), where the caller has it:
    without a reciprocal word or a phrase's first word in it, no clause is read. A near reciprocal word counts only
    by the trigger `span` ("обвиняют друг друга", not "защищать друг друга в случае нападения")."""
    roles = grammar.roles
    near = roles.near_reciprocal_words
    if near and span is not None and _reciprocal_in(forms, (max(clause[0], span[0] - 1), min(clause[1], span[1] + 2)),
                                                    near, vocabulary):
        return True
    words = roles.reciprocal_words
    if roles.reflexive_verbs and _reflexive_verb_in(forms, clause, roles.reflexive_verbs):
        words = roles.reciprocal_adverbs  # "äußerten sich besorgt": the "sich" is the verb's own
    return _reciprocal_in(forms, clause, words, vocabulary)


def _reflexive_verb_in(forms: list[frozenset[str]], clause: tuple[int, int], verbs: frozenset[str]) -> bool:
    """A verb of the clause whose "sich" is its own reflexive ("äußern", "anschließen": a separable verb by the form
    with its particle glued back, events/clause_forms)."""
    return any(not forms[i].isdisjoint(verbs) for i in range(*clause))


def _reciprocal_in(forms: list[frozenset[str]], window: tuple[int, int], words: frozenset[str],
                   vocabulary: frozenset[str] | None) -> bool:
    """One of `words` (a word, or a phrase of two) in the window of tokens."""
    return bool(words) and not absent(words, vocabulary) and any(forms[i] <= words  # not "gegenseitige Hilfe": a word
                               or i + 1 < window[1] and any(f"{a} {b}" in words for a in forms[i] for b in forms[i + 1])
                               for i in range(*window))


_RECIPROCAL_REACH: Final = 2  # "se sont mutuellement accusés", "se sont accusés mutuellement": the word by the verb


def reciprocal_adverb_by(forms: list[frozenset[str]], span: tuple[int, int], grammar: Grammar) -> bool:
    """A reciprocal adverb right before or after the trigger ("mutuellement", "gegenseitig"), not one further on."""
    words = grammar.roles.reciprocal_adverbs
    return bool(words) and any(forms[i] <= words for i in range(max(0, span[0] - _RECIPROCAL_REACH),
                                                                 min(len(forms), span[1] + 1)))

"""Whether a modal cue (a word or a phrase of several, matched by form or lemma) stands in a stretch of
a sentence's tokens (`cue_in`, `phrase_at`), and the cue words of a modality (`modal_cues`, `without`). What every
other part of the modality reading (events/modality.py lists them) asks.
"""

from __future__ import annotations

from functools import lru_cache

from realpolitik.events.grammar import Grammar
from realpolitik.language.inflection import GERMAN_ADJECTIVE_ENDINGS


def lemmas(forms: list[frozenset[str]], start: int, end: int) -> set[str]:
    return set().union(*forms[max(0, start):max(0, end)])


def unattributed(forms: list[frozenset[str]], start: int, end: int) -> set[str]:
    """`lemmas` without the participles inflected as attributes ("ein für Mai geplantes Treffen wurde abgesagt",
    "kritisierte den angekündigten Besuch"): they qualify the judged noun, no act of the judge's is planned."""
    found: set[str] = set()
    for f in forms[max(0, start):max(0, end)]:  # (German "geplantes" beside its lemma "geplant": inflected)
        if not any(a != b and b.endswith("t") and a.startswith(b) and a[len(b):] in GERMAN_ADJECTIVE_ENDINGS
                   for a in f for b in f):
            found |= f
    return found


@lru_cache(maxsize=64)
def cue_phrases(cues: frozenset[str]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(cue.split()) for cue in cues if " " in cue)


@lru_cache(maxsize=64)
def phrase_firsts(cues: frozenset[str]) -> frozenset[str] | None:
    """The first words of the cues' phrases (None where a phrase has no words, which fits anywhere): a token
    none of them is a form of starts no phrase, and most tokens asked about start none."""
    phrases = cue_phrases(cues)
    return None if not all(phrases) else frozenset(words[0] for words in phrases)


def phrase_at(forms: list[frozenset[str]], i: int, cues: frozenset[str]) -> bool:
    """A cue of several words ("yet to", "be set to") starting at token i; its words match forms in order."""
    firsts = phrase_firsts(cues)
    if firsts is not None and 0 <= i < len(forms) and firsts.isdisjoint(forms[i]):
        return False  # (asked of every word near a trigger: one set test, not a loop over the phrases)
    for words in cue_phrases(cues):
        if i + len(words) <= len(forms) and all(w in forms[i + k] for k, w in enumerate(words)):
            return True
    return False


def cue_in(forms: list[frozenset[str]], start: int, end: int, cues: frozenset[str],
            present: set[str] | None = None) -> bool:
    """Some cue, of one word or several, stands in tokens [start, end) (whose forms are `present`, when the
    caller tests several cues on one span)."""
    start, end = max(0, start), max(0, end)
    if present is None:
        present = lemmas(forms, start, end)
    if present & cues:
        return True
    # a phrase starts at one of these tokens, so its first word is among their forms: most spans hold none
    firsts = phrase_firsts(cues)
    return (not firsts.isdisjoint(present) if firsts is not None else bool(cue_phrases(cues))) \
        and any(phrase_at(forms, i, cues) for i in range(start, end))


def modal_cues(grammar: Grammar, modality: str, intent: bool) -> frozenset[str]:
    """The cue words of `modality`; for an intent to cooperate (AGREE 03x) no commitment is a plan cue:
    "verpflichtete sich, die Zusammenarbeit auszubauen", "sagte zu, die Kooperation zu vertiefen" — a promised
    intent is that intent expressed, the pledge itself."""
    cues = grammar.modality.get(modality, frozenset())
    return without(cues, grammar.modality.get("commit", frozenset())) if intent and modality == "plan" else cues


@lru_cache(maxsize=256)
def without(words: frozenset[str], removed: frozenset[str]) -> frozenset[str]:
    """`words - removed`, made once per pair of word sets (the same few for every trigger)."""
    return words - removed

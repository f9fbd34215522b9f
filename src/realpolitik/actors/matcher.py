"""Dictionary lookup over tokens: longest match wins, indexed by first token.

For each token we only look at entries whose first token equals the token's
normalised text or lemma, so cost grows with the text, not with the dictionary.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from itertools import compress
from itertools import count as counting
from typing import Any, Final

from realpolitik.actors.ambiguity import CHECKED_KINDS, reject_reason
from realpolitik.actors.dictionary import ActorDictionary
from realpolitik.actors.entries import Entry
from realpolitik.actors.forms import known_key, normalise
from realpolitik.model import Token, token_lemma, token_pair, token_text


@dataclass(slots=True, init=False)  # its own __init__: compiled, where the dataclass's is interpreted (compiled.py)
class Hit:
    """A dictionary entry found at tokens[start:end]."""

    entry: Entry
    start: int
    end: int

    def __init__(self, entry: Entry, start: int, end: int) -> None:
        self.entry = entry
        self.start = start
        self.end = end


_ELISIONS: Final = ("l'", "d'", "qu'", "jusqu'", "lorsqu'", "puisqu'", "n'", "s'", "c'", "j'", "m'")


@lru_cache(maxsize=1 << 16)
def without_elision(text: str) -> str:
    """French elision: "l'Élysée" → "Élysée", "d'Israël" → "Israël"; other text unchanged."""
    low = text.lower().replace("’", "'")
    for prefix in _ELISIONS:
        if low.startswith(prefix) and len(text) > len(prefix):
            return text[len(prefix):]
    return text


def keys_of(words: list[str]) -> list[str]:
    """`normalise` of each word: one look-up pass in C (`known_key`); `normalise` only for a word not seen lately."""
    keys = list(map(known_key, words))
    if None in keys:
        keys = [k if k is not None else normalise(w) for k, w in zip(keys, words, strict=True)]
    return keys  # type: ignore[return-value]


def fits(entry: Entry, tokens: list[Token], keys: list[str], lemmas: list[str], i: int,
          firsts: list[str]) -> bool:
    n = len(entry.tokens)
    if i + n > len(tokens):
        return False
    first = tokens[i].text
    for k, want in enumerate(entry.tokens):
        if keys[i + k] != want and not (entry.lemma_ok and lemmas[i + k] == want):
            if k == 0 and normalise(firsts[i]) == want:
                first = firsts[i]
                continue
            return False
    if entry.case == "exact":
        return first == entry.surface or " ".join([first] + [t.text for t in tokens[i + 1:i + n]]) == entry.surface
    if entry.case == "cap":  # (French: the word after its elided article, "par l'Armée populaire de libération")
        return first[:1].isupper() or firsts[i][:1].isupper()
    return True


def in_office(entry: Entry, on: date) -> bool:
    return any(p.covers(on) for p in entry.periods)


# a word that begins more names than this ("el", "la", "un", "port") has them filed by their second word
MANY: Final = 8


def _by_second_word(dic: ActorDictionary, lang: str, index: dict[str, list[Entry]], key: str,
                    nexts: tuple[str, ...]) -> list[Entry]:
    """The entries under `key` whose second word is one of `nexts` (the next token's key and lemma), and those of one
    word, in the index's order: a frequent first word ("el": ninety names) is not followed through every name it
    begins; the others come whole (the caller's own test passes them over)."""
    entries = index.get(key, ())
    if len(entries) <= MANY:
        return entries  # type: ignore[return-value]
    singles, by_second = dic.filed_by_second_word(lang, key)
    at = singles + [n for word in dict.fromkeys(nexts) for n in by_second.get(word, ())]
    return [entries[n] for n in sorted(at)]


_WORDS_KEPT: Final = 100_000  # (text, lemma) pairs a language's table holds before it starts again


_Start = tuple[tuple[Entry, ...], tuple[str, ...], bool]


def _word_start(token: Token, lang: str, index: dict[str, list[Entry]]) -> _Start:
    """What a word alone decides of the names that may begin at it: the one-word names that fit it (`fits` reads
    only the word's text and lemma for them) and the keys under which names of several words begin, each in the
    order `find_hits` asks them, and whether a one-word name is of a kind `reject_reason` may reject. ((), (),
    False) for a word that begins no name (most words)."""
    text, lemma = token.text, token.lemma
    key, lem = normalise(text), normalise(lemma)
    first = without_elision(text) if lang == "fr" else text
    # (the text before its lemma, in a fixed order: of two names of equal rank, the text's wins on every run)
    asked = tuple(dict.fromkeys((key, lem, normalise(first)) if lang == "fr" else (key, lem)))
    singles = tuple(entry for k in asked for entry in index.get(k, ())
                    if len(entry.tokens) == 1 and fits(entry, [token], [key], [lem], 0, [first]))
    several = tuple(k for k in asked if any(len(entry.tokens) > 1 for entry in index.get(k, ())))
    return singles, several, not CHECKED_KINDS.isdisjoint([entry.kind for entry in singles])


def find_hits(tokens: list[Token], lang: str, dic: ActorDictionary, on: date) -> list[Hit]:
    """Non-overlapping dictionary hits in one sentence, left to right, longest first."""
    index = dic.index(lang)
    # One pass of the sentence's (text, lemma) pairs against what each word alone decides (kept per language,
    # as `map` in C): most words begin no name, and the one-word names (most names) are judged once per word.
    table = dic.word_starts(lang)
    pairs = list(map(token_pair, tokens))
    at: list[Any] = list(map(table.get, pairs))  # (each filled in below: a (singles, several, checked) triple)
    if None in at:
        if len(table) >= _WORDS_KEPT:
            table.clear()
        for k, pair in enumerate(pairs):
            if at[k] is None:
                at[k] = table[pair] = _word_start(tokens[k], lang, index)
    starts = list(compress(counting(), map(any, at)))  # (either kind of name non-empty)
    hits: list[Hit] = []
    if not starts:
        return hits
    keys: list[str] = []  # the words' keys (reject_reason reads them), made on first need
    lemmas: list[str] = []  # their lemmas' keys and (French) texts without the elision: for names of several words
    i, count = 0, len(tokens)
    for start in starts:
        if start < i:  # inside the name found last
            continue
        i = start
        singles, several, checked = at[i]
        found = list(singles)
        if not keys and (several or checked):  # (a role word alone needs neither)
            # (the words' keys by a plain look-up first: `normalise` is asked only for a word not seen lately)
            texts = list(map(token_text, tokens))
            keys = keys_of(texts)
        if several:
            if not lemmas:
                lemmas = keys_of(list(map(token_lemma, tokens)))
                firsts = list(map(without_elision, texts)) if lang == "fr" else texts
            nexts = (keys[i + 1], lemmas[i + 1]) if i + 1 < count else ()
            for key in several:
                entries = index.get(key, ())
                for entry in entries if len(entries) <= MANY else _by_second_word(dic, lang, index, key, nexts):
                    words = entry.tokens
                    if len(words) == 1 or i + 1 == count or words[1] != keys[i + 1] and words[1] != lemmas[i + 1]:
                        continue  # one word: judged with the word; most names of several words fail at their second
                    if fits(entry, tokens, keys, lemmas, i, firsts):
                        found.append(entry)
        if not found:
            continue
        if len(found) > 1:  # longest, then user entries, then kind; among leaders sharing a name, the one in office
            found.sort(key=lambda e: (*e.rank, in_office(e, on)), reverse=True)
        chosen = None
        for entry in found:
            if entry.kind not in CHECKED_KINDS or reject_reason(entry, tokens, keys, i, lang, dic) is None:
                chosen = entry
                break
        if chosen is None:
            continue
        hits.append(Hit(chosen, i, i + len(chosen.tokens)))
        i += len(chosen.tokens)
    return hits

"""Dictionary lookup over tokens: longest match wins, indexed by first token.

For each token we only look at entries whose first token equals the token's
normalised text or lemma, so cost grows with the text, not with the dictionary.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from realpolitik.actors.ambiguity import reject_reason
from realpolitik.actors.dictionary import ActorDictionary
from realpolitik.actors.entries import Entry
from realpolitik.actors.forms import known_key, normalise
from realpolitik.model import Token, token_lemma, token_text


@dataclass
class Hit:
    """A dictionary entry found at tokens[start:end]."""

    entry: Entry
    start: int
    end: int


_ELISIONS = ("l'", "d'", "qu'", "jusqu'", "lorsqu'", "puisqu'", "n'", "s'", "c'", "j'", "m'")


@lru_cache(maxsize=1 << 16)
def _elided(text: str) -> str:
    """French elision: "l'Élysée" → "Élysée", "d'Israël" → "Israël"; other text unchanged."""
    low = text.lower().replace("’", "'")
    for prefix in _ELISIONS:
        if low.startswith(prefix) and len(text) > len(prefix):
            return text[len(prefix):]
    return text


def _keys(words: list[str]) -> list[str]:
    """`normalise` of each word: one look-up pass in C (`known_key`); `normalise` only for a word not seen lately."""
    keys = list(map(known_key, words))
    if None in keys:
        keys = [k if k is not None else normalise(w) for k, w in zip(keys, words, strict=True)]
    return keys  # type: ignore[return-value]


def _fits(entry: Entry, tokens: list[Token], keys: list[str], lemmas: list[str], i: int,
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
    if entry.case == "cap":
        return first[:1].isupper()
    return True


def _in_office(entry: Entry, on: date) -> bool:
    return any(p.covers(on) for p in entry.periods)


_MANY = 8  # a word that begins more names than this ("el", "la", "un", "port") has them filed by their second word


def _by_second_word(dic: ActorDictionary, lang: str, index: dict[str, list[Entry]], key: str,
                    nexts: tuple[str, ...]) -> list[Entry]:
    """The entries under `key` whose second word is one of `nexts` (the next token's key and lemma), and those of one
    word, in the index's order: a frequent first word ("el": ninety names) is not followed through every name it
    begins; the others come whole (the caller's own test passes them over)."""
    entries = index.get(key, ())
    if len(entries) <= _MANY:
        return entries  # type: ignore[return-value]
    singles, by_second = dic.filed_by_second_word(lang, key)
    at = singles + [n for word in dict.fromkeys(nexts) for n in by_second.get(word, ())]
    return [entries[n] for n in sorted(at)]


def find_hits(tokens: list[Token], lang: str, dic: ActorDictionary, on: date) -> list[Hit]:
    """Non-overlapping dictionary hits in one sentence, left to right, longest first."""
    # (the words' keys by a plain look-up first: `normalise` is asked only for a word not seen lately)
    texts = list(map(token_text, tokens))
    keys = _keys(texts)
    lemmas = _keys(list(map(token_lemma, tokens)))
    elided = lang == "fr"
    firsts = list(map(_elided, texts)) if elided else texts
    hits: list[Hit] = []
    index = dic.index(lang)
    # One scan of the sentence against the index: where a name may begin. Most words begin none, and a
    # word is looked at only by its key, its lemma and (French) its key without the elision.
    if elided:
        bare = _keys(firsts)
        starts = [k for k in range(len(tokens)) if keys[k] in index or lemmas[k] in index or bare[k] in index]
    else:
        starts = [k for k in range(len(tokens)) if keys[k] in index or lemmas[k] in index]
    i, count = 0, len(tokens)
    for at in starts:
        if at < i:  # inside the name found last
            continue
        i = at
        found: list[Entry] = []
        # its key, its lemma and (French) its key without the elision; elsewhere that is the key itself
        nexts = (keys[i + 1], lemmas[i + 1]) if i + 1 < count else ()
        for key in {keys[i], lemmas[i], bare[i]} if elided else {keys[i], lemmas[i]}:
            for entry in _by_second_word(dic, lang, index, key, nexts):
                words = entry.tokens
                if len(words) > 1 and (i + 1 == count or words[1] != keys[i + 1] and words[1] != lemmas[i + 1]):
                    continue  # most names of several words that begin here fail at their second word: no call
                if _fits(entry, tokens, keys, lemmas, i, firsts):
                    found.append(entry)
        if not found:
            continue
        if len(found) > 1:  # longest, then user entries, then kind; among leaders sharing a name, the one in office
            found.sort(key=lambda e: (*e.rank, _in_office(e, on)), reverse=True)
        chosen = None
        for entry in found:
            if reject_reason(entry, tokens, keys, i, lang, dic) is None:
                chosen = entry
                break
        if chosen is None:
            continue
        hits.append(Hit(chosen, i, i + len(chosen.tokens)))
        i += len(chosen.tokens)
    return hits

"""Tokens with character offsets and lower-cased lemmas.

Hyphenated compounds are split ("US-Streitkräfte" → "US", "-", "Streitkräfte")
so that the actor stage can read prefix forms; adjacency is kept in the offsets.
"""

from __future__ import annotations

import re
from functools import lru_cache

import simplemma

from realpolitik.model import Token

# Abbreviations written with dots stay one token: "U.S.", "U.N.", "e.g.". Public so that the actor
# dictionaries split their forms exactly as running text is split.
TOKEN_PATTERN = re.compile(
    r"(?:[A-ZА-Я]\.){2,}"  # U.S. / U.K.
    r"|\d+(?:[.,:]\d+)*"  # numbers, times, 43,06
    r"|[^\W\d_]+(?:['’][^\W\d_]+)*"  # words, with inner apostrophes (d'Ivoire, Maduro's is split below)
    r"|[^\w\s]",  # any other single symbol
    re.UNICODE,
)

_SIMPLEMMA_LANGS = {"de", "en", "es", "fr", "ru", "ar", "it", "pt", "nl", "pl", "uk"}


@lru_cache(maxsize=200_000)
def lemmatize(word: str, lang: str) -> str:
    """Lower-cased lemma of one word; the word itself where simplemma knows none."""
    if lang not in _SIMPLEMMA_LANGS or not word[:1].isalpha():
        return word.lower()
    try:
        return simplemma.lemmatize(word, lang=lang).lower()
    except (ValueError, KeyError):
        return word.lower()


def tokenize(text: str, lang: str, offset: int = 0) -> list[Token]:
    """Split `text` into tokens whose offsets are shifted by `offset` (the text's place in its document)."""
    tokens: list[Token] = []
    for match in TOKEN_PATTERN.finditer(text):
        word = match.group()
        start = match.start()
        # English possessive: "Maduro's" → "Maduro", "'s"
        if lang == "en" and len(word) > 2 and word[-2:] in ("'s", "’s"):
            parts = [(word[:-2], start), (word[-2:], start + len(word) - 2)]
        else:
            parts = [(word, start)]
        for part, part_start in parts:
            tokens.append(
                Token(
                    text=part,
                    lemma=lemmatize(part, lang),
                    start=offset + part_start,
                    end=offset + part_start + len(part),
                    index=len(tokens),
                )
            )
    return tokens

"""Near-duplicates: the same wire story on many sites, or an article re-published under a new headline.

Texts are compared as sets of 5-word shingles (lower-cased words). Each text
gets a MinHash signature of 60 values, cut into 20 bands of 3; the band keys
go into the store (`doc_bands`). A new text's candidates are stored texts
sharing at least two band keys, and a candidate counts as the original when
the exact shingle Jaccard similarity is at least THRESHOLD (0.6).

Why these numbers: a wire story that two sites run with their own first and
last paragraph keeps Jaccard of about 0.6 to 0.9; two different reports on
the same event by different writers stay under 0.2. With 20x3 bands a pair
at 0.6 shares two bands with probability 0.95, a pair at 0.3 with 0.10, so
the exact check runs on few candidates. Texts under MIN_WORDS words are not
compared: too short to tell a copy from a coincidence.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Collection, Iterable, Mapping
from itertools import islice
from typing import Protocol

import numpy as np

SHINGLE = 5
BANDS = 20
ROWS = 3
THRESHOLD = 0.6
MIN_WORDS = 30
MIN_SHARED_BANDS = 2

_PRIME = (1 << 61) - 1
_MASK63 = (1 << 63) - 1
_WORD = re.compile(r"\w+", re.UNICODE)


def _permutations(count: int) -> list[tuple[int, int]]:
    """Fixed (a, b) pairs: the signature must be the same in every process and every run."""
    pairs = []
    for i in range(count):
        digest = hashlib.blake2b(f"realpolitik-minhash-{i}".encode(), digest_size=16).digest()
        a = int.from_bytes(digest[:8], "big") % (_PRIME - 1) + 1
        b = int.from_bytes(digest[8:], "big") % _PRIME
        pairs.append((a, b))
    return pairs


_PERMS = _permutations(BANDS * ROWS)
_A = np.array([a for a, _ in _PERMS], dtype=np.uint64)[:, None]
_B = np.array([b for _, b in _PERMS], dtype=np.uint64)[:, None]
_P = np.uint64(_PRIME)
_LOW32, _LOW29 = np.uint64((1 << 32) - 1), np.uint64((1 << 29) - 1)
_A0, _A1 = _A & _LOW32, _A >> np.uint64(32)  # a < 2**61: a1 < 2**29
_COLUMNS = 4096  # shingles per step: bounds the (60 x columns) temporaries of a very long text


def _mod_p(x: np.ndarray) -> np.ndarray:
    """x mod 2**61 - 1 for any uint64 (2**61 is 1 modulo the prime: add the high bits to the low). The sum is under
    2 * p, and below p `y - p` wraps round to more than y: the smaller of the two is the remainder (one pass, where
    a mask and `np.where` took three arrays)."""
    y = x & _P
    y += x >> np.uint64(61)
    return np.minimum(y, y - _P, out=y)


def _signature(hashes: Iterable[int] | np.ndarray) -> list[int]:
    """min over shingles of (a*h + b) mod p for each (a, b): exact 128-bit arithmetic done in 64-bit
    halves with numpy, the same values as Python's integers give, at a fraction of the time."""
    h = _mod_p(hashes if isinstance(hashes, np.ndarray) else np.fromiter(hashes, dtype=np.uint64))
    h0, h1 = h & _LOW32, h >> np.uint64(32)  # h < 2**61: h1 < 2**29
    best = np.full(len(_PERMS), _PRIME, dtype=np.uint64)
    for start in range(0, len(h), _COLUMNS):
        part0, part1 = h0[None, start : start + _COLUMNS], h1[None, start : start + _COLUMNS]
        # a*h = a1*h1 * 2**64 + mid * 2**32 + a0*h0, where 2**64 is 8 modulo p and
        # mid * 2**32 = (mid >> 29) * 2**61 + (mid & 2**29-1) * 2**32 with 2**61 being 1
        mid = _A1 * part0
        mid += _A0 * part1  # < 2**62
        total = _A1 * part1
        total <<= np.uint64(3)
        total += mid >> np.uint64(29)
        mid &= _LOW29
        mid <<= np.uint64(32)
        total += mid
        low = _A0 * part0
        total += low & _P
        low >>= np.uint64(61)
        total += low
        total += _B  # five terms under 2**61 each: no overflow
        best = np.minimum(best, _mod_p(total).min(axis=1))
    return best.tolist()


def shingles(text: str) -> set[int]:
    """64-bit hashes of the text's overlapping 5-word sequences."""
    return set(_shingle_hashes(text).tolist())


def _shingle_hashes(text: str) -> np.ndarray:
    """The hashes of `shingles`, as an array (a repeated sequence twice): one blake2b digest per sequence,
    the digests joined and read as big-endian integers at once, not converted one by one."""
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE:
        words = words + [""] * (SHINGLE - len(words))
    grams = map(" ".join, zip(*(words[k : len(words) - SHINGLE + 1 + k] for k in range(SHINGLE)), strict=True))
    digests = b"".join([_blake2b(g.encode(), digest_size=8).digest() for g in grams])
    return np.frombuffer(digests, dtype=">u8").astype(np.uint64)


_blake2b = hashlib.blake2b


def band_keys(text: str) -> list[int]:
    """The LSH band keys of a text (empty for a text too short to compare)."""
    if _too_short(text):
        return []
    signature = _signature(_shingle_hashes(text))  # a minimum: a hash repeated changes nothing
    keys = []
    for band in range(BANDS):
        values = signature[band * ROWS : (band + 1) * ROWS]
        digest = _blake2b(repr((band, values)).encode(), digest_size=8).digest()
        keys.append(int.from_bytes(digest, "big") & _MASK63)
    return keys


def _too_short(text: str) -> bool:
    """Fewer than MIN_WORDS words: counted up to MIN_WORDS only, not as a list of every word of the text
    (`_shingle_hashes` lists them again, lower-cased, which may split a word differently: 'İ')."""
    return sum(1 for _ in islice(_WORD.finditer(text), MIN_WORDS)) < MIN_WORDS


def jaccard(a: set[int], b: set[int]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


class CandidateSource(Protocol):
    def near_candidates(
        self, bands: list[int], limit: int = 5, min_shared: int = 2
    ) -> list[tuple[str, str, str | None]]: ...


def find_original(store: CandidateSource, text: str, bands: Iterable[int]) -> tuple[str, float] | None:
    """(id of the stored original, similarity) when `text` is a near-duplicate of a stored text."""
    keys = list(bands)
    if not keys:
        return None
    return best_original(text, store.near_candidates(keys, limit=5, min_shared=MIN_SHARED_BANDS))


def best_original(text: str, candidates: Iterable[tuple[str, str, str | None]]) -> tuple[str, float] | None:
    """Of the candidates (id, text, the id of its own original or None), the most similar at THRESHOLD or
    above, as (its original's id, similarity); the first of equals."""
    best: tuple[str, float] | None = None
    mine: set[int] | None = None
    for doc_id, other_text, duplicate_of in candidates:
        mine = shingles(text) if mine is None else mine
        score = jaccard(mine, shingles(other_text))
        if score >= THRESHOLD and (best is None or score > best[1]):
            best = (duplicate_of or doc_id, score)
    return best


def most_shared(by_band: Mapping[int, Collection[str]], bands: Iterable[int], limit: int = 5,
                min_shared: int = MIN_SHARED_BANDS) -> list[str]:
    """`Store.near_candidates` over an index in memory (band key → ids): the ids sharing `min_shared` keys or
    more with `bands`, most shared first, ties by id."""
    shared = Counter(doc_id for key in set(bands) for doc_id in by_band.get(key, ()))
    return sorted((d for d, n in shared.items() if n >= min_shared), key=lambda d: (-shared[d], d))[:limit]

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

How (schema 3): a shingle's 64-bit hash is a polynomial hash of its
words joined by single spaces, read from prefix sums over the joined text's
bytes (numpy, modulo 2**64), then mixed; the 60 hash functions are a*x + b
modulo 2**64 with fixed odd a. Schema 2 hashed each shingle with blake2b and
took (a*x + b) mod 2**61 - 1 in 128-bit halves: the same decisions, at a
tenth of the instructions (a tenth of an ingest's work went there). A store of
schema 2 has its band keys made anew when opened (store/migrate.py).
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

_MASK63 = (1 << 63) - 1
WORD = re.compile(r"\w+", re.UNICODE)
_SPACE = ord(" ")


def _constants(label: str, count: int) -> np.ndarray:
    """Fixed odd 64-bit numbers: the hashes must be the same in every process and every run."""
    values = [int.from_bytes(hashlib.blake2b(f"realpolitik-minhash-{label}-{i}".encode(), digest_size=8).digest(),
                             "big") | 1 for i in range(count)]
    return np.array(values, dtype=np.uint64)


BASE = int(_constants("base", 1)[0])  # the polynomial's base: odd, so it has an inverse modulo 2**64
_BASE_INVERSE = pow(BASE, -1, 1 << 64)
_MIX_1, _MIX_2 = np.uint64(0xFF51AFD7ED558CCD), np.uint64(0xC4CEB9FE1A85EC53)  # murmur3's 64-bit finaliser
HASH_A = _constants("a", BANDS * ROWS)[:, None]
HASH_B = _constants("b", BANDS * ROWS)[:, None]
_ROW_WEIGHTS = _constants("row", ROWS)  # a band's three values into one key
_BAND_SALT = _constants("band", BANDS)
COLUMNS = 4096  # shingles per step: bounds the (60 x columns) temporaries of a very long text


def mix(x: np.ndarray) -> np.ndarray:
    """Every bit of each value made to depend on every bit (in place): a polynomial hash's low bits depend on
    the low bits of its bytes only."""
    x ^= x >> np.uint64(33)
    x *= _MIX_1
    x ^= x >> np.uint64(33)
    x *= _MIX_2
    x ^= x >> np.uint64(33)
    return x


def _powers(base: int, count: int) -> np.ndarray:
    """base**0 .. base**(count - 1) modulo 2**64."""
    powers = np.empty(count, dtype=np.uint64)
    powers[0] = 1
    np.cumprod(np.full(count - 1, base, dtype=np.uint64), out=powers[1:])
    return powers


_KEPT_POWERS = 1 << 16  # bytes of text whose powers are made once (1 MB kept); a longer text makes its own
_POWERS, _INVERSE_POWERS = _powers(BASE, _KEPT_POWERS + 1), _powers(_BASE_INVERSE, _KEPT_POWERS + 1)


def _powers_of(count: int) -> tuple[np.ndarray, np.ndarray]:
    """base**0 .. base**(count - 1) and the same of its inverse (views of the kept ones where they reach)."""
    if count <= len(_POWERS):
        return _POWERS[:count], _INVERSE_POWERS[:count]
    return _powers(BASE, count), _powers(_BASE_INVERSE, count)


def minhash_signature(hashes: np.ndarray) -> np.ndarray:
    """The minimum over the shingles of a*h + b modulo 2**64, for each of the 60 (a, b)."""
    best = np.full(BANDS * ROWS, np.iinfo(np.uint64).max, dtype=np.uint64)
    for start in range(0, len(hashes), COLUMNS):
        values = HASH_A * hashes[None, start : start + COLUMNS]
        values += HASH_B
        np.minimum(best, values.min(axis=1), out=best)
    return best


def shingles(text: str) -> set[int]:
    """64-bit hashes of the text's overlapping 5-word sequences."""
    return set(shingle_hashes(text).tolist())


def shingle_hashes(text: str) -> np.ndarray:
    """The hashes of `shingles`, as an array (a repeated sequence twice). The words are joined by single spaces
    once; a shingle's hash is the polynomial hash of its bytes in that text (byte + 1 times base**place, summed
    modulo 2**64), each read as a difference of two prefix sums, then mixed."""
    words = words_of(text.lower())
    if len(words) < SHINGLE:
        words = words + [""] * (SHINGLE - len(words))
    data = np.frombuffer(" ".join(words).encode("utf-8"), dtype=np.uint8).astype(np.uint64)
    spaces = np.flatnonzero(data == _SPACE)  # the joins: no word holds a space
    first = np.concatenate(([0], spaces[: len(words) - SHINGLE] + 1))  # where each shingle starts
    last = np.concatenate((spaces[SHINGLE - 1 :], [len(data)]))  # where it ends
    powers, inverse = _powers_of(len(data) + 1)
    weights = inverse[:-1] * data
    weights += inverse[:-1]  # (byte + 1) * base**-place
    prefix = np.zeros(len(data) + 1, dtype=np.uint64)
    np.cumsum(weights, out=prefix[1:])
    spans = prefix[last] - prefix[first]
    spans *= powers[last]
    return mix(spans)


def words_of(text: str) -> list[str]:
    """`WORD.findall(text)`: a space-separated chunk of word characters only (most) is one word as it stands
    (`str.isalnum` and the pattern's \\w are the same test, but for "_", which the pattern reads); the pattern
    reads the others."""
    words: list[str] = []
    for chunk in text.split():
        if chunk.isalnum():
            words.append(chunk)
        else:
            words.extend(WORD.findall(chunk))
    return words


def band_keys(text: str) -> list[int]:
    """The LSH band keys of a text (empty for a text too short to compare)."""
    if _too_short(text):
        return []
    rows = minhash_signature(shingle_hashes(text)).reshape(BANDS, ROWS)  # a minimum: a hash repeated changes nothing
    keys = (rows * _ROW_WEIGHTS).sum(axis=1, dtype=np.uint64)  # modulo 2**64
    keys ^= _BAND_SALT
    return (mix(keys) & np.uint64(_MASK63)).tolist()


def _too_short(text: str) -> bool:
    """Fewer than MIN_WORDS words: counted up to MIN_WORDS only, not as a list of every word of the text
    (`shingle_hashes` lists them again, lower-cased, which may split a word differently: 'İ')."""
    return sum(1 for _ in islice(WORD.finditer(text), MIN_WORDS)) < MIN_WORDS


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
    held = [ids for ids in map(by_band.get, set(bands)) if ids]
    if len(held) < min_shared:  # no id can share enough keys: most documents, and no Counter made for them
        return []
    shared = Counter(doc_id for ids in held for doc_id in ids)
    return sorted((d for d, n in shared.items() if n >= min_shared), key=lambda d: (-shared[d], d))[:limit]

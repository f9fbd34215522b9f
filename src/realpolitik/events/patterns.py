"""Lemma patterns: the small matching language of rule files.

A pattern is a sequence of slots; a slot lists alternative words, each of which
may start or end with `*` (a wildcard that lets German compounds match:
"*abkommen" matches "sicherheitsabkommen"). A slot "..." is a gap of up to
MAX_GAP tokens. Alternatives next to another word are written in parentheses,
"appeal (to|for)"; a bare "a|b c" is refused, because a reader cannot tell
"(a|b) c" from "a|(b c)". Parentheses may hold alternatives of several words,
"(call on|urge) ... to": such a pattern stands for one pattern per alternative.
Each token offers several candidate forms (its lemma, its lower-cased text, and
for German a separable verb rebuilt from its particle), and a slot matches a
token when any candidate does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from realpolitik.language.tokens import ANY_QUOTE_MARKS

MAX_GAP: Final = 16


@dataclass(frozen=True)
class Word:
    text: str
    prefix: bool  # "*abkommen": the word ends with text
    suffix: bool  # "sanktion*": the word starts with text

    def matches(self, form: str) -> bool:
        if self.prefix and self.suffix:
            return self.text in form
        if self.prefix:
            return form.endswith(self.text)
        if self.suffix:
            return form.startswith(self.text)
        return form == self.text

    def __reduce__(self) -> tuple[type[Word], tuple[str, bool, bool]]:
        # (pickled with the rules, disk_cache: compiled by mypyc, a frozen dataclass would unpickle through the
        # __setattr__ that refuses every field, so each of these classes is made again from its fields)
        return Word, (self.text, self.prefix, self.suffix)


GAP: Final = None  # a slot that is a gap


@dataclass(frozen=True)
class Slot:
    """The alternatives of one position, sorted by kind so that matching is a set lookup and
    C-level startswith/endswith calls instead of a Python loop over words."""

    words: tuple[Word, ...]
    exact: frozenset[str]
    starts: tuple[str, ...]  # "sanktion*"
    ends: tuple[str, ...]  # "*abkommen"
    inner: tuple[str, ...]  # "*partnerschaft*"
    wildcards: re.Pattern | None = field(default=None, compare=False)  # all wildcards, over a sentence's lines

    @classmethod
    def of(cls, words: tuple[Word, ...]) -> Slot:
        starts = tuple(w.text for w in words if w.suffix and not w.prefix)
        ends = tuple(w.text for w in words if w.prefix and not w.suffix)
        inner = tuple(w.text for w in words if w.prefix and w.suffix)
        parts = [f"^(?:{'|'.join(map(re.escape, starts))})"] if starts else []
        parts += [f"(?:{'|'.join(map(re.escape, ends))})$"] if ends else []
        parts += [f"(?:{'|'.join(map(re.escape, inner))})"] if inner else []
        return cls(
            words=words,
            exact=frozenset(w.text for w in words if not w.prefix and not w.suffix),
            starts=starts,
            ends=ends,
            inner=inner,
            wildcards=re.compile("|".join(parts), re.MULTILINE) if parts else None,
        )

    def __reduce__(self) -> tuple[type[Slot], tuple[tuple[Word, ...], frozenset[str], tuple[str, ...],
                                                    tuple[str, ...], tuple[str, ...], re.Pattern | None]]:
        return Slot, (self.words, self.exact, self.starts, self.ends, self.inner, self.wildcards)  # (as Word's)

    def matches(self, forms: frozenset[str]) -> bool:
        if not forms.isdisjoint(self.exact):
            return True
        if not (self.starts or self.ends or self.inner):
            return False
        for form in forms:
            if self.starts and form.startswith(self.starts) or self.ends and form.endswith(self.ends):
                return True
            if self.inner and any(part in form for part in self.inner):
                return True
        return False


@dataclass(frozen=True)
class Pattern:
    """A trigger pattern: its text and its slots (a gap is None).

    What the matcher asks of every pattern (its slots split by kind, its anchor, the slot it is filed under, its
    weight) is computed once, when the pattern is made, into fields outside equality: not as cached_property,
    which the compiled build (mypyc, realpolitik/compiled.py) turns into a plain property recomputed at every read.
    """

    source: str
    slots: tuple[Slot | None, ...]
    # the word slots split once: plain words only (a set test each), and those with wildcards
    _kinds: tuple[tuple[frozenset[str], ...], tuple[Slot, ...]] = field(init=False, repr=False, compare=False)
    # the words of the slot with the fewest alternatives and no wildcard: the pattern can match only where one of
    # them occurs, so a word index finds the few patterns worth trying on a sentence
    anchor: frozenset[str] | None = field(init=False, repr=False, compare=False)
    # the slot a `PatternIndex` files the pattern under: the anchor's, else the wildcard slot whose shortest word
    # is longest ("verhandlung*" rather than "a*")
    key_slot: Slot = field(init=False, repr=False, compare=False)
    # how specific the pattern is: more words beat fewer when matches overlap (asked of every match)
    weight: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        words = [slot for slot in self.slots if slot is not None]
        kinds = (tuple(slot.exact for slot in words if slot.wildcards is None),
                 tuple(slot for slot in words if slot.wildcards is not None))
        plain = [slot.exact for slot in words if len(slot.exact) == len(slot.words)]
        # Function words ("de", "a", "con", "à") occur in nearly every sentence: a content word anchors better.
        anchor = min(plain, key=lambda words: (all(len(w) <= 3 for w in words), len(words))) if plain else None
        if anchor is not None:
            key_slot = next(slot for slot in words if slot.exact is anchor)
        else:
            key_slot = max(words, key=lambda slot: min(len(w.text) for w in slot.words))
        object.__setattr__(self, "_kinds", kinds)  # (a frozen dataclass: set once, here)
        object.__setattr__(self, "anchor", anchor)
        object.__setattr__(self, "key_slot", key_slot)
        object.__setattr__(self, "weight", len(words))

    def __reduce__(self) -> tuple[type[Pattern], tuple[str, tuple[Slot | None, ...]]]:
        return Pattern, (self.source, self.slots)  # (as Word's; the other fields are made again from these)

    def could_match(self, vocabulary: frozenset[str]) -> bool:
        """False when some word of the pattern occurs nowhere in the sentence. Wildcards are searched in
        the sentence's forms joined one a line: one regular expression instead of a loop over the forms."""
        plain, wild = self._kinds
        isdisjoint = vocabulary.isdisjoint
        for exact in plain:
            if isdisjoint(exact):
                return False
        lines = None
        for slot in wild:
            if not isdisjoint(slot.exact):
                continue
            if lines is None:
                lines = _joined(vocabulary)
            if slot.wildcards.search(lines) is None:  # type: ignore[union-attr]
                return False
        return True


class PatternIndex:
    """Which of many patterns may match a sentence, found from its forms instead of by trying each pattern.

    Each pattern is filed under one of its slots: the plain-word slot of its `anchor`, or, for a pattern
    of wildcards only ("verhandlung*", "*abkommen"), the wildcard slot with the longest words. A pattern
    can match only where some form of the sentence fits that slot, so a sentence tries only the patterns
    filed under its forms, not the (German: ninety) wildcard patterns on every sentence. What each form
    fits is remembered (forms repeat from sentence to sentence); the memory is dropped whole when full.
    """

    MEMORY = 50_000  # forms remembered

    def __init__(self, patterns: Sequence[Pattern]) -> None:
        self.patterns = tuple(patterns)
        self.exact: dict[str, list[int]] = {}
        self.starts: dict[str, list[int]] = {}  # "sanktion*": filed under "sanktion"
        self.ends: dict[str, list[int]] = {}  # "*abkommen"
        self.inner: dict[str, list[int]] = {}  # "*partner*"
        for i, pattern in enumerate(patterns):
            slot = pattern.key_slot
            for word in slot.words:
                kind = self.inner if word.prefix and word.suffix else self.ends if word.prefix \
                    else self.starts if word.suffix else self.exact
                kind.setdefault(word.text, []).append(i)
        self.start_lengths = sorted({len(w) for w in self.starts})
        self.end_lengths = sorted({len(w) for w in self.ends})
        self.memory: dict[str, tuple[int, ...]] = {}

    def __reduce__(self) -> tuple[type[PatternIndex], tuple[tuple[Pattern, ...]]]:
        # (pickled with the rules: compiled by mypyc, a class is unpickled through its __init__, which needs the
        # patterns; the index is filed again from them, the memory starts empty as after a build)
        return PatternIndex, (self.patterns,)

    def candidates(self, vocabulary: frozenset[str]) -> list[int]:
        """Indices (in the order given) of the patterns whose filed slot some form of `vocabulary` fits."""
        memory = self.memory
        known: list[Any] = list(map(memory.get, vocabulary))  # most forms were seen before: one C-level pass
        if None in known:
            for k, form in enumerate(vocabulary):  # a frozenset iterates in the same order each time
                if known[k] is None:
                    known[k] = hits = self._fits(form)
                    if len(memory) >= self.MEMORY:
                        memory.clear()
                    memory[form] = hits
        return sorted(set().union(*known))

    def possible(self, vocabulary: frozenset[str]) -> list[int]:
        """`candidates` that `Pattern.could_match` the vocabulary too: the patterns worth searching for."""
        patterns = self.patterns
        return [i for i in self.candidates(vocabulary) if patterns[i].could_match(vocabulary)]

    def _fits(self, form: str) -> tuple[int, ...]:
        hits = list(self.exact.get(form, ()))
        for n in self.start_lengths:
            if n > len(form):
                break
            hits.extend(self.starts.get(form[:n], ()))
        for n in self.end_lengths:
            if n > len(form):
                break
            hits.extend(self.ends.get(form[-n:], ()))
        for text, ids in self.inner.items():
            if text in form:
                hits.extend(ids)
        return tuple(hits)


# The last vocabulary joined: a sentence's patterns all ask for the same one. One tuple, replaced whole, so
# that two threads extracting at once (API ingests) never read one sentence's words with another's.
_last: tuple[frozenset[str], str] = (frozenset(), "")


def _joined(vocabulary: frozenset[str]) -> str:
    global _last
    last = _last
    if last[0] is not vocabulary:
        last = (vocabulary, "\n".join(vocabulary))
        _last = last
    return last[1]


MAX_EXPANSIONS: Final = 64  # patterns one text with multi-word alternatives may stand for


def _chunks(text: str) -> list[str | list[list[str]]]:
    """The pattern's chunks: a word slot or "..." as written, a parenthesised group as its alternatives
    (each a list of words)."""
    chunks: list[str | list[list[str]]] = []
    rest = text.lower().strip()
    while rest:
        if rest.startswith("("):
            close = rest.find(")")
            if close < 0:
                raise ValueError(f"pattern {text!r}: '(' without its ')'")
            inner = rest[1:close]
            if "(" in inner:
                raise ValueError(f"pattern {text!r}: parentheses do not nest")
            alternatives = [alt.split() for alt in inner.split("|")]
            if len(alternatives) < 2 or not all(alternatives):
                raise ValueError(f"pattern {text!r}: '({inner})' needs two or more alternatives separated by '|'")
            if any("..." in alt for alt in alternatives):
                raise ValueError(f"pattern {text!r}: a gap '...' cannot stand inside parentheses")
            chunks.append(alternatives)
            rest = rest[close + 1:]
            if rest and not rest[0].isspace():
                raise ValueError(f"pattern {text!r}: ')' must be followed by a space")
        else:
            word, _, rest = rest.partition(" ")
            if ")" in word or "(" in word:
                raise ValueError(f"pattern {text!r}: '{word}': parentheses must enclose whole words")
            chunks.append(word)
        rest = rest.lstrip()
    _refuse_bare_alternatives(text, chunks)
    return chunks


def _refuse_bare_alternatives(text: str, chunks: list[str | list[list[str]]]) -> None:
    """"a|b c" reads as "(a|b) c" or as "a|(b c)": refused, the author says which with parentheses."""
    for i, chunk in enumerate(chunks):
        if not isinstance(chunk, str) or "|" not in chunk:
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < len(chunks) and chunks[j] != "...":
                other = chunks[j] if isinstance(chunks[j], str) else "(...)"
                raise ValueError(
                    f"pattern {text!r}: the alternatives {chunk!r} stand next to {other!r} without a gap, which "
                    f"is ambiguous: write '({chunk})' for one word of these choices, or put a multi-word "
                    f"alternative in parentheses as a whole, e.g. '(call on|urge)'")


def _slot(text: str, chunk: str) -> Slot:
    words = []
    for alt in chunk.split("|"):
        core = alt.strip("*")
        if not core:
            raise ValueError(f"pattern {text!r}: empty word in {chunk!r}")
        words.append(Word(core, prefix=alt.startswith("*"), suffix=alt.endswith("*")))
    return Slot.of(tuple(words))


def _sequences(chunk: str | list[list[str]]) -> list[list[str]]:
    """The ways one chunk can be spelled out: a word or a group of one-word alternatives is one slot; a
    group with a multi-word alternative gives each multi-word one apart (the one-word ones share a slot)."""
    if isinstance(chunk, str):
        return [[chunk]]
    single = [alt[0] for alt in chunk if len(alt) == 1]
    multi = [alt for alt in chunk if len(alt) > 1]
    return ([["|".join(single)]] if single else []) + multi


def compile_patterns(text: str) -> tuple[Pattern, ...]:
    """Every pattern a text stands for: one, or one per multi-word alternative in parentheses."""
    spelled: list[list[str]] = [[]]
    for chunk in _chunks(text):
        spelled = [done + more for done in spelled for more in _sequences(chunk)]
        if len(spelled) > MAX_EXPANSIONS:
            raise ValueError(f"pattern {text!r} stands for more than {MAX_EXPANSIONS} patterns: split it")
    return tuple(_compile(text, words) for words in spelled)


def _compile(text: str, chunks: list[str]) -> Pattern:
    slots: list[Slot | None] = []
    for chunk in chunks:
        if chunk == "...":
            if not slots or slots[-1] is GAP:
                raise ValueError(f"pattern {text!r}: a gap must stand between two words")
            slots.append(GAP)
            continue
        slots.append(_slot(text, chunk))
    if not slots or slots[-1] is GAP:
        raise ValueError(f"pattern {text!r} must end with a word")
    return Pattern(text, tuple(slots))


def _slot_matches(slot: Slot, forms: frozenset[str]) -> bool:
    return slot.matches(forms)


def find_matches(pattern: Pattern, forms: list[frozenset[str]], start: int, end: int) -> list[tuple[int, ...]]:
    """All matches of the pattern inside tokens [start, end); each is the tuple of matched token indices.

    Matching is greedy from each start position (the nearest continuation wins),
    which is what a reader does with "wirft ... vor".
    """
    results: list[tuple[int, ...]] = []
    first = pattern.slots[0]
    assert first is not GAP
    plain = not (first.starts or first.ends or first.inner)  # plain words only: a set test per token, no call
    exact = first.exact
    for i in range(start, end):
        if forms[i].isdisjoint(exact) if plain else not _slot_matches(first, forms[i]):
            continue
        matched = _continue(pattern.slots, 1, i + 1, end, forms, (i,))
        if matched is not None:
            results.append(matched)
    return results


def _continue(slots, k: int, pos: int, end: int, forms: list[frozenset[str]], acc: tuple[int, ...]) -> tuple[int,
              ...] | None:
    if k == len(slots):
        return acc
    slot = slots[k]
    if slot is GAP:
        nxt = slots[k + 1]
        for j in range(pos, min(end, pos + MAX_GAP + 1)):
            if _slot_matches(nxt, forms[j]):
                found = _continue(slots, k + 2, j + 1, end, forms, acc + (j,))
                if found is not None:
                    return found
        return None
    if pos < end and _slot_matches(slot, forms[pos]):
        return _continue(slots, k + 1, pos + 1, end, forms, acc + (pos,))
    if pos + 1 < end and not forms[pos].isdisjoint(ANY_QUOTE_MARKS) and _slot_matches(slot, forms[pos + 1]):
        # "was \"reckless\"", "est « inacceptable »": a quotation mark between two words of a phrase
        return _continue(slots, k + 1, pos + 2, end, forms, acc + (pos + 1,))
    return None


def search_clauses(pattern: Pattern, forms: list[frozenset[str]], clauses: list[tuple[int, int]],
                   vocabulary: frozenset[str] | None) -> list[tuple[int, ...]]:
    """Every match of the pattern in the sentence's clauses; `vocabulary` (all forms of the sentence,
    computed once per sentence) rules most patterns out before any token is read (None: the caller
    has checked `could_match` already)."""
    if vocabulary is not None and not pattern.could_match(vocabulary):
        return []
    found: list[tuple[int, ...]] = []
    for start, end in clauses:
        found.extend(find_matches(pattern, forms, start, end))
    return found

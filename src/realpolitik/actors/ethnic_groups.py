"""People of a nation by descent: "ethnic Azerbaijanis in Yekaterinburg", "Russian citizens of Azerbaijani origin"
are a state's own residents or citizens, not the state of their forebears.

"Russian police raided homes of ethnic Azerbaijanis" read Azerbaijan as the target of a raid inside Russia; the gold
codes only Baku's answer to it. The word "ethnic" before the people's name, or "of ... descent/origin/background"
around it, says descent, not nationality: the state's mention is dropped (its tokens stay). A people named without
it ("Iran deported thousands of Afghans") stays the state's citizens. The words are the package's data, per language
(data/actors/descent.yaml).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from realpolitik.actors.data_files import DATA_DIR, load_yaml
from realpolitik.data_yaml import LINE_KEY
from realpolitik.model import ActorMention, Sentence, Token


@dataclass(frozen=True)
class _Descent:
    """One language's words of descent (data/actors/descent.yaml)."""

    before: frozenset[str]
    after: frozenset[str]
    after_of: frozenset[str]
    nouns_before: frozenset[str]
    of: frozenset[str]

    def words(self) -> frozenset[str]:
        return self.before | self.after | self.after_of | self.nouns_before


@cache
def _descent() -> dict[str, _Descent]:
    raw = load_yaml(DATA_DIR / "descent.yaml") or {}

    def words(entry: dict, key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in entry.get(key) or [])

    return {lang: _Descent(words(entry, "before"), words(entry, "after"), words(entry, "after_of"),
                           words(entry, "nouns_before"), words(entry, "of"))
            for lang, entry in raw.items() if lang != LINE_KEY}


def drop_ethnic_groups(sentences: list[Sentence], result: list[list[ActorMention]], lang: str) -> None:
    """Drop each state's mention that names a people by descent (see the module's docstring)."""
    data = _descent().get(lang)
    if data is None:
        return
    cues = data.words()
    for n, sentence in enumerate(sentences):
        mentions = result[n]
        if mentions and any(t.text.lower() in cues for t in sentence.tokens):
            kept = [m for m in mentions if not (m.country and _by_descent(sentence.tokens, m, data))]
            if len(kept) < len(mentions):
                result[n] = kept


def _by_descent(tokens: list[Token], m: ActorMention, data: _Descent) -> bool:
    """"ethnic Azerbaijanis", "of Azerbaijani descent", "aserbaidschanischer Abstammung", "d'origine
    azerbaïdjanaise" around `m`."""
    def word(i: int) -> str:
        return tokens[i].text.lower() if 0 <= i < len(tokens) else ""

    if word(m.token_start - 1) in data.before or word(m.token_end) in data.after:
        return True
    noun = word(m.token_start - 1)
    if noun in data.nouns_before and (word(m.token_start - 2) in data.of or not noun.isalpha()):
        return True  # "de origen azerbaiyano"; "d'origine azerbaïdjanaise", one token
    # "of Azerbaijani descent"; "citizens of Azerbaijani descent", where the mention holds the people's noun too
    return word(m.token_end) in data.after_of and (word(m.token_start - 1) in data.of
                                                   or word(m.token_end - 2) in data.of)

"""People of a nation by descent: "ethnic Azerbaijanis in Yekaterinburg", "Russian citizens of Azerbaijani origin"
are a state's own residents or citizens, not the state of their forebears.

"Russian police raided homes of ethnic Azerbaijanis" read Azerbaijan as the target of a raid inside Russia; the gold
codes only Baku's answer to it. The word "ethnic" before the people's name, or "of ... descent/origin/background"
around it, says descent, not nationality: the state's mention is dropped (its tokens stay). A people named without
it ("Iran deported thousands of Afghans") stays the state's citizens.
"""

from __future__ import annotations

from typing import Final

from realpolitik.model import ActorMention, Sentence, Token

_ETHNIC: Final = {"en": frozenset({"ethnic", "ethnically"})}
_OF: Final = {"en": frozenset({"of"})}
_DESCENT: Final = {"en": frozenset({"descent", "origin", "origins", "background", "heritage", "extraction"})}


def drop_ethnic_groups(sentences: list[Sentence], result: list[list[ActorMention]], lang: str) -> None:
    """Drop each state's mention that names a people by descent (see the module's docstring)."""
    if lang not in _ETHNIC:
        return
    for n, sentence in enumerate(sentences):
        mentions = result[n]
        if mentions and any(t.text.lower() in _ETHNIC[lang] or t.text.lower() in _DESCENT[lang]
                            for t in sentence.tokens):
            kept = [m for m in mentions if not (m.country and _by_descent(sentence.tokens, m, lang))]
            if len(kept) < len(mentions):
                result[n] = kept


def _by_descent(tokens: list[Token], m: ActorMention, lang: str) -> bool:
    """"ethnic Azerbaijanis", "of Azerbaijani descent" around `m`."""
    def word(i: int) -> str:
        return tokens[i].text.lower() if 0 <= i < len(tokens) else ""

    if word(m.token_start - 1) in _ETHNIC[lang]:
        return True
    # "of Azerbaijani descent"; "citizens of Azerbaijani descent", where the mention holds the people's noun too
    return word(m.token_end) in _DESCENT[lang] and (word(m.token_start - 1) in _OF[lang]
                                                    or word(m.token_end - 2) in _OF[lang])

"""A minister's portfolio after the state's adjective belongs to the minister's mention.

French and Spanish name the portfolio after the office and its adjective: "le ministre syrien des Affaires
étrangères", "el ministro israelí de Asuntos Estratégicos". The dictionary reads "ministre syrien" (SYRGOV) and
leaves the portfolio outside, so two such ministers joined by "et"/"y" stood five words apart, too far to be one
list: "Le ministre syrien des Affaires étrangères et le ministre israélien ... se sont rencontrés" gave no
meeting. Taking the portfolio into the mention keeps the list together; the mention's code does not change.
"""

from __future__ import annotations

from typing import Final

from realpolitik.actors.portfolios import ADJECTIVES, PORTFOLIOS, TITLES
from realpolitik.language.role_words import role_words
from realpolitik.mentions import ActorMention, Sentence

_OF: Final = {"fr": frozenset({"de", "des", "du"}), "es": frozenset({"de", "del"})}
_ARTICLES: Final = frozenset({"la", "l'", "l’", "le", "les", "los", "las", "el"})
_REACH: Final = 4  # "de l'Économie et des Finances" stops at "et"; no portfolio is longer than four words


def take_portfolios(sentences: list[Sentence], result: list[list[ActorMention]], lang: str) -> None:
    """Widen each minister's mention over the portfolio that follows it (in place)."""
    offices = TITLES.get(lang)
    if offices is None or lang not in _OF:  # Russian names no portfolio after an adjective
        return
    for sentence, mentions in zip(sentences, result, strict=True):
        starts = {m.token_start for m in mentions}
        for m in mentions:
            if not offices.intersection(t.lemma for t in sentence.tokens[m.token_start:m.token_end]):
                continue
            end = _portfolio_end(sentence, m.token_end, lang, starts)
            if end > m.token_end:
                m.token_end = end
                m.end = sentence.tokens[end - 1].end
                m.surface = sentence.text[m.start - sentence.start:m.end - sentence.start]


def _portfolio_end(sentence: Sentence, i: int, lang: str, starts: set[int]) -> int:
    """Where the portfolio after token `i` ends ("des Affaires étrangères"), or `i` where none follows."""
    tokens = sentence.tokens
    if i >= len(tokens) or tokens[i].text.lower() not in _OF[lang]:
        return i
    k = i + 1
    if k < len(tokens) and tokens[k].text.lower() in _ARTICLES:
        k += 1
    end = i
    articles = role_words(lang).elided_article_starts
    while k < len(tokens) and k - i <= _REACH and k not in starts:
        word = tokens[k].text.lower()
        for elided in articles:  # "de l'Intérieur": the article written on the noun
            word = word.removeprefix(elided)
        if tokens[k].text[:1].isupper() or tokens[k].text.lower().startswith(articles):
            if word not in PORTFOLIOS[lang]:
                break
        elif end == i or word not in ADJECTIVES[lang]:
            break
        end = k + 1
        k += 1
    return end

"""A minister's portfolio after the state's adjective belongs to the minister's mention.

French and Spanish name the portfolio after the office and its adjective: "le ministre syrien des Affaires
étrangères", "el ministro israelí de Asuntos Estratégicos". The dictionary reads "ministre syrien" (SYRGOV) and
leaves the portfolio outside, so two such ministers joined by "et"/"y" stood five words apart, too far to be one
list: "Le ministre syrien des Affaires étrangères et le ministre israélien ... se sont rencontrés" gave no
meeting. Taking the portfolio into the mention keeps the list together; the mention's code does not change.

The holder's name set off by commas after the portfolio ("el ministro español de Asuntos Exteriores, José Manuel
Albares, y su homólogo tunecino firmaron ...") is the same person: the dictionary composes a title with the name right
after it, but here the portfolio stood between them, so the name stood as a second mention (or as loose capitalised
words) and broke the list of the two ministers. The name goes into the minister's mention too (`_holder_end`).
"""

from __future__ import annotations

from typing import Final

from realpolitik.actors.compose import PERSON_NOTE, name_word
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
        holders: list[ActorMention] = []
        for m in mentions:
            if not offices.intersection(t.lemma for t in sentence.tokens[m.token_start:m.token_end]):
                continue
            portfolio = _portfolio_end(sentence, m.token_end, lang, starts)
            if portfolio > m.token_end:
                holder, end = _holder_end(sentence, portfolio, m, mentions)
                if holder is not None:
                    holders.append(holder)
                if end > portfolio and m.kind == "agent" and not m.note:
                    m.note = PERSON_NOTE  # the name is the holder's: a surname alone later names the same person
                m.token_end = end
                m.end = sentence.tokens[end - 1].end
                m.surface = sentence.text[m.start - sentence.start:m.end - sentence.start]
        for holder in holders:
            mentions.remove(holder)


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


def _holder_end(sentence: Sentence, end: int, minister: ActorMention,
                mentions: list[ActorMention]) -> tuple[ActorMention | None, int]:
    """The end of the holder's name set off by commas right after the portfolio ending at token `end` ("..., José
    Manuel Albares,"), with the name's own mention where the dictionary knows the person (of the minister's state, or
    of none): (that mention or None, the new end; `end` where no name follows)."""
    tokens = sentence.tokens
    if end + 1 >= len(tokens) or tokens[end].text != ",":
        return None, end
    name = next((n for n in mentions if n.token_start == end + 1), None)
    if name is not None:
        if name.kind != "leader" or name.country not in (None, minister.country) \
                or name.token_end >= len(tokens) or tokens[name.token_end].text != ",":
            return None, end
        return name, name.token_end
    stop = end + 1
    while stop < len(tokens) and name_word(tokens[stop].text) \
            and not any(n.token_start <= stop < n.token_end for n in mentions):
        stop += 1
    if stop - (end + 1) < 2 or stop >= len(tokens) or tokens[stop].text != ",":
        return None, end
    return None, stop

"""Datelines and bylines: the place an article was filed from and who wrote it are no party to what it tells.

"MOSKAU (dpa) - Indien hat ...", "BOGOTÁ, 2 dic (EFE) - Colombia ...", "МОСКВА, 2 декабря. /ТАСС/. Китай ...",
"By John Smith in Kyiv": wire copy names a city (or a city-state, or the UN's seat) before its first sentence.
Read as a mention, that city became the sentence's first state: its subject, or the state "the country" of the
next sentence stands for. The mentions are dropped; the tokens and their offsets stay (the evidence highlight
still starts at the article's first character).
"""

from __future__ import annotations

from typing import Final

from realpolitik.language.tokens import DASHES
from realpolitik.model import ActorMention, Sentence, Token

_DATELINE_KINDS: Final = frozenset({"capital", "seat", "place"})
#: in a dateline marked by its agency or date, a state may stand too: a city-state ("DJIBOUTI (AFP) –", "MÉXICO,
#: 2 dic (EFE) -"), the state after its city ("ADDIS ABABA, Ethiopia (AP) —", "NATIONS UNIES (États-Unis) (AFP)")
_MARKED_DATELINE_KINDS: Final = _DATELINE_KINDS | {"country"}
_UN_SEAT: Final = "orgs:un"  # "UNITED NATIONS (AP) —", "NATIONS UNIES (AFP) -": the UN's seat, no UN act
_DATELINE_SENTENCES: Final = 3  # a title and a subtitle may come before the sentence that opens with the dateline
_DATELINE_REACH: Final = 12  # "WASHINGTON, Jan 11 (Reuters) -": the tokens a dateline may take before its dash
_DATE_REACH: Final = 2  # "27 nov", "27 de noviembre": the words of a date after its day
_SUBJECT_REACH: Final = 3  # "- Die USA", "- Der russische Präsident": how soon after the dash its own subject starts
_AGENCY_MARKS: Final = frozenset({"(", "/"})  # "(Reuters)", "/ТАСС/"
#: the word a byline line opens with ("By John Smith in Kyiv", "Von Anna Müller, Brüssel", "Par Jean Dupont")
_BYLINE_WORDS: Final = frozenset({"by", "von", "par", "por"})
_SENTENCE_ENDS: Final = frozenset({".", "!", "?", ":"})


def drop_dateline(sentences: list[Sentence], result: list[list[ActorMention]]) -> None:
    """Drop the cities of the article's dateline, and the places of a byline line before it.

    The body's first sentence may follow a title and a subtitle (lines of their own): the first of the article's
    first `_DATELINE_SENTENCES` sentences that opens with a city before a dateline's dash holds the dateline. A
    Russian agency ends its dateline with a full stop ("МОСКВА, 2 декабря. /ТАСС/."): that dateline is a sentence
    of its own."""
    for n in range(min(len(sentences), _DATELINE_SENTENCES)):
        tokens = sentences[n].tokens
        if _byline(tokens) or _dateline_alone(tokens, result[n]):
            result[n].clear()
            continue
        if _dateline(tokens, result[n]):
            return


def _byline(tokens: list[Token]) -> bool:
    """"By John Smith in Kyiv", "Von Anna Müller, Brüssel": a line of its own (no final stop) that opens with the
    byline's word and a capitalised name."""
    return len(tokens) > 1 and tokens[0].text.lower() in _BYLINE_WORDS and tokens[1].text[:1].isupper() \
        and tokens[-1].text not in _SENTENCE_ENDS


def _dateline_alone(tokens: list[Token], found: list[ActorMention]) -> bool:
    """"МОСКВА, 2 декабря. /ТАСС/.", "Москва. 2 декабря.": a sentence that is only a city, its date and the agency,
    split off the sentence it opens. A date or an agency must mark it: a city alone may be a headline."""
    end = len(tokens)
    return bool(found) and found[0].token_start == 0 and _city_then_mark(tokens, found[0]) and _marked(tokens, end) \
        and not any(t.text in DASHES for t in tokens) and _dateline_places(tokens, end, found) \
        and _dateline_words(tokens, end, found)


def _city_then_mark(tokens: list[Token], city: ActorMention) -> bool:
    """Whether punctuation follows the opening city, as in a dateline ("МОСКВА, 2 декабря", "Москва. 2 декабря",
    "MOSKAU (dpa)"); not a word: "Rusia envió 120 rescatistas a Turquía." is a sentence whose number, with the words
    around it, reads like a date."""
    return city.token_end < len(tokens) and not tokens[city.token_end].text[:1].isalnum()


def _dateline(tokens: list[Token], found: list[ActorMention]) -> bool:
    """Drop the dateline's cities from the sentence it opens; whether it opens with one.

    A prefix before a free-standing dash that holds only cities, the agency in brackets,
    punctuation and a date is such a dateline; its cities are dropped where the sentence names its own subject
    right after the dash, not after a preposition ("- Die in Mali herrschende Junta"); else they may still be the
    article's only parties ("BAMAKO — La junte au pouvoir ...", "Jerusalem/Beirut - Die Waffenruhe zwischen ...")."""
    dash = dateline_dash(tokens) if found else None
    if dash is None:
        return False
    inside = [m for m in found if m.token_start < dash]
    if not inside or not _dateline_places(tokens, dash, inside) or (
            inside[0].token_start != 0 and not (tokens[0].text.isupper() and len(tokens[0].text) > 2)):
        return False  # (a city in capitals the dictionary does not know may open it: "PUTRAJAYA, 28 July (Xinhua)")
    if not _subject_after(tokens, dash, found) and not {m.country for m in inside} <= {
            m.country for m in found if m.token_start > dash}:
        return True  # (the cities' states named again after the dash: "BEIRUT/JERUSALÉN - El alto el fuego entre
        # Israel y Hezbolá ...": the sentence names its parties itself)
    if not _dateline_words(tokens, dash, inside):
        return False
    found[:] = [m for m in found if m.token_start >= dash]
    return True


def dateline_dash(tokens: list[Token]) -> int | None:
    """The last token of the dash that ends a dateline: free-standing ("MOSKAU (dpa) - "), after the agency's
    full stop ("(EFE).- "), or typed as two hyphens ("(Синьхуа) -- ")."""
    dash = next((i for i in range(1, min(len(tokens), _DATELINE_REACH)) if tokens[i].text in DASHES and (
        tokens[i].start > tokens[i - 1].end or tokens[i - 1].text == ".")), None)
    while dash is not None and dash + 1 < len(tokens) and tokens[dash + 1].text in DASHES \
            and tokens[dash + 1].start == tokens[dash].end:
        dash += 1
    return dash


def _subject_after(tokens: list[Token], dash: int, found: list[ActorMention]) -> bool:
    """Whether the sentence names its own subject right after the dash ("- Die USA", "- Der russische Präsident")."""
    return any(dash < m.token_start <= dash + _SUBJECT_REACH and (
        m.token_start == dash + 1 or tokens[m.token_start - 1].text[:1].isupper()) for m in found)


def _marked(tokens: list[Token], end: int) -> bool:
    """Whether a date or an agency marks the tokens before `end` as a dateline ("2 dic", "(AFP)", "/ТАСС/")."""
    head = [t.text for t in tokens[:end]]
    return any(text.isdigit() or text == "(" for text in head) or any(
        head[i] == "/" == head[i + 2] for i in range(len(head) - 2))


def _dateline_places(tokens: list[Token], end: int, inside: list[ActorMention]) -> bool:
    """Whether the mentions before `end` are places a dateline names: cities, and where a date or an agency marks
    it, a state or the UN's seat."""
    if _marked(tokens, end):
        return all(m.kind in _MARKED_DATELINE_KINDS or m.entry == _UN_SEAT for m in inside)
    return all(m.kind in _DATELINE_KINDS for m in inside)


def _dateline_words(tokens: list[Token], end: int, inside: list[ActorMention]) -> bool:
    """Whether the tokens before `end` are a dateline's: places, the agency in brackets or slashes, punctuation
    and a date; no lower-case word but a date's ("16 nov", "27 de noviembre de 2025")."""
    covered = {i for m in inside for i in range(m.token_start, m.token_end)}
    bracket = False
    for i in range(end):
        text = tokens[i].text
        bracket = (bracket or text in _AGENCY_MARKS) and not (bracket and text in (")", "/"))
        if not (i in covered or bracket or not text[:1].isalpha() or text[:1].isupper() or _date_word(tokens, i)):
            return False
    return True


def _date_word(tokens: list[Token], i: int) -> bool:
    """A lower-case word of a date: its month after the day ("16 nov"), the "de" before its year ("de 2025")."""
    return any(t.text.isdigit() for t in tokens[max(0, i - _DATE_REACH):i]) or (
        i + 1 < len(tokens) and tokens[i + 1].text.isdigit())

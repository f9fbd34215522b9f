"""Sentence splitting that keeps document offsets.

A rule-based splitter: a sentence ends at . ! ? (or a closing quote after one)
followed by a capitalised word, and at every blank line. It does not end after
an abbreviation listed for the language or after a German ordinal ("am 27. Oktober").

Every step is linear in the text: a candidate end is matched only at the start of
a run of punctuation, the word before a full stop is read backwards a few characters
at most, and a "sentence" longer than MAX_SENTENCE_CHARS (a table, a list, text
without punctuation) is cut at spaces into pieces, so the stages after this one see
bounded sentences whatever the input.
"""

from __future__ import annotations

import re
from typing import Final

from realpolitik.budget import checkpoint
from realpolitik.language.tokens import tokenize
from realpolitik.model import Sentence

_ABBREVIATIONS: Final = {
    "en": {"mr", "mrs", "ms", "dr", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
           "oct", "nov", "dec", "gen", "lt", "col", "sen", "rep", "gov", "no", "vs", "inc", "co", "corp",
           "jr", "sr", "prof", "adm", "capt", "sgt", "pres"},
    "de": {"dr", "prof", "bzw", "ca", "vgl", "nr", "st", "abs", "z", "b", "u", "a", "d", "h", "jan", "feb",
           "mio", "mrd", "evtl", "ggf", "inkl", "sog", "usw", "etc", "vs", "min", "std"},
    "es": {"sr", "sra", "dr", "dra", "ee", "uu", "etc", "ud", "uds", "núm", "art", "pág", "gral", "lic"},
    "fr": {"m", "mm", "mme", "mlle", "dr", "st", "ste", "etc", "av", "gén", "cf", "p"},
    "ru": {"т", "е", "г", "гг", "им", "ул", "д", "др", "пр", "тыс", "млн", "млрд", "руб", "см", "ст"},
}

# The words before a one-letter platform name, its preposition or the noun that says it is a platform ("auf X.",
# "on X.", "sur X.", "en X.", "über die Plattform X.", "on the platform X."): no initial, a sentence end
_PLATFORM_WORDS: Final = {"de": {"auf", "plattform", "kurznachrichtendienst", "onlinedienst"}, "en": {"on", "platform"},
                   "es": {"en", "plataforma"}, "fr": {"sur", "plateforme"}}

# The marks that end a sentence
_MARKS: Final = ".!?…"
# The closing quotes and brackets that may stand after a sentence's final mark ('... said: "We agree."', "(...).")
_CLOSERS: Final = "\"'»“”’)]"
# Those after which a boundary the page extractor glued may follow the mark ("das.“Die Türkei"): not the apostrophe
# ("l'Élysée") nor a bracket
_GLUED_CLOSERS: Final = "\"»“”’"


def _one_of(chars: str) -> str:
    """A regex character class of `chars`."""
    return f"[{re.escape(chars)}]"


# A candidate end: terminal punctuation, optional closing quotes/brackets, whitespace.
# The second branch is a boundary the page extractor glued ("in Kraft getreten.Vorgesehen", "тона.Вице-президент"):
# after three small letters, an acronym ("gegen die USA.Peking"), a year ("in March 2023.Mongolian officials"), a
# closing quote or bracket ("„inakzeptabel“.Russland") or a closing quote after the mark ("das.“Die Türkei"), never
# after one capital ("George W.Bush"), two letters of mixed case ("St.Petersburg") or a day ("am 27.Oktober" is a
# German ordinal); before an accented capital too ("l'attaque.Élysée", "la frontière.À Bamako", "acordó.Ésta").
# The lookbehind starts a match only at the first mark of a run ("....."), and the possessive quantifiers
# never backtrack into it: a run of a million dots is read once, not once per dot.
_END_RE: Final = re.compile(f"(?<!{_one_of(_MARKS)}){_one_of(_MARKS)}++{_one_of(_CLOSERS)}*+\\s+"
                            r"|(?:(?<=[a-zäöüßéèáóíúñàâçêëîïôûùœа-яё]{3}\.)|(?<=[A-ZÄÖÜА-ЯЁ]{2}\.)|(?<=[0-9]{4}\.)"
                            f"|(?<={_one_of(_GLUED_CLOSERS + ')')}\\.)|(?<=[.!?]{_one_of(_GLUED_CLOSERS)}))"
                            r"(?=[A-ZÄÖÜÀÂÇÉÈÊÎÔÁÍÓÚÑА-ЯЁ][a-zäöüßéèáóíúñàâçêëîïôûùœа-яё]|À )")  # ("À" a word)
#: Longest sentence handed to the later stages; the longest real news sentences have about 600 characters.
MAX_SENTENCE_CHARS: Final = 1000
_LONGEST_ABBREVIATION: Final = 12
_PARAGRAPH_RE: Final = re.compile(r"\n\s*\n|\r\n\s*\r\n")
# What ends a line of running text, read before its closing quotes and brackets: a line that ends otherwise is a
# headline (`is_headline`)
_LINE_FINALS: Final = _MARKS + ":;,"
# Where a match of _END_RE may begin: at a mark (its first branch) or just after a full stop (its second)
_MARK_RE: Final = re.compile(_one_of(_MARKS))


def _ends(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The matches of `_END_RE.finditer(text, start, end)`, the pattern tried only where one may begin: at each mark
    and just after each full stop. Both branches open with a lookbehind, which gives the regex engine no first
    character to skip to, so a search tried both at every character of every line (a tenth of sentence splitting);
    a search for the marks alone skips in C. The lookbehinds read before `start` in both ways alike."""
    found: list[re.Match[str]] = []
    pos = start
    if 0 < pos < end and text[pos - 1] == ".":  # (a line opens after a line break: never so in `split_sentences`)
        m = _END_RE.match(text, pos, end)
        if m is not None:
            found.append(m)
            pos = m.end() if m.end() > pos else pos + 1
    while True:
        mark = _MARK_RE.search(text, pos, end)
        if mark is None:
            return found
        at = mark.start()
        m = _END_RE.match(text, at, end)
        if m is None and text[at] == ".":
            m = _END_RE.match(text, at + 1, end)  # the second branch: an end just after "...abc." before "Xy"
        if m is None and at + 2 < end and text[at + 1] in _GLUED_CLOSERS:
            m = _END_RE.match(text, at + 2, end)  # and just after a closing quote: "... das.“Die Türkei"
        if m is None:
            pos = at + 1
            continue
        found.append(m)
        # (an empty match, the second branch, stands before a capital letter: no match may begin there again)
        pos = m.end() if m.end() > m.start() else m.end() + 1


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _PARAGRAPH_RE.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


# What may open a sentence besides a capital or a digit: quotes, brackets, dashes, and the bullets of newsletters and
# briefings ("... keep talking. • Bangladesh summoned ...")
_OPENERS: Final = "\"'«„“(–-—•▪●■►"


def _is_false_end(text: str, end_pos: int, next_pos: int, lang: str) -> bool:
    """True when the punctuation at end_pos does not end a sentence."""
    if text[end_pos] != ".":
        return False
    if next_pos < len(text) and not (text[next_pos].isupper() or text[next_pos] in _OPENERS or
                                     text[next_pos].isdigit()):
        return True  # next word is lower-case: "z. B. die", "approx. three"
    word = _word_before(text, end_pos)
    if not word:
        return False
    if word.lower() in _ABBREVIATIONS.get(lang, set()):
        return True
    if len(word) == 1 and word.isupper():
        # an initial: "George W. Bush"; not the platform after its preposition: "schrieb Noboa auf X. Petro ..."
        return _word_before(text, end_pos - 2).lower() not in _PLATFORM_WORDS.get(lang, set())
    # German ordinals: "am 27. Oktober", "das 31. Nato-Mitglied" (Russian writes none with a dot: "истребители F-16.",
    # "комплексы С-400." end their sentence)
    return lang == "de" and word.isdigit() and len(word) <= 3


def _word_before(text: str, end_pos: int) -> str:
    """The word that ends at end_pos, read backwards; "" for none, "…" for one too long to be an abbreviation."""
    start = end_pos
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
        start -= 1
        if end_pos - start > _LONGEST_ABBREVIATION:
            return "…"
    return text[start:end_pos]


def split_sentences(text: str, lang: str) -> list[Sentence]:
    """Split a document into sentences with tokens; offsets index `text`."""
    sentences: list[Sentence] = []
    for para_start, para_end in _paragraphs(text):
        cursor = para_start
        for line_start, line_end in _lines(text, para_start, para_end):
            for piece_start, piece_end in _ticker_pieces(text, line_start, line_end):
                cursor = piece_start
                for m in _ends(text, piece_start, piece_end):
                    punct_pos = m.start() + len(m.group().rstrip()) - 1
                    first_punct = m.start()
                    if _is_false_end(text, first_punct, m.end(), lang):
                        continue
                    _append(sentences, text, cursor, punct_pos + 1, lang)
                    cursor = m.end()
                _append(sentences, text, cursor, piece_end, lang)
    return sentences


# A live ticker's separator: "+++ Pakistan and Afghanistan agree a truce +++ Fighting near Spin Boldak +++"
_TICKER_RE: Final = re.compile(r"\+{3,}")  # (the spaces around it are stripped by `_append`)
# A word of two letters or more: what a ticker item has and a clock heading ("+++ 14:30 +++") has not
_WORD_RE: Final = re.compile(r"[^\W\d_]{2}")


def _ticker_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A line cut at its "+++" separators, each item of a live ticker its own unit: the items need no full stop
    between them, and read as one sentence the first item's actors would be the second's ("the two agree a truce +++
    fighting between the two armies" gave the fighting as the truce). A separator that closes no words ("+++ 14:30
    +++", the opening "+++") cuts nothing, so a clock heading stays with its entry (`dates.clock_entry_day`)."""
    if "+++" not in text[start:end]:
        return [(start, end)]
    pieces: list[tuple[int, int]] = []
    cursor = start
    for m in _TICKER_RE.finditer(text, start, end):
        if _WORD_RE.search(text, cursor, m.start()):
            pieces.append((cursor, m.start()))
            cursor = m.end()
    pieces.append((cursor, end))
    return pieces


def is_headline(line: str) -> bool:
    """A line with no final punctuation, closing quotes and brackets read through: a headline, a subhead, a dateline,
    a caption or the linked title of a teaser, no sentence of the article's text. Split on its own (`_lines`): a
    subhead that quotes a speaker ("Katar: „Feiger Angriff“") ends no sentence, and glued to the next line its speaker
    and the next sentence's would be one sentence's actors; dropped under a teaser label (`page_chrome`)."""
    line = line.rstrip()
    if not line:
        return False
    bare = line.rstrip(_CLOSERS)
    return not bare or bare[-1] not in _LINE_FINALS


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Single lines inside a paragraph are kept together unless a line is a headline (`is_headline`): its own unit."""
    spans: list[tuple[int, int]] = []
    line_start = start
    for m in re.finditer(r"\n", text[start:end]):
        pos = start + m.start()
        if is_headline(text[line_start:pos]):
            spans.append((line_start, pos))
            line_start = pos + 1
    spans.append((line_start, end))
    return spans


def _append(sentences: list[Sentence], text: str, start: int, end: int, lang: str) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE_CHARS:  # cut at the last space within the limit, else at the limit
        cut = text.rfind(" ", start + 1, start + MAX_SENTENCE_CHARS)
        cut = cut if cut > start else start + MAX_SENTENCE_CHARS
        _append(sentences, text, start, cut, lang)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start >= end:
        return
    checkpoint()
    sentences.append(
        Sentence(
            text=text[start:end],
            start=start,
            end=end,
            index=len(sentences),
            tokens=tokenize(text[start:end], lang, offset=start),
        )
    )

"""Tokens with character offsets and lower-cased lemmas.

Hyphenated compounds are split ("US-Streitkräfte" → "US", "-", "Streitkräfte")
so that the actor stage can read prefix forms; adjacency is kept in the offsets.
A name whose letters are followed by digits ("M23", "G20") is one token: split, "M" and "23" name nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Final

import simplemma

from realpolitik.language.infinitives import GERMAN_INFINITIVE_ENDINGS
from realpolitik.language.lemma_tries import dictionaries
from realpolitik.model import Token

# Abbreviations written with dots stay one token: "U.S.", "U.N.", "e.g.". Public so that the actor
# dictionaries split their forms exactly as running text is split.
# Every word of every document passes here: no token starts with a space, so `(?=\S)` skips spaces at
# once, and the possessive quantifiers (which match what the greedy ones did: nothing after them can fail)
# never backtrack. A word's letters are read once for both of its forms (with digits, with apostrophes).
TOKEN_PATTERN: Final = re.compile(
    r"(?=\S)(?:"
    r"(?:[LlDd]['’])?(?:[A-ZА-Я]\.){2,}"  # U.S. / U.K., and French elided "l'O.N.U.", "d'O.T.A.N." as one word
    r"|\d++(?:[.,:]\d+)*+"  # numbers, times, 43,06
    # French elision before a quotation mark, one word with its apostrophe as before a letter: "qualifié d'« ami
    # fiable »", "l'« agression »" ("d", "'" apart read as no "de" the rules could follow)
    r"|(?:[DdLlNnSsCcJjMmTt]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu)['’](?=[«\"“„])"
    r"|[^\W\d_]++(?:"
    r"\d[^\W_]*+"  # names with digits after letters: M23, G20, MH17 (a group, a bloc, a flight)
    r"|(?:['’][^\W\d_]++)*+)"  # words, with inner apostrophes (d'Ivoire, Maduro's is split below)
    r"|[^\w\s])",  # any other single symbol
    re.UNICODE,
)

#: the quotation marks that open or close a quotation, each a token of its own (", «, », „, “, ”)
QUOTE_MARKS: Final = frozenset('"«»„“”')
#: with the single marks too (‚ ‘ ’), where a quotation may be written with them (’ is also an apostrophe)
ANY_QUOTE_MARKS: Final = QUOTE_MARKS | frozenset("‚‘’")
#: the marks that open a quotation, where a quoted noun follows its article ("une « agression »", "un ‹ signal fort ›",
#: "ein „Signal“", "a “signal”"): a verdict's judged noun (events/verdict_objects) and a label (events/article_phrases)
#: are read past one
OPENING_QUOTES: Final = frozenset({"«", "\"", "“", "„", "‹"})
#: the marks that break a phrase or a clause where no dash does: comma, semicolon, colon ("Russland, China und Iran";
#: "erklärte: ..."); with the long dashes, `BREAKS_AND_DASHES`
PHRASE_BREAKS: Final = frozenset({",", ";", ":"})
#: a free-standing dash: a dateline ("LIMA, 16 nov - ...", "MOSKAU (dpa) - ...") ends before it
DASHES: Final = frozenset({"-", "–", "—"})
#: the long dashes (en and em), which set off a clause or an inserted phrase as a comma does ("Израиль — ближайший
#: союзник", "«...», — подчеркнул министр"); the hyphen, also a dateline's dash, joins words
LONG_DASHES: Final = frozenset({"–", "—"})
#: the phrase breaks and the long dashes: where a clause or an inserted phrase opens or ends
BREAKS_AND_DASHES: Final = PHRASE_BREAKS | LONG_DASHES
#: those without the comma, which may stand inside a clause (a list, an apposition): the strong breaks
STRONG_BREAKS: Final = BREAKS_AND_DASHES - {","}
#: the phrase breaks, the long dashes and the full stop: where a clause stops
CLAUSE_STOPS: Final = BREAKS_AND_DASHES | {"."}
#: the English Saxon genitive, with either apostrophe: `tokenize` splits it off a name as a token of its own
#: ("Maduro's" → "Maduro", "'s")
SAXON_GENITIVES: Final = frozenset({"'s", "’s"})
#: the apostrophes, straight and curly (for str.endswith): a word elided onto the next ends in one (French "d'", "l'",
#: "qu'")
APOSTROPHES: Final = ("'", "’")
#: the English possessive marks, tokens of their own: the Saxon genitive, and the bare apostrophe after a plural ("the
#: States' position")
POSSESSIVE_MARKS: Final = SAXON_GENITIVES | frozenset(APOSTROPHES)
#: a live blog entry opens with its clock time ("07:40 Uhr –", "10h15 :", "14:05 –")
_CLOCK: Final = re.compile(r"\d{1,2}(?:[:.]\d{2}|h\d{0,2})")
_CLOCK_REACH: Final = 3  # the time, a word for the hour ("Uhr", "GMT"), the dash


def elided_words(words: Iterable[str]) -> tuple[str, ...]:
    """Those of `words` written elided onto the next word ("d'", "qu'", "l'": they end in an apostrophe), sorted, for
    str.startswith ("d'abriter" starts with "d'")."""
    return tuple(sorted(w for w in words if w.endswith(APOSTROPHES)))


def clock_heading(tokens: list) -> int:
    """How many tokens a live blog entry's clock time takes before the entry itself ("07:40 Uhr – Russland hat
    ..."): a heading, no word of the sentence (0 where the sentence opens otherwise)."""
    if not tokens or not _CLOCK.fullmatch(tokens[0].text):
        return 0
    return next((i + 1 for i in range(1, min(_CLOCK_REACH, len(tokens)))
                 if tokens[i].text in DASHES or tokens[i].text == ":"), 0)


_SIMPLEMMA_LANGS: Final = {"de", "en", "es", "fr", "ru", "ar", "it", "pt", "nl", "pl", "uk"}


@lru_cache(maxsize=200_000)
def lemmatize(word: str, lang: str) -> str:
    """Lower-cased lemma of one word; the word itself where simplemma knows none."""
    if lang not in _SIMPLEMMA_LANGS or not word[:1].isalpha():
        return word.lower()
    try:
        lemma = _lemmatizer().lemmatize(word, lang=lang).lower()
    except (ValueError, KeyError):
        return word.lower()
    if lang == "de" and lemma == word and word.endswith("iert"):
        # "hat ... gratuliert", "bombardiert", "sanktioniert": simplemma leaves many forms of -ieren verbs
        # as they are, so rules written with the infinitive missed every perfect and third person
        return word[:-4] + "ieren"
    if lang == "de" and lemma == word and word[:1].islower():  # a participle; not a noun ("Angebot")
        lemma = _separable_participle(lemma)
    if lang == "ru" and (lemma == word.lower() or _garbled_participle(lemma, word.lower())):
        return _russian_verb_form(word.lower(), word)
    return lemma


# German separable particles before "ge" in a participle ("abgefeuert", "zurückgeschickt")
_DE_PARTICLES: Final = ("ab", "an", "auf", "aus", "bei", "ein", "fest", "vor", "zu", "zurück", "mit", "nach", "weg",
                        "fort",
                 "hin", "her", "los", "bereit", "zusammen", "frei", "teil", "heim", "entgegen", "gegenüber")


def _separable_participle(low: str) -> str:
    """simplemma knows "gefeuert" (feuern) but not "abgefeuert", so "hatte Raketen auf ... abgefeuert" matched no
    rule written with "abfeuern": a participle of a separable verb it leaves as it is takes the particle before the
    lemma of its bare participle; `low` where that lemma is unknown too."""
    for particle in _DE_PARTICLES:
        if low.startswith(particle + "ge") and len(low) > len(particle) + 4:
            bare = low[len(particle):]
            lemma = _lemmatizer().lemmatize(bare, lang="de").lower()
            if lemma != bare and lemma.endswith(GERMAN_INFINITIVE_ENDINGS):  # a verb's infinitive
                return particle + lemma
    return low


# Russian past active participles and perfective gerunds ("призвавший", "посетившая", "призвав", "обвинив"): simplemma
# knows few of them, so the rules, written with the infinitive, missed "Макрон, призвавший Израиль к ..." and
# ", призвав Руанду ..."; the stem before the ending is the infinitive's ("призва-" + "ть")
_RU_PARTICIPLES: Final = tuple(p + e for p in ("вш",) for e in ("ий", "ая", "ее", "ие", "его", "ей", "их", "им", "ими",
                                                       "ую", "ему", "ем"))
_RU_GERUND_VOWELS: Final = ("а", "я", "и", "е")
_RU_LEMMA_ENDINGS: Final = ("ть", "ться", "ти", "тись", "вший", "вшийся")


def _garbled_participle(lemma: str, low: str) -> bool:
    """simplemma turns some oblique participles into no word at all ("разорвавшей" -> "разорвавшея", "осудившей" ->
    "осудивошь"), so "второй страной, разорвавшей отношения с ..." matched no rule: a participle ending whose lemma is
    neither an infinitive nor the participle's own masculine form."""
    stem = low[:-2] if low.endswith(("ся", "сь")) else low
    return stem.endswith(_RU_PARTICIPLES) and not lemma.endswith(_RU_LEMMA_ENDINGS)


def _russian_verb_form(low: str, word: str) -> str:
    """The infinitive of a past active participle or a perfective gerund simplemma left as it was; else `low`."""
    reflexive = low.endswith(("ся", "сь"))
    stem = low[:-2] if reflexive else low
    ending = "ться" if reflexive else "ть"
    if stem.endswith(_RU_PARTICIPLES) and len(stem) > 6:
        base = stem[:stem.rindex("вш")]
    elif stem.endswith("вши") and reflexive and len(stem) > 5:  # "договорившись"
        base = stem[:-3]
    elif not reflexive and low.endswith("в") and low[-2:-1] in _RU_GERUND_VOWELS and len(low) > 5 \
            and word[:1].islower() and not is_known_word(word, "ru"):
        base = low[:-1]  # "призвав", "обвинив"; not "архив", "устав" (known nouns) nor "Киев" (a name)
    else:
        return low
    return base + ending if base.endswith(_RU_GERUND_VOWELS) else low


@lru_cache(maxsize=50_000)
def is_known_word(word: str, lang: str) -> bool:
    """Is the word in the language's dictionary? A German capitalised word that is not is likely a name:
    every German noun is capitalised, so case alone does not tell."""
    if lang not in _SIMPLEMMA_LANGS:
        return False
    from simplemma.strategies import DictionaryLookupStrategy

    try:
        return DictionaryLookupStrategy(dictionaries()).get_lemma(word, lang) is not None
    except (ValueError, KeyError):
        return False


@lru_cache(maxsize=1)
def _lemmatizer() -> simplemma.Lemmatizer:
    """simplemma reading its dictionaries through `dictionaries`."""
    from simplemma.strategies import DefaultStrategy

    return simplemma.Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=dictionaries()))


def tokenize(text: str, lang: str, offset: int = 0) -> list[Token]:
    """Split `text` into tokens whose offsets are shifted by `offset` (the text's place in its document)."""
    tokens: list[Token] = []
    new = tuple.__new__  # Token's own constructor is a Python function around this call
    possessive = lang == "en"
    lemmas = _LEMMAS.get(lang)
    if lemmas is None or len(lemmas) >= _LEMMAS_KEPT:
        lemmas = _LEMMAS[lang] = {}
    # A word's first spelling and lemma by the word alone: lemmatize's cache keys on (word, lang), a tuple a
    # word. The token keeps the first spelling, not the string just matched, which is freed at once: words
    # repeat ("the", "said", a name), and a long document's tokens then share their texts -- a seventh less
    # memory held per sentence, and fewer objects to make and free.
    # The words as strings (no match object a word), each found where the last one ended: only spaces and
    # underscores, which begin no word, stand between two words, so the first place a word is found is where
    # the pattern found it. (The loop runs once per word of every document: mypyc compiles this module, so the
    # list, dict and str methods are called as they are written, not bound to names first.)
    end = n = 0
    for word in _words(text):
        start = text.find(word, end)
        end = start + len(word)
        if possessive and word[-2:] in SAXON_GENITIVES and len(word) > 2:  # "Maduro's" → "Maduro", "'s"
            head = word[:-2]
            kept = lemmas.get(head) or _learn(lemmas, head, lang)
            tokens.append(new(Token, (kept[0], kept[1], offset + start, offset + end - 2, n)))
            word, start, n = word[-2:], end - 2, n + 1
        kept = lemmas.get(word) or _learn(lemmas, word, lang)
        tokens.append(new(Token, (kept[0], kept[1], offset + start, offset + end, n)))
        n += 1
    return tokens


def _words(text: str) -> list[str]:
    """`TOKEN_PATTERN.findall(text)`, the regular expression run only where a word needs it. No token holds a space,
    so the words of a text are those of its space-separated chunks; a chunk of letters only is one word (the
    pattern's word branch takes it whole, and no branch before it matches letters without a dot or an apostrophe),
    and so is a chunk of letters and one last symbol that is neither a letter nor a digit nor "_" ("said.",
    "Russia,": the word, then the symbol alone). Most chunks are so, and the pattern costs ~4,000 instructions a
    word: on the bench pages `findall` went from 110 M instructions to 54 M (docs/progress.md, speed)."""
    words: list[str] = []
    for chunk in text.split():
        if chunk.isalpha():
            words.append(chunk)
        elif len(chunk) > 1 and chunk[:-1].isalpha() and not chunk[-1].isalnum() and chunk[-1] != "_":
            words.append(chunk[:-1])
            words.append(chunk[-1])
        else:
            words.extend(TOKEN_PATTERN.findall(chunk))
    return words


def _learn(lemmas: dict[str, tuple[str, str]], word: str, lang: str) -> tuple[str, str]:
    """A word's spelling kept for the tokens to share, and its lemma, in the language's table."""
    kept = lemmas[word] = (word, _MISREAD.get(lang, {}).get(word.lower()) or lemmatize(word, lang))
    return kept


# Words simplemma gives a wrong lemma that the coder reads: French "l'est" (the east: "dans l'est de la RDC") is
# no form of "être", which made its clause passive ("..., qu'il accuse de soutenir des rebelles dans l'est du pays")
# English -ing forms simplemma reads as nouns only ("closing", "freezing", "cutting"): "is closing four consulates",
# "freezing its participation", "cutting ties" are the verbs' progressive and participle
_MISREAD: Final = {"fr": {"l'est": "l'est", "l’est": "l’est"},  # the word itself: "est" is also a form of "être"
            "en": {"closing": "close", "freezing": "freeze", "cutting": "cut"},
            # Russian "другом" is "друг" (a friend) as often as "другой" (another): simplemma gives only the adjective,
            # so "назвал Китай надёжным другом" praised no one; no rule reads "другой" ("в другом месте")
            "ru": {"другом": "друг"}}


# language → word → (word, lemma), each dropped whole when full
_LEMMAS: Final[dict[str, dict[str, tuple[str, str]]]] = {}
_LEMMAS_KEPT: Final = 200_000

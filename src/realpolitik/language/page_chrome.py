"""Page chrome a web-page extractor leaves among an article's sentences, taken out before anything reads them.

A "Читайте также: ...", "Read also: ...", "Lesen Sie auch: ..." line links to another story: its headline names that
story's states ("Mali, Burkina Faso and Niger recalled their envoys from Algiers"), which did nothing in this one. Read
as a sentence it gives events that pair actors of the other story, and its states become the latest actors that a
later "the parties", "both sides" or "it" resolves to. The teaser is no part of the article's text, so it is dropped
with the headline on the line after a label that stands alone ("READ ALSO" above the linked title).
"""

from __future__ import annotations

import re
from typing import Final

from realpolitik.language.sentences import is_headline
from realpolitik.mentions import Sentence

# the labels that open a link to another story on news pages, by language (matched case-insensitively at the start
# of a sentence, before a colon, dash, bar or the sentence's end)
_LABELS: Final = {
    "ru": ("читайте также", "читать также", "также читайте", "читайте по теме", "смотрите также", "см. также",
           "по теме", "ещё по теме", "еще по теме", "также по теме", "новости по теме", "материалы по теме"),
    "en": ("read also", "also read", "read more", "see also", "related", "more on this story", "also on our site",
           "you may also like", "recommended"),
    "de": ("lesen sie auch", "lesen sie mehr", "mehr zum thema", "auch interessant", "siehe auch"),
    "fr": ("lire aussi", "à lire aussi", "a lire aussi", "lire également", "voir aussi", "à lire également"),
    "es": ("lea también", "lee también", "leer más", "ver también", "le puede interesar", "te puede interesar",
           "lea además", "más noticias", "noticias relacionadas", "relacionadas", "relacionado", "te recomendamos",
           "también te puede interesar", "más información"),
}
_AFTER_LABEL: Final = re.compile(r"\s*(?:[:|—–\-»>]|$)")
# a label that says where the linked story is before its colon: "À lire également dans notre revue :", "Read also on
# our site:", "Lea también en nuestra edición:" (up to four words, then the colon: never a sentence's running text)
_LABEL_PLACE: Final = re.compile(r"(?:\s+[^\W\d_][\w'’]*){1,4}\s*:")
# a link block to a section of the site ("More from Asia:", "More in World |", "Most read:"): the label words, up to
# three capitalised section words, then a colon or a bar (never a sentence's end: "More from Asia came ..." is text)
_SECTION_LABELS: Final = {
    "en": re.compile(r"(?:(?i:more (?:from|in|on))(?: [A-Z][\w&'.-]*){1,3}"
                     r"|(?i:most (?:read|popular|viewed)|top stories|latest news|trending now))\s*[:|]\s*"),
}


# a byline line that says where the reporter writes from ("Par notre correspondante au Caire", "Propos recueillis par
# notre envoyé spécial à Addis-Abeba", "By our correspondent in Nairobi"): the place is the reporter's, no party to the
# story, yet read as a sentence it is the latest actor a later "we" or "it" resolves to (matched case-insensitively at
# the start of a short line, `_BYLINE_WORDS` words at most)
_BYLINES: Final = {
    "fr": re.compile(r"(?i:(?:par|de) (?:notre|nos) (?:correspondante?s?|envoyée?s? spéciale?s?|envoyé spécial)"
                     r"|propos recueillis par)\b"),
    "en": re.compile(r"(?i:(?:by|from) our (?:own |special )?(?:correspondent|reporter)s?)\b"),
    "de": re.compile(r"(?i:von unsere[rm] (?:korrespondent(?:in|en)?|sonderkorrespondent(?:in|en)?"
                     r"|reporter(?:in)?))\b"),
    "es": re.compile(r"(?i:(?:por|desde|de) nuestr[oa] (?:corresponsal|enviad[oa] especial))\b"),
    "ru": re.compile(r"(?i:от (?:нашего|наших) (?:собственного |специального )?корреспондент(?:а|ов))\b"),
}
_BYLINE_WORDS: Final = 12


def _byline(text: str, lang: str) -> bool:
    """The sentence is a byline line (`_BYLINES`): a short line that opens with the reporter's words."""
    pattern = _BYLINES.get(lang)
    return pattern is not None and len(text.split()) <= _BYLINE_WORDS and pattern.match(text) is not None


def _label_end(text: str, lang: str) -> int | None:
    """Where the teaser label that opens `text` ends (after its colon or dash), or None for no label."""
    lowered = text.lower()
    for label in _LABELS.get(lang, ()):
        if lowered.startswith(label):
            m = _AFTER_LABEL.match(text, len(label)) or _LABEL_PLACE.match(text, len(label))
            if m is not None:
                return m.end()
    section = _SECTION_LABELS.get(lang)
    m = section.match(text) if section is not None else None
    return m.end() if m is not None else None


def without_teasers(sentences: list[Sentence], lang: str) -> list[Sentence]:
    """The sentences less the teaser and byline lines (renumbered, offsets kept); the same list when there is none."""
    dropped: set[int] = set()
    for i, sentence in enumerate(sentences):
        if _byline(sentence.text, lang):
            dropped.add(i)  # "Par notre correspondant à Dakar": the reporter's place, no actor of the story
            continue
        end = _label_end(sentence.text, lang)
        if end is None:
            continue
        dropped.add(i)
        if not sentence.text[end:].strip() and i + 1 < len(sentences) and is_headline(sentences[i + 1].text):
            dropped.add(i + 1)  # "ЧИТАЙТЕ ТАКЖЕ" on its own line, the linked title under it
    if not dropped:
        return sentences
    kept = [s for i, s in enumerate(sentences) if i not in dropped]
    for index, sentence in enumerate(kept):
        sentence.index = index
    return kept

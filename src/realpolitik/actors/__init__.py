"""Actors stage: who is named in each sentence, as ISO/CAMEO codes.

`recognise_actors(sentences, lang, on)` returns one sorted, non-overlapping list of
ActorMention per sentence. Codes: ISO alpha-3 (+ CAMEO agent: GOV, MIL, LEG ...),
organisations by short code (NATO, EU, UNSC ...), armed groups by the country they
operate in + REB (Hezbollah → LBNREB). See docs/actors.md for the scheme.

The matcher and the dictionaries (and the lemmatiser under them) are imported on first use:
`realpolitik.actors.names` serves the web page's labels, and a server that only reads should
not load them at start.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from realpolitik.budget import checkpoint
from realpolitik.language.tokens import DASHES
from realpolitik.model import ActorMention, Sentence

if TYPE_CHECKING:
    from realpolitik.actors.dictionary import ActorDictionary, build_dictionary, load_dictionary

__all__ = ["ActorDictionary", "build_dictionary", "find_in_text", "load_dictionary", "recognise_actors"]


def __getattr__(name: str) -> object:
    if name in ("ActorDictionary", "build_dictionary", "load_dictionary"):
        from realpolitik.actors import dictionary

        return getattr(dictionary, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def recognise_actors(sentences: list[Sentence], lang: str, on: date | None = None,
                     dictionary: ActorDictionary | None = None) -> list[list[ActorMention]]:
    """Actor mentions per sentence of one article; `on` dates offices (default: today)."""
    from realpolitik.actors.compose import bare_roles, compose
    from realpolitik.actors.dictionary import load_dictionary
    from realpolitik.actors.matcher import find_hits
    from realpolitik.actors.offices import home_offices
    from realpolitik.actors.references import resolve_references
    from realpolitik.actors.surnames import name_people_again
    from realpolitik.actors.turns import interview_speakers

    dic = dictionary if dictionary is not None else load_dictionary()  # no truth test: __len__ counts entries
    when = on or date.today()
    result = []
    bare = []
    for sentence in sentences:
        checkpoint()
        hits = find_hits(sentence.tokens, lang, dic, when)
        if not hits:  # (no name: nothing to compose)
            result.append([])
            bare.append([])
            continue
        result.append(compose(hits, sentence.tokens, lang, when, dic.version))
        bare.append(bare_roles(hits, result[-1]))
    _check_context(result)
    _drop_dateline(sentences, result)
    _seat_of_the_union(result)
    home_offices(result, lang)
    name_people_again(sentences, result, dic.version)
    resolve_references(sentences, result, lang, dic, bare)
    home_offices(result, lang, kind="reference")  # "the Department of Foreign Affairs" read as the state named last
    interview_speakers(sentences, result, lang)
    return result


_BRUSSELS = "capitals:BEL:"
_DATELINE_KINDS = frozenset({"capital", "seat", "place"})
_DATELINE_SENTENCES = 3  # a title and a subtitle may come before the sentence that opens with the dateline
_DATELINE_REACH = 12  # "WASHINGTON, Jan 11 (Reuters) -": the tokens a dateline may take before its dash
_DATE_REACH = 2  # "27 nov", "27 de noviembre": the words of a date after its day
_SUBJECT_REACH = 3  # "- Die USA", "- Der russische Präsident": how soon after the dash its own subject starts


def _drop_dateline(sentences: list[Sentence], result: list[list[ActorMention]]) -> None:
    """"MOSKAU (dpa) - Indien hat ...", "OTTAWA/NEU-DELHI — India ...": the city where the article was filed opens
    its first sentence and is no party to what that sentence tells. A prefix before a free-standing dash that holds
    only cities, the agency in brackets, punctuation and a date is such a dateline; its cities are dropped where the
    sentence names its own subject right after the dash, not after a preposition ("- Die in Mali herrschende
    Junta"); else they may still be the article's only parties ("BAMAKO — La junte au pouvoir ...",
    "Jerusalem/Beirut - Die Waffenruhe zwischen ...").

    The body's first sentence may follow a title and a subtitle (lines of their own): the first of the article's
    first `_DATELINE_SENTENCES` sentences that opens with a city before such a dash holds the dateline. Left in, its
    city would be that sentence's first state, the one "das Land" of the next sentence stands for."""
    for n in range(min(len(sentences), _DATELINE_SENTENCES)):
        if _dateline(sentences[n], result[n]):
            return


def _dateline(sentence: Sentence, found: list[ActorMention]) -> bool:
    """Drop the dateline's cities from one sentence (see `_drop_dateline`); whether it opens with one."""
    if not found:
        return False
    tokens = sentence.tokens
    dash = next((i for i in range(1, min(len(tokens), _DATELINE_REACH))
                 if tokens[i].text in DASHES and tokens[i].start > tokens[i - 1].end), None)
    if dash is None:
        return False
    while dash + 1 < len(tokens) and tokens[dash + 1].text in DASHES and tokens[dash + 1].start == tokens[dash].end:
        dash += 1  # "ПУТРАДЖАЯ, 28 июля (Синьхуа) -- Таиланд ...": a dash typed as two hyphens ends at the second
    inside = [m for m in found if m.token_start < dash]
    if not inside or any(m.kind not in _DATELINE_KINDS for m in inside) or (
            inside[0].token_start != 0 and not (tokens[0].text.isupper() and len(tokens[0].text) > 2)):
        return False  # (a city in capitals the dictionary does not know may open it: "PUTRAJAYA, 28 July (Xinhua)")
    after = {m.country for m in found if m.token_start > dash}
    if not any(dash < m.token_start <= dash + _SUBJECT_REACH and (
            m.token_start == dash + 1 or tokens[m.token_start - 1].text[:1].isupper()) for m in found) \
            and not all(m.country in after for m in inside):
        return True  # (the cities' states named again after the dash: "BEIRUT/JERUSALÉN - El alto el fuego entre
        # Israel y Hezbolá ...": the sentence names its parties itself)
    covered = {i for m in inside for i in range(m.token_start, m.token_end)}
    bracket = False
    for i in range(dash):
        text = tokens[i].text
        bracket = bracket or text == "("
        if not (i in covered or bracket or not text[:1].isalpha() or text[:1].isupper()
                or any(t.text.isdigit() for t in tokens[max(0, i - _DATE_REACH):i])):
            return False  # a lower-case word outside the brackets: a sentence, not a dateline (but "16 nov",
            # "27 de noviembre": a date's month after its day)
        bracket = bracket and text != ")"
    found[:] = [m for m in found if m.token_start >= dash]
    return True


def resolve_title(title: list[list[ActorMention]], body: list[list[ActorMention]]) -> None:
    """A title is read alone, but says what its article says: "Bruxelles saisit l'OMC" over an article that names
    the Commission and no Belgian actor is the EU, as the body's own "Bruxelles" is."""
    _seat_of_the_union(title + body)


def _seat_of_the_union(result: list[list[ActorMention]]) -> None:
    """'Bruxelles a infligé une amende', 'Brussels and Washington', 'reprochant à Bruxelles de ...': in an article
    that names the EU and no other Belgian actor, Brussels is the EU's seat, not Belgium's government."""
    brussels = [m for ms in result for m in ms if m.entry.startswith(_BRUSSELS)]
    if not brussels or not any(m.code == "EU" for ms in result for m in ms) or any(
            m.country == "BEL" and not m.entry.startswith(_BRUSSELS) for ms in result for m in ms):
        return
    for m in brussels:
        m.code, m.country, m.agent, m.kind = "EU", None, None, "organisation"
        m.note = "the seat of the EU, which the article names (no other Belgian actor)"


def _check_context(result: list[list[ActorMention]]) -> None:
    """Ambiguous surnames ('Kim', 'Sánchez') count only in articles that name their country."""
    from realpolitik.actors.compose import NEEDS_CONTEXT

    if not any(m.note.startswith(NEEDS_CONTEXT) for ms in result for m in ms):
        return  # no such surname (most articles): nothing to keep or drop
    named = {m.country for ms in result for m in ms if m.country and not m.note.startswith(NEEDS_CONTEXT)}
    for mentions in result:
        keep = []
        for m in mentions:
            if m.note.startswith(NEEDS_CONTEXT):
                if m.country not in named:
                    continue
                m.note = "surname alone, country named in the article" + m.note[len(NEEDS_CONTEXT):]
            keep.append(m)
        mentions[:] = keep


def find_in_text(text: str, lang: str, on: date | None = None,
                 extra_files: Sequence[str | Path] = ()) -> list[ActorMention]:
    """All mentions in a text (for `realpolitik actors TEXT`): split, recognise, flatten."""
    from realpolitik.actors.dictionary import load_dictionary
    from realpolitik.language import split_sentences

    sentences = split_sentences(text, lang)
    found = recognise_actors(sentences, lang, on, load_dictionary(extra_files))
    return [m for per_sentence in found for m in per_sentence]

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

from realpolitik.actors.datelines import drop_dateline
from realpolitik.actors.ethnic_groups import drop_ethnic_groups
from realpolitik.actors.group_places import place_groups
from realpolitik.actors.indefinite_members import drop_indefinite_members
from realpolitik.budget import checkpoint
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
    from realpolitik.actors.ministries import take_portfolios
    from realpolitik.actors.references import resolve_references
    from realpolitik.actors.shared_offices import home_offices
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
    take_portfolios(sentences, result, lang)
    _check_context(result)
    drop_dateline(sentences, result)
    drop_indefinite_members(sentences, result, lang)
    drop_ethnic_groups(sentences, result, lang)
    place_groups(sentences, result, lang)
    _seat_of_the_union(result)
    _shared_names(result)
    home_offices(result, lang)
    name_people_again(sentences, result, dic.version)
    resolve_references(sentences, result, lang, dic, bare)
    home_offices(result, lang, kind="reference")  # "the Department of Foreign Affairs" read as the state named last
    interview_speakers(sentences, result, lang)
    return result


_BRUSSELS = "capitals:BEL:"


def resolve_title(title: list[list[ActorMention]], body: list[list[ActorMention]]) -> None:
    """A title is read alone, but says what its article says: "Bruxelles saisit l'OMC" over an article that names
    the Commission and no Belgian actor is the EU, as the body's own "Bruxelles" is; "выборы в Конго" over an article
    that names Brazzaville and its president is the Republic of the Congo's vote, as the body's own "Конго" is."""
    _seat_of_the_union(title + body)
    _shared_names(title + body, change=title)


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


#: names two states share, by the state the dictionary reads them as: (the other state, the words of the shared name,
#: the words that make a name of the first state its own). "le Congo", "congolais", "Congolese" are the DR Congo's in
#: the dictionary, where most news names it; in an article that names Congo-Brazzaville (its capital, its president,
#: "Congo-Brazzaville") more often than the DR Congo by its own names ("RDC", "Kinshasa", Tshisekedi), they are
#: Brazzaville's (fresh59a-fr-001: "la confiance renouvelée du peuple congolais", "le Congo négocie avec le FMI", "le
#: président congolais"; the 3 studied articles that name Congo-Brazzaville at all name it more often than the DR
#: Congo, and the gold has Brazzaville for the shared word in each)
_SHARED_NAMES: dict[str, tuple[str, frozenset[str], frozenset[str]]] = {
    "COD": ("COG",
            frozenset({"congo", "congolais", "congolaise", "congolaises", "congolese", "kongo", "kongolesisch",
                       "kongolesische", "kongolesischen", "kongolesischer", "kongolesisches", "congoleño", "congoleña",
                       "congoleños", "congoleñas", "конго", "конголезский", "конголезская", "конголезские",
                       "конголезского", "конголезской", "конголезских", "конголезскому", "конголезским"}),
            frozenset({"démocratique", "democratic", "demokratische", "demokratischen", "democrática", "rd", "dr",
                       "rdc", "drc", "демократическая", "демократической", "демократическую", "дрк"})),
}


def _shared_names(result: list[list[ActorMention]], change: list[list[ActorMention]] | None = None) -> None:
    """A name two states share (`_SHARED_NAMES`) is the other state's in an article that names the other more
    often than the first by a name of the first's own; counted over `result`, changed in `change` (default: all)."""
    changed = {id(m) for ms in change for m in ms} if change is not None else None
    for first, (other, shared_words, own_words) in _SHARED_NAMES.items():
        shared, own, others = [], 0, 0
        for mentions in result:
            for m in mentions:
                if m.country == other:
                    others += 1
                elif m.country == first:
                    words = set(m.surface.lower().replace("-", " ").split())
                    if words & shared_words and not words & own_words:
                        shared.append(m)
                    else:
                        own += 1
        if not shared or others <= own:
            continue
        for m in shared if changed is None else [m for m in shared if id(m) in changed]:
            m.code, m.country = other + m.code[len(first):], other
            m.note = f"{m.surface!r}: the article names {other} more often than {first} by its own names"


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

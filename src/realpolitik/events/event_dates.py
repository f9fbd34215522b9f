"""The day an event is dated: a day told from an earlier sentence's day ("la veille"), and a plan's weekday.

Separate because dating reads the article's other sentences and the date expressions (language/dates.py), nothing
of the roles.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Final

from realpolitik.events.grammar import Grammar
from realpolitik.language.dates import STORY_SENTENCES, DateRef, on_story_day, story_day
from realpolitik.model import Sentence


def story_of(sentences: list[Sentence], position: int, lang: str, published: date | None) -> date | None:
    """The day the sentences before `position` last told of (language/dates.story_day)."""
    return story_day([s.text for s in sentences[max(0, position - STORY_SENTENCES):position]], lang, published)


def told_from_story(refs: list[DateRef], story: Callable[[], date | None] | None) -> list[DateRef]:
    """A sentence's dates, a day told from the article's day ("la veille", "накануне") counted from the day an
    earlier sentence names; the earlier sentences are read only where the sentence holds such a day."""
    if story is None or all(ref.story_offset is None for ref in refs):
        return refs
    day = story()
    return [on_story_day(ref, day) for ref in refs]


_ANNOUNCING: Final = ("commit", "report")  # the cue kinds of a word that tells when a plan was made known


def event_day(date_ref: DateRef, modality: str, sentence: Sentence, span: tuple[int, int],
              clause: tuple[int, int], forms: list[frozenset[str]], grammar: Grammar) -> date:
    """The day a date expression gives an event: a bare weekday is the coming one in a plan ("se reunirá el
    jueves"), the past one in a report ("met on Thursday")."""
    if modality == "plan" and date_ref.coming is not None \
            and _planned_day(date_ref, sentence, span, clause, forms, grammar):
        return date_ref.coming
    return date_ref.value


def _planned_day(date_ref: DateRef, sentence: Sentence, span: tuple[int, int], clause: tuple[int, int],
                 forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """Whether a plan's weekday is the day of the planned act ("se reunirá el jueves con", "В понедельник ...
    должен встретиться"), not the day it was made known ("anunciaron el jueves que firmarán", "agreed on
    Wednesday to sell", "met on Saturday to discuss"): the weekday stands in the act's clause, with no pledge or
    speech word between it and the act, nor just before it, and not right before an infinitive marker."""
    tokens = sentence.tokens
    at = next((i for i, t in enumerate(tokens) if t.start - sentence.start >= date_ref.char_start), len(tokens))
    if not clause[0] <= at < clause[1]:
        return False
    after = next((i for i, t in enumerate(tokens) if t.start - sentence.start >= date_ref.char_end), len(tokens))
    if after < span[0] and grammar.infinitive_marker in forms[after]:
        return False  # "met the envoys on Friday to discuss": the day of the verb the purpose follows
    between = range(min(at + 1, span[1]), max(at, span[0]))
    announcing = frozenset().union(*(grammar.modality.get(kind, frozenset()) for kind in _ANNOUNCING))
    return all(forms[i].isdisjoint(announcing) for i in (*between, *range(max(clause[0], at - 3), at)))

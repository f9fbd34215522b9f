"""Where a subject stands for the confidence when a phrase set off by commas parts it from its verb.

"The African Union, whose mediator is Togo's president, welcomed the agreement", "Australia, which is no member
either, has pledged aid", "The United States and Britain, with support from Australia and Canada, conducted strikes":
the subject is the verb's own; the relative clause, apposition or phrase between the commas only interrupts it. The
role finder reads it right, but measured from its own place the subject looks far off, outside the verb's clause
(the relative clause cuts one) and borrowed, as a subject shared with an earlier verb is ("Oslo hosts the talks,
and has mediated ..."), the study sets' least precise path: three costs that put such events below the threshold.
It attaches where the insertion closes, as a pronoun subject attaches where the pronoun stands (assembly).

Separate because it reads only commas and the words right around them, for the confidence alone: which actor is the
source stays the role finder's question.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from realpolitik.model import ActorMention, Token

_AFTER_CLOSE: Final = 2  # words between the closing comma and the verb: an auxiliary, an adverb ("has also")
_BEFORE_OPEN: Final = 3  # words between the subject named and the opening comma: the rest of its list ("and Britain")
_BRACKETED: Final = 3  # words a bracket may hold and still be a name: an acronym, "SICA", "Naciones Unidas"


def subject_across_insertion(source: ActorMention, target: ActorMention | None, span: tuple[int, int],
                             clause: tuple[int, int], forms: list[frozenset[str]], tokens: list[Token],
                             coordination: frozenset[str],
                             openers: frozenset[str] = frozenset()) -> ActorMention | None:
    """The source as it attaches after an insertion between commas that parts it from the trigger, or None.

    The trigger stands at most two words after a comma that closes the insertion, with no coordinating word
    between (", and has mediated" is a second verb that shares an earlier verb's subject, not the same verb); the
    source stands right before the comma that opens it, or is a list's member whose rest follows it there ("the
    United States and Britain, with ..."), and that comma comes before the closing one; a comma between them only
    lists names ("with support from Australia, Bahrain, Canada, and the Netherlands"). Not where the target stands
    between the source and the trigger: one named inside the insertion is its own clause's ("Iran, which fired
    missiles after U.S. strikes, condemned the attack"), one in the source's list a partner of it ("relations of
    Moscow and Yerevan, which ..."), and the verb's roles are then the role finder's guess, not a plain subject's.
    Where the language gives `openers` (its relative pronouns), the insertion must open with one of them."""
    start = span[0]
    if source.token_start < 0 or source.token_end > start or clause[0] > start:
        return None
    if target is not None and source.token_start <= target.token_start < start:
        return None
    close = next((i for i in range(start - 1, max(source.token_end, start - _AFTER_CLOSE - 1) - 1, -1)
                  if "," in forms[i]), None)
    if close is None or any(forms[i] & coordination for i in range(close + 1, start)):
        return None
    opening = next((i for i in range(source.token_end, close) if "," in forms[i]), None)
    if opening is None or opening - source.token_end > _BEFORE_OPEN:
        return None
    if opening > source.token_end and not any(forms[i] & coordination for i in range(source.token_end, opening)) \
            and not _short_brackets(forms, source.token_end, opening):
        return None  # "Oslo hosts talks, ...": words of its own between the subject and the comma
    if openers and not forms[opening + 1] & openers:
        return None  # "El bloque, fundado por Brasil, ...,": an apposition or participle phrase, no relative clause
    if any(forms[i] & {";", ":", "—", "–"} for i in range(opening, close)) or not _brackets_closed(forms, opening,
                                                                                                    close):
        return None
    if not all(_lists_on(forms, tokens, i, coordination) for i in range(opening + 1, close) if "," in forms[i]):
        return None  # "Belarus, Russia's ally, will receive ..., Lukashenko said, dismissing": clauses, no phrase
    at = max(close + 1, clause[0])
    return replace(source, token_start=at, token_end=at)


def _short_brackets(forms: list[frozenset[str]], start: int, end: int) -> bool:
    """Whether the words from `start` to `end` are one bracketed name and nothing else: the acronym after a body's
    name ("La Organización de los Estados Americanos (OEA), que ...", "the African Union (AU), which ...")."""
    return end - start >= 3 and "(" in forms[start] and ")" in forms[end - 1] and end - start - 2 <= _BRACKETED


def _brackets_closed(forms: list[frozenset[str]], start: int, end: int) -> bool:
    """Whether every bracket between `start` and `end` closes within them and holds a short name only ("que
    ejerce la presidencia del Sistema de la Integración Centroamericana (SICA)"): a longer bracket, or one left
    open, holds a clause of its own."""
    at = start
    while at < end:
        if ")" in forms[at]:
            return False
        if "(" in forms[at]:
            shut = next((i for i in range(at + 1, min(end, at + _BRACKETED + 2)) if ")" in forms[i]), None)
            if shut is None or any("(" in forms[i] for i in range(at + 1, shut)):
                return False
            at = shut
        at += 1
    return True


def _lists_on(forms: list[frozenset[str]], tokens: list[Token], comma: int, coordination: frozenset[str]) -> bool:
    """A comma inside the insertion that goes on with a list: a name (a capital) or "and" right after it."""
    after = comma + 1
    return after < len(tokens) and (tokens[after].text[:1].isupper() or bool(forms[after] & coordination))

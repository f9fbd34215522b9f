"""Interviews told in turns whose labels name the speaker as written ("Maia Sandu : Nous avons expulsé ...", "RTS :
Pourquoi ?"; actors/interview.py reads dialogue dashes and labels in capitals, with the guest from the lead): the
interviewee speaks of her state in the first person ("nous", "nos diplomates", "notre territoire"), which names no one
by itself. Where a turn opens with a label that names a person the article knows as a state's office holder, her
first-person words up to the next label stand for that state; an interviewer's turn (a label naming no person: the
outlet, "Question") stands for no one. A label of initials ("T. L. :") is the person whose initials they are."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial

from realpolitik.language.role_words import RoleWords, role_words
from realpolitik.language.tokens import APOSTROPHES
from realpolitik.model import ActorMention, Sentence, Token

_LABEL_REACH = 6  # "Le Courrier du Vietnam :", "Theresa Lazaro :": the words a turn's label takes before its colon
_PERSON_KINDS = frozenset({"leader"})
ENTRY = "interview:labelled_turn"
_CLITICS = frozenset({"ne", "y", "en"})  # between a subject pronoun and its verb, beside the object clitics


def interview_speakers(sentences: list[Sentence], result: list[list[ActorMention]], lang: str) -> None:
    """Add, in place, a mention of the interviewee's state for each first-person word in her turns."""
    words = role_words(lang)
    if not words.voice:
        return
    speaker: ActorMention | None = None
    people: list[ActorMention] = []
    for sentence, mentions in zip(sentences, result, strict=True):
        colon = _label_end(sentence.tokens)
        if colon is not None:
            speaker = _label_speaker(sentence.tokens, mentions, colon, people)
        people += [m for m in mentions if m.kind in _PERSON_KINDS and m.country]
        if speaker is None:
            continue
        add_first_person(mentions, sentence.tokens[colon + 1 if colon is not None else 0:],
                         partial(_turn_word, speaker=speaker, tokens=sentence.tokens, words=words))


def add_first_person(mentions: list[ActorMention], tokens: list[Token],
                     mention_for: Callable[[Token], ActorMention | None]) -> None:
    """Add, in place and in token order, the mention `mention_for` makes of each first-person word of `tokens`
    that no actor mention holds yet (a labelled turn's words here, an interview answer's in actors/interview.py)."""
    taken = {i for m in mentions for i in range(m.token_start, m.token_end)}
    added = [m for t in tokens if t.index not in taken and (m := mention_for(t)) is not None]
    if added:
        mentions[:] = sorted(mentions + added, key=lambda m: m.token_start)


def _turn_word(token: Token, speaker: ActorMention, tokens: list[Token], words: RoleWords) -> ActorMention | None:
    """The speaker's mention for a first-person word of her turn that speaks for her."""
    if token.text.lower() not in words.voice or not _speaks(tokens, token.index, words):
        return None
    return _first_person(token, speaker)


def _speaks(tokens: list[Token], i: int, words: RoleWords) -> bool:
    """A subject pronoun ("nous") takes a verb of its own person, after its clitics ("nous l'avons exigé", "nous
    n'avons"); before another verb it is an object ("Moscou nous menace") and left to the coder's context. Object
    and possessive forms always count."""
    if tokens[i].text.lower() not in words.first_person or not words.first_person_verb_endings:
        return True
    j = i + 1
    while j < len(tokens) and (tokens[j].text.lower() in words.object_clitics | _CLITICS
                               or tokens[j].text.endswith(APOSTROPHES)):
        j += 1
    return j < len(tokens) and tokens[j].text.lower().endswith(tuple(words.first_person_verb_endings))


def _label_end(tokens: list[Token]) -> int | None:
    """The index of the colon that closes a turn's label at the sentence's start ("Maia Sandu :"), or None: a
    capitalised first word, words or initials up to the colon, and words after it."""
    colon = next((t.index for t in tokens[:_LABEL_REACH + 1] if t.text == ":"), None)
    if colon is None or colon == 0 or colon + 1 >= len(tokens) or not tokens[0].text[:1].isupper():
        return None
    if not all(t.text[:1].isalpha() or t.text in (".", "'", "’", "-") for t in tokens[:colon]):
        return None
    return colon


def _label_speaker(tokens: list[Token], mentions: list[ActorMention], colon: int,
                   people: list[ActorMention]) -> ActorMention | None:
    """The office holder a turn's label names: a person named in it, or the person named before whose initials
    it writes ("T. L." for Theresa Lazaro); None for an interviewer's label (an outlet, "Question")."""
    named = next((m for m in mentions if m.token_end <= colon and m.kind in _PERSON_KINDS and m.country), None)
    if named is not None:
        return named
    letters = [t.text for t in tokens[:colon] if t.text[:1].isalpha()]
    if not letters or not all(len(w) == 1 and w.isupper() for w in letters):
        return None
    initials = "".join(letters)
    return next((p for p in reversed(people) if _initials(p.surface).endswith(initials)), None)


def _initials(surface: str) -> str:
    """The initials of the capitalised words of a name ("présidente moldave Maia Sandu" → "MS")."""
    return "".join(w[0] for w in surface.replace("-", " ").split() if w[:1].isupper())


def _first_person(token: Token, speaker: ActorMention) -> ActorMention:
    return replace(speaker, surface=token.text, start=token.start, end=token.end, token_start=token.index,
                   token_end=token.index + 1, entry=ENTRY, genitive=False,
                   note=f"the interviewee's first person: {speaker.surface} ({speaker.code})")

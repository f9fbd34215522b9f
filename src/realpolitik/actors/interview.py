"""The interviewee's "we": in an interview's answers the first person speaks for the interviewee's state.

Why: an interview prints no quotation marks and names no speaker inside an answer, so the quoted speaker who says
"we" elsewhere is missing there. Dialogue dashes and labels in capitals ("— Мы в тот же день вызвали временного
поверенного России", "ДЖАЛАЛИ: Наши ракеты ...") mark the turns, and the interviewee is named once, in the title
("Глава МИД Эстонии Маргус Цахкна — в интервью ...") or in the lead before the first question: the answers (every
second dash, the labels other than the first, the interviewer's) are that guest's. The first-person words of the
answers (the role words' `voice`, as for labelled turns) become references to the guest's state. Turns whose
labels name their speaker as written ("Stubb: ...", "Maia Sandu : Nous ...") are read earlier, with the actors
(actors/turns.py).
"""

from __future__ import annotations

import re

from realpolitik.actors.turns import add_first_person
from realpolitik.language.role_words import role_words
from realpolitik.model import ActorMention, Sentence, Token

INTERVIEWEE = "references:interviewee"  # the entry of an answer's "we", "our", "I"
# a dialogue dash opens a turn at the start of a line or right after a sentence's end ("... договориться? — Мы ...");
# Spanish sets the dash right before the turn's first word ("—¿Cómo está ...?", "—Declaramos persona non grata ...")
DASH_TURN = re.compile(r"(?m)(?:^[ \t]*|(?<=[.?!…»]) )[—–](?: |(?=[¿¡«\"A-ZÁÉÍÓÚÑ]))")
# a speaker's label in capitals opens a line: "ВЕДУЩИЙ:", "ДЖАЛАЛИ:", "Q:"
LABEL_TURN = re.compile(r"(?m)^[ \t]*([A-ZА-ЯЁÄÖÜÉÈÁÍÓÚÑ][A-ZА-ЯЁÄÖÜÉÈÁÍÓÚÑ .'-]{0,30}):[ \t]")
# the letter labels of the Spanish and English press, which print each turn as a paragraph opened by "P." or "R."
# ("Q." / "A."; "Pregunta." / "Respuesta."): the question's label and the answer's differ, so the answers are known
_LETTER_TURN = re.compile(r"[ \t]*(P|R|Q|A|Pregunta|Respuesta|PREGUNTA|RESPUESTA)\.-?[ \t]")
_ANSWER_LETTERS = frozenset({"R", "A", "Respuesta", "RESPUESTA"})
_MIN_ANSWERS = 2  # one dash or label alone is a quotation or a heading, not an interview
_GUEST_KINDS = frozenset({"leader", "agent"})  # a person or an office: who can be interviewed


def speak_for_interviewee(text: str, sentences: list[Sentence], mentions: list[list[ActorMention]],
                          title: list[list[ActorMention]], lang: str) -> dict[int, ActorMention]:
    """Add, in place, a reference to the guest's state for each first-person word of an answer. Return the guest
    by the index of each sentence of an answer: where the language drops the pronoun ("CS: Rechazamos cualquier
    injerencia ..."), no word stands for her, and a first-person verb there has her as its subject
    (events/coder.code_sentences), not the actor the interviewer's question named last."""
    voice = role_words(lang).voice
    if not voice:
        return {}
    answers = answer_spans(text)
    speaker = _guest(sentences, mentions, title, answers[0][0]) if answers else None
    if speaker is None or speaker.country is None:
        return {}
    country = speaker.country
    answered: dict[int, ActorMention] = {}

    def guest_word(token: Token) -> ActorMention | None:
        agent = voice.get(token.text.lower())
        if agent is None:
            return None
        return ActorMention(
            code=country + agent, surface=token.text, start=token.start, end=token.end, token_start=token.index,
            token_end=token.index + 1, country=country, agent=agent or None, kind="reference", entry=INTERVIEWEE,
            dictionary_version=speaker.dictionary_version, note=f"the interviewee, {speaker.surface!r}")

    for k, (sentence, found) in enumerate(zip(sentences, mentions, strict=True)):
        if any(start <= sentence.start < end for start, end in answers):
            add_first_person(found, sentence.tokens, guest_word)
            answered[k] = speaker
    return answered


def _guest(sentences: list[Sentence], mentions: list[list[ActorMention]], title: list[list[ActorMention]],
           first_answer: int) -> ActorMention | None:
    """The interviewee: the first person or office with a country named in the title or the lead."""
    lead = [m for sentence, found in zip(sentences, mentions, strict=True) if sentence.start < first_answer - 1
            for m in found]
    named = [*(m for found in title for m in found), *lead]
    return next((m for m in named if m.kind in _GUEST_KINDS and m.country), None)


def answer_spans(text: str) -> list[tuple[int, int]]:
    """The character spans of an interview's answers, in order; none where the text is no interview."""
    dashes = dash_turns(text)
    if len(dashes) >= 2 * _MIN_ANSWERS:
        # the interviewer asks first, and question and answer alternate
        spans = [(start, _turn_end(text, start, dashes[k + 1] if k + 1 < len(dashes) else len(text)))
                 for k, start in enumerate(dashes)]
        return spans[1::2]
    letters = _letter_turns(text)
    if letters:
        return letters
    labels = [(m.start(), m.group(1).strip()) for m in label_turns(text)]
    if len(labels) < 2 * _MIN_ANSWERS:
        return []
    host = labels[0][1]
    spans = [(start, _turn_end(text, start, labels[k + 1][0] if k + 1 < len(labels) else len(text)))
             for k, (start, name) in enumerate(labels) if name != host]
    return spans if len(spans) >= _MIN_ANSWERS and len(spans) < len(labels) else []


def _letter_turns(text: str) -> list[tuple[int, int]]:
    """The answers of an interview whose turns open with "P." and "R." (or "Q." and "A."): at least two of each, the
    answers the turns whose letter is an answer's; none otherwise. An answer runs to the next turn, over its own
    paragraphs; the last one to the end of its line. The pattern is tried at line starts only (`label_turns`)."""
    turns = []
    start = 0
    while start >= 0:
        match = _LETTER_TURN.match(text, start)
        if match is not None:
            turns.append((match.start(), match.group(1) in _ANSWER_LETTERS))
        start = text.find("\n", start)
        start = start + 1 if start >= 0 else start
    answers = sum(1 for _, answer in turns if answer)
    if answers < _MIN_ANSWERS or len(turns) - answers < _MIN_ANSWERS:
        return []
    ends = [start for start, _ in turns[1:]] + [_turn_end(text, turns[-1][0], len(text))]
    return [(start, end) for (start, answer), end in zip(turns, ends, strict=True) if answer]


def dash_turns(text: str) -> list[int]:
    """Where `DASH_TURN` matches: each match holds one of the two dashes, so a text without either (most) has
    none, and the pattern is not tried at its every character."""
    return [m.start() for m in DASH_TURN.finditer(text)] if "—" in text or "–" in text else []


def label_turns(text: str) -> list[re.Match[str]]:
    """`LABEL_TURN.finditer(text)`, the pattern tried at the start of each line only: a label opens its line
    and ends on it. (Tried at every character, as `finditer` does, the two patterns cost half a million
    instructions an article: a pattern that opens with `^` or a lookbehind gives the engine no first character
    to skip to.)"""
    found = []
    start = 0
    while start >= 0:
        match = LABEL_TURN.match(text, start)
        if match is not None:
            found.append(match)
        start = text.find("\n", start)
        start = start + 1 if start >= 0 else start
    return found


def _turn_end(text: str, start: int, following: int) -> int:
    """A turn ends where the next one starts or with its paragraph."""
    line_end = text.find("\n", start)
    return following if line_end < 0 else min(following, line_end)

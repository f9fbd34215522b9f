"""A reaction told by reference to another's words: "En términos parecidos se pronunció México".

Why: news lists reactions, and after the first one it often tells the next by saying it was the same ("En la misma
línea se pronunciaron Colombia y Chile", "Nicaragua se sumó con un mensaje en términos similares", "Ähnlich äußerte
sich der türkische Außenminister", "С аналогичным призывом выступил МИД КНР"). The sentence names no act of its own,
so no rule fires on it; what it says is that its subject said what the last speaker said. Unlike "hizo lo mismo"
(article_phrases.same_act), which repeats one act, the words repeated are all the last speaker's verdicts, appeals,
praise, rejections and threats of the sentence that told them: "expresó su preocupación ... y llamó a Quito y
Bogotá al diálogo. En términos parecidos se pronunció México" is a criticism and two appeals by Mexico. The phrases
are the language's `same_words_phrases` (data/rules/roles/<lang>.yaml), matched by word or lemma.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from realpolitik.codes import party
from realpolitik.events.article import CONTEXT_CHARS
from realpolitik.events.article_phrases import listed_with, phrases_at, subject_before
from realpolitik.model import ActorMention, Event

# the acts made in words, which "in similar terms" can repeat (a sanction, a visit or a strike is no statement)
SAID: Final = frozenset({"ACCUSE", "REQUEST", "SUPPORT", "REJECT", "THREATEN"})
_AFTER: Final = 4  # words between the phrase and a subject after it: "se pronunciaron los gobiernos de"


def _speakers(sentence, mentions: list[ActorMention], span: tuple[int, int], stops: frozenset[str],
              joiners: frozenset[str]) -> list[ActorMention]:
    """Who said the same: the subject before the phrase in its clause ("Nicaragua se sumó ... en términos
    similares": no comma and no preposition before it), else the one right after the phrase and its verb, with the
    names listed after it ("En la misma línea se pronunciaron Colombia, Chile y España")."""
    tokens = sentence.tokens
    start, end = span
    subject = subject_before(mentions, tokens, start, stops, reach=None)
    if subject is not None:
        return [subject]
    after = next((m for m in mentions if end <= m.token_start <= end + _AFTER
                  and not any(t.text == "," for t in tokens[end:m.token_start])), None)
    return [after, *listed_with(after, mentions, tokens, joiners, forward=True)] if after is not None else []


def same_words(sentence, mentions: list[ActorMention], phrases: tuple[tuple[str, ...], ...], stops: frozenset[str],
               joiners: frozenset[str], events: list[Event]) -> list[Event]:
    """The acts in words of the latest speaker told before the sentence (within CONTEXT_CHARS), once more for each
    actor the sentence says spoke in similar terms, with that actor as their source; none where the phrase is not
    there, names no speaker, or the latest speaker is that actor itself."""
    if not phrases or not mentions:
        return []
    tokens = sentence.tokens
    at = phrases_at(tokens, phrases, lemma_ends=True)
    if not at:
        return []
    span = (at[0][0], at[0][0] + len(at[0][1]))
    speakers = _speakers(sentence, mentions, span, stops, joiners)
    if not speakers:
        return []
    said = [e for e in events if e.factual and e.plover in SAID and e.source and e.target
            and e.evidence_end <= sentence.start and sentence.start - e.evidence_start < CONTEXT_CHARS]
    if not said:
        return []
    latest = max(e.evidence_start for e in said)
    speaker = party(next(e.source for e in said if e.evidence_start == latest) or "")
    told = [e for e in said if e.evidence_start == latest and party(e.source or "") == speaker]
    found: list[Event] = []
    for m in speakers:
        me = party(m.code)
        if me == speaker:
            continue
        for e in told:
            if party(e.target or "") == me or any((f.source, f.target, f.plover, f.negated)
                                                   == (m.code, e.target, e.plover, e.negated) for f in found):
                continue
            found.append(replace(e, source=m.code, source_text=m.surface, source_entry=m.entry,
                                 evidence=sentence.text, evidence_start=sentence.start, evidence_end=sentence.end,
                                 trigger_start=tokens[span[0]].start, trigger_end=tokens[span[1] - 1].end))
    return found

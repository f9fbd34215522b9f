"""Yes/no questions: the act a sentence asks about is not told as done.

Analyses, interviews and explainers ask ("Will Washington impose tariffs on China?", "Q: Did London pressure you
to accept the base?", "Is Russia preparing an attack?"): the act is open, as under "whether". A question opened by
a question word ("Why did Nepal sign the deal?") takes its act for given and stays a fact.

Separate because it reads the shape of the whole sentence (its opening auxiliary and its closing mark), not the
words around the trigger that `modality` weighs.
"""

from __future__ import annotations

from typing import Final

from realpolitik.model import Token

# a label before the question ("Q:", "QUESTION:", "Interviewer:"): its colon stands among the first tokens
_LABEL_REACH: Final = 3
_QUESTION_MARKS: Final = frozenset({"?", "¿?"})


def _closing(tokens: list[Token]) -> int:
    """The index of the sentence's last token that is not a closing quote or bracket (-1 where there is none)."""
    last = len(tokens) - 1
    while last >= 0 and not any(ch.isalnum() or ch == "?" for ch in tokens[last].text):
        last -= 1
    return last


def _opening(tokens: list[Token], last: int) -> int:
    """The index of the sentence's first word, after a label ending in a colon and any quote, dash or bullet."""
    first = next((i + 1 for i in range(min(_LABEL_REACH, last)) if tokens[i].text == ":"), 0)
    while first < last and not tokens[first].text[:1].isalpha():
        first += 1
    return first


def asks(tokens: list[Token], openers: frozenset[str], question_words: frozenset[str] = frozenset()) -> bool:
    """The sentence is a yes/no question: it closes with a question mark and opens with one of `openers` (the
    language's auxiliaries that open one: "will", "did", "is" ...; the grammar's "asked" cues). Spanish opens every
    question with its own mark ("¿Expulsará Lima a la embajadora?", "CNN: ¿Firmaron algo nuevo?"), listed among its
    openers: a question so opened asks unless one of `question_words` stands in its first two words ("¿Qué pidió
    Washington?", "¿Y por qué firmó?"), which takes the act for given as "Why did Nepal sign?" does."""
    if not openers or len(tokens) < 3:
        return False
    last = _closing(tokens)
    if last < 2 or tokens[last].text not in _QUESTION_MARKS:
        return False
    first = _opening(tokens, last)
    if any(t.text in openers for t in tokens[:first]):  # "¿": the mark opens the question
        return not any(t.text.lower() in question_words for t in tokens[first:first + 2])
    return tokens[first].text.lower() in openers


# the marks that open a clause before its first word: the sentence's start, a comma, a colon, a dash, a quote
_CLAUSE_MARKS: Final = frozenset({",", ":", ";", "—", "–", "-", "«", "\"", "(", "?", "!"})


def particle_question(tokens: list[Token], trigger: tuple[int, int], particles: frozenset[str],
                      conjunctions: frozenset[str]) -> bool:
    """A question particle (the grammar's `particles`: Russian "ли") right after the first word of the trigger's
    clause, before the trigger's end or right after it: the clause asks whether the act happens, directly ("Будет
    ли Иран сотрудничать с МАГАТЭ?", "Продолжает ли Россия помогать КНДР?") or inside another clause ("не стали
    уточнять, идет ли речь о поставках оружия", "пока неясно, состоится ли встреча"). The token must be the
    lower-case particle itself (the name "Ли Цян" is no particle), and no clause mark may stand between it and the
    trigger."""
    if not particles:
        return False
    for i in range(1, min(trigger[1] + 1, len(tokens))):
        if tokens[i].text not in particles or not tokens[i - 1].text[:1].isalpha():
            continue
        opener = tokens[i - 2].text if i >= 2 else ","
        if (opener in _CLAUSE_MARKS or opener.lower() in conjunctions) \
                and not any(tokens[k].text in _CLAUSE_MARKS for k in range(i + 1, trigger[0])):
            return True
    return False

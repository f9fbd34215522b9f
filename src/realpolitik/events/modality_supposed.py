"""Whether the act is only supposed: a counterfactual clause, a supposed case ("in case of"), a
condition clause ("if"), a supposition or an open question over a speech act or an act.
"""

from __future__ import annotations

from typing import Final

from realpolitik.events.grammar import Grammar, absent
from realpolitik.events.modality_cues import cue_in, without
from realpolitik.events.modality_scope import committed
from realpolitik.events.modality_tense import decided_words
from realpolitik.language.tokens import CLAUSE_STOPS, PHRASE_BREAKS, QUOTE_MARKS


def counterfactual_clause(forms: list[frozenset[str]], trigger: tuple[int, int], words: frozenset[str]) -> bool:
    """The trigger's clause opens with a subjunctive verb of `words` ("Hätte Panama sich verweigert, hätte Trump Zölle
    verhängt", "Wäre Russland nicht einmarschiert, ..."): a condition contrary to fact, its consequence or a
    question, in which nothing happened. Only first in the clause (at the sentence's start or after a comma or
    colon): reported speech puts the subject before the same verb ("Kiew sagte, Moskau hätte ... angegriffen")."""
    if not words or trigger[0] >= len(forms):
        return False
    i = trigger[0] - 1
    while i >= 0 and not forms[i] & PHRASE_BREAKS:
        i -= 1
    start = i + 1
    while start < trigger[0] and forms[start] & QUOTE_MARKS:
        start += 1
    return start < trigger[0] and bool(forms[start] & words)


def supposed_case(forms: list[frozenset[str]], before: tuple[int, int], grammar: Grammar,
                   vocabulary: frozenset[str] | None) -> bool:
    """A phrase opening a supposed case ("in case of", "en caso de", "в случае нападения") stands in the stretch
    `before` the trigger: the act is that case or what is promised for it. Only before: an act the phrase follows
    ("sagten einander Hilfe im Fall eines Angriffs zu") is what was agreed."""
    cues = grammar.modality.get("condition", frozenset())
    return bool(cues) and not absent(cues, vocabulary) and cue_in(forms, *before, cues)


_CONDITION_REACH: Final = 8  # "if both sides ask", "если об этом попросят": words from the condition's word to its verb


def in_condition(forms: list[frozenset[str]], trigger: tuple[int, int], grammar: Grammar) -> bool:
    """The trigger stands in a condition clause: its word ("if", "если", "wenn", "si") opens the stretch before it,
    at most `_CONDITION_REACH` words back, with none of the CLAUSE_STOPS between ("would mediate if both sides asked",
    "si les deux parties le demandent"). A demand or a threat the condition names is supposed; one made before or
    after the condition ("threatened tariffs if ...") stands outside it."""
    words = grammar.roles.conditions
    start = max(0, trigger[0] - _CONDITION_REACH)
    # (the clause's end is looked for up to the trigger only: past it, where it ends does not matter)
    while (clause := condition_clause(forms, words, CLAUSE_STOPS, start, trigger[0], trigger[0] + 1)) is not None:
        if clause[1] >= trigger[0]:
            return True
        start = clause[1] + 1
    return False


# What closes a condition clause read forward to find whom it names ("if Japan goes on, ..."): a comma or a
# semicolon. The trigger test above stops at any of the CLAUSE_STOPS (a colon or a dash too): a demand quoted after
# "if asked:" stands outside the condition.
CLAUSE_ENDS: Final = frozenset({",", ";"})


def clause_end(forms: list[frozenset[str]], opener: int, stops: frozenset[str] = CLAUSE_ENDS,
               limit: int | None = None) -> int:
    """Where the clause that opens at `opener` closes: the first stop after it (the sentence's end if none), or
    `limit` where no stop comes before it (a caller that needs to know only whether the clause reaches so far)."""
    end = len(forms) if limit is None else min(limit, len(forms))
    return next((i for i in range(opener + 1, end) if forms[i] & stops), end)


def condition_clause(forms: list[frozenset[str]], words: frozenset[str], stops: frozenset[str], start: int = 0,
                     stop: int | None = None, limit: int | None = None) -> tuple[int, int] | None:
    """The first condition clause whose word (one of `words`: "if", "si", "wenn", "если") stands in
    forms[start:stop]: (the word's index, the index of the first stop after it, or `limit` where none comes before
    it: see clause_end). One reading for the coder's conditional threats and the modality's conditional speech acts;
    None where no such word is there."""
    if not words:
        return None
    for c in range(start, len(forms) if stop is None else stop):
        if forms[c] & words:
            return c, clause_end(forms, c, stops, limit)
    return None


def supposed_speech_act(forms: list[frozenset[str]], spans: list[tuple[int, int]], plover: str,
                         grammar: Grammar) -> str | None:
    """"hypothetical" or "plan" where a modal verb of supposition ("could", "würde", "podría", "может"; not the
    subordinator "if") or a plan or commitment cue governs a demand verb, or a commitment cue and a negation
    govern a threat verb; else None."""
    commit = grammar.modality.get("commit", frozenset())
    if plover == "THREATEN":
        pledged = any(cue_in(forms, start, end, commit) and cue_in(forms, start, end, grammar.negation)
                      for start, end in spans)
        return "plan" if pledged else None
    supposed = grammar.modality.get("hypothetical", frozenset()) - grammar.subordinators
    planned = grammar.modality.get("plan", frozenset())
    for modality, cues in (("hypothetical", supposed), ("plan", planned)):
        if any(cue_in(forms, start, end, cues) for start, end in spans):
            return modality
    # a commitment governs the demand only through its infinitive ("vowed to seek a vote"), not across a verb of
    # its own ("a promis une riposte ferme et a saisi le Conseil": the seizing was done)
    if any(committed(forms, start, end, end, commit, grammar) for start, end in spans):
        return "plan"
    return None


def supposed_act(forms: list[frozenset[str]], spans: list[tuple[int, int]], grammar: Grammar) -> bool:
    """A modal verb of supposition ("könnte", "würde"; not the subordinator "wenn") or the subordinator of an open
    question ("ob") governs an act whose rule keeps its own modality."""
    cues = without(grammar.modality.get("hypothetical", frozenset()) - grammar.subordinators,
                    decided_words(grammar.modality.get("decided", frozenset()))) \
        | grammar.modality.get("question", frozenset())  # not "said it would expel": an announced decision
    return bool(cues) and any(cue_in(forms, start, end, cues) for start, end in spans)

"""Infinitive clauses and the future: a German "zu" infinitive clause (`is_infinitive_clause`,
`fused_infinitive`), a future auxiliary that is no passive (`future_auxiliary`, `future_not_passive`), and an
infinitive under a refusal verb or noun, whose act is refused (`after_refusal`, `under_refusal_noun`).
"""

from __future__ import annotations

from typing import Final

from realpolitik.events.grammar import Grammar
from realpolitik.language.infinitives import GERMAN_INFINITIVE_ENDINGS
from realpolitik.language.tokens import CLAUSE_STOPS


def future_auxiliary(form: frozenset[str], grammar: Grammar) -> bool:
    """A future auxiliary, not a past form of its verb: "wurde" (lemma "werden") is a passive, so "wurde von Vučić
    empfangen" is a reception, not a planned one (a strong participle ends like an infinitive). The past forms are
    the passive auxiliaries that are no future auxiliary."""
    return bool(form & grammar.future_auxiliaries) and not form & (grammar.passive_auxiliaries
                                                                 - grammar.future_auxiliaries)


def future_not_passive(forms: list[frozenset[str]], clause: tuple[int, int], grammar: Grammar) -> bool:
    """German "Polen wird drei Diplomaten ausweisen": "wird" before a bare infinitive that closes the clause is the
    future, not a passive ("wird ... ausgewiesen"; "wird angegriffen werden" stays one). Only with a future form:
    "Macron wurde von Xi empfangen" is a past passive whose participle looks like an infinitive."""
    if not grammar.verb_final or not grammar.future_auxiliaries:
        return False
    # the auxiliary's own part of the clause: "Der Minister kündigte an, Paris werde zwölf Diplomaten ausweisen"
    # (a comma and no subordinator: one clause) closes in the infinitive after "werde", not in the particle "an"
    aux = next((i for i in range(*clause) if future_auxiliary(forms[i], grammar)), None)
    if aux is None:
        return False
    last = None
    for i in range(aux, clause[1]):
        if "," in forms[i]:
            break
        if any(f[:1].isalpha() for f in forms[i]):
            last = forms[i]
    return last is not None and len(last) == 1 and not last & grammar.passive_auxiliaries \
        and next(iter(last)).endswith(GERMAN_INFINITIVE_ENDINGS)


def is_infinitive_clause(forms: list[frozenset[str]], clause: tuple[int, int], grammar: Grammar) -> bool:
    """German ", die Sanktionen gegen Nordkorea zu beenden", ", den Iran anzugreifen": no subject of its own."""
    marker = grammar.infinitive_marker
    if not marker or not grammar.verb_final or clause[0] == 0 or "," not in forms[clause[0] - 1]:
        return False
    end = clause[1] - 1
    while end > clause[0] and not any(f[:1].isalnum() for f in forms[end]):
        end -= 1
    if any("," in forms[i] and any(f.isalpha() and f.islower() for f in forms[i - 1])
           and not forms[i - 1] & grammar.determiners for i in range(clause[0] + 1, end)):
        return False  # "Nachdem ..., gab Kolumbien bekannt, seinen Botschafter abzuziehen": a main clause holds it
    return end - 1 >= clause[0] and marker in forms[end - 1] or any(
        fused_infinitive(f, marker, grammar.separable_particles) for f in forms[end])


def fused_infinitive(word: str, marker: str, particles: frozenset[str]) -> bool:
    """"anzugreifen", "mitzutragen", "abzuziehen": a particle verb takes its "zu" inside; so do infinitives in -ern
    and -eln ("auszuliefern", "auszuhandeln"), which end in "n" but not in "en"."""
    return word.isalpha() and word.endswith(GERMAN_INFINITIVE_ENDINGS) and any(
        word.startswith(p + marker) and len(word) > len(p) + len(marker) + 3 for p in particles)


def after_refusal(forms: list[frozenset[str]], clause: tuple[int, int], grammar: Grammar,
                  refusals: frozenset[str] | None = None) -> bool:
    """", das Abkommen zu unterzeichnen" after "weigerte sich" or "lehnte es ab": the infinitive's act is
    refused, so it did not happen (EVAL.md: the refusal is a REJECT of its own, the act is negated).
    `refusals`: other words of refusal than the verbs (the nouns, "die Weigerung Russlands, ... zu verhandeln")."""
    words = grammar.refusals if refusals is None else refusals
    if not words or not is_infinitive_clause(forms, clause, grammar):
        return False
    i = clause[0] - 2
    while i >= 0 and not forms[i] & CLAUSE_STOPS:
        if forms[i] & words:
            return True
        i -= 1
    return False


def _after_last_comma(forms: list[frozenset[str]], start: int, clause: tuple[int, int]) -> tuple[int, int]:
    """"die Weigerung Russlands, mit Kiew zu verhandeln": a "zu" clause after a noun opens no clause of its own
    in the splitter; the words after the last comma before the act are read as one."""
    for i in range(start - 1, clause[0], -1):
        if "," in forms[i]:
            return i + 1, clause[1]
    return clause


_REFUSAL_REACH: Final = 5  # "le refus de la Russie de négocier": words from the noun to its link word


def under_refusal_noun(forms: list[frozenset[str]], start: int, clause: tuple[int, int], grammar: Grammar,
                       named: set[int]) -> bool:
    """"Kyiv's refusal to negotiate", "la negativa de Caracas a dialogar", "отказ Украины от переговоров": the act
    after a noun of refusal and its link word was not done, and no one did it (EVAL.md: a refused act gives no
    fact). The link word stands right before the act (or its determiner), and only the refuser's name (`named`:
    the tokens of actor mentions) and its article or "de" between it and the noun: not a verdict on the refusal
    ("the refusal was criticised"), nor what the refusal led to ("Iran's refusal led to sanctions")."""
    nouns = grammar.refusal_nouns
    if grammar.verb_final:  # German: the act is the verb of a "zu" clause after a comma
        return after_refusal(forms, _after_last_comma(forms, start, clause), grammar, nouns)
    link = start - 1
    if link > 0 and forms[link] & grammar.determiners:
        link -= 1
    if link <= 0 or not forms[link] & grammar.refusal_links:
        return False
    for i in range(link - 1, max(0, link - _REFUSAL_REACH) - 1, -1):
        if forms[i] & nouns:
            return True
        if not (i in named or forms[i] & grammar.determiners or forms[i] & grammar.genitive_markers):
            return False
    return False



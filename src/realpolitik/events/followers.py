"""States that did an act first: "Chile is the second country to cut ties with Iran, after Peru".

Why: a ranking ("the second country", "el tercer país", "das zweite Land", "второй страной") says that the states
named after the language's "after" word did the same act to the same target before the subject did. They are
sources of the act too, never its target ("after Peru" is no one the subject cut ties with). The words are the
language's `rank_ordinals`, `rank_nouns` and `rank_after` (data/rules/roles/<lang>.yaml).
"""

from __future__ import annotations

from realpolitik.events.roles import Group
from realpolitik.events.rules import Grammar

_REACH = 12  # tokens between the trigger and the ranking or the earlier states


def earlier_doers(groups: list[Group], trigger: tuple[int, int], forms, grammar: Grammar) -> Group | None:
    """The group of states named after the "after" word of a ranking near the trigger, or None."""
    words = grammar.roles
    if not words.rank_ordinals:
        return None
    low, high = max(0, trigger[0] - _REACH), min(len(forms), trigger[1] + _REACH)
    ranked = any(forms[k] & words.rank_ordinals and any(forms[j] & words.rank_nouns for j in range(k + 1, k + 3)
                                                         if j < len(forms))
                 for k in range(low, trigger[0]))
    if not ranked:
        return None
    for g in groups:
        if not low <= g.start < high or trigger[0] <= g.start < trigger[1]:
            continue
        # "after Peru", "après le Pérou", "después de Perú", "nach Peru": the word right before the name, or
        # before its article or "de"
        at = next((k for k in (g.start - 1, g.start - 2) if k >= 0 and forms[k] & words.rank_after), None)
        if at is not None and not any("," in forms[k] for k in range(at, g.start)):
            return g
    return None


def neuter_antecedent(groups: list[Group], clause: tuple[int, int], forms, grammar: Grammar) -> Group | None:
    """"Für Frankreich ist das ein Rückschlag, nachdem es seine Soldaten aus Mali abziehen musste", "For France it
    is a setback, after it had to withdraw its troops from Mali": a neuter subject pronoun (`neuter_subjects`) right
    after a subordinator that opens the trigger's clause stands for the one actor named before that clause, where
    the clause names no other free one (a complementizer's "it" may be the object's: "warned Kyiv that it ...")."""
    words = grammar.roles
    start = clause[0]
    if not words.neuter_subjects or start + 1 >= clause[1]:
        return None
    opener = forms[start]
    if not opener & grammar.subordinators or opener & (words.complementizers | words.subject_relatives) \
            or not forms[start + 1] & words.neuter_subjects:
        return None
    before = [g for g in groups if g.end <= start]
    inside = [g for g in groups if start < g.start < clause[1]]
    if len(before) != 1 or any(g.marker is None and not g.genitive for g in inside):
        return None
    return before[0]

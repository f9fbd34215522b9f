"""States that did an act first: "Chile is the second country to cut ties with Iran, after Peru".

Why: a ranking ("the second country", "el tercer país", "das zweite Land", "второй страной") says that the states
named after the language's "after" word did the same act to the same target before the subject did. They are
sources of the act too, never its target ("after Peru" is no one the subject cut ties with). The words are the
language's `rank_ordinals`, `rank_nouns` and `rank_after` (data/rules/roles/<lang>.yaml).
"""

from __future__ import annotations

from typing import Final

from realpolitik.events.grammar import Grammar
from realpolitik.events.roles import Group

_REACH: Final = 12  # tokens between the trigger and the ranking or the earlier states


def earlier_doers(groups: list[Group], trigger: tuple[int, int], forms: list[frozenset[str]],
                  grammar: Grammar) -> Group | None:
    """The group of states named after the "after" word of a ranking near the trigger, or None."""
    words = grammar.roles
    if _ordinal(trigger, forms, grammar) is None:
        return None
    low, high = max(0, trigger[0] - _REACH), min(len(forms), trigger[1] + _REACH)
    for g in groups:
        if not low <= g.start < high or trigger[0] <= g.start < trigger[1]:
            continue
        # "after Peru", "après le Pérou", "después de Perú", "nach Peru": the word right before the name, or
        # before its article or "de"
        at = next((k for k in (g.start - 1, g.start - 2) if k >= 0 and forms[k] & words.rank_after), None)
        if at is not None and not any("," in forms[k] for k in range(at, g.start)):
            return g
    return None


def _ordinal(trigger: tuple[int, int], forms: list[frozenset[str]], grammar: Grammar) -> int | None:
    """Where the ranking's ordinal stands ("the second country", "второй страной"), within reach before the trigger."""
    words = grammar.roles
    if not words.rank_ordinals:
        return None
    return next((k for k in range(max(0, trigger[0] - _REACH), trigger[0]) if forms[k] & words.rank_ordinals
                 and any(forms[j] & words.rank_nouns for j in range(k + 1, min(k + 3, len(forms))))), None)


def ranked_subject(groups: list[Group], trigger: tuple[int, int], forms: list[frozenset[str]],
                   grammar: Grammar) -> Group | None:
    """"Chile is the second country after Peru to cut ties", "Чили стала второй страной после Перу, разорвавшей
    (которая разорвала) отношения": the infinitive, participle or relative after "after Peru" takes Peru, the name
    nearest, for its subject; the one ranked is the subject before the ordinal. None where no free name stands
    there."""
    at = _ordinal(trigger, forms, grammar)
    if at is None:
        return None
    return next((g for g in reversed(groups) if max(0, trigger[0] - _REACH) <= g.start and g.end <= at and g.free),
                None)


def neuter_antecedent(groups: list[Group], clause: tuple[int, int], forms: list[frozenset[str]],
                      grammar: Grammar) -> Group | None:
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


_SUMMARY_REACH: Final = 5  # ", a decision that", ", ein Schritt, den": the comma, the summing noun, the pronoun
# ", was die Regierung in Georgetown als Einschüchterung verurteilte": pronoun, subject, "als"
_RELATIVE_REACH: Final = 9


def summarised_act_author(groups: list[Group], trigger: tuple[int, int], forms: list[frozenset[str]],
                          grammar: Grammar) -> Group | None:
    """"Lithuania let Taiwan open an office, a step that Beijing condemned", "..., une décision que la Chine a
    critiquée", "..., ein Schritt, den Peking kritisierte", "..., что Пекин осудил": a verdict in a relative clause
    on a noun (or, in Russian, on the whole clause) that sums up the act before the comma judges that act's author,
    the main clause's subject, not the nearest name. None where the comma closes a name (an object relative of the
    name: "Taiwan, which Beijing condemned") or the pronoun's clause has no subject of its own."""
    words = grammar.roles
    if not words.summary_relatives:
        return None
    elided = words.elided_summary_relative_starts
    whole = next((i for i in range(trigger[0] - 1, max(0, trigger[0] - _RELATIVE_REACH), -1)
                  if forms[i] & words.clause_relatives and "," in forms[i - 1]), None)
    if whole is not None:  # ", was Georgetown verurteilte": the whole clause before the comma, its subject first
        return next((g for g in groups if g.end < whole and g.free), None) if any(
            whole < g.start <= whole + 2 and g.free for g in groups if g.end <= trigger[0]) else None
    at = next((i for i in range(trigger[0] - 1, max(-1, trigger[0] - 7), -1) if forms[i] & words.summary_relatives
               or elided and any(f.startswith(elided) for f in forms[i])), None)
    if at is None or not any(at <= g.start <= at + 2 and g.free for g in groups if g.end <= trigger[0]):
        return None  # the clause's own subject follows the pronoun ("that Beijing", "que la Chine", "qu'Ankara")
    comma = next((i for i in range(max(0, at - _SUMMARY_REACH), at) if "," in forms[i]), None)
    if comma is None or comma == 0 or comma + 1 == at or any(comma <= g.end and g.start < at for g in groups):
        return None  # no summing noun (", que Pékin a qualifié": the name before), a name in it or closed by the comma
    joins = grammar.subordinators | grammar.conjunctions | grammar.modality.get("report", frozenset())
    if any(forms[i] & joins for i in range(comma + 1, at)):
        return None  # ", tandis que l'Autorité palestinienne a salué", ", a déclaré ... que": no summing noun
    return next((g for g in groups if g.end <= comma and g.free), None)

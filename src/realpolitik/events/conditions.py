"""Threats made by a condition: a hostile act told as the consequence of "if"/"si"/"wenn"/"если" is a threat (EVAL.md),
aimed at the party the condition names.

Separate because it reads the condition clause around a trigger, not the trigger's own roles.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from realpolitik.codes import sides_of
from realpolitik.events.grammar import Grammar
from realpolitik.events.modality_governing import THREATENED
from realpolitik.events.modality_supposed import CLAUSE_ENDS, clause_end, condition_clause
from realpolitik.events.roles import Group, Roles
from realpolitik.events.triggers import TriggerMatch
from realpolitik.language.tokens import QUOTE_MARKS
from realpolitik.model import ActorMention

# the readings of a consequence a speaker announces: "werde ... verhängen" (plan), "would strike" (hypothetical), "will
# expel" (a decided act: reported or asserted)
SPOKEN_CONSEQUENCES: Final = frozenset({"hypothetical", "plan", "reported", "asserted"})
# the acts such a consequence threatens the condition's party with: those a condition turns into threats but a show of
# force, which on a condition is a posture, often mirrored ("la Chine serait prête à procéder à un tir d'essai si
# Washington en faisait autant"), aimed at no one
SPOKEN_THREATS: Final = THREATENED - {"MOBILIZE"}


def own_consequence(forms: list[frozenset[str]], span: tuple[int, int], phrases: list[Group], roles: Roles,
                     grammar: Grammar) -> bool:
    """A hostile act told as the consequence of a condition that names another party, in a sentence its own side
    speaks ("Sollte Moskau nicht einlenken, werde die EU Sanktionen verhängen, sagte Kallas", "Si México no frena
    ..., Washington impondrá aranceles, advirtió Trump"): the speaker's threat. An analyst's or a third party's
    supposition ("if Iran attacks, Israel could strike back, analysts said") names no speaker of the act's side."""
    condition = condition_span(forms, span, grammar)
    if condition is None or conditioned_party(condition, phrases, roles.sources) is None \
            or _clause_between(forms, span, condition, grammar):
        return False
    if all(m.token_start < condition[0] for m in roles.sources) and span[0] >= condition[1]:
        return True  # "Merz sagte, sollte Moskau nicht ..., werde Europa ... beschließen": the speaker frames it
    own = {m.token_start for m in roles.sources}
    sides = sides_of(roles.sources)
    return any(not (condition[0] < g.start < condition[1]) and not (span[0] <= g.start < span[1])
               and own.isdisjoint(m.token_start for m in g.members)
               and g.sides & sides for g in phrases)


# acts a warning of one's own that tells them in the future or the conditional turns into threats: the hostile acts of
# a condition, and a refusal ("advirtió a Suecia de que bloquearía su ingreso")
WARNED_ACTS: Final = frozenset({"SANCTION", "ASSAULT", "COERCE", "MOBILIZE", "REJECT"})
_WARNING_REACH: Final = 6  # "advirtió este martes a Suecia de que": the words between the verb and its "que"


def warned_act(forms: list[frozenset[str]], span: tuple[int, int], phrases: list[Group], roles: Roles,
               grammar: Grammar) -> bool:
    """A hostile act inside the content clause of a verb of warning (the grammar's `warning` cues, then its "que"),
    by the side of an actor named before that verb ("Milei advirtió de que Argentina abandonará el Mercosur si no
    ...", "Turquía advirtió a Suecia de que bloquearía su ingreso", "advirtió de que Lituania mantendrá cerrado el
    puerto"): the warner's threat against the act's target (EVAL.md: a warning is THREATEN 13x), not the act, which
    is still to come (the caller asks that it is told in the future or the conditional). A clause of its own after a
    comma and a conjunction ("advirtió de que ..., y Lituania cerró ...") is no content of the warning; a warning
    about another side's act ("advirtió de que Rusia atacará") is no threat of the warner's."""
    cues = grammar.modality.get("warning", frozenset())
    if not cues or not roles.sources:
        return False
    warn = next((i for i in range(span[0] - 1, -1, -1) if forms[i] & cues), None)
    if warn is None:
        return False
    that = next((i for i in range(warn + 1, min(span[0], warn + 1 + _WARNING_REACH))
                 if forms[i] & grammar.roles.complementizers), None)
    if that is None or any(_ends_warning(forms, i, grammar) for i in range(that + 1, span[0])):
        return False
    sides = sides_of(roles.sources)
    return any(g.start < warn and g.sides & sides for g in phrases)


def _ends_warning(forms: list[frozenset[str]], i: int, grammar: Grammar) -> bool:
    """Word `i` of a warning's content clause ends what the warning says of the act: a semicolon or colon, a comma
    before a conjunction (a clause of its own), or a negation ("advirtió de que no expulsará a nadie" reassures)."""
    clause_break = bool(forms[i] & {";", ":"})
    new_clause = "," in forms[i] and bool(forms[i + 1] & grammar.coordination)
    negated = bool(forms[i] & grammar.negation)
    return clause_break or new_clause or negated


def threat_frame(forms: list[frozenset[str]], span: tuple[int, int], phrases: list[Group], roles: Roles,
                  grammar: Grammar, triggers: list[TriggerMatch]) -> bool:
    """A hostile act told as the consequence of a condition that names another party, framed by a verb of threatening
    after it ("Sollte Jakarta nicht einlenken, werde die EU das Abkommen aussetzen, drohte der Kommissar", "..., warned
    the commissioner"): whoever speaks, the verb says the consequence is a threat, even where the speaker is no actor
    the dictionary knows (the side check of `own_consequence` needs one). The condition opens the sentence: one after
    the act ("объявил о приостановке ... и пригрозил выйти ..., если ...") belongs to the threat's own clause."""
    condition = condition_span(forms, span, grammar)
    return condition is not None and condition[1] <= span[0] \
        and conditioned_party(condition, phrases, roles.sources) is not None \
        and any(m.rule.plover == "THREATEN" and min(m.tokens) >= span[1] for m in triggers)


def _clause_between(forms: list[frozenset[str]], span: tuple[int, int], condition: tuple[int, int],
                    grammar: Grammar) -> bool:
    """A comma and a coordinating conjunction stand between the act and the condition after it: the condition
    belongs to the clause they open ("Washington impuso aranceles al acero, y el secretario de Comercio amenazó con
    extenderlos si México no cede": the tariffs are done, the threat is the second clause's)."""
    return span[1] <= condition[0] and any(
        "," in forms[i] and forms[i + 1] & grammar.coordination for i in range(span[1], condition[0] - 1))


def condition_content(forms: list[frozenset[str]], span: tuple[int, int], grammar: Grammar) -> bool:
    """The act belongs to the sentence's condition, past its comma (below): no consequence to turn into a threat."""
    condition = condition_span(forms, span, grammar)
    return condition is not None and _in_condition_infinitive(forms, span, condition, grammar)


def _in_condition_infinitive(forms: list[frozenset[str]], span: tuple[int, int], condition: tuple[int, int],
                             grammar: Grammar) -> bool:
    """German: the act stands in an infinitive clause that continues the condition past its comma ("wenn die USA
    zusicherten, keine Angriffe zu verüben", "sollte X versuchen, ihn festnehmen zu lassen"): the condition's own
    content, no consequence of it (the main clause after a fronted condition opens with its finite verb, no "zu")."""
    marker = grammar.infinitive_marker
    if not grammar.verb_final or not marker or span[0] < condition[1]:
        return False
    start = condition[1]
    while start < span[0]:
        end = clause_end(forms, start)
        if not any(marker in forms[i] for i in range(start + 1, end)):
            return False
        if span[0] < end:
            return True
        start = end
    return False


def in_quotation(forms: list[frozenset[str]], span: tuple[int, int]) -> bool:
    """The act stands between quotation marks: a speaker's own words ("If they strike, we will respond")."""
    return any(forms[i] & QUOTE_MARKS for i in range(span[0])) \
        and any(forms[i] & QUOTE_MARKS for i in range(span[1], len(forms)))


def condition_span(forms: list[frozenset[str]], span: tuple[int, int], grammar: Grammar,
                   words: frozenset[str] | None = None) -> tuple[int, int] | None:
    """The sentence's condition clause (from its word, "if", "si", "wenn", "если", to the next comma), unless the
    act stands inside it ("could close Hormuz if the US strikes": the strike is the condition, not the threat).
    `words`: other openers than the conditions (the provocation a threat answers: "nachdem")."""
    clause = condition_clause(forms, grammar.roles.conditions if words is None else words, CLAUSE_ENDS)
    return None if clause is not None and clause[0] < span[0] < clause[1] else clause


def conditioned_party(condition: tuple[int, int] | None, phrases: Sequence[Group],
                      sources: Sequence[ActorMention]) -> Group | None:
    """The first free actor phrase inside the condition clause that is none of the sources: the one a conditional
    threat or a conditional hostile act is aimed at ("if Japan goes on", "если Варшава закроет"), not a place the
    condition speaks of ("si l'offensive se poursuit à Gaza", "if the fighting spreads to Lebanon")."""
    if condition is None:
        return None
    sides = sides_of(sources)
    return next((g for g in phrases if g.free and condition[0] < g.start < condition[1]
                 and g.sides.isdisjoint(sides)), None)


def inside_condition(targets: list[ActorMention], condition: tuple[int, int] | None) -> bool:
    """All targets are named inside the condition clause: they say what would set a threat off (whom arms would
    go to, where funds would be spent), not whom it is made against."""
    return condition is not None and bool(targets) and all(condition[0] < m.token_start < condition[1]
                                                             for m in targets)

"""An act named as what a party does not confirm ("did not confirm the raids", "bestätigte das Treffen nicht",
"no ha confirmado la operación", "n'a pas confirmé ce déplacement", "удары официально не подтвердил"): the negation
is the confirmation's, not the act's, and the act is told neither as done nor as not done. The own gold codes no fact
of the act so named (nineteen such sentences in eleven sets, five languages), so the coder withholds it as alleged
rather than print it negated.
"""

from __future__ import annotations

from typing import Final

from realpolitik.events.grammar import Grammar
from realpolitik.events.modality_cues import phrase_at

# acts that happen in the world and are confirmed or not; a decision not confirmed ("не подтвердила своё участие":
# no joining yet) is a negated AGREE the gold codes, and is left to the negation
WORLD_ACTS: Final = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "CONSULT", "AID"})
_TOLD: Final = frozenset({"asserted", "reported"})


def unconfirmed(forms: list[frozenset[str]], span: tuple[int, int], clause: tuple[int, int], grammar: Grammar,
                plover: str, modality: str) -> bool:
    """Whether a negated act (told, of a kind that happens in the world) is the object of a negated verb of
    confirming in its clause (the language's `unconfirmed` words): the negation just before that verb ("did not
    confirm", "n'a pas confirmé", "не подтвердил"), or after it with the act between ("bestätigte das Treffen
    nicht"). Not "did not attack ..., the military confirmed": that negation is the act's."""
    cues = grammar.modality.get("unconfirmed", frozenset())
    if not cues or plover not in WORLD_ACTS or modality not in _TOLD:
        return False
    end = min(clause[1], len(forms))
    for i in range(clause[0], end):
        if span[0] <= i < span[1] or not forms[i] & cues:
            continue
        if any(forms[j] & grammar.negation for j in range(max(clause[0], i - _NEGATION_REACH), i)):
            return True
        if i < span[0] and any(forms[j] & grammar.negation for j in range(span[1], end)):
            return True
    return False


_NEGATION_REACH: Final = 3  # "no ha confirmado", "did not confirm": the negation and an auxiliary before the verb


def disowned(forms: list[frozenset[str]], span: tuple[int, int], grammar: Grammar, modality: str) -> bool:
    """Whether a told act is followed, in its sentence, by a phrase of the language's `disowned` words that says
    the report was not confirmed ("X soll Y gedrängt haben; eine Bestätigung gab es nicht", "Antara berichtete, ...;
    bestätigt wurde das nicht"): the writer does not vouch for it, and the own gold codes none of the acts so told
    (fresh48a_de, fresh50a_de, fresh52a_de, fresh54a_de)."""
    cues = grammar.modality.get("disowned", frozenset())
    if not cues or modality not in _TOLD:
        return False
    return any(phrase_at(forms, i, cues) for i in range(span[1], len(forms)))

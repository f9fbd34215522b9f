"""What governs the trigger's clause from outside it: a governing verb's modal cue over its content
or infinitive clause (`governing_span`, `governing_modality`), an agreement's terms (`agreement_terms`), the demand
word (`demand_cue_at`) and an ultimatum (`ultimatum`).
"""

from __future__ import annotations

from typing import Final

from realpolitik.events.clause_infinitives import is_infinitive_clause
from realpolitik.events.grammar import MODAL_CUE_KINDS, Grammar
from realpolitik.events.modality_cues import cue_in, lemmas, modal_cues, phrase_at
from realpolitik.events.modality_scope import SCOPE_BEFORE
from realpolitik.language.tokens import CLAUSE_STOPS


def governing_span(forms: list[frozenset[str]], clause: tuple[int, int], trigger: tuple[int, int],
                   grammar: Grammar) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """German ", die Kämpfe einzustellen" after "appellierte an ...", ", dass die EU Sanktionen beschließt" after
    "Es wird erwartet": a zu-infinitive or a "dass" clause after a comma is the content of the verb before it. The
    trigger's stretch from that comma (an infinitive the clause reader did not cut off too: ", humanitäre Hilfe
    in den Gazastreifen zu lassen"), and the tokens from the break before the governing verb up to the comma."""
    if not grammar.verb_final:
        return _content_clause_span(forms, clause, trigger, grammar)
    comma = next((i for i in range(trigger[0] - 1, max(0, clause[0] - 1) - 1, -1) if "," in forms[i]), None)
    if comma is None or comma < 1:
        return None
    end = next((i for i in range(trigger[1], clause[1]) if "," in forms[i]), clause[1])
    stretch = (comma + 1, end)
    if stretch[0] >= end or not (forms[stretch[0]] & grammar.roles.complementizers
                                 or is_infinitive_clause(forms, stretch, grammar)):
        return None
    return stretch, (_break_before(forms, comma), comma)


def _content_clause_span(forms: list[frozenset[str]], clause: tuple[int, int], trigger: tuple[int, int],
                         grammar: Grammar) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Russian "Планируется, что Путин посетит Индию", "Не исключено, что Минск вышлет дипломатов": a clause
    opened by a comma and a word of `content_clauses` tells what the clause before the comma supposes or plans.
    The trigger's clause up to its end, and the tokens from the break before that comma up to it."""
    comma = clause[0] - 1
    if not grammar.content_clauses or comma < 1 or "," not in forms[comma] \
            or not forms[clause[0]] & grammar.content_clauses or trigger[0] <= clause[0]:
        return None
    return (clause[0], clause[1]), (_break_before(forms, comma), comma)


def _break_before(forms: list[frozenset[str]], comma: int) -> int:
    """Where the governing clause before the comma at `comma` opens: just after the last break before it (else the
    sentence's start)."""
    start = comma
    while start > 0 and not forms[start - 1] & CLAUSE_STOPS:
        start -= 1
    return start


# "Das Abkommen sieht vor, dass X abzieht": the terms, still to be carried out; "Es wird erwartet, dass X und Y
# unterzeichnen": an expectation. A "dass" clause after these plan words is planned, after others it may tell what
# was agreed
_TERMS: Final = frozenset({"vorsehen", "erwarten", "hoffen"})  # "hofft, dass X und Y unterzeichnen": a wish


def governing_modality(forms: list[frozenset[str]], span: tuple[int, int], stretch: tuple[int, int],
                       grammar: Grammar, intent: bool = False) -> str | None:
    """The modal cue (supposition, threat, demand, plan) in a governing verb's `span`: it governs the act of the
    `stretch` after it, which did not happen as told. A plan governs an infinitive ("plant, Truppen zu entsenden")
    and the terms of an agreement ("sieht vor, dass Israel abzieht": to be done, EVAL.md); another "dass" clause after
    a plan word may tell what was agreed; a Russian "что" clause after one is planned ("Планируется, что ...").
    `intent`: the act is an intent to cooperate (AGREE 03x), which a commitment ("verpflichtete sich, die
    Zusammenarbeit auszubauen") expresses rather than plans."""
    present = lemmas(forms, *span)
    for modality in MODAL_CUE_KINDS:  # (strongest first)
        if modality == "plan" and grammar.verb_final and forms[stretch[0]] & grammar.roles.complementizers \
                and not present & _TERMS:
            continue
        if cue_in(forms, *span, modal_cues(grammar, modality, intent), present):
            return modality
    return None


_TERMS_REACH: Final = 12  # "un accord sur le statut des forces en visite, qui permet des exercices": the noun far back


def agreement_terms(forms: list[frozenset[str]], trigger: tuple[int, int], grammar: Grammar) -> bool:
    """"signed an agreement allowing the deployment of troops", "un memorando que permite el despliegue de tropas",
    "соглашение, позволяющее ... проводить учения": an act an agreement permits is among its terms, still to be
    carried out (EVAL.md codes what an agreement provides as no event). The permission word stands before the
    trigger in the same stretch (no comma between: "Соглашение, позволяющее базе оставаться ..., Путин и Рахмон
    подписали" is the signing), after an agreement noun; German closes the relative clause with it (", das
    gemeinsame Manöver erlaubt")."""
    nouns, permits = grammar.roles.terms_nouns, grammar.roles.terms_permissions
    if not nouns or not permits:
        return False
    t_start, t_end = trigger
    if grammar.verb_final:
        end = next((i for i in range(t_end, len(forms)) if forms[i] & CLAUSE_STOPS), len(forms))
        if not any(forms[i] & permits for i in range(t_end, end)):
            return False
        comma = next((i for i in range(t_start - 1, -1, -1) if forms[i] & CLAUSE_STOPS), None)
        return comma is not None and "," in forms[comma] and comma + 1 < t_start \
            and bool(forms[comma + 1] & grammar.roles.subject_relatives) \
            and any(forms[i] & nouns for i in range(max(0, comma - 3), comma))
    at = next((i for i in range(t_start - 1, max(-1, t_start - _TERMS_REACH), -1)
               if forms[i] & (permits | CLAUSE_STOPS)), None)
    if at is None or not forms[at] & permits:
        return False
    return any(forms[i] & nouns for i in range(max(0, at - _TERMS_REACH), at))


# acts that a condition ("if", events/conditions), an "or else" or an "unless" turns into threats (EVAL.md: conditional
# statements are THREATEN)
THREATENED: Final = frozenset({"SANCTION", "ASSAULT", "COERCE", "MOBILIZE"})


def ultimatum(forms: list[frozenset[str]], trigger: tuple[int, int], plover: str, grammar: Grammar) -> bool:
    """The trigger belongs to an ultimatum: a demand followed by the consequence of refusing it ("demanded ...,
    de lo contrario no los aceptará", "gave Hamas a warning to release them or face ..."), a hostile act after
    such an "otherwise" ("faute de quoi des sanctions seraient imposées"), or one before an "unless" ("would cut
    ties unless the offensive stopped"). The cues are few and specific; bare "sinon", "sonst", "иначе" also mean
    "if not", "usually", "differently" and are left out of the word lists."""
    otherwise = grammar.modality.get("otherwise", frozenset())
    unless = grammar.modality.get("unless", frozenset())
    if plover == "REQUEST":
        return bool(otherwise) and cue_in(forms, trigger[1], len(forms), otherwise)
    if plover not in THREATENED:
        return False
    return bool(otherwise) and cue_in(forms, 0, trigger[0], otherwise) \
        or bool(unless) and cue_in(forms, trigger[1], len(forms), unless)


def demand_cue_at(forms: list[frozenset[str]], trigger: tuple[int, int], clause: tuple[int, int],
                  grammar: Grammar, kind: str = "demand") -> int | None:
    """Where the demand word governing the trigger stands ("called on Rwanda to withdraw": "called"); an
    actor after it is the one asked, not the one asking. With `kind` "threat", the word of threatening ("threatened
    to stop sharing intelligence": "threatened"), whose clause alone says whether the threat was made."""
    cues = grammar.modality.get(kind, frozenset())
    for i in range(trigger[0] - 1, max(0, clause[0] - SCOPE_BEFORE) - 1, -1):
        if forms[i] & cues or phrase_at(forms, i, cues):
            return i
    return None

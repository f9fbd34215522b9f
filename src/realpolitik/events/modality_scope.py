"""Where a trigger's modal scope begins and ends: after a coordinated verb, a subordinator that
opens a clause of its own, an inserted relative clause, a comma (`after_*`, `before_comma`); and a commitment cue whose
act follows as an infinitive (`committed`).
"""

from __future__ import annotations

from typing import Final

from realpolitik.events.grammar import Grammar
from realpolitik.events.modality_cues import phrase_at
from realpolitik.events.roles_objects import past_form
from realpolitik.language.infinitives import GERMAN_INFINITIVE_ENDINGS

SCOPE_BEFORE: Final = 8
SUBJECT_PHRASE_REACH: Final = 10  # "Talks between Iran and the United States could": the noun's phrase, then its verb


def before_comma(forms: list[frozenset[str]], start: int, end: int, conjunctions: frozenset[str] = frozenset(),
                  names: frozenset[int] | set[int] = frozenset(), pairs: frozenset[str] = frozenset()) -> int:
    """The end of a stretch after the trigger: the first comma, which opens another clause, or a conjunction
    that joins another verb ("verhängte Sanktionen und droht mit ..."), not one that joins two names ("ein
    Treffen Frankreichs und Italiens ist geplant") nor the first after a pair marker (`pairs`), which joins the
    two sides it names ("ein Telefonat zwischen Fidan und seinem indischen Kollegen ist geplant")."""
    paired = False  # a pair marker stands before, its "und" not yet passed
    for i in range(start, end):
        if "," in forms[i]:
            return i
        if forms[i] & pairs:
            paired = True
        elif forms[i] & conjunctions and not (i - 1 in names and i + 1 in names):
            if not paired:
                return i
            paired = False
    return end


_COORDINATED_REACH: Final = 3  # "y calificó", "y también acusó", "y luego, calificó"


def after_coordinated_verb(forms: list[frozenset[str]], trigger: tuple[int, int], grammar: Grammar, start: int) -> int:
    """Where the modal scope of a trigger begins: after a conjunction right before it when the trigger is a finite
    past verb or a perfect's participle ("Caracas exigió la retirada y calificó el ataque de agresión", "ha exigido
    ... y ha expresado su solidaridad": the verdict and the backing are no demand)."""
    links = grammar.conjunctions or grammar.coordination  # (English lists no conjunctions of its own)
    participle = _after_coordinated_participle(forms, trigger, grammar, links, start)
    if participle is not None:
        return participle
    if not links or trigger[0] >= len(forms) or not (
            past_form(forms[trigger[0]], grammar)
            or grammar.weak_past_endings and _weak_past(forms[trigger[0]], grammar.weak_past_endings)
            # "ha pedido a las partes que ... y ha expresado su solidaridad con Grecia": a perfect's participle
            or trigger[0] > 0 and forms[trigger[0] - 1] & grammar.perfect_auxiliaries):
        return start
    for i in range(trigger[0] - 1, max(start, trigger[0] - _COORDINATED_REACH) - 1, -1):
        if forms[i] & links:
            return i + 1
    return start


def _after_coordinated_participle(forms: list[frozenset[str]], trigger: tuple[int, int], grammar: Grammar,
                                  links: frozenset[str], start: int) -> int | None:
    """French "a appelé les deux pays à la retenue et proposé ses bons offices": a past participle right after the
    conjunction (the perfect's auxiliary between or none) shares the first verb's auxiliary and subject; its scope
    begins after the conjunction. None where the trigger is no such participle (an infinitive is what is asked)."""
    words = grammar.roles
    if not words.coordinated_participle_endings or not links or trigger[0] >= len(forms):
        return None
    if not any(f.isalpha() and f.endswith(words.coordinated_participle_ends) for f in forms[trigger[0]]):
        return None
    i = trigger[0] - 1
    while i >= start and trigger[0] - i < _COORDINATED_REACH and forms[i] & words.coordinated_auxiliaries:
        i -= 1
    return i + 1 if i >= start and forms[i] & links else None


def after_break(forms: list[frozenset[str]], trigger: tuple[int, int], grammar: Grammar,
                 names: frozenset[int] | set[int], start: int) -> int:
    """Where the modal scope begins after a subordinator that opens a finite clause of its own with an actor for
    subject ("asked Xi to use his influence after North Korea sent troops to Russia"): the sending is no part of
    what was asked. Not where an infinitive marker follows it ("asked Beijing, after the talks, to restrain
    Pyongyang": the restraint is asked for), nor where no actor we know opens the clause ("after gunmen ...
    killed": whose act it was the clause does not say). An act noun that opens the clause itself ("demanded
    compensation after air strikes by Sudanese aircraft killed 14 civilians", "called for restraint after the shelling
    of the port") is no part of what was asked either: it is what the demand answers."""
    breaks = grammar.modality.get("breaks", frozenset())
    if not breaks or not names:
        return start
    marker = grammar.infinitive_marker
    for i in range(trigger[0] - 1, max(0, start) - 1, -1):
        if marker and marker in forms[i]:
            return start
        if forms[i] & breaks:
            k = i + 1
            while k < trigger[0] and forms[k] & grammar.determiners:
                k += 1
            return i + 1 if k in names or k == trigger[0] else start
    return start


def _weak_past(forms: frozenset[str], endings: tuple[str, ...]) -> bool:
    """"lobte", "kritisierten": a form with a weak past ending beside an infinitive lemma ("loben"); not a noun
    ("Proteste", "Staaten": their lemmas "protest", "staat") or an adjective."""
    past = [f for f in forms if f.isalpha() and f.endswith(endings)]
    return any(f.endswith(GERMAN_INFINITIVE_ENDINGS) and f not in past for f in forms) if past else False


def after_inserted_clause(forms: list[frozenset[str]], trigger: tuple[int, int], grammar: Grammar, start: int) -> int:
    """Where the modal scope begins after an inserted relative clause that closes before the trigger: "Президент,
    призвавший Израиль к перемирию, прибыл в Бейрут" (", который призвал ..., прибыл"): the demand is the inserted
    clause's, the arrival no act asked for. So after an aside the grammar's "aside" words open ("Caracas, como era
    de esperar, negó ...", "Moscú, como estaba previsto, rechazó ..."): a comment on the act, which it governs not.
    Only after a subject (no verb before the clause): in "призвал Израиль, который атакует Ливан, прекратить удары"
    the infinitive is still asked for."""
    words = grammar.roles
    if not words.subject_relatives and not words.relative_participle_endings:
        return start
    close = next((i for i in range(trigger[0] - 1, max(start, 1) - 1, -1) if "," in forms[i]), None)
    if close is None:
        return start
    for i in range(close - 1, max(0, start - 1), -1):
        if "," in forms[i]:  # the comma that opens the clause before the one just closed
            opened = i + 1 < close and (forms[i + 1] & words.subject_relatives or any(
                words.relative_participle(f) for f in forms[i + 1])
                or bool(forms[i + 1] & grammar.modality.get("aside", frozenset())))
            after_subject = not any(grammar.verb_lemma(f) for k in range(max(0, start), i) for f in forms[k])
            return close + 1 if opened and after_subject else start
    return start


def committed(forms: list[frozenset[str]], start: int, end: int, act_end: int, commit: frozenset[str],
               grammar: Grammar) -> bool:
    """A commitment cue in [start, end) whose act follows as an infinitive ("agreed to hold", "acordaron
    intensificar", "пообещала передать"), not a noun it governs ("acordaron un alto el fuego con la mediación de":
    the mediation happened)."""
    endings = grammar.infinitive_endings + grammar.clause_verb_lemmas
    marker = grammar.infinitive_marker
    links = grammar.infinitive_links  # French "promis de livrer", "promis d'envoyer", "engagé à livrer"
    for k in range(max(0, start), end):
        # (a cue of two words, French "engagé à livrer": its link word is the token right after its first)
        if forms[k] & commit or phrase_at(forms, k, commit):
            return any(marker is not None and marker in forms[i] or len(forms[i]) == 1 and any(
                f.isalpha() and f.endswith(endings) for f in forms[i])
                or i == k + 1 and links and _linked_infinitive(forms[i], links)  # right after the cue
                for i in range(k + 1, min(act_end, len(forms))))
    return False


def _linked_infinitive(token_forms: frozenset[str], links: frozenset[str]) -> bool:
    """The token is a link word before an infinitive ("de", "à"), or carries one elided onto it ("d'envoyer")."""
    return not token_forms.isdisjoint(links) or any(f[:2] in links for f in token_forms)


def after_comma(forms: list[frozenset[str]], start: int, end: int) -> int:
    """Where a stretch ends its last comma: "acordaron no amenazarse, tras una reunión": the meeting is no promise."""
    start = max(0, start)
    return next((i + 1 for i in range(min(end, len(forms)) - 1, start - 1, -1) if "," in forms[i]), start)


def subject_start(forms: list[frozenset[str]], trigger: tuple[int, int], clause: tuple[int, int], grammar: Grammar,
                  names: frozenset[int] | set[int]) -> int | None:
    """Where the phrase of a trigger that is its clause's subject noun starts: only articles, possessives, a negation
    that determines the noun ("Aucune rencontre", "No talks") and actors' names before it, back to the clause's start
    or to a conjunction after a comma (", but no talks have been scheduled": the clause reader runs such a clause on);
    None where another word stands before it (the noun is no subject)."""
    lead = grammar.determiners | grammar.possessives | grammar.negation_completers | grammar.object_negation
    first = trigger[0]
    while first > clause[0] and (first - 1 in names or forms[first - 1] & lead):
        first -= 1
    if first == clause[0]:
        return first
    opener = grammar.coordination | grammar.conjunctions | grammar.modality.get("breaks", frozenset())
    k = first - 1
    if "," in forms[k] and _fronted_report(forms, clause[0], k, grammar):
        return first  # "Selon des diplomates, une rencontre ... pourrait avoir lieu": the source told first
    return first if forms[k] & opener and (k == clause[0] or "," in forms[k - 1]) else None


def _fronted_report(forms: list[frozenset[str]], start: int, comma: int, grammar: Grammar) -> bool:
    """Whether the words from `start` to the `comma` are a fronted "according to" phrase ("Selon des diplomates",
    "D'après la presse locale"): a report preposition opens them and no other comma stands before."""
    return any(comma - start > len(phrase) and all(word in forms[start + n] for n, word in enumerate(phrase))
               for phrase in grammar.report_phrases) and not any("," in forms[i] for i in range(start, comma))


def subject_phrase_ends(forms: list[frozenset[str]], i: int, grammar: Grammar,
                        names: frozenset[int] | set[int]) -> bool:
    """Whether the subject noun's phrase has ended before word `i`, with no verb of its own reached: a comma, a
    subordinator or relative word, or a conjunction that joins no names ("... and could": another verb's; "Iran and
    the United States": a list of names). In a verb-final language a relative clause follows a comma, and its
    pronouns are the articles ("am Rande des Gipfels"): an article there goes on with the phrase."""
    stops = grammar.subordinators | grammar.relative_markers
    if grammar.verb_final:
        stops = stops - grammar.determiners
    return "," in forms[i] or bool(forms[i] & stops) \
        or bool(forms[i] & grammar.coordination) and not {i + 1, i + 2} & set(names)


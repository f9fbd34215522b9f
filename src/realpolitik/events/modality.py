"""Negation and modality: did it happen, was it threatened, demanded, planned or only supposed?

"threatened to impose sanctions" is a THREATEN, not a SANCTION; "called for
talks" is a REQUEST; "wants to expand cooperation" is an intention, which
PLOVER codes as AGREE. The CAMEO code moves to the matching branch.

This module holds the sequence: `modality_of` (which cue decides, in what order), `read_modality` (with the verb
that governs the clause) and `reinterpret` (the code under a modality). Its parts, each a module of one job
(imported in this order, none imports a later one): `modality_cues` (whether a cue stands in a stretch of tokens),
`modality_scope` (where the modal scope of a trigger begins and ends), `negation` (`is_negated`), `modality_tense`
(future, conditional, upcoming, decided, a modal verb after a noun subject), `modality_supposed` (suppositions,
conditions, counterfactuals), `modality_governing` (the verb, demand or ultimatum that governs the clause).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import chain
from typing import Final

from realpolitik.events.article import VERDICT_TYPES
from realpolitik.events.cameo import MEDIATION, TALK_CODES, lookup
from realpolitik.events.grammar import MODAL_CUE_KINDS, Grammar
from realpolitik.events.modality_cues import cue_in, lemmas, modal_cues, unattributed, without
from realpolitik.events.modality_governing import agreement_terms, governing_modality, governing_span
from realpolitik.events.modality_scope import (
    SCOPE_BEFORE,
    after_break,
    after_comma,
    after_coordinated_verb,
    after_inserted_clause,
    before_comma,
    committed,
)
from realpolitik.events.modality_supposed import (
    counterfactual_clause,
    in_condition,
    supposed_act,
    supposed_case,
    supposed_speech_act,
)
from realpolitik.events.modality_tense import (
    auxiliary_future,
    conditional,
    deal_terms,
    decided_words,
    decision_announced,
    future,
    future_demand,
    future_word,
    intent_to_cooperate,
    modal_after_subject,
    promise_head,
    rumoured,
    upcoming,
)
from realpolitik.events.roles_agents import opened_by_mediated
from realpolitik.events.rules import Rule
from realpolitik.language.tokens import QUOTE_MARKS

# CAMEO root of the reported act → code of the threat, demand or intention to do it.
_THREAT_CODE: Final = {"16": "1313", "163": "1312", "17": "137", "18": "138", "19": "138", "20": "138", "14": "133",
                "10": "139", "02": "139"}  # a demand with an "or else" is an ultimatum
_DEMAND_CODE: Final = {"03": "100", "04": "106", "05": "102", "06": "101", "07": "103", "08": "105"}
_INTENT_CODE: Final = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035",
                "061": "0311", "062": "0312", "063": "0313", "064": "0314", "071": "0331", "072": "0332",
                "073": "0333", "074": "0334", "084": "0353", "085": "0354", "086": "0355", "087": "0356"}


@dataclass(frozen=True)
class Reading:
    cameo: str
    plover: str
    modality: str
    negated: bool


_STATEMENT_BREAKS: Final = frozenset({":"})


def modality_of(forms: list[frozenset[str]], trigger: tuple[int, int], clause: tuple[int, int], sentence_len: int,
                grammar: Grammar, rule: Rule, names: frozenset[int] | set[int] = frozenset(),
                vocabulary: frozenset[str] | None = None, participle: bool = False) -> str:
    """The strongest modal cue governing the trigger, else "reported" or "asserted". `names` are the
    tokens of actors' names, which are no verbs though they may end like one ("Irán", "Teherán").
    `vocabulary`: the union of all of `forms`, where the caller has it (the report words are looked up in it).
    `participle`: the trigger's clause is a participle clause after a comma (clause_openers.opens_participle).
    The questions in order: is the act only supposed, which modal cue near it decides, what its tense says, and
    last whether the sentence reports it."""
    if rule.cameo == MEDIATION and not rule.suppresses_modality and mediation_circumstance(forms, trigger, names,
                                                                                          grammar):
        rule = replace(rule, suppresses_modality=True)
    spans = _modal_spans(forms, trigger, clause, grammar, names, participle)
    supposed = _supposed_modality(forms, trigger, spans, grammar, rule, vocabulary)
    if supposed is not None:
        return supposed
    if foreseen(forms, trigger, clause, spans[0], grammar, names):
        return "hypothetical"  # "Un experto considera que Rusia atacará ...": a forecast, of any type
    if rumoured(forms, trigger, clause, grammar, names):
        return "alleged"  # "habría exigido", "habría amenazado": told as rumour, of any type, a threat and a demand too
    decided = False
    if not rule.suppresses_modality:
        decided = rule.plover in _DECIDED_TYPES and decision_announced(forms, spans, grammar) \
            and not cue_in(forms, trigger[1], clause[1], without(grammar.modality.get(
                "hypothetical", frozenset()), decided_words(grammar.modality.get("decided", frozenset()))))
        # ("... would expel them if Tallinn ...": no decision)
        cued = _cued_modality(forms, trigger, clause, spans, grammar, rule, vocabulary, decided)
        if cued is not None:
            return cued
    told = _tense_modality(forms, trigger, clause, spans, grammar, rule, names, decided)
    if told is not None:
        return told
    return _reported_or_asserted(forms, sentence_len, grammar, vocabulary)


def mediation_circumstance(forms: list[frozenset[str]], trigger: tuple[int, int], names: frozenset[int] | set[int],
                           grammar: Grammar) -> bool:
    """"agreed to a ceasefire under Qatari and Turkish mediation" (fresh48a-en-002), "met in Istanbul with Turkish
    mediation" (typeconf-en-033): a mediation noun whose go-betweens are the names right before it, after a word of
    the "mediated" list, is the circumstance of the sides' act, as "under the mediation of Qatar" (`mediation_of`,
    which keeps no modality of its own): no promise or plan cue makes it a promise (the studied gold codes the
    mediator's CONSULT 045)."""
    k = trigger[0] - 1
    if k not in names or not forms[trigger[0]] & grammar.mediation_nouns:
        return False
    return opened_by_mediated(forms, k, names, grammar)


def foreseen(forms: list[frozenset[str]], trigger: tuple[int, int], clause: tuple[int, int],
             before: tuple[int, int], grammar: Grammar, names: frozenset[int] | set[int]) -> bool:
    """"Un experto del Real Instituto Elcano considera que Rusia atacará a un país de la OTAN", "Des experts estiment
    que la Chine imposera des sanctions", "Pundits are betting that Hungary will block sanctions": a verb of belief or
    forecast (the grammar's `foreseen`) in the stretch `before` the trigger, and the trigger's own verb in the future
    or the conditional: a view of what will come (EVAL.md codes no speculation nor analysts' opinions), whatever the
    act, an announced decision's types too (the believer announces nothing). The present or the past in the content
    clause ("consideró que los ensayos son imperdonables", "believes Russia attacked") is left to the other cues."""
    cues = grammar.modality.get("foreseen", frozenset())
    if not cues or not cue_in(forms, *before, cues):
        return False
    return future(forms, trigger, clause, grammar, names) or future_word(forms, trigger, clause, grammar) \
        or conditional(forms, trigger, clause, grammar, names)


def _modal_spans(forms: list[frozenset[str]], trigger: tuple[int, int], clause: tuple[int, int], grammar: Grammar,
                 names: frozenset[int] | set[int], participle: bool) -> list[tuple[int, int]]:
    """The stretches of tokens whose modal cues govern the trigger: the scope before it, and, in a verb-final
    language, the rest of its clause after it."""
    opener = participle or clause[0] < len(forms) and clause[0] > 0 and "," in forms[clause[0] - 1] \
        and bool(forms[clause[0]] & (grammar.subordinators | grammar.coordination))
    # «Estados Unidos prepara una agresión», denunció X: the incise after a quotation is out of reach of the
    # quoted words (the verdict happened whatever the quotation says will)
    opener = opener or any(forms[i] & QUOTE_MARKS for i in range(max(0, clause[0] - 3), clause[0]))
    # "Es sind Bilder, die niemand sehen wollte: Zwei Bomber flogen ...": a clause after a colon is a
    # statement of its own, out of reach of the modal verbs before the mark
    opener = opener or 0 < clause[0] < len(forms) and bool(forms[clause[0] - 1] & _STATEMENT_BREAKS)
    # ", while Lukashenko accused Poland ...", ", tout en condamnant la Libye": a clause opened by a conjunction or
    # a participle after a comma is out of reach of the modal verbs before it ("Warsaw would deploy ..., while ...",
    # "a appelé le Tchad au calme, tout en condamnant ...": the condemnation is no demand)
    start = after_inserted_clause(forms, trigger, grammar, after_coordinated_verb(
        forms, trigger, grammar, clause[0] if opener else clause[0] - SCOPE_BEFORE))
    start = _after_contact_relative(forms, trigger, start, grammar, names)
    spans = [(after_break(forms, trigger, grammar, names, start), trigger[0])]
    if grammar.verb_final:  # German modal verbs close the clause: "Gespräche führen will" (up to a comma:
        # ", sollte X nicht ..." and "... und droht" belong to another verb)
        spans.append((trigger[1], before_comma(forms, trigger[1], clause[1], grammar.conjunctions, names,
                                                grammar.pair_markers)))
    return spans


_CONTACT_REACH: Final = 6  # "a demand the Somali side refused": the noun, the subject's words, then the verb


def _after_contact_relative(forms: list[frozenset[str]], trigger: tuple[int, int], start: int, grammar: Grammar,
                            names: frozenset[int] | set[int]) -> int:
    """"a demand the Somali side refused", "an offer Dar es Salaam accepted", "a charge which Beijing rejected": a
    noun after an article, then a relative clause without "that" whose subject is a name and whose verb is the
    trigger. The noun, itself a modal cue, is what that subject acted on, no cue of the act (the demand was refused,
    not asked for): the scope starts after it. Not after "that" ("a demand that Iran withdraw": its content)."""
    if not grammar.roles.contact_relatives:
        return start
    for n in range(trigger[0] - 2, max(start, trigger[0] - _CONTACT_REACH, 1) - 1, -1):
        if any("," in forms[i] for i in range(n, trigger[0])):
            return start
        if n in names or not forms[n] & grammar.noun_cue_words or not forms[n - 1] & grammar.determiners \
                or not (forms[n + 1] & grammar.contact_relative_openers or n + 1 in names):
            continue
        if any(i in names for i in range(n + 1, trigger[0])):
            return n + 1
    return start


def _supposed_modality(forms: list[frozenset[str]], trigger: tuple[int, int], spans: list[tuple[int, int]],
                       grammar: Grammar, rule: Rule, vocabulary: frozenset[str] | None) -> str | None:
    """"hypothetical" (or a speech act's own supposed modality) where the act is only supposed: contrary to fact,
    a case a treaty names, a condition or an open question; None where it is not."""
    if counterfactual_clause(forms, trigger, grammar.modality.get("counterfactual", frozenset())):
        return "hypothetical"  # "Hätte er sich verweigert, hätte Trump Zölle verhängt": contrary to fact
    if rule.plover in _SUPPOSABLE and supposed_case(forms, spans[0], grammar, vocabulary):
        return "hypothetical"  # "verpflichten sich, einander im Fall eines Angriffs beizustehen"
    if rule.suppresses_modality and rule.plover in _SPEECH_ACTS and in_condition(forms, trigger, grammar):
        return "hypothetical"  # "готов помочь, если об этом попросят обе стороны": the asking is the condition
    if rule.suppresses_modality and rule.plover in _SPEECH_ACTS:
        return supposed_speech_act(forms, spans, rule.plover, grammar)
    if rule.suppresses_modality and rule.cameo == MEDIATION and any(
            cue_in(forms, start, end, grammar.modality.get("demand", frozenset())) for start, end in spans):
        # "призвала стороны к диалогу под эгидой ООН", "urged talks under the mediation of Qatar": a mediation
        # asked for is not held (its demand is the REQUEST of its own rule; the marker keeps no modality only
        # where the sides' own act is told)
        return "hypothetical"
    if rule.suppresses_modality and supposed_act(forms, spans, grammar):
        # "Ob auch Berlin russische Diplomaten ausweisen werde, ließ er offen", "Polen könnte Diplomaten ausweisen":
        # a rule that keeps its own modality (the expulsion "forderte ... zur Ausreise auf") still tells no act
        # under a supposition or an open question
        return "hypothetical"
    return None


def _cued_modality(forms: list[frozenset[str]], trigger: tuple[int, int], clause: tuple[int, int],
                   spans: list[tuple[int, int]], grammar: Grammar, rule: Rule, vocabulary: frozenset[str] | None,
                   decided: bool) -> str | None:
    """The first of the modal cue kinds (MODAL_CUE_KINDS, in order) whose cue stands in a span, or "commit" where a
    pledge is the fact; None where none stands. `decided`: the act is an announced decision (no plan, no
    supposition by its decision words)."""
    # a sentence whose forms hold no word a cue of the four (or a commitment) is or starts with has none near
    # the trigger (one set test: most sentences; no span's forms are gathered, and no kind is asked about:
    # with nothing `present` the loop finds nothing)
    starts = grammar.modal_cue_words
    cued = vocabulary is None or starts is None or not vocabulary.isdisjoint(starts)
    present = [(start, end, lemmas(forms, start, end)) for start, end in spans] if cued else []  # for the four
    for modality in MODAL_CUE_KINDS if present else ():
        cues = modal_cues(grammar, modality, intent_to_cooperate(rule))
        if modality == "plan" and rule.plover in VERDICT_TYPES:
            cues = without(cues, grammar.plan_nouns)  # "verurteilte die Pläne": the plan is judged
        if decided and modality in ("hypothetical", "plan"):
            cues = without(cues, decided_words(grammar.modality.get("decided", frozenset())))
        commit = _commitments(grammar, rule) if modality == "plan" else frozenset()
        if commit and _pledged(forms, trigger, present, cues, commit, grammar):
            # "pledged to deliver two batteries", "offered to host talks": the pledge is the fact (AGREE 03x);
            # "will pledge", "is to offer" are still plans
            return "plan" if _promised_plan(rule) or future_word(forms, trigger, clause, grammar) else "commit"
        judged = modality == "plan" and rule.plover in VERDICT_TYPES
        if any(cue_in(forms, start, end, cues, unattributed(forms, start, end) if judged else words)
               for start, end, words in present):
            if modality == "plan" and _announced_talks(forms, clause, present, grammar, rule):
                return "commit"  # "kündigte an, mit Mexiko verhandeln zu wollen": the announcement is AGREE 036
            return modality
    return None


_ANNOUNCED_REACH: Final = 3  # "kündigte an, den Dialog ...": the verb, its particle and the comma before the clause


def _announced_talks(forms: list[frozenset[str]], clause: tuple[int, int], present: list[tuple[int, int, set[str]]],
                     grammar: Grammar, rule: Rule) -> bool:
    """Whether talks a plan cue governs are announced: a cue of the language's `announced` modality words in one
    of the `present` spans ("kündigte an, Japan wolle mit beiden Ländern ... sprechen") or just before the clause
    (an infinitive clause opened by an article: "hatte angekündigt, den Dialog mit Pjöngjang wieder aufnehmen zu
    wollen")."""
    cues = grammar.modality.get("announced", frozenset())
    return bool(cues) and rule.cameo in TALK_CODES \
        and (any(cue_in(forms, start, end, cues, words) for start, end, words in present)
             or cue_in(forms, max(0, clause[0] - _ANNOUNCED_REACH), clause[0], cues))


def _pledged(forms: list[frozenset[str]], trigger: tuple[int, int], present: list[tuple[int, int, set[str]]],
             cues: frozenset[str], commit: frozenset[str], grammar: Grammar) -> bool:
    """Whether a commitment word, and no other plan cue, governs the trigger in one of the `present` spans (each
    with its lemmas)."""
    return not any(cue_in(forms, start, end, without(cues, commit), words) for start, end, words in present) \
        and any(committed(forms, after_comma(forms, start, end), end, trigger[1], commit, grammar)
                # German "hatte der Ukraine ein Militärpaket zugesagt": the pledge closes the clause
                # after the noun it pledges
                or grammar.verb_final and start >= trigger[1] and cue_in(forms, start, end, commit, words)
                for start, end, words in present)


def _tense_modality(forms: list[frozenset[str]], trigger: tuple[int, int], clause: tuple[int, int],
                    spans: list[tuple[int, int]], grammar: Grammar, rule: Rule, names: frozenset[int] | set[int],
                    decided: bool) -> str | None:
    """What the verb's tense or a modal verb after its subject makes of an act no cue decided: a conditional,
    an upcoming meeting, a future, a pledge told in the future; None where they say nothing."""
    if not rule.suppresses_modality and rule.plover not in _DECIDED_TYPES \
            and conditional(forms, trigger, clause, grammar, names):
        return "hypothetical"  # "Israel atacaría Irán", "habría enviado tropas": speculation or rumour
    if rule.plover == "CONSULT" and upcoming(forms, trigger, clause, grammar):
        return "plan"  # "the next meeting between Modi and Xi", "das nächste Treffen", "la prochaine réunion"
    if (rule.symmetric or rule.plover == "CONSULT") and future(forms, promise_head(forms, trigger, grammar),
                                                                clause, grammar, names):
        # "se reunirá con", "firmarán el acuerdo", "recibirá la semana próxima al enviado": scheduled, not yet done
        return "plan"
    if rule.cameo in _PROMISED_CODES and future(forms, (trigger[0], trigger[0] + 1), clause, grammar, names) \
            and cue_in(forms, 0, trigger[0], grammar.modality.get("commit", frozenset())) \
            and not any(forms[i] & grammar.negation for i in range(clause[0], trigger[1])):
        # "L'Irlande a promis qu'elle reconnaîtrait l'État de Palestine": a recognition promised, the promise its fact
        # (AGREE 03x: blind-es-011); one announced as decided ("La Belgique reconnaîtra l'État de Palestine ..., a
        # annoncé le ministre") is the recognition (EVAL.md: announced decisions are the act; eval/gold/README.md,
        # "A restoration of relations only announced"; n2-en-013), and "ne reconnaîtrait pas" a refusal told now
        return "plan"
    if rule.plover == "REQUEST" and future_demand(forms, trigger, clause, grammar, names):
        return "plan"  # "Литва будет добиваться новых санкций ЕС", "pedirá explicaciones": a demand still to be made
    if not rule.suppresses_modality and not decided and auxiliary_future(forms, trigger, clause, grammar):
        if rule.plover == "SUPPORT" and decision_announced(forms, spans, grammar):
            return "commit"  # "Deutschland werde die Ukraine weiter unterstützen": the pledge of support (AGREE 03x)
        return "plan"  # "wird am Montag Macron treffen", "soll im Mai unterzeichnet werden"; not "werde ... abbrechen"
    if not rule.suppresses_modality and rule.plover not in _DECIDED_TYPES and future_word(forms, trigger, clause,
                                                                                          grammar):
        return "plan"  # "will allow Egypt to join the exercise"; not "will expel the envoy" (a decision)
    if rule.suppresses_modality:
        return None
    return modal_after_subject(forms, trigger, clause, grammar, names)  # "Talks ... could resume next month"


def _reported_or_asserted(forms: list[frozenset[str]], sentence_len: int, grammar: Grammar,
                          vocabulary: frozenset[str] | None) -> str:
    """"reported" where a report word stands anywhere in the sentence, else "asserted": a look-up in its
    vocabulary, else one C-level pass over its forms."""
    report = grammar.modality.get("report", frozenset())
    if vocabulary is not None and sentence_len >= len(forms):
        return "asserted" if report.isdisjoint(vocabulary) else "reported"
    return "asserted" if report.isdisjoint(chain.from_iterable(forms[:max(0, sentence_len)])) else "reported"


# acts a supposed case names or a treaty's clause promises for it ("in case of an attack", "einander beizustehen"); not
# the agreement or the meeting that sets the clause down (nor the relation reader's signing)
_SUPPOSABLE: Final = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "AID", "SUPPORT"})
# Rules that are themselves a demand or a threat verb keep their type whatever demand or threat cue stands near
# them; a supposition or a plan still makes a demand no act ("could launch an appeal", "podría pedir", "wants to ask"),
# and a commitment not to threaten is the content of an agreement ("agreed that they will not threaten each other",
# "acordaron no amenazarse": EVAL.md codes the agreement). A threat keeps its own modal verbs ("said it would
# retaliate", "vowed to respond": the threat itself)
_SPEECH_ACTS: Final = frozenset({"REQUEST", "THREATEN"})


@dataclass(frozen=True, init=False)  # its own __init__: compiled, where the dataclass's is interpreted (compiled.py)
class ModalReading:
    """A trigger's modality as its sentence says it, with the verb that governs it where one does."""

    modality: str
    governed: str | None = None  # the governing verb's own cue ("drohte, ... anzugreifen": "threat")
    governor: tuple[int, int] | None = None  # that verb's tokens

    def __init__(self, modality: str, governed: str | None = None, governor: tuple[int, int] | None = None) -> None:
        # frozen: plain Python sets a field only through object's __setattr__ (mypyc compiles it to a direct write)
        object.__setattr__(self, "modality", modality)
        object.__setattr__(self, "governed", governed)
        object.__setattr__(self, "governor", governor)


def read_modality(forms: list[frozenset[str]], trigger: tuple[int, int], clause: tuple[int, int], sentence_len: int,
                  grammar: Grammar,
                  rule: Rule, names: frozenset[int] | set[int] = frozenset(),
                  vocabulary: frozenset[str] | None = None, participle: bool = False) -> ModalReading:
    """`modality_of`, then, for an act told as done, the verb that governs its clause ("drohte, die Ukraine
    anzugreifen", "Se espera que ... firmen"): the event coder and the relation reader ask both questions in this
    order, and a rule that is itself a threat or demand verb is not governed."""
    modality = modality_of(forms, trigger, clause, sentence_len, grammar, rule, names, vocabulary, participle)
    if modality not in ("asserted", "reported", "plan") or rule.suppresses_modality:
        return ModalReading(modality)
    if modality != "plan" and (agreement_terms(forms, trigger, grammar)
                               or deal_terms(forms, trigger, clause, grammar, names)):
        return ModalReading("plan")
    governing = governing_span(forms, clause, trigger, grammar)
    if governing is None:
        return ModalReading(modality)
    stretch, governor = governing
    governed = governing_modality(forms, governor, stretch, grammar, intent_to_cooperate(rule))
    if modality == "plan" and governed != "threat":
        return ModalReading(modality)  # "пригрозил, что нанесет удар": a threat governs a future act too
    return ModalReading(governed or modality, governed, governor)


# An announced decision is the act itself (EVAL.md: "kündigte an, auszutreten" is a SANCTION);
# an announced visit or signing is still a plan.
_DECIDED_TYPES: Final = frozenset({"SANCTION", "REJECT", "RETREAT"})
# acts whose promise is an intent to cooperate or yield (CAMEO 03x): "agreed to withdraw" is AGREE 0356; an intent
# ("договорились расширить сотрудничество") keeps its own code. Not SUPPORT: in "agreed to restore relations, in a
# deal brokered by China" the broker would be paired (the agreement is an AGREE of its own rule)
_COMMITTED_TYPES: Final = frozenset({"CONSULT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "AGREE"})
# acts a promise leaves undone and that have no intent code of their own: "s'est engagé à renforcer les patrouilles à
# la frontière", "pledged to deploy more troops" promise a mobilisation, they make none (the promise is the pledge
# rule's AGREE 03x, where a party to it is named)
_PROMISED_PLANS: Final = frozenset({"MOBILIZE"})
_PROMISABLE_TYPES: Final = _COMMITTED_TYPES | _PROMISED_PLANS
# relations promised or agreed to be restored ("a promis de rétablir des relations avec Taïwan", "acordaron restablecer
# sus relaciones consulares", "se sont mises d'accord pour rouvrir leurs ambassades"): the recognition is not given
# until the text tells it done, the promise or the agreement is the fact (its own rule's AGREE; eval/gold/README.md,
# "An agreement to restore relations is the agreement"); the language's `agreed` words commit to it beside `commit`
_PROMISED_CODES: Final = frozenset({"054"})


def _promised_plan(rule: Rule) -> bool:
    """Whether a promise of the rule's act leaves it a plan (no intent code of its own, or relations restored)."""
    return rule.plover in _PROMISED_PLANS or rule.cameo in _PROMISED_CODES


def _commitments(grammar: Grammar, rule: Rule) -> frozenset[str]:
    """The words whose infinitive the rule's act is promised by: `commit` for the promisable types, with `agreed`
    for relations restored; none for the other acts."""
    if rule.cameo in _PROMISED_CODES:
        return grammar.modality.get("commit", frozenset()) | grammar.modality.get("agreed", frozenset())
    return grammar.modality.get("commit", frozenset()) if rule.plover in _PROMISABLE_TYPES else frozenset()


def reinterpret(rule: Rule, modality: str) -> tuple[str, str]:
    """The CAMEO code and PLOVER type of the act under a modality."""
    code = rule.cameo
    if modality == "threat":
        new = _THREAT_CODE.get(code[:3]) or _THREAT_CODE.get(code[:2]) or "130"
    elif modality == "demand":
        new = _DEMAND_CODE.get(code[:2], "100")
    elif modality == "plan" and rule.plover in ("CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE") \
            or modality == "commit" and rule.plover in _COMMITTED_TYPES - {"AGREE"} | {"SUPPORT"}:
        # a promise names its field ("pledged to deliver air defences": 0332); a plan keeps the root's code
        new = modality == "commit" and _INTENT_CODE.get(code[:3]) or _INTENT_CODE.get(code[:2], "030")
    else:
        return rule.cameo, rule.plover
    return new, lookup(new).plover or rule.plover

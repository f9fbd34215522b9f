"""What the verb's tense and the words beside it say of the act: a future, a conditional, a future
auxiliary, an upcoming meeting, a decision announced, a modal verb after a noun subject, an intent to cooperate.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Final

from realpolitik.events.clause_infinitives import future_auxiliary
from realpolitik.events.grammar import Grammar
from realpolitik.events.modality_cues import cue_in, phrase_at
from realpolitik.events.modality_scope import SUBJECT_PHRASE_REACH, subject_phrase_ends, subject_start
from realpolitik.events.rules import Rule
from realpolitik.language.infinitives import GERMAN_INFINITIVE_ENDINGS

_UPCOMING_REACH: Final = 3  # words before a meeting's noun "next" may stand: "the next round of talks"


def upcoming(forms: list[frozenset[str]], trigger: tuple[int, int], clause: tuple[int, int], grammar: Grammar) -> bool:
    """"The next meeting between Modi and Xi will take place in Delhi", "das nächste Treffen findet in Paris statt",
    "la prochaine réunion", "следующий раунд переговоров": a meeting called the next or the upcoming one is still to
    be held, whatever tense its clause is told in (a plan; its announcement is no meeting held)."""
    words = grammar.modality.get("upcoming", frozenset())
    return bool(words) and any(forms[i] & words for i in range(max(clause[0], trigger[0] - _UPCOMING_REACH),
                                                               trigger[0]))


def modal_after_subject(forms: list[frozenset[str]], trigger: tuple[int, int], clause: tuple[int, int],
                         grammar: Grammar,
                         names: frozenset[int] | set[int]) -> str | None:
    """A trigger that opens its clause (after articles and actor names only) is a noun and the clause's subject;
    a modal or future verb after its phrase, followed by a verb of taking place ("Talks between Iran and the United
    States could resume", "The meeting is expected to take place"), makes it a supposition or a plan. Other verbs
    leave the noun a fact: "The strikes could trigger a wider war" tells of strikes that happened."""
    occur = grammar.modality.get("occur", frozenset())
    if not occur:
        return None
    first = subject_start(forms, trigger, clause, grammar, names)
    if first is None:
        return None
    lead = grammar.determiners | grammar.possessives | grammar.negation_completers | grammar.object_negation
    conditional = grammar.modality.get("hypothetical", frozenset()) - grammar.subordinators  # not "if"
    expected = frozenset(c for c in grammar.modality.get("plan", frozenset()) if c.startswith("be ")) \
        | grammar.modality.get("expected", frozenset())
    scheduled = grammar.modality.get("scheduled", frozenset())
    for i in _subject_phrase(trigger[1], clause[1], names):
        if subject_phrase_ends(forms, i, grammar, names):
            return None
        if forms[i] & scheduled and (trigger[0] == first or forms[trigger[0] - 1] & lead):
            # "Aucune rencontre entre les deux présidents n'est prévue", "Las sanciones previstas de Washington":
            # the participle says it; not after a verb that follows its subject ("Marruecos canceló la cumbre
            # prevista": the cancellation happened)
            return "plan"
        found = "hypothetical" if forms[i] & conditional else "plan" if forms[i] & grammar.future_words \
            or forms[i] & expected or phrase_at(forms, i, expected) else None
        if found is not None:
            reach = range(i + 1, min(clause[1], i + _OCCUR_REACH))
            return found if any(forms[k] & occur or phrase_at(forms, k, occur) for k in reach) else None
    return None


_OCCUR_REACH: Final = 6  # "is expected to take place", "could finally resume"
_INTENT: Final = "03"  # CAMEO's root of expressed intents to cooperate (AGREE 030-039)


def _subject_phrase(start: int, end: int, names: frozenset[int] | set[int]) -> list[int]:
    """The words after a subject noun where its verb may stand: SUBJECT_PHRASE_REACH words, an actor's name counted
    as none ("Aucune rencontre entre Sanae Takaichi et le Premier ministre chinois Li Qiang n'est prévue": the
    names of the pair lengthen the phrase, not the distance to its verb)."""
    words: list[int] = []
    counted = 0
    for i in range(start, end):
        if counted >= SUBJECT_PHRASE_REACH:
            break
        words.append(i)
        counted += i not in names
    return words


def intent_to_cooperate(rule: Rule) -> bool:
    """An expressed intent to cooperate (AGREE 03x): promised, it is expressed, the pledge itself."""
    return rule.plover == "AGREE" and rule.cameo.startswith(_INTENT)


def decision_announced(forms: list[frozenset[str]], spans, grammar: Grammar) -> bool:
    """A cue of an announced decision ("said it would", "announced plans to") stands before the trigger."""
    cues = grammar.modality.get("decided", frozenset())
    return bool(cues) and any(cue_in(forms, start, end, cues) for start, end in spans)


@lru_cache(maxsize=16)
def decided_words(cues: frozenset[str]) -> frozenset[str]:
    """The words of the decision cues ("would", "plan"): under such a cue they mark no hypothesis or plan,
    while the others ("could", "if") still do."""
    return frozenset(word for cue in cues for word in cue.split())


def promise_head(forms: list[frozenset[str]], trigger: tuple[int, int], grammar: Grammar) -> tuple[int, int]:
    """The words of a trigger whose tense tells whether its act is done: a pattern that opens with a commitment cue
    ("prometió que ayudará a Ucrania", "se comprometió a que seguirá ...") has its promise in that verb, and the
    future after it is what is promised, no plan of the promise; any other trigger is all its words."""
    commit = grammar.modality.get("commit", frozenset())
    if commit and forms[trigger[0]] & commit:
        return trigger[0], trigger[0] + 1
    return trigger


def future(forms: list[frozenset[str]], trigger: tuple[int, int], clause: tuple[int, int], grammar: Grammar,
            names: frozenset[int] | set[int]) -> bool:
    """A future-tense verb form in the trigger or just before it ("habrá una reunión")."""
    if not grammar.future_endings:
        return False
    for i in range(max(clause[0], trigger[0] - 2), trigger[1]):
        if i not in names and any(f.endswith(grammar.future_endings) for f in forms[i] if f.isalpha()):
            return True
    # "viajará el jueves a Bruselas para reunirse con ...": the purpose of a future journey is still to come
    purpose = grammar.roles.purpose_markers
    if purpose and trigger[0] > clause[0] and forms[trigger[0] - 1] & purpose:
        return any(i not in names and any(f.endswith(grammar.future_endings) for f in forms[i] if f.isalpha())
                   for i in range(max(clause[0], trigger[0] - _PURPOSE_REACH), trigger[0] - 1))
    return False


_PURPOSE_REACH: Final = 10  # "viajará el jueves a Bruselas para reunirse": the future verb before the purpose clause


def scheduled_leg(forms: list[frozenset[str]], trigger: tuple[int, int], clause: tuple[int, int], grammar: Grammar,
                  names: frozenset[int] | set[int]) -> bool:
    """"Tinubu flies to Doha on Wednesday for talks with the emir", "Mahama travels on Thursday to Mumbai ... before
    flying on to the Emirates": a verb of going or receiving in the present tense (the grammar's `leg` forms) before
    the trigger's end, with a day still to come (`coming`) before its clause's end, tells a trip not yet made, and
    the legs told after it in the sentence with it: wire copy's scheduled present. The past ("flew to Doha on
    Wednesday") and a present with no day ("Tinubu visits Ankara", a headline) are no cue."""
    leg, coming = grammar.modality.get("leg", frozenset()), grammar.modality.get("coming", frozenset())
    lead = grammar.determiners | grammar.possessives  # "the hosts", "its meets": a noun
    if not leg or not coming or not any(i not in names and forms[i] & leg and not (i and forms[i - 1] & lead)
                                        for i in range(trigger[1])):
        return False
    return cue_in(forms, 0, clause[1], coming)


def conditional(forms: list[frozenset[str]], trigger: tuple[int, int], clause: tuple[int, int], grammar: Grammar,
                names: frozenset[int] | set[int]) -> bool:
    """A conditional verb in the trigger or just before it ("atacaría", "se reunirían"); an announced decision
    ("anunció que impondría aranceles") is the act, so the caller leaves SANCTION, REJECT, RETREAT alone. The
    perfect ("habría enviado tropas") is `rumoured`."""
    if not grammar.conditional_endings:
        return False
    for i in range(max(clause[0], trigger[0] - 2), trigger[1]):
        if i not in names and any(f.isalpha() and f.endswith(grammar.conditional_endings) for f in forms[i]) \
                and any(f.endswith(grammar.infinitive_endings) for f in forms[i]) \
                and not forms[i] & grammar.roles.have:
            return True
    return False


def rumoured(forms: list[frozenset[str]], trigger: tuple[int, int], clause: tuple[int, int], grammar: Grammar,
             names: frozenset[int] | set[int]) -> bool:
    """The conditional perfect in the trigger's clause before it ("Washington habría exigido", "habrían navegado por
    aguas peruanas", "habría exigido la retirada de ..."): the Spanish wire's conditional of rumour, what a source
    says happened and the writer does not vouch for; no decision is announced by it, so it holds for every type (the
    studied Spanish gold codes none of the acts so told, round 50)."""
    if not grammar.conditional_endings:
        return False
    return any(i not in names and forms[i] & grammar.roles.have
               and any(f.isalpha() and f.endswith(grammar.conditional_endings) for f in forms[i])
               for i in range(clause[0], trigger[1]))


_FUTURE_REACH: Final = 5  # "will allow Egypt to join": the auxiliary governs a short chain of verbs


def future_demand(forms: list[frozenset[str]], trigger: tuple[int, int], clause: tuple[int, int], grammar: Grammar,
                  names: frozenset[int] | set[int]) -> bool:
    """A demand told in the future: the analytic future's auxiliary right before the demand's verb (the grammar's
    `future_auxiliary`: "Литва будет добиваться новых санкций ЕС"), a future ending on the verb ("su Gobierno pedirá
    explicaciones a la misión de la UE", "reclamará a Guatemala una compensación", "exigera") or a future word before
    it ("will demand"): still to be made (EVAL.md codes no purely future event; the studied gold codes none of six
    such sentences: wire-ru3-011, fresh47-ru-004, relprec-ru-027, wire-es3-003, fresh61a-es-001, wire-en12-007).
    Not the future-in-past after a verb of saying (the grammar's `future_in_past` endings): an appeal so announced is
    coded as the act ("a confirmé que le Canada porterait l'affaire devant l'OMC", wire-fr3-002's gold REQUEST). Only
    the verb is read, with the two words before it: a noun of the demand's object may end like a future ("le
    retrait")."""
    auxiliary = grammar.modality.get("future_auxiliary", frozenset())
    if auxiliary and trigger[0] > clause[0] and forms[trigger[0] - 1] & auxiliary:
        return True
    head = (trigger[0], trigger[0] + 1)
    if future_word(forms, head, clause, grammar):
        return True
    past = tuple(grammar.modality.get("future_in_past", frozenset()))
    return future(forms, head, clause, grammar, names) and not (past and any(
        i not in names and any(f.endswith(past) for f in forms[i] if f.isalpha())
        for i in range(max(clause[0], trigger[0] - 2), trigger[0] + 1)))


def future_word(forms: list[frozenset[str]], trigger: tuple[int, int], clause: tuple[int, int],
                 grammar: Grammar) -> bool:
    """A future auxiliary of the grammar's `future_words` shortly before the trigger or inside its pattern."""
    return bool(grammar.future_words) and any(
        forms[i] & grammar.future_words for i in range(max(clause[0], trigger[0] - _FUTURE_REACH), trigger[1]))


def auxiliary_future(forms: list[frozenset[str]], trigger: tuple[int, int], clause: tuple[int, int],
                      grammar: Grammar) -> bool:
    """German future and obligation: "wird"/"soll" before the trigger and an infinitive closing the clause
    ("wird Macron treffen", "sollen verlängert werden"), not a participle ("wird angegriffen": a passive)
    nor a perfect infinitive ("soll Drohnen geliefert haben": reported)."""
    if not grammar.future_auxiliaries or not any(
            future_auxiliary(forms[i], grammar) for i in range(clause[0], trigger[0])) \
            and not _auxiliary_after_subject(forms, trigger, clause, grammar):
        return False
    last = None
    for i in range(trigger[0], clause[1]):
        if "," in forms[i]:
            break
        if any(f.isalpha() for f in forms[i]):
            last = forms[i]
    if last is None or len(last) != 1 or last & grammar.perfect_auxiliaries:
        return False  # a participle offers its lemma beside its own form
    return next(iter(last)).endswith(GERMAN_INFINITIVE_ENDINGS)


def told_ahead(forms: list[frozenset[str]], trigger: tuple[int, int], clause: tuple[int, int], grammar: Grammar,
               names: frozenset[int] | set[int]) -> bool:
    """Whether the act is told as one to come or one that would be: a future ("habrá", "will"), a conditional
    ("quitterait"), a future word or a future auxiliary with an infinitive ("wird ... ausweisen"). The modality
    readers weigh each of these with the rule's type; what the actor says it will not do (a pledge) is any of them."""
    return future(forms, trigger, clause, grammar, names) or conditional(forms, trigger, clause, grammar, names) \
        or future_word(forms, trigger, clause, grammar) or auxiliary_future(forms, trigger, clause, grammar)


_SUBJECT_REACH: Final = 2  # "Ein Treffen", "Neue Sanktionen", "Die geplanten Gespräche": words before the subject noun


def _auxiliary_after_subject(forms: list[frozenset[str]], trigger: tuple[int, int], clause: tuple[int, int],
                             grammar: Grammar) -> bool:
    """"Ein Treffen zwischen Putin und Trump soll in Budapest stattfinden", "Die Gespräche sollen fortgesetzt
    werden": an act noun opening its clause is the subject of the auxiliary after it (up to a comma)."""
    if trigger[0] - clause[0] > _SUBJECT_REACH:
        return False
    for i in range(trigger[1], clause[1]):
        if "," in forms[i]:
            return False
        if future_auxiliary(forms[i], grammar):
            return True
    return False


def deal_terms(forms: list[frozenset[str]], trigger: tuple[int, int], clause: tuple[int, int], grammar: Grammar,
               names: frozenset[int] | set[int]) -> bool:
    """An act told as a deal's term: a phrase of the grammar's `terms` ("in return", "under the framework", "en
    contrepartie", "a cambio", "im Gegenzug", "в обмен") before the trigger in its sentence, and its clause told ahead
    up to the trigger (a future or a conditional, "will", "wird ... zahlen", the analytic future's auxiliary): what
    one side is to do for the other's part of the deal ("In return, Vietnam will open its market to American
    products", "En contrepartie, Berne versera à partir de 2030 une contribution"), still to be carried out, as what
    an agreement permits is (`agreement_terms`); EVAL.md codes the agreement, not its terms. Counted in the studied
    material (round 63): 24 sentences in 23 documents with such a phrase and a verb told ahead, the gold codes the
    term in none; an act announced on its own in the future (no such phrase) stays the act it announces."""
    terms = grammar.modality.get("terms", frozenset())
    if not terms or not cue_in(forms, 0, trigger[0], terms):
        return False
    stretch = (min(clause[0], trigger[0]), trigger[1])  # "will open its market ... without tariffs": the clause's verb
    auxiliary = grammar.modality.get("future_auxiliary", frozenset())
    return told_ahead(forms, stretch, clause, grammar, names) \
        or bool(auxiliary) and any(forms[i] & auxiliary for i in range(*stretch))

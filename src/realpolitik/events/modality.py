"""Negation and modality: did it happen, was it threatened, demanded, planned or only supposed?

"threatened to impose sanctions" is a THREATEN, not a SANCTION; "called for
talks" is a REQUEST; "wants to expand cooperation" is an intention, which
PLOVER codes as AGREE. The CAMEO code moves to the matching branch.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from typing import Final

from realpolitik.events.article import VERDICT_TYPES
from realpolitik.events.cameo import lookup
from realpolitik.events.clauses import BREAKS, future_auxiliary, is_infinitive_clause
from realpolitik.events.rules import INFINITIVE_ENDINGS, MODAL_CUE_KINDS, Grammar, Rule, absent
from realpolitik.language.tokens import QUOTE_MARKS

_NEGATION_WINDOW: Final = 4
_SCOPE_BEFORE: Final = 8

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


def _lemmas(forms: list[frozenset[str]], start: int, end: int) -> set[str]:
    return set().union(*forms[max(0, start):max(0, end)])


_ATTRIBUTE_ENDINGS: Final = ("e", "es", "en", "er", "em")  # German "ein geplantes Treffen": an inflected participle


def _unattributed(forms: list[frozenset[str]], start: int, end: int) -> set[str]:
    """`_lemmas` without the participles inflected as attributes ("ein für Mai geplantes Treffen wurde abgesagt",
    "kritisierte den angekündigten Besuch"): they qualify the judged noun, no act of the judge's is planned."""
    found: set[str] = set()
    for f in forms[max(0, start):max(0, end)]:
        if not any(a != b and b.endswith("t") and a.startswith(b) and a[len(b):] in _ATTRIBUTE_ENDINGS
                   for a in f for b in f):
            found |= f
    return found


@lru_cache(maxsize=64)
def _phrases(cues: frozenset[str]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(cue.split()) for cue in cues if " " in cue)


@lru_cache(maxsize=64)
def _phrase_firsts(cues: frozenset[str]) -> frozenset[str] | None:
    """The first words of the cues' phrases (None where a phrase has no words, which fits anywhere): a token
    none of them is a form of starts no phrase, and most tokens asked about start none."""
    phrases = _phrases(cues)
    return None if not all(phrases) else frozenset(words[0] for words in phrases)


def _phrase_at(forms: list[frozenset[str]], i: int, cues: frozenset[str]) -> bool:
    """A cue of several words ("yet to", "be set to") starting at token i; its words match forms in order."""
    firsts = _phrase_firsts(cues)
    if firsts is not None and 0 <= i < len(forms) and firsts.isdisjoint(forms[i]):
        return False  # (asked of every word near a trigger: one set test, not a loop over the phrases)
    for words in _phrases(cues):
        if i + len(words) <= len(forms) and all(w in forms[i + k] for k, w in enumerate(words)):
            return True
    return False


def _cue_in(forms: list[frozenset[str]], start: int, end: int, cues: frozenset[str],
            present: set[str] | None = None) -> bool:
    """Some cue, of one word or several, stands in tokens [start, end) (whose forms are `present`, when the
    caller tests several cues on one span)."""
    start, end = max(0, start), max(0, end)
    if present is None:
        present = _lemmas(forms, start, end)
    if present & cues:
        return True
    # a phrase starts at one of these tokens, so its first word is among their forms: most spans hold none
    firsts = _phrase_firsts(cues)
    return (not firsts.isdisjoint(present) if firsts is not None else bool(_phrases(cues))) \
        and any(_phrase_at(forms, i, cues) for i in range(start, end))


def is_negated(forms: list[frozenset[str]], trigger: tuple[int, int], clause: tuple[int, int], grammar: Grammar,
               trigger_tokens: tuple[int, ...] = (), quoted: frozenset[int] = frozenset(),
               vocabulary: frozenset[str] | None = None, names: frozenset[int] = frozenset()) -> bool:
    """A negation word near the trigger (inside a split trigger too: "liefert keine Waffen"), but not
    one inside a quotation the trigger is outside of ("wies die Äußerungen als „nicht akzeptabel“ zurück");
    quoted speech negates its own verbs ("„Wir werden nicht unterschreiben“").
    `vocabulary`: the union of all of `forms`, where the caller has it: without a negation word or the first word
    of a negation phrase in it (most sentences), no window is read.
    `names`: the tokens of the event's actors; a conjunction between two of them joins names, not verbs ("Das
    Abkommen unterzeichneten Russland und die Ukraine nicht")."""
    if grammar.roles.privatives and _privative(forms, trigger, clause, grammar):
        return True
    if grammar.failed_after and _failed_after(forms, trigger, clause, grammar):
        return True
    if grammar.false_claims and _false_claim(forms, trigger[0], grammar):
        return True
    starts = grammar.negation_starts
    if vocabulary is not None and starts is not None and vocabulary.isdisjoint(starts):
        return False
    t_start, t_end = trigger
    window_start = max(clause[0], t_start - _NEGATION_WINDOW)
    window_end = t_start
    if grammar.negation_after_verb:  # German: "unterzeichnete das Abkommen nicht"; "hat ... nicht unterzeichnet"
        window_start = max(clause[0], t_start - 2 * _NEGATION_WINDOW)
        window_end = _before_comma(forms, t_end, min(clause[1], t_end + 2 * _NEGATION_WINDOW))
    for i in range(window_start, window_end):
        if i in trigger_tokens or i in quoted and t_start not in quoted:
            continue  # a quoted word judges the act; inside the same quotation it negates it ("«X не подписывает»")
        between = range(i + 1, t_start) if i < t_start else range(t_end, i)
        if grammar.conjunctions and any(forms[k] & grammar.conjunctions and not _pair_joiner(forms, t_end, k, grammar)
                                        and not _joins_names(forms, k, names, grammar) for k in between):
            continue  # "erkennt X nicht an und verlangt ...": the negation belongs to the other verb
        if forms[i] & grammar.negation or _phrase_at(forms, i, grammar.negation):
            if i + 1 in trigger_tokens and i + 2 in trigger_tokens and forms[i + 1] & grammar.negation:
                # "никогда не признавал юрисдикцию": one negation, the trigger's own particle ("не признавать"); a
                # refusal verb that is the trigger itself is still negated ("не отказалась от закупок")
                continue
            if i > 0 and forms[i] & grammar.negation_completers and forms[i - 1] & grammar.determiners:
                continue  # "lui ont emboîté le pas en rappelant ...", "un pas vers": the noun, no negation
            nxt = forms[i + 1] if i + 1 < len(forms) else frozenset()
            if not nxt & grammar.not_only and not _ne_que(forms, i, t_end, grammar) \
                    and not _expletive_ne(forms, i, t_end, grammar):
                return True
    return _negated_object(forms, t_start, clause, grammar)


def _negated_object(forms: list[frozenset[str]], t_start: int, clause: tuple[int, int], grammar: Grammar) -> bool:
    """English "signed no boundary deal with China", "held no talks", "has imposed no sanctions": the determiner of
    the object right after the verb denies the act; not "no fewer than", "no later than" (a number, a date)."""
    k = t_start + 1
    if not grammar.object_negation or k >= clause[1] or not forms[k] & grammar.object_negation:
        return False
    return k + 1 >= len(forms) or not forms[k + 1] & grammar.object_negation_exceptions


def _joins_names(forms: list[frozenset[str]], k: int, names: frozenset[int], grammar: Grammar) -> bool:
    """The conjunction at `k` stands between two actors' names ("Russland und die Ukraine", an article before the
    second): it joins the names of one side, it opens no other verb."""
    after = k + 1
    while after < len(forms) and forms[after] & grammar.determiners:
        after += 1
    return k - 1 in names and after in names


_PAIR_REACH: Final = 5  # "zwischen dem russischen Präsidenten und ...": words from the pair marker to its conjunction


def _pair_joiner(forms: list[frozenset[str]], t_end: int, k: int, grammar: Grammar) -> bool:
    """The conjunction at `k`, after the trigger, joins the two sides of a pair the trigger names ("Ein Treffen
    zwischen Petro und Noboa kam nicht zustande"): it opens no other verb, so the negation after it is the noun's."""
    for j in range(k - 1, max(t_end, k - _PAIR_REACH) - 1, -1):
        if forms[j] & grammar.pair_markers:
            return True
        if "," in forms[j] or forms[j] & grammar.conjunctions:
            return False
    return False


# "Tampoco es cierto que la presidenta, Maia Sandu, haya pedido": words between verdict and act
_CLAIM_REACH: Final = 16


def _false_claim(forms: list[frozenset[str]], t_start: int, grammar: Grammar) -> bool:
    """"No es cierto que Rusia haya expulsado a ...", "Es falso que X firmara ...": a verdict phrase ending in the
    subordinator of the trigger's clause says its act did not happen. Another subordinator or a clause break before
    the phrase is reached ("es falso que X, que ya expulsó a ..., ...") leaves the trigger in a clause the verdict
    does not judge."""
    phrases = [tuple(cue.split()) for cue in grammar.false_claims]
    for j in range(t_start - 1, max(-1, t_start - _CLAIM_REACH), -1):
        if any(j + 1 >= len(words) and all(w in forms[j - len(words) + 1 + k] for k, w in enumerate(words))
               for words in phrases):
            return True
        if forms[j] & (grammar.subordinators | grammar.clause_breaks):
            return False
    return False


_PUNCTUATION: Final = frozenset({",", ";", ":", ".", "—", "–", "(", ")"})
_FAILED_REACH: Final = 7  # "подписать соглашение так и не удалось", "договориться о линии разъединения пока не удалось"


def _failed_after(forms: list[frozenset[str]], trigger: tuple[int, int], clause: tuple[int, int],
                  grammar: Grammar) -> bool:
    """Russian "договориться не удалось": an infinitive trigger ("переговоры не удались" took place) with a phrase of
    failure right after it or its object, no comma between."""
    if not any(forms[k] and all(grammar.verb_lemma(f) for f in forms[k]) for k in (trigger[0], trigger[1] - 1)):
        # an infinitive: its form is its lemma ("провели переговоры и не смогли договориться" held the talks)
        return False
    # (past the clause's end to the next punctuation: "договориться ... пока не удалось", "пока" may open one)
    for i in range(trigger[1], min(len(forms), trigger[1] + _FAILED_REACH)):
        if forms[i] & _PUNCTUATION:
            return False
        if _phrase_at(forms, i, grammar.failed_after):
            return True
    return False


_INDEFINITE_TAILS: Final = frozenset({"либо", "нибудь"})


def _privative(forms: list[frozenset[str]], trigger: tuple[int, int], clause: tuple[int, int],
               grammar: Grammar) -> bool:
    """"left without signing the accord", "sin un acuerdo", "sans avoir signé": a privative preposition right before
    the trigger (an article or a perfect auxiliary between); German "..., ohne das Abkommen zu unterzeichnen": the
    preposition opens the infinitive clause the trigger closes ("zu" before it or inside it: "anzuerkennen")."""
    words, start = grammar.roles.privatives, trigger[0]
    k = start - 1
    if k > clause[0] and forms[k] & (grammar.determiners | grammar.roles.have):
        k -= 1
    if k >= clause[0] and forms[k] & words:
        return True
    if grammar.verb_lemma_endings and k >= 3 and forms[k] & _INDEFINITE_TAILS and "-" in forms[k - 1]:
        k -= 3  # "каких-либо", "какого-нибудь": no determiner of the list, yet it stands where one would
    if k >= 1 and forms[k - 1] & words and grammar.verb_lemma_endings \
            and not any(grammar.verb_lemma(f) for i in (k, start) for f in forms[i]):
        return True  # "без подписания договоренностей": the act noun's object names the same act, not done
    marker = grammar.infinitive_marker
    if not grammar.verb_final or not marker:
        return False
    opener = next((i for i in range(start - 1, clause[0] - 1, -1) if "," in forms[i] or forms[i] & words), None)
    if opener is None or not forms[opener] & words:
        return False
    return marker in forms[start - 1] or any(f.find(marker, 1) > 0 for i in range(*trigger) for f in forms[i])


def _starts_with(form: str, words: frozenset[str]) -> bool:
    """`form` is one of `words`, or starts with one that ends in an apostrophe ("n'a" with "n'")."""
    return form in words or any(w.endswith(("'", "’")) and form.startswith(w) for w in words)


def _ne_que(forms: list[frozenset[str]], i: int, t_end: int, grammar: Grammar) -> bool:
    """French "ne ... que" means "only" ("ne peut que condamner", "n'a signé que deux accords"): a negation
    particle whose only partner up to just past the verb is an exceptive negates nothing (grammar words)."""
    if not grammar.exceptives or not any(_starts_with(f, grammar.exceptive_particles) for f in forms[i]):
        return False
    stretch = range(i + 1, min(len(forms), t_end + 2))
    if any(forms[k] & grammar.negation_completers for k in stretch):
        return False
    return any(_starts_with(f, grammar.exceptives) for k in stretch for f in forms[k])


_EXPLETIVE_REACH: Final = 8  # "avant que l'armée de l'air du pays voisin ne frappe": opener to particle


def _expletive_ne(forms: list[frozenset[str]], i: int, t_end: int, grammar: Grammar) -> bool:
    """French expletive "ne": after "avant que", "à moins que", "de peur que" a lone particle with no partner up to
    just past the verb negates nothing ("avant que l'armée cambodgienne ne tire des roquettes": it fired). The
    opener stands in the words before the particle, no comma between (grammar `expletive_openers`)."""
    if not grammar.expletive_openers or not any(_starts_with(f, grammar.exceptive_particles) for f in forms[i]):
        return False
    if any(forms[k] & grammar.negation_completers for k in range(i + 1, min(len(forms), t_end + 2))):
        return False
    for k in range(i - 1, max(-1, i - _EXPLETIVE_REACH), -1):
        if "," in forms[k] or forms[k] & grammar.clause_breaks:
            return False
        if _phrase_at(forms, k, grammar.expletive_openers):
            return True
    return False


def _before_comma(forms: list[frozenset[str]], start: int, end: int, conjunctions: frozenset[str] = frozenset(),
                  names: frozenset[int] | set[int] = frozenset()) -> int:
    """The end of a stretch after the trigger: the first comma, which opens another clause, or a conjunction
    that joins another verb ("verhängte Sanktionen und droht mit ..."), not one that joins two names ("ein
    Treffen Frankreichs und Italiens ist geplant")."""
    return next((i for i in range(start, end) if "," in forms[i] or forms[i] & conjunctions
                 and not (i - 1 in names and i + 1 in names)), end)


_STATEMENT_BREAKS: Final = frozenset({":"})


def modality_of(forms: list[frozenset[str]], trigger: tuple[int, int], clause: tuple[int, int], sentence_len: int,
                grammar: Grammar, rule: Rule, names: frozenset[int] | set[int] = frozenset(),
                vocabulary: frozenset[str] | None = None, participle: bool = False) -> str:
    """The strongest modal cue governing the trigger, else "reported" or "asserted". `names` are the
    tokens of actors' names, which are no verbs though they may end like one ("Irán", "Teherán").
    `vocabulary`: the union of all of `forms`, where the caller has it (the report words are looked up in it).
    `participle`: the trigger's clause is a participle clause after a comma (clauses.opens_participle)."""
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
    start = _after_inserted_clause(forms, trigger, grammar, _after_coordinated_verb(
        forms, trigger, grammar, clause[0] if opener else clause[0] - _SCOPE_BEFORE))
    spans = [(_after_break(forms, trigger, grammar, names, start), trigger[0])]
    if grammar.verb_final:  # German modal verbs close the clause: "Gespräche führen will" (up to a comma:
        # ", sollte X nicht ..." and "... und droht" belong to another verb)
        spans.append((trigger[1], _before_comma(forms, trigger[1], clause[1], grammar.conjunctions, names)))
    if _counterfactual_clause(forms, trigger, grammar.modality.get("counterfactual", frozenset())):
        return "hypothetical"  # "Hätte er sich verweigert, hätte Trump Zölle verhängt": contrary to fact
    if rule.plover in _SUPPOSABLE and _supposed_case(forms, spans[0], grammar, vocabulary):
        return "hypothetical"  # "verpflichten sich, einander im Fall eines Angriffs beizustehen"
    decided = False
    if rule.suppresses_modality and rule.plover in _SPEECH_ACTS and _in_condition(forms, trigger, grammar):
        return "hypothetical"  # "готов помочь, если об этом попросят обе стороны": the asking is the condition
    if rule.suppresses_modality and rule.plover in _SPEECH_ACTS:
        supposed = _supposed_speech_act(forms, spans, rule.plover, grammar)
        if supposed is not None:
            return supposed
    elif rule.suppresses_modality and _supposed_act(forms, spans, grammar):
        # "Ob auch Berlin russische Diplomaten ausweisen werde, ließ er offen", "Polen könnte Diplomaten ausweisen":
        # a rule that keeps its own modality (the expulsion "forderte ... zur Ausreise auf") still tells no act
        # under a supposition or an open question
        return "hypothetical"
    if not rule.suppresses_modality:
        decided = rule.plover in _DECIDED_TYPES and _decided(forms, spans, grammar) \
            and not _cue_in(forms, trigger[1], clause[1], _without(grammar.modality.get(
                "hypothetical", frozenset()), _decided_words(grammar.modality.get("decided", frozenset()))))
        # ("... would expel them if Tallinn ...": no decision)
        # a sentence whose forms hold no word a cue of the four (or a commitment) is or starts with has none near
        # the trigger (one set test: most sentences; no span's forms are gathered, and no kind is asked about:
        # with nothing `present` the loop finds nothing)
        starts = grammar.modal_cue_words
        cued = vocabulary is None or starts is None or not vocabulary.isdisjoint(starts)
        present = [(start, end, _lemmas(forms, start, end)) for start, end in spans] if cued else []  # for the four
        for modality in MODAL_CUE_KINDS if present else ():
            cues = _modal_cues(grammar, modality, _intent(rule))
            if modality == "plan" and rule.plover in VERDICT_TYPES:
                cues = _without(cues, grammar.plan_nouns)  # "verurteilte die Pläne": the plan is judged
            if decided and modality in ("hypothetical", "plan"):
                cues = _without(cues, _decided_words(grammar.modality.get("decided", frozenset())))
            commit = grammar.modality.get("commit", frozenset()) if modality == "plan" \
                and rule.plover in _PROMISABLE_TYPES else frozenset()
            if commit and not any(_cue_in(forms, start, end, _without(cues, commit), words)
                                  for start, end, words in present) \
                    and any(_committed(forms, _after_comma(forms, start, end), end, trigger[1], commit, grammar)
                            # German "hatte der Ukraine ein Militärpaket zugesagt": the pledge closes the clause
                            # after the noun it pledges
                            or grammar.verb_final and start >= trigger[1] and _cue_in(forms, start, end, commit, words)
                            for start, end, words in present):
                # "pledged to deliver two batteries", "offered to host talks": the pledge is the fact (AGREE 03x);
                # "will pledge", "is to offer" are still plans
                return "plan" if rule.plover in _PROMISED_PLANS or _future_word(forms, trigger, clause, grammar) \
                    else "commit"
            judged = modality == "plan" and rule.plover in VERDICT_TYPES
            if any(_cue_in(forms, start, end, cues, _unattributed(forms, start, end) if judged else words)
                   for start, end, words in present):
                return modality
    if not rule.suppresses_modality and rule.plover not in _DECIDED_TYPES \
            and _conditional(forms, trigger, clause, grammar, names):
        return "hypothetical"  # "Israel atacaría Irán", "habría enviado tropas": speculation or rumour
    if rule.plover == "CONSULT" and _upcoming(forms, trigger, clause, grammar):
        return "plan"  # "the next meeting between Modi and Xi", "das nächste Treffen", "la prochaine réunion"
    if (rule.symmetric or rule.plover == "CONSULT") and _future(forms, _promise_head(forms, trigger, grammar),
                                                                clause, grammar, names):
        # "se reunirá con", "firmarán el acuerdo", "recibirá la semana próxima al enviado": scheduled, not yet done
        return "plan"
    if not rule.suppresses_modality and not decided and _auxiliary_future(forms, trigger, clause, grammar):
        if rule.plover == "SUPPORT" and _decided(forms, spans, grammar):
            return "commit"  # "Deutschland werde die Ukraine weiter unterstützen": the pledge of support (AGREE 03x)
        return "plan"  # "wird am Montag Macron treffen", "soll im Mai unterzeichnet werden"; not "werde ... abbrechen"
    if not rule.suppresses_modality and rule.plover not in _DECIDED_TYPES and _future_word(forms, trigger, clause,
                                                                                          grammar):
        return "plan"  # "will allow Egypt to join the exercise"; not "will expel the envoy" (a decision)
    after = None if rule.suppresses_modality else _modal_after_subject(forms, trigger, clause, grammar, names)
    if after is not None:
        return after  # "Talks between Iran and the United States could resume next month"
    # a report word anywhere in the sentence: a look-up in its vocabulary, else one C-level pass over its forms
    report = grammar.modality.get("report", frozenset())
    if vocabulary is not None and sentence_len >= len(forms):
        return "asserted" if report.isdisjoint(vocabulary) else "reported"
    return "asserted" if report.isdisjoint(chain.from_iterable(forms[:max(0, sentence_len)])) else "reported"


# what opens a clause whose first word may be a verb: the sentence's start, a comma, a colon (quote marks skipped)
_CLAUSE_OPENERS: Final = frozenset({",", ":", ";"})


def _counterfactual_clause(forms: list[frozenset[str]], trigger: tuple[int, int], words: frozenset[str]) -> bool:
    """The trigger's clause opens with a subjunctive verb of `words` ("Hätte Panama sich verweigert, hätte Trump Zölle
    verhängt", "Wäre Russland nicht einmarschiert, ..."): a condition contrary to fact, its consequence or a
    question, in which nothing happened. Only first in the clause (at the sentence's start or after a comma or
    colon): reported speech puts the subject before the same verb ("Kiew sagte, Moskau hätte ... angegriffen")."""
    if not words or trigger[0] >= len(forms):
        return False
    i = trigger[0] - 1
    while i >= 0 and not forms[i] & _CLAUSE_OPENERS:
        i -= 1
    start = i + 1
    while start < trigger[0] and forms[start] & QUOTE_MARKS:
        start += 1
    return start < trigger[0] and bool(forms[start] & words)


# acts a supposed case names or a treaty's clause promises for it ("in case of an attack", "einander beizustehen"); not
# the agreement or the meeting that sets the clause down (nor the relation reader's signing)
_SUPPOSABLE: Final = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "AID", "SUPPORT"})


def _supposed_case(forms: list[frozenset[str]], before: tuple[int, int], grammar: Grammar,
                   vocabulary: frozenset[str] | None) -> bool:
    """A phrase opening a supposed case ("in case of", "en caso de", "в случае нападения") stands in the stretch
    `before` the trigger: the act is that case or what is promised for it. Only before: an act the phrase follows
    ("sagten einander Hilfe im Fall eines Angriffs zu") is what was agreed."""
    cues = grammar.modality.get("condition", frozenset())
    return bool(cues) and not absent(cues, vocabulary) and _cue_in(forms, *before, cues)


# Rules that are themselves a demand or a threat verb keep their type whatever demand or threat cue stands near
# them; a supposition or a plan still makes a demand no act ("could launch an appeal", "podría pedir", "wants to ask"),
# and a commitment not to threaten is the content of an agreement ("agreed that they will not threaten each other",
# "acordaron no amenazarse": EVAL.md codes the agreement). A threat keeps its own modal verbs ("said it would
# retaliate", "vowed to respond": the threat itself)
_SPEECH_ACTS: Final = frozenset({"REQUEST", "THREATEN"})


_CONDITION_REACH: Final = 8  # "if both sides ask", "если об этом попросят": words from the condition's word to its verb


def _in_condition(forms: list[frozenset[str]], trigger: tuple[int, int], grammar: Grammar) -> bool:
    """The trigger stands in a condition clause: its word ("if", "если", "wenn", "si") opens the stretch before it,
    at most `_CONDITION_REACH` words back, with none of the BREAKS between ("would mediate if both sides asked",
    "si les deux parties le demandent"). A demand or a threat the condition names is supposed; one made before or
    after the condition ("threatened tariffs if ...") stands outside it."""
    words = grammar.roles.conditions
    start = max(0, trigger[0] - _CONDITION_REACH)
    # (the clause's end is looked for up to the trigger only: past it, where it ends does not matter)
    while (clause := condition_clause(forms, words, BREAKS, start, trigger[0], trigger[0] + 1)) is not None:
        if clause[1] >= trigger[0]:
            return True
        start = clause[1] + 1
    return False


# What closes a condition clause read forward to find whom it names ("if Japan goes on, ..."): a comma or a
# semicolon. The trigger test above stops at any of the BREAKS (a colon or a dash too): a demand quoted after
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


def _supposed_speech_act(forms: list[frozenset[str]], spans: list[tuple[int, int]], plover: str,
                         grammar: Grammar) -> str | None:
    """"hypothetical" or "plan" where a modal verb of supposition ("could", "würde", "podría", "может"; not the
    subordinator "if") or a plan or commitment cue governs a demand verb, or a commitment cue and a negation
    govern a threat verb; else None."""
    commit = grammar.modality.get("commit", frozenset())
    if plover == "THREATEN":
        pledged = any(_cue_in(forms, start, end, commit) and _cue_in(forms, start, end, grammar.negation)
                      for start, end in spans)
        return "plan" if pledged else None
    supposed = grammar.modality.get("hypothetical", frozenset()) - grammar.subordinators
    planned = grammar.modality.get("plan", frozenset())
    for modality, cues in (("hypothetical", supposed), ("plan", planned)):
        if any(_cue_in(forms, start, end, cues) for start, end in spans):
            return modality
    # a commitment governs the demand only through its infinitive ("vowed to seek a vote"), not across a verb of
    # its own ("a promis une riposte ferme et a saisi le Conseil": the seizing was done)
    if any(_committed(forms, start, end, end, commit, grammar) for start, end in spans):
        return "plan"
    return None


def _supposed_act(forms: list[frozenset[str]], spans: list[tuple[int, int]], grammar: Grammar) -> bool:
    """A modal verb of supposition ("könnte", "würde"; not the subordinator "wenn") or the subordinator of an open
    question ("ob") governs an act whose rule keeps its own modality."""
    cues = _without(grammar.modality.get("hypothetical", frozenset()) - grammar.subordinators,
                    _decided_words(grammar.modality.get("decided", frozenset()))) \
        | grammar.modality.get("question", frozenset())  # not "said it would expel": an announced decision
    return bool(cues) and any(_cue_in(forms, start, end, cues) for start, end in spans)


_SUBJECT_PHRASE_REACH: Final = 10  # "Talks between Iran and the United States could": the noun's phrase, then its verb


_UPCOMING_REACH: Final = 3  # words before a meeting's noun "next" may stand: "the next round of talks"


def _upcoming(forms: list[frozenset[str]], trigger: tuple[int, int], clause: tuple[int, int], grammar: Grammar) -> bool:
    """"The next meeting between Modi and Xi will take place in Delhi", "das nächste Treffen findet in Paris statt",
    "la prochaine réunion", "следующий раунд переговоров": a meeting called the next or the upcoming one is still to
    be held, whatever tense its clause is told in (a plan; its announcement is no meeting held)."""
    words = grammar.modality.get("upcoming", frozenset())
    return bool(words) and any(forms[i] & words for i in range(max(clause[0], trigger[0] - _UPCOMING_REACH),
                                                               trigger[0]))


def _modal_after_subject(forms: list[frozenset[str]], trigger: tuple[int, int], clause: tuple[int, int],
                         grammar: Grammar,
                         names: frozenset[int] | set[int]) -> str | None:
    """A trigger that opens its clause (after articles and actor names only) is a noun and the clause's subject;
    a modal or future verb after its phrase, followed by a verb of taking place ("Talks between Iran and the United
    States could resume", "The meeting is expected to take place"), makes it a supposition or a plan. Other verbs
    leave the noun a fact: "The strikes could trigger a wider war" tells of strikes that happened."""
    occur = grammar.modality.get("occur", frozenset())
    if not occur:
        return None
    lead = grammar.determiners | grammar.possessives | grammar.negation_completers  # "Aucune rencontre ..."
    if any(i not in names and not forms[i] & lead for i in range(clause[0], trigger[0])):
        return None
    conditional = grammar.modality.get("hypothetical", frozenset()) - grammar.subordinators  # not "if"
    expected = frozenset(c for c in grammar.modality.get("plan", frozenset()) if c.startswith("be ")) \
        | grammar.modality.get("expected", frozenset())
    scheduled = grammar.modality.get("scheduled", frozenset())
    stops = grammar.subordinators | grammar.relative_markers
    for i in range(trigger[1], min(clause[1], trigger[1] + _SUBJECT_PHRASE_REACH)):
        if "," in forms[i] or forms[i] & stops:
            return None
        if forms[i] & grammar.coordination and not ({i + 1, i + 2} & set(names)):
            return None  # "... and could": another verb's; "Iran and the United States": a list of names
        if forms[i] & scheduled and (trigger[0] == clause[0] or forms[trigger[0] - 1] & lead):
            # "Aucune rencontre entre les deux présidents n'est prévue", "Las sanciones previstas de Washington":
            # the participle says it; not after a verb that follows its subject ("Marruecos canceló la cumbre
            # prevista": the cancellation happened)
            return "plan"
        found = "hypothetical" if forms[i] & conditional else "plan" if forms[i] & grammar.future_words \
            or forms[i] & expected or _phrase_at(forms, i, expected) else None
        if found is not None:
            reach = range(i + 1, min(clause[1], i + _OCCUR_REACH))
            return found if any(forms[k] & occur or _phrase_at(forms, k, occur) for k in reach) else None
    return None


_OCCUR_REACH: Final = 6  # "is expected to take place", "could finally resume"


_COORDINATED_REACH: Final = 3  # "y calificó", "y también acusó", "y luego, calificó"


def _after_coordinated_verb(forms: list[frozenset[str]], trigger: tuple[int, int], grammar: Grammar, start: int) -> int:
    """Where the modal scope of a trigger begins: after a conjunction right before it when the trigger is a finite
    past verb ("Caracas exigió la retirada y calificó el ataque de agresión": "calificó" is no demand)."""
    links = grammar.conjunctions or grammar.coordination  # (English lists no conjunctions of its own)
    if not links or trigger[0] >= len(forms) or not (
            grammar.past_endings and any(f.isalpha() and f.endswith(grammar.past_endings) for f in forms[trigger[0]])
            or grammar.weak_past_endings and _weak_past(forms[trigger[0]], grammar.weak_past_endings)):
        return start
    for i in range(trigger[0] - 1, max(start, trigger[0] - _COORDINATED_REACH) - 1, -1):
        if forms[i] & links:
            return i + 1
    return start


def _after_break(forms: list[frozenset[str]], trigger: tuple[int, int], grammar: Grammar,
                 names: frozenset[int] | set[int], start: int) -> int:
    """Where the modal scope begins after a subordinator that opens a finite clause of its own with an actor for
    subject ("asked Xi to use his influence after North Korea sent troops to Russia"): the sending is no part of
    what was asked. Not where an infinitive marker follows it ("asked Beijing, after the talks, to restrain
    Pyongyang": the restraint is asked for), nor where no actor we know opens the clause ("after gunmen ...
    killed": whose act it was the clause does not say)."""
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
            return i + 1 if k in names else start
    return start


def _weak_past(forms: frozenset[str], endings: tuple[str, ...]) -> bool:
    """"lobte", "kritisierten": a form with a weak past ending beside an infinitive lemma ("loben"); not a noun
    ("Proteste", "Staaten": their lemmas "protest", "staat") or an adjective."""
    past = [f for f in forms if f.isalpha() and f.endswith(endings)]
    return any(f.endswith(INFINITIVE_ENDINGS) and f not in past for f in forms) if past else False


def _after_inserted_clause(forms: list[frozenset[str]], trigger: tuple[int, int], grammar: Grammar, start: int) -> int:
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


def _committed(forms: list[frozenset[str]], start: int, end: int, act_end: int, commit: frozenset[str],
               grammar: Grammar) -> bool:
    """A commitment cue in [start, end) whose act follows as an infinitive ("agreed to hold", "acordaron
    intensificar", "пообещала передать"), not a noun it governs ("acordaron un alto el fuego con la mediación de":
    the mediation happened)."""
    endings = grammar.conditional_lemma_endings + grammar.clause_verb_lemmas
    marker = grammar.infinitive_marker
    links = grammar.infinitive_links  # French "promis de livrer", "promis d'envoyer", "engagé à livrer"
    for k in range(max(0, start), end):
        # (a cue of two words, French "engagé à livrer": its link word is the token right after its first)
        if forms[k] & commit or _phrase_at(forms, k, commit):
            return any(marker is not None and marker in forms[i] or len(forms[i]) == 1 and any(
                f.isalpha() and f.endswith(endings) for f in forms[i])
                or i == k + 1 and links and _linked_infinitive(forms[i], links)  # right after the cue
                for i in range(k + 1, min(act_end, len(forms))))
    return False


def _linked_infinitive(token_forms: frozenset[str], links: frozenset[str]) -> bool:
    """The token is a link word before an infinitive ("de", "à"), or carries one elided onto it ("d'envoyer")."""
    return not token_forms.isdisjoint(links) or any(f[:2] in links for f in token_forms)


def _after_comma(forms: list[frozenset[str]], start: int, end: int) -> int:
    """Where a stretch ends its last comma: "acordaron no amenazarse, tras una reunión": the meeting is no promise."""
    start = max(0, start)
    return next((i + 1 for i in range(min(end, len(forms)) - 1, start - 1, -1) if "," in forms[i]), start)


def _modal_cues(grammar: Grammar, modality: str, intent: bool) -> frozenset[str]:
    """The cue words of `modality`; for an intent to cooperate (AGREE 03x) no commitment is a plan cue:
    "verpflichtete sich, die Zusammenarbeit auszubauen", "sagte zu, die Kooperation zu vertiefen" — a promised
    intent is that intent expressed, the pledge itself."""
    cues = grammar.modality.get(modality, frozenset())
    return _without(cues, grammar.modality.get("commit", frozenset())) if intent and modality == "plan" else cues


@lru_cache(maxsize=256)
def _without(words: frozenset[str], removed: frozenset[str]) -> frozenset[str]:
    """`words - removed`, made once per pair of word sets (the same few for every trigger)."""
    return words - removed


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
    start = comma
    while start > 0 and not forms[start - 1] & BREAKS:
        start -= 1
    return stretch, (start, comma)


def _content_clause_span(forms: list[frozenset[str]], clause: tuple[int, int], trigger: tuple[int, int],
                         grammar: Grammar) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Russian "Планируется, что Путин посетит Индию", "Не исключено, что Минск вышлет дипломатов": a clause
    opened by a comma and a word of `content_clauses` tells what the clause before the comma supposes or plans.
    The trigger's clause up to its end, and the tokens from the break before that comma up to it."""
    comma = clause[0] - 1
    if not grammar.content_clauses or comma < 1 or "," not in forms[comma] \
            or not forms[clause[0]] & grammar.content_clauses or trigger[0] <= clause[0]:
        return None
    start = comma
    while start > 0 and not forms[start - 1] & BREAKS:
        start -= 1
    return (clause[0], clause[1]), (start, comma)


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
    present = _lemmas(forms, *span)
    for modality in ("hypothetical", "threat", "demand", "plan"):
        if modality == "plan" and grammar.verb_final and forms[stretch[0]] & grammar.roles.complementizers \
                and not present & _TERMS:
            continue
        if _cue_in(forms, *span, _modal_cues(grammar, modality, intent), present):
            return modality
    return None


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
    if modality != "plan" and agreement_terms(forms, trigger, grammar):
        return ModalReading("plan")
    governing = governing_span(forms, clause, trigger, grammar)
    if governing is None:
        return ModalReading(modality)
    stretch, governor = governing
    governed = governing_modality(forms, governor, stretch, grammar, _intent(rule))
    if modality == "plan" and governed != "threat":
        return ModalReading(modality)  # "пригрозил, что нанесет удар": a threat governs a future act too
    return ModalReading(governed or modality, governed, governor)


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
        end = next((i for i in range(t_end, len(forms)) if forms[i] & BREAKS), len(forms))
        if not any(forms[i] & permits for i in range(t_end, end)):
            return False
        comma = next((i for i in range(t_start - 1, -1, -1) if forms[i] & BREAKS), None)
        return comma is not None and "," in forms[comma] and comma + 1 < t_start \
            and bool(forms[comma + 1] & grammar.roles.subject_relatives) \
            and any(forms[i] & nouns for i in range(max(0, comma - 3), comma))
    at = next((i for i in range(t_start - 1, max(-1, t_start - _TERMS_REACH), -1)
               if forms[i] & (permits | BREAKS)), None)
    if at is None or not forms[at] & permits:
        return False
    return any(forms[i] & nouns for i in range(max(0, at - _TERMS_REACH), at))


# acts that an "or else" or an "unless" turns into threats (EVAL.md: conditional statements are THREATEN)
_ULTIMATUM_ACTS: Final = frozenset({"SANCTION", "ASSAULT", "COERCE", "MOBILIZE"})


def ultimatum(forms: list[frozenset[str]], trigger: tuple[int, int], plover: str, grammar: Grammar) -> bool:
    """The trigger belongs to an ultimatum: a demand followed by the consequence of refusing it ("demanded ...,
    de lo contrario no los aceptará", "gave Hamas a warning to release them or face ..."), a hostile act after
    such an "otherwise" ("faute de quoi des sanctions seraient imposées"), or one before an "unless" ("would cut
    ties unless the offensive stopped"). The cues are few and specific; bare "sinon", "sonst", "иначе" also mean
    "if not", "usually", "differently" and are left out of the word lists."""
    otherwise = grammar.modality.get("otherwise", frozenset())
    unless = grammar.modality.get("unless", frozenset())
    if plover == "REQUEST":
        return bool(otherwise) and _cue_in(forms, trigger[1], len(forms), otherwise)
    if plover not in _ULTIMATUM_ACTS:
        return False
    return bool(otherwise) and _cue_in(forms, 0, trigger[0], otherwise) \
        or bool(unless) and _cue_in(forms, trigger[1], len(forms), unless)


def demand_cue_at(forms: list[frozenset[str]], trigger: tuple[int, int], clause: tuple[int, int],
                  grammar: Grammar, kind: str = "demand") -> int | None:
    """Where the demand word governing the trigger stands ("called on Rwanda to withdraw": "called"); an
    actor after it is the one asked, not the one asking. With `kind` "threat", the word of threatening ("threatened
    to stop sharing intelligence": "threatened"), whose clause alone says whether the threat was made."""
    cues = grammar.modality.get(kind, frozenset())
    for i in range(trigger[0] - 1, max(0, clause[0] - _SCOPE_BEFORE) - 1, -1):
        if forms[i] & cues or _phrase_at(forms, i, cues):
            return i
    return None


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
_INTENT: Final = "03"  # CAMEO's root of expressed intents to cooperate (AGREE 030-039)


def _intent(rule: Rule) -> bool:
    """An expressed intent to cooperate (AGREE 03x): promised, it is expressed, the pledge itself."""
    return rule.plover == "AGREE" and rule.cameo.startswith(_INTENT)
_PROMISABLE_TYPES: Final = _COMMITTED_TYPES | _PROMISED_PLANS


def _decided(forms: list[frozenset[str]], spans, grammar: Grammar) -> bool:
    """A cue of an announced decision ("said it would", "announced plans to") stands before the trigger."""
    cues = grammar.modality.get("decided", frozenset())
    return bool(cues) and any(_cue_in(forms, start, end, cues) for start, end in spans)


@lru_cache(maxsize=16)
def _decided_words(cues: frozenset[str]) -> frozenset[str]:
    """The words of the decision cues ("would", "plan"): under such a cue they mark no hypothesis or plan,
    while the others ("could", "if") still do."""
    return frozenset(word for cue in cues for word in cue.split())


def _promise_head(forms: list[frozenset[str]], trigger: tuple[int, int], grammar: Grammar) -> tuple[int, int]:
    """The words of a trigger whose tense tells whether its act is done: a pattern that opens with a commitment cue
    ("prometió que ayudará a Ucrania", "se comprometió a que seguirá ...") has its promise in that verb, and the
    future after it is what is promised, no plan of the promise; any other trigger is all its words."""
    commit = grammar.modality.get("commit", frozenset())
    if commit and forms[trigger[0]] & commit:
        return trigger[0], trigger[0] + 1
    return trigger


def _future(forms: list[frozenset[str]], trigger: tuple[int, int], clause: tuple[int, int], grammar: Grammar,
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


def _conditional(forms: list[frozenset[str]], trigger: tuple[int, int], clause: tuple[int, int], grammar: Grammar,
                 names: frozenset[int] | set[int]) -> bool:
    """A conditional verb in the trigger or just before it ("atacaría", "se reunirían"); an announced decision
    ("anunció que impondría aranceles") is the act, so the caller leaves SANCTION, REJECT, RETREAT alone. The
    perfect ("habría enviado tropas", a report of what is said to have happened) stays a report."""
    if not grammar.conditional_endings:
        return False
    for i in range(max(clause[0], trigger[0] - 2), trigger[1]):
        if i not in names and any(f.isalpha() and f.endswith(grammar.conditional_endings) for f in forms[i]) \
                and any(f.endswith(grammar.conditional_lemma_endings) for f in forms[i]) \
                and not forms[i] & grammar.roles.have:
            return True
    return False


_FUTURE_REACH: Final = 5  # "will allow Egypt to join": the auxiliary governs a short chain of verbs


def _future_word(forms: list[frozenset[str]], trigger: tuple[int, int], clause: tuple[int, int],
                 grammar: Grammar) -> bool:
    """A future auxiliary of the grammar's `future_words` shortly before the trigger or inside its pattern."""
    return bool(grammar.future_words) and any(
        forms[i] & grammar.future_words for i in range(max(clause[0], trigger[0] - _FUTURE_REACH), trigger[1]))


def _auxiliary_future(forms: list[frozenset[str]], trigger: tuple[int, int], clause: tuple[int, int],
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
    return next(iter(last)).endswith(INFINITIVE_ENDINGS)


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

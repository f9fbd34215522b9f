"""Whether an act is negated (`is_negated`): a negation word near the trigger, not one that belongs to
another word or clause (a determiner of the object, names joined, a false claim, a failed attempt, a privative, French
"ne ... que" and the expletive "ne").
"""

from __future__ import annotations

from typing import Final

from realpolitik.events.grammar import Grammar
from realpolitik.events.modality_cues import phrase_at
from realpolitik.events.modality_scope import before_comma, subject_phrase_ends, subject_start
from realpolitik.language.tokens import APOSTROPHES

_NEGATION_WINDOW: Final = 4


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
    if grammar.unsigned_participles and _unsigned_by_relative(forms, trigger, trigger_tokens, grammar):
        return True
    starts = grammar.negation_starts
    if vocabulary is not None and starts is not None and vocabulary.isdisjoint(starts):
        return False
    if _not_held(forms, trigger, clause, grammar, names):
        return True
    t_start, t_end = trigger
    window_start = max(clause[0], t_start - _NEGATION_WINDOW)
    window_end = t_start
    if grammar.negation_after_verb:  # German: "unterzeichnete das Abkommen nicht"; "hat ... nicht unterzeichnet"
        window_start = max(clause[0], t_start - 2 * _NEGATION_WINDOW)
        window_end = before_comma(forms, t_end, min(clause[1], t_end + 2 * _NEGATION_WINDOW))
    for i in range(window_start, window_end):
        if i in trigger_tokens or i in quoted and t_start not in quoted:
            continue  # a quoted word judges the act; inside the same quotation it negates it ("«X не подписывает»")
        between = range(i + 1, t_start) if i < t_start else range(t_end, i)
        if grammar.conjunctions and any(forms[k] & grammar.conjunctions and not _pair_joiner(forms, t_end, k, grammar)
                                        and not _joins_names(forms, k, names, grammar) for k in between):
            continue  # "erkennt X nicht an und verlangt ...": the negation belongs to the other verb
        if forms[i] & grammar.negation or phrase_at(forms, i, grammar.negation):
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


_HELD_REACH: Final = 4  # "did not take place", "n'a pas eu lieu", "kam nicht zustande": the negation to the verb
# "Ein Treffen zwischen Petro und Noboa am Rande des Celac-Gipfels kam nicht": the noun to its negation
_HELD_SUBJECT_REACH: Final = 14


def _not_held(forms: list[frozenset[str]], trigger: tuple[int, int], clause: tuple[int, int], grammar: Grammar,
              names: frozenset[int]) -> bool:
    """"The meeting between Putin and Zelensky did not take place", "Ein Treffen der beiden Präsidenten am Rande des
    Gipfels kam nicht zustande", "La rencontre n'a pas eu lieu": a trigger that is its clause's subject noun, then,
    in its clause, a negation and a verb of taking place (the language's `occur` words): the act was not held, however
    long the noun's phrase (the negation window before the trigger, or after a German verb, does not reach it)."""
    occur = grammar.modality.get("occur", frozenset())
    if not occur or subject_start(forms, trigger, clause, grammar, names) is None:
        return False
    for i in range(trigger[1], min(clause[1], trigger[1] + _HELD_SUBJECT_REACH)):
        if subject_phrase_ends(forms, i, grammar, names):
            return False
        if forms[i] & grammar.negation or phrase_at(forms, i, grammar.negation):
            return any(forms[k] & occur or phrase_at(forms, k, occur)
                       for k in range(i + 1, min(clause[1], i + 1 + _HELD_REACH)))
    return False


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


_UNSIGNED_REACH: Final = 6  # "su tratado con el Mercosur, que": the agreement's end to the relative's comma
_UNSIGNED_WORDS: Final = 5  # "que aún no ha sido firmado": the relative pronoun to the participle


def _unsigned_by_relative(forms: list[frozenset[str]], trigger: tuple[int, int], trigger_tokens: tuple[int, ...],
                          grammar: Grammar) -> bool:
    """"La UE cerró las negociaciones de su tratado con el Mercosur, que aún no ha sido firmado": a trigger that
    names the agreement (a verb and its object noun, "cerrar ... tratado") followed by a relative clause, after a
    comma, that denies the signing (a negation, then one of the grammar's `unsigned_participles`): the agreement
    the act would seal was not signed. Not a trigger of one word ("firmaron el acuerdo, que aún no ha sido
    ratificado": the relative tells of a later step, the signing stands)."""
    if len(trigger_tokens) < 2:
        return False
    end = min(len(forms), trigger[1] + _UNSIGNED_REACH)
    comma = next((i for i in range(trigger[1], end) if forms[i] & _PUNCTUATION), None)
    if comma is None or "," not in forms[comma] or comma + 1 >= len(forms) \
            or not forms[comma + 1] & grammar.subordinators:
        return False
    negated = False
    for k in range(comma + 2, min(len(forms), comma + 2 + _UNSIGNED_WORDS)):
        if forms[k] & grammar.unsigned_participles:
            return negated
        if forms[k] & _PUNCTUATION or forms[k] & grammar.subordinators:
            return False
        negated = negated or bool(forms[k] & grammar.negation)
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
        if phrase_at(forms, i, grammar.failed_after):
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


_CIRCUMSTANCE_REACH: Final = 3  # "nach den jüngsten türkischen Luftangriffen": the preposition to its noun


def circumstance_opening(forms: list[frozenset[str]], trigger: tuple[int, int], clause: tuple[int, int],
                         grammar: Grammar) -> int | None:
    """German "Berlin hatte nach türkischen Luftangriffen auf Stellungen der SDF keine Genehmigungen mehr erteilt",
    "hat sich bei Gesprächen in Washington nicht ... einigen können": a one-word act noun in a phrase of time or cause
    (a `circumstance_prepositions` word up to three words before it, no comma or negation between) took place
    whatever the main verb's negation says; the preposition's index, where the caller reads a negation only inside
    the phrase. None elsewhere (no such words in the language, a verb or a longer trigger)."""
    words = grammar.roles.circumstance_prepositions
    if not words or trigger[1] - trigger[0] != 1:
        return None
    for k in range(trigger[0] - 1, max(clause[0], trigger[0] - 1 - _CIRCUMSTANCE_REACH) - 1, -1):
        if "," in forms[k] or forms[k] & grammar.negation:
            return None
        if forms[k] & words:
            return k
    return None


def _starts_with(form: str, words: frozenset[str]) -> bool:
    """`form` is one of `words`, or starts with one that ends in an apostrophe ("n'a" with "n'")."""
    return form in words or any(w.endswith(APOSTROPHES) and form.startswith(w) for w in words)


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
        if phrase_at(forms, k, grammar.expletive_openers):
            return True
    return False

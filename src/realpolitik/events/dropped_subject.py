"""Sentences without a named subject: whether a pronoun or a dropped subject may still stand for a party.

A sentence with neither actor nor pronoun gives an event only where a verb with a dropped subject opens it (Spanish,
Russian, ...): these tests let the coder drop the others before their clauses are built, and read the verb forms
that name their subject's person. Separate because they ask of words alone, before any trigger or group exists.
"""

from __future__ import annotations

from typing import Final, cast

from realpolitik.events.grammar import Grammar
from realpolitik.events.patterns import Pattern, Slot
from realpolitik.events.roles_base import Group
from realpolitik.events.rules import Rule
from realpolitik.model import ActorMention, Sentence, Token, token_text

_LABEL_WORDS: Final = 4  # "CS:", "Celinda Sosa:", "P.:": the words an interview turn's label takes before its colon


def _after_label(tokens: list[Token]) -> int:
    """Where an interview turn's text starts after its label ("CS: Rechazamos ...", "Sosa: Convocamos ..."): the
    word after a colon that closes a few capitalised words or initials opening the sentence; 0 without one. The
    label names who speaks, no subject: a verb right after it opens the sentence as it would with none."""
    for k, token in enumerate(tokens[:_LABEL_WORDS + 1]):
        if token.text == ":":
            return k + 1 if k and all(t.text[:1].isupper() or t.text == "." for t in tokens[:k]) else 0
    return 0


def opens_sentence(tokens: list[Token], i: int, grammar: Grammar) -> bool:
    """Whether the word at `i` opens its sentence, where a dropped subject stands before it: first, or after adverbs
    only ("También condenó ...", "No descartó ...") or a perfect's auxiliary ("Había amenazado ...", "No ha
    descartado ..."), or after an opening phrase that one of the language's `fronted_openers` starts and the
    sentence's first comma closes ("Además, acusó ...", "En su discurso, acusó ...", "Tras el encuentro, amenazó
    ...")."""
    first = _after_label(tokens)
    k = i
    while k > first and (tokens[k - 1].text.lower() in grammar.roles.coordinating_adverbs
                         or tokens[k - 1].text.lower() in grammar.negation
                         or tokens[k - 1].text.lower() in grammar.perfect_auxiliaries):
        k -= 1
    if k == first:
        return True
    return tokens[k - 1].text == "," and tokens[first].text.lower() in grammar.roles.fronted_openers \
        and not any(t.text == "," for t in tokens[first:k - 1])


def after_dropped_clause(tokens: list[Token], i: int, grammar: Grammar, groups: list[Group]) -> bool:
    """"Allí se reunió con Zelenski y prometió ...": a verb right after a conjunction (its clitics between) in a
    sentence that names no actor before it but under a preposition shares the dropped subject of the clause before
    it, as a verb that opens the sentence has one. Not where the sentence opens with a noun phrase ("El comunicado
    saludó ... y pidió", "La oposición cuestionó ... y advirtió"): that is the subject, though no actor we know."""
    first = _after_label(tokens)
    if first >= len(tokens) or tokens[first].text.lower() in grammar.determiners | grammar.possessives:
        return False
    k = i
    while k > 0 and tokens[k - 1].text.lower() in grammar.roles.clause_clitics:
        k -= 1  # "y le prometió", "y se comprometió"
    if k == 0 or tokens[k - 1].text.lower() not in grammar.coordination:
        return False
    return not any(g.start < k and g.marker is None for g in groups)


def may_open(tokens: list[Token], forms: list[frozenset[str]], candidates: list[tuple[Rule, Pattern]],
              grammar: Grammar) -> bool:
    """Whether a match of some candidate pattern may start where `opens_sentence` holds: a sentence without
    an actor or a pronoun (Spanish, Russian) yields an event only through such a trigger, and most such
    sentences have none; asked before the sentence's groups, clauses and matches are built (~0.2 ms a sentence,
    3 % of an ingest). A match starts where its pattern's first slot fits the token's forms (`find_matches`)."""
    return any(any(cast(Slot, pattern.slots[0]).matches(forms[i]) for _rule, pattern in candidates)
               for i in opening_positions(tokens, grammar))


def opening_positions(tokens: list[Token], grammar: Grammar) -> list[int]:
    """Every `i` where `opens_sentence(tokens, i, grammar)` holds, in one pass instead of a walk back from each
    word: the start and each word after a run of adverbs, negations and auxiliaries opening the sentence, and,
    where the sentence opens with a fronted opener, the word after its first comma and after such a run there."""
    roles_words, negation, auxiliaries = grammar.roles.coordinating_adverbs, grammar.negation, \
        grammar.perfect_auxiliaries
    lows = [t.text.lower() for t in tokens]
    n = len(lows)

    def run(i: int) -> list[int]:  # i and each position after the skippable words from i on
        found = [i]
        while i < n and (lows[i] in roles_words or lows[i] in negation or lows[i] in auxiliaries):
            i += 1
            found.append(i)
        return found

    first = _after_label(tokens)
    positions = run(first)
    if first < n and lows[first] in grammar.roles.fronted_openers:
        comma = next((k for k, t in enumerate(tokens) if k > first and t.text == ","), None)
        if comma is not None:
            positions += run(comma + 1)
    return [i for i in positions if i < n]


def person_form(token: Token, grammar: Grammar) -> bool:
    """A verb form that names its subject's person: any Spanish finite verb; in Russian the singular ("Кроме того,
    вызвал посла", `dropped_subject_endings`), not the plural without a subject ("выслали дипломатов"), which
    says that someone unnamed acted."""
    endings = grammar.dropped_subject_endings
    return not endings or token.text.lower().endswith(endings)


def unknown_before_verb(mentions: list[ActorMention], clause: tuple[int, int], span: tuple[int, int],
                        sources: list[ActorMention]) -> bool:
    """German verb-second: the clause's subject is a role word with a name the dictionary lacks, before the verb,
    and the source the reader took stands after the verb (so it is the object)."""
    return bool(sources) and all(m.token_start > span[0] for m in sources) and any(
        m.kind == "unresolved" and clause[0] <= m.token_start and m.token_end <= span[0] for m in mentions)


def has_pronoun(sentence: Sentence, grammar: Grammar) -> bool:
    """Some token is one of the grammar's pronouns (every sentence without an actor asks: one C-level pass)."""
    return not grammar.any_pronouns.isdisjoint(map(str.lower, map(token_text, sentence.tokens))) \
        or opens_with_pronoun(sentence, grammar)


_OPENING_VERB_REACH: Final = 2  # words after the opening pronoun where its verb may stand ("It has also accused")


def opens_with_pronoun(sentence: Sentence, grammar: Grammar) -> bool:
    """ "It has also accused Iran of ...", "It urged New Zealand not to ...": the sentence opens with a pronoun of
    `opening_pronouns` and a past or perfect verb follows within two words; such a pronoun stands for the latest
    actor as "he" does. Not "It is expected", "It gives Kenya access" (a thing), nor "it" inside a sentence."""
    tokens = sentence.tokens
    if len(tokens) < 2 or token_text(tokens[0]).lower() not in grammar.opening_pronouns:
        return False
    for token in tokens[1:1 + _OPENING_VERB_REACH]:
        word = token_text(token).lower()
        if word in grammar.roles.have or word.isalpha() and word.endswith(grammar.past_endings):
            return True
    return False


PRO_DROP: Final = frozenset({"es", "ru"})  # a sentence may open with its verb, the subject being the latest actor


def plural_verb_subject(tokens: list[Token], clause: tuple[int, int], i: int, grammar: Grammar,
                        dropped: bool) -> bool:
    """Whether a pronoun or dropped subject is plural by its verb's ending (`third_plural_endings`): the verb at `i`
    or its auxiliary right before it where the subject is dropped ("Además, acusaron a Argelia", "han condenado");
    else a finite verb right before or after a subject pronoun of the clause that says no number by itself ("Zudem
    warfen sie Algerien ... vor", "Im Januar waren sie ausgetreten", "Sie forderten": "sie" is "she" as well, "war sie",
    "sie forderte" are hers). Such a subject stands for every subject of the latest lead act."""
    endings = tuple(grammar.roles.third_plural_endings)
    if not endings:
        return False
    if dropped:
        return any(_plural_form(tokens[k], endings) for k in (i, i - 1) if clause[0] <= k)
    for k in range(clause[0], clause[1]):
        if token_text(tokens[k]).lower() in grammar.pronouns:
            return any(_plural_form(tokens[j], endings) and tokens[j].text.islower() and (
                grammar.verb_word(tokens[j]) or tokens[j].lemma in grammar.perfect_auxiliaries)  # "waren" (sein)
                for j in (k - 1, k + 1) if clause[0] <= j < clause[1])
    return False


def _plural_form(token: Token, endings: tuple[str, ...]) -> bool:
    """A word with an ending of the third person plural ("Acusaron" opening its sentence as well)."""
    word = token_text(token)
    return word.isalpha() and word.lower().endswith(endings)

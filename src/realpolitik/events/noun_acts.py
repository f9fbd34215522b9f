"""A mutual act told by a noun whose two parties its own "between" phrase names, in a phrase of time gone by:
"since the ceasefire between Israel and Hezbollah", "tras la firma del acuerdo entre Moscú y Caracas", "après la
signature de la déclaration de paix entre l'Arménie et l'Azerbaïdjan", "seit den Kämpfen zwischen Indien und
Pakistan", "после подписания соглашения между Москвой и Каракасом"; or judged by a praise right before it ("saludó
el alto el fuego entre Israel y Hezbolá": one welcomes a truce that was reached).

Separate because such a noun sits inside a prepositional phrase or is a verdict's object, where the coder lets a
noun go as background to its clause (`trigger_reading.read_noun`, `trigger_reading.kept`); with both parties in the
noun's own pair phrase and the phrase telling a time gone by, the act is told as done (EVAL.md: an event the article
reports as having happened; the own gold codes such history as done), whoever the clause's subject is. Not read
here: a noun after a preposition of time to come ("before the talks between"), a noun asked for or planned (the
trigger's modality), a proposal's content ("la propuesta de alto el fuego entre"), a pair beyond a comma.
"""

from __future__ import annotations

from typing import Final

from realpolitik.events.grammar import Grammar
from realpolitik.events.roles_base import Group

# the words between the noun and its pair phrase: "de l'accord de paix entre", "des Abkommens vom Montag zwischen"
PAIR_REACH: Final = 4
# the words between the preposition of time gone by and the noun: an article, a "signing of the" before the noun
OPENER_REACH: Final = 4
_STOPS: Final = frozenset({",", ";", ":", "(", ")", "—", "–", "«", "»", '"', "“", "”"})


def pair_phrase(span: tuple[int, int], forms: list[frozenset[str]], groups: list[Group],
                grammar: Grammar) -> Group | None:
    """The "between X and Y" phrase of the noun at `span` (two sides at least), its marker within `PAIR_REACH`
    words after the noun and no stop between ("un accord conclu en Écosse entre"); None where there is none."""
    end = span[1]
    for g in groups:
        at = g.marker_index if g.marker_index is not None else g.start - 1  # the marker before the names
        if g.marker not in grammar.pair_markers or not 0 <= at - end <= PAIR_REACH \
                or len(g.sides) < 2:
            continue
        if not any(forms[i] & _STOPS for i in range(end, at)):
            return g
    return None


def after_time_gone_by(span: tuple[int, int], forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """The noun at `span` stands in a phrase that a preposition of time gone by opens ("since", "after", "tras",
    "seit", "после": the language's `since_prepositions` and its `past_prepositions` but the place words "in", "at",
    "в" of `past_prepositions_of_place`), with at most `OPENER_REACH` words between and no stop ("After the signing
    of the declaration between ...")."""
    time_words = (grammar.past_prepositions - grammar.past_prepositions_of_place) | grammar.since_prepositions
    for i in range(span[0] - 1, max(-1, span[0] - 1 - OPENER_REACH), -1):
        if forms[i] & _STOPS:
            return False
        if forms[i] & time_words:
            return True
    return False


def noun_position(span: tuple[int, int], forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """The trigger stands where a noun stands: after an article, a "de/of" or a possessive ("the signing", "la
    firma", "l'accord"), or anywhere in a language without articles (Russian "после подписания"); not a gerund
    whose subject is the clause's ("After signing the agreement between A and B, C said")."""
    if grammar.verb_lemma_endings:
        return True
    start = span[0]
    elided = grammar.roles.elided_article_starts  # French "l'accord": the article is in the word
    if elided and any(f.startswith(elided) for f in forms[start]):
        return True
    return start > 0 and bool(forms[start - 1] & (grammar.determiners | grammar.genitive_markers
                                                  | grammar.possessives))


def told_pair(span: tuple[int, int], forms: list[frozenset[str]], groups: list[Group], grammar: Grammar,
              mutual: bool) -> bool:
    """A mutual act noun (a symmetric rule, or force between two sides) in a phrase of time gone by with its own
    pair phrase: an act told as done, no background to the clause."""
    return mutual and told_pair_of(span, forms, groups, grammar, frozenset()) is not None


def told_pair_of(span: tuple[int, int], forms: list[frozenset[str]], groups: list[Group], grammar: Grammar,
                 rivals: frozenset[int]) -> Group | None:
    """The pair phrase that names the parties of the noun at `span` in a phrase of time gone by (`told_pair`), no
    other trigger's token (`rivals`) between the noun and the pair; None where there is none."""
    if not after_time_gone_by(span, forms, grammar) or not noun_position(span, forms, grammar):
        return None
    pair = pair_phrase(span, forms, groups, grammar)
    if pair is None or any(span[1] <= i < pair.start for i in rivals):
        return None
    return pair


PRAISE_REACH: Final = 3  # "saludó el alto el fuego", "s'est félicité de l'accord": the praise's verb, then the noun


def praised_pair(span: tuple[int, int], forms: list[frozenset[str]], groups: list[Group], grammar: Grammar,
                 praise_ends: list[int], kin: frozenset[int]) -> bool:
    """"welcomed the truce agreed between Israel and Hezbollah", "saludó el alto el fuego entre Israel y Hezbolá": a
    mutual act noun a praise right before it judges, with its own pair phrase, was reached (one praises a deal that
    was made), not only the object of the verdict. `praise_ends`: where the sentence's praise triggers end; `kin`:
    the tokens of the sentence's other triggers of the noun's type ("celebró el acuerdo de alto el fuego")."""
    return any(0 <= span[0] - end <= PRAISE_REACH and _praise_object(end, span[0], forms, grammar, kin)
               for end in praise_ends) and pair_phrase(span, forms, groups, grammar) is not None


def _praise_object(end: int, start: int, forms: list[frozenset[str]], grammar: Grammar, kin: frozenset[int]) -> bool:
    """The words between a praise's end and the noun are an article or possessive, the verb's own "de" right after
    it ("s'est félicité de l'accord"), a noun of the same act or a deal (`deal_nouns`) and the "de" after it ("el
    acuerdo de alto el fuego"): no other noun the praise is on ("saludó la propuesta de alto el fuego": a proposal,
    no truce)."""
    deals = grammar.roles.deal_nouns
    for i in range(end, start):
        if i in kin or forms[i] & (grammar.determiners | grammar.possessives | deals):
            continue
        if forms[i] & grammar.genitive_markers and (i == end or i - 1 in kin or bool(forms[i - 1] & deals)):
            continue
        return False
    return True

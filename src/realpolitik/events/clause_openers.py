"""What the clause after a comma is: a participle clause (`opens_participle`,
`opens_relative_participle`), a German relative opened by a preposition (`opens_prepositional_relative`), or the main
clause resumed after an inserted or fronted clause (`continues_main_clause`); and German reported speech without
"dass" (`frames_reported_speech`).
"""

from __future__ import annotations

from typing import Final

from realpolitik.events.clause_infinitives import fused_infinitive
from realpolitik.events.grammar import Grammar, joined
from realpolitik.language.tokens import ANY_QUOTE_MARKS, BREAKS_AND_DASHES, PHRASE_BREAKS, STRONG_BREAKS
from realpolitik.model import Sentence, Token


def frames_reported_speech(tokens: list[Token], comma: int, grammar: Grammar) -> bool:
    """German reported speech without "dass": a comma right after a speech verb ("erklärte, Russland habe
    ...", "teilte mit, ...") separates the speaker's clause from the clause reported in the subjunctive,
    whose subject is its own. So does a denial ("wies Vorwürfe zurück, Russland plane ...", "bestritt,
    ... habe"): the clause after it is what is denied, with the alleged actor as its subject."""
    speech = grammar.modality.get("report", frozenset()) | _DENIALS | _ANNOUNCEMENTS
    if comma == 0:
        return False
    before = tokens[comma - 1]
    if before.text[:1].islower() and before.lemma in speech:
        return True
    for j in range(comma - 2, max(0, comma - _SPEECH_ADVERBIAL - 2), -1):
        # "erklärte am Montag,", "schrieb am Abend in Washington,": a short adverbial after the speech verb
        if not tokens[j].text[:1].isalnum():
            break
        if tokens[j].text[:1].islower() and tokens[j].lemma in speech and tokens[j].text.lower() not in _NO_SPEECH_VERB:
            return tokens[j + 1].text.lower() in _ADVERBIAL_OPENERS
    particle = before.text.lower()
    if particle not in grammar.separable_particles:
        return False
    for j in range(comma - 2, max(-1, comma - 12), -1):
        if not tokens[j].text[:1].isalnum():
            break
        if tokens[j].text[:1].islower() and particle + tokens[j].lemma in speech:
            return True  # "teilte ... mit," → mitteilen
    return False


_DENIALS: Final = frozenset({"zurückweisen", "bestreiten", "dementieren"})
# "Der Außenminister kündigte an, Paris werde zwölf Diplomaten ausweisen": an announcement frames the announced act
# as a speech verb frames a report (the act's own subject follows); not a report word, which would weaken the act
_ANNOUNCEMENTS: Final = frozenset({"ankündigen"})
# words of a time or place phrase between a speech verb and its comma ("erklärte am Montag,")
_SPEECH_ADVERBIAL: Final = 4
_ADVERBIAL_OPENERS: Final = frozenset({"am", "im", "in", "nach", "vor", "bei", "beim", "auf", "gegenüber", "zudem",
                                      "dann",
                                "später", "zuvor", "erneut", "bereits", "schon", "noch", "außerdem"})
_NO_SPEECH_VERB: Final = frozenset({"laut", "zufolge"})  # report words, no speech verb of a clause of their own
LEAD_MAX: Final = 4  # "Nur zwei Tage nachdem", ", kurz nachdem", ", vor allem weil": words before the conjunction
_FRONTED_REACH: Final = 30  # how far the comma closing a fronted clause may stand
_OBLIQUE: Final = frozenset({"des", "dem", "eines", "einem", "einer"})  # no subject starts so: a preposition's object
IMPERSONAL: Final = frozenset({"es", "man", "wir"})  # German impersonal and first-person subjects


def opens_prepositional_relative(tokens: list[Token], comma: int, grammar: Grammar) -> bool:
    """German ", für den Kiew Moskau verantwortlich macht", ", mit dem er sprach": a preposition and a relative
    pronoun open a verb-final clause (not ", für den Frieden in Europa": no verb closes it)."""
    if not grammar.relative_pronouns or comma + 3 >= len(tokens):
        return False
    preposition, pronoun = tokens[comma + 1].text.lower(), tokens[comma + 2].text.lower()
    prepositions = grammar.target_markers | grammar.location_markers | grammar.agent_markers | grammar.pair_markers
    if preposition not in prepositions or pronoun not in grammar.relative_pronouns \
            or not subject_follows(tokens, comma + 3, grammar):
        return False  # ", mit den drei Staaten ...": an article before its adjectives
    end = comma_after_verb(tokens, comma + 3)
    if end is None:
        return False
    verb = end - 1
    while verb > comma + 3 and not tokens[verb].text.isalpha():
        verb -= 1
    return tokens[verb - 1].text.lower() != grammar.infinitive_marker and not fused_infinitive(
        tokens[verb].text.lower(), grammar.infinitive_marker or "", grammar.separable_particles)  # ", ... zu finden"


def subject_follows(tokens: list[Token], i: int, grammar: Grammar) -> bool:
    """A conjunction is followed by its clause's subject: a name or noun, a nominative article or a pronoun."""
    if i >= len(tokens):
        return False
    word = tokens[i].text
    low = word.lower()
    if low in _OBLIQUE or not word.isalpha():
        return False
    return word[:1].isupper() or low in grammar.determiners or low in grammar.pronouns or low in IMPERSONAL


def comma_after_verb(tokens: list[Token], start: int) -> int | None:
    """Where a verb-final clause from `start` ends: the first comma after it if a lower-case word (the clause's
    final verb) stands right before it, or the end of the sentence (len(tokens)); None otherwise."""
    for j in range(start, min(len(tokens), start + _FRONTED_REACH)):
        text = tokens[j].text
        if text in (",", ".") or j == len(tokens) - 1 and not text.isalnum():
            before = tokens[j - 1].text
            if j > start and before.isalpha() and before.islower():
                return j if text == "," else len(tokens)
            if text == "," and j + 1 < len(tokens) and tokens[j + 1].text[:1].isupper():
                continue  # "den Vorsitzenden des Hauses, Kevin McCarthy, getroffen hatte": an apposition
            return None
        if text in STRONG_BREAKS or text in ANY_QUOTE_MARKS:
            return None
    return len(tokens) if len(tokens) - start <= _FRONTED_REACH and tokens[-1].text.isalpha() \
        and tokens[-1].text.islower() else None


def opens_relative_participle(tokens: list[Token], i: int, grammar: Grammar) -> bool:
    """Russian ", посетивший Киев", ", не имеющей выхода к морю": after a comma an active participle (or "не" and
    one) opens a clause like a subject relative pronoun ("который посетил")."""
    words = grammar.roles
    if i < len(tokens) and tokens[i].text.lower() in grammar.negation:
        i += 1
    return i < len(tokens) and words.relative_participle(tokens[i].text)


def opens_participle(sentence: Sentence, clause: tuple[int, int], grammar: Grammar) -> bool:
    """", urging Pyongyang to stop", ", instando a ...", ", exhortant ...", ", tout en condamnant ...": a participle
    clause has no subject of its own; it shares the main clause's."""
    tokens = sentence.tokens
    if not grammar.participle_endings or not 1 <= clause[0] < len(tokens) or tokens[clause[0] - 1].text != ",":
        return False
    i = clause[0]
    while i < min(len(tokens) - 1, clause[0] + 2) and tokens[i].text.lower() in grammar.participle_openers:
        i += 1  # French "en", "tout en"
    first = tokens[i].text
    closed = joined(grammar.subordinators, grammar.coordination, grammar.determiners, grammar.target_markers,
                    grammar.location_markers, grammar.not_participles)  # "cuando", "including", "according to"
    return first.isalpha() and first.islower() and first.endswith(grammar.participle_endings) \
        and first not in closed


def continues_main_clause(sentence: Sentence, clause: tuple[int, int], grammar: Grammar,
                          actor_starts: frozenset[int] = frozenset()) -> bool:
    """German "Polen, das an Belarus grenzt, forderte die EU ... auf": after an inserted clause the main
    clause goes on with its (lower-case) verb, and its subject stands before the insertion. A lower-case word
    that opens an actor (`actor_starts`) is no verb: "Katar teilte mit, beide Seiten hätten sich geeinigt",
    "..., beide Länder hätten unterzeichnet" name the reported clause's own subject, not the speaker's."""
    tokens = sentence.tokens
    if not grammar.verb_final or clause[0] < 2 or tokens[clause[0] - 1].text != "," or clause[0] in actor_starts:
        return False
    if frames_reported_speech(tokens, clause[0] - 1, grammar):
        return False  # "schrieb am Abend, nach langen Gesprächen hätten sich ...": the reported clause's own subject
    first = tokens[clause[0]]
    if first.text.lower() in grammar.conjunctions and clause[0] + 1 < clause[1] \
            and grammar.verb_word(tokens[clause[0] + 1]):
        # "Kanada erklärte, Indien sei verantwortlich, und wies ... aus": a finite verb right after ", und" has
        # no subject of its own (a new one would stand before it, or after a fronted adverb: "und dann rief X")
        return True
    closed_words = joined(grammar.subordinators, grammar.coordination, grammar.determiners, grammar.negation)
    return first.text.isalpha() and first.text[:1].islower() and first.lemma not in closed_words \
        and first.text.lower() not in closed_words and not _after_fronted_clause(tokens, clause[0] - 1, grammar) \
        and not any(tokens[j].text.lower() in grammar.verb_final_subordinators
                    for j in range(clause[0], min(clause[1], clause[0] + LEAD_MAX + 1))) \
        and not opens_prepositional_relative(tokens, clause[0] - 1, grammar)  # ", kurz nachdem", ", für den"


_CONTRACTED: Final = frozenset({"am", "zum", "zur", "vom", "beim", "im"})  # a preposition fused with its article


def _fronted_adverbial(tokens: list[Token], comma: int, grammar: Grammar) -> bool:
    """"Am selben Tag, ...", "In der Nacht, ...": the sentence opens with a prepositional phrase up to the comma."""
    return comma <= LEAD_MAX and tokens[0].text.lower() in (
        _CONTRACTED | grammar.location_markers | grammar.target_markers) \
        and not any(t.text in PHRASE_BREAKS for t in tokens[1:comma])


def _after_fronted_clause(tokens: list[Token], comma: int, grammar: Grammar) -> bool:
    """"Nachdem Russland angegriffen hatte, verhängte die EU ...": the comma closes a subordinate clause that
    opens the sentence, and the main clause's subject follows its verb (not "Polen, weil es ..., forderte")."""
    start = comma - 1
    while start > 0 and tokens[start - 1].text not in BREAKS_AND_DASHES \
            and tokens[start - 1].text not in ANY_QUOTE_MARKS:
        start -= 1
    if start > 0 and tokens[start - 1].text == ",":
        # an inserted clause: the subject stands before it, unless it qualifies a fronted adverbial phrase ("Am
        # selben Tag, an dem Bolivien ... verkündete, gaben Kolumbien und Chile bekannt")
        return opens_prepositional_relative(tokens, start - 1, grammar) and _fronted_adverbial(tokens, start - 1,
                                                                                                  grammar)
    return any(tokens[j].text.lower() in grammar.verb_final_subordinators
               for j in range(start, min(comma, start + LEAD_MAX + 1)))

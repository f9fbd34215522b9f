"""Clauses and token forms: the shallow syntax the role finder works on.

No parser runs here. A sentence is cut into clauses at strong punctuation, at
commas followed by a subordinator, relative pronoun or coordinated clause, and
at quotation boundaries. Each token gets the set of forms that rule patterns
may match (lemma, lower-cased text, rebuilt separable verb).
"""

from __future__ import annotations

from realpolitik.events.rules import Grammar
from realpolitik.model import Sentence

_QUOTES = set("\"«»„“”‚‘’")
_BOUNDARY_AFTER_COMMA_MAX = 1  # how far after a comma a subordinator may stand


def token_forms(sentence: Sentence, grammar: Grammar) -> list[frozenset[str]]:
    """Candidate forms per token; German separable particles are glued back to the verbs before them.

    A particle closes its clause ("Die Regierung wirft Maduro vor, ..."): when a particle stands right
    before punctuation, every lower-case verb-like word since the previous punctuation mark also
    offers the particle verb ("vorwerfen").
    """
    tokens = sentence.tokens
    forms = [{t.lemma, t.text.lower()} for t in tokens]
    if grammar.separable_particles:
        segment_start = 0
        for i, tok in enumerate(tokens):
            if not tok.text[:1].isalnum():
                if tok.text not in ("-", "/", "'", "’", ".") and tok.text not in _QUOTES:
                    segment_start = i + 1  # a clause boundary; hyphens inside compounds are not
                continue
            particle = tok.text.lower()
            if not closes_clause(tokens, i, grammar) or particle not in grammar.separable_particles:
                continue
            for verb in tokens[segment_start:i]:
                # Finite verbs are lower-case in German (nouns are capitalised).
                if verb.text[:1].islower() and verb.lemma.endswith(("en", "ern", "eln")):
                    forms[verb.index].add(particle + verb.lemma)
    return [frozenset(f) for f in forms]


def closes_clause(tokens, i: int, grammar: Grammar) -> bool:
    """Whether token i ends its clause: punctuation or a coordinated verb follows ("wies die Vorwürfe zurück
    und kündigte ..."). A German separable particle stands there; "Kontakt zu Japan" has a preposition."""
    return i + 1 == len(tokens) or not tokens[i + 1].text[:1].isalnum() \
        or tokens[i + 1].lemma in grammar.coordination


def split_clauses(sentence: Sentence, grammar: Grammar,
                  protected: list[tuple[int, int]] | tuple = (),
                  actor_starts: frozenset[int] = frozenset()) -> list[tuple[int, int]]:
    """Token ranges [start, end) of the sentence's clauses.

    `protected` spans (coordinated actors: "Russland, die USA und Deutschland") are never cut, though
    ", die" would otherwise open a relative clause. `actor_starts` (first tokens of actors) let a
    relative marker after a noun open a clause whose subject is an actor ("a pact that Australia ...").
    """
    tokens = sentence.tokens
    cuts: list[int] = []
    for i, tok in enumerate(tokens):
        text = tok.text
        if text in grammar.clause_breaks or text in (";", ":", "–", "—"):
            cuts.append(i)
        elif text == ",":
            nxt = tokens[i + 1].lemma if i + 1 < len(tokens) else ""
            nxt_text = tokens[i + 1].text.lower() if i + 1 < len(tokens) else ""
            if nxt in grammar.subordinators or nxt_text in grammar.subordinators:
                cuts.append(i)
                closing = _next_comma(tokens, i + 1)
                if closing is not None:
                    cuts.append(closing)  # "Russia, whose troops are there, urged Baku": the main clause goes on
            elif nxt in grammar.coordination and (
                    not grammar.oxford_comma or _followed_by_verbish(tokens, i + 2, grammar.determiners)):
                cuts.append(i)
            elif nxt in _QUOTES:
                cuts.append(i)  # ", „..." opens quoted speech
            elif opens_participle(sentence, (i + 1, len(tokens)), grammar):
                cuts.append(i)  # ", urging Pyongyang to stop": the participle's clause shares the subject
        elif (text in _QUOTES and _opens_or_closes_speech(tokens, i)
              or _opens_relative(tokens, i, grammar, actor_starts)):
            cuts.append(i)
    cuts = sorted({c for c in cuts if not any(start < c < end for start, end in protected)})
    ranges: list[tuple[int, int]] = []
    start = 0
    for cut in cuts:
        if cut > start:
            ranges.append((start, cut))
        start = cut + 1
    if start < len(tokens):
        ranges.append((start, len(tokens)))
    return ranges or [(0, len(tokens))]


def _opens_relative(tokens, i: int, grammar: Grammar, actor_starts: frozenset[int]) -> bool:
    return tokens[i].text.lower() in grammar.relative_markers and _after_noun(tokens, i) \
        and any(j in actor_starts for j in range(i + 1, i + 4))


def _after_noun(tokens, i: int) -> bool:
    """A lower-case word that is its own lemma stands before: a noun ("the agreement that ..."), not an
    inflected verb ("said that ...", "warned that ..."), whose "that" clause holds its object."""
    if i == 0:
        return False
    before = tokens[i - 1]
    return before.text.isalpha() and before.text.islower() and before.lemma == before.text


def _next_comma(tokens, start: int, reach: int = 20) -> int | None:
    for j in range(start, min(len(tokens), start + reach)):
        if tokens[j].text == ",":
            return j
        if tokens[j].text in (";", ":", "."):
            return None
    return None


def _opens_or_closes_speech(tokens, i: int) -> bool:
    """A quote mark next to a colon or comma frames speech; one around a term ("„strategische
    Partnerschaft“") does not split the clause."""
    before = tokens[i - 1].text if i > 0 else ""
    after = tokens[i + 1].text if i + 1 < len(tokens) else ""
    return i == 0 or before in (":", ",", ".") or after in (",", ":") or i == len(tokens) - 1


def _followed_by_verbish(tokens, pos: int, determiners: frozenset[str]) -> bool:
    """After ", und" a new clause usually starts with a lower-case word (a verb or auxiliary);
    ", and the Netherlands" continues a list."""
    return pos < len(tokens) and tokens[pos].text[:1].islower() and tokens[pos].text.lower() not in determiners


def clause_of(clauses: list[tuple[int, int]], token_index: int) -> tuple[int, int]:
    for start, end in clauses:
        if start <= token_index < end:
            return start, end
    return clauses[-1]


_OPENING = set("«„“‚‘\"")
_CLOSING = set("»“”‘’\"")


def quoted_tokens(sentence: Sentence) -> frozenset[int]:
    """Indices of tokens inside short quotations („nicht akzeptabel“, « injustifiable », "not hesitate")."""
    inside: set[int] = set()
    tokens = sentence.tokens
    i = 0
    while i < len(tokens):
        if tokens[i].text in _OPENING:
            for j in range(i + 1, min(len(tokens), i + 12)):
                if tokens[j].text in _CLOSING:
                    inside.update(range(i + 1, j))
                    i = j
                    break
        i += 1
    return frozenset(inside)


def opens_participle(sentence: Sentence, clause: tuple[int, int], grammar: Grammar) -> bool:
    """", urging Pyongyang to stop", ", instando a ...", ", exhortant ...": a participle clause has no
    subject of its own; it shares the main clause's."""
    tokens = sentence.tokens
    if not grammar.participle_endings or not 1 <= clause[0] < len(tokens) or tokens[clause[0] - 1].text != ",":
        return False
    first = tokens[clause[0]].text
    closed = grammar.subordinators | grammar.coordination | grammar.determiners | grammar.target_markers \
        | grammar.location_markers | grammar.not_participles  # "cuando", "including", "according to"
    return first.isalpha() and first.islower() and first.endswith(grammar.participle_endings) \
        and first not in closed


def continues_main_clause(sentence: Sentence, clause: tuple[int, int], grammar: Grammar) -> bool:
    """German "Polen, das an Belarus grenzt, forderte die EU ... auf": after an inserted clause the main
    clause goes on with its (lower-case) verb, and its subject stands before the insertion."""
    tokens = sentence.tokens
    if not grammar.verb_final or clause[0] < 2 or tokens[clause[0] - 1].text != ",":
        return False
    first = tokens[clause[0]]
    closed_words = grammar.subordinators | grammar.coordination | grammar.determiners | grammar.negation
    return first.text.isalpha() and first.text[:1].islower() and first.lemma not in closed_words \
        and first.text.lower() not in closed_words

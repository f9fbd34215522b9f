"""Each token's forms, the set that rule patterns may match (lemma, lower-cased text, a German verb with its
separable particle glued back: `token_forms`), and a sentence's forms and vocabulary, remembered (`sentence_forms`);
the commas that do not end a German verb's clause part (`particle_commas`).
"""

from __future__ import annotations

from typing import Final

from realpolitik.events.grammar import Grammar
from realpolitik.language.tokens import ANY_QUOTE_MARKS
from realpolitik.model import Sentence, Token, token_pair
from realpolitik.per_document import document_table

# marks that stand inside a word or a name, not between clauses: a hyphen, a slash, an apostrophe, an abbreviation's
# dot ("US-geführte", "AFC/M23", "Côte d'Ivoire", "U.S.")
_IN_WORD_MARKS: Final = frozenset({"-", "/", "'", "’", "."})


def token_forms(sentence: Sentence, grammar: Grammar) -> list[frozenset[str]]:
    """Candidate forms per token; German separable particles are glued back to the verbs before them.

    A particle closes its clause ("Die Regierung wirft Maduro vor, ..."): when a particle stands right
    before punctuation, every lower-case verb-like word since the previous punctuation mark also
    offers the particle verb ("vorwerfen").
    """
    tokens = sentence.tokens
    if not grammar.separable_particles:  # no verb to rebuild: each token's two forms as they are
        known = _PAIRS.get
        found = list(map(known, map(token_pair, tokens)))  # (text, lemma): words repeat, their sets are made once
        if None in found:
            if len(_PAIRS) >= _PAIRS_KEPT:
                _PAIRS.clear()
            for k, t in enumerate(tokens):
                if found[k] is None:
                    found[k] = _PAIRS[t[:2]] = _pair_forms(t.lemma, t.text.lower())
        return found  # type: ignore[return-value]
    # "die unabhängig gewordene Republik": the participle of the auxiliary keeps no lemma "werden", which would make
    # the clause a future or a passive
    forms = [{t.text.lower()} if t.text.lower() in grammar.auxiliary_participles else {t.lemma, t.text.lower()}
             for t in tokens]
    for f in forms:
        # Swiss spelling writes "ss" for "ß" ("begrüsste", "Massnahmen", "Mässigung"): the word also offers its
        # "ß" forms, in which the rules are written
        sharp = {w.replace("ss", "ß") for w in f if "ss" in w}
        f |= sharp
    segment_start = 0
    inserted = particle_commas(tokens, grammar)
    for i, tok in enumerate(tokens):
        if not tok.text[:1].isalnum():
            if tok.text not in _IN_WORD_MARKS and tok.text not in ANY_QUOTE_MARKS and i not in inserted:
                segment_start = i + 1  # a clause boundary; hyphens inside compounds are not
            continue
        particle = tok.text.lower()
        if not closes_clause(tokens, i, grammar) or particle not in grammar.separable_particles:
            continue
        # "warf sie der Ukraine, die die Vorwürfe erhoben hatte, eine Kampagne vor": the verb may stand before
        # an embedded clause; the embedded clause's own verbs ("Burundi, das Soldaten stationiert hat, wirft ...
        # vor": no "vorhaben") take no particle of the clause around it
        start = _before_embedded(tokens, segment_start, grammar)
        embedded = range(start, segment_start) if start < segment_start else range(0)
        for verb in tokens[_coordinated_verb(tokens, segment_start, i, grammar):i]:
            if grammar.verb_word(verb):  # finite verbs are lower-case in German (nouns are capitalised)
                forms[verb.index].add(particle + verb.lemma)
        for verb in tokens[start:segment_start]:
            if grammar.verb_word(verb) and not _inside_embedded(tokens, verb.index, embedded):
                forms[verb.index].add(particle + verb.lemma)
    return [frozenset(f) for f in forms]


def _coordinated_verb(tokens: list[Token], segment_start: int, particle: int, grammar: Grammar) -> int:
    """Where the particle's verb may stand: after the last conjunction that opens a coordinated clause with its own
    finite verb ("hat die Beziehungen abgebrochen und wirft Rabat Spionage vor": "vorwerfen", no "vorhaben" of the
    first verb's auxiliary). A verb right before the particle after "und" ("wies ... scharf und entschieden zurück")
    may be an adverb: then the whole clause part is searched, as without a conjunction."""
    for j in range(particle - 2, segment_start, -1):
        if tokens[j].lemma in grammar.conjunctions and grammar.verb_word(tokens[j + 1]) and j + 2 < particle:
            return j + 1
    return segment_start


def _inside_embedded(tokens: list[Token], index: int, part: range) -> bool:
    """Whether token `index` of the clause part `part` (before a particle's segment) stands between the commas of
    an embedded clause: the part's last comma-opened stretch ("Burundi, das ... stationiert hat,")."""
    commas = [k for k in part if tokens[k].text == ","]
    return bool(commas) and index > commas[0]


_APPOSITION_MAX: Final = 5  # ", General Omar Diallo,": the capitalised words a name in apposition may take


def apposition_commas(tokens: list[Token]) -> frozenset[int]:
    """The commas around a name in apposition: "warf der malische Ministerpräsident, General Omar Diallo,
    Algerien vor": between two commas only capitalised words (a title and a name), after a capitalised noun.
    The verb and its particle around it stay one clause part."""
    found: set[int] = set()
    for i in range(1, len(tokens) - 2):
        if tokens[i].text != "," or not tokens[i - 1].text[:1].isupper():
            continue
        j = i + 1
        while j < len(tokens) and j - i <= _APPOSITION_MAX + 1 and (
                tokens[j].text[:1].isupper() or tokens[j].text in ("-", ".") and j > i + 1):
            j += 1
        if i + 1 < j and j < len(tokens) and tokens[j].text == "," and j - i <= _APPOSITION_MAX + 1:
            found.update((i, j))
    return frozenset(found)


def list_commas(tokens: list[Token], grammar: Grammar) -> frozenset[int]:
    """The commas of a list of names between a verb and its particle: "In Johannesburg trafen Indiens Premier Narendra
    Modi, Bundeskanzler Friedrich Merz und Frankreichs Präsident Emmanuel Macron ein". After a capitalised word,
    only capitalised words up to the next such comma or to the "und" that closes the list with capitalised words,
    and no finite verb after the list ("sagte Merz, Deutschland und Frankreich wiesen ... zurück" is two clauses)."""
    found: set[int] = set()
    for i in range(len(tokens) - 2, 0, -1):  # from the end: a comma before another list comma is one too
        if tokens[i].text != "," or not tokens[i - 1].text[:1].isupper():
            continue
        j = i + 1
        while j < len(tokens) and j - i <= _APPOSITION_MAX + 1 and tokens[j].text[:1].isupper():
            j += 1
        if i + 1 < j < len(tokens) and (j in found or tokens[j].lemma in grammar.coordination
                                        and _closes_list(tokens, j + 1, grammar)):
            found.add(i)
    return frozenset(found)


def particle_commas(tokens: list[Token], grammar: Grammar) -> frozenset[int]:
    """The commas that do not end the clause part of a German verb and its particle: those around a name in
    apposition and those of a list of names between them (clause forms and the coder's particle matching read the
    same set)."""
    return apposition_commas(tokens) | list_commas(tokens, grammar)


def _closes_list(tokens: list[Token], start: int, grammar: Grammar) -> bool:
    """After the list's "und": capitalised words, then no finite verb of a clause of their own."""
    j = start
    while j < len(tokens) and j - start <= _APPOSITION_MAX and tokens[j].text[:1].isupper():
        j += 1
    return j > start and (j == len(tokens) or not grammar.verb_word(tokens[j]))


def _pair_forms(lemma: str, lower: str) -> frozenset[str]:
    """A token's lemma and lower-case text; a word typed without the ligature ("manoeuvres", "oeuvre") also
    offers its spelling with it, as the rules write French words ("manœuvre*", "mise en œuvre")."""
    if "oe" not in lower:
        return frozenset((lemma, lower))
    return frozenset((lemma, lower, lower.replace("oe", "œ"), lemma.replace("oe", "œ")))


def _before_embedded(tokens: list[Token], segment_start: int, grammar: Grammar) -> int:
    """Where the clause part before an embedded clause begins: the particle's part starts after a comma that
    closes a relative or subordinate clause (", die die Vorwürfe erhoben hatte,") standing between the verb
    and its particle; the part before that clause's opening comma holds the verb. `segment_start` where
    there is no such clause (nothing to search)."""
    close = segment_start - 1
    if close < 2 or tokens[close].text != ",":
        return segment_start
    opening = next((j for j in range(close - 1, -1, -1) if not tokens[j].text[:1].isalnum()
                    and tokens[j].text not in _IN_WORD_MARKS
                    and tokens[j].text not in ANY_QUOTE_MARKS), None)
    if opening is None or tokens[opening].text != "," or opening + 1 >= close:
        return segment_start
    if tokens[opening - 1].text.lower() in grammar.separable_particles and opening >= 2 \
            or tokens[close - 2].text.lower() == grammar.infinitive_marker:
        # "kündigte an, die Sache vor Gericht zu bringen, und forderte ... auf": the verb before the first comma has
        # its particle, and a clause that ends in "zu" and its infinitive is the announced act, no relative clause
        return segment_start
    if not _complements_noun(tokens, opening):
        if not tokens[close - 1].text[:1].islower():
            return segment_start  # an embedded German clause ends in its verb
        opener = tokens[opening + 1]
        if opener.text.lower() not in grammar.relative_pronouns and opener.lemma not in grammar.subordinators \
                and opener.text.lower() not in grammar.subordinators:
            return segment_start
    start = opening
    while start > 0 and (tokens[start - 1].text[:1].isalnum() or tokens[start - 1].text in _IN_WORD_MARKS
                         or tokens[start - 1].text in ANY_QUOTE_MARKS):
        start -= 1
    return start if start < opening else segment_start


# "wies den Vorwurf, die Armee nehme Zivilisten ins Visier, zurück": nouns whose content follows as a clause of its
# own between commas (verb second in the subjunctive, or an infinitive), which may stand between a verb and its
# particle
# (claims only: "wies die Forderung, X zu bestrafen, zurück" refuses an act, which the refusal reading must not take
# for the rejecter's own)
_COMPLEMENT_NOUNS: Final = frozenset({"vorwurf", "vorwürfe", "anschuldigung", "beschuldigung", "behauptung",
                                     "unterstellung",
                               "darstellung", "verdacht", "bericht", "berichte"})
# "den Vorwurf Kiews,", "die Behauptung der Regierung,": the noun's genitive before the comma
_COMPLEMENT_REACH: Final = 3


def _complements_noun(tokens: list[Token], opening: int) -> bool:
    """The comma opens the content clause of a noun before it ("den Vorwurf, ...", "den Vorwurf Kiews, ...")."""
    for j in range(opening - 1, max(-1, opening - 1 - _COMPLEMENT_REACH), -1):
        if not tokens[j].text[:1].isalnum():
            return False
        if tokens[j].text[:1].isupper() and tokens[j].lemma.lower() in _COMPLEMENT_NOUNS:
            return True
    return False


_PAIRS: Final[dict[tuple[str, str], frozenset[str]]] = {}  # a token's (text, lemma) → its forms, outside German
_PAIRS_KEPT: Final = 100_000


def sentence_forms(sentence: Sentence, grammar: Grammar) -> tuple[list[frozenset[str]], frozenset[str]]:
    """`token_forms` of a sentence and their union (its vocabulary), remembered: the event coder and the
    relation reader both read every sentence's forms, the coder first. Within `per_document()` (one
    document's extraction) for every sentence of the document, outside it for the last sentences."""
    memo = document_table("forms")
    kept = (_FORMS if memo is None else memo).get(id(sentence))
    if kept is not None and kept[0] is sentence and kept[1] is grammar and kept[2] is sentence.tokens:
        return kept[3], kept[4]
    forms = token_forms(sentence, grammar)
    vocabulary = frozenset().union(*forms)
    if memo is None:
        memo = _FORMS
        if len(_FORMS) >= _FORMS_KEPT:
            _FORMS.clear()
    memo[id(sentence)] = (sentence, grammar, sentence.tokens, forms, vocabulary)
    return forms, vocabulary


_FORMS: Final[dict[int, tuple]] = {}  # id(sentence) → (sentence, grammar, tokens, forms, vocabulary); the sentence kept
_FORMS_KEPT: Final = 1024  # alive so that its id is not reused while remembered


def closes_clause(tokens: list[Token], i: int, grammar: Grammar) -> bool:
    """Whether token i ends its clause: punctuation or a coordinated verb follows ("wies die Vorwürfe zurück
    und kündigte ..."). A German separable particle stands there; "Kontakt zu Japan" has a preposition."""
    return i + 1 == len(tokens) or not tokens[i + 1].text[:1].isalnum() \
        or tokens[i + 1].lemma in grammar.coordination

"""Clauses and token forms: the shallow syntax the role finder works on.

No parser runs here. A sentence is cut into clauses at strong punctuation, at
commas followed by a subordinator, relative pronoun or coordinated clause, and
at quotation boundaries. Each token gets the set of forms that rule patterns
may match (lemma, lower-cased text, rebuilt separable verb).
"""

from __future__ import annotations

from typing import Final

from realpolitik.events.rules import INFINITIVE_ENDINGS, Grammar, joined
from realpolitik.language.tokens import ANY_QUOTE_MARKS
from realpolitik.model import Sentence, Token, token_pair
from realpolitik.per_document import document_table

_BOUNDARY_AFTER_COMMA_MAX: Final = 1  # how far after a comma a subordinator may stand


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
            if tok.text not in ("-", "/", "'", "’", ".") and tok.text not in ANY_QUOTE_MARKS and i not in inserted:
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
                    and tokens[j].text not in ("-", "/", "'", "’", ".")
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
    while start > 0 and (tokens[start - 1].text[:1].isalnum() or tokens[start - 1].text in ("-", "/", "'", "’", ".")
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


def _includes_actor(tokens: list[Token], i: int, grammar: Grammar, actor_starts: frozenset[int]) -> bool:
    """French ", dont l'Argentine et le Chili" ("including"): an inclusion word right before an actor (an article
    between) names members of the noun phrase before the comma; it opens no relative clause."""
    if i >= len(tokens) or tokens[i].text.lower() not in grammar.roles.inclusion_words:
        return False
    nxt = i + 1
    if nxt < len(tokens) and tokens[nxt].text.lower() in grammar.determiners:
        nxt += 1
    return nxt in actor_starts


def split_clauses(sentence: Sentence, grammar: Grammar,
                  protected: list[tuple[int, int]] | tuple = (),
                  actor_starts: frozenset[int] = frozenset(), joins: list[int] | tuple = ()) -> list[tuple[int, int]]:
    """Token ranges [start, end) of the sentence's clauses.

    `protected` spans (coordinated actors: "Russland, die USA und Deutschland") are never cut, though
    ", die" would otherwise open a relative clause. `actor_starts` (first tokens of actors) let a
    relative marker after a noun open a clause whose subject is an actor ("a pact that Australia ...").
    `joins`: conjunctions known to open a clause with a subject of its own ("... and Poland condemned").
    """
    tokens = sentence.tokens
    cuts: list[int] = list(joins)
    # (the loop runs once per token of every sentence with a trigger: what most tokens fail is tested here, the
    # helpers are called only for a token that may pass)
    breaks, conjunctions, relatives = grammar.clause_breaks, grammar.conjunctions, grammar.relative_markers
    past_verbs = bool(grammar.clause_verb_lemmas)
    for i, tok in enumerate(tokens):
        text = tok.text
        if text in breaks or text in (";", ":", "–", "—"):
            cuts.append(i)
        elif text == ",":
            cuts.extend(_comma_cuts(sentence, i, grammar, protected, actor_starts))
        elif past_verbs and tok.lemma in conjunctions and _joins_past_verb(tokens, i, grammar):
            cuts.append(i)  # "настаивают на санкциях и закрыли границы": the second verb's object is its own
        elif tok.lemma in conjunctions and _joins_reported_speech(tokens, i, grammar, actor_starts):
            cuts.append(i)  # "agradeció el apoyo de Washington y dijo que Ecuador ...": the speech is its own clause
        elif (text in ANY_QUOTE_MARKS and _opens_or_closes_speech(tokens, i)
              or text.lower() in relatives and _opens_relative(tokens, i, grammar, actor_starts)):
            cuts.append(i)
    cuts.extend(_verb_final_clause_cuts(tokens, grammar, actor_starts))
    cuts.extend(_fronted_condition_cuts(tokens, grammar))
    cuts.extend(_fronted_participle_cut(tokens, grammar))
    if grammar.roles.subordinate_phrases:
        cuts.extend(_subordinate_phrase_cuts(tokens, grammar, actor_starts))
    return _ranges_between(sorted({c for c in cuts if not any(start < c < end for start, end in protected)}),
                           len(tokens))


def _comma_cuts(sentence: Sentence, i: int, grammar: Grammar, protected: list[tuple[int, int]] | tuple,
                actor_starts: frozenset[int]) -> list[int]:
    """Where the comma at `i` cuts the sentence (the comma, and where an inserted clause it opens closes again), by
    what follows it: a subordinator, a coordinated verb, quoted speech, an adversative, a participle, a relative, a
    reported or asyndetic main clause (German); none where it only lists or sets off a phrase (`split_clauses`)."""
    tokens = sentence.tokens
    cuts: list[int] = []
    nxt = tokens[i + 1].lemma if i + 1 < len(tokens) else ""
    nxt_text = tokens[i + 1].text.lower() if i + 1 < len(tokens) else ""
    if (nxt in grammar.subordinators or nxt_text in grammar.subordinators) \
            and not _includes_actor(tokens, i + 1, grammar, actor_starts):
        cuts.append(i)
        closing = None if _object_clause(tokens, i, grammar) else _closing_comma(tokens, i + 1, protected)
        if closing is not None:
            cuts.append(closing)  # "Russia, whose troops are there, urged Baku": the main clause goes on
    elif nxt in grammar.coordination and (
            not grammar.oxford_comma or _followed_by_verbish(tokens, i + 2, grammar.determiners)):
        cuts.append(i)
    elif nxt in ANY_QUOTE_MARKS:
        cuts.append(i)  # ", „..." opens quoted speech
    elif nxt_text in grammar.roles.adversatives and i + 2 < len(tokens) \
            and tokens[i + 2].text.lower() in grammar.roles.adversative_openers:
        cuts.append(i)  # "warned ..., but he praised South Africa" (not "China, but not India, signed")
    elif opens_participle(sentence, (i + 1, len(tokens)), grammar):
        cuts.append(i)  # ", urging Pyongyang to stop": the participle's clause shares the subject
    elif i + 2 < len(tokens) and _absolute_participle(tokens, i, grammar, actor_starts):
        cuts.append(i)  # ", Taïwan accusant Pékin de ...": a participle with a subject of its own
    elif opens_relative_participle(tokens, i + 1, grammar):
        cuts.append(i)  # "Макрон, посетивший Киев, пообещал": an inserted clause, the main one goes on
        closing = _closing_comma(tokens, i + 1, protected)
        if closing is not None:
            cuts.append(closing)
    elif grammar.verb_final and _frames_reported_speech(tokens, i, grammar) \
            and _reports_an_actor(tokens, i, actor_starts):
        cuts.append(i)  # "Kiew teilte mit, Russland habe ... angegriffen": the reported clause's own subject
    elif grammar.verb_final and _asyndetic_main_clause(tokens, i, grammar, actor_starts):
        cuts.append(i)  # "..., Caracas spricht von einer Provokation": a main clause with its own subject
    elif _preposed_relative(tokens, i, grammar, actor_starts):
        cuts.append(i)  # "Пакистан, с которым Индия обменялась ударами, подписал ...": the relative's subject
        closing = _closing_comma(tokens, i + 1, protected)  # is its own, the main clause goes on after it
        if closing is not None:
            cuts.append(closing)
    elif opens_prepositional_relative(tokens, i, grammar):
        cuts.append(i)  # ", für den Kiew Moskau verantwortlich macht": a relative clause of its own
        closing = _comma_after_verb(tokens, i + 3)
        if closing is not None and closing < len(tokens):
            cuts.append(closing)
    return cuts


def _ranges_between(cuts: list[int], length: int) -> list[tuple[int, int]]:
    """The token ranges between sorted cuts (a cut token belongs to no clause); the whole sentence where none is
    left."""
    ranges: list[tuple[int, int]] = []
    start = 0
    for cut in cuts:
        if cut > start:
            ranges.append((start, cut))
        start = cut + 1
    if start < length:
        ranges.append((start, length))
    return ranges or [(0, length)]


def _asyndetic_main_clause(tokens: list[Token], i: int, grammar: Grammar, actor_starts: frozenset[int]) -> bool:
    """German main clauses joined by a comma alone: "Großbritannien entsendet ein Schiff, Caracas spricht von einer
    Provokation". After the comma a name (capitalised words, an actor) and right after it a lower-case finite verb:
    the name is that verb's subject, not an object of the clause before (a list goes on with a name or "und")."""
    if i + 1 not in actor_starts:
        return False
    j = i + 1
    while j < len(tokens) and (tokens[j].text[:1].isupper() or tokens[j].text == "-"):
        j += 1
    return i + 1 < j < len(tokens) and grammar.verb_word(tokens[j]) and tokens[j].lemma not in grammar.coordination


def _fronted_condition_cuts(tokens: list[Token], grammar: Grammar) -> list[int]:
    """"If Hezbollah attacks, we will respond", «Si Kiev frappe, nous répondrons»: a condition that opens the sentence
    or a quotation ends at its comma; the main clause after it has a subject of its own."""
    cuts = []
    for i, tok in enumerate(tokens):
        if tok.text.lower() in grammar.roles.conditions and (i == 0 or tokens[i - 1].text in ANY_QUOTE_MARKS):
            closing = _next_comma(tokens, i + 1)
            if closing is not None:
                cuts.append(closing)
    return cuts


def _fronted_participle_cut(tokens: list[Token], grammar: Grammar) -> list[int]:
    """"Reçu à l'Élysée par Emmanuel Macron, il a salué ...", "Received in Paris by Macron, he criticised ...": a past
    participle that opens the sentence heads a phrase of its own, which ends at the comma before the main clause's
    subject pronoun; its agent ("par Macron") is no subject of the main verb, whose subject the pronoun takes from
    the article (a portrait's or an interview's man). Only where that comma is the sentence's first."""
    endings = grammar.reduced_passive_endings + grammar.attribute_participle_endings
    if len(tokens) < 4 or not endings or not grammar.pronouns:
        return []
    first = tokens[0].text.lower()
    if not first.isalpha() or not first.endswith(endings) or first in grammar.determiners:
        return []
    for k in range(1, len(tokens) - 1):
        if tokens[k].text in (";", ":"):
            return []
        if tokens[k].text == ",":
            return [k] if tokens[k + 1].text.lower() in grammar.pronouns else []
    return []


def _subordinate_phrase_cuts(tokens: list[Token], grammar: Grammar, actor_starts: frozenset[int]) -> list[int]:
    """Cuts before a conjunction phrase ("después de que", "ya que"): its clause has a subject of its own.

    "..., horas después de que X rompiera ...": up to `_LEAD_MAX` words (no actor) may stand between the comma
    and the phrase, and the cut is at the comma; without a comma ("rompió con Ecuador después de que agentes
    irrumpieran") the cut is at the phrase. A phrase that opens the sentence ends at its first comma.
    """
    starts = grammar.roles.phrases_by_first
    cuts: list[int] = []
    for i, tok in enumerate(tokens):
        low = tok.text.lower()  # a word without an apostrophe is its own _unelided form: looked up once
        for words in starts.get(low, ()) or ("'" in low or "’" in low) and starts.get(_unelided(low), ()) or ():
            if len(tokens) - i < len(words) or not all(
                    _spells(tokens[i + k].text.lower(), w) for k, w in enumerate(words)):
                continue
            j = i - 1
            while j >= 0 and i - j <= _LEAD_MAX and tokens[j].text.isalnum() and j not in actor_starts:
                j -= 1
            cut = j if j >= 0 and tokens[j].text == "," else i
            if cut > 0:
                cuts.append(cut)
            elif j < 0:  # "Después de que Rusia atacara, la UE ...": the main clause starts after the comma
                closing = _next_comma(tokens, i + len(words))
                if closing is not None:
                    cuts.append(closing)
            break
    return cuts


def _unelided(word: str) -> str:
    """French "lorsqu'il", "qu'Israël": the conjunction whose final "e" the apostrophe stands for ("lorsque")."""
    for mark in ("'", "’"):
        if mark in word:
            return word.split(mark)[0] + "e"
    return word


def _spells(text: str, word: str) -> bool:
    """A token is a phrase's word, or that word elided onto the next ("alors qu'Israël" for "alors que")."""
    return text == word or "'" in text.replace("’", "'") and _unelided(text) == word


def _joins_past_verb(tokens: list[Token], i: int, grammar: Grammar) -> bool:
    """A conjunction (no comma) before a finite past verb opens a clause: "настаивают на X и закрыли Y"."""
    if not grammar.clause_verb_lemmas or tokens[i].lemma not in grammar.conjunctions or i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    text, lemma = nxt.text.lower(), nxt.lemma.lower()
    return text.isalpha() and text.endswith(grammar.past_endings) and lemma.endswith(grammar.clause_verb_lemmas)


def _joins_reported_speech(tokens: list[Token], i: int, grammar: Grammar, actor_starts: frozenset[int]) -> bool:
    """A conjunction (no comma) before a speech verb, its complementizer and a name ("y dijo que Ecuador", "y
    aseguró que la Argentina", "y ha dicho que"), with a name right before the conjunction ("agradeció el respaldo de
    Washington y dijo que Ecuador ..."): the second name is the reported clause's subject, no object of the verb
    before the conjunction, which has its own (with a name missing on either side nothing is cut)."""
    words = grammar.roles.complementizers
    if not words or i + 2 >= len(tokens):
        return False
    k = i + 2 if tokens[i + 1].text.lower() in grammar.perfect_auxiliaries else i + 1
    verb = tokens[k]
    return k + 1 < len(tokens) and tokens[k + 1].text.lower() in words \
        and bool({verb.text.lower(), verb.lemma} & grammar.speech_verbs) \
        and any(k + 1 < j <= k + 1 + _REPORTED_SUBJECT_REACH for j in actor_starts) \
        and any(i - _REPORTED_SUBJECT_REACH - 1 <= j < i for j in actor_starts)  # "el respaldo de Washington y"


def _frames_reported_speech(tokens: list[Token], comma: int, grammar: Grammar) -> bool:
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


# German subjunctive forms that mark reported speech ("Russland habe ... verletzt", "sei ... eingedrungen",
# "werde ... reagieren", "hätten ... angegriffen"): the reported clause is a clause of its own.
_SUBJUNCTIVE: Final = frozenset({"habe", "hätte", "hätten", "sei", "seien", "wäre", "wären", "werde", "würde", "würden",
                          "könne", "müsse", "solle", "wolle", "dürfe", "plane", "bereite"})
_DENIALS: Final = frozenset({"zurückweisen", "bestreiten", "dementieren"})
# "Der Außenminister kündigte an, Paris werde zwölf Diplomaten ausweisen": an announcement frames the announced act
# as a speech verb frames a report (the act's own subject follows); not a report word, which would weaken the act
_ANNOUNCEMENTS: Final = frozenset({"ankündigen"})
_REPORTED_SUBJECT_REACH: Final = 3  # ", die russische Armee habe": an article and an adjective before the actor
# words of a time or place phrase between a speech verb and its comma ("erklärte am Montag,")
_SPEECH_ADVERBIAL: Final = 4
_ADVERBIAL_OPENERS: Final = frozenset({"am", "im", "in", "nach", "vor", "bei", "beim", "auf", "gegenüber", "zudem",
                                      "dann",
                                "später", "zuvor", "erneut", "bereits", "schon", "noch", "außerdem"})
_NO_SPEECH_VERB: Final = frozenset({"laut", "zufolge"})  # report words, no speech verb of a clause of their own
# "..., nach langen Gesprächen hätten sich beide Länder geeinigt": after the subjunctive
_INVERTED_SUBJECT_REACH: Final = 2


def _reports_an_actor(tokens: list[Token], comma: int, actor_starts: frozenset[int]) -> bool:
    """The clause after the comma has an actor of its own near its start and a subjunctive verb: "Polen
    erklärte, Russland habe den Luftraum verletzt" (not "sagte, es gebe keine Gespräche")."""
    near = any(comma < i <= comma + _REPORTED_SUBJECT_REACH for i in actor_starts)
    for k in range(comma + 1, len(tokens)):
        tok = tokens[k]
        if tok.text in (",", ";", ":"):
            return False
        if tok.text.lower() in _SUBJUNCTIVE:
            # (a fronted phrase before the subjunctive: the subject follows it, "hätten sich beide Länder")
            return near or any(k < i <= k + _INVERTED_SUBJECT_REACH + 1 for i in actor_starts)
    return False


_LEAD_MAX: Final = 4  # "Nur zwei Tage nachdem", ", kurz nachdem", ", vor allem weil": words before the conjunction
_FRONTED_REACH: Final = 30  # how far the comma closing a fronted clause may stand
_COMPARATIVES: Final = frozenset({"als", "wie"})  # "mehr als", "so wie": after other words they compare


def _verb_final_clause_cuts(tokens: list[Token], grammar: Grammar, actor_starts: frozenset[int]) -> list[int]:
    """Commas around German subordinate clauses that the comma-then-conjunction rule misses.

    "Nachdem Russland die Ukraine angegriffen hatte, verhängte die EU ...", "Wie Kiew mitteilte, hat ...":
    a clause that opens with a conjunction ends at the first comma after its final (lower-case) verb, and
    the main clause starts there. "..., nur drei Tage nachdem Tsai McCarthy getroffen hatte": a few words may
    stand between the comma and the conjunction. A preposition of the same form ("Seit dem Angriff auf X
    unterstützt ...", "Während der Gespräche in Genf, die ...") has no verb before its comma and is left alone.
    """
    conjunctions = grammar.verb_final_subordinators
    if not conjunctions:
        return []
    cuts: list[int] = []
    boundary = -1  # the last comma or strong mark
    for i, tok in enumerate(tokens):
        if tok.text in (",", ";", ":", "–", "—") or tok.text in ANY_QUOTE_MARKS:
            boundary = i
            continue
        low = tok.text.lower()
        if low not in conjunctions:
            continue
        lead = range(boundary + 1, i)
        if len(lead) > _LEAD_MAX or lead and (low in _COMPARATIVES or any(
                j in actor_starts or not tokens[j].text.isalnum() for j in lead)):
            continue
        if not _subject_follows(tokens, i + 1, grammar):
            continue  # "Seit dem Angriff", "Während des Gipfels", "Als letztes Mitglied": a preposition
        closing = _comma_after_verb(tokens, i + 1)
        if lead and boundary >= 0 and tokens[boundary].text == ",":
            cuts.append(boundary)  # ", kurz nachdem ...": the clause opens at the comma
        if closing is not None and closing < len(tokens):
            cuts.append(closing)
    return cuts


_OBLIQUE: Final = frozenset({"des", "dem", "eines", "einem", "einer"})  # no subject starts so: a preposition's object


def opens_prepositional_relative(tokens: list[Token], comma: int, grammar: Grammar) -> bool:
    """German ", für den Kiew Moskau verantwortlich macht", ", mit dem er sprach": a preposition and a relative
    pronoun open a verb-final clause (not ", für den Frieden in Europa": no verb closes it)."""
    if not grammar.relative_pronouns or comma + 3 >= len(tokens):
        return False
    preposition, pronoun = tokens[comma + 1].text.lower(), tokens[comma + 2].text.lower()
    prepositions = grammar.target_markers | grammar.location_markers | grammar.agent_markers | grammar.pair_markers
    if preposition not in prepositions or pronoun not in grammar.relative_pronouns \
            or not _subject_follows(tokens, comma + 3, grammar):
        return False  # ", mit den drei Staaten ...": an article before its adjectives
    end = _comma_after_verb(tokens, comma + 3)
    if end is None:
        return False
    verb = end - 1
    while verb > comma + 3 and not tokens[verb].text.isalpha():
        verb -= 1
    return tokens[verb - 1].text.lower() != grammar.infinitive_marker and not fused_infinitive(
        tokens[verb].text.lower(), grammar.infinitive_marker or "", grammar.separable_particles)  # ", ... zu finden"


def _preposed_relative(tokens: list[Token], comma: int, grammar: Grammar, actor_starts: frozenset[int]) -> bool:
    """", с которой Россия воевала", ", avec laquelle la Russie ...", ", con la que Rusia ...", ", with which Russia
    ...": a preposition (and Spanish's article) before a relative pronoun, then an actor, its subject (or a verb and
    then its subject: ", в которую входят Египет и Иордания"), open a relative clause with a subject of its own (not
    ", con quien firmó ...", which shares the main clause's; German's verb-final one: `opens_prepositional_relative`).
    The pronouns are the language's `preposed_relatives`."""
    if not grammar.preposed_relatives or comma + 3 >= len(tokens):
        return False
    prepositions = grammar.target_markers | grammar.location_markers | grammar.agent_markers | grammar.pair_markers
    if tokens[comma + 1].lemma not in prepositions:
        return False
    pronoun = comma + 2 + (tokens[comma + 2].lemma in grammar.determiners)  # "con la que"
    if pronoun + 1 >= len(tokens) or tokens[pronoun].lemma not in grammar.preposed_relatives:
        return False
    subject = pronoun + 1 + (tokens[pronoun + 1].lemma in grammar.determiners)  # ", avec laquelle la Russie"
    if subject in actor_starts:
        return True
    verb = tokens[pronoun + 1].text
    return verb.isalpha() and verb.islower() and pronoun + 2 in actor_starts


def _subject_follows(tokens: list[Token], i: int, grammar: Grammar) -> bool:
    """A conjunction is followed by its clause's subject: a name or noun, a nominative article or a pronoun."""
    if i >= len(tokens):
        return False
    word = tokens[i].text
    low = word.lower()
    if low in _OBLIQUE or not word.isalpha():
        return False
    return word[:1].isupper() or low in grammar.determiners or low in grammar.pronouns or low in ("es", "man", "wir")


def _comma_after_verb(tokens: list[Token], start: int) -> int | None:
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
        if text in (";", ":", "–", "—") or text in ANY_QUOTE_MARKS:
            return None
    return len(tokens) if len(tokens) - start <= _FRONTED_REACH and tokens[-1].text.isalpha() \
        and tokens[-1].text.islower() else None


def _opens_relative(tokens: list[Token], i: int, grammar: Grammar, actor_starts: frozenset[int]) -> bool:
    return tokens[i].text.lower() in grammar.relative_markers and _after_noun(tokens, i) \
        and any(j in actor_starts for j in range(i + 1, i + 4))


def _after_noun(tokens: list[Token], i: int) -> bool:
    """A lower-case word that is its own lemma stands before: a noun ("the agreement that ..."), not an
    inflected verb ("said that ...", "warned that ..."), whose "that" clause holds its object."""
    if i == 0:
        return False
    before = tokens[i - 1]
    return before.text.isalpha() and before.text.islower() and before.lemma == before.text


def _object_clause(tokens: list[Token], comma: int, grammar: Grammar) -> bool:
    """Russian "заявило, что обращается к организациям, включая ООН, с призывом ...": a complementizer right after
    a verb opens that verb's object clause, which runs on past its next comma (it is no inserted clause)."""
    return comma > 0 and comma + 1 < len(tokens) and tokens[comma + 1].text.lower() in grammar.roles.complementizers \
        and grammar.verb_lemma(tokens[comma - 1].lemma)


def _closing_comma(tokens: list[Token], start: int, protected: list[tuple[int, int]] | tuple) -> int | None:
    """The comma that closes a clause inserted after a comma: the next one, or, where that one stands inside a list
    of actors, the comma right after the list (", whose members include Egypt, Jordan and Morocco, urged": the list
    ends the inserted clause, and its members are no subjects of the main one)."""
    closing = _next_comma(tokens, start)
    inside = next((end for begin, end in protected if closing is not None and begin < closing < end), None)
    if inside is None:
        return closing
    return inside if inside < len(tokens) and tokens[inside].text == "," else None


def _next_comma(tokens: list[Token], start: int, reach: int = 20) -> int | None:
    for j in range(start, min(len(tokens), start + reach)):
        if tokens[j].text == ",":
            return j
        if tokens[j].text in (";", ":", "."):
            return None
    return None


def _opens_or_closes_speech(tokens: list[Token], i: int) -> bool:
    """A quote mark next to a colon or comma frames speech; one around a term ("„strategische
    Partnerschaft“") does not split the clause."""
    before = tokens[i - 1].text if i > 0 else ""
    after = tokens[i + 1].text if i + 1 < len(tokens) else ""
    return i == 0 or before in (":", ",", ".") or after in (",", ":") or i == len(tokens) - 1


def _followed_by_verbish(tokens: list[Token], pos: int, determiners: frozenset[str]) -> bool:
    """After ", und" a new clause usually starts with a lower-case word (a verb or auxiliary);
    ", and the Netherlands" continues a list."""
    return pos < len(tokens) and tokens[pos].text[:1].islower() and tokens[pos].text.lower() not in determiners


def clause_of(clauses: list[tuple[int, int]], token_index: int) -> tuple[int, int]:
    for start, end in clauses:
        if start <= token_index < end:
            return start, end
    return clauses[-1]


_OPENING: Final = set("«„“‚‘\"")
_CLOSING: Final = set("»“”‘’\"")
_SHORT_QUOTE: Final = 12  # tokens from the opening mark to the closing one of a quoted phrase, not a speech


def quoted_tokens(sentence: Sentence, reach: int = _SHORT_QUOTE) -> frozenset[int]:
    """Indices of tokens inside quotations of fewer than `reach` tokens: by default short ones („nicht
    akzeptabel“, « injustifiable », "not hesitate"); a whole speech with `reach=len(sentence.tokens)`."""
    inside: set[int] = set()
    tokens = sentence.tokens
    i = 0
    while i < len(tokens):
        if tokens[i].text in _OPENING:
            for j in range(i + 1, min(len(tokens), i + reach)):
                if tokens[j].text in _CLOSING:
                    inside.update(range(i + 1, j))
                    i = j
                    break
        i += 1
    return frozenset(inside)


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


def _absolute_participle(tokens: list[Token], comma: int, grammar: Grammar, actor_starts: frozenset[int]) -> bool:
    """"..., Taïwan accusant Pékin de coercition", "..., Qatar urging both sides to ...": after a comma a one-word
    name (an article before it at most) and right after it a participle: an absolute construction, whose clause
    has that name as its own subject, so the main verb's objects are not sought in it. After an opener of such a
    construction (`absolute_openers`: ", with Cairo warning that ...", ", with Foreign Minister Lamola saying ...")
    the name may run over several capitalised words, since the preposition already marks what follows as a clause."""
    if not grammar.participle_endings:
        return False
    name = comma + 1
    opened = tokens[name].text.lower() in grammar.absolute_openers
    if opened and name + 1 < len(tokens):
        name += 1
    if name not in actor_starts and tokens[name].text.lower() in grammar.determiners:
        name += 1  # not "El Cairo", whose article is part of the name
    if name not in actor_starts or name + 1 >= len(tokens):
        return False
    closed = joined(grammar.subordinators, grammar.coordination, grammar.determiners, grammar.target_markers,
                    grammar.location_markers, grammar.not_participles)
    last = name
    while opened and last + 2 < len(tokens) and last - name < 6 \
            and (tokens[last + 1].text.isalpha() or tokens[last + 1].text in ("'s", "’s")) \
            and not tokens[last + 1].text.endswith(grammar.participle_endings) \
            and tokens[last + 1].text.lower() not in closed:
        last += 1  # "with Prime Minister Narendra Modi saying", "con el canciller letón calificando": one name
    word = tokens[last + 1].text
    return word.isalpha() and word.islower() and word.endswith(grammar.participle_endings) and word not in closed


def continues_main_clause(sentence: Sentence, clause: tuple[int, int], grammar: Grammar,
                          actor_starts: frozenset[int] = frozenset()) -> bool:
    """German "Polen, das an Belarus grenzt, forderte die EU ... auf": after an inserted clause the main
    clause goes on with its (lower-case) verb, and its subject stands before the insertion. A lower-case word
    that opens an actor (`actor_starts`) is no verb: "Katar teilte mit, beide Seiten hätten sich geeinigt",
    "..., beide Länder hätten unterzeichnet" name the reported clause's own subject, not the speaker's."""
    tokens = sentence.tokens
    if not grammar.verb_final or clause[0] < 2 or tokens[clause[0] - 1].text != "," or clause[0] in actor_starts:
        return False
    if _frames_reported_speech(tokens, clause[0] - 1, grammar):
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
                    for j in range(clause[0], min(clause[1], clause[0] + _LEAD_MAX + 1))) \
        and not opens_prepositional_relative(tokens, clause[0] - 1, grammar)  # ", kurz nachdem", ", für den"


_CONTRACTED: Final = frozenset({"am", "zum", "zur", "vom", "beim", "im"})  # a preposition fused with its article


def _fronted_adverbial(tokens: list[Token], comma: int, grammar: Grammar) -> bool:
    """"Am selben Tag, ...", "In der Nacht, ...": the sentence opens with a prepositional phrase up to the comma."""
    return comma <= _LEAD_MAX and tokens[0].text.lower() in (
        _CONTRACTED | grammar.location_markers | grammar.target_markers) \
        and not any(t.text in (",", ";", ":") for t in tokens[1:comma])


def _after_fronted_clause(tokens: list[Token], comma: int, grammar: Grammar) -> bool:
    """"Nachdem Russland angegriffen hatte, verhängte die EU ...": the comma closes a subordinate clause that
    opens the sentence, and the main clause's subject follows its verb (not "Polen, weil es ..., forderte")."""
    start = comma - 1
    while start > 0 and tokens[start - 1].text not in (",", ";", ":", "–", "—") \
            and tokens[start - 1].text not in ANY_QUOTE_MARKS:
        start -= 1
    if start > 0 and tokens[start - 1].text == ",":
        # an inserted clause: the subject stands before it, unless it qualifies a fronted adverbial phrase ("Am
        # selben Tag, an dem Bolivien ... verkündete, gaben Kolumbien und Chile bekannt")
        return opens_prepositional_relative(tokens, start - 1, grammar) and _fronted_adverbial(tokens, start - 1,
                                                                                                  grammar)
    return any(tokens[j].text.lower() in grammar.verb_final_subordinators
               for j in range(start, min(comma, start + _LEAD_MAX + 1)))


def future_auxiliary(form: frozenset[str], grammar: Grammar) -> bool:
    """A future auxiliary, not a past form of its verb: "wurde" (lemma "werden") is a passive, so "wurde von Vučić
    empfangen" is a reception, not a planned one (a strong participle ends like an infinitive). The past forms are
    the passive auxiliaries that are no future auxiliary."""
    return bool(form & grammar.future_auxiliaries) and not form & (grammar.passive_auxiliaries
                                                                 - grammar.future_auxiliaries)


def future_not_passive(forms: list[frozenset[str]], clause: tuple[int, int], grammar: Grammar) -> bool:
    """German "Polen wird drei Diplomaten ausweisen": "wird" before a bare infinitive that closes the clause is the
    future, not a passive ("wird ... ausgewiesen"; "wird angegriffen werden" stays one). Only with a future form:
    "Macron wurde von Xi empfangen" is a past passive whose participle looks like an infinitive."""
    if not grammar.verb_final or not grammar.future_auxiliaries:
        return False
    # the auxiliary's own part of the clause: "Der Minister kündigte an, Paris werde zwölf Diplomaten ausweisen"
    # (a comma and no subordinator: one clause) closes in the infinitive after "werde", not in the particle "an"
    aux = next((i for i in range(*clause) if future_auxiliary(forms[i], grammar)), None)
    if aux is None:
        return False
    last = None
    for i in range(aux, clause[1]):
        if "," in forms[i]:
            break
        if any(f[:1].isalpha() for f in forms[i]):
            last = forms[i]
    return last is not None and len(last) == 1 and not last & grammar.passive_auxiliaries \
        and next(iter(last)).endswith(INFINITIVE_ENDINGS)


def is_infinitive_clause(forms: list[frozenset[str]], clause: tuple[int, int], grammar: Grammar) -> bool:
    """German ", die Sanktionen gegen Nordkorea zu beenden", ", den Iran anzugreifen": no subject of its own."""
    marker = grammar.infinitive_marker
    if not marker or not grammar.verb_final or clause[0] == 0 or "," not in forms[clause[0] - 1]:
        return False
    end = clause[1] - 1
    while end > clause[0] and not any(f[:1].isalnum() for f in forms[end]):
        end -= 1
    if any("," in forms[i] and any(f.isalpha() and f.islower() for f in forms[i - 1])
           and not forms[i - 1] & grammar.determiners for i in range(clause[0] + 1, end)):
        return False  # "Nachdem ..., gab Kolumbien bekannt, seinen Botschafter abzuziehen": a main clause holds it
    return end - 1 >= clause[0] and marker in forms[end - 1] or any(
        fused_infinitive(f, marker, grammar.separable_particles) for f in forms[end])


_INFINITIVE_ENDINGS: Final = ("en", "ern", "eln")


def fused_infinitive(word: str, marker: str, particles: frozenset[str]) -> bool:
    """"anzugreifen", "mitzutragen", "abzuziehen": a particle verb takes its "zu" inside; so do infinitives in -ern
    and -eln ("auszuliefern", "auszuhandeln"), which end in "n" but not in "en"."""
    return word.isalpha() and word.endswith(_INFINITIVE_ENDINGS) and any(
        word.startswith(p + marker) and len(word) > len(p) + len(marker) + 3 for p in particles)


def after_refusal(forms: list[frozenset[str]], clause: tuple[int, int], grammar: Grammar,
                  refusals: frozenset[str] | None = None) -> bool:
    """", das Abkommen zu unterzeichnen" after "weigerte sich" or "lehnte es ab": the infinitive's act is
    refused, so it did not happen (EVAL.md: the refusal is a REJECT of its own, the act is negated).
    `refusals`: other words of refusal than the verbs (the nouns, "die Weigerung Russlands, ... zu verhandeln")."""
    words = grammar.refusals if refusals is None else refusals
    if not words or not is_infinitive_clause(forms, clause, grammar):
        return False
    i = clause[0] - 2
    while i >= 0 and not forms[i] & BREAKS:
        if forms[i] & words:
            return True
        i -= 1
    return False


def _after_last_comma(forms: list[frozenset[str]], start: int, clause: tuple[int, int]) -> tuple[int, int]:
    """"die Weigerung Russlands, mit Kiew zu verhandeln": a "zu" clause after a noun opens no clause of its own
    in the splitter; the words after the last comma before the act are read as one."""
    for i in range(start - 1, clause[0], -1):
        if "," in forms[i]:
            return i + 1, clause[1]
    return clause


_REFUSAL_REACH: Final = 5  # "le refus de la Russie de négocier": words from the noun to its link word


def under_refusal_noun(forms: list[frozenset[str]], start: int, clause: tuple[int, int], grammar: Grammar,
                       named: set[int]) -> bool:
    """"Kyiv's refusal to negotiate", "la negativa de Caracas a dialogar", "отказ Украины от переговоров": the act
    after a noun of refusal and its link word was not done, and no one did it (EVAL.md: a refused act gives no
    fact). The link word stands right before the act (or its determiner), and only the refuser's name (`named`:
    the tokens of actor mentions) and its article or "de" between it and the noun: not a verdict on the refusal
    ("the refusal was criticised"), nor what the refusal led to ("Iran's refusal led to sanctions")."""
    nouns = grammar.refusal_nouns
    if grammar.verb_final:  # German: the act is the verb of a "zu" clause after a comma
        return after_refusal(forms, _after_last_comma(forms, start, clause), grammar, nouns)
    link = start - 1
    if link > 0 and forms[link] & grammar.determiners:
        link -= 1
    if link <= 0 or not forms[link] & grammar.refusal_links:
        return False
    for i in range(link - 1, max(0, link - _REFUSAL_REACH) - 1, -1):
        if forms[i] & nouns:
            return True
        if not (i in named or forms[i] & grammar.determiners or forms[i] & grammar.genitive_markers):
            return False
    return False


BREAKS: Final = frozenset({",", ";", ":", "–", "—", "."})

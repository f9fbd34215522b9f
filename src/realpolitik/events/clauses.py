"""Clauses and token forms: the shallow syntax the role finder works on.

No parser runs here. A sentence is cut into clauses at strong punctuation, at
commas followed by a subordinator, relative pronoun or coordinated clause, and
at quotation boundaries. Each token gets the set of forms that rule patterns
may match (lemma, lower-cased text, rebuilt separable verb).

This module cuts the sentence (`split_clauses` and the cuts it asks for), says which clause holds a token
(`clause_of`) and which tokens stand inside a quotation (`quoted_tokens`). Its parts, each a module of one job:
`clause_forms` (each token's forms, `sentence_forms`), `clause_infinitives` (infinitive clauses, futures, refusals),
`clause_openers` (what the clause after a comma is: a participle, a prepositional relative, the main clause resumed).
"""

from __future__ import annotations

from typing import Final

from realpolitik.events.clause_openers import (
    LEAD_MAX,
    comma_after_verb,
    frames_reported_speech,
    opens_participle,
    opens_prepositional_relative,
    opens_relative_participle,
    subject_follows,
)
from realpolitik.events.grammar import Grammar, joined
from realpolitik.language.tokens import (
    ANY_QUOTE_MARKS,
    APOSTROPHES,
    BREAKS_AND_DASHES,
    PHRASE_BREAKS,
    SAXON_GENITIVES,
    STRONG_BREAKS,
)
from realpolitik.model import Sentence, Token

_BOUNDARY_AFTER_COMMA_MAX: Final = 1  # how far after a comma a subordinator may stand


def _includes_actor(tokens: list[Token], i: int, grammar: Grammar, actor_starts: frozenset[int]) -> bool:
    """French ", dont l'Argentine et le Chili" ("including"): an inclusion word right before an actor (an article
    between) names members of the noun phrase before the comma; it opens no relative clause."""
    if i >= len(tokens) or tokens[i].text.lower() not in grammar.roles.inclusion_words:
        return False
    return _actor_next(tokens, i + 1, grammar, actor_starts)


def _actor_next(tokens: list[Token], i: int, grammar: Grammar, actor_starts: frozenset[int]) -> bool:
    """Whether an actor starts at `i`, or right after an article there ("dont l'Argentine", "mientras que la UE")."""
    if i < len(tokens) and tokens[i].text.lower() in grammar.determiners:
        i += 1
    return i in actor_starts


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
        if text in breaks or text in STRONG_BREAKS:
            cuts.append(i)
        elif text == ",":
            cuts.extend(_comma_cuts(sentence, i, grammar, protected, actor_starts))
        elif past_verbs and tok.lemma in conjunctions and joins_past_verb(tokens, i, grammar):
            cuts.append(i)  # "настаивают на санкциях и закрыли границы": the second verb's object is its own
        elif tok.lemma in conjunctions and _joins_reported_speech(tokens, i, grammar, actor_starts):
            cuts.append(i)  # "agradeció el apoyo de Washington y dijo que Ecuador ...": the speech is its own clause
        elif (text in ANY_QUOTE_MARKS and _opens_or_closes_speech(tokens, i)
              or text.lower() in relatives and opens_relative(tokens, i, grammar, actor_starts)):
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
        closing = None if _object_clause(tokens, i, grammar) or _contrast_clause(tokens, i, grammar, actor_starts) \
            else _closing_comma(tokens, i + 1, protected)
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
    elif grammar.verb_final and frames_reported_speech(tokens, i, grammar) \
            and _reports_an_actor(tokens, i, actor_starts):
        cuts.append(i)  # "Kiew teilte mit, Russland habe ... angegriffen": the reported clause's own subject
    elif grammar.verb_final and _asyndetic_main_clause(tokens, i, grammar, actor_starts):
        cuts.append(i)  # "..., Caracas spricht von einer Provokation": a main clause with its own subject
    elif grammar.roles.juxtaposed_lemma_endings and _juxtaposed_main_clause(tokens, i, grammar, actor_starts):
        cuts.append(i)  # "Moscou salue, Paris se tait": the same in French titles and subheads
    elif _preposed_relative(tokens, i, grammar, actor_starts):
        cuts.append(i)  # "Пакистан, с которым Индия обменялась ударами, подписал ...": the relative's subject
        closing = _closing_comma(tokens, i + 1, protected)  # is its own, the main clause goes on after it
        if closing is not None:
            cuts.append(closing)
    elif opens_prepositional_relative(tokens, i, grammar):
        cuts.append(i)  # ", für den Kiew Moskau verantwortlich macht": a relative clause of its own
        closing = comma_after_verb(tokens, i + 3)
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


_JUXTAPOSED_REACH: Final = 4  # how many words of a name may stand between the comma and its verb ("l'Arabie saoudite")


def _juxtaposed_verb(tok: Token, grammar: Grammar) -> bool:
    """A clitic or negation that opens a verb (`juxtaposed_openers`), or an inflected verb: a lower-case word whose
    lemma differs from it and ends as an infinitive does ("soutient", "a", "s'est")."""
    roles = grammar.roles
    low = tok.text.lower()
    return tok.text[:1].islower() and (low in roles.juxtaposed_openers or tok.lemma != low and any(
        tok.lemma.endswith(e) for e in roles.juxtaposed_lemma_endings))


def _juxtaposed_main_clause(tokens: list[Token], i: int, grammar: Grammar, actor_starts: frozenset[int]) -> bool:
    """Main clauses joined by a comma alone where the verb follows its subject (French titles and subheads: "Moscou
    salue, Paris se tait", "L'Iran a condamné, l'Arabie saoudite s'est tue"). Before the comma a name and a verb
    after it (not a list: "La Russie, la Chine et l'Iran ont ..."); after the comma a name followed, within a few
    words and before any comma or conjunction, by a verb (`_juxtaposed_verb`): that name is the next verb's
    subject, not an object of the verb before the comma."""
    first = i + 1 + (i + 1 < len(tokens) and tokens[i + 1].lemma in grammar.determiners)  # "la Chine"
    if i + 1 not in actor_starts and first not in actor_starts:
        return False
    subject = min((s for s in actor_starts if s < i), default=None)
    if subject is None or not any(_juxtaposed_verb(tokens[k], grammar) for k in range(subject + 1, i)):
        return False
    for k in range(first + 1, min(len(tokens), first + 1 + _JUXTAPOSED_REACH)):
        tok = tokens[k]
        if tok.text in PHRASE_BREAKS or tok.lemma in grammar.coordination:
            return False
        if _juxtaposed_verb(tok, grammar):
            return True  # (a lower-case word that is none, "saoudite" in "l'Arabie saoudite", goes on with the name)
    return False


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

    "..., horas después de que X rompiera ...": up to `LEAD_MAX` words (no actor) may stand between the comma
    and the phrase, and the cut is at the comma; without a comma ("rompió con Ecuador después de que agentes
    irrumpieran") the cut is at the phrase. A phrase that opens the sentence ends at its first comma.
    """
    starts = grammar.roles.phrases_by_first
    cuts: list[int] = []
    for i, tok in enumerate(tokens):
        low = tok.text.lower()  # a word without an apostrophe is its own unelided form: looked up once
        for words in starts.get(low, ()) or ("'" in low or "’" in low) and starts.get(unelided(low), ()) or ():
            if len(tokens) - i < len(words) or not all(
                    _spells(tokens[i + k].text.lower(), w) for k, w in enumerate(words)):
                continue
            j = i - 1
            while j >= 0 and i - j <= LEAD_MAX and tokens[j].text.isalnum() and j not in actor_starts:
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


def unelided(word: str) -> str:
    """French "lorsqu'il", "qu'Israël": the conjunction whose final "e" the apostrophe stands for ("lorsque")."""
    for mark in APOSTROPHES:
        if mark in word:
            return word.split(mark)[0] + "e"
    return word


def _spells(text: str, word: str) -> bool:
    """A token is a phrase's word, or that word elided onto the next ("alors qu'Israël" for "alors que")."""
    return text == word or "'" in text.replace("’", "'") and unelided(text) == word


def joins_past_verb(tokens: list[Token], i: int, grammar: Grammar) -> bool:
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


# German subjunctive forms that mark reported speech ("Russland habe ... verletzt", "sei ... eingedrungen",
# "werde ... reagieren", "hätten ... angegriffen"): the reported clause is a clause of its own.
_SUBJUNCTIVE: Final = frozenset({"habe", "hätte", "hätten", "sei", "seien", "wäre", "wären", "werde", "würde", "würden",
                          "könne", "müsse", "solle", "wolle", "dürfe", "plane", "bereite"})
_REPORTED_SUBJECT_REACH: Final = 3  # ", die russische Armee habe": an article and an adjective before the actor
# "..., nach langen Gesprächen hätten sich beide Länder geeinigt": after the subjunctive
_INVERTED_SUBJECT_REACH: Final = 2


def _reports_an_actor(tokens: list[Token], comma: int, actor_starts: frozenset[int]) -> bool:
    """The clause after the comma has an actor of its own near its start and a subjunctive verb: "Polen
    erklärte, Russland habe den Luftraum verletzt" (not "sagte, es gebe keine Gespräche")."""
    near = any(comma < i <= comma + _REPORTED_SUBJECT_REACH for i in actor_starts)
    for k in range(comma + 1, len(tokens)):
        tok = tokens[k]
        if tok.text in PHRASE_BREAKS:
            return False
        if tok.text.lower() in _SUBJUNCTIVE:
            # (a fronted phrase before the subjunctive: the subject follows it, "hätten sich beide Länder")
            return near or any(k < i <= k + _INVERTED_SUBJECT_REACH + 1 for i in actor_starts)
    return False


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
        if tok.text in BREAKS_AND_DASHES or tok.text in ANY_QUOTE_MARKS:
            boundary = i
            continue
        low = tok.text.lower()
        if low not in conjunctions:
            continue
        lead = range(boundary + 1, i)
        if len(lead) > LEAD_MAX or lead and (low in _COMPARATIVES or any(
                j in actor_starts or not tokens[j].text.isalnum() for j in lead)):
            continue
        if not subject_follows(tokens, i + 1, grammar):
            continue  # "Seit dem Angriff", "Während des Gipfels", "Als letztes Mitglied": a preposition
        closing = comma_after_verb(tokens, i + 1)
        if lead and boundary >= 0 and tokens[boundary].text == ",":
            cuts.append(boundary)  # ", kurz nachdem ...": the clause opens at the comma
        if closing is not None and closing < len(tokens):
            cuts.append(closing)
    return cuts


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


def opens_relative(tokens: list[Token], i: int, grammar: Grammar, actor_starts: frozenset[int]) -> bool:
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


def _contrast_clause(tokens: list[Token], comma: int, grammar: Grammar, actor_starts: frozenset[int]) -> bool:
    """Spanish ", mientras que China, primer socio de Bolivia, pidió ...": a subordinator of contrast after the comma,
    then "que" or an actor (an article between), opens a clause with a subject of its own that runs on to the
    sentence's end; the next comma closes that subject's apposition, no inserted clause (the main clause does not go
    on after it, and its subject is not the one of the verb after the apposition)."""
    opener = comma + 1
    if opener >= len(tokens) or tokens[opener].text.lower() not in grammar.roles.contrast_subordinators:
        return False
    nxt = opener + 1
    if nxt < len(tokens) and tokens[nxt].text.lower() in grammar.roles.complementizers:
        return True
    return _actor_next(tokens, nxt, grammar, actor_starts)


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
            and (tokens[last + 1].text.isalpha() or tokens[last + 1].text in SAXON_GENITIVES) \
            and not tokens[last + 1].text.endswith(grammar.participle_endings) \
            and tokens[last + 1].text.lower() not in closed:
        last += 1  # "with Prime Minister Narendra Modi saying", "con el canciller letón calificando": one name
    word = tokens[last + 1].text
    return word.isalpha() and word.islower() and word.endswith(grammar.participle_endings) and word not in closed

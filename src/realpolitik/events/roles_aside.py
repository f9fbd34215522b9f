"""The marks that set a group aside from the act its sentence tells: an informant ("nach Angaben aus Seoul",
"according to U.N. experts", "Kiew zufolge", "hieß es in Moskau"), a closing speaker (", the Swedish government
said"), a witness ("im Beisein von"), a party absent ("sans les États-Unis") and a compound's modifier ("the
Iran-backed group").

Separate from the governing marks (roles_marks: the preposition, genitive or possessive of each group), whose
one pass (`mark_groups`) asks these of each group after its governing mark.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from realpolitik.events.grammar import Grammar
from realpolitik.events.roles_base import Group
from realpolitik.language.tokens import ANY_QUOTE_MARKS, PHRASE_BREAKS
from realpolitik.model import Token

_CLOSING_TAIL: Final = 8  # ", the Swedish government said in a statement on Wednesday."
_QUOTES: Final = frozenset(ANY_QUOTE_MARKS)


def closing_speaker(tokens: list[Token], group: Group, grammar: Grammar, barriers: frozenset[int]) -> bool:
    """"Sweden and Norway pledged aid for Ukraine's army, the Swedish government said in a statement.": a name after
    the comma that closes a clause, with a speech verb right after it and nothing after that but a short phrase,
    says so; it is no party of the act before the comma. Where the clause names no one else it may be one (the
    caller asks only where an actor stands before it), and where a trigger follows the verb the speaker acts again
    (", the minister said after meeting his counterpart"). The verb before its speaker (", said the minister") is
    `inverted_speaker`'s; a trigger there ("..., Russia warned.") is no report."""
    i = group.start - 1
    while i > 0 and tokens[i].text.lower() in grammar.determiners:
        i -= 1
    # (not after a quotation: "\"Moscow keeps meddling ...,\" the president wrote": the quotation's speaker judges)
    if tokens[i].text != "," or tokens[i - 1].text in _QUOTES or group.end >= len(tokens) or group.end in barriers:
        return False
    verb = tokens[group.end]
    if not {verb.text.lower(), verb.lemma} & grammar.modality.get("report", frozenset()):
        return False
    tail = tokens[group.end + 1:]
    stops = grammar.pronouns | grammar.roles.complementizers | PHRASE_BREAKS
    return len(tail) <= _CLOSING_TAIL and not any(t.text.lower() in stops for t in tail) \
        and not any(group.end < i for i in barriers)


def witnessed(tokens: list[Token], group: Group, grammar: Grammar) -> bool:
    """"im Beisein von Kommissionspräsidentin von der Leyen, der italienischen Ministerpräsidentin und ...", "in the
    presence of": a presence noun before the group with only names, titles, articles and list words between."""
    for i in range(group.start - 1, max(-1, group.start - 40), -1):
        tok = tokens[i]
        low = tok.text.lower()
        if low in grammar.roles.witness_nouns or tok.lemma.lower() in grammar.roles.witness_nouns:
            return i > 0 and tokens[i - 1].text.lower() in grammar.location_markers  # "im Beisein", "in Anwesenheit"
        if tok.text in (";", ":") or tok.text.isalpha() and tok.text.islower() and not (
                low in grammar.determiners or low in grammar.coordination or low in grammar.agent_markers
                or low in grammar.genitive_markers or low in grammar.possessives or low in grammar.location_markers
                or low in grammar.pair_markers or tokens[i + 1].text[:1].isupper()):
            return False  # a verb or a noun phrase of its own between (an adjective before a title is glue)
    return False


def absent_party(tokens: list[Token], group: Group, grammar: Grammar) -> bool:
    """"a signé l'accord sans les États-Unis", "une conférence sans Moscou", "talks without Kyiv": the name right after
    a preposition of absence (and its article) took no part in the act; so does one after a noun of taking part
    there ("sans la participation de l'Arménie", "без участия Армении", "ohne Beteiligung Armeniens")."""
    i = _before_articles(tokens, group.start - 1, grammar)
    if i >= 0 and tokens[i].text.lower() in grammar.roles.absence_words:
        return True
    if i >= 0 and tokens[i].text.lower() in grammar.genitive_markers:
        i -= 1
    if i < 0 or tokens[i].text.lower() not in grammar.roles.absence_nouns:
        return False
    i = _before_articles(tokens, i - 1, grammar)
    return i >= 0 and tokens[i].text.lower() in grammar.roles.absence_words


def _before_articles(tokens: list[Token], i: int, grammar: Grammar) -> int:
    """The index of the first token at or before `i` that is no article."""
    while i >= 0 and tokens[i].text.lower() in grammar.determiners:
        i -= 1
    return i


def compound_modifier(tokens: list[Token], group: Group, grammar: Grammar,
                       starts: frozenset[int] = frozenset()) -> bool:
    """"Iran-backed", "U.S.-led": a hyphen and a participle of the grammar's list right after the name; or any
    past participle where a name follows it ("the Russia-led CSTO", "the Moscow-dominated CSTO": the bloc is the
    party; not a noun: "Kreml-Verbündeter Belarus")."""
    end = group.end
    if grammar.verb_lemma_endings:  # Russian "поддерживаемые Ираном хуситы": the participle before the instrumental
        before = tokens[group.start - 1] if group.start > 0 else None
        return before is not None and before.lemma in grammar.compound_modifiers \
            and _RU_PASSIVE_PARTICIPLE.search(before.text.lower()) is not None
    if end + 1 >= len(tokens) or tokens[end].text != "-":
        return False
    word = tokens[end + 1].text.lower()
    if word == grammar.seat_modifier and end + 2 < len(tokens) \
            and tokens[end + 2].lemma.lower() in grammar.seated_bodies:
        return False  # "the Tripoli-based government signed": the government seated there is the party
    return word in grammar.compound_modifiers or end + 2 in starts and bool(grammar.past_endings) \
        and word.endswith(grammar.past_endings)


# the present passive participle "поддерживаемый" in all its forms (its lemma is the verb's)
_RU_PASSIVE_PARTICIPLE: Final = re.compile(r"[еи]м(ый|ая|ое|ые|ого|ой|ых|ым|ыми|ую|ому|ом)$")


_ATTRIBUTION_REACH: Final = 3  # words from a name back to its attribution ("nach Angaben der X")
_REPORT_REACH: Final = 6  # tokens between "selon" and the actor of its phrase ("selon des experts de l'ONU")
_RELATIVES: Final = frozenset({"lequel", "laquelle", "lesquels", "lesquelles", "cual", "cuales", "which", "whom",
                        "welchem", "welcher", "denen", "которому", "которой", "которым"})


def _after_report_preposition(tokens: list[Token], group: Group, grammar: Grammar, named: frozenset[int]) -> bool:
    """"according to U.N. experts", "selon des experts de l'ONU", "según fuentes de la OTAN", "laut Kiew":
    the phrase of a report preposition (one word or several) names who says so. The phrase ends at a
    punctuation mark, a preposition of its own ("protestierte laut gegen Russland": "laut" is loud) or another
    actor, the phrase's own ("Laut Washington hat China Taiwan bedroht": China is no informant), and "selon
    lequel" opens a relative clause instead ("un accord selon lequel la Russie ..."). A pronoun is the whole phrase:
    "l'agression perpétrée selon lui par les Émirats" names the informant in "lui", the Emirates are the agent."""
    ending, stops = grammar.report_endings, grammar.phrase_stops
    pronouns = grammar.roles.object_clitics | grammar.roles.clitic_lookalikes | grammar.any_pronouns
    for i in range(group.start - 1, max(-1, group.start - 1 - _REPORT_REACH), -1):
        low = tokens[i].text.lower()
        for words in ending.get(low, ()) + ending.get("", ()):
            first = i - len(words) + 1
            if first >= 0 and tuple(t.text.lower() for t in tokens[first:i + 1]) == words:
                return True
        if low in pronouns and low not in grammar.determiners:
            return False  # ("selon lui", "según él": the phrase closed before the group)
        if i in named or low in _RELATIVES or low in stops \
                or not any(c.isalnum() for c in low) and low not in ("-", "'", "’"):
            return False
    return False


def reported_by(tokens: list[Token], group: Group, grammar: Grammar, named: frozenset[int] = frozenset()) -> bool:
    """"nach Angaben Armeniens", "nach japanischen Angaben aus Tokio": a group hanging on an attribution
    ("nach Angaben", one of the grammar's `report_nouns` phrases; at most a preposition or article between)
    names the informant. "bestritt die Darstellung Israels" is no attribution: Israel is the target. So does a
    report preposition or postposition ("laut Kiew", "Kiew zufolge", "laut der russischen Regierung", "according
    to U.N. experts", "selon des experts de l'ONU")."""
    if grammar.report_postpositions and any(
            t.text.lower() in grammar.report_postpositions for t in tokens[group.end:group.end + 3]) \
            or _impersonal_report(tokens, group, grammar):
        return True  # "Kiew zufolge", "UN-Experten zufolge" (the compound's head between)
    if grammar.report_prepositions and _after_report_preposition(tokens, group, grammar, named):
        return True
    openers = _report_openers(grammar.report_nouns)
    i = group.start - 1
    reach = _ATTRIBUTION_REACH
    while i >= 0 and group.start - i <= reach:
        tok = tokens[i]
        low = tok.text.lower()
        opened = openers.get(low, frozenset()) | openers.get(tok.lemma, frozenset())
        if opened and any(t.text.lower() in opened for t in tokens[max(0, i - 2):i]):
            return True
        if not (low in grammar.determiners or low in grammar.agent_markers or low in grammar.location_markers
                or tok.text[:1].islower()):
            if not (grammar.verb_final and named and i == group.start - 1 and i not in named):
                return False
            # "nach Angaben der Staatsagentur KCNA": the title noun of the name right before it, no name itself (German
            # writes every noun capitalised; elsewhere a capitalised word is part of a name)
            reach += 1
        i -= 1
    return False


@lru_cache(maxsize=16)
def _report_openers(phrases: frozenset[str]) -> dict[str, frozenset[str]]:
    """`report_nouns` ("nach angaben") as noun → the words that open it: one look-up per token, not a loop."""
    openers: dict[str, set[str]] = {}
    for phrase in phrases:
        opener, _, noun = phrase.partition(" ")
        openers.setdefault(noun, set()).add(opener)
    return {noun: frozenset(words) for noun, words in openers.items()}


def _impersonal_report(tokens: list[Token], group: Group, grammar: Grammar) -> bool:
    """German "hieß es in Moskau", "Aus Kiew hieß es", "verlautete aus Washington": the place after a location
    preposition speaks (an impersonal report verb stands next to the phrase, "heißen" with its "es"); it is no
    party to the event. "Die Regierung heißt den Plan gut" has no "es"."""
    if not grammar.impersonal_reports or group.start == 0 or tokens[group.start - 1].text.lower() \
            not in grammar.location_markers and group.marker not in grammar.location_markers:
        return False  # (the preposition right before the name, or before its article: "aus dem Ministerium")
    near = list(tokens[max(0, group.start - 4):group.start - 1]) + list(tokens[group.end:group.end + 3])
    reports = {t.lemma for t in near} & grammar.impersonal_reports
    return bool(reports) and (reports != {"heißen"} or any(t.text.lower() == "es" for t in near))

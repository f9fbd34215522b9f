"""Each actor group's mark: the preposition that governs it, a genitive or possessive that hangs it on a noun, and the
special marks of a reported source ("nach Angaben aus Seoul"), a witness ("im Beisein von"), a compound ("the
Iran-backed group") and a trigger's own preposition. The marks that set a group aside from the act (an informant,
a closing speaker, a witness, a party absent, a compound's modifier) are read in roles_aside; `mark_groups` asks
them of each group.

Separate because marking is one pass over the groups before any trigger is read (`mark_groups`); the role
reading (roles_structure and its parts) only reads the marks.
"""

from __future__ import annotations

from typing import Final

from realpolitik.actors.datelines import dateline_dash
from realpolitik.events.clause_forms import sentence_forms
from realpolitik.events.clause_openers import IMPERSONAL, opens_prepositional_relative
from realpolitik.events.grammar import Grammar, joined
from realpolitik.events.roles_aside import absent_party, closing_speaker, compound_modifier, reported_by, witnessed
from realpolitik.events.roles_base import (
    ABSENT,
    COMPOUND,
    LOOKBACK,
    REPORT_SOURCE,
    TRIGGER_OBJECT,
    WITNESS,
    Group,
    elided_de,
)
from realpolitik.language.inflection import GERMAN_ADJECTIVE_ENDINGS
from realpolitik.language.tokens import DASHES, PHRASE_BREAKS, POSSESSIVE_MARKS
from realpolitik.model import Sentence, Token

# Prepositions that give an official's post ("ambassador to the UN", "Botschafter in Berlin", "à l'ONU").
_POSTS: Final = frozenset({"to", "at", "in", "im", "bei", "beim", "à", "au", "auprès", "en", "ante", "в", "при"})


def mark_groups(sentence: Sentence, groups: list[Group], grammar: Grammar,
                barriers: frozenset[int] = frozenset(), heads: frozenset[int] = frozenset()) -> None:
    """Mark each group by its governing preposition, and an official's post as attached.

    `barriers` are token indices (the triggers) that a preposition's reach does not cross:
    in "refused to recognise the regime of Niger" the "to" belongs to the verb, not to Niger.
    `heads` are the triggers' first tokens.
    """
    named = frozenset(i for g in groups for i in range(g.start, g.end))
    starts = frozenset(g.start for g in groups)
    names = _name_ends(groups)
    # (one set test of the sentence's forms: most sentences hold no report word, and no group of theirs is asked)
    cues = grammar.report_cues
    reports = cues is None or not sentence_forms(sentence, grammar)[1].isdisjoint(cues)
    for group in groups:
        _mark(sentence, group, grammar, barriers, heads, names)
        if group.marker in grammar.roles.topic_markers and not all(m.kind in _NAME_KINDS for m in group.members):
            group.marker = None  # "о причастности российских спецслужб": a demonym or an agent keeps its reading
        if reports and (grammar.report_nouns or grammar.report_prepositions or grammar.report_postpositions
                        or grammar.impersonal_reports) \
                and reported_by(sentence.tokens, group, grammar, named):
            group.marker = REPORT_SOURCE
        if group.marker is None and group.start > 0 and closing_speaker(sentence.tokens, group, grammar, barriers) \
                and any(g.end < group.start for g in groups):
            group.marker = REPORT_SOURCE
        if grammar.compound_modifiers and compound_modifier(sentence.tokens, group, grammar, starts):
            group.marker = COMPOUND
        if grammar.roles.witness_nouns and witnessed(sentence.tokens, group, grammar):
            group.marker = WITNESS
        if grammar.roles.absence_words and absent_party(sentence.tokens, group, grammar):
            group.marker = ABSENT
        if grammar.verb_lemma_endings and group.marker is None and not group.genitive:
            group.instrumental = _instrumental(sentence.tokens, group)
    _relative_subjects(sentence.tokens, groups, grammar)
    for before, group in zip(groups, groups[1:], strict=False):
        gap = sentence.tokens[before.end:group.start]
        if (group.marker and group.marker != TRIGGER_OBJECT and before.members[-1].kind in ("agent", "leader")
                and before.members[-1].agent and 1 <= len(gap) <= 2
                and all(t.text.lower() in _POSTS | grammar.determiners for t in gap)):
            group.attached = True


def _no_other_subject(groups: list[Group], k: int, tokens: list[Token]) -> bool:
    """No group after groups[k] up to the clause's comma is free (no preposition, no genitive)."""
    for g in groups[k + 1:]:
        if any(t.text in PHRASE_BREAKS for t in tokens[groups[k].end:g.start]):
            return True
        if g.marker is None and not g.genitive:
            return False
    return True


def _article_after_relative(tokens: list[Token], group: Group, grammar: Grammar) -> bool:
    """", an dem die bolivianische Regierung ... verkündete": an article of its own stands between the relative
    pronoun and the name, so the preposition governs the pronoun and the name is the clause's subject."""
    i = group.start - 1
    while i > 0 and tokens[i].text.islower() and tokens[i].text.isalpha() \
            and tokens[i].text not in grammar.determiners:
        i -= 1  # its adjectives
    if i < 3 or tokens[i].text.lower() not in grammar.determiners:
        return False
    i -= tokens[i - 1].text.lower() == "sich"  # ", in der sich der Machthaber und der Präsident beschimpften"
    return i >= 3 and tokens[i - 1].text.lower() in grammar.relative_pronouns \
        and tokens[i - 2].text.lower() == group.marker and tokens[i - 3].text == ","


def _relative_subjects(tokens: list[Token], groups: list[Group], grammar: Grammar) -> None:
    """German ", für den Kiew Moskau verantwortlich macht": the preposition governs the relative pronoun, and
    the name after it is the clause's subject when another free name follows (", für den Iran kämpft" keeps
    its preposition)."""
    if not grammar.relative_pronouns:
        return
    for k, group in enumerate(groups):
        if group.marker is None or group.marker_index is not None:
            continue
        if _article_after_relative(tokens, group, grammar):
            group.marker = None
            continue
        pronoun = group.start >= 3 and tokens[group.start - 1].text.lower() in grammar.pronouns | IMPERSONAL
        p = group.start - 2 - pronoun  # ", für den Kiew", ", für den sie Algerien"
        if p < 1 or tokens[p - 1].text != "," or tokens[p].text.lower() != group.marker \
                or tokens[p + 1].text.lower() not in grammar.relative_pronouns:
            continue
        nxt = groups[k + 1] if k + 1 < len(groups) else None
        subject_follows = nxt is not None and nxt.marker is None and not nxt.genitive \
            and not any(t.text in PHRASE_BREAKS for t in tokens[group.end:nxt.start])
        # ", in der China Forderungen der USA zurückweist": with no other subject, a bare name after the pronoun of a
        # verb-final clause is its subject (the preposition's object would need the article the pronoun already is)
        bare = not pronoun and _no_other_subject(groups, k, tokens) and opens_prepositional_relative(
            tokens, p - 1, grammar)
        if pronoun or subject_follows or bare:
            for later in groups[k + 1:]:
                if later.genitive and later.marker == group.marker and not any(
                        t.text in PHRASE_BREAKS for t in tokens[group.end:later.start]):
                    later.marker = None  # "in der China Forderungen der USA": the genitive inherited no "in"
            group.marker = None


_NAME_KINDS: Final = frozenset({"country", "capital", "seat", "leader", "place"})


def _name_ends(groups: list[Group]) -> frozenset[int]:
    """The last tokens of the groups that are names (a state, a capital, a seat, a city, a leader), not a role
    word or a reference: a name is no noun whose genitive the name after it could be (`_postnominal_genitive`)."""
    return frozenset(g.end - 1 for g in groups if g.members and all(m.kind in _NAME_KINDS for m in g.members))


def _mark(sentence: Sentence, group: Group, grammar: Grammar, barriers: frozenset[int],
          heads: frozenset[int] = frozenset(), names: frozenset[int] = frozenset()) -> None:
    """The group's marks: a possessive ending after it, then, looking back from its first word, the word that
    governs it (a preposition, a genitive's noun, the trigger's own preposition) or the word that shows nothing
    further left does. Each step below reads one kind of word; the first that decides ends the look-back."""
    tokens = sentence.tokens
    _mark_possessive(tokens, group, grammar, names)
    markers = joined(grammar.role_markers, grammar.roles.topic_markers)
    if _elided_genitive(tokens, group, grammar, markers, barriers):
        return
    i = group.start - 1
    steps = 0
    while i >= 0 and steps < LOOKBACK:
        if _settled_before_any_preposition(tokens, i, group, grammar, markers, barriers) \
                or _governing_word(tokens, i, group, grammar, markers, barriers) or _phrase_break(tokens, i, grammar) \
                or _at_trigger(tokens, i, group, grammar, markers, barriers, heads, names):
            return
        if _in_hyphen_compound(tokens, i) and not _in_hyphen_compound(tokens, group.end, names=True):
            # "two far-right Israeli ministers": a hyphened modifier is one word of the look-back, not three (not
            # before "EU-India free trade agreement", a name written into a compound that modifies a noun)
            i -= 1
            continue
        if _word_between(tokens, i, group, grammar, markers, barriers, names):
            return
        i -= 1
        steps += 1


def _mark_possessive(tokens: list[Token], group: Group, grammar: Grammar, names: frozenset[int]) -> None:
    """"Russia's invasion", "Russlands Angriff": a possessive ending right after the group, or a Saxon genitive,
    hangs the group on the noun after it (its owner, the noun's agent)."""
    after = tokens[group.end].text if group.end < len(tokens) else ""
    if after in POSSESSIVE_MARKS or _saxon_genitive(tokens, group, grammar, names):
        group.possessive = True


def _elided_genitive(tokens: list[Token], group: Group, grammar: Grammar, markers: frozenset[str],
                     barriers: frozenset[int]) -> bool:
    """"l'attaque d'Israël contre l'Iran": the elided "de" written onto the name makes it a genitive like "de la
    Russie", governed by the noun phrase's own preposition further left (not after a quantifier or a relative
    pronoun). Apart from the look-back: the "de" is inside the group's first word, no word before it."""
    i = group.start - 1
    first = tokens[group.start].text.lower()
    if elided_de(first, grammar) and len(first) > 2 and i >= 0 \
            and tokens[i].text.lower() not in grammar.roles.quantifiers and not _after_relative_pronoun(tokens, i + 1,
                                                                                                       grammar):
        group.genitive = True
        group.marker = _find_marker(tokens, i, markers, grammar, barriers)
        return True
    return False


def _settled_before_any_preposition(tokens: list[Token], i: int, group: Group, grammar: Grammar,
                                    markers: frozenset[str], barriers: frozenset[int]) -> bool:
    """The word at `i` settles the group before any preposition is read: an inclusion word after a comma (the
    included actor shares its head noun's preposition), a dateline's dash, a quantity's "of", the pattern's own "of",
    the plural article that opens a subject after a comma. True where it does (the group marked or left unmarked)."""
    tok = tokens[i]
    low = tok.text.lower()
    if i >= group.start - 2 and low in grammar.roles.inclusion_words and i >= 2 and tokens[i - 1].text == "," \
            and (i == group.start - 1 or tokens[i + 1].text.lower() in grammar.determiners):
        # "к международным организациям, включая ООН": the included actor shares its head noun's preposition
        group.marker = _find_marker(tokens, i - 2, markers, grammar, barriers)
        return True
    if tok.text in DASHES and i == dateline_dash(tokens):
        return True  # "Caracas, 2 de diciembre de 2025 - Venezuela acusó": the date's "de" governs nothing past the
        # dateline's dash; the name after it opens the sentence
    if low in grammar.genitive_markers and i > 0 and tokens[i - 1].text.lower() in grammar.roles.quantifiers:
        return True  # "Hundreds of Iranians rallied": the number counts the group, it governs nothing
    if low in grammar.genitive_markers and i in barriers and group.end in barriers:
        # "warned of Russian plots": an "of" of the pattern and the pattern's noun around the name's adjective
        group.marker_index = i
        group.marker = TRIGGER_OBJECT
        return True
    # "Selon l'ONU, des soldats rwandais combattent": after a comma the plural article opens a subject
    return low == "des" and i > 0 and tokens[i - 1].text == "," and i == group.start - 1 \
        and tokens[group.start].text[:1].islower()


def _governing_word(tokens: list[Token], i: int, group: Group, grammar: Grammar, markers: frozenset[str],
                    barriers: frozenset[int]) -> bool:
    """The word at `i` governs the group: a genitive article or "of" after a noun (the noun phrase's preposition,
    further left, is the group's marker), a preposition of the pattern, or a marker that is no adverb here."""
    tok = tokens[i]
    lemma, low = tok.lemma, tok.text.lower()
    # "der Nato" after a noun is a genitive: keep looking for the noun phrase's preposition.
    if low in grammar.genitive_markers and i > 0 and (
            tokens[i - 1].text[:1].isupper() and tokens[i - 1].text.lower() not in grammar.subordinators
            and tokens[i - 1].text.lower() not in grammar.coordination  # "Auch der ukrainische Präsident dankte"
            or tokens[i - 1].lemma in grammar.genitive_markers
            or low in ("of", "de", "du", "des", "del")) and not _after_relative_pronoun(tokens, i, grammar):
        # (not "Als der russische Präsident ...": a capitalised subordinator opens the sentence, no noun)
        group.genitive = True
        group.marker = _find_marker(tokens, i - 1, markers, grammar, barriers)
        return True
    if (low in markers or lemma in markers) and i in barriers:
        group.marker_index = i
        group.marker = TRIGGER_OBJECT  # "ingresó en la OTAN": the preposition is part of the pattern
        return True
    if (low in markers or lemma in markers) and not _adverbial(tokens, i, grammar):
        group.marker = low if low in markers else lemma
        return True
    return False


def _phrase_break(tokens: list[Token], i: int, grammar: Grammar) -> bool:
    """Punctuation or a coordinating word at `i`: nothing further left governs the group (but "von mehr als 20
    Diplomaten": a conjunction before a number is inside the phrase)."""
    tok = tokens[i]
    return tok.text in PHRASE_BREAKS or tok.lemma in grammar.coordination and not (
        i + 1 < len(tokens) and tokens[i + 1].text[:1].isdigit())


def _at_trigger(tokens: list[Token], i: int, group: Group, grammar: Grammar, markers: frozenset[str],
                barriers: frozenset[int], heads: frozenset[int], names: frozenset[int]) -> bool:
    """A trigger word at `i`: a preposition beyond it belongs to the verb, so the look-back ends; right before the
    group, a noun trigger may take it as its genitive ("den Angriff Russlands", "удар России по Украине"). Not the
    pattern's own article in a verb-final clause ("der in die Türkei gereist war" names the place visited), nor an
    import noun before a state's adjective (`goods_nouns`: "запрет на ввоз азербайджанской хурмы" names the goods'
    origin, whom the ban hits, as "ограничения на ввоз австралийского вина" does, where the noun is no trigger)."""
    if i not in barriers or grammar.verb_final and tokens[i].text.lower() in grammar.determiners \
            and i == group.start - 1:
        return False
    if i == group.start - 1 and tokens[i].text.lower() in grammar.roles.goods_nouns \
            and tokens[group.start].text[:1].islower():
        return False  # "запрет на ввоз азербайджанской хурмы": the adjective is the goods', the look-back goes on
    if i == group.start - 1 and tokens[i].text.lower() in grammar.roles.judged_complements \
            and tokens[group.start].text[:1].isupper():
        return False  # "назвал учения «провокацией Минска»": the verdict's complement, its author the one judged
    if i == group.start - 1 and i != 0 and _postnominal_genitive(tokens, group, grammar, names):
        group.genitive = True  # "unter Vermittlung Ägyptens", "den Angriff Russlands": the noun's genitive
        group.marker = _find_marker(tokens, i - 1, markers, grammar, barriers)
    elif i == group.start - 1 and (head := _case_genitive(tokens, i, group, grammar, barriers, heads)) is not None:
        group.genitive = True  # "удар России по Украине": the noun's preposition stands right before it
        before = tokens[head - 1] if head > 0 else None
        group.marker = next((w for w in (before.text.lower(), before.lemma) if w in markers), None) \
            if before is not None else None
    return True


def _word_between(tokens: list[Token], i: int, group: Group, grammar: Grammar, markers: frozenset[str],
                  barriers: frozenset[int], names: frozenset[int]) -> bool:
    """A word at `i` between the group and any preposition further left: a possessive or (German, English) an
    adjective lets the look-back go on; a noun ends it ("accuse depuis longtemps Kigali": "depuis" governs
    "longtemps"), unless it is a demonym's head ("par des missiles russes") or the group is its genitive ("vor der
    Küste Venezuelas"). True where the look-back ends."""
    tok = tokens[i]
    low = tok.text.lower()
    word = tok.text[2:] if low.startswith(grammar.roles.elided_starts) and len(low) > 2 else tok.text  # "l'Élysée"
    if low in grammar.possessives:
        pass  # "los ataques de su presidente": a possessive stands where an article would
    elif not grammar.adjectives_before_nouns and word.isalpha() and low not in grammar.determiners:
        agent = _agent_of_demonym_head(tokens, i, group, grammar)
        if agent is not None:
            group.marker = agent  # "par des missiles russes", "por drones rusos": as "by Russian missiles"
        elif i == group.start - 1:
            _topic_genitive(tokens, i, group, grammar, barriers)
        return True  # French, Spanish, Russian: "accuse depuis longtemps Kigali": "depuis" governs "longtemps"
    if grammar.adjectives_before_nouns and i == group.start - 1 and low in grammar.roles.time_nouns:
        return True  # "Within days Sudan severed ...": a span of time right before the name is the preposition's
        # noun, the name opens the clause (not "in decades since Russia's invasion": "since" governs the name)
    if word[:1].isupper() and i != 0 and low not in grammar.determiners:
        if i == group.start - 1 and _postnominal_genitive(tokens, group, grammar, names):
            group.genitive = True  # "vor der Küste Venezuelas": the noun's preposition governs it
            group.marker = _find_marker(tokens, i - 1, markers, grammar, barriers)
        return True  # another noun in between: the group is not governed by anything further left
    return False


_TOPIC_REACH: Final = 3  # "о ракетной программе КНДР": the topic preposition, at most two words, the noun


def _topic_genitive(tokens: list[Token], i: int, group: Group, grammar: Grammar, barriers: frozenset[int]) -> None:
    """"переговоры о ракетной программе КНДР", "спор о статусе Кипра": a name right after a noun that a topic
    preposition governs (lower-case words only between them) is that noun's genitive, by its case alone where the
    language writes no "of": what is talked about, marked by the topic preposition, no bare object of the verb."""
    words = grammar.roles.topic_markers
    if not words or grammar.genitive_markers or not tokens[i].text.isalpha() or not tokens[i].text.islower() \
            or not all(m.kind in _NAME_KINDS for m in group.members) \
            or tokens[i].text.lower() in grammar.roles.relative_words \
            or not tokens[group.start].text[:1].isupper():
        return  # (not "о которой Путин и Трамп условились": the relative's clause has its own subject; not "о въезде
        # алжирцев": a people's lower-case noun may be the one a demand or verdict is about)
    last = tokens[group.end - 1]
    if last.text.lower() == last.lemma.lower() and not last.text.isupper():
        return  # the nominative, no genitive: "договор о партнёрстве Россия подписала" (not "КНДР", indeclinable)
    for k in range(i - 1, max(-1, i - 1 - _TOPIC_REACH), -1):
        low = tokens[k].text.lower()
        if low in words:
            group.genitive = True
            group.marker = low
            return
        if not tokens[k].text.isalpha() or not tokens[k].text.islower() or low in grammar.role_markers \
                or k in barriers:
            return  # (not "о вхождении в состав России": the nearer "в" governs the noun; not "о поражении пунктов
            # дислокации ВСУ": the act noun between takes the name as its own)


def _in_hyphen_compound(tokens: list[Token], i: int, names: bool = False) -> bool:
    """Whether token i is a hyphen written between two lower-case words ("far-right", "so-called", "long-range") or
    the word written before such a hyphen: the look-back counts the compound once, at its last part. Not a name's
    compound ("EU-India", "Sud-Liban"): a name in it is a noun of its own, which ends the look-back (`names` lets
    any hyphen written between two words count, capitalised or not)."""
    def joined(h: int) -> bool:
        return 0 < h < len(tokens) - 1 and tokens[h].text == "-" and tokens[h - 1].end == tokens[h].start \
            and tokens[h].end == tokens[h + 1].start \
            and (names or tokens[h - 1].text.islower() and tokens[h + 1].text.islower())
    return joined(i) or not names and joined(i + 1)


def _agent_of_demonym_head(tokens: list[Token], i: int, group: Group, grammar: Grammar) -> str | None:
    """The passive agent's preposition before a common noun and the demonym that follows it ("frappée par des
    missiles russes", "atacada por drones rusos"): the demonym names the agent, as "by Russian missiles" does. Only
    the agent's preposition: "a los productos chilenos" names goods, not a target. (Not Russian, whose demonyms
    stand before their noun: one after a noun is that noun's genitive.)"""
    if i != group.start - 1 or i == 0 or grammar.verb_lemma_endings \
            or not all(m.kind == "adjective" for m in group.members) or not tokens[i].text.islower():
        return None
    k = i - 1
    if tokens[k].text.lower() in grammar.determiners and k > 0:
        k -= 1
    word = tokens[k].text.lower()
    if word in grammar.agent_markers and word not in grammar.target_markers:
        return word
    return None


def _after_relative_pronoun(tokens: list[Token], i: int, grammar: Grammar) -> bool:
    """", die der Kosovo erhoben hatte": the article after a relative pronoun opens the clause's subject, it is
    no genitive of the pronoun."""
    return i >= 2 and tokens[i - 2].text == "," and tokens[i - 1].text.lower() in grammar.relative_pronouns


def _saxon_genitive(tokens: list[Token], group: Group, grammar: Grammar, names: frozenset[int] = frozenset()) -> bool:
    """German "Trumps Erzfeind", "Russlands Krieg": a name in -s right before a capitalised noun.

    Only for languages whose rules say so (`verb_final`, i.e. German); the noun after it must not
    itself be part of an actor.
    """
    if not grammar.verb_final or len(group.members) != 1 or group.end >= len(tokens):
        return False
    head = group.end
    while head < len(tokens) - 1 and head - group.end < _SAXON_ADJECTIVES and _inflected_adjective(tokens[head]):
        head += 1  # "Deutschlands höchstem Berg", "Russlands neuer Botschafter": adjectives before the noun
    nxt = tokens[head]
    member = group.members[0]
    return (member.genitive and member.token_end - member.token_start == 1 and nxt.text[:1].isupper()
            and nxt.text.isalpha() and not _postnominal_genitive(tokens, group, grammar, names))


_SAXON_ADJECTIVES: Final = 2  # "Chinas größter neuer Hafen": at most two adjectives between the name and its noun


def _inflected_adjective(token: Token) -> bool:
    """A lower-case word with an adjective's ending ("höchstem", "neue", "wichtigster"): in German only an
    adjective or a participle stands lower-case between a genitive name and its noun."""
    word = token.text
    return word.isalpha() and word.islower() and word.endswith(GERMAN_ADJECTIVE_ENDINGS)


def _postnominal_genitive(tokens: list[Token], group: Group, grammar: Grammar,
                          names: frozenset[int] = frozenset()) -> bool:
    """German "die Küste Venezuelas", "die Entscheidung Washingtons": an -s name right after a noun;
    "die Ausweisung russischer Diplomaten": an adjective in -er without article (genitive plural). Not after a name
    (`names`: the last tokens of name groups): in "kritisierte in Damaskus Israels Luftangriffe" the place ends its
    phrase and "Israels" is the Saxon genitive of the noun after it."""
    if not grammar.verb_final or group.start == 0 or len(group.members) != 1 or group.start - 1 in names:
        return False
    before, first = tokens[group.start - 1], tokens[group.start]
    strong = first.text[:1].islower() and first.text.endswith("er") and group.end - group.start > 1
    return before.text[:1].isupper() and before.text.isalpha() and before.index > 0 and (
        group.members[0].genitive or strong) and not _opening_preposition(before, grammar)


def _opening_preposition(token: Token, grammar: Grammar) -> bool:
    """"Berlin – Auf Deutschlands höchstem Berg ...": a preposition capitalised after a dateline's dash opens
    the sentence; it is no noun whose genitive the name would be."""
    low = token.text.lower()
    return low in grammar.location_markers or low in grammar.target_markers or low in grammar.agent_markers


_INSTRUMENTAL: Final = ("ом", "ем", "ём", "ой", "ей", "ою", "ею", "ами", "ями")
_ADJECTIVE_LEMMAS: Final = ("ый", "ий", "ой")
_UNKNOWN_INSTRUMENTAL: Final = ("ией", "ьей")  # no name's base form ends so: "Ирландией", "Колумбией"


def _instrumental(tokens: list[Token], group: Group) -> bool:
    """Russian "Китаем", "Россией", "Евросоюзом", "правительством Японии", "Соединёнными Штатами": the head noun
    of each member (its first word that is no adjective, or the noun after a demonym: "российскими
    пограничниками") is inflected to an instrumental ending. An acronym ("США") does not decline and says
    nothing. A person's name declines its surname, the last word ("Си Цзиньпином", "Владимиром Путиным")."""
    for m in group.members:
        if m.kind == "leader" and m.token_end - m.token_start >= 2:
            last = tokens[m.token_end - 1]
            if last.text.lower() == last.lemma.lower() or not last.text.lower().endswith(_INSTRUMENTAL + ("ым",)):
                return False
            continue
        head = next((t for t in tokens[m.token_start:m.token_end]
                     if not t.lemma.lower().endswith(_ADJECTIVE_LEMMAS)), None)
        if head is None and m.token_end < len(tokens):
            head = tokens[m.token_end]
        if head is not None and head.text.lower() == head.lemma.lower() and head.text[:1].isupper() \
                and head.text.lower().endswith(_UNKNOWN_INSTRUMENTAL):
            continue  # a name the lemmatiser does not know, in a form only the instrumental has ("Ирландией")
        if head is None or head.text.lower() == head.lemma.lower() or head.lemma.lower().endswith(
                _ADJECTIVE_LEMMAS) or not head.text.lower().endswith(_INSTRUMENTAL):
            return False
    return bool(group.members)


# Endings no genitive has: dative, accusative, instrumental and prepositional forms ("Украине", "Украину", "Китаю",
# "Китаем", "Штатам", "Штатами", "российским").
_NOT_GENITIVE: Final = ("у", "ю", "е", "ом", "ем", "ём", "ам", "ям", "ами", "ями", "ым", "им", "ыми", "ими", "ую", "юю")


def _case_genitive(tokens: list[Token], i: int, group: Group, grammar: Grammar, barriers: frozenset[int],
                   heads: frozenset[int]) -> int | None:
    """Russian "удар России по Украине", "визит президента США", "посредничество ОАЭ": a name right after a noun
    trigger, in a form that may be a genitive, is the noun's agent. After a verb ("атаковала Россию", "отвергла
    обвинения Молдавии") or a noun that is a verb's object ("предъявил ультиматум Франции": a dative, as like as
    not) the name is the verb's object; a name in its base form ("Россия") or in another case is no genitive.
    Returns the noun's first token, or None."""
    if not grammar.verb_lemma_endings:
        return None
    head = i
    while head not in heads and (head - 1 in barriers or _adjective_inside(tokens, head - 1, barriers, grammar)):
        head -= 1  # the trigger's first word: "ракетный удар", "отвергла обвинения", "выразила полную поддержку"
    while head < i and tokens[head].lemma.lower() in grammar.negation:
        head += 1  # "не признаёт юрисдикцию": the verb after the negation
    before = head - 1
    if before >= 1 and before not in barriers and len(tokens[before].text) <= 3 and tokens[before].text.isalpha():
        before -= 1  # "воздержались от осуждения России", "призвал к отмене санкций": the verb's prepositional object
    if _verb(tokens[head], grammar) or before >= 0 and before not in barriers and _verb(tokens[before], grammar) \
            and tokens[before].lemma.lower() not in grammar.occurrence_verbs \
            and not _noun_target_after(tokens, group):  # "прошли переговоры России и Китая"
        return None  # but "осудила удары России": the noun is what another trigger judges, its genitive the agent
    first = group.start
    while first + 2 < group.end and tokens[first + 1].text == "-":
        first += 2  # "визит премьер-министра Индии": the compound's last part carries the case
    return head if genitive_form(tokens[first]) else None


def _adjective_inside(tokens: list[Token], i: int, barriers: frozenset[int], grammar: Grammar) -> bool:
    """An adjective between the verb and the object noun of one trigger ("выразила полную поддержку Сирии",
    "отвергла беспочвенные обвинения Молдавии"): it agrees with the noun and changes nothing of what governs the name
    after it, so the look-back for the verb goes on over it (not after a preposition: "заявил о полной солидарности
    альянса", where the name is the noun's genitive)."""
    return i - 1 in barriers and i not in barriers and tokens[i].text.isalpha() and tokens[i].text.islower() \
        and tokens[i].lemma.lower().endswith(_ADJECTIVE_LEMMAS) and _verb(tokens[i - 1], grammar)


_NOUN_TARGET_PREPOSITIONS: Final = ("по", "против")  # Russian: "удары Израиля по Ирану", "санкции США против Ирана"


def _noun_target_after(tokens: list[Token], group: Group) -> bool:
    """ "назвал удары Израиля по Ирану законными", "прокомментировал санкции США против Ирана": after a verb that is
    no trigger, a name followed by the noun's own target ("по", "против" and a name) is the noun's genitive agent,
    not the verb's dative object ("предъявил ультиматум Франции")."""
    return group.end + 1 < len(tokens) and tokens[group.end].text.lower() in _NOUN_TARGET_PREPOSITIONS \
        and tokens[group.end + 1].text[:1].isupper()


def genitive_form(first) -> bool:
    word, lemma = first.text.lower(), first.lemma.lower()
    if first.text.isupper() and len(first.text) > 1:
        return True  # an acronym does not decline: "удар США"
    if word == lemma:
        return word[-1:] in "оеиуюэ"  # only indeclinable names keep their base form in the genitive ("Мадуро")
    if word.endswith(("ой", "ей")) and lemma.endswith(("а", "я")):
        return False  # the instrumental of a feminine name: "Украиной", "Россией"
    return not word.endswith(_NOT_GENITIVE)


def _verb(token: Token, grammar: Grammar) -> bool:
    """A verb form by its lemma ("атаковала" → "атаковать"), or a gerund ("обвинив")."""
    return grammar.verb_lemma(token.lemma) or token.text.lower().endswith(grammar.participle_endings)


def _adverbial(tokens: list[Token], i: int, grammar: Grammar) -> bool:
    """A preposition that makes an adverb with the word after it ("en revanche", "en effet"), or one that stands
    alone before a verb ("a depuis annoncé"): it governs no name."""
    if i + 1 >= len(tokens):
        return False
    after = tokens[i + 1].text
    if after.lower() in grammar.adverb_words:
        return True
    if tokens[i].text.lower() in grammar.roles.topic_markers and (after[:1].isdigit() or after == "."
                                                                  or after.lower() in grammar.roles.cardinals
                                                                  or after.lower() in grammar.roles.quantifiers):
        return True  # "killed about 30 soldiers": a number's adverb; "и.о. главы МИД": an abbreviation; no topic
    return tokens[i].text.lower() in grammar.bare_adverbs and after.isalpha() and after.islower() \
        and after not in grammar.determiners and after not in grammar.possessives


def _find_marker(tokens: list[Token], i: int, markers: frozenset[str], grammar: Grammar,
                 barriers: frozenset[int] = frozenset()) -> str | None:
    """The preposition governing the noun phrase that ends at token i. In German a trigger verb on the way
    ends the search: in "Die Regierung in Tokio lehnte die Forderungen Chinas ab" the "in" is the subject's."""
    steps = 0
    while i >= 0 and steps < LOOKBACK:
        if i in barriers and grammar.verb_final and tokens[i].text[:1].islower():
            return None  # a verb (German nouns are capitalised: "für den Abschuss einer Drohne" goes on)
        tok = tokens[i]
        low = tok.text.lower()
        if (low in markers or tok.lemma in markers) and not _adverbial(tokens, i, grammar):
            return low if low in markers else tok.lemma
        if tok.text in PHRASE_BREAKS or tok.lemma in grammar.coordination:
            return None
        if (low in grammar.determiners or low in grammar.roles.cardinals or low.isdigit()) and i > 0 and not (
                tokens[i - 1].text.lower() in markers or tokens[i - 1].lemma in markers) and (
                grammar.verb_final or tokens[i - 1].text[:1].isupper() and low not in grammar.genitive_markers):
            return None  # the article opens the noun phrase: "traf in Florida den Vorsitzenden des
            # Repräsentantenhauses", "a rencontré en Floride le président du Sénat" is the verb's object,
            # the "in"/"en" before it governs Florida (elsewhere only after a name: "en marge du sommet du G20")
        i -= 1
        steps += 1
    return None

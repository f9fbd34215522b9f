"""Counted references and their kin: "die beiden Länder", "these two countries", "los tres gobiernos", "the sides",
"they" stand for the latest list of that many countries (or the countries of the last sentences read back until
they are that many); "the two leaders" for the pair that met just before.

Separate because it is the one reader of these plural phrases (the count, the noun, the region word, who addresses
the phrase); which states they stand for is searched in what the article named before
(reference/read_back.py, which the office holders of reference/offices.py search too). Where no list of that many
answers, it asks the people in office named before (reference/in_office.py: the meeting just before).
"""

from __future__ import annotations

from typing import Final

from realpolitik.actors.forms import normalise
from realpolitik.actors.reference.data import LanguageReferences, reference_data
from realpolitik.actors.reference.descriptions import phrase_starts, region_at_token
from realpolitik.actors.reference.history import (
    COUNTED,
    GENITIVE_ARTICLES,
    LIST_GAPS,
    OF_WORDS,
    PAIR_PREPOSITIONS,
    History,
    Seen,
    members,
    refers_note,
    sentence_seen,
)
from realpolitik.actors.reference.in_office import (
    met_just_before,
    office_holders_just_before,
    office_holders_named,
    person_in_office,
    person_office,
)
from realpolitik.actors.reference.read_back import (
    in_region,
    last_naming,
    latest_list,
    story_pair,
    without_mediators,
)
from realpolitik.codes import country_of
from realpolitik.language.role_words import role_words
from realpolitik.language.speech import speech_words
from realpolitik.language.tokens import PHRASE_BREAKS, QUOTE_MARKS
from realpolitik.model import ActorMention, Token


def counted_group(tokens: list[Token], i: int, data: LanguageReferences, lang: str, before: list[ActorMention],
                  history: History, taken: set[int], after: list[ActorMention] | None = None,
                  ) -> tuple[int, list[str], str, str] | None:
    """ "die beiden Länder", "these two countries", "los tres gobiernos": n actors named before (`after`: the
    sentence's mentions after the phrase, whom its clause acts on)."""
    between = i > 0 and normalise(tokens[i - 1].text) in PAIR_PREPOSITIONS or _between_in_relative(
        tokens, i, data, before)
    n = _count_of(tokens, i, data, taken, between)
    if n is None:
        return None
    j = i + 1
    if j < len(tokens) and normalise(tokens[j].text) in data.numbers:
        n = data.numbers[normalise(tokens[j].text)]  # "these two countries", "die beiden ... "
        j += 1
    bloc = None  # "die drei EU-Staaten", "the three EU states": the bloc's acronym only qualifies the noun
    if j + 1 < len(tokens) and j in taken and tokens[j].text.isupper():
        noun = j + 2 if tokens[j + 1].text == "-" and j + 2 < len(tokens) else j + 1
        if group_noun(tokens[noun], data) is not None:
            j = bloc = noun
    region = region_at_token(tokens, j, phrase_starts(data, lang), lang) if j < len(tokens) and j not in taken else None
    if region is not None and region[0] < len(tokens) and not _region_as_noun(tokens, j, region[0], data):
        j = region[0]  # "the three European countries", "the two Gulf states": a region word before the noun
    # one adjective may stand before the noun: "die beiden verfeindeten Staaten", "the two nuclear-armed neighbours"
    for k in (j, _after_adjective(tokens, j)):
        if k >= len(tokens) or k in taken and k != bloc:
            return None
        agent = group_noun(tokens[k], data)
        if agent is not None:
            break
        if k > j and not tokens[k].text.isalpha() and _pair_alone(tokens, i, j, n, data, lang):
            k, agent = i, ""  # "Die beiden vereinbarten, ...": the verb, then its clause's comma
            break
        if not tokens[k].text.isalpha() or tokens[k].text[:1].isupper() and lang not in _CAPITALISED_NOUNS:
            return None
    else:
        if not _pair_alone(tokens, i, j, n, data, lang):
            return None
        k, agent = i, ""
    end = k + 1
    if region is None and data.region_after and agent is not None and k > i and end < len(tokens) \
            and end not in taken:
        # "les trois pays sahéliens", "los dos países bálticos": the region word after the noun
        region = region_at_token(tokens, end, phrase_starts(data, lang), lang)
        end = region[0] if region is not None else end
    here = before
    side = _is_side(tokens[k], data)
    addressed = side or after_verb(tokens, i, data) or _object_of_opening(before, tokens, i, data, lang)
    if addressed and _addressed_by_subject(before, tokens, i):
        here = []  # "Qatar and Egypt urged the two sides to ...": the sides are the ones named before
    elif addressed and (opening := _apposed_subject(before, tokens, i, data.definite)):
        here = before[opening:]  # "China, Pakistan's closest ally, urged both sides": the subject is none of them
    avoid: frozenset[str] = frozenset()
    if i > 0 and (between or normalise(tokens[i - 1].text) in _WITH) and before:
        # "Trump telefonierte mit beiden Regierungschefs", "met with both leaders", "vermittelt zwischen den
        # Nachbarn": whoever the sentence names before talks with the two, or between them, and is none of them
        avoid = frozenset(c[:3] for m in _partner(before, tokens) for c in members(m))
    # "the two countries / sides / neighbours / capitals" may be the article's two states; "the two presidents" are
    # people, the last two named together
    states = not agent or normalise(tokens[k].lemma) in _STATE_SEATS
    seen = sentence_seen(here, tokens, data)
    codes = _clause_pair(tokens, i, n, seen, lang, data.definite) if states \
        else _clause_holders(tokens, i, n, before, lang, data.definite) if person_office(tokens[k], agent, data) \
        else None
    codes = codes or met_just_before(n, before, history) \
        or (office_holders_just_before(n, before, history) if person_office(tokens[k], agent, data) else None) \
        or latest_list(n, seen, history, states, sides=side, avoid=avoid,
                       acted_on=frozenset(c[:3] for m in after or () for c in members(m))) \
        or (office_holders_named(n, history) if person_office(tokens[k], agent, data) else None) \
        or story_pair(n, seen, history, avoid)
    if side or normalise(tokens[k].lemma) in data.rivals or normalise(tokens[k].text) in data.rivals:
        codes = without_mediators(n, codes, seen, history)  # "ending the fighting between the two neighbours"
    if region is not None:
        # "the two Southeast Asian neighbours": a list of the region's states, not the observers from elsewhere
        codes = in_region(n, codes or [], region[1], seen, history)
    codes = _bloc_named_after(n, tokens, end, data, lang, after) or codes  # "les trois pays de l'AES": its members
    if not codes or not side and any(country_of(c) is None for c in codes):
        return None  # "les deux gouvernements" after "von der Leyen et Rutte": no organisation is a country
    codes = [c[:3] + agent for c in codes]
    return end, codes, COUNTED, refers_note(codes)


def _between_in_relative(tokens: list[Token], i: int, data: LanguageReferences, before: list[ActorMention]) -> bool:
    """"Le Qatar et la Turquie, qui avaient obtenu un cessez-le-feu entre les deux pays", "Saudi Arabia and the UAE,
    which brokered the 2018 peace between the two neighbours": "between" and an article before the count, in a relative
    clause on the actors named just before it, is a pair other than them (of themselves the clause says "entre eux",
    "between them"); not where no relative stands between ("a salué une nouvelle ère dans les relations entre les deux
    pays": the speaker's own state is one of the two)."""
    if i < 2 or not before or normalise(tokens[i - 1].text) not in data.definite \
            or normalise(tokens[i - 2].text) not in PAIR_PREPOSITIONS:
        return False
    gap = tokens[before[-1].token_end:i]
    return len(gap) > 2 and gap[0].text == "," and normalise(gap[1].text) in _RELATIVE_PRONOUNS \
        and not any(t.text in PHRASE_BREAKS for t in gap[1:])


def _count_of(tokens: list[Token], i: int, data: LanguageReferences, taken: set[int], between: bool) -> int | None:
    """How many actors the word at `i` counts: a counting word ("beiden", "both"), a plural after "between" (a
    pair), a number after an article ("the three"); None where it counts none."""
    key = normalise(tokens[i].text)
    if key in data.counted:
        return data.counted[key]
    if between and key in data.definite and i + 1 < len(tokens) and i + 1 not in taken \
            and group_noun(tokens[i + 1], data) is not None \
            and normalise(tokens[i + 1].text) != normalise(tokens[i + 1].lemma) \
            and (i + 2 >= len(tokens) or normalise(tokens[i + 2].text) not in OF_WORDS | GENITIVE_ARTICLES):
        return 2  # "vermittelt zwischen den Nachbarn", "between the neighbours": a plural after "between" is a pair
    if key in data.numbers and (not data.definite or i > 0 and normalise(tokens[i - 1].text) in data.definite):
        return data.numbers[key]  # "the three countries"; "three countries" is new information
    return None


def _region_as_noun(tokens: list[Token], start: int, after: int, data: LanguageReferences) -> bool:
    """"los tres europeos", "die drei Europäer": the region word is itself the noun (the states of that region),
    no adjective of a group noun after it."""
    return group_noun(tokens[start], data) is not None \
        and all(group_noun(tokens[k], data) is None for k in (after, after + 1) if k < len(tokens))


def _clause_pair(tokens: list[Token], i: int, n: int, here: Seen, lang: str,
                 definite: frozenset[str]) -> list[str] | None:
    """"Russia remains India's largest arms supplier, and the two countries describe their relationship as ...",
    "Russland ist Indiens größter Waffenlieferant, und beide Länder ...": a pair reference that opens a clause joined by
    "and" to one that names exactly two states, in no list, sums those two up (not a pair listed sentences before)."""
    start = i - 1 if i and normalise(tokens[i - 1].text) in definite else i  # "the two", "les deux"; "beide"
    if n != 2 or here.lists or len({c[:3] for c in here.countries}) != 2 or start < 2 \
            or not _opens_clause(tokens, start, lang):
        return None
    return here.countries


def _clause_holders(tokens: list[Token], i: int, n: int, before: list[ActorMention], lang: str,
                    definite: frozenset[str]) -> list[str] | None:
    """"Modi spoke by phone with Lula, whose country faces the same tariff, and the two leaders agreed ...": a pair of
    people in office that opens a clause joined by "and" (or a semicolon) to one where exactly two people in office,
    each of another state, met or spoke, stands for those two (not for a state the clause names otherwise)."""
    start = i - 1 if i and normalise(tokens[i - 1].text) in definite else i
    if n != 2 or start < 2 or not _opens_clause(tokens, start, lang):
        return None
    holders: list[str] = []
    for m in before:
        state = country_of(m.code) if person_in_office(m) else None
        if person_in_office(m) and state is None:
            return None  # "Guterres met Putin, and the two leaders ...": no organisation's head is a state's
        if state is not None and state not in holders:
            holders.append(state)
    return holders if len(holders) == n else None


def _opens_clause(tokens: list[Token], start: int, lang: str) -> bool:
    """Whether the token at `start` opens a clause joined to the one before by "and" ("und", "y", "et", "и") or by a
    semicolon ("... in Warschau empfangen; beide unterzeichneten ...")."""
    words = speech_words(lang)
    before = normalise(tokens[start - 1].text) if start else ""
    return before == ";" or words is not None and before in words.coordination


def _partner(before: list[ActorMention], tokens: list[Token]) -> list[ActorMention]:
    """Who talks with the two or mediates between them: the actor named last before the phrase, with those listed
    with it ("Kenia und Uganda vermitteln zwischen ..."), not one named earlier in the sentence ("Diplomats in Addis
    Ababa said the AU chairperson had spoken with both leaders": the AU)."""
    found = [before[-1]]
    for m in reversed(before[:-1]):
        gap = tokens[m.token_end:found[-1].token_start]
        if not gap or len(gap) > 2 or not all(normalise(t.text) in LIST_GAPS for t in gap):
            break
        found.append(m)
    return found


# languages that write every noun with a capital: a lower-case word right after "die beiden" is no noun
_CAPITALISED_NOUNS: Final = frozenset({"de"})


def _after_adjective(tokens: list[Token], j: int) -> int:
    """Where the noun stands after one adjective at `j`: the next word, or the one after a hyphenated compound
    ("the two nuclear-armed neighbours", "les deux pays sud-américains" has its noun first)."""
    if j + 2 < len(tokens) and tokens[j + 1].text == "-" and tokens[j].text.isalpha() \
            and tokens[j + 2].text.isalpha() and tokens[j + 2].text.islower():
        return j + 3
    return j + 1


def _pair_alone(tokens: list[Token], i: int, j: int, n: int, data: LanguageReferences, lang: str) -> bool:
    """"Ambos firmaron un acuerdo", "Оба подписали", "Die beiden vereinbarten, ...": "both" alone, opening the
    sentence with a verb (a lower-case word that is no determiner) right after it, is the two actors named last (as
    is "both" opening a clause after "and" or a semicolon: "empfing ihn im Kreml; beide unterzeichneten", not a
    numeral there, "одобрил отправку ... военнослужащих и двух фрегатов"); so
    is "die beiden" with its article where nouns are capitalised (a lower-case word after it is no noun, and no
    capitalised noun follows: not "Die beiden entführten Deutschen"; "the two teachers" has a lower-case noun)."""
    opens = i == 0 or i == 1 and lang in _CAPITALISED_NOUNS and normalise(tokens[0].text) in data.definite \
        and (j + 1 >= len(tokens) or not tokens[j + 1].text[:1].isupper()) \
        or i > 1 and data.counted.get(normalise(tokens[i].text)) == n and _opens_clause(tokens, i, lang)
    return n == 2 and opens and j == i + 1 < len(tokens) and tokens[j].text.isalpha() \
        and tokens[j].text.islower() and normalise(tokens[j].text) not in data.definite \
        and normalise(tokens[j].text) not in data.indefinite and normalise(tokens[j].text) not in OF_WORDS


def the_sides(tokens: list[Token], i: int, data: LanguageReferences, before: list[ActorMention],
              history: History, taken: set[int], lang: str) -> tuple[int, list[str], str, str] | None:
    """ "Las partes firmaron", "the sides agreed", "Стороны подписали": the plural of a word for the sides, after
    the definite article (bare where the language has none, as a clause's subject), is the two named last."""
    k = i + 1 if data.definite else i
    if data.definite and normalise(tokens[i].text) not in data.definite:
        return None
    if k >= len(tokens) or k in taken or not _is_side(tokens[k], data) \
            or normalise(tokens[k].text) == normalise(tokens[k].lemma):
        return None  # "la parte", "со стороны": a singular (or a genitive) is no pair
    if k + 1 in taken:
        return None  # "las partes libias", "las partes rusa y ucraniana": the sides the adjectives after it name
    if not data.definite and not ((i == 0 or _after_meeting_phrase(tokens, i)) and next_to_verb(tokens, i, data)
                                  or _bare_sides(tokens, i, data)):
        return None  # "со стороны России", "американской стороны": a singular's genitive
    # "Qatar and Egypt urged the two sides", "..., но призвал стороны": whoever addresses them is none of them
    by_subject = not data.definite and _object_of_verb(tokens, i, data) or _addressed_by_subject(before, tokens, i)
    here = [] if by_subject else before[_apposed_subject(before, tokens, i, data.definite):]
    seen = sentence_seen(here, tokens, data)
    codes = without_mediators(2, _clause_pair(tokens, i, 2, seen, lang, data.definite)
                              or met_just_before(2, before, history) or latest_list(2, seen, history, sides=True),
                              seen, history) or story_pair(2, seen, history)
    if not codes:
        return None
    codes = [c[:3] for c in codes]
    return k + 1, codes, COUNTED, refers_note(codes)


_BLOC_GAP: Final = 3  # words between the counted noun and the bloc that owns it: "de l'", "of the", "der"


def _bloc_named_after(n: int, tokens: list[Token], end: int, data: LanguageReferences, lang: str,
                      after: list[ActorMention] | None) -> list[str] | None:
    """"les trois pays de l'AES", "the three states of the AES", "die drei Staaten der AES": the counted noun's owner
    is a bloc of n (`blocs`); the phrase stands for its members (the bloc stays an actor of its own: the members'
    organisation, which the relations read). None where no such owner follows."""
    bloc = next((m for m in after or () if m.token_start >= end), None)
    members = reference_data().blocs.get(bloc.code) if bloc is not None and bloc.kind == "organisation" else None
    if bloc is None or not members or len(members) != n or bloc.token_start - end > _BLOC_GAP:
        return None
    elided = role_words(lang).elided_articles
    gap = tokens[end:bloc.token_start]
    if not all(t.text != ","
               and (normalise(t.text) in OF_WORDS | GENITIVE_ARTICLES or normalise(t.text) in data.definite
                    or t.text in elided) for t in gap):
        return None
    return list(members)


def _bare_sides(tokens: list[Token], i: int, data: LanguageReferences) -> bool:
    """Russian "стороны" with no counting word before it: the plural, the story's two sides, in an oblique form of
    the plural ("переговоры сторон", "между сторонами") or as the object right after a verb ("призвал все стороны")
    or the subject of a plural verb ("В 2012 году стороны подписали", "Пока же стороны ограничились"); not the
    singular's genitive it is spelled like after a preposition or an adjective ("со стороны России", "американской
    стороны", "с другой стороны", "третьих сторон")."""
    if _singular_side(tokens, i, data):
        return False
    if normalise(tokens[i].text) in data.side_plurals:
        return True
    return _object_of_verb(tokens, i, data) or _plural_verb_after(tokens, i, data)


def _singular_side(tokens: list[Token], i: int, data: LanguageReferences) -> bool:
    """"со стороны России", "Представитель американской стороны заявил": a side word after a preposition or an
    adjective (not "все") is one side, or some other parties ("третьих сторон"), never the story's pair."""
    if i == 0:
        return False
    before = normalise(tokens[i - 1].text)
    return before in data.side_not_after or before not in data.side_determiners and tokens[i - 1].text.isalpha() \
        and before.endswith(data.side_adjective_endings)


def _object_of_verb(tokens: list[Token], i: int, data: LanguageReferences) -> bool:
    """"призвал стороны", "призвал все стороны": the phrase right after a verb (and a word of `side_determiners`) is
    its object (languages that list verb endings)."""
    v = i - 1 if i > 0 and normalise(tokens[i - 1].text) in data.side_determiners else i
    return after_verb(tokens, v, data)


def _plural_verb_after(tokens: list[Token], i: int, data: LanguageReferences) -> bool:
    """"стороны пока не подписали", "стороны лишь обязуются": the first verb after the phrase, past at most an adverb
    or two and quotation marks, is in the plural (`plural_verb_endings`)."""
    if not data.plural_verb_endings:
        return False
    for j in range(i + 1, min(len(tokens), i + 1 + VERB_REACH)):
        if normalise(tokens[j].lemma).endswith(data.pronoun_verb_endings):
            return normalise(tokens[j].text).endswith(data.plural_verb_endings)
        if not tokens[j].text.isalpha() and tokens[j].text not in QUOTE_MARKS or tokens[j].text[:1].isupper():
            return False
    return False


_MEETING_HEADS: Final = frozenset({"итог", "итоги", "итогам", "результат", "результатам", "ход", "ходе"})


def _after_meeting_phrase(tokens: list[Token], i: int) -> bool:
    """"По итогам встречи стороны подписали", "В ходе переговоров стороны обсудили": the sides still open the
    clause after the phrase that names the meeting (preposition, head, the meeting's noun)."""
    return i == 3 and normalise(tokens[1].text) in _MEETING_HEADS


def _is_side(token: Token, data: LanguageReferences) -> bool:
    """A word for a side of a conflict or a talk ("sides", "parties", "стороны": references.yaml `sides`)."""
    return normalise(token.lemma) in data.sides or normalise(token.text) in data.sides


def after_verb(tokens: list[Token], i: int, data: LanguageReferences) -> bool:
    """"Перу и Боливия призвали обе страны к диалогу": a counted group right after the verb is its object, which the
    subject that opens the sentence does not address to itself (languages that list verb endings)."""
    return i > 0 and bool(data.pronoun_verb_endings) and normalise(tokens[i - 1].lemma).endswith(
        data.pronoun_verb_endings)


def _object_of_opening(before: list[ActorMention], tokens: list[Token], i: int, data: LanguageReferences,
                       lang: str) -> bool:
    """"Le Qatar et l'Arabie saoudite appellent les deux voisins à la retenue", "Qatar and Egypt urged the two
    neighbours to": a counted phrase right after the verb of the list that opens the sentence is its object, which the
    subject does not address to itself (as `after_verb` reads it by the verb's ending where a language lists them).
    Not a phrase that opens a clause of its own after "and" ("... ont salué l'accord et les deux pays ont ..."), and
    not one in a list (no verb between)."""
    elided = role_words(lang).elided_articles  # "Le Qatar et l'Arabie saoudite": an article written onto the name
    if not before or before[0].token_start > 2 or not all(
            normalise(t.text) in LIST_GAPS or normalise(t.text) in data.definite or t.text in elided
            for a, b in zip(before, before[1:], strict=False) for t in tokens[a.token_end:b.token_start]):
        return False  # (the actors before the phrase are one list: "Alors que l'Inde et le Pakistan ..., la Chine")
    if any(m.kind == "adjective" for m in before):
        return False  # "A Chinese spokesman said the two countries ...": a speaker of one side, no list
    start = i - 1 if i and normalise(tokens[i - 1].text) in data.definite else i
    gap = tokens[before[-1].token_end:start]
    words = speech_words(lang)
    if not gap or len(gap) > _OBJECT_VERB or any(t.text in PHRASE_BREAKS for t in gap) \
            or words is not None and (normalise(gap[-1].text) in words.coordination
                                       or any(normalise(t.text) in words.verbs for t in gap)):
        return False  # "et les deux pays ont ...", "said the two countries would": a clause of its own
    return any(t.text.isalpha() and t.text.islower() and normalise(t.text) not in LIST_GAPS
               and normalise(t.text) not in data.definite for t in gap)


def _addressed_by_subject(before: list[ActorMention], tokens: list[Token], i: int) -> bool:
    """The sentence opens with the actors named before the phrase, and no comma stands between: they are the
    subject that addresses it ("Le Qatar et l'Égypte ont exhorté les deux parties"), not a list the phrase
    takes up ("Israël et le Hamas ont signé une trêve, les deux parties s'engageant à ...")."""
    if not before or before[0].token_start > 2:
        return False
    gap = tokens[before[-1].token_end:i]
    breaks = [k for k, t in enumerate(gap) if t.text in PHRASE_BREAKS]
    # "Qatar and Turkey, which brokered the truce between the two sides": a relative clause right after the opening
    # list is still the subject's act (not one after a later name: "..., a annoncé le ministère émirien, qui a salué")
    return not breaks or breaks == [0] and len(gap) > 1 and normalise(gap[1].text) in _RELATIVE_PRONOUNS \
        and all(normalise(t.text) in LIST_GAPS for a, b in zip(before, before[1:], strict=False)
                for t in tokens[a.token_end:b.token_start])


def _apposed_subject(before: list[ActorMention], tokens: list[Token], i: int, definite: frozenset[str]) -> int:
    """"China, Pakistan's closest ally, urged both sides", "Le Qatar et la Turquie, qui avaient obtenu un cessez-le-feu
    à Doha, ont appelé les deux parties": the opening name or list, an apposition between two commas and the verb right
    after it; the subject addresses the sides and is none of them (the apposition's names may be one: "Saudi Arabia,
    which signed a pact with Pakistan, urged both sides": Pakistan and its adversary). How many of the mentions before
    the phrase are that subject; 0 where the sentence has no such shape. The verb's words are counted to the phrase's
    article (`definite`): ", called on the two sides", ", ont appelé les deux parties"."""
    if not before or before[0].token_start > 2:
        return 0
    opening = 1
    while opening < len(before) and (gap := tokens[before[opening - 1].token_end:before[opening].token_start]) \
            and all(normalise(t.text) in LIST_GAPS for t in gap) and "," not in (t.text for t in gap):
        opening += 1  # "Le Qatar et la Turquie": the list that opens the sentence (not "Moscou, qui ...")
    end = before[opening - 1].token_end
    start = i - 1 if i and normalise(tokens[i - 1].text) in definite else i
    commas = [k for k in range(end, i) if tokens[k].text == ","]
    return opening if len(commas) == 2 and commas[0] == end and 0 < start - commas[1] <= _APPOSED_VERB else 0


# words from the opening list to its object, the verb's ("ont exhorté", "called on"): a longer gap holds a clause of
# its own ("announced on Tuesday that the foreign ministers of the two countries")
_OBJECT_VERB: Final = 3
# words from the apposition's closing comma to the sides: ", urged both sides", ", called on the two"
_APPOSED_VERB: Final = 3
# "talked with both leaders": a partner's preposition
_WITH: Final = frozenset({"mit", "with", "con", "avec", "с", "со"})
_RELATIVE_PRONOUNS: Final = frozenset({"which", "who", "qui", "que", "quienes", "welche", "который", "которая",
                                       "которое", "которые"})


def they_reference(tokens: list[Token], i: int, data: LanguageReferences, before: list[ActorMention],
                   history: History, lang: str) -> tuple[int, list[str], str, str] | None:
    """ "Mali, Niger and Burkina Faso ... They": the list named in this sentence or the one before, else the states
    whose office holders met in the sentence before (`met_just_before`); "the sides" opening a clause after "and"
    are the two states of the clause before ("Си Цзиньпин посетил Ханой, и стороны подписали", `_clause_pair`)."""
    if normalise(tokens[i].text) not in data.plural_pronouns or i > 0 and normalise(
            tokens[i - 1].text) not in data.pronoun_after and not next_to_verb(tokens, i, data):
        return None  # only a clause's subject: "what they perceive" is not the list acting
    if _is_side(tokens[i], data) and _singular_side(tokens, i, data):
        return None  # "Представитель американской стороны заявил": one side, not the pair
    if _is_side(tokens[i], data) and after_verb(tokens, i, data):
        # "Франция и Саудовская Аравия призвали стороны соблюдать перемирие", "Египет и Иордания выступили с заявлением,
        # в котором призвали стороны": the verb's subject addresses the sides of the story, it is none of them (as
        # "призвали обе стороны", `counted_group`)
        alone = sentence_seen([], tokens, data)
        sides = without_mediators(2, latest_list(2, alone, history, sides=True), alone, history) \
            or story_pair(2, alone, history)
        return (i + 1, [c[:3] for c in sides], COUNTED, refers_note(c[:3] for c in sides)) if sides else None
    seen = [sentence_seen(before, tokens, data), *last_naming(history)]
    found = (_clause_pair(tokens, i, 2, seen[0], lang, data.definite) if _is_side(tokens[i], data) else None) \
        or next((lists[-1] for lists in (s.lists for s in seen) if lists), None)
    if found and len(found) == 2 and _is_side(tokens[i], data):
        # "Посредниками выступили Катар и Турция. Стороны договорились ...": the sides are never the go-betweens
        found = without_mediators(2, found, seen[0], history)
    if not found:
        # "Xi received Modi in Beijing. They signed ...": no list, the states whose office holders met just before
        found = met_just_before(len(history.seen[-1].countries), before, history) if history.seen else None
    if not found:
        return None
    return i + 1, found, "references:pronoun", refers_note(found)


VERB_REACH: Final = 3  # "Стороны также обсудили", "Стороны «решительно осудили»": words before the subject's verb


def next_to_verb(tokens: list[Token], i: int, data: LanguageReferences) -> bool:
    """"По итогам встречи стороны договорились", "призвал стороны к ...": a verb right before, or after the phrase
    with at most an adverb or two and quotation marks between ("Стороны «решительно осудили» ...")."""
    if not data.pronoun_verb_endings:
        return False
    if i > 0 and normalise(tokens[i - 1].lemma).endswith(data.pronoun_verb_endings):
        return True
    for j in range(i + 1, min(len(tokens), i + 1 + VERB_REACH)):
        if normalise(tokens[j].lemma).endswith(data.pronoun_verb_endings):
            return True
        if not tokens[j].text.isalpha() and tokens[j].text not in QUOTE_MARKS or tokens[j].text[:1].isupper():
            return False  # a comma, or a name: the phrase is no subject of a verb after it
    return False


def group_noun(token: Token, data: LanguageReferences) -> str | None:
    """The agent code the head noun of a counted phrase adds to its states (references.yaml `group_nouns`: "" for
    "countries", GOV for "governments", MIL for "armies"; GOV for an office title), or None for no such noun."""
    for form in (normalise(token.lemma), normalise(token.text)):
        if form in data.group_nouns:
            return data.group_nouns[form]
    for form in (normalise(token.lemma), normalise(token.text)):
        if form in data.office_titles:
            return "GOV"  # "die beiden Verteidigungsminister", "the two chancellors", "оба премьера"
    return None


# group nouns that name a state by its seat
_STATE_SEATS: Final = frozenset({"capitale", "capital", "столица", "hauptstadt"})



"""Within-article references: phrases that stand for actors the article has already named.

Five kinds from data/actors/references.yaml, and short names:

- counted groups: "beide Länder", "the three governments", "estos países", "обе страны" stand for
  the latest list of that many countries ("these countries": the latest list, however long). A
  coordinated list ("Mali, Burkina Faso und Niger") counts before the set of countries a sentence
  names; the sentence itself (before the phrase) is searched first, then the earlier ones, latest
  first; with no list, the countries of the last sentences read back until they are that many ("Mexico granted
  asylum to a Peruvian minister. Peru protested. Brazil offered to mediate between the two governments"). The
  mention's `note` is "refers:MLI,BFA,NER"; the events stage expands it.
- the own country: "sein Land", "his government", "su país", "son pays", "свою страну" are the
  country of the actor named just before (in the sentence, else the previous sentence's first).
- descriptions: "the Gulf kingdom", "el país caribeño", "l'Hexagone", "the North" are the latest
  country named that fits the description (region and kind groups), or the one country it names; a plural
  ("the Western countries", "les pays occidentaux") the countries of the region the sentence or the one before
  names, two or more (`_regional`).
- bodies: "the bloc", "das Bündnis", "el bloque", "l'organisation" are the organisation named last; "das Gericht",
  "the court", "la Cour", "суд" the court named last.
- short names: "the Union", "la Commission", "el Consejo" after a definite article stand for the
  organisation named last whose name holds that word ("the European Union ... the Union"; not in German,
  where every noun is capitalised).
- members: "die Mitglieder der AES", "les pays de l'AES", "члены НАТО" are the member states the article
  lists in the sentence before or after; "the Baltic states", "Страны Балтии" are a fixed group. Each
  member is an actor (note "refers:...", as for counted groups).

Crowds: "des manifestants ... à Niamey", "protesters ... in Tehran" are the people (CVL) of the country where the
sentence places them, "the protesters" with no place the crowd told of before (`_crowds`).

Role phrases like 'der Kremlchef' or 'the Venezuelan leader' need no look-back: the
composition stage resolves them directly.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache, partial
from itertools import compress, count
from typing import Final

from realpolitik.actors.compose import PERSON_NOTE, is_envoy
from realpolitik.actors.dictionary import ActorDictionary
from realpolitik.actors.forms import known_key, normalise
from realpolitik.actors.matcher import Hit
from realpolitik.actors.reference_data import ANY, Description, LanguageReferences, fold, reference_data
from realpolitik.actors.titles import title_offices
from realpolitik.budget import checkpoint
from realpolitik.codes import PARTY_AGENTS, country_of
from realpolitik.language.speech import speech_words
from realpolitik.language.tokens import QUOTE_MARKS
from realpolitik.model import ActorMention, Sentence, Token, token_pair

_COUNTRY_KINDS: Final = ("country", "capital", "seat", "adjective", "agent", "leader", "reference")
# Words that may stand between the members of a list: "Mali, Burkina Faso und der Niger".
# "the presidents of Venezuela, Nicolás Maduro, and of Guyana": a repeated "of" too.
_PLACE_PREPOSITIONS: Final = {"en": frozenset({"in"})}  # a state named as the venue of what the sentence tells
# "in the Saudi city of"
_VENUE_NOUNS: Final = {"en": frozenset({"resort", "city", "capital", "town", "port", "village"})}
_ARTICLES: Final = frozenset({"the"})
_GENITIVE_ARTICLES: Final = frozenset({"der", "des"})  # "zwischen den Ländern der Region": the noun's owner follows
# "mediated between X and Y": the sides
_PAIR_PREPOSITIONS: Final = frozenset({"zwischen", "between", "entre", "между"})
_LIST_GAPS: Final = frozenset({",", "&", "und", "and", "y", "e", "et", "и", "oder", "or", "o", "ou", "или", "sowie",
                        "der", "die", "den", "dem", "des", "the", "el", "la", "los", "las", "le", "les", "l'",
                        "of", "de", "del", "du", "d'", "von"})
_OF: Final = frozenset({"of", "von", "de", "del", "du", "d'", ","})
REFERS: Final = "refers:"
OWN: Final = "references:own"  # the entry of "sein Land", "its forces": the country of the actor named before
COUNTED: Final = "references:counted"
MEMBERS: Final = "references:members"  # "die Mitglieder der AES", "the Baltic states": each member state
_ORG_GAP: Final = 6  # words of an organisation's name the dictionary may lack before the part it knows


@dataclass
class _Seen:
    """What one sentence named: coordinated lists and all countries, in order."""

    lists: list[list[str]]
    countries: list[str]
    first: ActorMention | None
    mentions: list[ActorMention]
    organisation: bool = False  # whether it names an organisation (`_short_names` asks of the last few sentences)
    mediators: frozenset[str] = frozenset()  # the countries it names as go-betweens (`_named_as_mediator`)
    # the lists right after "zwischen", "between", "entre", "между": the two sides of talks, a truce or a war, which
    # "beide Seiten" stands for rather than the mediators or hosts listed in the same sentence
    between: list[list[str]] = field(default_factory=list)


class _History:
    """The `_Seen` of the article's sentences so far (`seen`), with where each country was named last: "the Gulf
    kingdom" asks for the latest country that fits, and in an article that names none, reading every earlier sentence
    back made the cost grow with the square of its length (a 4,000-sentence article 16 million steps). The index is
    brought up to date only when a description asks (appending stays a list's append), each sentence read once.
    A list held, not a list subclassed: compiled with mypyc, a class cannot subclass list."""

    def __init__(self) -> None:
        self.seen: list[_Seen] = []  # the sentences so far, in order
        self._latest: dict[str, tuple[int, int]] = {}  # a country's code → (its sentence, its place there), latest
        self._first: ActorMention | None = None  # the first country of the latest sentence that names one
        self._lists: dict[int, int] = {}  # a length → the latest sentence with a list of that many countries
        self._named: Counter[str] = Counter()  # a country → the sentences that name it
        self._mediators: frozenset[str] = frozenset()  # the countries named as go-betweens so far
        self._read = 0  # the sentences the index holds
        # what the sentences' mentions hold, for the look-backs that ask of every mention so far (`latest_resolved`,
        # `latest_same_word`, `names_code`, `federal_named`); brought up to date by a cursor of its own, only when
        # asked (most articles never ask), each sentence's mentions read once
        self._resolved_at: dict[str, int] = {}  # a country → the latest sentence with a resolved mention of it
        # a role word's entry (and each shorter entry it extends: "junta" of "junta_militar") → a country → where
        # (sentence, place) its latest resolved mention, not an envoy's, stands
        self._role_words: dict[str, dict[str, tuple[int, int]]] = {}
        self._codes: set[str] = set()  # every code a mention has had
        self._first_at: dict[str, tuple[int, int]] = {}  # a country → where its first mention stands
        self._places: Counter[str] = Counter()  # a country → its mentions as a place (a city, a region)
        self._mentions_read = 0

    def append(self, seen: _Seen) -> None:
        self.seen.append(seen)

    def _catch_up(self) -> None:
        for n in range(self._read, len(self.seen)):
            seen = self.seen[n]
            for k, code in enumerate(seen.countries):
                self._latest[code[:3]] = (n, k)
            if seen.first is not None:
                self._first = seen.first
            for found in seen.lists:
                self._lists[len(found)] = self._lists[0] = n  # (0: a list of any length)
            self._named.update({code[:3] for code in seen.countries})
            self._mediators |= seen.mediators
        self._read = len(self.seen)

    @property
    def mediators(self) -> frozenset[str]:
        """The countries the article has named as go-betweens so far (mediators, hosts)."""
        self._catch_up()
        return self._mediators

    def age_of_list(self, n: int) -> int | None:
        """How many sentences back the latest list of `n` countries stands (1: the sentence before), or None."""
        self._catch_up()
        at = self._lists.get(n)
        return None if at is None else len(self.seen) - at

    def main_pair(self, apart: frozenset[str] = frozenset()) -> list[str] | None:
        """The two countries the article has named in the most sentences, where they stand out: the second in
        _MAIN_PAIR_SENTENCES or more, and in more than any third ("the two neighbours" of an article about them).
        The countries `apart` (go-betweens, for "the two sides") are left out of the count."""
        self._catch_up()
        top = [(c, k) for c, k in self._named.most_common(len(apart) + 3) if c not in apart][:3]
        if len(top) < 2 or top[1][1] < _MAIN_PAIR_SENTENCES or len(top) == 3 and top[2][1] >= top[1][1]:
            return None
        return [top[0][0], top[1][0]]

    def latest_with_list(self, n: int) -> _Seen | None:
        """The latest sentence with a list of `n` countries (of any length for 0), as reading back finds it."""
        self._catch_up()
        at = self._lists.get(n)
        return None if at is None else self.seen[at]

    @property
    def first(self) -> ActorMention | None:
        """The first country of the latest sentence that names one (reading back, the first found)."""
        self._catch_up()
        return self._first

    def _catch_up_mentions(self) -> None:
        for n in range(self._mentions_read, len(self.seen)):
            for k, m in enumerate(self.seen[n].mentions):
                self._codes.add(m.code)
                if not m.country:
                    continue
                self._first_at.setdefault(m.country, (n, k))
                if m.kind == "place":
                    self._places[m.country] += 1
                if not m.resolved:
                    continue
                self._resolved_at[m.country] = n
                if not is_envoy(m.entry):
                    for key in _entry_keys(m.entry):
                        self._role_words.setdefault(key, {})[m.country] = (n, k)
        self._mentions_read = len(self.seen)

    def latest_same_word(self, entry: str, spelled: frozenset[str]) -> ActorMention | None:
        """The latest resolved mention, not an envoy's nor of a country in `spelled`, whose entry holds the role
        word `entry` (alone or begun by it), as reading the sentences' mentions back finds it first."""
        self._catch_up_mentions()
        where = self._role_words.get(entry, {})
        at = max((place for c, place in where.items() if c not in spelled), default=None)
        return None if at is None else self.seen[at[0]].mentions[at[1]]

    def names_code(self, code: str) -> bool:
        """Whether a mention of an earlier sentence has `code`."""
        self._catch_up_mentions()
        return code in self._codes

    def federal_named(self, federation: frozenset[str]) -> tuple[list[ActorMention], Counter[str]]:
        """Of the states of `federation` the earlier sentences named: the first mention of each, in the order they
        came, and how many of their mentions name a place of each (a city, a region), counted in that order."""
        self._catch_up_mentions()
        firsts = sorted((at, c) for c, at in self._first_at.items() if c in federation)
        places = Counter({c: k for c, k in self._places.items() if c in federation})
        return [self.seen[n].mentions[k] for (n, k), _ in firsts], places

    def latest_resolved(self, allowed: frozenset[str]) -> ActorMention | None:
        """The latest resolved mention of a country of `allowed` however named, as reading the sentences' mentions
        back finds it first (the index gives the sentence, the sentence its mention)."""
        self._catch_up_mentions()
        at = max((self._resolved_at[c] for c in allowed if c in self._resolved_at), default=None)
        if at is None:
            return None
        return next((m for m in reversed(self.seen[at].mentions) if m.resolved and m.country in allowed), None)

    def latest_of(self, allowed: frozenset[str]) -> str | None:
        """Of the countries `allowed`, the one named last (as reading the sentences back finds it first)."""
        self._catch_up()
        latest = self._latest
        places = ((latest[c], c) for c in allowed if c in latest) if len(allowed) < len(latest) else (
            (place, c) for c, place in latest.items() if c in allowed)
        return max(places, default=(None, None))[1]

@lru_cache(maxsize=1 << 12)
def _entry_keys(entry: str) -> tuple[str, ...]:
    """The role words an entry holds, as `_same_word` matches them: each part of a joined entry ("a+b"), and each
    part's beginnings that end before a "_" ("x:junta" of "x:junta_militar")."""
    return tuple(dict.fromkeys(key for part in entry.split("+") for key in (
        part, *(part[:i] for i, char in enumerate(part) if char == "_"))))


_ROLE_AGENTS: Final = frozenset({"GOV", "MIL", "LEG", "SPY", "COP"})  # "the authorities" yes, "the media" no
_ROLE_REACH: Final = 5  # sentences a bare role word may look back
_ARTICLE_REACH: Final = 60  # sentences a bare title may look back for the sole holder of its office
_STATE_AGENTS: Final = frozenset({None, *_ROLE_AGENTS})
_OPENING: Final = 2  # a role word this near the sentence's start (after an article, an adjective) is its subject
_OF_REACH: Final = 5  # where an "of" phrase after a role word names its owner: "der Ex-Sowjetrepublik Moldau"
_POSSESSIVE: Final = frozenset({"'s", "’s", "'", "’"})
# how far a fronted phrase may put the subject's article ("In einer Erklärung vom Montag verurteilte")
_FRONTED: Final = 8
_LOCATED: Final = frozenset({"in", "im", "en", "à", "в", "во"})  # "the government in Kyiv", "die Regierung in Kiew"


def _token_start(m: ActorMention) -> int:
    """A mention's first token: the sort key of a sentence's mentions (a function of the module, not a lambda made
    at every sort)."""
    return m.token_start


def members(m: ActorMention) -> list[str]:
    """The codes a mention stands for: several for a counted reference, else its own code."""
    if m.note.startswith(REFERS):
        return [c for c in m.note[len(REFERS):].split(",") if c]
    return [m.code] if m.code else []


def resolve_references(sentences: list[Sentence], mentions: list[list[ActorMention]], lang: str,
                       dic: ActorDictionary, bare: list[list[Hit]] | None = None) -> None:
    """Add 'reference' mentions in place, looking back over the article's sentences.

    `bare` holds per sentence the role words that named no one ("der Machthaber"): each becomes the
    same kind of actor of the country last named with one, within a few sentences.
    """
    data = reference_data().languages.get(lang)
    if data is None:
        return
    groups = reference_data().groups
    history = _History()
    for n, (sentence, found) in enumerate(zip(sentences, mentions, strict=True)):
        checkpoint()  # ~3 ms a long sentence: a whole document's pass must not outrun its budget
        tokens = sentence.tokens
        _roles_by_antecedent(sentence, found, bare[n] if bare else [], data, history, dic.version)
        taken = {i for m in found for i in range(m.token_start, m.token_end)}
        # one scan for the words a reference may begin with; most sentences hold none
        starts = _reference_starts(tokens, data, lang)
        i = 0
        for at in starts:
            if at < i or at in taken:  # inside a reference made here, or a name found before
                continue
            i = at
            before = sorted((m for m in found if m.token_end <= i), key=_token_start)
            made = (_fixed_group(tokens, i, data, groups, taken)
                    or _members_of(tokens, i, data, found, history, partial(_ahead, sentences, mentions, data, n))
                    or _they(tokens, i, data, before, history)
                    or _office_holders(tokens, i, data, before, history, taken)
                    or _counted(tokens, i, data, lang, before, history, taken)
                    or _the_sides(tokens, i, data, before, history, taken)
                    or _own(tokens, i, data, before, history, taken)
                    or _neighbour(tokens, i, data, lang, before, history, taken)
                    or _body(tokens, i, data, lang, before, history, found)
                    or _institution(tokens, i, data, lang, before, history)
                    or _regional(tokens, i, data, lang, groups, before, history, taken)
                    or _described(tokens, i, data, lang, groups, before, history, found, taken))
            if made is None:
                continue
            end, codes, entry, note = made
            if not codes:  # a phrase that stands for no one: none of its words is read as a reference either
                i = end
                continue
            if entry in (COUNTED, MEMBERS):  # "the three EU states": the bloc only qualifies the noun
                found[:] = [m for m in found if not i <= m.token_start < end]
            found.append(_reference(sentence, i, end, codes, entry, note, dic.version))
            found.sort(key=_token_start)
            taken |= set(range(i, end))
            i = end
        if bare and bare[n]:
            _crowds(sentence, found, bare[n], data, history, dic.version)
        if lang != "de":  # German nouns are all capitalised: no word of a name stands out there
            _short_names(sentence, found, data, history, taken, dic.version)
        history.append(_seen(found, tokens, data))


_OPENERS: Final[dict[str, tuple[LanguageReferences, dict[tuple[str, str], bool]]]] = {}  # lang → (its data, the table)
_OPENERS_KEPT: Final = 100_000


def _reference_starts(tokens: list[Token], data: LanguageReferences, lang: str) -> list[int]:
    """The tokens whose forms hold a word a reference phrase may begin with (`first_words`). Words repeat: each
    (text, lemma) pair's answer is kept per language, and a sentence's tokens are looked up in one pass."""
    kept = _OPENERS.get(lang)
    if kept is None or kept[0] is not data or len(kept[1]) >= _OPENERS_KEPT:
        kept = _OPENERS[lang] = (data, {})
    table = kept[1]
    pairs = list(map(token_pair, tokens))
    opens = list(map(table.get, pairs))
    if None in opens:
        firsts = data.first_words
        for k, (text, lemma) in enumerate(pairs):
            if opens[k] is None:
                opens[k] = table[text, lemma] = not _forms_of(text, lemma, lang).isdisjoint(firsts)
    return list(compress(count(), opens))


def _forms(token: Token, lang: str) -> frozenset[str]:
    """The keys a token may match: its text, its lemma, both folded; "l'ancienne" also as "ancienne"."""
    return _forms_of(token.text, token.lemma, lang)


@lru_cache(maxsize=1 << 16)
def _forms_of(text: str, lemma: str, lang: str) -> frozenset[str]:
    text, lemma = normalise(text), normalise(lemma)
    out = {text, lemma, fold(text, lang), fold(lemma, lang)}
    if "'" in text[:3] and len(text) > 3:
        rest = text.split("'", 1)[1]
        out |= {rest, fold(rest, lang)}
    return frozenset(out)


def _seen(found: list[ActorMention], tokens: list[Token], data: LanguageReferences) -> _Seen:
    countries: list[str] = []
    lists: list[list[str]] = []
    between: list[list[str]] = []
    run: list[str] = []
    paired = False  # the run opens right after a pair preposition
    last_end = -1
    first = None
    mediators: set[str] = set()
    mediating = False  # whether the current run (a list, or one name) is named as go-betweens
    for m in found:
        if not m.country or m.kind not in _COUNTRY_KINDS:
            continue
        if m.kind == "country" and m.token_start > 0 and len(found) > 2 \
                and normalise(tokens[m.token_start - 1].text) in _PLACE_PREPOSITIONS.get(data.lang, ()):
            continue  # "Trump met Xi in South Korea, where the two sides agreed": the venue is no side
        if m.kind == "adjective" and _venue_adjective(tokens, m, data.lang):
            continue  # "talks in the Egyptian resort of Sharm el-Sheikh": the host's adjective names the venue
        first = first or m
        codes = [c for c in members(m) if c]
        gap = tokens[last_end:m.token_start] if last_end >= 0 else None
        listed = gap is not None and 0 < len(gap) <= 3 and all(normalise(t.text) in _LIST_GAPS for t in gap) \
            and any(t.text == "," or normalise(t.text) not in ("der", "die", "the", "el", "la", "le") for t in gap) \
            and not _speaks(tokens, gap, m.token_end, data.lang)
        if not listed:
            if len(run) >= 2:
                lists.append(run)
                if paired:
                    between.append(run)
            if mediating:
                mediators.update(c[:3] for c in run)
            run = []
            mediating = False
            paired = m.token_start > 0 and normalise(tokens[m.token_start - 1].text) in _PAIR_PREPOSITIONS
        mediating = mediating or _named_as_mediator(tokens, m.token_start, data)
        for code in codes:
            if code[:3] not in [c[:3] for c in run]:
                run.append(code)
            if code[:3] not in [c[:3] for c in countries]:
                countries.append(code)
        last_end = m.token_end
    if len(run) >= 2:
        lists.append(run)
        if paired:
            between.append(run)
    if mediating:
        mediators.update(c[:3] for c in run)
    return _Seen(lists, countries, first, found, any(m.kind == "organisation" for m in found), frozenset(mediators),
                 between)


_MEDIATOR_REACH: Final = 4  # words back from a state to a word of `mediation_words` ("sous l'égide de la Turquie")
_MEDIATOR_GAPS: Final = _LIST_GAPS | {"by", "por", "durch"}  # "mediated by Qatar", "mediadas por Catar"
_DASHES: Final = frozenset({"—", "–", "-", "("})


def _named_as_mediator(tokens: list[Token], start: int, data: LanguageReferences) -> bool:
    """A word of `mediation_words` stands a few list words before the name ("la médiation de Doha", "sous médiation
    omanaise", "les pays médiateurs — l'Égypte"): the state is a go-between of the story, no side of it."""
    if not data.mediation_words:
        return False
    for k in range(start - 1, max(-1, start - 1 - _MEDIATOR_REACH), -1):
        if not _forms(tokens[k], data.lang).isdisjoint(data.mediation_words):
            return True
        if normalise(tokens[k].text) not in _MEDIATOR_GAPS and tokens[k].text not in _DASHES:
            return False
    return False


def _venue_adjective(tokens: list[Token], m: ActorMention, lang: str) -> bool:
    """A state's adjective between "in the" and a noun for a town ("in the Egyptian resort of", "in the Saudi city
    of Jeddah", "in the Omani capital"): it names where the sides met, not a side."""
    at, end = m.token_start, m.token_end
    return at > 1 and end < len(tokens) and normalise(tokens[at - 1].text) in _ARTICLES \
        and normalise(tokens[at - 2].text) in _PLACE_PREPOSITIONS.get(lang, ()) \
        and normalise(tokens[end].text) in _VENUE_NOUNS.get(lang, ())


def _speaks(tokens: list[Token], gap: list[Token], end: int, lang: str) -> bool:
    """A speech verb follows the name, perhaps after an auxiliary ("mediated by the UAE, the Russian Defence
    Ministry said", "..., le ministère russe a déclaré", "..., Минобороны России сообщило"): the name closes a
    report and joins no list. Joined by a conjunction ("Chile, Peru and Bolivia said") it is the last of the
    speakers, and of the list. The verbs are the role finder's (`language.speech`)."""
    words = speech_words(lang)
    if words is None or end >= len(tokens):
        return False
    if any(t.text.lower() in words.coordination for t in gap):
        return False
    if not words.auxiliaries.isdisjoint((tokens[end].text.lower(), tokens[end].lemma)):
        end += 1  # "a déclaré", "ha dicho", "has said"
    return end < len(tokens) and not words.verbs.isdisjoint((tokens[end].text.lower(), tokens[end].lemma))


def _counted(tokens: list[Token], i: int, data: LanguageReferences, lang: str, before: list[ActorMention],
             history: _History, taken: set[int]) -> tuple[int, list[str], str, str] | None:
    """ "die beiden Länder", "these two countries", "los tres gobiernos": n actors named before."""
    key = normalise(tokens[i].text)
    between = i > 0 and normalise(tokens[i - 1].text) in _PAIR_PREPOSITIONS
    if key in data.counted:
        n = data.counted[key]
    elif between and key in data.definite and i + 1 < len(tokens) and i + 1 not in taken \
            and _group_noun(tokens[i + 1], data) is not None \
            and normalise(tokens[i + 1].text) != normalise(tokens[i + 1].lemma) \
            and (i + 2 >= len(tokens) or normalise(tokens[i + 2].text) not in _OF | _GENITIVE_ARTICLES):
        n = 2  # "vermittelt zwischen den Nachbarn", "between the neighbours": a plural after "between" is a pair
    elif key in data.numbers and (not data.definite or i > 0 and normalise(tokens[i - 1].text) in data.definite):
        n = data.numbers[key]  # "the three countries"; "three countries" is new information
    else:
        return None
    j = i + 1
    if j < len(tokens) and normalise(tokens[j].text) in data.numbers:
        n = data.numbers[normalise(tokens[j].text)]  # "these two countries", "die beiden ... "
        j += 1
    bloc = None  # "die drei EU-Staaten", "the three EU states": the bloc's acronym only qualifies the noun
    if j + 1 < len(tokens) and j in taken and tokens[j].text.isupper():
        noun = j + 2 if tokens[j + 1].text == "-" and j + 2 < len(tokens) else j + 1
        if _group_noun(tokens[noun], data) is not None:
            j = bloc = noun
    region = _region_at(tokens, j, _phrase_starts(data, lang), lang) if j < len(tokens) and j not in taken else None
    if region is not None and region[0] < len(tokens) and not _region_as_noun(tokens, j, region[0], data):
        j = region[0]  # "the three European countries", "the two Gulf states": a region word before the noun
    for k in (j, j + 1):  # one adjective may stand before the noun: "die beiden verfeindeten Staaten"
        if k >= len(tokens) or k in taken and k != bloc:
            return None
        agent = _group_noun(tokens[k], data)
        if agent is not None:
            break
        if not tokens[k].text.isalpha() or tokens[k].text[:1].isupper() and lang not in ("de",):
            return None
    else:
        if not _pair_alone(tokens, i, j, n, data):
            return None
        k, agent = i, ""
    end = k + 1
    if region is None and data.region_after and agent is not None and k > i and end < len(tokens) \
            and end not in taken:
        # "les trois pays sahéliens", "los dos países bálticos": the region word after the noun
        region = _region_at(tokens, end, _phrase_starts(data, lang), lang)
        end = region[0] if region is not None else end
    here = before
    side = _is_side(tokens[k], data)
    addressed = side or _after_verb(tokens, i, data)
    if addressed and _addressed_by_subject(before, tokens, i):
        here = []  # "Qatar and Egypt urged the two sides to ...": the sides are the ones named before
    elif addressed and _apposed_subject(before, tokens, i):
        here = before[1:]  # "China, Pakistan's closest ally, urged both sides": the subject is none of them
    avoid: frozenset[str] = frozenset()
    if i > 0 and (between or normalise(tokens[i - 1].text) in _WITH) and before:
        # "Trump telefonierte mit beiden Regierungschefs", "met with both leaders", "vermittelt zwischen den
        # Nachbarn": whoever the sentence names before talks with the two, or between them, and is none of them
        avoid = frozenset(c[:3] for m in _partner(before, tokens) for c in members(m))
    # "the two countries / sides / neighbours / capitals" may be the article's two states; "the two presidents" are
    # people, the last two named together
    states = not agent or normalise(tokens[k].lemma) in _STATE_SEATS
    seen = _seen(here, tokens, data)
    codes = _clause_pair(tokens, i, n, seen, lang, data.definite) if states else None
    codes = codes or _met_just_before(n, before, history) \
        or (_office_holders_just_before(n, before, history) if _person_office(tokens[k], agent) else None) \
        or _latest(n, seen, history, states, sides=side, avoid=avoid)
    if side or normalise(tokens[k].lemma) in data.rivals or normalise(tokens[k].text) in data.rivals:
        codes = _without_mediators(n, codes, seen, history)  # "ending the fighting between the two neighbours"
    if region is not None:
        # "the two Southeast Asian neighbours": a list of the region's states, not the observers from elsewhere
        codes = _in_region(n, codes or [], region[1], seen, history)
    if not codes or not side and any(country_of(c) is None for c in codes):
        return None  # "les deux gouvernements" after "von der Leyen et Rutte": no organisation is a country
    codes = [c[:3] + agent for c in codes]
    return end, codes, COUNTED, REFERS + ",".join(codes)


def _region_as_noun(tokens: list[Token], start: int, after: int, data: LanguageReferences) -> bool:
    """"los tres europeos", "die drei Europäer": the region word is itself the noun (the states of that region),
    no adjective of a group noun after it."""
    return _group_noun(tokens[start], data) is not None \
        and all(_group_noun(tokens[k], data) is None for k in (after, after + 1) if k < len(tokens))


def _in_region(n: int, codes: list[str], names: tuple[str, ...], here: _Seen, history: _History) -> list[str] | None:
    """The states a counted phrase with a region word stands for: those found where all lie in the region's groups,
    else the latest list of n that does, in the sentence or the few before it, else none."""
    groups = reference_data().groups
    region = frozenset(c for name in names for c in groups.get(name, frozenset()))
    if codes and all(c[:3] in region for c in codes):
        return codes
    lists = [found for s in (here, *reversed(history.seen[-_AVOID_REACH:])) for found in reversed(s.lists)]
    exact = next((found for found in lists if len(found) == n and all(c[:3] in region for c in found)), None)
    # "le Mali, le Burkina Faso, le Niger, la Guinée et le Soudan ... les trois pays sahéliens": the region's n
    # states of the latest list that names that many of them
    return exact or next((kept for kept in (_of_region(found, region) for found in lists) if len(kept) == n), None)


def _of_region(found: list[str], region: frozenset[str]) -> list[str]:
    """The states of a list that lie in a region."""
    return [c for c in found if c[:3] in region]


def _clause_pair(tokens: list[Token], i: int, n: int, here: _Seen, lang: str,
                 definite: frozenset[str]) -> list[str] | None:
    """"Russia remains India's largest arms supplier, and the two countries describe their relationship as ...",
    "Russland ist Indiens größter Waffenlieferant, und beide Länder ...": a pair reference that opens a clause joined by
    "and" to one that names exactly two states, in no list, sums those two up (not a pair listed sentences before)."""
    start = i - 1 if i and normalise(tokens[i - 1].text) in definite else i  # "the two", "les deux"; "beide"
    words = speech_words(lang)
    if n != 2 or here.lists or len({c[:3] for c in here.countries}) != 2 or start < 2 or words is None \
            or normalise(tokens[start - 1].text) not in words.coordination:
        return None
    return here.countries


def _partner(before: list[ActorMention], tokens: list[Token]) -> list[ActorMention]:
    """Who talks with the two or mediates between them: the actor named last before the phrase, with those listed
    with it ("Kenia und Uganda vermitteln zwischen ..."), not one named earlier in the sentence ("Diplomats in Addis
    Ababa said the AU chairperson had spoken with both leaders": the AU)."""
    found = [before[-1]]
    for m in reversed(before[:-1]):
        gap = tokens[m.token_end:found[-1].token_start]
        if not gap or len(gap) > 2 or not all(normalise(t.text) in _LIST_GAPS for t in gap):
            break
        found.append(m)
    return found


def _pair_alone(tokens: list[Token], i: int, j: int, n: int, data: LanguageReferences) -> bool:
    """"Ambos firmaron un acuerdo": "both" alone, opening the sentence with a verb (a lower-case word that is
    no determiner) right after it, is the two actors named last."""
    return n == 2 and i == j - 1 == 0 and j < len(tokens) and tokens[j].text.isalpha() \
        and tokens[j].text.islower() and normalise(tokens[j].text) not in data.definite \
        and normalise(tokens[j].text) not in data.indefinite and normalise(tokens[j].text) not in _OF


def _the_sides(tokens: list[Token], i: int, data: LanguageReferences, before: list[ActorMention],
               history: _History, taken: set[int]) -> tuple[int, list[str], str, str] | None:
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
    if not data.definite and not ((i == 0 or _after_meeting_phrase(tokens, i)) and _next_to_verb(tokens, i, data)):
        return None  # "со стороны России", "призвал стороны": only the subject that opens the sentence
    here = [] if _addressed_by_subject(before, tokens, i) else before[1:] if _apposed_subject(before, tokens, i) \
        else before
    seen = _seen(here, tokens, data)
    codes = _without_mediators(2, _met_just_before(2, before, history) or _latest(2, seen, history, sides=True), seen,
                               history)
    if not codes:
        return None
    codes = [c[:3] for c in codes]
    return k + 1, codes, COUNTED, REFERS + ",".join(codes)


def _without_mediators(n: int, codes: list[str] | None, here: _Seen, history: _History) -> list[str] | None:
    """ "Les deux parties", "the two sides" never stand for a pair with a go-between in it ("... grâce à la médiation
    de Doha et d'Ankara. Doha et Ankara ont dépêché des équipes au Caire. L'UE a appelé les deux parties à ..."): where
    the pair found holds a state the article named as mediator or host, the latest list of n without one in this
    sentence or the last _LIST_RECENCY, else the article's two main states apart from the go-betweens."""
    apart = history.mediators | here.mediators
    if not codes or apart.isdisjoint(c[:3] for c in codes):
        return codes
    return _list_without(n, apart, here, history, _LIST_RECENCY) or (history.main_pair(apart) if n == 2 else None)


def _list_without(n: int, apart: frozenset[str], here: _Seen, history: _History, reach: int) -> list[str] | None:
    """The latest list of n countries none of which is `apart`, in the sentence (`here`) or the `reach` before it."""
    return next((found for s in (here, *reversed(history.seen[-reach:])) for found in reversed(s.lists)
                 if len(found) == n and apart.isdisjoint(c[:3] for c in found)), None)


_MEETING_HEADS: Final = frozenset({"итог", "итоги", "итогам", "результат", "результатам", "ход", "ходе"})


def _after_meeting_phrase(tokens: list[Token], i: int) -> bool:
    """"По итогам встречи стороны подписали", "В ходе переговоров стороны обсудили": the sides still open the
    clause after the phrase that names the meeting (preposition, head, the meeting's noun)."""
    return i == 3 and normalise(tokens[1].text) in _MEETING_HEADS


def _fixed_group(tokens: list[Token], i: int, data: LanguageReferences, groups: dict[str, frozenset[str]],
                 taken: set[int]) -> tuple[int, list[str], str, str] | None:
    """ "the Baltic states", "Страны Балтии", "les pays baltes": each country of a fixed geographic group."""
    first = normalise(tokens[i].text)
    for keys, name in data.fixed_groups:
        if keys[0] != first:
            continue
        end = i + len(keys)
        if end <= len(tokens) and not taken & set(range(i, end)) and all(
                normalise(tokens[i + k].text) == key for k, key in enumerate(keys)):
            codes = sorted(groups[name])
            return end, codes, MEMBERS, REFERS + ",".join(codes)
    return None


def _ahead(sentences: list[Sentence], mentions: list[list[ActorMention]], data: LanguageReferences,
           n: int) -> _Seen | None:
    """The next sentence's names: "Die Mitglieder der EAC ... Damit antworteten Kenia, Uganda und Tansania"."""
    if n + 1 >= len(sentences):
        return None
    return _seen(mentions[n + 1], sentences[n + 1].tokens, data)


def _members_of(tokens: list[Token], i: int, data: LanguageReferences, found: list[ActorMention],
                history: _History, ahead: Callable[[], _Seen | None]) -> tuple[int, list[str], str, str] | None:
    """ "die Mitglieder der AES", "the member states of ECOWAS", "les pays de l'AES", "члены НАТО": the
    organisation's members as the article lists them (two or more countries coordinated), each an actor.
    The list is sought in the sentence before, then in the one after; none there, the phrase stays the
    organisation. Where the sentence itself lists countries (right after the phrase: "Члены НАТО Эстония,
    Латвия и Литва"; before it: "Egypt and Ethiopia became members of BRICS"), they are the actors."""
    first = normalise(tokens[i].text)
    for keys in data.members_of:
        if keys[0] != first:
            continue
        end = i + len(keys)
        if end <= len(tokens) and all(normalise(tokens[i + k].text) == key for k, key in enumerate(keys)):
            break
    else:
        return None
    body = next((m for m in found if end <= m.token_start <= end + _ORG_GAP and m.kind == "organisation"), None)
    if body is None or any(m.token_start < body.token_start and m.token_end > i for m in found if m is not body) \
            or not all(t.text[:1].isupper() or t.text in ("-", "(") or normalise(t.text) in _LIST_GAPS
                       for t in tokens[end:body.token_start]):
        return None
    stop = body.token_end
    again = next((m for m in found if m.code == body.code and m.token_start in (stop, stop + 1)), None)
    if again is not None and all(t.text in ("(", ")") for t in tokens[stop:again.token_start]):
        stop = again.token_end
    if stop < len(tokens) and tokens[stop].text == ")" and "(" in (t.text for t in tokens[i:stop]):
        stop += 1  # "der Allianz der Sahel-Staaten (AES)": the closing bracket too
    if any(m.country and m.kind in _COUNTRY_KINDS for m in found if stop <= m.token_start <= stop + 1):
        return None  # "Члены НАТО Эстония, Латвия и Литва", "the members of the AES, Mali and Niger": named here
    if _seen([m for m in found if m.token_end <= i], tokens, data).lists:
        return None  # "Egypt and Ethiopia became members of BRICS": the members are the actors named here
    codes = next((found[0] for found in _member_lists(history, ahead) if found), None)
    if not codes:
        return None
    codes = [c[:3] for c in codes]
    return stop, codes, MEMBERS, REFERS + ",".join(codes)


def _member_lists(history: _History, ahead: Callable[[], _Seen | None]) -> Iterator[list]:
    """The lists of the sentence before, latest first, then those of the sentence after (read only if needed)."""
    yield history.seen[-1].lists[::-1] if history.seen else []
    after = ahead()
    yield after.lists if after else []


def _is_side(token: Token, data: LanguageReferences) -> bool:
    return normalise(token.lemma) in data.sides or normalise(token.text) in data.sides


def _after_verb(tokens: list[Token], i: int, data: LanguageReferences) -> bool:
    """"Перу и Боливия призвали обе страны к диалогу": a counted group right after the verb is its object, which the
    subject that opens the sentence does not address to itself (languages that list verb endings)."""
    return i > 0 and bool(data.pronoun_verb_endings) and normalise(tokens[i - 1].lemma).endswith(
        data.pronoun_verb_endings)


def _addressed_by_subject(before: list[ActorMention], tokens: list[Token], i: int) -> bool:
    """The sentence opens with the actors named before the phrase, and no comma stands between: they are the
    subject that addresses it ("Le Qatar et l'Égypte ont exhorté les deux parties"), not a list the phrase
    takes up ("Israël et le Hamas ont signé une trêve, les deux parties s'engageant à ...")."""
    if not before or before[0].token_start > 2:
        return False
    gap = tokens[before[-1].token_end:i]
    breaks = [k for k, t in enumerate(gap) if t.text in (",", ";", ":")]
    # "Qatar and Turkey, which brokered the truce between the two sides": a relative clause right after the opening
    # list is still the subject's act (not one after a later name: "..., a annoncé le ministère émirien, qui a salué")
    return not breaks or breaks == [0] and len(gap) > 1 and normalise(gap[1].text) in _RELATIVE_PRONOUNS \
        and all(normalise(t.text) in _LIST_GAPS for a, b in zip(before, before[1:], strict=False)
                for t in tokens[a.token_end:b.token_start])


def _apposed_subject(before: list[ActorMention], tokens: list[Token], i: int) -> bool:
    """"China, Pakistan's closest ally, urged both sides": the opening name, an apposition between two commas and the
    verb right after it; the subject addresses the sides and is none of them (the apposition's names may be one:
    "Saudi Arabia, which signed a pact with Pakistan, urged both sides": Pakistan and its adversary)."""
    if not before or before[0].token_start > 2:
        return False
    end = before[0].token_end
    commas = [k for k in range(end, i) if tokens[k].text == ","]
    return len(commas) == 2 and commas[0] == end and 0 < i - commas[1] <= _APPOSED_VERB


# words from the apposition's closing comma to the sides: ", urged both sides", ", called on the two"
_APPOSED_VERB: Final = 3
# "talked with both leaders": a partner's preposition
_WITH: Final = frozenset({"mit", "with", "con", "avec", "с", "со"})
_RELATIVE_PRONOUNS: Final = frozenset({"which", "who", "qui", "que", "quienes", "welche", "который", "которая",
                                      "которое",
                                "которые"})


def _they(tokens: list[Token], i: int, data: LanguageReferences, before: list[ActorMention],
          history: _History) -> tuple[int, list[str], str, str] | None:
    """ "Mali, Niger and Burkina Faso ... They": the list named in this sentence or the one before."""
    if normalise(tokens[i].text) not in data.plural_pronouns or i > 0 and normalise(
            tokens[i - 1].text) not in data.pronoun_after and not _next_to_verb(tokens, i, data):
        return None  # only a clause's subject: "what they perceive" is not the list acting
    if _is_side(tokens[i], data) and _after_verb(tokens, i, data) and _addressed_by_subject(before, tokens, i):
        # "Франция и Саудовская Аравия призвали стороны соблюдать перемирие": the subject that opens the sentence
        # addresses the sides of the story, it is none of them (as "призвали обе стороны", `_counted`)
        alone = _seen([], tokens, data)
        sides = _without_mediators(2, _latest(2, alone, history, sides=True), alone, history)
        return (i + 1, [c[:3] for c in sides], COUNTED, REFERS + ",".join(c[:3] for c in sides)) if sides else None
    seen = [_seen(before, tokens, data), *_last_naming(history)]
    found = next((lists[-1] for lists in (s.lists for s in seen) if lists), None)
    if not found:
        return None
    return i + 1, found, "references:pronoun", REFERS + ",".join(found)


_QUIET_REACH: Final = 3  # sentences back "they" looks past sentences that name no one for the one before


def _last_naming(history: _History) -> list[_Seen]:
    """The latest sentence that names an actor, past a few that name no one (a quotation, "the statement warned"):
    "The ministers of A, B and C met. They condemned ... 'This will not stand,' the statement said. They called on
    ...": the pronoun still stands for the list, since no other party came between."""
    return next(([seen] for seen in history.seen[:-_QUIET_REACH - 1:-1] if seen.mentions), [])


# the definite articles of a plural noun: "the ministers", "die Regierungen", "los cancilleres", "les ministres" (not
# "des ministres", some of them; not German "den", which is also a singular's: "den Präsidenten")
_PLURAL_ARTICLES: Final = frozenset({"the", "die", "los", "las", "les"})
# the offices whose plural stands for the states of a list: ministers, leaders, presidents, governments (the
# `group_nouns` with agent GOV, as `normalise` spells them); not "les autorités", "die Behörden" (one state's, most
# often: "the authorities" of the place the sentence tells of), not regimes, juntas, capitals or people
_OFFICES: Final = frozenset({"government", "leader", "president", "minister",
                      "regierung", "staatschef", "staatsoberhaupt", "prasident", "regierungschef", "aussenminister",
                      "gobierno", "presidente", "mandatario", "lider", "dirigente", "canciller", "ministro",
                      "gouvernement", "dirigeant", "ministre", "правительство", "лидер", "президент", "министр"})
# the offices a person holds ("the two leaders"), not "the two governments"
_PERSON_OFFICES: Final = _OFFICES - {"government", "regierung", "gobierno", "gouvernement", "правительство"}


def _office_holders(tokens: list[Token], i: int, data: LanguageReferences, before: list[ActorMention],
                    history: _History, taken: set[int]) -> tuple[int, list[str], str, str] | None:
    """ "Kenya, Uganda and Tanzania met in Arusha. The ministers condemned ...", "Les ministres ont condamné",
    "Los cancilleres condenaron", "Министры осудили": a definite plural office noun with no number and no owner
    (no "of"), the subject of its clause, stands for the offices of the list named in this sentence or the one
    before, as "they" does (`_they`); "these ministers" and "the two ministers" are `_counted`."""
    j = i + 1 if data.definite else i  # (Russian has no article: the noun opens the phrase)
    if data.definite and normalise(tokens[i].text) not in _PLURAL_ARTICLES \
            or not data.definite and i > 0 and normalise(tokens[i - 1].text) not in data.pronoun_after \
            and not _subject_after_fronted_phrase(tokens, i, data):
        return None
    if j < len(tokens) and normalise(tokens[j].text) in data.numbers:
        return None  # "the three ministers", "die drei Militärregierungen": `_counted`
    heads = _heads_of_government(tokens, j, data, taken)
    if not heads and j < len(tokens) and j not in taken and tokens[j].text.isalpha() and tokens[j].text.islower() \
            and j + 1 < len(tokens) and _group_noun(tokens[j], data) is None:
        j += 1  # one adjective: "the foreign ministers", "los cancilleres" has none
    if heads:
        j += 1  # "главы правительств подписали": the heads, with the office they head
    elif j >= len(tokens) or j in taken or _group_noun(tokens[j], data) != "GOV":
        return None
    else:
        noun, lemma = normalise(tokens[j].text), normalise(tokens[j].lemma)
        if noun == lemma and not _unchanged_plural(normalise(tokens[i].text), noun) or lemma not in _OFFICES:
            return None  # a singular ("the minister": `_roles_by_antecedent`), or no office of a state's
    if j + 1 < len(tokens) and normalise(tokens[j + 1].text) in _OF | _GENITIVE_ARTICLES or _owner_follows(
            tokens, j, data, taken):
        return None  # "the ministers of the two countries", "Министры иностранных дел четырёх стран": owner named
    seen = [_seen(before, tokens, data), *_last_naming(history)]
    found = next((lists[-1] for lists in (s.lists for s in seen) if lists), None) or _met_in_office(before, history)
    named = _office_named_with_state(normalise(tokens[j].text), [*seen, *history.seen[:-_COUNT_REACH - 1:-1]]) \
        if data.lang == "en" else None
    if named is not None and named.code[:3] not in {c[:3] for c in found or ()}:
        return j + 1, [named.code], COUNTED, REFERS + named.code
    if not found:
        bloc = None if before or heads else _bloc_office_holders(normalise(tokens[j].lemma), history)
        return None if bloc is None else (j + 1, [bloc.code], _BLOC_OFFICE, f"the office holders of {bloc.surface!r}")
    codes = [c[:3] + "GOV" for c in found]
    return j + 1, codes, COUNTED, REFERS + ",".join(codes)


def _office_named_with_state(plural: str, seen: list[_Seen]) -> ActorMention | None:
    """ "Five states sanctioned two Israeli ministers. ... the ministers' rhetoric": the plural office noun repeats
    the office holders named by that plural with their state in this sentence or the few before (the dictionary's
    "roles:" entry of "Israeli ministers"), not the offices of the list of states that acted on them (a state of that
    list keeps the list: "the Kenyan and Ugandan ministers met. The ministers ..."). English only: the entries of
    the other languages' offices are not spelled by the plural as written."""
    return next((m for here in seen for m in reversed(here.mentions) if m.kind != "organisation" and m.country
                 and any(part.startswith("roles:") and part.rsplit(":", 1)[-1] == plural
                         for part in (m.entry or "").split("+"))), None)


_BLOC_OFFICE: Final = "references:bloc_office"  # the entry of "the ministers" who stand for an organisation


def _bloc_office_holders(office: str, history: _History) -> ActorMention | None:
    """ "GCC foreign ministers met in Riyadh. ... The ministers urged Iran to ...", "Les ministres des Affaires
    étrangères de l'Asean ... Les ministres ont condamné": with no list of states to stand for, the plural office
    noun that opens its sentence is the office holders of an organisation named so a few sentences before (the
    dictionary's "orgs:...+roles:..." entry, or such a reference read before), the latest so named."""
    return next((m for seen in history.seen[:-_ROLE_REACH - 1:-1] for m in reversed(seen.mentions)
                 if m.entry == _BLOC_OFFICE or _holds_office_of(m, office)), None)


def _holds_office_of(m: ActorMention, office: str) -> bool:
    """An organisation's office holders by name: "ASEAN foreign ministers", "министры иностранных дел АСЕАН"."""
    return m.kind == "organisation" and any(
        part.startswith("roles:") and office in part.rsplit(":", 1)[-1] for part in (m.entry or "").split("+"))


# German offices whose plural is their singular ("die Minister", "die Außenminister"): masculine nouns, so "die" before
# one is the plural's article (the feminine office is "die Ministerin")
_UNCHANGED_PLURALS: Final = frozenset({"minister", "aussenminister"})


def _owned(tokens: list[Token], j: int, data: LanguageReferences) -> bool:
    """"die Außenminister beider Staaten", "die Minister der Region": an owner after the office noun, read as
    `_office_holders` reads it (no list then stands for the noun)."""
    return j + 1 < len(tokens) and normalise(tokens[j + 1].text) in _OF | _GENITIVE_ARTICLES \
        or _owner_follows(tokens, j, data, set())


def _unchanged_plural(article: str, noun: str) -> bool:
    """"Die Minister unterzeichneten ...": the article, not the noun's ending, says it is a plural."""
    return article == "die" and noun in _UNCHANGED_PLURALS


def _heads_of_government(tokens: list[Token], j: int, data: LanguageReferences, taken: set[int]) -> bool:
    """"По итогам встречи главы правительств подписали": a plural head noun followed by the genitive plural of a
    government or a state (the language's `office_heads`) is an office noun of its own."""
    if j + 1 >= len(tokens) or {j, j + 1} & taken:
        return False
    return normalise(tokens[j + 1].text) in data.office_heads.get(normalise(tokens[j].text), frozenset())


def _met_in_office(before: list[ActorMention], history: _History) -> list[str] | None:
    """"Abdelatty held talks with Lavrov in Moscow. The ministers called on ...", "Министры призвали ...": with no
    list to stand for, the plural office noun that opens its sentence stands for the states whose office holders the
    sentence before names, each by a person in office (as "the two leaders" does, `_met_just_before`)."""
    if before or not history.seen:
        return None
    return _met_just_before(len(history.seen[-1].countries), before, history)


def _subject_after_fronted_phrase(tokens: list[Token], i: int, data: LanguageReferences) -> bool:
    """"По итогам встречи министры подписали": after a fronted phrase with no comma, the office noun is still the
    subject when it has a nominative plural's ending and its verb follows within a few words (not the genitive of
    "визиты лидеров в регион прокомментировали")."""
    return tokens[i].text.endswith(_NOMINATIVE_PLURAL) and not any(t.text == "," for t in tokens[:i]) \
        and not _after_verb(tokens, i, data) and _next_to_verb(tokens, i, data)


_NOMINATIVE_PLURAL: Final = ("ы", "и")  # "министры", "лидеры", "президенты" (not "министров", "лидеров")


def _owner_follows(tokens: list[Token], j: int, data: LanguageReferences, taken: set[int]) -> bool:
    """A name or a number right after the office noun, before its verb: its owner ("die Außenminister Kenias",
    "Министры иностранных дел Египта", "... четырёх стран"), not the object of what they did ("The ministers condemned
    Sudan"). Without an article (Russian), the owner may follow the noun's own words ("иностранных дел")."""
    for k in range(j + 1, min(len(tokens), j + (_VERB_REACH + 1 if not data.definite else 2))):
        if k in taken or normalise(tokens[k].text) in data.numbers or normalise(tokens[k].text) in data.counted:
            return True  # (a counted owner: "die Regierungschefs beider Länder")
        if data.pronoun_verb_endings and normalise(tokens[k].lemma).endswith(data.pronoun_verb_endings):
            return False
    return False


_VERB_REACH: Final = 3  # "Стороны также обсудили", "Стороны «решительно осудили»": words before the subject's verb


def _next_to_verb(tokens: list[Token], i: int, data: LanguageReferences) -> bool:
    """"По итогам встречи стороны договорились", "призвал стороны к ...": a verb right before, or after the phrase
    with at most an adverb or two and quotation marks between ("Стороны «решительно осудили» ...")."""
    if not data.pronoun_verb_endings:
        return False
    if i > 0 and normalise(tokens[i - 1].lemma).endswith(data.pronoun_verb_endings):
        return True
    for j in range(i + 1, min(len(tokens), i + 1 + _VERB_REACH)):
        if normalise(tokens[j].lemma).endswith(data.pronoun_verb_endings):
            return True
        if not tokens[j].text.isalpha() and tokens[j].text not in QUOTE_MARKS or tokens[j].text[:1].isupper():
            return False  # a comma, or a name: the phrase is no subject of a verb after it
    return False


def _group_noun(token: Token, data: LanguageReferences) -> str | None:
    for form in (normalise(token.lemma), normalise(token.text)):
        if form in data.group_nouns:
            return data.group_nouns[form]
    return None


def _latest(n: int, here: _Seen, history: _History, states: bool = True, sides: bool = False,
            avoid: frozenset[str] = frozenset()) -> list[str] | None:
    """The latest coordinated list of n countries (any length ≥ 2 for n = 0), else the sentence itself or
    the one before it if it names exactly n: "Mali, Burkina Faso y Níger ... los tres países", else `_read_back`.
    The sentence (`here`, before the phrase) is read first, then the latest earlier one with such a list (the
    history's index: reading back until one has grew with the square of an article that has none)."""
    if avoid:  # the latest list of n without the partner, in the sentence or a few before, else the last ones named
        return _list_without(n, avoid, here, history, _AVOID_REACH) or _read_back(n, history, avoid)
    named = {c[:3] for c in here.countries}
    if here.lists == [] and n >= 2 and _persons_name(here) == n == len(here.countries):
        return here.countries  # "Jaishankar held talks with Lavrov in Moscow and the two sides signed": the two met
    for s in (here, history.latest_with_list(n)):
        if s is None:
            continue
        if states and s is not here and n == 2 and (history.age_of_list(n) or 0) > _LIST_RECENCY \
                and not any(len(found) == n for found in here.lists):
            # "Pakistan-Afghanistan ... sous médiation turque et qatarie ... [four sentences] ... a appelé les deux
            # voisins à": a pair listed sentences ago yields to the two states the article is about (not for
            # people: "the two presidents" are the two who met, however often their adversary is named)
            main = history.main_pair()
            if main is not None:
                return main
        fitting = [found for found in reversed(s.lists) if len(found) == n or n == 0]
        if sides and fitting and any(f in s.between for f in fitting):
            # "Egypt and Qatar mediate between Armenia and Azerbaijan ... both sides": the pair after "between",
            # not the mediators, whoever reports it
            return next(f for f in fitting if f in s.between)
        if fitting:
            # "the foreign ministers of the two countries" after "Chinese ...": the list with China in it
            return next((f for f in fitting if named & {c[:3] for c in f}), fitting[0])
    for s in (here, *history.seen[-1:]):
        if n and len(s.countries) == n:
            return s.countries
    return _read_back(n, history) if n else None


def _met_just_before(n: int, before: list[ActorMention], history: _History) -> list[str] | None:
    """"Xi received Modi on Sunday. The two leaders agreed ...", "Trump held a summit with Lee. The two allies
    also ...": a phrase that opens its sentence (no actor named before it: not "Guterres urged both sides", the sides
    of the conflict) right after a sentence that names exactly n states, each by a person in office, stands for those
    who met there, not for an older list of n."""
    if n < 2 or before or not history.seen:
        return None
    last = history.seen[-1]
    return last.countries if _persons_name(last) == n == len(last.countries) else None


def _person_office(token: Token, agent: str) -> bool:
    """ "the two leaders", "les deux dirigeants", "die beiden Präsidenten": an office held by a person, not "the two
    governments" (the states of a list as well)."""
    return agent == "GOV" and normalise(token.lemma) in _PERSON_OFFICES


def _office_holders_just_before(n: int, before: list[ActorMention], history: _History) -> list[str] | None:
    """"Macron received Carney, who chose Paris and London for his first trip abroad, ... The two leaders signed":
    a phrase for people in office that opens its sentence stands for the first n such people the sentence before
    named, each of another state (they met or spoke there; a list of capitals or a third leader named after them is
    what was said of them), not for the latest list of n states. None where one of those n is of no state."""
    if n < 2 or before or not history.seen:
        return None
    holders: list[str] = []
    for m in history.seen[-1].mentions:
        state = country_of(m.code) if m.kind == "leader" else None
        if m.kind == "leader" and state not in holders:
            if state is None:
                return None  # "Guterres met Putin", "Modi and von der Leyen": an organisation's head is no state's
            holders.append(state)
            if len(holders) == n:
                return holders
    return None


def _persons_name(here: _Seen) -> int:
    """How many countries the sentence so far names only by people in office ("Cypriot President Christodoulides
    hosted German Chancellor Merz ..., where the two leaders discussed"): two officials named before "the two
    sides" or "the two leaders" in one sentence met there; a state's name alone may be a side of an older conflict."""
    by_person = {m.country[:3] for m in here.mentions if m.country and _person_in_office(m)}
    return len(by_person) if by_person == {c[:3] for c in here.countries} else 0


def _person_in_office(m: ActorMention) -> bool:
    """A leader of the dictionary, or an office with a name the dictionary lacks ("с ливанским коллегой Юссефом
    Раджи", "his counterpart Karim Haddad": the role word and the person, as surnames.py reads them)."""
    return m.kind == "leader" or m.kind == "agent" and m.note.startswith(PERSON_NOTE)


# group nouns that name a state by its seat
_STATE_SEATS: Final = frozenset({"capitale", "capital", "столица", "hauptstadt"})
_BODY_NAME: Final = 3  # words between a body's noun and its name ("die Gemeinschaft karibischer Staaten Caricom")
_AVOID_REACH: Final = 5  # sentences back "mit beiden ..." looks for the two its partner talks with
_LIST_RECENCY: Final = 2  # sentences back a list of two stays "the two countries" whatever else the article names
_MAIN_PAIR_SENTENCES: Final = 3  # sentences the second of an article's two main states must be named in
_COUNT_REACH: Final = 3  # earlier sentences whose countries together may make up "the two governments"


def _read_back(n: int, history: _History, avoid: frozenset[str] = frozenset()) -> list[str] | None:
    """The n countries the last sentences name together, read back until they are n (within _COUNT_REACH, never
    more than n on the way): "Mexico granted asylum to a Peruvian minister. Peru protested. Brazil offered to mediate
    between the two governments" (Peru, then Mexico). The sentence of the phrase itself is left out: its subject
    most often acts on the two ("Brazil")."""
    found: list[str] = []
    for s in reversed(history.seen[-_COUNT_REACH:]):
        found += [c for c in s.countries if all(c[:3] != f[:3] for f in found) and c[:3] not in avoid]
        if len(found) > n:
            return None
        if len(found) == n:
            return found
    return None


def _own(tokens: list[Token], i: int, data: LanguageReferences, before: list[ActorMention],
         history: _History, taken: set[int]) -> tuple[int, list[str], str, str] | None:
    """ "sein Land", "his government", "su país": the country of the actor named just before."""
    j = i + 1
    if j >= len(tokens) or j in taken:
        return None
    head = data.own_heads.get(normalise(tokens[i].text))
    if head is not None and normalise(tokens[j].text) in data.own_genitives:
        return _country_body(tokens, i, head, before)
    if normalise(tokens[i].text) not in data.own:
        return None
    agent = data.own_nouns.get(normalise(tokens[j].text))
    if agent is None:
        return None
    owner = _owner(before, agent)
    if owner is None and history.seen:
        owner = history.seen[-1].first
    if owner is None or not owner.country:
        return None
    code = owner.country + agent
    return j + 1, [code], OWN, f"the own country of {owner.surface!r}"


# who may own "his country": a person or a body speaks of its state; a state has no country of its own
_SPEAKER_KINDS: Final = ("leader", "agent")


def _owner(before: list[ActorMention], agent: str) -> ActorMention | None:
    """The actor whose state "sein Land", "his country", "своей страны" is: the latest named before it, but for the
    country itself (no agent) the latest person or body where the sentence named one ("Starmer nannte Deutschland
    einen der engsten Verbündeten seines Landes": Britain, not Germany, which has no country of its own)."""
    named = [m for m in reversed(before) if m.country and m.kind in _COUNTRY_KINDS]
    speaker = None if agent else next((m for m in named if m.kind in _SPEAKER_KINDS), None)
    return speaker or next(iter(named), None)


_BARE_KINDS: Final = ("country", "adjective", "place")  # not a capital: "Вашингтон грозит", the government that speaks


def _country_body(tokens: list[Token], i: int, agent: str, before: list[ActorMention]
                  ) -> tuple[int, list[str], str, str] | None:
    """ "Мексика избежала пошлин, но Трамп грозит ввести их, если власти страны не ...", "пригрозил Мексике, если
    руководство страны не ...": the body of "the country" is that of the state the sentence named last by its name
    (not a leader's, a capital's or a body's state, which speak of it), else of the latest state it named; none where
    the sentence named no state before it (left to the other readings)."""
    named = [m for m in before if m.country and m.kind in _COUNTRY_KINDS]
    owner = next((m for m in reversed(named) if m.kind in _BARE_KINDS), named[-1] if named else None)
    if owner is None or not owner.country:
        return None
    surface = " ".join(t.text for t in tokens[i:i + 2])
    return i + 2, [owner.country + agent], OWN, f"{surface!r}: the state the sentence named ({owner.surface!r})"


_NEIGHBOUR_REACH: Final = 2  # earlier sentences in which the other state of "соседняя страна" may be named


def _neighbour(tokens: list[Token], i: int, data: LanguageReferences, lang: str, before: list[ActorMention],
               history: _History, taken: set[int]) -> tuple[int, list[str], str, str] | None:
    """ "Король Марокко призвал соседнюю страну к диалогу", "угрожал войной с соседней страной": a neighbour named by
    its description is the other state of the story: of the countries the last sentences named, the latest named that
    the sentence has not named before the phrase (its own state is the neighbour's neighbour; "Китай направил помощь
    Мьянме. Индия также оказала соседней стране помощь": Myanmar, the one spoken of last). Singular only ("соседние
    страны" are several), and only where the sentence has named its own state before the phrase. Spanish names it by
    the noun alone after a determiner ("Quito suspendió la venta de electricidad a su vecino")."""
    j = i + 1
    named = [c[:3] for m in before if m.country and m.kind in _COUNTRY_KINDS for c in members(m)]
    if i > 0 and normalise(tokens[i].text) in data.neighbour_nouns \
            and normalise(tokens[i - 1].text) in data.neighbour_determiners:
        # "a su vecino", "al vecino del norte": the noun alone (singular: "sus vecinos" are several), where the
        # sentence has named one state before it (with two, "A acusó a B y pidió a su vecino" and "A acusa a B y B
        # reprocha a su vecino" read differently: left to the other readings)
        if len(set(named)) != 1:
            return None
        j = i
    elif j >= len(tokens) or j in taken or _forms(tokens[i], lang).isdisjoint(data.neighbours) \
            or normalise(tokens[i].text).endswith(_RU_PLURAL) \
            or not any(keys == (normalise(tokens[j].text),) for keys, _groups in data.country_nouns):
        return None
    own = set(named)
    if not own:
        return None
    other_here = _neighbour_in_sentence(tokens, i, before)
    if other_here is not None:
        surface = " ".join(t.text for t in tokens[i:j + 1])
        return j + 1, [other_here], "references:description", f"{surface!r}: the other state of the sentence"
    for seen in reversed(history.seen[-_NEIGHBOUR_REACH:]):
        other = next((c[:3] for c in reversed(seen.countries) if c[:3] not in own), None)
        if other is not None:
            surface = " ".join(t.text for t in tokens[i:j + 1])
            return j + 1, [other], "references:description", f"{surface!r}: the other state of the story"
    return None


_CLAUSE_MARKS: Final = frozenset({",", ";", ":", "—", "–"})


def _neighbour_in_sentence(tokens: list[Token], i: int, before: list[ActorMention]) -> str | None:
    """ "Таиланд применил авиацию, камбоджийская армия обстреливала районы соседней страны": where the clause of the
    phrase names one state and the sentence named another before that clause, the neighbour is that other state, not
    a third one (a host or mediator) of the sentences before."""
    cut = next((k for k in range(i - 1, -1, -1) if tokens[k].text in _CLAUSE_MARKS), None)
    if cut is None:
        return None
    clause = {c[:3] for m in before if m.token_start > cut and m.country and m.kind in _COUNTRY_KINDS
              for c in members(m)}
    if len(clause) != 1:
        return None
    earlier = [c[:3] for m in before if m.token_end <= cut and m.country and m.kind in _COUNTRY_KINDS
               for c in members(m) if c[:3] not in clause]
    return earlier[-1] if earlier else None


def _body(tokens: list[Token], i: int, data: LanguageReferences, lang: str, before: list[ActorMention],
          history: _History, found: list[ActorMention]) -> tuple[int, list[str], str, str] | None:
    """ "the bloc", "das Bündnis", "el bloque", "l'Alliance", "альянс": the organisation named last, within a
    few sentences; "das Gericht", "the court", "la Cour": the court named last (not another organisation: "the
    court" after the EU is some court of a member state). Only after a definite article where the language has
    them ("a bloc" is new), and not before its own name ("the alliance of Sahel states")."""
    forms = _forms(tokens[i], lang)
    armed = bool(forms & data.group_bodies)
    court = bool(forms & data.courts)
    agency = bool(forms & data.agencies)
    by_name = not forms & data.bodies and bool(forms & data.name_heads)
    if not armed and not court and not agency and not by_name and not forms & data.bodies:
        return None
    if not armed and _plural_form(tokens[i], lang):
        return None  # "des organisations non gouvernementales", "the blocs": several bodies, not the one named last
    elided = "'" in normalise(tokens[i].text)[:3]
    plain = _article_before_body(tokens, i, data, data.definite)
    contracted = not plain and _article_before_body(tokens, i, data, data.title_articles)  # "del bloque"
    if data.definite and not elided and not plain and not contracted \
            and not (armed and _attribute_after_article(tokens, i, data)):
        return None
    if i > 0 and not armed and data.body_adjective_endings \
            and normalise(tokens[i - 1].lemma).endswith(data.body_adjective_endings):
        return None  # "международное сообщество": a description of its own ("шиитская группировка" describes the
        # armed group named last)
    end = i + 1
    named = {m.token_start for m in found}
    capital = lang != "de"  # German nouns are all capitalised: there only a name found counts
    if end < len(tokens) and (end in named or capital and tokens[end].text[:1].isupper() or normalise(
            tokens[end].text) in _OF and end + 1 < len(tokens) and (
            end + 1 in named or capital and tokens[end + 1].text[:1].isupper())):
        return None  # "the alliance of Sahel States", "das Bündnis Brics": a name of its own follows
    own = next((m.token_start for m in found if m.kind == "organisation" and end < m.token_start <= end + _BODY_NAME
                and all(t.text[:1].isalnum() for t in tokens[end:m.token_start])), None)
    if own is not None:
        return None  # "die Gemeinschaft karibischer Staaten Caricom": the phrase ends in the body's own name
    kind = "group" if armed else "organisation"
    courts, alliances, agencies = reference_data().court_codes, reference_data().alliance_codes, \
        reference_data().agency_codes
    alliance = bool(forms & data.alliances)  # "вступили в альянс": NATO named before, not the EU named last

    def fits(m: ActorMention) -> bool:
        # (an armed group operates in a country: "die Milizen" are no crew of the drug boats named before, CRM alone)
        return m.kind == kind and (not armed or bool(m.country)) and (not court or m.code in courts) \
            and (not alliance or m.code in alliances) and (not agency or m.code in agencies) \
            and (not by_name or _name_has_head(m.surface, forms, lang))

    def office(m: ActorMention) -> bool:  # "Генсек НАТО Марк Рютте заявил о солидарности альянса": the body's office
        return kind == "organisation" and m.kind in ("leader", "agent") and not m.country and bool(m.code) \
            and not by_name
    here = [m for m in reversed(before) if fits(m) or office(m)]
    if contracted and any(m.kind == "organisation" for m in found):
        return None  # "miembro de la ASEAN, es miembro del bloque", "el proteccionismo del bloque ... si el Mercosur":
        # the bloc of a prepositional phrase may be the story's, not one the sentence names
    # a word of the organisation's own name may stand for it further back (no other body has that name), as far as
    # a bare title looks for its office's holder: a bounded look-back, not the whole article per mention
    reach = history.seen[:-(_ARTICLE_REACH if by_name else _ROLE_REACH) - 1:-1]
    body = here[0] if here else _sole_body([m for m in reversed(s.mentions) if fits(m)] for s in reach)
    if body is None:
        return None
    return end, [body.code], "references:body", f"{tokens[i].text!r}: the {kind} named last ({body.surface!r})"


# words after an institution's noun that open a phrase of its own ("the Commission on Human Rights", "la Commission
# d'enquête", "die Kommission für Menschenrechte"): then it is another body
_OWN_PHRASE: Final = _OF | frozenset(normalise(w) for w in (
    "for", "on", "für", "zur", "zum", "vom", "der", "des", "pour", "sur", "para", "sobre"))


def _institution(tokens: list[Token], i: int, data: LanguageReferences, lang: str, before: list[ActorMention],
                 history: _History) -> tuple[int, list[str], str, str] | None:
    """"die Kommission", "the Commission", "la Comisión": the EU's executive by its office, where the article has
    named the EU before (an organisation's body named by a word of `institutions`). Only after a definite article,
    written with a capital ("la commission électorale" is another), and not before a phrase of its own."""
    code = next((data.institutions[w] for w in _forms(tokens[i], lang) if w in data.institutions), None)
    if code is None or not tokens[i].text[:1].isupper():
        return None
    elided = "'" in normalise(tokens[i].text)[:3]
    if not elided and (i == 0 or normalise(tokens[i - 1].text) not in data.definite):
        return None
    end = i + 1
    if end < len(tokens) and (normalise(tokens[end].text) in _OWN_PHRASE or normalise(tokens[end].text)[:2] == "d'"):
        return None
    if not any(m.code == code for m in before) and not history.names_code(code):
        return None
    note = f"the body of {code} by its office ({tokens[i].text!r}), {code} named in the article"
    return end, [code], "references:institution", note


def _name_has_head(surface: str, forms: frozenset[str], lang: str) -> bool:
    """Whether an organisation's name has the body word in it: "the forum" for the Pacific Islands Forum, "la
    organización" for the Organización de Estados Túrquicos, "der Initiative" for the Drei-Meere-Initiative."""
    words = {normalise(w) for w in surface.replace("-", " ").split()}
    return bool((words | {fold(w, lang) for w in words}) & forms)


def _sole_body(by_sentence: Iterable[list[ActorMention]]) -> ActorMention | None:
    """The body the nearest earlier sentence that names any names, where it names one: after "the EU and Mercosur
    met", "the bloc" may be either. (`by_sentence` is read lazily, nearest first: it stops at that sentence.)"""
    nearest = next((bodies for bodies in by_sentence if bodies), [])
    return nearest[0] if len({m.code for m in nearest}) == 1 else None


# words a body's modifiers may take between the article and the noun ("the 27 - member bloc")
_BODY_MODIFIERS: Final = 4


_S_PLURALS: Final = frozenset({"en", "es", "fr"})  # languages whose nouns take -s/-x in the plural


def _plural_form(token: Token, lang: str) -> bool:
    """A body word in the plural ("organisations", "blocs", "alianzas"): the lemma lacks the ending the form has."""
    text, lemma = normalise(token.text), normalise(token.lemma)
    return lang in _S_PLURALS and text.endswith(("s", "x")) and not lemma.endswith(("s", "x"))


def _article_before_body(tokens: list[Token], i: int, data: LanguageReferences, articles: frozenset[str]) -> bool:
    """A definite article before the body word, directly or across words of `body_modifiers`, numerals and hyphens:
    "the bloc", "the regional bloc", "the 27-member bloc", "das westafrikanische Bündnis"; not "an alliance", not
    "the opposition alliance" (a modifier the language does not list: another body, not the organisation). The
    articles are `definite`, or `title_articles` with the contracted ones ("del bloque", "al bloque")."""
    j = i - 1
    while j >= 0 and i - j <= _BODY_MODIFIERS and (normalise(tokens[j].text) in data.body_modifiers
                                                     or tokens[j].text.isdigit() or tokens[j].text == "-"):
        j -= 1
    return j >= 0 and normalise(tokens[j].text) in articles


def _attribute_after_article(tokens: list[Token], i: int, data: LanguageReferences) -> bool:
    """"Die vom Iran unterstützte Miliz": an extended attribute (no comma in it) between the article and the noun."""
    for j in range(i - 1, max(-1, i - 7), -1):
        if tokens[j].text in (",", ";", ":", ".", "–", "—"):
            return False
        if normalise(tokens[j].text) in data.definite:
            return j < i - 1
    return False


_SHORT_NAME: Final = 4  # letters a head word needs to stand for its organisation ("the Commission", not "the EU")


def _short_names(sentence: Sentence, found: list[ActorMention], data: LanguageReferences, history: _History,
                 taken: set[int], version: str) -> None:
    """ "la Commission", "the Union", "el Consejo", "the Court": a capitalised word after a definite article that is
    a word of the organisation named last with it, within a few sentences ("the European Commission ... the
    Commission"), stands for that organisation. Not before a name of its own ("the United States")."""
    recent = history.seen[:-_ROLE_REACH - 1:-1]
    if not any(s.organisation for s in recent) and not any(m.kind == "organisation" for m in found):
        return  # no organisation within reach for a word to stand for (most sentences): no token to read
    tokens = sentence.tokens
    for i, token in enumerate(tokens):
        text = known_key(token.text) or normalise(token.text)  # every token: a plain look-up first
        elided = "'" in text[:3] and len(text) > 3
        word = token.text.replace("’", "'").split("'", 1)[-1] if elided else token.text
        if i in taken or len(word) < _SHORT_NAME or not word[:1].isupper() or not word[1:].islower():
            continue
        if not elided and (not data.definite or i == 0 or normalise(tokens[i - 1].text) not in data.definite):
            continue
        if i + 1 < len(tokens) and (tokens[i + 1].text[:1].isupper() or i + 1 in taken):
            continue  # "the United States", "the Commission of ECOWAS"? its own name follows
        key = normalise(word)
        orgs = [m for m in reversed(found) if m.kind == "organisation" and m.token_end <= i] + [
            m for s in recent for m in reversed(s.mentions) if m.kind == "organisation"]
        body = next((m for m in orgs if key in _name_words(m.surface)), None)
        if body is None:
            continue
        found.append(_reference(sentence, i, i + 1, [body.code], "references:short_name",
                                f"{token.text!r}: a word of the organisation named last ({body.surface!r})", version))
        found.sort(key=_token_start)
        taken.add(i)


# words that open a name's complement: "Alliance des États du Sahel", "Organization of American States"
_COMPLEMENT_OPENERS: Final = frozenset({"de", "des", "du", "d", "of", "for", "del", "para", "der", "für", "von"})


def _name_words(surface: str) -> frozenset[str]:
    """The words of a name before its complement, without an elided article: "l'Union européenne" → union,
    européenne; "l'Alliance des États du Sahel" → alliance ("les États" are any states, not the alliance)."""
    words = [normalise(w).split("'", 1)[-1] for w in surface.replace("’", "'").replace("-", " ").split()]
    cut = next((n for n, w in enumerate(words) if n > 0 and w in _COMPLEMENT_OPENERS), len(words))
    return frozenset(words[:cut])


def _described(tokens: list[Token], i: int, data: LanguageReferences, lang: str, groups, before,
               history: _History,
               found: list[ActorMention], taken: set[int]) -> tuple[int, list[str], str, str] | None:
    """ "the Gulf kingdom", "el país caribeño", "l'Hexagone": the latest country that fits."""
    if i > 0 and normalise(tokens[i - 1].text) in data.indefinite:
        return None  # "an African country": new information, not a reference
    matched = _description(tokens, i, data, lang, taken) or _region_phrase(tokens, i, data, lang, taken)
    if matched is not None and matched[2] == (ANY,) and data.region_after:
        # "el país latinoamericano": the region after the noun makes "el país" a description of its own
        matched = _region_phrase(tokens, matched[0] - 1, data, lang, taken) or matched
    if matched is None:
        return None
    end, code, wanted = matched
    if _apposition(tokens, end, found) or not data.definite and _named_beside(tokens, i, end, taken):
        return None  # "die Ex-Sowjetrepublik Moldau", "the Gulf state of Qatar", "Коморских островов": a name
    surface = " ".join(t.text for t in tokens[i:end])
    if code:
        return end, [code], "references:description", f"{surface!r} names {code}"
    named = [groups[g] for g in wanted if g != ANY]
    if not named:  # "the country", "das Land": the country the text is about, named first in its sentence
        topic = next((m for m in before if m.country and m.kind in _COUNTRY_KINDS), None)
        other = _other_state(tokens, i, end, lang, before, history) if topic is not None else None
        if other is not None:
            return end, [other], "references:description", f"{surface!r}: the state the sentence's own acts on"
        topic = topic or history.first
        if topic is None or not topic.country:
            return None
        return end, [topic.country], "references:description", f"{surface!r}: the country the text is about"
    allowed = frozenset.intersection(*named)
    # the sentence's own countries before the phrase, latest first; else the one the earlier sentences named last
    chosen = next((c[:3] for m in reversed(before) if m.country and m.kind in _COUNTRY_KINDS for c in members(m)
                   if c[:3] in allowed), None) or history.latest_of(allowed)
    if chosen is None:
        return None
    return end, [chosen], "references:description", f"{surface!r}: the latest country named that fits"


# words before "the country" that make it what a state named before does something to, for or against: aid "to the
# country", troops withdrawn "aus dem Land", relations "con el país" (not "in the country", where a state may act at
# home; not "of the country", its own)
_ACTED_ON: Final = {
    "en": frozenset({"to", "into", "from", "against", "toward", "towards", "for", "with"}),
    "de": frozenset({"fur", "aus", "gegen", "mit", "zu", "nach", "an"}),  # (as `normalise` spells them)
    "es": frozenset({"a", "contra", "con", "hacia", "para", "desde"}),
    "fr": frozenset({"vers", "contre", "avec", "pour", "envers"}),
}
_ROMANCE_PLURALS: Final = frozenset({"les", "los", "las"})  # "les pays", "los países": a plural the lemma hides
_OTHER_REACH: Final = 3  # earlier sentences where the state acted on may be named


def _other_state(tokens: list[Token], i: int, end: int, lang: str, before: list[ActorMention],
                 history: _History) -> str | None:
    """ "Die Schweiz kündigte an, ihre Hilfe für das Land aufzustocken", "Washington froze its assistance to the
    country": where the sentence has named one state before the phrase and the phrase is what a preposition of
    `_ACTED_ON` governs (German "dem Land" alone too: a dative object), a state does something to, for or against
    another: the one the sentences before named first that is not it (within _OTHER_REACH). None where the sentence
    named two states before it (left to the first), or the phrase is no such object ("troops to the country's
    border": its own)."""
    word = normalise(tokens[i - 1].text) if i > 0 else ""
    if end < len(tokens) and tokens[end].text in _POSSESSIVE:
        return None
    dative = lang == "de" and normalise(tokens[i].text) == "dem" and word not in _LOCATIVE_DE
    if word not in _ACTED_ON.get(lang, frozenset()) and not dative or normalise(tokens[i].text) in _ROMANCE_PLURALS:
        return None  # (and not "avec les pays concernés": several)
    own = {country_of(c) for m in before for c in members(m)}
    if len(own) != 1 or None in own:
        return None  # "Die Ecowas hatte ... in Niger ... Sanktionen gegen das Land verhängt": the bloc acts on it
    for seen in reversed(history.seen[-_OTHER_REACH:]):
        other = next((c[:3] for c in seen.countries if c[:3] not in own), None)
        if other is not None:
            return other
    return None


_LOCATIVE_DE: Final = frozenset({"in", "bei", "von", "vor", "auf", "unter", "uber", "hinter", "neben", "zwischen"})


def _named_beside(tokens: list[Token], i: int, end: int, taken: set[int]) -> bool:
    """Without articles (Russian) a kind of state with a name beside it is that name's, not a reference: a name
    found right before it ("Коморских островов"), or a capitalised word right after it, found or not ("у острова
    Лусон", "острова Спратли": an island of its own, not the island state named last)."""
    return i - 1 in taken or end < len(tokens) and tokens[end].text[:1].isupper()


def _description(tokens: list[Token], i: int, data: LanguageReferences, lang: str,
                 taken: set[int]) -> tuple[int, str | None, tuple[str, ...]] | None:
    for d in _phrase_starts(data, lang).descriptions_at(tokens, i):
        end = i + len(d.keys)
        if end <= len(tokens) and not taken & set(range(i, end)) and _fits(d, tokens, i, lang):
            return end, d.code, d.groups
    return None


def _fits(d: Description, tokens: list[Token], i: int, lang: str) -> bool:
    last = len(d.keys) - 1
    for k, key in enumerate(d.keys):
        tok = tokens[i + k]
        if k == last and lang != "ru":
            if normalise(tok.text) != key and normalise(tok.text).split("'", 1)[-1] != key:
                return False  # the head as written: "the Gulf states" is not "the Gulf state"
        elif key not in _forms(tok, lang) and fold(key, lang) not in _forms(tok, lang):
            return False
    return not d.cased or tokens[i].text[:1].isupper()  # "Jewish state": the capital is the first word's


def _region_phrase(tokens: list[Token], i: int, data: LanguageReferences, lang: str,
                   taken: set[int]) -> tuple[int, None, tuple[str, ...]] | None:
    """Region word + country noun ("the West African nation", "das karibische Land"), or the noun
    first where the language puts adjectives after it ("el país caribeño", "la nation africaine")."""
    starts = _phrase_starts(data, lang)

    def region_at(k: int) -> tuple[int, tuple[str, ...]] | None:
        return _region_at(tokens, k, starts, lang)

    def noun_at(k: int) -> tuple[int, tuple[str, ...]] | None:
        for keys, wanted in starts.nouns_at(tokens, k):
            end = k + len(keys)
            if end <= len(tokens) and all(normalise(tokens[k + n].text).split("'", 1)[-1] == key
                                          for n, key in enumerate(keys)):
                return end, wanted
        return None

    first, second = (noun_at, region_at) if data.region_after else (region_at, noun_at)
    a = first(i)
    if a is None:
        return None
    b = second(a[0])
    if b is None or taken & set(range(i, b[0])):
        return None
    return b[0], None, a[1] + b[1]


def _region_at(tokens: list[Token], k: int, starts: _PhraseStarts, lang: str) -> tuple[int, tuple[str, ...]] | None:
    """The region word at tokens[k] ("West African", "karibisch", "occidentaux"): where it ends, its groups."""
    for keys, wanted in starts.regions_at(tokens, k):
        end = k + len(keys)
        if end <= len(tokens) and all(key in _forms(tokens[k + n], lang) for n, key in enumerate(keys)):
            return end, wanted
    return None


_NOT_DEFINITE: Final = frozenset({"des"})  # "des pays occidentaux": French "some" as often as "of the"
_RU_PLURAL: Final = ("ые", "ие", "ых", "их", "ым", "им", "ыми", "ими")  # "западные страны", not "западной страны"


def _regional(tokens: list[Token], i: int, data: LanguageReferences, lang: str, groups, before: list[ActorMention],
              history: _History, taken: set[int]) -> tuple[int, list[str], str, str] | None:
    """ "die westlichen Staaten", "the Western countries", "les pays occidentaux", "западные страны": the countries of
    that region the sentence (before the phrase) names, else the sentence before it, two or more ("Les ambassades de
    France, de Belgique, des États-Unis et du Kenya ont été visées. Les manifestants reprochent aux pays occidentaux
    ...": France, Belgium, the US). Only after a definite article where the language has them. Where fewer than two
    are named, or the article is none, the phrase stands for no one (an empty list: no country "that fits" either):
    the region's countries in general ("Western countries have long ...") are no one's list."""
    starts = _phrase_starts(data, lang)
    if data.region_after:  # "les pays occidentaux", "los países occidentales": the adjective says it is a plural
        noun, region = i, _region_at(tokens, i + 1, starts, lang)
        end = region[0] if region else i
        plural = end > i + 1 and tokens[end - 1].text.endswith(("s", "x"))
    else:
        region = _region_at(tokens, i, starts, lang)
        noun = end = region[0] if region else i
        end += 1
        plural = lang != "ru" or normalise(tokens[i].text).endswith(_RU_PLURAL)
    if region is None or not plural or noun >= len(tokens) or normalise(tokens[noun].text) not in data.plural_nouns \
            or taken & set(range(i, end)):
        return None
    if data.definite and (i == 0 or normalise(tokens[i - 1].text) not in data.definite - _NOT_DEFINITE):
        return end, [], COUNTED, ""
    allowed = frozenset.intersection(*(groups[g] for g in region[1]))
    for named in ([c for m in before if m.country and m.kind in _COUNTRY_KINDS for c in members(m)],
                  history.seen[-1].countries if history.seen else []):
        fitting = list(dict.fromkeys(c[:3] for c in named if c[:3] in allowed))
        if len(fitting) >= 2:
            return end, fitting, COUNTED, REFERS + ",".join(fitting)
    return end, [], COUNTED, ""


class _PhraseStarts:
    """The descriptions, regions and country nouns of a language filed by the word they begin with.

    Why: `_described` is asked at every word a reference may begin with, and trying each phrase there in turn
    (German: 54 descriptions, 29 regions, 14 nouns) was most of its time. A phrase is filed under every word its
    first token must be for it to fit (`_fits`, `region_at`, `noun_at`: the token's forms hold the key or its
    fold; a description's one word, the word as written); the lists keep their order (longest first), so the
    first phrase that fits is the one the long way finds.
    """

    def __init__(self, data: LanguageReferences, lang: str) -> None:
        self.lang = lang
        self.descriptions = data.descriptions
        self.by_forms: dict[str, list[int]] = {}  # a description's first key and its fold, among the token's forms
        self.by_word: dict[str, list[int]] = {}  # a description of one word (not Russian): the word as written
        self.always: list[int] = []  # a phrase of no words fits anywhere
        for n, d in enumerate(data.descriptions):
            if not d.keys:
                self.always.append(n)
            elif len(d.keys) == 1 and lang != "ru":
                self.by_word.setdefault(d.keys[0], []).append(n)
            else:
                for key in {d.keys[0], fold(d.keys[0], lang)}:
                    self.by_forms.setdefault(key, []).append(n)
        self.regions, self.region_index = data.regions, _by_first_key(data.regions)
        self.nouns, self.noun_index = data.country_nouns, _by_first_key(data.country_nouns)

    def descriptions_at(self, tokens: list[Token], i: int) -> list[Description]:
        """The descriptions whose first token may be tokens[i], in their order."""
        found = set(self.always)
        if i < len(tokens):
            for form in _forms(tokens[i], self.lang):
                found.update(self.by_forms.get(form, ()))
            word = normalise(tokens[i].text)
            for key in (word, word.split("'", 1)[-1]):
                found.update(self.by_word.get(key, ()))
        return [self.descriptions[n] for n in sorted(found)]

    def regions_at(self, tokens: list[Token], k: int) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
        """The regions whose first key is among the forms of tokens[k], in their order."""
        return _pick(self.regions, self.region_index, _forms(tokens[k], self.lang) if k < len(tokens) else ())

    def nouns_at(self, tokens: list[Token], k: int) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
        """The country nouns whose first key is tokens[k] as written (without an elided article), in their order."""
        return _pick(self.nouns, self.noun_index,
                     (normalise(tokens[k].text).split("'", 1)[-1],) if k < len(tokens) else ())


def _by_first_key(phrases: list[tuple[tuple[str, ...], tuple[str, ...]]]) -> dict[str, list[int]]:
    """Positions of the phrases by their first key ("" for a phrase of no words, which fits anywhere)."""
    index: dict[str, list[int]] = {}
    for n, (keys, _wanted) in enumerate(phrases):
        index.setdefault(keys[0] if keys else "", []).append(n)
    return index


def _pick(phrases: list, index: dict[str, list[int]], words) -> list:  # type: ignore[no-untyped-def]
    found = set(index.get("", ()))
    for word in words:
        found.update(index.get(word, ()))
    return [phrases[n] for n in sorted(found)]


def _phrase_starts(data: LanguageReferences, lang: str) -> _PhraseStarts:
    """The `_PhraseStarts` of `data`, made once and kept on it: it lives and goes with the data it was made of."""
    starts = data.phrase_starts.get(lang)
    if starts is None:
        starts = data.phrase_starts[lang] = _PhraseStarts(data, lang)
    return starts


def _apposition(tokens: list[Token], end: int, found: list[ActorMention]) -> bool:
    """The name stands right after the description, or after "of": "the Gulf state of Qatar", and "les pays du
    G7", whose organisation names the group (no one country the text is about)."""
    starts = {m.token_start for m in found if m.country}
    of_starts = starts | {m.token_start for m in found if m.kind == "organisation"}
    return end in starts or end + 1 in of_starts and end < len(tokens) and normalise(tokens[end].text) in _OF


def _reference(sentence: Sentence, i: int, end: int, codes: list[str], entry: str, note: str,
               version: str) -> ActorMention:
    toks = sentence.tokens
    code = codes[0]
    country = country_of(code)  # none for an organisation ("l'Alliance" for NATO is no country "NAT")
    agent = code[3:] or None if country else None
    return ActorMention(
        code=code, surface=sentence.text[toks[i].start - sentence.start:toks[end - 1].end - sentence.start],
        start=toks[i].start, end=toks[end - 1].end, token_start=i, token_end=end, country=country, agent=agent,
        kind="reference", entry=entry, dictionary_version=version,
        note=note if len(codes) == 1 else REFERS + ",".join(codes))


def _roles_by_antecedent(sentence: Sentence, found: list[ActorMention], bare: list[Hit], data: LanguageReferences,
                         history: _History, version: str) -> None:
    """ "der Machthaber", "el mandatario", "les autorités", "власти": a role word with an article and no
    country is that kind of actor of the country last named with one. A role word before a name the
    dictionary lacks ("Premierminister Foo Bar") is read the same way.

    Not a country whose envoy the sentence names ("El Ministerio de Asuntos Exteriores convocó a la embajadora
    israelí": the ministry is not Israel's, however lately Israel's minister spoke), nor an envoy's country
    (they serve abroad: "le gouvernement" after "l'ambassadeur de France" is the host's)."""
    tokens = sentence.tokens
    # countries whose envoy the sentence names: the body that deals with the envoy is the host's
    spelled = frozenset(m.country for m in found if m.country and is_envoy(m.entry)) if bare else frozenset()
    for hit in bare:
        agent = hit.entry.agent
        if agent not in _ROLE_AGENTS or any(m.token_start < hit.end and hit.start < m.token_end for m in found):
            continue
        if hit.end - hit.start == 1 and normalise(tokens[hit.start].lemma) != normalise(tokens[hit.start].text) \
                and not _body_plural(tokens, hit, data, found):
            continue  # a plural ("die Behörden", "las autoridades"): whose is unclear
        if hit.start > 0 and _unchanged_plural(normalise(tokens[hit.start - 1].text), normalise(
                tokens[hit.start].text)) and not _owned(tokens, hit.start, data):
            continue  # "Die Minister unterzeichneten": a plural as written in the singular, `_office_holders` reads it
        word = normalise(hit.entry.id.rsplit(":", 1)[-1].replace("_", " "))
        # "el discurso del mandatario": a title (not a body: "la decisión del gobierno") after "del", "al"
        article = _after_definite(tokens, hit.start, data.title_articles if title_offices(word) else data.definite) \
            or not data.definite and (
            hit.start == 0 or hit.start == 1 and normalise(tokens[0].text) in data.body_openers)
        # (no articles: "Правительство заявило", "В МИД заявили")
        reported = not data.definite and _after_report(tokens, hit.start, data.lang)  # "..., заявил министр"
        if not (article or reported):
            continue  # "minister" alone, no article: no one the article named before
        fronted = hit.start > _OPENING and _fronted_subject(tokens, hit.start - 1, found, data)
        # "..., dass der Außenminister Russland kritisiert habe": a verb-final clause's subject, its object after it
        opened = hit.start >= 2 and normalise(tokens[hit.start - 2].text) in data.subordinators \
            and normalise(tokens[hit.start - 1].text) in data.subject_articles
        if _beside(tokens, hit.start, hit.end, data.subnational):
            continue  # "le premier ministre ontarien", "the provincial government": an office below the state's
        if _named_after_qualifiers(tokens, hit.end, data.office_qualifiers):
            continue  # "le président sortant Joe Biden": the holder is named, the role word is not alone
        if _has_complement(tokens, hit.end, found, data.government_kinds if agent == "GOV" else frozenset(),
                           data.owners, data.definite, data.verb_lemma_endings) \
                and not ((fronted or opened) and _object_next(found, hit.end)):
            continue  # "die Präsidentin der Republik Moldau, Maia Sandu", "el gobierno de Maduro": not alone
        before = [m for m in found if m.token_end <= hit.start]
        # whom a quotation before the role word names is not who speaks it, unless no one else is named lately
        # ("„... mit den Behörden in Niger“, sagte der Präsident": Macron, told of a sentence before)
        unquoted = [m for m in before if not _quoted_before(tokens, m.token_end, hit.start)]
        same = word in data.one_state_roles
        # "der König" is a monarchy's, "the junta" a state's under military rule
        crowned = reference_data().groups.get("monarchy") if word in data.monarch_roles \
            else reference_data().groups.get("military_rule") if word in data.junta_roles else None
        subject = hit.start <= _OPENING or fronted
        # the title with the two words after it: "el presidente del Gobierno" heads a government, no president
        title = " ".join([word, *(t.text for t in tokens[hit.end:hit.end + 2])])
        person = _titled_person(title_offices(title), unquoted, history, _out_of_office(tokens, hit),
                                far=not _inside_quote(tokens, hit.start))
        if person is None and not article:
            continue  # after the verb with no article, only a title of someone named before is read
        owner = _domestic_speaker(before) or person or next((o for o in (
            (_same_word(hit.entry.id, heard, history, spelled) if same else None) or _antecedent(
                agent, heard, history, spelled, crowned) for heard in (unquoted, before)) if o is not None), None) or (
            _subject_state(history, spelled | _named_here(tokens, found, hit, data)) if subject else None)
        if _beside(tokens, hit.start, hit.end, data.federal):  # "le gouvernement fédéral": the federal state's
            owner = _federal_state(found, history, hit.end)
        if word in data.junta_roles and crowned is not None and (owner is None or owner.country not in crowned):
            owner = _ruled_state(before, history, crowned)
        if owner is None or owner.country is None or crowned is not None and owner.country not in crowned:
            continue  # (every owner found has a country)
        code = owner.country + agent
        found.append(ActorMention(
            code=code, surface=sentence.text[tokens[hit.start].start - sentence.start:
                                             tokens[hit.end - 1].end - sentence.start],
            start=tokens[hit.start].start, end=tokens[hit.end - 1].end, token_start=hit.start, token_end=hit.end,
            country=owner.country, agent=agent, kind="reference", entry=hit.entry.id, dictionary_version=version,
            note=f"role word alone: the person last named with that title, else the {agent} of the country last "
                 f"named with one, else of the latest sentence's first state ({owner.surface!r})"))
        found.sort(key=_token_start)
    for m in found:
        if m.kind == "unresolved" and m.agent in _ROLE_AGENTS \
                and not _beside(tokens, m.token_start, m.token_start, data.subnational):
            before = [o for o in found if o.token_end <= m.token_start and o.country]
            apposed = before and before[-1].token_end == m.token_start - 1 and tokens[m.token_start - 1].text == ","
            # "el presidente boliviano, el economista Luis Arce": the same person, named twice. Else the
            # country last named with such an actor when the last sentences name no other state; with two, the
            # person stays unknown (an earlier mention by full name gives the surname its code, see surnames.py):
            # the country named last is as often the counterpart ("China summoned the Japanese ambassador. Vice
            # minister Sun Weidong urged Japan ..." is no Japanese official)
            owner = before[-1] if apposed else _antecedent(m.agent, before, history)
            if owner is not None and not apposed and _states_named(before, history) != {owner.country}:
                owner = None
            if owner is not None and owner.country is not None:  # (every owner found has a country)
                m.code, m.country, m.resolved, m.kind = owner.country + m.agent, owner.country, True, "reference"
                m.note = "role word before a name not in the dictionary: " + (
                    "its apposition" if apposed else f"the only state named lately, with a {m.agent}") + \
                    f" ({owner.surface!r})"


def _domestic_speaker(before: list[ActorMention]) -> ActorMention | None:
    """A party or the opposition named before the role word in its sentence ("el PP criticó que el Gobierno ...",
    "le RN a reproché au chef de l'État ..."): it speaks of its own country's government, not of a state abroad."""
    return next((m for m in reversed(before) if m.agent in PARTY_AGENTS and m.country), None)


_FEDERAL_OWNER: Final = 2  # words after "federal" its state may be named in ("el gobierno federal de México")


def _beside(tokens: list[Token], start: int, end: int, beginnings: tuple[str, ...]) -> bool:
    """A word that begins with one of `beginnings` right before a role word (tokens[start:end]) or right after it
    (none looked at after where `end` is `start`): "der bayerische Ministerpräsident", "the provincial government",
    "областные власти", "le premier ministre ontarien", "le gouvernement fédéral"."""
    near = tokens[max(0, start - 1):start] + tokens[end:end + 1 if end > start else end]
    return bool(beginnings) and any(normalise(t.text).startswith(beginnings) for t in near)


def _federal_state(found: list[ActorMention], history: _History, end: int) -> ActorMention | None:
    """Whose "the federal government" is: the federal state named right after it ("el gobierno federal de
    México"), else, of the federal states the article has named, the one whose cities or regions it names most ("À
    Toronto, ... le gouvernement fédéral": Canada's, though Washington was named last), else the first it named;
    None where it names none."""
    federation = reference_data().groups.get("federation", frozenset())
    own = next((m for m in found if 0 < m.token_start - end <= _FEDERAL_OWNER and m.country in federation), None)
    if own is not None:
        return own
    firsts, places = history.federal_named(federation)  # (the history's index, not every mention reread)
    here = [m for m in found if m.country in federation]
    places.update(m.country for m in here if m.kind == "place" and m.country)
    home = places.most_common(1)[0][0] if places else None
    return next((m for m in (*firsts, *here) if home is None or m.country == home), None)


def _after_report(tokens: list[Token], i: int, lang: str) -> bool:
    """A verb of saying between the reported clause's comma (or closing quote) and tokens[i]: "..., заявил
    министр", "«...», — подчеркнул министр": in a language with no article, the title after it is its speaker."""
    words = speech_words(lang)
    if words is None or i < 2:
        return False
    verb = tokens[i - 1]
    return tokens[i - 2].text in _CLAUSE_MARKS | QUOTE_MARKS and not words.verbs.isdisjoint(
        (verb.text.lower(), verb.lemma))


# "le président élu", "the president-elect", "der gewählte Präsident", "избранный президент": not yet in office;
# "the former minister", "l'ancien président", "der ehemalige Kanzler", "бывший президент": no longer
_OUT_OF_OFFICE: Final = frozenset(normalise(w) for w in (
    "élu", "élue", "elect", "electo", "electa", "designate", "designado", "designada", "gewählte", "gewählter",
    "gewählten", "избранный", "избранного", "избранному", "избранным", "former", "ehemalige", "ehemaliger",
    "ehemaligen", "frühere", "früherer", "früheren", "ancien", "ancienne", "бывший", "бывшего", "бывшему"))


def _out_of_office(tokens: list[Token], hit: Hit) -> bool:
    """A title of one elected and not yet in office, or of one who held it before: the person it stands for is out
    of office on the article's day (the leader dictionary's ELI), not its holder named before."""
    # the word before the title, the title's last word ("president-elect") and the word after it
    near = [normalise(tokens[k].text) for k in (hit.start - 1, hit.end - 1, hit.end) if 0 <= k < len(tokens)]
    return any(w in _OUT_OF_OFFICE or w.endswith("-elect") for w in near)


_OUT: Final = "ELI"  # the leader dictionary's agent for a person out of office on the article's day
_TITLED: Final = ("leader", "agent", "reference")  # a person by name, by title and country, by title alone


def _titled_person(offices: frozenset[str], before: list[ActorMention], history: _History,
                   out: bool = False, far: bool = True) -> ActorMention | None:
    """ "Bundesinnenminister Dobrindt sagte ... Verhandlungen mit den Taliban habe es nicht gegeben, betonte der
    Minister": a title alone ("the minister", "el canciller", "le président") stands for the person last named with
    a title of the same office, in the sentence or a few before it, whatever state or government was named since (a
    state is no minister; "the ministers" of a list is no one person). The latest such person, whoever's side:
    "Wadephul met Syria's foreign minister. ..., the minister said" is the Syrian. None where no one named lately
    holds such a title: the role word's other readings stand. A person of no state (an organisation's officer) is
    returned too, and gives the title no state. `out`: a title of one out of office ("le président élu", "the former
    minister") stands for a person the leader dictionary has out of office on the day, and only for one. `far`: the
    sole holder named earlier in the article may be read (`_sole_holder`)."""
    if not offices:
        return None
    for mentions in (before, *(seen.mentions for seen in history.seen[:-_ROLE_REACH - 1:-1])):
        person = next((m for m in reversed(mentions) if _holds(m, offices, out)), None)
        if person is not None:
            return person
    return _sole_holder(offices, history, out) if far else None


def _holds(m: ActorMention, offices: frozenset[str], out: bool) -> bool:
    """A person named by name or title (not a reference read back) who holds one of `offices`, in or out of office
    as `out` asks."""
    return m.kind in _TITLED and not m.note.startswith(REFERS) and (m.agent == _OUT) == out \
        and not offices.isdisjoint(_offices_of(m))


def _sole_holder(offices: frozenset[str], history: _History, out: bool) -> ActorMention | None:
    """A long article names a president in its opening paragraphs and calls them "the president" pages later: the
    holder named earlier than the few sentences `_titled_person` reads, where the article's earlier part names a
    holder of that office of one state only (two states' presidents named: no one, the title's other readings
    stand)."""
    holders = [m for seen in history.seen[-_ARTICLE_REACH:-_ROLE_REACH] for m in seen.mentions
               if m.country and _holds(m, offices, out)]
    return holders[-1] if len({m.country for m in holders}) == 1 else None


def _offices_of(m: ActorMention) -> frozenset[str]:
    """The offices a mention's person holds: by the title the text gives them, else (a leader by name alone) by the
    office the leader dictionary gives them, which its note opens with."""
    said = title_offices(m.surface)
    if said or m.kind != "leader":
        return said
    held = m.note.split("(was ", 1)[1] if "(was " in m.note else m.note  # "out of office on ... (was president)"
    # the office before its dates: "interior minister 2025-05-06.."
    return title_offices(held[:next((k for k, c in enumerate(held) if c.isdigit()), len(held))])


def _body_plural(tokens: list[Token], hit: Hit, data: LanguageReferences, found: list[ActorMention]) -> bool:
    """ "die Militärs", "военные": a plural for one body of a state, not followed by owners it counts ("военные двух
    стран", "los militares de ambos países": each state's own), nor an adjective of the noun after it whose owner
    is named next ("Военные корабли США и Великобритании нанесли удары": the ships are the US's, whatever state
    the sentence before named)."""
    after = [normalise(t.text) for t in tokens[hit.end:hit.end + 2]]
    if normalise(tokens[hit.start].text) not in data.body_plurals or any(w in data.owners for w in after):
        return False
    noun = tokens[hit.end] if hit.end < len(tokens) else None
    return not (data.verb_lemma_endings and noun is not None and noun.text.isalpha() and noun.text.islower()
                and not noun.lemma.endswith(data.verb_lemma_endings)
                and any(m.token_start == hit.end + 1 and m.country for m in found))


_CROWD: Final = "CVL"  # "protesters", "Demonstranten", "les manifestants", "los civiles", "протестующие"
# as written, lower case ("à", not the folded "a" of "acusaron a Francia"): "à Kinshasa", "dans la capitale", "au Niger"
_WHERE: Final = _LOCATED | {"dans", "au", "aux"}
_DATIVE: Final = frozenset({"à", "au", "aux"})  # French "à" also marks whom: before a country it is seldom "where"
# words between the preposition and the place: "dans la République islamique", "in der Hauptstadt"
_WHERE_GAP: Final = 2


def _crowds(sentence: Sentence, found: list[ActorMention], bare: list[Hit], data: LanguageReferences,
            history: _History, version: str) -> None:
    """"Des manifestants ont attaqué l'ambassade de France à Niamey", "Demonstranten stürmten die Botschaft in
    Bagdad": a crowd word (protesters, civilians) that names no country is the people of the country where the
    sentence places what it tells, a place after "in", "à", "en", "в" (the first such; not the embassy's owner
    in "l'ambassade de France"). With no place there, the crowd after a definite article ("Les manifestants
    reprochent ...") is the one told of a few sentences before: the latest crowd with a country. Only the words of
    `crowds`: civilians are most often those harmed ("la matanza de civiles en Gaza" is no act of Gaza's people)."""
    tokens = sentence.tokens
    for hit in bare:
        if hit.entry.agent != _CROWD or normalise(hit.entry.id.rsplit(":", 1)[-1].replace("_", " ")) not in \
                data.crowds or any(m.token_start < hit.end and hit.start < m.token_end for m in found):
            continue
        owner = _place_of(tokens, found)
        if owner is None:
            definite = not data.definite or _after_definite(tokens, hit.start, data.definite)
            owner = _antecedent(_CROWD, [m for m in found if m.token_end <= hit.start], history) if definite \
                else None
        if owner is None or not owner.country:
            continue
        found.append(ActorMention(
            code=owner.country + _CROWD, surface=sentence.text[tokens[hit.start].start - sentence.start:
                                                               tokens[hit.end - 1].end - sentence.start],
            start=tokens[hit.start].start, end=tokens[hit.end - 1].end, token_start=hit.start, token_end=hit.end,
            country=owner.country, agent=_CROWD, kind="reference", entry=hit.entry.id, dictionary_version=version,
            note=f"a crowd: the people of the country where it is ({owner.surface!r})"))
        found.sort(key=_token_start)


def _after_definite(tokens: list[Token], i: int, definite: frozenset[str]) -> bool:
    """A definite article before tokens[i] ("the protesters", "die Regierung") or elided onto it ("l'ambassadeur")."""
    first = normalise(tokens[i].text)
    return i > 0 and normalise(tokens[i - 1].text) in definite or "'" in first[:3] and first.split("'", 1)[0] + "'" \
        in definite


def _place_of(tokens: list[Token], found: list[ActorMention]) -> ActorMention | None:
    """The first state the sentence names as a place: a city after "in", "à", "en", "в" (perhaps with an article
    between), or a country after one that is no dative ("in Iran", "en Irán", "dans le pays"; not "reprochent à la
    France", "au Niger" after "reprocher")."""
    for m in found:
        if not m.country or m.kind not in ("capital", "place", "country", "reference") or m.agent not in (None, "GOV"):
            continue
        city = m.kind in ("capital", "place")
        if any(tokens[k].text.lower() in (_WHERE if city else _WHERE - _DATIVE) for k in range(
                max(0, m.token_start - 1 - _WHERE_GAP), m.token_start)):
            return m
    return None


def _inside_quote(tokens: list[Token], at: int) -> bool:
    """tokens[at] stands inside a quotation (an odd number of quote marks before it): a speaker's "the president"
    may be another state's than the one whose president the article named long before."""
    return sum(t.text in QUOTE_MARKS for t in tokens[:at]) % 2 == 1


def _quoted_before(tokens: list[Token], end: int, at: int) -> bool:
    """A quotation closes between a mention and a role word after it ("„Wir beenden die Zusammenarbeit mit den
    Behörden in Niger“, sagte der Präsident"): whom the quotation names is not who speaks it."""
    return any(tokens[i].text in QUOTE_MARKS for i in range(end, at)) \
        and any(t.text in QUOTE_MARKS for t in tokens[:end])


def _states_named(before: list[ActorMention], history: _History) -> set[str]:
    """The states named in the sentence so far and in the few before it (as far as a role word looks back)."""
    return {m.country for mentions in (before, *(seen.mentions for seen in history.seen[:-_ROLE_REACH - 1:-1]))
            for m in mentions if m.country and m.kind in _COUNTRY_KINDS and m.agent in _STATE_AGENTS}


def _named_here(tokens: list[Token], found: list[ActorMention], hit: Hit, data: LanguageReferences) -> frozenset[str]:
    """The countries the sentence names as parties outside the role word: "Israel struck Lebanon. The government
    condemned Israel" - the government that condemns Israel is not Israel's. Not a possessor or a premodifier: "The
    Trade Ministry said the Canadian levies hurt Mexico's farmers" is Mexico's ministry."""
    def party(m: ActorMention) -> bool:
        after = normalise(tokens[m.token_end].text) if m.token_end < len(tokens) else ""
        before = normalise(tokens[m.token_start - 1].text) if m.token_start else ""
        return not m.genitive and m.kind in ("country", "capital", "seat") and after not in _POSSESSIVE \
            and not (before in data.definite and after.isalpha() and after.islower())
    return frozenset(m.country for m in found if m.country and not hit.start <= m.token_start < hit.end and party(m))


def _object_next(found: list[ActorMention], end: int) -> bool:
    """A country in no possessive form right after a subject put after the verb is the verb's object, not the
    role word's complement ("verurteilte der Sprecher Israel", not "der Sprecher Israels")."""
    return any(m.token_start == end and not m.genitive and m.kind in ("country", "capital") for m in found)


def _fronted_subject(tokens: list[Token], at: int, found: list[ActorMention], data: LanguageReferences) -> bool:
    """The article at `at` opens the clause's subject after one fronted phrase that names no actor (an adjective is
    none: "Tras el ataque israelí, el Gobierno ..."): right after its
    comma ("On Monday, the spokesman ...", "En un comunicado, la Cancillería ...", "Lundi, le porte-parole ..."),
    or, in German, right after the finite verb that follows that phrase ("Am Montag verurteilte der Sprecher
    Israel": not "Israel", the object, nor "mit der Regierung", a preposition's)."""
    if not 0 < at <= _FRONTED or any(m.token_start < at and m.kind != "adjective" for m in found):
        return False
    before = tokens[at - 1].text
    if before == ",":
        return all(t.text != "," for t in tokens[:at - 1])
    return normalise(tokens[at].text) in data.subject_articles and before.isalpha() and before.islower() \
        and normalise(before) not in data.verb_second


def _subject_state(history: _History, spelled: frozenset[str] = frozenset()) -> ActorMention | None:
    """With no actor of the role's kind named lately, a body opening the sentence ("The Foreign Ministry said",
    "Правительство заявило") speaks for the state the article just told about: the previous sentence's first
    state, government or leader (no adjective, firm, medium or citizens), not one whose envoy the sentence
    names."""
    if not history.seen:
        return None
    return next((m for m in history.seen[-1].mentions if m.country and m.kind in _COUNTRY_KINDS
                 and m.kind != "adjective" and m.agent in _STATE_AGENTS and m.country not in spelled), None)


_GENITIVE_REACH: Final = 4  # lower-case words of a genitive phrase between a role word and the name it introduces


def _named_after_qualifiers(tokens: list[Token], end: int, qualifiers: frozenset[str]) -> bool:
    """"le président sortant Joe Biden", "le Premier ministre par intérim Najib Mikati": words that qualify the
    office (of one or two words each), then a capitalised name right after them."""
    i = end
    while i < len(tokens) and i < end + 3:
        two = " ".join(normalise(t.text) for t in tokens[i:i + 2])
        if two in qualifiers:
            i += 2
        elif normalise(tokens[i].text) in qualifiers:
            i += 1
        else:
            break
    return end < i < len(tokens) and tokens[i].text[:1].isupper()


def _has_complement(tokens: list[Token], end: int, found: list[ActorMention],
                    kinds: frozenset[str] = frozenset(), counted: frozenset[str] = frozenset(),
                    articles: frozenset[str] = frozenset(), verb_endings: tuple[str, ...] = ()) -> bool:
    """A genitive, an "of" phrase, a name or an apposition follows the role word, or a place that is a named
    actor ("die Regierung in Kiew"). An "of" phrase of a word in `kinds` says what kind of government it is,
    not whose: "le gouvernement de transition", "the government of national unity", "el gobierno de facto"."""
    if end >= len(tokens):
        return False
    nxt = tokens[end]
    key = normalise(nxt.text)
    if not articles and any(m.kind == "leader" and 0 <= m.token_start - end <= _GENITIVE_REACH and all(
            t.text[:1].islower() for t in tokens[end:m.token_start]) for m in found):
        return True  # Russian "Президент бывшей советской республики Майя Санду": a genitive, then the name;
        # "Пресс-секретарь президента России Дмитрий Песков": the name read with the genitive before it
    if verb_endings and any(end + (m.kind != "agent") <= m.token_start <= end + _GENITIVE_REACH
                            and m.kind in ("country", "organisation", "agent")
                            and all(t.text.isalpha() and t.text.islower() and (len(t.text) > 3 or t.lemma != t.text)
                                    and not t.lemma.endswith(verb_endings) for t in tokens[end:m.token_start])
                            for m in found):
        return True  # "Командование миротворческих сил НАТО": inflected nouns and adjectives (no verb, no particle);
        # "Советник верховного лидера Ирана": a role of a state's body is that state's
    if nxt.text.lower() in _LOCATED:  # as written: the key of "à" is "a", the Spanish "a" of whom
        return end + 1 < len(tokens) and any(m.token_start == end + 1 for m in found)
    if key in _OF and end + 1 < len(tokens) and normalise(tokens[end + 1].text).split("'", 1)[-1] in kinds:
        return False
    if key == "de" and end + 1 < len(tokens) and _infinitive(tokens[end + 1].text):
        return False  # "acusaron a la junta de haber violado ...": the charge, not whose junta
    if key in _OF - {","} | {"der", "des", "von", "vom"}:
        # "el gobierno de Maduro", "the president of Guyana": whose; "el viceministro de Exteriores", "the minister
        # of defence": which office, an "of" phrase that names no actor; "les dirigeants des deux pays": whose, by a
        # reference not read yet (`counted`)
        # the phrase: its articles, numbers and capitalised words, up to a verb; a lower-case noun first names an
        # owner the dictionary does not know ("la portavoz del partido")
        stop = next((i for i in range(end + 1, min(len(tokens), end + _OF_REACH + 1)) if (
            not tokens[i].text.isalnum() and tokens[i].text not in "-'’" or tokens[i].text[:1].islower()
            and normalise(tokens[i].text) not in _OF | articles | counted)), min(len(tokens), end + _OF_REACH + 1))
        content = next((i for i in range(end + 1, stop + 1) if normalise(tokens[i].text) not in _OF | articles),
                       stop) if stop < len(tokens) else stop
        return content == stop or any(end < m.token_start < stop for m in found) or any(
            normalise(tokens[i].text) in counted for i in range(end + 1, stop))
    return key in _OF | {"der", "des", "von", "vom"} or nxt.text[:1].isupper()


def _infinitive(word: str) -> bool:
    """A Romance infinitive ("haber", "recurrir", "apoyer"): a verb after "de", no owner's name."""
    return len(word) > 3 and word.isalpha() and word.islower() and word.endswith(("ar", "er", "ir"))


def _same_word(entry: str, before: list[ActorMention], history: _History,
               spelled: frozenset[str] = frozenset()) -> ActorMention | None:
    """"La junte malienne a ... Le ministre français a critiqué la junte": a role word for a kind of rule one state
    has (`one_state_roles`), used again alone, names the state it was last said of, whatever government came
    between: the latest mention whose entry holds the same role word, in the sentence or anywhere before it (an
    article's junta is one junta however many sentences lie between)."""
    def same(m: ActorMention) -> bool:  # "la junta" after "la junta militar": the longer role word holds it
        return bool(m.country) and m.country not in spelled and not is_envoy(m.entry) \
            and any(part == entry or part.startswith(entry + "_") for part in (m.entry or "").split("+"))
    # the sentence's own mentions read back, the earlier ones from the history's index (not every mention reread)
    return next((m for m in reversed(before) if same(m)), None) or history.latest_same_word(entry, spelled)


def _ruled_state(before: list[ActorMention], history: _History, states: frozenset[str]) -> ActorMention | None:
    """"Voting closed in Myanmar ... The Philippine minister said ... The junta's spokesman": a state under military
    rule named last in the sentence or the article, however named (a place, a possessive), and however many other
    states' governments spoke since: no civilian government has a junta."""
    return next((m for m in reversed(before) if m.country in states), None) or history.latest_resolved(states)


def _antecedent(agent: str, before: list[ActorMention], history: _History,
                spelled: frozenset[str] = frozenset(), within: frozenset[str] | None = None) -> ActorMention | None:
    """The latest mention of that kind of actor with a country, in the sentence or a few before it (not of a
    country in `spelled`, nor an envoy: "l'ambassadeur de France" serves abroad, "le gouvernement" is the host's;
    only of a country in `within` where given: "der König" is a monarchy's)."""
    def fits(m: ActorMention, here: bool = False) -> bool:
        return m.agent == agent and bool(m.country) and (here or m.resolved) and m.country not in spelled \
            and not is_envoy(m.entry) and (within is None or m.country in within)

    for n, mentions in enumerate((before, *(seen.mentions for seen in history.seen[:-_ROLE_REACH - 1:-1]))):
        # the latest few sentences, not a reversed copy of the whole article
        latest = next((k for k in range(len(mentions) - 1, -1, -1) if fits(mentions[k], n == 0)), None)
        if latest is not None:
            return _visitor(mentions, latest, fits) or mentions[latest]
    return None


def _visitor(mentions: list[ActorMention], latest: int, fits: Callable[[ActorMention], bool]) -> ActorMention | None:
    """"Der ukrainische Präsident Selenskyj reiste nach Washington. Der Staatschef ...": a capital after a person
    or body of another state in the same sentence is where they went or spoke; the role word is theirs."""
    if mentions[latest].kind != "capital":
        return None
    return next((m for m in reversed(mentions[:latest]) if fits(m) and m.kind != "capital"
                 and m.country != mentions[latest].country), None)

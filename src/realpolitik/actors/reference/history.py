"""What the article has named so far, for the reference readers to look back over: each sentence's coordinated
lists and countries (`Seen`), the article's history of them with where each country was named last (`History`),
the token forms a reference phrase is matched by, and a reference mention's codes (`members`, the note `REFERS`).

The base module of actors/references.py and its readers: each reader looks back over this history, and it asks
none of them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Final

from realpolitik.actors.forms import normalise
from realpolitik.actors.reference.data import LanguageReferences, fold
from realpolitik.actors.role_modifiers import is_envoy
from realpolitik.codes import country_of, side_of
from realpolitik.language.speech import speech_words
from realpolitik.language.tokens import QUOTE_MARKS
from realpolitik.model import ActorMention, Sentence, Token

COUNTRY_KINDS: Final = ("country", "capital", "seat", "adjective", "agent", "leader", "reference")
# Words that may stand between the members of a list: "Mali, Burkina Faso und der Niger".
# "the presidents of Venezuela, Nicolás Maduro, and of Guyana": a repeated "of" too.
_PLACE_PREPOSITIONS: Final = {"en": frozenset({"in"})}  # a state named as the venue of what the sentence tells
# "in the Saudi city of"
_VENUE_NOUNS: Final = {"en": frozenset({"resort", "city", "capital", "town", "port", "village"})}
# "recalls its ambassador in Addis Ababa", "отзывает посла в Аддис-Абебе": a capital after these is where something
# is or happens, not its government acting (`Seen.venues`)
AT_PLACE: Final = frozenset({"in", "im", "en", "à", "в", "во"})
_ARTICLES: Final = frozenset({"the"})
GENITIVE_ARTICLES: Final = frozenset({"der", "des"})  # "zwischen den Ländern der Region": the noun's owner follows
# "mediated between X and Y": the sides
PAIR_PREPOSITIONS: Final = frozenset({"zwischen", "between", "entre", "между"})
LIST_GAPS: Final = frozenset({",", "&", "und", "and", "y", "e", "et", "и", "oder", "or", "o", "ou", "или", "sowie",
                        "der", "die", "den", "dem", "des", "the", "el", "la", "los", "las", "le", "les", "l'",
                        "of", "de", "del", "du", "d'", "von"})
OF_WORDS: Final = frozenset({"of", "von", "de", "del", "du", "d'", ","})
REFERS: Final = "refers:"
OWN: Final = "references:own"  # the entry of "sein Land", "its forces": the country of the actor named before
COUNTED: Final = "references:counted"
MEMBERS: Final = "references:members"  # "die Mitglieder der AES", "the Baltic states": each member state
ORG_GAP: Final = 6  # words of an organisation's name the dictionary may lack before the part it knows


@dataclass(init=False)  # its own __init__: compiled, where the dataclass's is interpreted (compiled.py)
class Seen:
    """What one sentence named: coordinated lists and all countries, in order."""

    lists: list[list[str]]
    countries: list[str]
    first: ActorMention | None
    mentions: list[ActorMention]
    organisation: bool = False  # whether it names an organisation (`bodies.short_names` asks of the last few sentences)
    mediators: frozenset[str] = frozenset()  # the countries it names as go-betweens (`_named_as_mediator`)
    # the lists right after "zwischen", "between", "entre", "между": the two sides of talks, a truce or a war, which
    # "beide Seiten" stands for rather than the mediators or hosts listed in the same sentence
    between: list[list[str]] = field(default_factory=list)
    # where (token_start) a capital or seat stands right after a preposition of place: a venue, not a government
    venues: frozenset[int] = frozenset()

    def __init__(self, lists: list[list[str]], countries: list[str], first: ActorMention | None,
                 mentions: list[ActorMention], organisation: bool = False, mediators: frozenset[str] = frozenset(),
                 between: list[list[str]] | None = None, venues: frozenset[int] = frozenset()) -> None:
        self.lists = lists
        self.countries = countries
        self.first = first
        self.mentions = mentions
        self.organisation = organisation
        self.mediators = mediators
        self.between = [] if between is None else between
        self.venues = venues


class History:
    """The `Seen` of the article's sentences so far (`seen`), with where each country was named last: "the Gulf
    kingdom" asks for the latest country that fits, and in an article that names none, reading every earlier sentence
    back made the cost grow with the square of its length (a 4,000-sentence article 16 million steps). The index is
    brought up to date only when a description asks (appending stays a list's append), each sentence read once.
    A list held, not a list subclassed: compiled with mypyc, a class cannot subclass list."""

    def __init__(self) -> None:
        self.seen: list[Seen] = []  # the sentences so far, in order
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

    def append(self, seen: Seen) -> None:
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
            self._named.update(list(dict.fromkeys(code[:3] for code in seen.countries)))  # in the order named
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

    def named_all(self, codes: tuple[str, ...]) -> bool:
        """Whether every country of `codes` was named in some earlier sentence."""
        self._catch_up()
        return all(code in self._named for code in codes)

    def latest_with_list(self, n: int) -> Seen | None:
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


ROLE_REACH: Final = 5  # sentences a bare role word may look back
ARTICLE_REACH: Final = 60  # sentences a bare title may look back for the sole holder of its office


def mention_start(m: ActorMention) -> int:
    """A mention's first token: the sort key of a sentence's mentions (a function of the module, not a lambda made
    at every sort)."""
    return m.token_start


def refers_note(codes: Iterable[str]) -> str:
    """The note of a reference mention standing for several codes ("refers:RUS,UKR"), which `members` reads back."""
    return REFERS + ",".join(codes)


def members(m: ActorMention) -> list[str]:
    """The codes a mention stands for: several for a counted reference, else its own code."""
    if m.note.startswith(REFERS):
        return [c for c in m.note[len(REFERS):].split(",") if c]
    return [m.code] if m.code else []


def member_sides(m: ActorMention) -> set[str]:
    """The sides the codes a mention stands for act for (`members`, `codes.side_of`): a counted reference's states
    ("both countries" for RUS and UKR: {"RUS", "UKR"}), else the side of its own code."""
    return {side_of(c) for c in members(m)}


def token_forms(token: Token, lang: str) -> frozenset[str]:
    """The keys a token may match: its text, its lemma, both folded; "l'ancienne" also as "ancienne"."""
    return forms_of(token.text, token.lemma, lang)


@lru_cache(maxsize=1 << 16)
def forms_of(text: str, lemma: str, lang: str) -> frozenset[str]:
    text, lemma = normalise(text), normalise(lemma)
    out = {text, lemma, fold(text, lang), fold(lemma, lang)}
    if "'" in text[:3] and len(text) > 3:
        rest = text.split("'", 1)[1]
        out |= {rest, fold(rest, lang)}
    return frozenset(out)


def _close_run(run: list[str], paired: bool, mediating: bool, lists: list[list[str]], between: list[list[str]],
               mediators: set[str]) -> None:
    """A run of states named together ends (at a name outside the list, or at the sentence's end): two or more are
    a list, the sides of a pair where a pair preposition opened it; states named as go-betweens are mediators."""
    if len(run) >= 2:
        lists.append(run)
        if paired:
            between.append(run)
    if mediating:
        mediators.update(c[:3] for c in run)


def sentence_seen(found: list[ActorMention], tokens: list[Token], data: LanguageReferences) -> Seen:
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
        if not m.country or m.kind not in COUNTRY_KINDS:
            continue
        if m.kind == "country" and m.token_start > 0 and len(found) > 2 \
                and normalise(tokens[m.token_start - 1].text) in _PLACE_PREPOSITIONS.get(data.lang, ()):
            continue  # "Trump met Xi in South Korea, where the two sides agreed": the venue is no side
        if m.kind == "adjective" and _venue_adjective(tokens, m, data.lang):
            continue  # "talks in the Egyptian resort of Sharm el-Sheikh": the host's adjective names the venue
        first = first or m
        codes = [c for c in members(m) if c]
        gap = tokens[last_end:m.token_start] if last_end >= 0 else None
        if gap is not None and len(gap) >= 2 and normalise(gap[-1].text) in data.object_marks \
                and normalise(gap[-2].text) in LIST_GAPS:
            gap = gap[:-1]  # "instó a Islamabad y a Kabul": the object's "a" repeated before each name of the list
        listed = gap is not None and 0 < len(gap) <= 3 and all(normalise(t.text) in LIST_GAPS for t in gap) \
            and any(t.text == "," or normalise(t.text) not in ("der", "die", "the", "el", "la", "le") for t in gap) \
            and not _speaks(tokens, gap, m.token_end, data.lang)
        if not listed:
            _close_run(run, paired, mediating, lists, between, mediators)
            run = []
            mediating = False
            paired = m.token_start > 0 and normalise(tokens[m.token_start - 1].text) in PAIR_PREPOSITIONS
        mediating = mediating or _named_as_mediator(tokens, m.token_start, data) \
            or _called_mediator_after(tokens, m.token_end, data)
        for code in codes:
            if code[:3] not in [c[:3] for c in run]:
                run.append(code)
            if code[:3] not in [c[:3] for c in countries]:
                countries.append(code)
        last_end = m.token_end
    _close_run(run, paired, mediating, lists, between, mediators)
    return Seen(lists, countries, first, found, any(m.kind == "organisation" for m in found), frozenset(mediators),
                 between, _venues(found, tokens))


def _venues(found: list[ActorMention], tokens: list[Token]) -> frozenset[int]:
    """Where the capitals and seats named as a place stand: right after a preposition of place, or glossed in
    brackets or after a comma right after one ("в Аддис-Абебе (столица Эфиопии)"). Not after a quotation: the
    words before it are someone's whose place it may be ("\"...,\" Lin told a briefing in Beijing")."""
    venues: set[int] = set()
    last: ActorMention | None = None
    quoted = next((i for i, t in enumerate(tokens) if t.text in QUOTE_MARKS), len(tokens))
    for m in found:
        if m.kind in ("capital", "seat") and 0 < m.token_start < quoted:
            before = normalise(tokens[m.token_start - 1].text)
            if before in AT_PLACE or before in ("(", ",") and last is not None \
                    and last.token_start in venues and last.token_end == m.token_start - 1:
                venues.add(m.token_start)
        last = m
    return frozenset(venues)


_LINK_REACH: Final = 2  # link words between a list's last state and the mediation word after it ("acted as")
_MEDIATOR_REACH: Final = 4  # words back from a state to a word of `mediation_words` ("sous l'égide de la Turquie")
_MEDIATOR_GAPS: Final = LIST_GAPS | {"by", "por", "durch"}  # "mediated by Qatar", "mediadas por Catar"
_DASHES: Final = frozenset({"—", "–", "-", "("})


def _named_as_mediator(tokens: list[Token], start: int, data: LanguageReferences) -> bool:
    """A word of `mediation_words` stands a few list words before the name ("la médiation de Doha", "sous médiation
    omanaise", "les pays médiateurs — l'Égypte"): the state is a go-between of the story, no side of it."""
    if not data.mediation_words:
        return False
    for k in range(start - 1, max(-1, start - 1 - _MEDIATOR_REACH), -1):
        if not token_forms(tokens[k], data.lang).isdisjoint(data.mediation_words):
            return True
        word = normalise(tokens[k].text)
        if word in data.mediation_links and any(not token_forms(tokens[j], data.lang).isdisjoint(data.mediation_words)
                                                for j in range(max(0, k - _LINK_REACH - 1), k)):
            return True  # "Посредниками на переговорах выступили Катар и Турция": a place phrase before the verb
        if word not in _MEDIATOR_GAPS and word not in data.mediation_links and tokens[k].text not in _DASHES:
            return False
    return False




def _called_mediator_after(tokens: list[Token], end: int, data: LanguageReferences) -> bool:
    """A mediation word right after a link verb follows the name ("Египет и Катар выступили посредниками", "Qatar and
    Turkey acted as mediators"), or opens the relative clause after it ("Qatar y Turquía, que mediaron en"): the list
    before the verb is the go-between."""
    k = end
    if k + 2 < len(tokens) and tokens[k].text == "," and normalise(tokens[k + 1].text) in data.mediation_relatives:
        # "Qatar y Turquía, que mediaron en la tregua": the relative clause's verb names them go-betweens
        return not token_forms(tokens[k + 2], data.lang).isdisjoint(data.mediation_words)
    while k < len(tokens) and k - end < _LINK_REACH and normalise(tokens[k].text) in data.mediation_links:
        k += 1
    return end < k < len(tokens) and not token_forms(tokens[k], data.lang).isdisjoint(data.mediation_words)


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


_MAIN_PAIR_SENTENCES: Final = 3  # sentences the second of an article's two main states must be named in


def reference_mention(sentence: Sentence, i: int, end: int, codes: list[str], entry: str, note: str,
               version: str) -> ActorMention:
    toks = sentence.tokens
    code = codes[0]
    country = country_of(code)  # none for an organisation ("l'Alliance" for NATO is no country "NAT")
    agent = code[3:] or None if country else None
    return ActorMention(
        code=code, surface=sentence.text[toks[i].start - sentence.start:toks[end - 1].end - sentence.start],
        start=toks[i].start, end=toks[end - 1].end, token_start=i, token_end=end, country=country, agent=agent,
        kind="reference", entry=entry, dictionary_version=version,
        note=note if len(codes) == 1 else refers_note(codes))

"""Descriptions of a country: "the Gulf kingdom", "el país caribeño", "l'Hexagone" are the latest country that fits
(its region and kind groups); "the Western countries" the countries of that region the sentence names; "das Land"
after an act on a state the other state of the story.

Separate because it owns the region and description phrases of a language filed by their first word
(`_PhraseStarts`), which counted groups ask for their region words too.
"""

from __future__ import annotations

from typing import Final

from realpolitik.actors.forms import normalise
from realpolitik.actors.reference.data import ANY, Description, LanguageReferences, fold
from realpolitik.actors.reference.history import (
    COUNTED,
    COUNTRY_KINDS,
    OF_WORDS,
    History,
    members,
    refers_note,
    token_forms,
)
from realpolitik.codes import country_of
from realpolitik.language.tokens import POSSESSIVE_MARKS, is_known_word
from realpolitik.model import ActorMention, Token


def described(tokens: list[Token], i: int, data: LanguageReferences, lang: str, groups, before,
               history: History,
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
    if _apposition(tokens, end, found) or not data.definite and _named_beside(tokens, i, end, taken) \
            or lang == "de" and _unknown_name_after(tokens, end, taken):
        return None  # "die Ex-Sowjetrepublik Moldau", "the Gulf state of Qatar", "Коморских островов": a name
    surface = " ".join(t.text for t in tokens[i:end])
    if code:
        return end, [code], "references:description", f"{surface!r} names {code}"
    named = [groups[g] for g in wanted if g != ANY]
    if not named:  # "the country", "das Land": the country the text is about, named first in its sentence
        topic = next((m for m in before if m.country and m.kind in COUNTRY_KINDS), None)
        other = _other_state(tokens, i, end, lang, before, history) if topic is not None else None
        if other is not None:
            return end, [other], "references:description", f"{surface!r}: the state the sentence's own acts on"
        topic = topic or history.first
        if topic is None or not topic.country:
            return None
        return end, [topic.country], "references:description", f"{surface!r}: the country the text is about"
    allowed = frozenset.intersection(*named)
    # the sentence's own countries before the phrase, latest first; else the one the earlier sentences named last
    chosen = next((c[:3] for m in reversed(before) if m.country and m.kind in COUNTRY_KINDS for c in members(m)
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
                 history: History) -> str | None:
    """ "Die Schweiz kündigte an, ihre Hilfe für das Land aufzustocken", "Washington froze its assistance to the
    country": where the sentence has named one state before the phrase and the phrase is what a preposition of
    `_ACTED_ON` governs (German "dem Land" alone too: a dative object), a state does something to, for or against
    another: the one the sentences before named first that is not it (within _OTHER_REACH). None where the sentence
    named two states before it (left to the first), or the phrase is no such object ("troops to the country's
    border": its own)."""
    word = normalise(tokens[i - 1].text) if i > 0 else ""
    if end < len(tokens) and tokens[end].text in POSSESSIVE_MARKS:
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


def _unknown_name_after(tokens: list[Token], end: int, taken: set[int]) -> bool:
    """German "die Insel Huangyan", "die Insel Lampedusa": a capitalised word right after the description that the
    dictionary neither finds as an actor nor knows as a German word is the name of the place the noun describes (an
    island of its own, not the island state named last). German writes every noun capitalised, so case alone does not
    tell: "das Land Waffen liefern" goes on with a known noun."""
    if end >= len(tokens) or end in taken:
        return False
    word = tokens[end].text
    return word[:1].isupper() and word.isalpha() and not is_known_word(word, "de")


def _named_beside(tokens: list[Token], i: int, end: int, taken: set[int]) -> bool:
    """Without articles (Russian) a kind of state with a name beside it is that name's, not a reference: a name
    found right before it ("Коморских островов"), or a capitalised word right after it, found or not ("у острова
    Лусон", "острова Спратли": an island of its own, not the island state named last)."""
    return i - 1 in taken or end < len(tokens) and tokens[end].text[:1].isupper()


def _description(tokens: list[Token], i: int, data: LanguageReferences, lang: str,
                 taken: set[int]) -> tuple[int, str | None, tuple[str, ...]] | None:
    for d in phrase_starts(data, lang).descriptions_at(tokens, i):
        end = i + len(d.keys)
        if end <= len(tokens) and not taken & set(range(i, end)) and description_fits(d, tokens, i, lang):
            return end, d.code, d.groups
    return None


def description_fits(d: Description, tokens: list[Token], i: int, lang: str) -> bool:
    last = len(d.keys) - 1
    for k, key in enumerate(d.keys):
        tok = tokens[i + k]
        if k == last and lang != "ru":
            if normalise(tok.text) != key and normalise(tok.text).split("'", 1)[-1] != key:
                return False  # the head as written: "the Gulf states" is not "the Gulf state"
        elif key not in token_forms(tok, lang) and fold(key, lang) not in token_forms(tok, lang):
            return False
    return not d.cased or tokens[i].text[:1].isupper()  # "Jewish state": the capital is the first word's


def _region_phrase(tokens: list[Token], i: int, data: LanguageReferences, lang: str,
                   taken: set[int]) -> tuple[int, None, tuple[str, ...]] | None:
    """Region word + country noun ("the West African nation", "das karibische Land"), or the noun
    first where the language puts adjectives after it ("el país caribeño", "la nation africaine")."""
    starts = phrase_starts(data, lang)

    def region_at(k: int) -> tuple[int, tuple[str, ...]] | None:
        return region_at_token(tokens, k, starts, lang)

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


def region_at_token(tokens: list[Token], k: int, starts: _PhraseStarts,
                    lang: str) -> tuple[int, tuple[str, ...]] | None:
    """The region word at tokens[k] ("West African", "karibisch", "occidentaux"): where it ends, its groups."""
    for keys, wanted in starts.regions_at(tokens, k):
        end = k + len(keys)
        if end <= len(tokens) and all(key in token_forms(tokens[k + n], lang) for n, key in enumerate(keys)):
            return end, wanted
    return None


_NOT_DEFINITE: Final = frozenset({"des"})  # "des pays occidentaux": French "some" as often as "of the"
RU_PLURAL: Final = ("ые", "ие", "ых", "их", "ым", "им", "ыми", "ими")  # "западные страны", not "западной страны"


def regional(tokens: list[Token], i: int, data: LanguageReferences, lang: str, groups, before: list[ActorMention],
              history: History, taken: set[int]) -> tuple[int, list[str], str, str] | None:
    """ "die westlichen Staaten", "the Western countries", "les pays occidentaux", "западные страны": the countries of
    that region the sentence (before the phrase) names, else the sentence before it, two or more ("Les ambassades de
    France, de Belgique, des États-Unis et du Kenya ont été visées. Les manifestants reprochent aux pays occidentaux
    ...": France, Belgium, the US). Only after a definite article where the language has them. Where fewer than two
    are named, or the article is none, the phrase stands for no one (an empty list: no country "that fits" either):
    the region's countries in general ("Western countries have long ...") are no one's list."""
    starts = phrase_starts(data, lang)
    if data.region_after:  # "les pays occidentaux", "los países occidentales": the adjective says it is a plural
        noun, region = i, region_at_token(tokens, i + 1, starts, lang)
        end = region[0] if region else i
        plural = end > i + 1 and tokens[end - 1].text.endswith(("s", "x"))
    else:
        region = region_at_token(tokens, i, starts, lang)
        noun = end = region[0] if region else i
        end += 1
        plural = lang != "ru" or normalise(tokens[i].text).endswith(RU_PLURAL)
    if region is None or not plural or noun >= len(tokens) or normalise(tokens[noun].text) not in data.plural_nouns \
            or taken & set(range(i, end)):
        return None
    if data.definite and (i == 0 or normalise(tokens[i - 1].text) not in data.definite - _NOT_DEFINITE):
        return end, [], COUNTED, ""
    allowed = frozenset.intersection(*(groups[g] for g in region[1]))
    for named in ([c for m in before if m.country and m.kind in COUNTRY_KINDS for c in members(m)],
                  history.seen[-1].countries if history.seen else []):
        fitting = list(dict.fromkeys(c[:3] for c in named if c[:3] in allowed))
        if len(fitting) >= 2:
            return end, fitting, COUNTED, refers_note(fitting)
    return end, [], COUNTED, ""


class _PhraseStarts:
    """The descriptions, regions and country nouns of a language filed by the word they begin with.

    Why: `described` is asked at every word a reference may begin with, and trying each phrase there in turn
    (German: 54 descriptions, 29 regions, 14 nouns) was most of its time. A phrase is filed under every word its
    first token must be for it to fit (`description_fits`, `region_at`, `noun_at`: the token's forms hold the key or its
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
            for form in token_forms(tokens[i], self.lang):
                found.update(self.by_forms.get(form, ()))
            word = normalise(tokens[i].text)
            for key in (word, word.split("'", 1)[-1]):
                found.update(self.by_word.get(key, ()))
        return [self.descriptions[n] for n in sorted(found)]

    def regions_at(self, tokens: list[Token], k: int) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
        """The regions whose first key is among the forms of tokens[k], in their order."""
        return _pick(self.regions, self.region_index, token_forms(tokens[k], self.lang) if k < len(tokens) else ())

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


def phrase_starts(data: LanguageReferences, lang: str) -> _PhraseStarts:
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
    return end in starts or end + 1 in of_starts and end < len(tokens) and normalise(tokens[end].text) in OF_WORDS

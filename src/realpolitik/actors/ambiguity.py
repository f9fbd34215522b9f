"""Context rules for names that are not always actors.

'Jordan Bardella' and 'Paris Hilton' are people (a first name before a capitalised surname; in German, where
every noun is capitalised, a surname the German dictionary does not know: "griff Israel Ziele an" is the
state), and so is 'Cameron MacKay' (not the leader Cameron); 'Georgia' next to 'Atlanta' is the US state;
'Washington state' is not the US government; 'China-Restaurant' is a restaurant; the 'South China Sea' is a
sea. Case rules ('turkey' the food) live in the entries themselves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from realpolitik.actors.entries import STATE_WORD_KINDS, Entry
from realpolitik.actors.forms import normalise
from realpolitik.codes import PARTY_AGENTS
from realpolitik.language.tokens import is_known_word
from realpolitik.model import Token

if TYPE_CHECKING:
    from realpolitik.actors.dictionary import ActorDictionary, Ambiguity

_PLACE_KINDS: Final = ("country", "capital", "adjective", "organisation", "seat", "group", "place")
#: the kinds `reject_reason` may reject; a name of another kind (a role word) is an actor wherever it fits
CHECKED_KINDS: Final = frozenset({"leader", *_PLACE_KINDS})


def reject_reason(entry: Entry, tokens: list[Token], keys: list[str], i: int, lang: str,
                  dic: ActorDictionary) -> str | None:
    """Why the entry at tokens[i] is not an actor here, or None when it is."""
    amb = dic.ambiguity
    end = i + len(entry.tokens)
    key = " ".join(entry.tokens)
    nxt = tokens[end] if end < len(tokens) else None
    if entry.kind == "leader" and key in amb.person_first_names and lang != "de" and nxt is not None \
            and _is_surname(nxt.text) and not dic.candidates(lang, keys[end]):
        return f"'{entry.surface}' is the first name of '{entry.surface} {nxt.text}'"  # Cameron MacKay
    if i >= 2 and tokens[i - 1].text in ("-", "‐") and keys[i - 2] in _LEANINGS \
            and tokens[i - 2].end == tokens[i - 1].start == tokens[i].start - 1:
        # "la formation pro-iranienne", "pro-Russian separatists", "anti-amerikanische Proteste": a leaning
        return f"'{tokens[i - 2].text}-{entry.surface}' names a leaning towards the state, not the state"
    if entry.kind == "leader" and len(entry.tokens) == 1 and i > 0 and keys[i - 1] in _SAINTS \
            and tokens[i - 1].text[:1].isupper():
        # "escuelas en San Marcos" (Guatemala), "São Marcos": a place named after a saint, no leader of that name
        return f"'{tokens[i - 1].text} {entry.surface}' is a place named after a saint, not the person"
    if entry.kind == "leader" and len(entry.tokens) == 1 and i > 0:
        place = _place_name_before(tokens, keys, i, lang, dic)
        if place is not None:
            return f"'{place} {entry.surface}' is a place named with the surname, not the person"  # Ain al-Asad
    if entry.agent in PARTY_AGENTS and i > 0 and tokens[i - 1].text == "(" and nxt is not None and nxt.text == ")":
        return f"'({entry.surface})' tags the person named before with a party"  # "Pedro Sánchez (PSOE)"
    if entry.kind not in _PLACE_KINDS:
        return None
    return _place_reject_reason(entry, tokens, keys, i, lang, dic, end, key, nxt)


_HYPHENS: Final = frozenset({"-", "‐"})
# a saint's title before a name makes a place of it ("San Marcos", "Santa Rosa", "São Tomé", "Saint-Louis")
_SAINTS: Final = frozenset({"san", "santa", "santo", "são", "sao", "saint", "sainte", "sankt"})
_PLACE_HEADS: Final = frozenset({"place", "capital", "country"})


def _place_reject_reason(entry: Entry, tokens: list[Token], keys: list[str], i: int, lang: str, dic: ActorDictionary,
                         end: int, key: str, nxt: Token | None) -> str | None:
    """`reject_reason` for a name of a place kind (a state, its capital or seat, a body, a place): the readings of
    the same words that name no state (a first name, a US state, a language, private people, a place or street of
    the city, an accord named by the city, a compound with a noun of no politics, one member of a body)."""
    amb = dic.ambiguity
    if key in amb.person_first_names and nxt is not None and _is_name_word(nxt.text) \
            and not dic.candidates(lang, keys[end]) and not (lang == "de" and is_known_word(nxt.text, lang)):
        return f"'{entry.surface}' is a first name before '{nxt.text}'"
    if key in amb.us_state_names:
        if nxt is not None and keys[end] in amb.state_words:
            return f"'{entry.surface} {nxt.text}' is the US state"
        context = set(keys) & amb.us_context
        if context:
            return f"US state: context {sorted(context)[0]!r}"
    if entry.kind == "country" and not _after_article(keys, i, amb.article_names.get(lang, {}).get(key)):
        return f"'{entry.surface}' is the state only after its article"  # "à Grenade" (the city), "la Grenade"
    if lang == "de" and entry.kind == "adjective" and end == i + 1 and i > 0 and _language_noun(tokens[i].text):
        return f"'{entry.surface}' is the language"  # "sagte er auf Englisch", "ins Russische übersetzt"
    if entry.kind == "adjective" and _beside_person_noun(tokens, keys, i, end, amb.person_nouns.get(lang)) \
            and not _barred(keys, i, lang):
        return f"'{entry.surface}' describes a private person, not the state"  # "touristes chinois", "Chinese tourists"
    if _names_people(entry, lang) and _after_crowd_quantifier(keys, i, amb.crowd_quantifiers.get(lang)):
        return f"'{entry.surface}' after a vague quantifier names private people, not the state"  # "viele Finnen"
    if entry.kind == "capital" and _city_place(tokens, keys, i, end, amb.city_places.get(lang)):
        return f"'{entry.surface}' names a place of the city (a university, a metro line), not the government"
    if entry.kind == "capital" and (
            _city_accord_after(tokens, keys, end, amb.city_accords.get(lang) or set())
            or _city_accord_before(tokens, keys, i, amb.city_accords_before.get(lang) or set(), lang)):
        return f"'{entry.surface}' names an accord by the city it was made in, not a party"  # "the Beijing agreement"
    if entry.kind in STATE_WORD_KINDS and _city_place(tokens, keys, i, end, amb.street_nouns.get(lang), _OF_STREET):
        return f"'{entry.surface}' names a street or a square, not the state"  # "Ukraine Street", "rue de Russie"
    for name in amb.places_with(lang, keys[i]):
        if _covers(keys, name, i, end):
            return f"part of the place name '{' '.join(name)}'"
    if entry.kind == "place" and nxt is not None and nxt.text in ("-", "‐") and end + 1 < len(tokens) \
            and tokens[end + 1].text[:1].isdigit():
        return f"'{entry.surface}-{tokens[end + 1].text}' is the name of a model (a missile, a ship)"  # Hwasong-18
    if nxt is not None and nxt.text in ("-", "‐") and end + 1 < len(tokens) \
            and nxt.start == tokens[end - 1].end:
        compound = _compound_reason(entry, tokens, keys, end, lang, amb)
        if compound is not None:
            return compound
    if entry.kind == "organisation" and nxt is not None and i > 0 \
            and keys[end] in amb.member_nouns_apart.get(lang, ()) \
            and keys[i - 1] in amb.member_determiners.get(lang, ()):
        # "a visit that made him the third European Union leader to meet Putin", "another EU leader": one of them
        return f"'{tokens[i - 1].text} {entry.surface} {nxt.text}' is one member, not the organisation"
    return None



def _compound_reason(entry: Entry, tokens: list[Token], keys: list[str], end: int, lang: str,
                     amb: Ambiguity) -> str | None:
    """The name joined by a hyphen to the noun after it ("Iran-Reise", "EU-Mitglied"): a compound with a noun of
    no politics names no actor, one with a member noun names one member, not the organisation."""
    head = keys[end + 1]
    nonpol = amb.non_political.get(lang, set())
    if head in nonpol or tokens[end + 1].lemma in nonpol:
        return f"compound with non-political noun '{tokens[end + 1].text}'"
    members = amb.member_nouns.get(lang, set())
    if entry.kind == "organisation" and head in members:
        return f"'{entry.surface}-{tokens[end + 1].text}' is one member, not the organisation"
    return None

_LEANINGS: Final = frozenset({"pro", "anti"})  # "pro-iranien", "anti-American", "pro-russisch", "pro-ruso"
# "the University of Tehran", "l'université de Téhéran"
_OF_CITY: Final = frozenset({"of", "de", "d'", "del", "du", "von"})
_OF_STREET: Final = _OF_CITY | {"des"}  # "le boulevard des États-Unis"
_CONSENT: Final = frozenset({"avec", "sans", "with", "without"})  # "avec l'accord de Washington": its consent, a party
_COMPOUNDING: Final = frozenset({"de"})  # languages that join a noun to the one before it: "Friedensabkommen"


def _city_place(tokens: list[Token], keys: list[str], i: int, end: int, nouns: set[str] | None,
                of: frozenset[str] = _OF_CITY) -> bool:
    """A capital beside a noun of a place named after its city: "Tehran University", "Moscow Metro" (the noun
    after it), "the University of Tehran", "l'université de Téhéran", "Universität Teheran", "метро Москвы" (the
    noun before it, perhaps with "of"); so too a state's name beside a street noun ("Ukraine Street", "la avenida de
    Francia", "Украинский бульвар")."""
    if not nouns:
        return False
    before = i - 2 if i > 1 and keys[i - 1] in of else i - 1
    return _noun_at(tokens, keys, end, nouns) or _noun_at(tokens, keys, before, nouns)


def _city_accord_after(tokens: list[Token], keys: list[str], end: int, nouns: set[str]) -> bool:
    """Is the city's name followed by an accord noun: "the Beijing agreement", or joined to it by a hyphen as German
    writes it ("die Ottawa-Konvention", "das Minsk-Abkommen")?"""
    if end + 1 < len(tokens) and tokens[end].text in ("-", "‐") and tokens[end - 1].end == tokens[end].start \
            and tokens[end].end == tokens[end + 1].start:
        return _noun_at(tokens, keys, end + 1, nouns)
    return _noun_at(tokens, keys, end, nouns)


def _city_accord_before(tokens: list[Token], keys: list[str], i: int, nouns: set[str], lang: str) -> bool:
    """Does an accord noun and its "of" come before the city: "l'accord de Washington", or with "de" written onto the
    name ("la convention d'Ottawa")? Not after "avec"/"sans": "avec l'accord de Washington" is its consent. German
    compounds end in the noun: "das Friedensabkommen von Pretoria"."""
    noun = i - 1 if keys[i].startswith(("d'", "d’")) else i - 2
    if noun == i - 2 and (i < 2 or keys[i - 1] not in _OF_CITY):
        return False
    if noun < 0 or noun >= 1 and keys[noun - 1] in _CONSENT:
        return False
    return _noun_at(tokens, keys, noun, nouns) or lang in _COMPOUNDING and any(
        keys[noun].endswith(n) for n in nouns)


def _noun_at(tokens: list[Token], keys: list[str], j: int, nouns: set[str]) -> bool:
    """Is tokens[j] (its key after an elision, or its lemma) one of `nouns`? False outside the sentence."""
    return 0 <= j < len(tokens) and (keys[j].split("'")[-1] in nouns or normalise(tokens[j].lemma) in nouns)


def _after_article(keys: list[str], i: int, before: set[str] | None) -> bool:
    """Is the word before tokens[i] (or before its "de") one of `before`? True when the name needs none."""
    if before is None:
        return True
    j = i - 2 if i > 1 and keys[i - 1] == "de" else i - 1
    return (j >= 0 and keys[j] in before) or (i > 0 and keys[i - 1] in before)


def _language_noun(text: str) -> bool:
    """German "Englisch", "Russisch", "Deutsch": capitalised without an ending inside a sentence, the adjective is
    the noun for the language (an attributive adjective is written small and takes an ending: "die russische")."""
    return text[:1].isupper() and text.endswith("sch")


# Spanish and French name a people by the adjective used as a noun ("muchos finlandeses", "de nombreux Finlandais");
# an adjective after a quantifier in English or German ("many Finnish troops") still names the state
_ADJECTIVE_PEOPLE_LANGS: Final = frozenset({"es", "fr"})


def _names_people(entry: Entry, lang: str) -> bool:
    """Can the entry name a people: a noun of their own ("Finnen", "Finns", "финны": a country form or an entry of the
    people), or where the language uses it so, the adjective?"""
    return entry.kind == "country" or entry.id.endswith(":people") \
        or entry.kind == "adjective" and lang in _ADJECTIVE_PEOPLE_LANGS


def _after_crowd_quantifier(keys: list[str], i: int, quantifiers: set[str] | None) -> bool:
    """Is the name at tokens[i] right after a vague quantifier of a crowd, of one word or two ("viele", "de
    nombreux")? Numbers are left alone: "Tausende Griechen demonstrierten" is the people who protested."""
    if not quantifiers or i < 1:
        return False
    return keys[i - 1] in quantifiers or (i >= 2 and f"{keys[i - 2]} {keys[i - 1]}" in quantifiers)


def _beside_person_noun(tokens: list[Token], keys: list[str], i: int, end: int, nouns: set[str] | None) -> bool:
    """Is the adjective at tokens[i:end] right after or right before a noun of private people (its article elided
    onto it: "l'ONG américaine")?"""
    if not nouns:
        return False
    return any(_noun_at(tokens, keys, j, nouns) or (tokens[j].lemma or "").lower() in nouns
               for j in (i - 1, end) if 0 <= j < len(tokens))


# "barred Israeli swimmers from", "banned Russian athletes": a state that keeps a state's sportsmen out acts on that
# state (a ban, SANCTION), so the adjective before them names it, as "barred entry to 500 Americans" does
_BARRING: Final = {"en": frozenset({"bar", "barred", "bars", "barring", "ban", "banned", "bans", "banning",
                                    "exclude", "excluded", "excludes", "excluding"})}
_BEFORE_BARRED: Final = frozenset({"the", "all", "two", "three", "several", "some"})


def _barred(keys: list[str], i: int, lang: str) -> bool:
    """Does a verb of barring stand right before the adjective at `i` (an article or a number between)?"""
    verbs = _BARRING.get(lang)
    if not verbs or i < 1:
        return False
    before = i - 2 if i >= 2 and keys[i - 1] in _BEFORE_BARRED else i - 1
    return keys[before] in verbs


def _covers(keys: list[str], name: tuple[str, ...], i: int, end: int) -> bool:
    """Does an occurrence of `name` in the sentence's keys span tokens [i, end)?"""
    for start in range(max(0, end - len(name)), i + 1):
        if tuple(keys[start:start + len(name)]) == name and start + len(name) >= end:
            return True
    return False


CALENDAR: Final = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                       "february", "march", "april", "may", "june", "july", "august", "september", "october",
                       "november", "december"})


def _is_surname(text: str) -> bool:
    """A capitalised word that may be a surname ("MacKay", "Faulkner"), not a date word ("Cameron Tuesday")."""
    return len(text) > 1 and text[:1].isupper() and text.isalpha() and not text.isupper() \
        and text.lower() not in CALENDAR


def _is_name_word(text: str) -> bool:
    return len(text) > 1 and text[:1].isupper() and text[1:].islower() and text.isalpha()


def _place_name_before(tokens: list[Token], keys: list[str], i: int, lang: str, dic: ActorDictionary) -> str | None:
    """"Ain al-Asad" (the Iraqi air base), "la base d'Aïn al-Assad", "Deir al-Assad": a surname after an Arabic name's
    particle whose word before opens a place name of the same shape in the place data ("Ain el Aarab", "Deir ez-Zor",
    "Ras Al Khaimah": a head, a particle, a name) ends that place's name; the person's own first name ("Bashar Al
    Assad") or a title ("President al-Assad") opens no place name. Returns the words before the surname."""
    particles = dic.ambiguity.name_particles
    j, particle = i - 1, False
    while j >= 0 and (tokens[j].text in _HYPHENS or keys[j] in particles):
        particle = particle or keys[j] in particles
        j -= 1
    if not particle or j < 0:
        return None
    head = tokens[j].text.replace("’", "'").rsplit("'", 1)[-1]  # "d'Aïn": the elided article is no part of it
    if not head[:1].isupper():
        return None
    key = normalise(head)
    if not any(e.kind in _PLACE_HEADS and len(e.tokens) > 2 and e.tokens[0] == key and e.tokens[1] in particles
               for e in dic.candidates(lang, key)):
        return None
    return " ".join(t.text for t in tokens[j:i]).replace(" - ", "-")


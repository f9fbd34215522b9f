"""The phrases of data/actors/references.yaml, read once and validated.

Every phrase is kept as normalised token keys, split exactly as the language
stage splits text, so matching is a comparison of tuples. Region words and the
non-final words of descriptions are compared after `fold` (inflection endings
cut), head nouns as written: "the Gulf states" (plural) is not "the Gulf state".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from realpolitik.actors.data_files import DATA_DIR, LINE, load_yaml
from realpolitik.actors.forms import normalise
from realpolitik.actors.loaders import token_keys
from realpolitik.actors.titles import title_offices
from realpolitik.errors import DataFileError
from realpolitik.language.inflection import GERMAN_ADJECTIVE_ENDINGS

_RU_ADJ_ENDINGS = ("ыми", "ими", "ого", "его", "ому", "ему", "ой", "ей", "ую", "юю", "ая", "яя", "ое", "ее", "ые",
                   "ие", "ых", "их", "ым", "им", "ом", "ем", "ый", "ий")
ANY = "any"  # the group of every country: "the country" is the latest country named


def fold(word: str, lang: str) -> str:
    """A normalised word without its inflection ending: 'caribeña' → 'caribeno', 'africaine' → 'africain'."""
    if lang == "ru":
        for ending in _RU_ADJ_ENDINGS:
            if word.endswith(ending) and len(word) > len(ending) + 2:
                return word[: -len(ending)]
        return word
    if lang == "de":
        for ending in GERMAN_ADJECTIVE_ENDINGS:
            if word.endswith(ending) and len(word) > len(ending) + 3:
                return word[: -len(ending)]
        return word
    if lang == "es":
        word = word[:-1] if word.endswith("s") and len(word) > 3 else word
        return word[:-1] + "o" if word.endswith("a") else word
    if lang == "fr":
        word = word[:-1] if word.endswith(("s", "x")) and len(word) > 3 else word
        word = word[:-1] if word.endswith("e") and len(word) > 3 else word
        return word[:-1] if word.endswith("nn") else word
    return word


@dataclass(frozen=True)
class Description:
    """A phrase naming one country by what it is: a fixed code, or the groups it must belong to."""

    keys: tuple[str, ...]
    code: str | None
    groups: tuple[str, ...]
    cased: bool  # written with a capital: "the North" is North Korea, "the north" is a direction


@dataclass
class LanguageReferences:
    lang: str = ""
    counted: dict[str, int] = field(default_factory=dict)
    numbers: dict[str, int] = field(default_factory=dict)
    definite: frozenset[str] = frozenset()
    # "del", "al": a preposition with the article in one word, before a title ("el discurso del mandatario")
    title_articles: frozenset[str] = frozenset()
    # "the Organisation of African Unity", "la Organización de la Unidad Africana": the definite articles that may open
    # the own name after a body word and its "of" (reference/bodies._own_name_after; French "l'" is `elided_articles`)
    name_articles: frozenset[str] = frozenset()
    group_nouns: dict[str, str] = field(default_factory=dict)
    # "die beiden Verteidigungsminister", "the two chancellors": every one-word title of one person's state office
    # the role words know (roles.yaml), counted as a group noun of agent GOV (`office_titles`)
    office_titles: frozenset[str] = frozenset()
    # "the two sides", "les deux parties": the sides of a conflict, never the actors that address them
    sides: frozenset[str] = frozenset()
    # "the two neighbours", "the two rivals": the parties of a conflict as `sides` are, so never a go-between
    rivals: frozenset[str] = frozenset()
    # "sous l'égide de la Turquie", "la médiation de Doha": words before a state that make it a go-between of the
    # story, which "the two sides" never stands for
    mediation_words: frozenset[str] = frozenset()
    # "Посредниками выступили Катар и Турция", "Qatar and Turkey acted as mediators": the verb that links a mediation
    # word to the states it names, before or after them
    mediation_links: frozenset[str] = frozenset()
    # "Qatar y Turquía, que mediaron en la tregua": the relative pronoun after a comma that opens a clause whose
    # mediation verb names the states before it as go-betweens
    mediation_relatives: frozenset[str] = frozenset()
    # "pidió a Rusia y a Ucrania": the mark of a person or state as the object, repeated after a list's "y"
    # (reference/history.sentence_seen reads the list through it)
    object_marks: frozenset[str] = frozenset()
    own: frozenset[str] = frozenset()
    # "dijo, tras reunirse con Rubio, que su país ...", "le dijo a Trump que su país ...": a person named right after
    # these words (a preposition, the Spanish object "a") is the speaker's partner, never the owner of "his country"
    # (reference/own._owner)
    own_not_after: frozenset[str] = frozenset()
    plural_pronouns: frozenset[str] = frozenset()
    pronoun_after: frozenset[str] = frozenset()
    # Russian: a plural pronoun next to a verb (these lemma endings) is a clause's subject or object, also after a
    # fronted phrase: "По итогам встречи стороны договорились", "призвал стороны к сдержанности"
    pronoun_verb_endings: tuple[str, ...] = ()
    # Russian, the plural of `sides` without "обе": "переговоры сторон", "между сторонами" (the oblique plural forms, no
    # singular's) are the story's two sides wherever they stand; "стороны", which is also the singular's genitive ("со
    # стороны России", "американской стороны"), only as the object right after a verb or the subject of a plural verb
    # (its endings `plural_verb_endings`), never after a word of `side_not_after` (a preposition) nor after an
    # adjective (`side_adjective_endings`: "третьих сторон", "другой стороны") other than "все" (`side_determiners`)
    side_plurals: frozenset[str] = frozenset()
    plural_verb_endings: tuple[str, ...] = ()
    side_not_after: frozenset[str] = frozenset()
    side_adjective_endings: tuple[str, ...] = ()
    side_determiners: frozenset[str] = frozenset()
    own_nouns: dict[str, str] = field(default_factory=dict)
    # "cuando la India bombardeó objetivos en su territorio": what a state owns and another strikes or enters is the
    # state named before the clause of the one who acts (reference/own._asset_owner)
    own_assets: dict[str, str] = field(default_factory=dict)
    # "Its aircraft struck ...", "Its forces ...": a body only the possessive that opens the sentence gives a state
    # (the one the sentence before named first); within a sentence "its troops" may be anyone's
    # (reference/own.own_country)
    opening_own_nouns: dict[str, str] = field(default_factory=dict)
    # "Son porte-parole a accusé ...", "Its spokesman said": a spokesman the opening possessive gives an owner speaks
    # for the one the sentence before named first, with that one's own code (reference/own._opening_voice)
    opening_voices: frozenset[str] = frozenset()
    # Russian "власти страны", "руководство страны": a body before the genitive of "the country" (`own_genitives`) is
    # that body (the agent mapped here) of the state the sentence named (reference/own.own_country)
    own_heads: dict[str, str] = field(default_factory=dict)
    own_genitives: frozenset[str] = frozenset()
    regions: list[tuple[tuple[str, ...], tuple[str, ...]]] = field(default_factory=list)
    country_nouns: list[tuple[tuple[str, ...], tuple[str, ...]]] = field(default_factory=list)
    region_after: bool = False
    descriptions: list[Description] = field(default_factory=list)
    indefinite: frozenset[str] = frozenset()
    bodies: frozenset[str] = frozenset()  # "bloc", "Bündnis", "alianza": the organisation named last
    # "the forum", "der Initiative", "la organización": the organisation named last whose own name has that word
    # (the Pacific Islands Forum, the Drei-Meere-Initiative), never another one
    name_heads: frozenset[str] = frozenset()
    # words that may stand between the article and such a body word: "the regional bloc", "the 27-member bloc",
    # "das westafrikanische Bündnis" (numerals and hyphens too); not "the opposition alliance"
    body_modifiers: frozenset[str] = frozenset()
    group_bodies: frozenset[str] = frozenset()  # "die Miliz": the armed group named last
    courts: frozenset[str] = frozenset()  # "das Gericht", "the court", "la Cour": the court named last
    # "the alliance", "das Bündnis", "альянс": of the bodies, those that name a military alliance (`alliance_codes`)
    alliances: frozenset[str] = frozenset()
    # "the agency", "the watchdog", "el organismo": the agency named last (an organisation of `agency_codes`), not
    # another body: "Tehran suspended its cooperation with the agency" after the IAEA
    agencies: frozenset[str] = frozenset()
    # "die Kommission", "the Commission", "la Comisión": an organisation's own body by its office (word → its code),
    # where the article has named that organisation
    institutions: dict[str, str] = field(default_factory=dict)
    plural_nouns: frozenset[str] = frozenset()  # "Staaten", "countries", "pays": heads of "the Western countries"
    # "главы правительств", "главы государств": a plural head noun → the genitive plurals that make it an office (the
    # noun alone is also a chapter: "две переговорные главы"); actors/reference/offices.office_holders
    office_heads: dict[str, frozenset[str]] = field(default_factory=dict)
    body_openers: frozenset[str] = frozenset()  # "В МИД заявили": a preposition before a body opening a sentence
    # Russian (no articles): a body word after an adjective is a new description, not the body named last
    # ("международное сообщество", "военный блок"): the lemma endings of such adjectives
    body_adjective_endings: tuple[str, ...] = ()
    # German: the lower-case words after which an article and role word are no subject put after the verb
    verb_second: frozenset[str] = frozenset()
    subject_articles: frozenset[str] = frozenset()  # German: the articles of that subject ("der", not "dem")
    # German: conjunctions of verb-final clauses; an article and role word right after one open the clause's subject
    subordinators: frozenset[str] = frozenset()
    government_kinds: frozenset[str] = frozenset()  # "gouvernement de transition": what kind, not whose
    # "le président sortant Joe Biden": words between a role word and its holder's name (one or two words)
    office_qualifiers: frozenset[str] = frozenset()
    # "le premier ministre ontarien", "the provincial government", "der bayerische Ministerpräsident": beginnings of
    # words that make a role word beside them an office below the state's (no national government)
    subnational: tuple[str, ...] = ()
    # "le gouvernement fédéral", "the federal government": beginnings of words that make a role word beside them the
    # federal state's, not the state named last
    federal: tuple[str, ...] = ()
    # "la junte", "the regime": role words for a kind of rule that one state of the story has; used again alone,
    # such a word names the state it was last said of (role entry names, lower-cased)
    one_state_roles: frozenset[str] = frozenset()
    # "der König", "the king", "le roi": role words only a monarchy has; alone, such a word names the monarchy named
    # last with that kind of actor, not a republic whose president spoke since (role entry names, lower-cased)
    monarch_roles: frozenset[str] = frozenset()
    # "the junta", "la junte", "хунта": role words only a state under military rule has (group `military_rule`);
    # alone, such a word names that state, not the state of a civilian minister who spoke since
    junta_roles: frozenset[str] = frozenset()
    # "die Militärs", "los militares", "военные": plurals that name one body of a state (its officers in power), read
    # alone as a singular role word is (other plurals, "die Behörden", "the soldiers", leave whose unclear)
    body_plurals: frozenset[str] = frozenset()
    # the endings of a verb's lemma (Russian "ть", "ться"): a lower-case word after a role word whose lemma has none
    # is part of its noun phrase ("Военные корабли США": the noun "военные" qualifies; "Командование миротворческих
    # сил НАТО": a genitive up to the owner), not the verb of its clause
    verb_lemma_endings: tuple[str, ...] = ()
    # "les manifestants", "protesters": role words for a crowd that acts, the people of where it is (role entry names)
    crowds: frozenset[str] = frozenset()
    # German "der Bundesrat", "die Bundespräsidentin": offices (role entry names) that other German-speaking states
    # have too, each with those states and the office's agent there (actors/shared_offices.py)
    home_offices: dict[str, dict[str, str]] = field(default_factory=dict)
    # "the Baltic states", "Страны Балтии": a fixed group of countries, each one an actor (phrase keys → group)
    fixed_groups: list[tuple[tuple[str, ...], str]] = field(default_factory=list)
    # "die Mitglieder der", "the member states of", "les pays de l'": before an organisation, its members named
    # in the article stand for it (phrase keys as written, the linking words included)
    members_of: list[tuple[str, ...]] = field(default_factory=list)
    # "соседняя страна", "соседнее государство": adjectives (lemmas) that, before a country noun, name the other state
    # of the story (reference/own.neighbour_reference)
    neighbours: frozenset[str] = frozenset()
    # "suspendió la venta de electricidad a su vecino": nouns that after one of `neighbour_determiners` name, by
    # themselves, the other state of the story (reference/own.neighbour_reference)
    neighbour_nouns: frozenset[str] = frozenset()
    neighbour_determiners: frozenset[str] = frozenset()
    # "dem östlichen Nachbarn", "its southern neighbour": a point of the compass between the determiner and the noun
    # names the same neighbour (reference/own.neighbour_reference)
    neighbour_compass: frozenset[str] = frozenset()
    # "les Européens", "европейцев": a people's name in the plural → the region (a key of `groups`) whose states the
    # article listed it stands for (reference/demonyms)
    demonyms: dict[str, str] = field(default_factory=dict)
    first_words: frozenset[str] = frozenset()  # any word a phrase can start with: most tokens fail here
    # lang → these phrases filed by their first word (reference/descriptions._PhraseStarts), made on first use and
    # kept with the data they were made of: a table keyed by id(data) could hand them to a later object given the same
    # id
    phrase_starts: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def owners(self) -> frozenset[str]:
        """Words that make an "of" phrase name owners not read yet: "los presidentes de ambos países"."""
        return frozenset(self.counted) | frozenset(self.numbers)


@dataclass
class ReferenceData:
    groups: dict[str, frozenset[str]]
    languages: dict[str, LanguageReferences]
    court_codes: frozenset[str] = frozenset()  # organisations that are courts: what "the court" may stand for
    alliance_codes: frozenset[str] = frozenset()  # military alliances: what "the alliance" may stand for
    agency_codes: frozenset[str] = frozenset()  # agencies: what "the agency", "the watchdog" may stand for
    dispute_bodies: frozenset[str] = frozenset()  # no courts, but hear disputes between states (the WTO)
    # a state's people and offices abroad (`serving_abroad`): the envoys' role words (exact, as written) and the
    # beginnings of the other words for a mission (a chargé d'affaires, an embassy)
    envoys: frozenset[str] = frozenset()
    missions: tuple[str, ...] = ()
    # an organisation of a few members → its member states in the order listed (`blocs`; in order, so that every run
    # reads "the three countries" alike): "the three countries" of an article about the AES
    blocs: dict[str, tuple[str, ...]] = field(default_factory=dict)


def _mapping(raw: object, where: str, path: Path, line: int | None) -> dict:
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise DataFileError(str(path), line, f"{where} must be a mapping")
    return {k: v for k, v in raw.items() if k != LINE}


def _groups_of(value: object, groups: dict[str, frozenset[str]], where: str, path: Path,
               line: int | None) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(g, str) for g in value):
        raise DataFileError(str(path), line, f"{where} must be a list of group names")
    unknown = [g for g in value if g not in groups and g != ANY]
    if unknown:
        raise DataFileError(str(path), line, f"{where}: unknown group(s) {unknown}; define them under `groups`")
    return tuple(value)


def _language(raw: dict, lang: str, groups: dict[str, frozenset[str]], path: Path) -> LanguageReferences:
    """One language's section: its word lists, one line per key (their length is the field list), then its phrases
    and the words they start with."""
    line = raw.get(LINE)
    out = LanguageReferences(lang=lang, region_after=bool(raw.get("region_after", False)))
    for section, target in (("counted", out.counted), ("numbers", out.numbers)):
        for word, n in _mapping(raw.get(section), f"{lang}.{section}", path, line).items():
            if not isinstance(n, int) or n < 0:
                raise DataFileError(str(path), line, f"{lang}.{section}: {word!r} needs a number (0: the latest list)")
            target[normalise(str(word))] = n
    out.definite = frozenset(normalise(w) for w in raw.get("definite") or [])
    out.title_articles = out.definite | frozenset(normalise(w) for w in raw.get("title_articles") or [])
    out.name_articles = frozenset(normalise(w) for w in raw.get("name_articles") or [])
    for section, target in (("group_nouns", out.group_nouns), ("own_nouns", out.own_nouns),
                            ("own_assets", out.own_assets), ("opening_own_nouns", out.opening_own_nouns),
                            ("own_heads", out.own_heads)):
        for word, agent in _mapping(raw.get(section), f"{lang}.{section}", path, line).items():
            target[normalise(str(word))] = str(agent or "")
    out.own = frozenset(normalise(w) for w in raw.get("own") or [])
    out.own_not_after = frozenset(normalise(w) for w in raw.get("own_not_after") or [])
    out.opening_voices = frozenset(normalise(w) for w in raw.get("opening_voices") or [])
    out.own_genitives = frozenset(normalise(w) for w in raw.get("own_genitives") or [])
    out.sides = frozenset(normalise(w) for w in raw.get("sides") or [])
    out.rivals = frozenset(normalise(w) for w in raw.get("rivals") or [])
    out.mediation_words = frozenset(normalise(w) for w in raw.get("mediation_words") or [])
    out.mediation_links = frozenset(normalise(w) for w in raw.get("mediation_links") or [])
    out.mediation_relatives = frozenset(normalise(w) for w in raw.get("mediation_relatives") or [])
    out.object_marks = frozenset(normalise(w) for w in raw.get("object_marks") or [])
    out.plural_pronouns = frozenset(normalise(w) for w in raw.get("plural_pronouns") or [])
    out.pronoun_after = frozenset(normalise(w) for w in raw.get("pronoun_after") or []) | {","}
    out.pronoun_verb_endings = tuple(normalise(w) for w in raw.get("pronoun_verb_endings") or [])
    out.side_plurals = frozenset(normalise(w) for w in raw.get("side_plurals") or [])
    out.plural_verb_endings = tuple(normalise(w) for w in raw.get("plural_verb_endings") or [])
    out.side_not_after = frozenset(normalise(w) for w in raw.get("side_not_after") or [])
    out.side_adjective_endings = tuple(normalise(w) for w in raw.get("side_adjective_endings") or [])
    out.side_determiners = frozenset(normalise(w) for w in raw.get("side_determiners") or [])
    out.indefinite = frozenset(normalise(w) for w in raw.get("indefinite") or [])
    out.bodies = frozenset(normalise(w) for w in raw.get("bodies") or [])
    out.name_heads = frozenset(normalise(w) for w in raw.get("name_heads") or [])
    out.body_modifiers = frozenset(normalise(w) for w in raw.get("body_modifiers") or [])
    out.group_bodies = frozenset(normalise(w) for w in raw.get("group_bodies") or [])
    out.courts = frozenset(normalise(w) for w in raw.get("courts") or [])
    out.alliances = frozenset(normalise(w) for w in raw.get("alliances") or [])
    out.agencies = frozenset(normalise(w) for w in raw.get("agencies") or [])
    for word, code in _mapping(raw.get("institutions"), f"{lang}.institutions", path, line).items():
        if not isinstance(code, str) or not code:
            raise DataFileError(str(path), line, f"{lang}.institutions: {word!r} needs an organisation code")
        out.institutions[normalise(str(word))] = code
    out.plural_nouns = frozenset(normalise(w) for w in raw.get("plural_nouns") or [])
    heads = _mapping(raw.get("office_heads"), f"{lang}.office_heads", path, line)
    out.office_heads = {normalise(str(head)): frozenset(normalise(str(w)) for w in words or [])
                        for head, words in heads.items()}
    out.body_openers = frozenset(normalise(w) for w in raw.get("body_openers") or [])
    out.body_adjective_endings = tuple(normalise(w) for w in raw.get("body_adjective_endings") or [])
    out.verb_second = frozenset(normalise(w) for w in raw.get("verb_second") or [])
    out.subject_articles = frozenset(normalise(w) for w in raw.get("subject_articles") or [])
    out.subordinators = frozenset(normalise(w) for w in raw.get("subordinators") or [])
    out.government_kinds = frozenset(normalise(w) for w in raw.get("government_kinds") or [])
    out.office_qualifiers = frozenset(normalise(w) for w in raw.get("office_qualifiers") or [])
    out.subnational = tuple(normalise(w) for w in raw.get("subnational") or [])
    out.federal = tuple(normalise(w) for w in raw.get("federal") or [])
    out.one_state_roles = frozenset(normalise(w) for w in raw.get("one_state_roles") or [])
    out.monarch_roles = frozenset(normalise(w) for w in raw.get("monarch_roles") or [])
    out.junta_roles = frozenset(normalise(w) for w in raw.get("junta_roles") or [])
    out.body_plurals = frozenset(normalise(w) for w in raw.get("body_plurals") or [])
    out.verb_lemma_endings = tuple(normalise(w) for w in raw.get("verb_lemma_endings") or [])
    out.crowds = frozenset(normalise(w) for w in raw.get("crowds") or [])
    out.neighbours = frozenset(normalise(w) for w in raw.get("neighbours") or [])
    out.neighbour_nouns = frozenset(normalise(w) for w in raw.get("neighbour_nouns") or [])
    out.neighbour_determiners = frozenset(normalise(w) for w in raw.get("neighbour_determiners") or [])
    out.neighbour_compass = frozenset(normalise(w) for w in raw.get("neighbour_compass") or [])
    out.demonyms = {normalise(str(w)): str(r) for w, r in (raw.get("demonyms") or {}).items()}
    for word, states in _mapping(raw.get("home_offices"), f"{lang}.home_offices", path, line).items():
        states = _mapping(states, f"{lang}.home_offices.{word}", path, line)
        if not states or not all(isinstance(c, str) and len(c) == 3 and isinstance(a, str) for c, a in states.items()):
            raise DataFileError(str(path), line, f"{lang}.home_offices.{word} must map states (alpha-3) to agents")
        out.home_offices[normalise(str(word))] = {str(c): str(a) for c, a in states.items()}
    _read_phrases(out, raw, lang, groups, path, line)
    out.first_words = _first_words(out, lang)
    return out


def _read_phrases(out: LanguageReferences, raw: dict, lang: str, groups: dict[str, frozenset[str]], path: Path,
                  line: int | None) -> None:
    """The phrases of a language's section as token keys (regions, country nouns, descriptions, fixed groups,
    members_of), each list but the country nouns longest first: a reader tries "west african" before "african"."""
    for phrase, value in _mapping(raw.get("regions"), f"{lang}.regions", path, line).items():
        keys = tuple(fold(k, lang) for k in token_keys(str(phrase), lang))
        out.regions.append((keys, _groups_of(value, groups, f"{lang}.regions.{phrase}", path, line)))
    out.regions.sort(key=lambda r: -len(r[0]))  # "west african" before "african"
    for word, value in _mapping(raw.get("country_nouns"), f"{lang}.country_nouns", path, line).items():
        out.country_nouns.append((token_keys(str(word), lang),
                                  _groups_of(value, groups, f"{lang}.country_nouns.{word}", path, line)))
    for phrase, value in _mapping(raw.get("descriptions"), f"{lang}.descriptions", path, line).items():
        text = str(phrase)
        keys = token_keys(text, lang)
        if isinstance(value, str):
            description = Description(keys, value, (), text[:1].isupper() and lang == "en")
        else:
            description = Description(keys, None, _groups_of(value, groups, f"{lang}.descriptions.{text}", path,
                                                             line), text[:1].isupper() and lang == "en")
        out.descriptions.append(description)
    out.descriptions.sort(key=lambda d: -len(d.keys))
    for phrase, name in _mapping(raw.get("fixed_groups"), f"{lang}.fixed_groups", path, line).items():
        _groups_of([name], groups, f"{lang}.fixed_groups.{phrase}", path, line)
        out.fixed_groups.append((token_keys(str(phrase), lang), str(name)))
    out.fixed_groups.sort(key=lambda g: -len(g[0]))
    out.members_of = sorted((token_keys(str(p), lang) for p in raw.get("members_of") or []), key=lambda k: -len(k))


def _first_words(out: LanguageReferences, lang: str) -> frozenset[str]:
    """Every word a reference phrase of `out` can start with, as written and folded: the readers skip a token that
    is none of them (most tokens) before any look-up."""
    firsts = set(out.counted) | set(out.numbers) | out.own | set(out.own_heads) | out.plural_pronouns | out.bodies \
        | out.agencies \
        | out.group_bodies | out.name_heads | out.courts | set(out.institutions) | out.plural_nouns \
        | {d.keys[0] for d in out.descriptions} | {k[0] for k, _name in out.fixed_groups} \
        | {k[0] for k in out.members_of} | out.neighbours | out.neighbour_nouns | set(out.office_heads)
    if not out.definite:  # "Министры осудили ...": with no article, a plural office noun opens its phrase itself
        firsts |= set(out.group_nouns)
    if out.region_after:
        firsts |= {keys[0] for keys, _groups in out.country_nouns}
    else:
        firsts |= {keys[0] for keys, _groups in out.regions}
    return frozenset(firsts | {fold(w, lang) for w in firsts})


def load_reference_data(path: Path = DATA_DIR / "references.yaml",
                        roles_path: Path = DATA_DIR / "roles.yaml") -> ReferenceData:
    """Read and validate the reference phrases; a broken entry raises DataFileError with file and line."""
    raw = load_yaml(path)
    if not isinstance(raw, dict) or "groups" not in raw:
        raise DataFileError(str(path), 1, "a references file needs `groups` and one section per language")
    groups: dict[str, frozenset[str]] = {}
    for name, members in _mapping(raw["groups"], "groups", path, raw["groups"].get(LINE)).items():
        if not isinstance(members, list) or not all(isinstance(c, str) and len(c) == 3 for c in members):
            raise DataFileError(str(path), raw["groups"].get(LINE), f"group {name!r} must list ISO alpha-3 codes")
        groups[name] = frozenset(members)
    languages = {lang: _language(section, lang, groups, path) for lang, section in raw.items()
                 if lang not in ("groups", "serving_abroad", "blocs", LINE) and isinstance(section, dict)}
    roles = load_yaml(roles_path)
    for lang, data in languages.items():
        data.office_titles = office_titles(roles.get(lang) if isinstance(roles, dict) else None)
    listed = {}
    for key in ("court_codes", "alliance_codes", "agency_codes", "dispute_bodies"):
        codes = raw.get(key) or []
        if not isinstance(codes, list) or not all(isinstance(c, str) for c in codes):
            raise DataFileError(str(path), 1, f"{key} must list organisation codes")
        listed[key] = frozenset(codes)
    abroad = _mapping(raw.get("serving_abroad"), "serving_abroad", path, 1)
    words = {key: abroad.get(key) or [] for key in ("envoys", "missions")}
    if not all(isinstance(w, list) and all(isinstance(x, str) for x in w) for w in words.values()):
        raise DataFileError(str(path), 1, "serving_abroad.envoys and serving_abroad.missions must list words")
    listed_groups = _mapping(raw["groups"], "groups", path, raw["groups"].get(LINE))
    blocs = {code: tuple(listed_groups[name]) for code, name in _mapping(raw.get("blocs"), "blocs", path, 1).items()
             if _known_group(name, groups, path)}
    return ReferenceData(groups, languages, listed["court_codes"], listed["alliance_codes"], listed["agency_codes"],
                         listed["dispute_bodies"], frozenset(words["envoys"]), tuple(words["missions"]), blocs)


def _known_group(name: object, groups: dict[str, frozenset[str]], path: Path) -> bool:
    """A bloc's members are a group of `groups` (a typo would make a bloc of no one)."""
    if not isinstance(name, str) or name not in groups:
        raise DataFileError(str(path), 1, f"blocs: {name!r} is no group; define it under `groups`")
    return True


def office_titles(groups: object) -> frozenset[str]:
    """Every one-word title of a state's office held by one person that a language's role words (roles.yaml) know: a
    president, a head of government, a minister (`titles.title_offices`), not the office of a single state
    ("Bundeskanzler") nor a flagged word (a capital, a counterpart). Counted, as "the two presidents" is, each
    stands for two states, read from the role data once instead of one more word in `group_nouns`."""
    if not isinstance(groups, list):
        return frozenset()
    return frozenset(normalise(str(word)) for group in groups if isinstance(group, dict) and group.get("agent") == "GOV"
                     and not group.get("flags") and not group.get("country")
                     for word in group.get("words") or [] if " " not in str(word) and title_offices(str(word)))


@lru_cache(maxsize=1)
def reference_data() -> ReferenceData:
    """The built-in reference phrases, loaded once."""
    return load_reference_data()

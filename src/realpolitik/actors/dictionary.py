"""The actor dictionary: all entries, indexed by the normalised form of their first token.

Built once from the data files (cached); user files are merged over the built-ins
with a higher priority, so a user's reading of a name wins a tie with ours.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from realpolitik.actors import loaders
from realpolitik.actors.data_files import DATA_DIR, LINE, REFERENCE_DIR, load_yaml
from realpolitik.actors.entries import Entry
from realpolitik.actors.forms import normalise
from realpolitik.disk_cache import built
from realpolitik.errors import DataFileError

_YAML_SECTIONS = ("leaders", "organisations", "seats", "roles")


@dataclass
class Ambiguity:
    """Context rules for names that are not always actors (see ambiguity.yaml)."""

    person_first_names: set[str] = field(default_factory=set)  # normalised: 'jordan', 'paris', 'chad'
    us_state_names: set[str] = field(default_factory=set)
    us_context: set[str] = field(default_factory=set)
    state_words: set[str] = field(default_factory=set)  # 'state' in 'Washington state'
    non_political: dict[str, set[str]] = field(default_factory=dict)  # lang → compound heads
    member_nouns: dict[str, set[str]] = field(default_factory=dict)  # lang → "Land" in "G7-Land": one member
    # lang → "leader" in "the third European Union leader to meet Putin", "an EU country": one member, after one of
    # `member_determiners` (an indefinite article or an ordinal: "EU leaders" at a summit stay the body)
    member_nouns_apart: dict[str, set[str]] = field(default_factory=dict)
    member_determiners: dict[str, set[str]] = field(default_factory=dict)
    # lang → nouns of private people ("touristes", "attaquant"): a state adjective beside one names no actor
    person_nouns: dict[str, set[str]] = field(default_factory=dict)
    # lang → vague quantifiers of a crowd ("viele", "many", "de nombreux"): the people's name after one names private
    # people, not the state ("viele Finnen reisen nach Russland")
    crowd_quantifiers: dict[str, set[str]] = field(default_factory=dict)
    # lang → places named after their city ("university", "metro"): "Tehran University" is no government
    city_places: dict[str, set[str]] = field(default_factory=dict)
    # lang → nouns of accords named after a city ("agreement", "format"): "the Beijing agreement" names no party
    city_accords: dict[str, set[str]] = field(default_factory=dict)
    # lang → the same nouns where they stand before the city and its "of" ("l'accord de Washington", "le groupe de
    # Minsk"): the accord's name, no party (not "avec l'accord de Washington", with its consent)
    city_accords_before: dict[str, set[str]] = field(default_factory=dict)
    # lang → street nouns ("street", "rue", "бульвар"): "Ukraine Street", "la rue de Russie" name no state
    street_nouns: dict[str, set[str]] = field(default_factory=dict)
    # lang → name → the words one of which must come right before it ("la" before "Grenade"), as keys
    article_names: dict[str, dict[str, set[str]]] = field(default_factory=dict)
    # the articles and particles inside Arabic names, as keys ("al", "el", "аль"): "Ain al-Asad" (the air base), "Bashar
    # al-Assad" (the man): the word before them tells whose name the surname after them ends
    name_particles: set[str] = field(default_factory=set)
    # lang → place names that hold a state's name ("South China Sea", "Latin American"), as token keys
    place_names: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    _places_by_word: dict[str, tuple[int, dict[str, list[tuple[str, ...]]]]] = field(
        default_factory=dict, repr=False, compare=False)

    def places_with(self, lang: str, key: str) -> list[tuple[str, ...]]:
        """The place names of `lang` that hold the word `key`, in their listed order: only those can cover a
        name found at that word (every name of a place found was tested against every place name)."""
        names = self.place_names.get(lang, ())
        kept = self._places_by_word.get(lang)
        if kept is None or kept[0] != len(names):
            by_word: dict[str, list[tuple[str, ...]]] = {}
            for name in names:
                for word in dict.fromkeys(name):
                    by_word.setdefault(word, []).append(name)
            kept = self._places_by_word[lang] = (len(names), by_word)
        return kept[1].get(key, [])


def _entry_table() -> defaultdict[str, list[Entry]]:
    """A language's table (a named function, not a lambda: the built dictionary is pickled, see disk_cache)."""
    return defaultdict(list)


_NONE: list[Entry] = []  # what `candidates` gives for a key no entry begins with; never changed


class ActorDictionary:
    """Entries by language, looked up by the first token's normalised text or lemma."""

    def __init__(self, version: str):
        self.version = version
        self.ambiguity = Ambiguity()
        self._by_lang: dict[str, dict[str, list[Entry]]] = defaultdict(_entry_table)
        self._all_langs: dict[str, list[Entry]] = defaultdict(list)
        self.sources: list[str] = []
        self._sorted = False

    def add(self, entry: Entry, langs: tuple[str, ...] | None) -> None:
        if langs is None:
            self._all_langs[entry.tokens[0]].append(entry)
        else:
            for lang in langs:
                self._by_lang[lang][entry.tokens[0]].append(entry)
        self._sorted = False

    def remove_id(self, entry_id: str) -> None:
        """Drop every form of an entry (a user file redefining a leader or organisation)."""
        for table in [self._all_langs, *self._by_lang.values()]:
            for key in list(table):
                table[key] = [e for e in table[key] if e.id != entry_id]

    def finish(self) -> None:
        """Sort candidate lists longest first so the matcher can stop at the first hit."""
        for table in [self._all_langs, *self._by_lang.values()]:
            for values in table.values():
                if len(values) > 1:  # most first words begin one name
                    values.sort(key=lambda e: e.rank, reverse=True)
        self._index: dict[str, dict[str, list[Entry]]] = {}
        self._filed: dict[tuple[str, str], tuple[list[int], dict[str, list[int]]]] = {}
        self._words: dict[str, dict[tuple[str, str], tuple]] = {}
        self._sorted = True

    def index(self, lang: str) -> dict[str, list[Entry]]:
        """First-token key → the entries of `lang` and the language-free ones, longest first.

        Built whole on a language's first use (the process's warm-up, before workers fork): the matcher
        tests every token of every sentence against it, and most words begin no name, so a test must
        be one dict look-up, not a call that merges lists."""
        if not self._sorted:
            self.finish()
        found = self._index.get(lang)
        if found is None:
            own, shared = self._by_lang.get(lang, {}), self._all_langs
            found = {}
            for key in (*own, *(k for k in shared if k not in own)):
                mine, common = own.get(key), shared.get(key)
                if mine and common:
                    found[key] = sorted(mine + common, key=lambda e: e.rank, reverse=True)
                elif mine or common:
                    found[key] = mine or common  # sorted by finish(); the matcher only reads it
            self._index[lang] = found
        return found

    def filed_by_second_word(self, lang: str, key: str) -> tuple[list[int], dict[str, list[int]]]:
        """The positions in `index(lang)[key]` of its one-word names, and of the others by their second word: a first
        word that begins many names ("el": ninety) need not be followed through each (`actors.matcher`). Filed on
        first need, dropped with the index when entries are added."""
        filed = self._filed.get((lang, key))
        if filed is None:
            singles: list[int] = []
            by_second: dict[str, list[int]] = {}
            for n, entry in enumerate(self.index(lang).get(key, ())):
                if len(entry.tokens) > 1:
                    by_second.setdefault(entry.tokens[1], []).append(n)
                else:
                    singles.append(n)
            filed = self._filed[(lang, key)] = (singles, by_second)
        return filed

    def word_starts(self, lang: str) -> dict[tuple[str, str], tuple]:
        """The matcher's table of what each word (text, lemma) alone decides of the names of `lang` that may begin
        at it (`actors.matcher`): filled as words come, dropped with the index when entries are added."""
        if not self._sorted:
            self.finish()
        table = self._words.get(lang)
        if table is None:
            table = self._words[lang] = {}
        return table

    def candidates(self, lang: str, key: str) -> list[Entry]:
        """Entries whose first token is `key` in language `lang` (plus language-free entries)."""
        return self.index(lang).get(key, _NONE)

    def entries(self, lang: str | None = None) -> list[Entry]:
        """Every entry (for a language, including language-free ones)."""
        tables = [self._all_langs] + ([self._by_lang[lang]] if lang else list(self._by_lang.values()))
        return [e for table in tables for values in table.values() for e in values]

    def __len__(self) -> int:
        """How many entries (counted, not listed)."""
        tables = [self._all_langs, *self._by_lang.values()]
        return sum(len(values) for table in tables for values in table.values())


def _load_ambiguity(dic: ActorDictionary, path: Path) -> None:
    data = load_yaml(path)
    if not isinstance(data, dict):
        raise DataFileError(str(path), 1, "ambiguity file must be a mapping")
    amb = dic.ambiguity
    amb.person_first_names |= {normalise(w) for w in data.get("person_first_names", [])}
    amb.us_state_names |= {normalise(w) for w in data.get("us_state_names", [])}
    amb.us_context |= {normalise(w) for w in data.get("us_context", [])}
    amb.state_words |= {normalise(w) for w in data.get("state_words", [])}
    amb.name_particles |= {normalise(w) for w in data.get("name_particles", [])}
    for key, table in (("non_political", amb.non_political), ("member_nouns", amb.member_nouns),
                       ("member_nouns_apart", amb.member_nouns_apart), ("member_determiners", amb.member_determiners),
                       ("person_nouns", amb.person_nouns), ("crowd_quantifiers", amb.crowd_quantifiers),
                       ("city_places", amb.city_places),
                       ("city_accords", amb.city_accords), ("city_accords_before", amb.city_accords_before),
                       ("street_nouns", amb.street_nouns)):
        for lang, words in (data.get(key) or {}).items():
            if lang != LINE:
                table.setdefault(lang, set()).update(normalise(w) for w in words)
    for lang, names in (data.get("article_names") or {}).items():
        if lang != LINE:
            amb.article_names.setdefault(lang, {}).update(
                {normalise(n): {normalise(w) for w in before} for n, before in names.items() if n != LINE})
    for lang, names in (data.get("place_names") or {}).items():
        if lang != LINE:
            amb.place_names.setdefault(lang, []).extend(loaders.token_keys(n, lang) for n in names)


def _add_all(dic: ActorDictionary, items) -> None:
    for entry, langs in loaders.dedupe(items):
        dic.add(entry, langs)


def _redefine_all(dic: ActorDictionary, items: list, priority: int) -> None:
    """Leaders and organisations of a user file (priority > 0) replace the built-in entries of the same id, every
    form of them; the built-in files only add."""
    if priority:
        for entry_id in {e.id for e, _ in items}:
            dic.remove_id(entry_id)
    _add_all(dic, items)


def _load_yaml_sections(dic: ActorDictionary, path: Path, data: dict, known: set[str], priority: int) -> None:
    """A YAML file with any of the sections leaders / organisations / seats / roles."""
    unknown = [k for k in data if k not in _YAML_SECTIONS and k not in (LINE, "version")]
    if unknown:
        raise DataFileError(str(path), data.get(LINE), f"unknown section(s) {unknown}; use {_YAML_SECTIONS}")
    if "leaders" in data:
        _redefine_all(dic, list(loaders.leaders(data["leaders"], path, known, priority)), priority)
    if "organisations" in data:
        _redefine_all(dic, list(loaders.organisations(data["organisations"], path, known, priority)), priority)
    if "seats" in data:
        _add_all(dic, loaders.seats(data["seats"], path, priority))
    if "roles" in data:
        _add_all(dic, loaders.roles(data["roles"], path, priority))


def build_dictionary(extra_files: Sequence[str | Path] = (), data_dir: Path = DATA_DIR) -> ActorDictionary:
    """Read and validate every built-in file, then the user's files over them."""
    manifest = load_yaml(data_dir / "manifest.yaml")
    if not isinstance(manifest, dict) or not manifest.get("version"):
        raise DataFileError(str(data_dir / "manifest.yaml"), 1, "manifest lacks 'version'")
    dic = ActorDictionary(str(manifest["version"]))
    known: set[str] = set()
    _add_all(dic, loaders.countries_from_cldr(REFERENCE_DIR / "countries.csv", known))
    _add_all(dic, loaders.adjectives_de(REFERENCE_DIR / "demonyms_de.csv", known))
    _add_all(dic, loaders.adjectives_en(REFERENCE_DIR / "demonyms_en.csv", known))
    _add_all(dic, loaders.country_names(data_dir / "country_names.csv", known))
    _add_all(dic, loaders.capitals(data_dir / "capitals.csv", known))
    _add_all(dic, loaders.places(data_dir / "places.csv", known))
    _add_all(dic, loaders.places(data_dir / "regions.csv", known))
    for section in _YAML_SECTIONS:
        path = data_dir / f"{section}.yaml"
        _load_yaml_sections(dic, path, {section: load_yaml(path)}, known, 0)
    _load_ambiguity(dic, data_dir / "ambiguity.yaml")
    dic.sources.append(str(data_dir))
    for extra in extra_files:
        _load_user_file(dic, Path(extra), known)
    dic.finish()
    return dic


def _load_user_file(dic: ActorDictionary, path: Path, known: set[str]) -> None:
    """User YAML (sections as the built-in YAML files) or CSV (columns of country_names.csv)."""
    if not path.exists():
        raise DataFileError(str(path), None, "file not found")
    if path.suffix.lower() in (".yaml", ".yml"):
        data = load_yaml(path)
        if not isinstance(data, dict):
            raise DataFileError(str(path), 1, f"expected a mapping with sections {_YAML_SECTIONS}")
        _load_yaml_sections(dic, path, data, known, 10)
    elif path.suffix.lower() == ".csv":
        _add_all(dic, loaders.country_names(path, known, priority=10))
    else:
        raise DataFileError(str(path), None, "user dictionaries must be .yaml, .yml or .csv")
    dic.sources.append(str(path))


@lru_cache(maxsize=1)
def _default() -> ActorDictionary:
    return built("actors", build_dictionary)  # built once per machine and package (disk_cache)


def load_dictionary(extra_files: Sequence[str | Path] = ()) -> ActorDictionary:
    """The built-in dictionary (loaded once, cached), or a fresh one with user files merged over it.

    User files: YAML with any of the sections `leaders`, `organisations`, `seats`, `roles`
    (same keys as the built-in files of that name), or CSV with the columns of
    country_names.csv (`iso3,lang,form,kind`). Their entries win ties with built-ins;
    a leader or organisation with a built-in `id` replaces it. Errors raise
    DataFileError naming file and line.
    """
    if not extra_files:
        return _default()
    return build_dictionary(extra_files)

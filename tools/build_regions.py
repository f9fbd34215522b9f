"""Build data/actors/regions.csv, the first-level regions of states at war or in the news, from ISO 3166-2.

A dev tool, run when updating the list (the package reads only the CSV it writes, never pycountry):

    pip install pycountry==26.2.16
    python tools/build_regions.py ../shared/data/ud

pycountry (LGPL-2.1) ships ISO 3166-2 from Debian's iso-codes: each subdivision's name in a romanisation
of the state's language ("Belgorodskaya oblast'", "Al Anbār", "Nord-Kivu") and gettext translations, sparse
outside Europe ("Oblast Kaluga", "Tchétchénie", "Донецкая область"). A region counts like a city
(kind `place`): its state, as the place or object of force. What the list holds per region:

- Russian: the full name as news writes it, adjective and head noun ("Донецкая область", "Краснодарский
  край", "Чеченская республика"), declined in every case by the loader ("по Белгородской области"); for
  Russia, where the translations are mostly missing, transliterated back from the romanisation.
- Latin: the bare name ("Idlib", "Tigray", "Kachin") where it is safe alone, else the forms with a word for
  region ("Shan State", "région de X"). Most Russian and Ukrainian regions bear their capital's name, which
  places.csv already has ("the Donetsk region", "la región de Járkov" match the city): those add no Latin form.

Filtered hard: only the states in STATES and first-level units that are no city (capital districts, rayons);
no name that is a common word of a language it is read in (UD treebanks, as for cities), a country's or
capital's or city's name (the dictionary and places.csv), a first name, or another state's region's name
("Punjab"); no name with a word of the sea or a river ("Red Sea", "Blue Nile"). Crimea and Sevastopol are
left out: which state a strike on them hits is what the news disputes. EXTRA holds the few names news uses
that ISO lacks (regions below or across the first level: "Donbas", "Darfur"), written by hand.
"""

from __future__ import annotations

import csv
import gettext
import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_places import LATIN_LANGS, _normalise, common_words, good_form, known_names, not_in  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "src/realpolitik/data/actors/regions.csv"
PLACES = OUT.parent / "places.csv"
# States whose regions news names as the place of force (wars, insurgencies, strikes across borders)
STATES = {"UA": "UKR", "RU": "RUS", "SY": "SYR", "LB": "LBN", "PS": "PSE", "IQ": "IRQ", "IR": "IRN", "YE": "YEM",
          "SD": "SDN", "SS": "SSD", "SO": "SOM", "ET": "ETH", "CD": "COD", "ML": "MLI", "BF": "BFA", "NE": "NER",
          "NG": "NGA", "LY": "LBY", "AF": "AFG", "PK": "PAK", "MM": "MMR", "AM": "ARM", "GE": "GEO", "AZ": "AZE",
          "SA": "SAU"}
# unit types that are a city, a capital district or too small (Azerbaijan's 66 rayons)
SKIPPED_TYPES = {"City", "Municipality", "Autonomous city", "Capital territory", "Capital district",
                 "Federal capital territory", "Rayon", "Administration", "Union territory", "Capital"}
DISPUTED = {"UA-43", "UA-40"}  # Crimea, Sevastopol
# Designators, dropped to get a name's base ("Oblast Kaluga" → Kaluga, "Republik Dagestan" → Dagestan)
_DESIGNATORS = re.compile(r"\b(?:oblast'?|kray|respublika|avtonomnyy okrug|avtonomnaya|republik|region|provinz|"
                          r"province|provincia|r[ée]gion|gouvernorat|governorate|state|wilayah|ostan|велайат)\b",
                          re.IGNORECASE)
_ARTICLE = re.compile(r"^(?:al|an|ar|as|ash|ad|az|at|ath|ad|aḑ|ar-|al-)[ -]", re.IGNORECASE)
_WATER = {"sea", "river", "nile", "nil", "equateur", "lake", "coast", "gulf", "mer", "fleuve", "mar", "río", "rio",
          "see", "meer"}
_DIRECTIONS = {"north", "south", "east", "west", "central", "nord", "sud", "est", "ouest", "upper", "lower",
               "haut", "bas", "northern", "southern", "eastern", "western"}
# region words per language around a base that is unsafe alone ("Shan State", "région de Mopti")
_FRAMES = {"en": ("{} region", "{} province", "{} state"), "de": ("Region {}", "Provinz {}", "Bundesstaat {}"),
           "es": ("región de {}", "provincia de {}", "estado de {}"),
           "fr": ("région de {}", "province de {}", "État de {}")}
# Names found unsafe by reading the built list: words and first names the treebanks lack ("afar", "chin",
# "Farah", "Lori"), regions that span several states ("Sahel", "Kurdistan", "Penjab"), capitals in the
# state's language ("Dimashq", "Bayrut", "Tarabulus", also Lebanon's Tripoli), a newspaper ("Sud-Ouest"), a
# mountain ("Ararat"), lakes ("Tanganyika"), and "Equateur" (Ecuador in French)
_UNSAFE = {"afar", "chin", "farah", "lori", "sahel", "kurdistan", "penjab", "dimashq", "dimaschq", "bayrut",
           "tarabulus", "sud-ouest", "ararat", "tanganyika", "lakes", "rivers", "rivieres", "unity", "cascades",
           "est", "mon", "bay", "ghat", "janub", "shimal", "wahat", "marqab", "delta", "marj", "san'a'"}
# names news gives regions that ISO 3166-2 lacks or spells otherwise (by hand; iso3 → forms, Latin and Russian)
EXTRA = {
    "UKR": ["Donbas", "Donbass", "Донбасс", "Zakarpattia", "Transkarpatien", "Volyn", "Wolhynien", "Volhynie",
            "Николаевская область"],
    "RUS": ["Chechnya", "Tschetschenien", "Chechenia", "Tchétchénie", "Чечня", "Dagestan", "Daguestán",
            "Ingushetia", "Inguschetien", "Ingouchie", "Bashkortostan", "Tatarstan", "Krasnodar Krai"],
    "SDN": ["Darfur", "Darfour", "Дарфур", "Kordofan", "Kordofán", "Кордофан"],
    "ETH": ["Tigray", "Tigré", "Tigrai", "Тыграй", "Amhara", "Амхара", "Oromia", "Oromía", "Oromie", "Оромия"],
    "COD": ["North Kivu", "South Kivu", "Nord-Kivu", "Sud-Kivu", "Kivu del Norte", "Kivu del Sur", "Ituri",
            "Итури", "Северное Киву", "Южное Киву"],
    "IRQ": ["Anbar", "Nineveh", "Ninive", "Niniveh", "Diyala", "Kurdistan Region", "Iraqi Kurdistan",
            "irakisch-Kurdistan", "Kurdistan irakien", "Kurdistán iraquí", "Иракский Курдистан"],
    "SYR": ["Deir ez-Zor", "Deir ez-Zour", "Deir Ezzor", "Дейр-эз-Зор", "Latakia", "Lattaquié",
            "Латакия", "Идлиб"],
    "LBN": ["Nabatieh", "Nabatiyeh", "Nabatiyé", "Набатия", "Bekaa", "Beqaa", "Békaa", "Bekaa-Ebene",
            "Valle de la Becá", "Бекаа"],
    "YEM": ["Marib", "Saada", "Hadramawt", "Hadramout"],
    "PAK": ["Balochistan", "Baluchistan", "Belutschistan", "Baloutchistan", "Beluchistán", "Белуджистан",
            "Khyber Pakhtunkhwa", "Хайбер-Пахтунхва"],
    "MMR": ["Rakhine", "Arakan", "Shan State", "Chin State", "Kachin", "Sagaing"],
    "IRN": ["Sistan and Baluchestan", "Sistan-Baluchestan", "Sistan-Belutschistan", "Sistan-et-Baloutchistan",
            "Sistán y Baluchistán", "Систан и Белуджистан", "Khuzestan", "Chuzestan", "Хузестан"],
    "MLI": ["Kidal", "Ménaka", "Menaka"],
    "NGA": ["Borno", "Zamfara"],
}


def _plain(text: str) -> str:
    """'Al Ḩasakah' → 'Al Hasakah': ISO's romanisation marks as news leaves them."""
    text = text.replace("ʻ", "'").replace("’", "'").replace("‘", "'")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


_RU_LATIN = [("shch", "щ"), ("kh", "х"), ("zh", "ж"), ("ch", "ч"), ("sh", "ш"), ("ya", "я"), ("yu", "ю"),
             ("ye", "е"), ("yo", "ё"), ("a", "а"), ("b", "б"), ("v", "в"), ("g", "г"), ("d", "д"), ("e", "е"),
             ("z", "з"), ("i", "и"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"),
             ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("f", "ф"), ("c", "ц"), ("'", "ь")]
_RU_VOWELS = set("аеёиоуыэюя")


def russian(romanised: str) -> str:
    """ISO's romanisation of a Russian name back to Cyrillic ("Belgorodskaya oblast'" → "Белгородская область");
    'y' is й after a vowel and ы elsewhere; 'ts' before 'k' is т+с ("Irkutskaya"; Lipetsk is in EXTRA)."""
    out: list[str] = []
    text = romanised
    i = 0
    while i < len(text):
        ch = text[i]
        low = text[i:].lower()
        if not ch.isalpha() and ch != "'":
            out.append(ch)
            i += 1
            continue
        if low.startswith("ts"):
            letters, size = ("тс" if low[2:3] == "k" else "ц"), 2
        elif low.startswith("y") and not low.startswith(("ya", "yu", "ye", "yo")):
            letters, size = ("й" if out and out[-1].lower() in _RU_VOWELS else "ы"), 1
        else:
            letters, size = next(((c, len(r)) for r, c in _RU_LATIN if low.startswith(r)), ("", 1))
        if ch.isupper() and letters:
            letters = letters[0].upper() + letters[1:]
        out.append(letters)
        i += size
    text = "".join(out)
    for wrong, right in (("Липетск", "Липецк"), ("Ненетск", "Ненецк"), (" Ел", " Эл")):
        text = text.replace(wrong, right)  # 'ts' is ц here, and 'E' opens a word as Э
    return text


def _russian_name(sub, ru: str | None) -> str | None:
    """The Russian name of a region: pycountry's translation, else (Russia) the romanisation read back."""
    if ru and re.search("[а-яА-Я]", ru):
        return ru
    if not sub.code.startswith("RU-"):
        return None
    if sub.name.endswith(", Respublika"):  # "Dagestan, Respublika"
        return "Республика " + russian(sub.name.removesuffix(", Respublika"))
    return russian(sub.name.replace("Respublika", "respublika"))  # "Chechenskaya Respublika": a head noun


def _bases(names: list[str]) -> list[str]:
    """Bare names of a region from its ISO name and translations ("Oblast Kaluga" → Kaluga, "Al Anbār" → Anbar)."""
    found = []
    for name in names:
        if re.search("[а-яА-Я]", name) or "," in name:
            continue
        base = _DESIGNATORS.sub("", _plain(name)).strip(" -")
        base = _ARTICLE.sub("", base).strip()
        if base and base[:1].isupper():
            found.append(base)
    return list(dict.fromkeys(found))


def _safe_words(base: str, stop: dict[str, set[str]]) -> bool:
    """No word of the sea or a river, and no common word beside a direction ("Red Sea", "Cross River")."""
    words = [_normalise(w) for w in base.replace("-", " ").split()]
    if any(w in _WATER for w in words):
        return False
    return len(words) == 1 or all(w in _DIRECTIONS or w not in stop["en"] for w in words)


def main(ud_dir: str) -> None:
    import pycountry

    from realpolitik.actors.loaders import token_keys

    translations = {lang: gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang])
                    for lang in ("de", "es", "fr", "ru")}
    stop = common_words(Path(ud_dir))
    dictionary, people, _codes, _capitals = known_names()
    with PLACES.open(encoding="utf-8") as fh:
        cities = {_normalise(f.split("!")[0]): row["iso3"] for row in csv.DictReader(fh)
                  for f in row["forms"].split("|")}
    # every first-level name of every state, for names two states' regions bear ("Punjab")
    bearers: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is None:
            for base in _bases([sub.name]):
                bearers.setdefault(_normalise(base), set()).add(sub.country_code)

    rows: list[tuple[str, str, str, list[str]]] = []
    for alpha2, iso3 in STATES.items():
        for sub in sorted(pycountry.subdivisions.get(country_code=alpha2), key=lambda s: s.code):
            if sub.parent_code is not None or sub.type in SKIPPED_TYPES or sub.code in DISPUTED:
                continue
            translated = {lang: t.gettext(sub.name) for lang, t in translations.items()}
            forms: list[str] = []
            ru = _russian_name(sub, translated["ru"])
            if ru and len(ru.split()) > 1 and token_keys(ru, "ru") not in dictionary:
                forms.append(ru)
                bare = ru.removeprefix("Республика ")  # "Республика Дагестан": news often says "Дагестан"
                if bare != ru and token_keys(bare, "ru") not in dictionary \
                        and not_in(_normalise(bare), stop, True) == []:
                    forms.append(bare)
            # Russia's and Ukraine's regions bear their capital's name in Latin news ("Kursk Oblast"), which
            # places.csv has; ISO's romanised adjectives ("Kurskaya") are no news form
            latin = [] if alpha2 in ("RU", "UA") else [sub.name, translated["de"], translated["es"], translated["fr"]]
            for base in _bases(latin):
                forms.extend(_latin_forms(base, iso3, alpha2, stop, dictionary, people, cities, bearers))
            if forms:
                rows.append((iso3, sub.code, sub.name, list(dict.fromkeys(forms))))
    for iso3, names in EXTRA.items():  # by hand, yet no name the dictionary or places.csv has
        kept = [n for n in names if token_keys(n, "ru" if re.search("[а-яА-Я]", n) else "en") not in dictionary
                and _normalise(n) not in cities]
        rows.append((iso3, "", "(news names)", kept))
    # one form, one state: a form two states' regions bear ("Dschauf", Al Jawf of Yemen and of Saudi Arabia) goes
    states: dict[str, set[str]] = {}
    for row in rows:
        for form in row[3]:
            states.setdefault(_normalise(form), set()).add(row[0])
    seen: set[str] = set()
    deduped = []
    for iso3, code, name, forms in rows:
        forms = [f for f in forms if len(states[_normalise(f)]) == 1 and _normalise(f) not in seen]
        seen.update(_normalise(f) for f in forms)
        if forms:
            deduped.append((iso3, code, name, forms))
    rows = deduped

    with OUT.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["iso3", "code", "name", "forms"])
        for row in rows:
            writer.writerow([row[0], row[1], row[2], "|".join(row[3])])
    print(f"{OUT}: {len(rows)} regions, {sum(len(r[3]) for r in rows)} forms, {OUT.stat().st_size // 1024} KB")


def _latin_forms(base: str, iso3: str, alpha2: str, stop, dictionary, people, cities, bearers) -> list[str]:
    """The base alone where it is safe, else framed by a word for region; nothing where it names something
    else (a country, capital, city of another state, another state's region, a person)."""
    from realpolitik.actors.loaders import token_keys

    key = _normalise(base)
    if not _safe_words(base, stop) or key in people or key in _UNSAFE or token_keys(base) in dictionary \
            or "'" in base or {"und", "and", "va", "y", "et"} & set(key.split()):
        return []
    if cities.get(key) not in (None, iso3) or bearers.get(key, {alpha2}) - {alpha2}:
        return []  # a city of another state, or another state's region
    if key in cities:
        return []  # the city of the same name stands for the same state already
    common = not_in(key, stop, False) if len(base.split()) == 1 else []
    if good_form(base) and common == []:
        return [base]
    if common or len(key) != 3 or not base.isalpha() or not base.isascii():
        return []  # a word, or a long name news does not write so
    # a name too short to stand alone ("Gao", "Oyo"): with a word for region around it
    return [frame.format(base) for lang in LATIN_LANGS for frame in _FRAMES[lang]]


if __name__ == "__main__":
    main(sys.argv[1])

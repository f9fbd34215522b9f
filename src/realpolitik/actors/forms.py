"""Inflected forms generated from one base form, so the data lists each word once.

German adjectives take -e/-en/-er/-es/-em, German names a genitive -s; Spanish
and French adjectives gender and number; Russian nouns and adjectives six cases.
The matcher also compares simplemma lemmas, which catches what rules miss.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from itertools import product

from realpolitik.language.inflection import GERMAN_ADJECTIVE_ENDINGS_SHORTEST_FIRST

_RU_ADJ_ENDINGS = ("ий", "ого", "ому", "им", "ом", "ая", "ой", "ую", "ое", "ие", "их", "ими", "ою")
_RU_ADJ_ENDINGS_HARD = ("ый", "ого", "ому", "ым", "ом", "ая", "ой", "ую", "ое", "ые", "ых", "ыми")
_RU_ADJ_FEM_CASES = ("ая", "ой", "ой", "ую", "ой", "ой")  # nom gen dat acc ins prep
_RU_ADJ_NEUT_PL_CASES = ("ие", "их", "им", "ие", "ими", "их")


def normalise(text: str) -> str:
    """Case- and accent-insensitive key: 'Erdoğan' == 'erdogan', 'Россия' == 'россия'. Kept per word: the
    actor stages ask for the same few thousand words hundreds of thousands of times in a run (the matcher
    twice for every token: it reads `known_key`, a plain look-up, before calling this)."""
    key = KEYS.get(text)
    if key is None:
        if len(KEYS) >= KEYS_KEPT:
            KEYS.clear()
        key = KEYS[text] = normalise_uncached(text)
    return key


#: word → its key (`normalise`), dropped whole when full: a dict look-up costs half an lru_cache hit
KEYS: dict[str, str] = {}
KEYS_KEPT = 100_000
known_key = KEYS.get


def normalise_uncached(text: str) -> str:
    if text.isascii():
        return text.lower()  # no accents to strip, and casefold is lower (the dictionary's many plain names)
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def de_adjective(base: str) -> list[str]:
    """'russisch' → russisch, russische, russischen, russischer, russisches, russischem."""
    stem = base[:-1] if base.endswith("e") and not base.endswith("ee") else base
    return [base] + [stem + e for e in GERMAN_ADJECTIVE_ENDINGS_SHORTEST_FIRST]


_DE_PEOPLE_NOT = frozenset({"maler", "malern", "letter", "lettern"})  # derived forms that are other words


def de_people(base: str) -> list[str]:
    """The people named from the adjective: 'ukrainisch' → Ukrainer, Ukrainern; 'chinesisch' → Chinesen;
    'palästinensisch' → Palästinenser. Irregular ones ('Russen', 'Israelis') are listed in country_names.csv;
    a derived form that is no word ('Russer') never matches anything."""
    if not base.endswith("isch") or " " in base:
        return []
    stem = base[:-4]
    nouns = [stem + "en"] if stem.endswith("es") else [stem + "er", stem + "ern"]
    return [n[:1].upper() + n[1:] for n in nouns if n.lower() not in _DE_PEOPLE_NOT]


def de_genitive(name: str) -> list[str]:
    """'Russland' → 'Russlands'; names ending in s/x/z keep their form ("des Iran" aside)."""
    if name[-1:] in "sxzßSXZ":
        return []
    return [name + "s"]


def es_adjective(base: str) -> list[str]:
    """'ruso' → ruso rusa rusos rusas; 'francés' → francesa franceses francesas; 'iraní' → iraníes."""
    b = base
    if b.endswith("o"):
        return [b, b[:-1] + "a", b + "s", b[:-1] + "as"]
    if b.endswith(("és", "án", "ín", "ón")):
        plain = b[:-2] + _strip_accent(b[-2]) + b[-1]
        return [b, plain + "a", plain + "es", plain + "as"]
    if b.endswith(("í", "ú")):
        return [b, b + "es", b + "s"]
    if b.endswith(("e", "a")):
        return [b, b + "s"]
    if b.endswith("z"):
        return [b, b[:-1] + "ces"]
    return [b, b + "es", b + "a", b + "as"]


def fr_adjective(base: str) -> list[str]:
    """'russe' → russes; 'américain' → américaine(s); 'israélien' → israélienne(s)."""
    b = base
    if b.endswith("e"):
        return [b, b + "s"]
    if b.endswith("en"):
        return [b, b + "s", b + "ne", b + "nes"]
    if b.endswith(("s", "x")):
        return [b, b + "e", b + "es"]
    return [b, b + "s", b + "e", b + "es"]


def ru_adjective(base: str) -> list[str]:
    """'российский' → всех 12 case forms; hard-stem '-ый' adjectives likewise. A '-ский' adjective also gives the
    first part of a compound, 'российско' of "российско-американские отношения" (the dash splits the tokens)."""
    if base.endswith(("кий", "гий", "хий")):
        return [base[:-2] + e for e in _RU_ADJ_ENDINGS] + [base[:-2] + "о"]
    if base.endswith("ый"):
        return [base[:-2] + e for e in _RU_ADJ_ENDINGS_HARD]
    if base.endswith("ий"):
        return [base[:-2] + e for e in ("ий", "его", "ему", "им", "ем", "яя", "ей", "юю", "ее", "ие", "их", "ими")]
    return [base]


def _ru_noun_cases(word: str) -> list[str]:
    """Singular cases (nom gen dat acc ins prep) of a Russian proper noun, by its ending."""
    w = word
    if w.endswith("ия"):
        s = w[:-1]
        return [w, s + "и", s + "и", s + "ю", s + "ей", s + "и"]
    if w.endswith("я"):
        s = w[:-1]
        return [w, s + "и", s + "е", s + "ю", s + "ей", s + "е"]
    if w.endswith("а"):
        s = w[:-1]
        after_sibilant = s[-1:] in "кгхжшщчц"
        gen = s + ("и" if after_sibilant else "ы")
        return [w, gen, s + "е", s + "у", s + ("ей" if s[-1:] in "жшщчц" else "ой"), s + "е"]
    if w.endswith("ь"):
        s = w[:-1]
        return [w, s + "и", s + "и", w, w + "ю", s + "и"]
    if w.endswith("й"):
        s = w[:-1]
        return [w, s + "я", s + "ю", w, s + "ем", s + "е"]
    if w[-1:] in "оеиуюэы" or not w[-1:].isalpha() or w.isupper():
        return [w] * 6  # indeclinable: Того, Перу, КНДР
    return [w, w + "а", w + "у", w, w + ("ем" if w[-1:] in "жшщчц" else "ом"), w + "е"]


def _ru_plural_cases(word: str) -> list[str]:
    """Plural names: 'Штаты' → Штатов, Штатам, Штаты, Штатами, Штатах; 'Эмираты' likewise."""
    if word.endswith("ы"):
        s = word[:-1]
        gen = s if s.endswith(("ин", "ив", "ам", "ел")) else s + "ов"  # Филиппин, Мальдив, Багам; Штатов
        return [word, gen, s + "ам", word, s + "ами", s + "ах"]
    if word.endswith("ва"):  # Мальдивы-like feminine plurals are rare; keep the word
        return [word] * 6
    return [word] * 6


def _ru_adj_cases(word: str) -> list[str] | None:
    if word.endswith("ая"):
        s = word[:-2]
        return [s + e for e in _RU_ADJ_FEM_CASES]
    if word.endswith("ые"):
        s = word[:-2]
        return [s + e for e in ("ые", "ых", "ым", "ые", "ыми", "ых")]
    if word.endswith("ие"):
        s = word[:-2]
        return [s + e for e in _RU_ADJ_NEUT_PL_CASES]
    if word.endswith(("ий", "ый")):
        s = word[:-2]
        soft = word.endswith("ий") and s[-1:] not in "кгх"
        e = ("ий" if word.endswith("ий") else "ый", "его" if soft else "ого", "ему" if soft else "ому",
             word[-2:], "им" if word.endswith("ий") else "ым", "ем" if soft else "ом")
        return [s + x for x in e]
    if word.endswith("ое"):
        s = word[:-2]
        return [s + e for e in ("ое", "ого", "ому", "ое", "ым", "ом")]
    return None


def _ru_plural_noun(word: str) -> list[list[str]]:
    """The cases of a plural common noun, each with its spellings (the genitive by rule is not always one):
    'солдаты' → солдат/солдатов, солдатам, солдатами, солдатах; 'власти' → властей, властям; 'войска' → войск."""
    s, soft = word[:-1], word.endswith(("я", "и")) and word[-2:-1] not in "кгхжшщч"
    if word.endswith(("ия", "ии")):
        gen = [s + "й"]
    elif soft or s.endswith(("ж", "ш", "щ", "ч")):
        gen = [s + "ей"]
    else:
        gen = [s, s + ("ев" if s.endswith("ц") else "ов")]
    a = "я" if soft else "а"
    return [[word], gen, [s + a + "м"], [word, *gen], [s + a + "ми"], [s + a + "х"]]


def ru_role(phrase: str, plural: Callable[[str], bool]) -> list[str]:
    """The case forms of a Russian role word the lemma does not reach: a plural ('военные' → военным, военных,
    военными; 'солдаты' → солдатам: the lemma is the singular 'военный', 'солдат') and an adjective before the
    head noun ('вооружённые силы' → вооружённых сил, 'морская пехота' → морской пехоты). `plural` says whether a
    noun is a plural (the lemmatiser's answer)."""
    words = phrase.split(" ")
    head = next((i for i, w in enumerate(words) if _ru_adj_cases(w) is None or i == len(words) - 1), 0)
    per_word: list[list[list[str]]] = [[[c] for c in (_ru_adj_cases(w) or [w] * 6)] for w in words[:head]]
    w = words[head]
    if len(words) == 1 and w.endswith(("ые", "ие")):
        per_word.append([[c] for c in _ru_adj_cases(w) or [w] * 6])  # "военные", "полицейские": adjectives as nouns
    elif w.islower() and len(w) > 2 and plural(w):
        per_word.append(_ru_plural_noun(w))
    elif head and w.islower() and len(w) > 2:
        per_word.append([[c] for c in _ru_noun_cases(w)])
    else:
        per_word.append([[w]] * 6)
    per_word += [[[x]] * 6 for x in words[head + 1:]]
    forms = [" ".join(p) for case in range(6) for p in product(*(cases[case] for cases in per_word))]
    return list(dict.fromkeys([phrase, *(f for f in forms if f not in _RU_SHIPS)]))


# the plural of "судно" (a ship) but for its nominative that of "суд" too: "против филиппинских судов" are ships
_RU_SHIPS = frozenset({"судов", "судам", "судами", "судах"})


def ru_name(name: str) -> list[str]:
    """All six singular cases of a (multi-word) Russian name: 'Северная Корея' → 'Северной Кореи' ..."""
    head, dash, rest = name.partition(" — ")
    if dash:  # "Папуа — Новая Гвинея" (CLDR, the official spelling): the part after the dash inflects, not "Папуа"
        return [f"{head} — {f}" for f in ru_name(rest)]
    words = name.split(" ")
    per_word: list[list[str]] = []
    for i, w in enumerate(words):
        adj = _ru_adj_cases(w) if i < len(words) - 1 else None
        if adj:
            per_word.append(adj)
        elif w[:1].islower() and i > 0:
            per_word.append([w] * 6)  # genitive attributes: "Республика Корея" keeps "Корея"? no: lower-case glue
        elif w.endswith("ы") and len(w) > 3 and i == len(words) - 1 and (len(words) > 1 or w[:1].isupper()):
            # "Соединённые Штаты", and one-word plural names: "Филиппины", "Нидерланды", "Мальдивы"
            per_word.append(_ru_plural_cases(w))
        else:
            per_word.append(_ru_noun_cases(w) if i == 0 or adj is None else [w] * 6)
    if len(words) > 1 and not _ru_adj_cases(words[0]):
        # "Республика Корея": only the head noun inflects, the rest is a fixed attribute
        per_word = [per_word[0]] + [[w] * 6 for w in words[1:]]
    forms = []
    for case in range(6):
        forms.append(" ".join(p[case] for p in per_word))
    return list(dict.fromkeys(forms))


def ru_region(name: str) -> list[str]:
    """A region named by adjectives and a head noun, every word declined: 'Донецкая область' → 'Донецкой
    области', 'Донецкую область', 'Донецкой областью'; 'Краснодарский край' → 'Краснодарском крае'. Other names
    ("Республика Дагестан", "Дагестан") as `ru_name`."""
    *adjectives, head = name.split(" ")
    cases = [_ru_adj_cases(w) for w in adjectives]
    if not adjectives or not head[:1].islower() or any(c is None for c in cases):
        return ru_name(name)
    forms = []
    # "в Донецкой и Луганской областях": the last of two regions takes the head noun in the plural
    for nouns in (_ru_noun_cases(head), _RU_REGION_PLURALS.get(head)):
        if nouns is not None:
            forms += [" ".join([*(c[case] for c in cases), nouns[case]]) for case in range(6)]
    return list(dict.fromkeys(forms))


_RU_REGION_PLURALS = {  # nom gen dat acc ins prep
    "область": ("области", "областей", "областям", "области", "областями", "областях"),
    "край": ("края", "краёв", "краям", "края", "краями", "краях"),
    "республика": ("республики", "республик", "республикам", "республики", "республиками", "республиках"),
    "округ": ("округа", "округов", "округам", "округа", "округами", "округах"),
}


def ru_surname(name: str) -> list[str]:
    """Masculine Russian surnames: 'Путин' → Путина, Путину, Путиным, Путине; '-ский' as adjectives."""
    if name.endswith(("ский", "цкий")):
        s = name[:-2]
        return [name, s + "ого", s + "ому", s + "ого", s + "им", s + "ом"]
    if name.endswith(("ова", "ева", "ина")):
        s = name[:-1]
        return [name, s + "ой", s + "ой", s + "у", s + "ой", s + "ой"]
    if name.endswith(("ов", "ев", "ин", "ын", "ёв")):
        return [name, name + "а", name + "у", name + "а", name + "ым", name + "е"]
    if name.endswith(("о", "е", "и", "у", "ю")):
        return [name] * 6  # indeclinable: Мадуро, Санду
    if name.endswith("ь") and len(name) > 2:
        s = name[:-1]  # a man's name in a soft consonant: Игорь, Боррель, Шмыгаль, Тинь → Игоря, Борреля, Тинем
        return [name, s + "я", s + "ю", s + "я", s + "ем", s + "е"]
    cases = _ru_noun_cases(name)
    if name[-1:].isalpha() and name[-1] not in "аяьй" and name[-1] not in "оеиуюэы":
        cases[3] = cases[1]  # animate accusative = genitive
    return cases


def _strip_accent(ch: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))

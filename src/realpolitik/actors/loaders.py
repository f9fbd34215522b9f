"""Turn each data file into Entry objects (one job per function, one file each).

Everything here validates as it reads: a bad code, date or missing key raises
DataFileError with the file and line, so a broken user file fails loudly at start.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Final

from realpolitik.actors import forms
from realpolitik.actors.data_files import LINE, need, parse_date, read_csv, str_list
from realpolitik.actors.entries import Entry, Period
from realpolitik.errors import DataFileError
from realpolitik.language.detect import SUPPORTED_LANGUAGES
from realpolitik.language.tokens import TOKEN_PATTERN
from realpolitik.mentions import role_entry

LANGS = SUPPORTED_LANGUAGES
ANY = "*"
_CODE_RE = re.compile(r"^[A-Z][A-Z0-9_]{1,15}$")
_CYRILLIC = re.compile(r"[а-яА-ЯёЁ]")
# An entry with its languages (None: every language).
Item = tuple[Entry, tuple[str, ...] | None]


def token_keys(surface: str, lang: str = "en") -> tuple[str, ...]:
    """Normalised tokens of a surface form, split exactly as the language stage splits text."""
    return tuple(forms.normalise(t) for t in TOKEN_PATTERN.findall(surface))


def case_rule(surface: str, default: str) -> str:
    """Short all-capital acronyms must match exactly ('US' is not 'us', 'UN' is not French 'un')."""
    letters = surface.replace(".", "")
    if letters.isupper() and len(letters) <= 3 and " " not in surface:
        return "exact"
    return default


def make(entry_id: str, surface: str, code: str, country: str | None, agent: str | None, kind: str,
         lang: str = "en", case: str = "cap", **extra) -> Entry:
    if surface[:1].islower() and case == "cap":
        case = "any"  # the data gives a lower-case form on purpose: "hutíes", "хуситы", "talibans"
    return Entry(id=entry_id, tokens=token_keys(surface, lang), surface=surface, code=code, country=country,
                 agent=agent, kind=kind, case=case_rule(surface, case), **extra)


def check_code(code: str, path: Path, line: int | None) -> str:
    if not isinstance(code, str) or not _CODE_RE.match(code):
        raise DataFileError(str(path), line, f"bad actor code {code!r} (upper-case letters, digits, _)")
    return code


def country_forms(name: str, lang: str) -> list[tuple[str, bool]]:
    """(form, is_genitive) for a country name in one language."""
    out = [(name, False)]
    if lang == "de":
        out += [(g, True) for g in forms.de_genitive(name)]
    elif lang == "ru" and _CYRILLIC.search(name):
        out += [(f, False) for f in forms.ru_name(name)[1:]]
    return out


def adjective_forms(base: str, lang: str) -> list[str]:
    if lang == "de":
        return forms.de_adjective(base)
    if lang == "es":
        return forms.es_adjective(base)
    if lang == "fr":
        return forms.fr_adjective(base)
    if lang == "ru":
        return forms.ru_adjective(base)
    return [base]


# Territories whose demonym is a state's ('French' for ATF, 'American' for ASM) get no adjective entries.
SOVEREIGN_EXTRA = {"PSE", "TWN", "XKX", "SSD", "VAT"}
sovereign: set[str] = set()


def countries_from_cldr(countries_csv: Path, known: set[str]) -> Iterator[Item]:
    """Country names in five languages from CLDR (babel), for every ISO code of countries.csv."""
    from babel import Locale

    territories = {lang: Locale.parse(lang).territories for lang in LANGS}
    for line, row in read_csv(countries_csv, ("iso3", "iso2")):
        iso3, iso2 = row["iso3"], row["iso2"]
        check_code(iso3, countries_csv, line)
        known.add(iso3)
        if row.get("cow_num") or iso3 in SOVEREIGN_EXTRA:
            sovereign.add(iso3)
        for lang in LANGS:
            name = territories[lang].get(iso2)
            if not name:
                continue
            for variant in _cldr_variants(name):
                for form, gen in country_forms(variant, lang):
                        yield make(f"countries:{iso3}:{lang}:name", form, iso3, iso3, None, "country", lang,
                               lemma_ok=lang == "ru", genitive=gen), (lang,)


def _cldr_variants(name: str) -> list[str]:
    """CLDR display names are not running text: 'Myanmar (Burma)', 'Bosnia & Herzegovina', 'Congo - Kinshasa'."""
    name = name.replace("’", "'").replace(" - ", "-")
    out = []
    if " (" in name:
        head, _, rest = name.partition(" (")
        out.append(head)
        if " " not in head:  # "Myanmar (Burma)"; not "Outlying Islands (US)"
            out.append(rest.rstrip(")"))
    else:
        out.append(name)
    out += [v.replace(" & ", " and ") for v in out if " & " in v]
    # "St. Lucia", "St. Kitts & Nevis": running text writes "Saint Lucia", "St Kitts and Nevis" as often
    out += [v.replace("St. ", prefix) for v in out if v.startswith("St. ") for prefix in ("Saint ", "St ")]
    out += [v.replace("о-ва", "острова").replace("о-в", "остров") for v in out if "о-в" in v]
    # "Папуа — Новая Гвинея": the press writes the spaced dash of the official name and the hyphen alike
    out += [v.replace(" — ", "-") for v in out if " — " in v]
    # "les îles Salomon", "les îles Cook", "les îles Marshall": French running text writes the generic word of an
    # island state in lower case, as it writes "les îles Senkaku" (CLDR capitalises it: "Îles Salomon")
    out += ["î" + v[1:] for v in out if v.startswith("Îles ")]
    return [v for v in out if v and "SAR" not in v and "САР" not in v]


def adjectives_de(path: Path, known: set[str]) -> Iterator[Item]:
    """German adjectives from the Destatis list (column staatsangehoerigkeit), all endings."""
    for line, row in read_csv(path, ("iso3", "staatsangehoerigkeit", "name_de")):
        iso3 = check_code(row["iso3"], path, line)
        base = row["staatsangehoerigkeit"].strip()
        name = row["name_de"].strip()
        if name and iso3 in known:
            for form, gen in country_forms(name, "de"):
                yield make(f"countries:{iso3}:de:name", form, iso3, iso3, None, "country", "de",
                           genitive=gen), ("de",)
        if base and " " not in base and iso3 in sovereign:
            for form in forms.de_adjective(base):
                yield make(f"countries:{iso3}:de:adjective", form, iso3, iso3, None, "adjective", "de",
                           case="any", lemma_ok=True), ("de",)
            yield from _de_people(iso3, base)


def _de_people(iso3: str, base: str) -> Iterator[Item]:
    """The country's people ("die Ukrainer", "Palästinensern") name the country, as its name does."""
    for form in forms.de_people(base):
        yield make(f"countries:{iso3}:de:people", form, iso3, iso3, None, "country", "de"), ("de",)


def adjectives_en(path: Path, known: set[str]) -> Iterator[Item]:
    """English demonyms (capitalised adjectives: 'Russian', 'North Korean')."""
    for line, row in read_csv(path, ("iso3", "demonym_m")):
        iso3 = check_code(row["iso3"], path, line)
        for col in ("demonym_m", "demonym_f"):
            for base in filter(None, (row.get(col) or "").split("|")):
                if iso3 in sovereign:
                    yield make(f"countries:{iso3}:en:adjective", base.strip(), iso3, iso3, None,
                               "adjective", "en"), ("en",)
                    if base.strip().endswith(("n", "i")):  # the people: "the Palestinians", "Israelis"
                        yield make(f"countries:{iso3}:en:people", base.strip() + "s", iso3, iso3, None,
                                   "adjective", "en"), ("en",)


def country_names(path: Path, known: set[str], priority: int = 0) -> Iterator[Item]:
    """country_names.csv: iso3,lang,form,kind — short/historical names and adjectives CLDR lacks.

    kind 'name' gets the language's genitive/case forms; kind 'adjective' all inflected forms;
    kind 'exact' only the form as written. A name here wins a tie with the same name generated from
    CLDR or the German demonyms ("Congo", "Kongo" alone: the DR Congo, not the Republic); an adjective
    does not ("china", "serbia" are also Spanish adjectives, but the country's name comes first), except a German
    one over the German demonyms ("kongolesisch": the Destatis list gives it to the Republic; the news mean the DR
    Congo, as they do by "Kongo"), which are adjectives too.
    """
    for line, row in read_csv(path, ("iso3", "lang", "form", "kind")):
        iso3 = check_code(row["iso3"], path, line)
        lang, form, kind = row["lang"], row["form"], row["kind"]
        if known and iso3 not in known:
            raise DataFileError(str(path), line, f"unknown country code {iso3!r}")
        if lang not in LANGS and lang != ANY:
            raise DataFileError(str(path), line, f"unknown language {lang!r}")
        if not form:
            raise DataFileError(str(path), line, "empty form")
        langs = None if lang == ANY else (lang,)
        tlang = "en" if lang == ANY else lang
        if kind == "adjective":
            case = "cap" if lang == "en" else "any"
            for f in adjective_forms(form, tlang):
                yield make(f"countries:{iso3}:{lang}:adjective", f, iso3, iso3, None, "adjective", tlang,
                           case=case, lemma_ok=lang in ("de", "ru"), priority=priority + (lang == "de")), langs
            if lang == "de":
                yield from _de_people(iso3, form)
        elif kind in ("name", "exact"):
            variants = country_forms(form, tlang) if kind == "name" else [(form, False)]
            for f, gen in variants:
                yield make(f"countries:{iso3}:{lang}:name", f, iso3, iso3, None, "country", tlang,
                           lemma_ok=lang == "ru", genitive=gen, priority=priority + 1), langs
        else:
            raise DataFileError(str(path), line, f"kind must be name, exact or adjective, not {kind!r}")


def capitals(path: Path, known: set[str]) -> Iterator[Item]:
    """capitals.csv: iso3,en,de,es,fr,ru — capitals as metonyms of the government ('Moskau' → RUSGOV)."""
    for line, row in read_csv(path, ("iso3", "en", "de", "es", "fr", "ru")):
        iso3 = check_code(row["iso3"], path, line)
        if iso3 not in known:
            raise DataFileError(str(path), line, f"unknown country code {iso3!r}")
        english = [v.strip() for v in row["en"].split("|") if v.strip()]
        if not english:
            raise DataFileError(str(path), line, "capital lacks an English name")
        for lang in LANGS:
            names = [v.strip() for v in row[lang].split("|") if v.strip()]
            if lang != "ru":
                names += english
            for name in dict.fromkeys(names):
                for form, gen in country_forms(name, lang):
                    yield make(f"capitals:{iso3}:{lang}", form, iso3 + "GOV", iso3, "GOV", "capital", lang,
                               lemma_ok=lang == "ru", genitive=gen), (lang,)


_LATIN_LANGS = ("de", "en", "es", "fr")


def places(path: Path, known: set[str]) -> Iterator[Item]:
    """places.csv: iso3,name,population,forms — cities that stand for their state only as the place or object
    of an act on it ('strikes on Kharkiv' → UKR); kind 'place', which the events stage reads as a target of
    force alone. Latin forms count in de/en/es/fr (German writes "Angriff auf Charkiw": no genitive forms, which
    would double the list), Cyrillic ones in Russian, declined;
    "Goma!es" is not read in Spanish, where it is a common word. regions.csv (iso3,code,name,forms) is read
    alike: a region is its state as a city is ("Донецкая область", declined in every word: "по Донецкой области")."""
    prefix = path.stem
    for line, row in read_csv(path, ("iso3", "name", "forms")):
        iso3 = check_code(row["iso3"], path, line)
        if iso3 not in known:
            raise DataFileError(str(path), line, f"unknown country code {iso3!r}")
        entry_id = f"{prefix}:{iso3}:{row.get('code') or row['name']}"
        for item in row["forms"].split("|"):
            name, *common = item.strip().split("!")  # "Goma!es": a common word in Spanish, read elsewhere only
            if not name:
                continue
            if _CYRILLIC.search(name):
                if "ru" not in common:
                    for form in forms.ru_region(name):
                        yield make(entry_id, form, iso3, iso3, None, "place", "ru", lemma_ok=True), ("ru",)
                continue
            yield make(entry_id, name, iso3, iso3, None, "place"), tuple(
                lang for lang in _LATIN_LANGS if lang not in common)


def _names_by_lang(entry: dict, path: Path) -> Iterator[tuple[str, str | None]]:
    """Names of a YAML entry: a list (any language) or a mapping lang → list."""
    names = entry.get("names")
    line = entry.get(LINE)
    if isinstance(names, list | str):
        for name in str_list(entry, "names", path):
            yield name, None
    elif isinstance(names, dict):
        for lang, values in names.items():
            if lang == LINE:
                continue
            if lang not in LANGS:
                raise DataFileError(str(path), line, f"unknown language {lang!r} in names")
            for name in values if isinstance(values, list) else [values]:
                yield str(name), lang
    else:
        raise DataFileError(str(path), line, "entry lacks 'names' (a list, or a mapping language → list)")


def _periods(entry: dict, path: Path, key: str, country: str | None) -> tuple[Period, ...]:
    out = []
    for period in entry.get(key) or []:
        if not isinstance(period, dict):
            raise DataFileError(str(path), entry.get(LINE), f"'{key}' must be a list of mappings")
        line = period.get(LINE)
        agent = period.get("agent")
        code = period.get("code") or ((country or "") + (agent or ""))
        check_code(code, path, line)
        start = parse_date(period.get("start"), path, line, "start")
        end = parse_date(period.get("end"), path, line, "end")
        if start and end and end < start:
            raise DataFileError(str(path), line, f"end {end} before start {start}")
        out.append(Period(code, agent, start, end, str(period.get("office", ""))))
    return tuple(out)


def person_forms(name: str, lang: str | None) -> list[tuple[str, bool]]:
    """A person's name and its possessive/case forms: 'Putins', 'Путина', 'Путиным'."""
    out = [(name, False)]
    if _CYRILLIC.search(name):
        words = name.split(" ")
        per_word = [forms.ru_surname(w) for w in words]
        for case in range(1, min(len(p) for p in per_word)):
            out.append((" ".join(p[case] for p in per_word), False))
            if len(words) > 1:
                # "с Фам Минь Тинем", "с То Ламом": an East Asian name declines its last word only
                out.append((" ".join(words[:-1] + [per_word[-1][case]]), False))
        out = list(dict.fromkeys(out))
    elif lang in (None, "de") and name[-1:].isalpha():
        out += [(g, True) for g in forms.de_genitive(name)]
    return out


_SURNAME_MIN: Final = 4  # a Russian surname alone shorter than this ("Ын", "Ли") is too likely a common word


def ru_surnames(names: list[tuple[str, str | None]]) -> list[str]:
    """The Russian surname alone ("Фредериксен", "ас-Судани") of a person whose entry lists the Latin surname alone
    as the last word of a full Latin name ("Frederiksen" of "Mette Frederiksen"): the Russian press names a person by
    surname after the first mention as others do, and an entry that lists the bare Latin surname has found it
    unambiguous. Not where the bare name is no last word (given names: "Abiy"; East Asian order: "Xi")."""
    latin = [n for n, _ in names if not _CYRILLIC.search(n)]
    bare = {n for n in latin if " " not in n}
    if not any(" " in n and n.rsplit(" ", 1)[1] in bare for n in latin):
        return []
    import simplemma  # (only while the dictionary is built, which is cached)

    have = {n for n, _ in names}
    # (not a surname that is a Russian word too: "Герцог" is a duke before it is Israel's president)
    return list(dict.fromkeys(last for n, _ in names if _CYRILLIC.search(n) and " " in n
                              for last in [n.rsplit(" ", 1)[1]] if len(last) >= _SURNAME_MIN and last not in have
                              and not simplemma.is_known(last.lower(), lang="ru")))


def _mappings(data: object, path: Path, what: str, one: str) -> Iterator[dict]:
    """The entries of a data file that lists mappings (`what`: "leaders", `one`: "leader"), each checked to be one."""
    if not isinstance(data, list):
        raise DataFileError(str(path), 1, f"{what} must be a list of entries")
    for entry in data:
        if not isinstance(entry, dict):
            raise DataFileError(str(path), None, f"{one} entry must be a mapping, got {entry!r}")
        yield entry


def leaders(data: list, path: Path, known: set[str], priority: int = 0) -> Iterator[Item]:
    """leaders.yaml: people, their country, name variants and dated offices."""
    for entry in _mappings(data, path, "leaders", "leader"):
        line = entry.get(LINE)
        ident = need(entry, "id", path)
        country = check_code(need(entry, "country", path), path, line)
        if known and country not in known:
            raise DataFileError(str(path), line, f"unknown country code {country!r}")
        periods = _periods(entry, path, "offices", country)
        if not periods:
            raise DataFileError(str(path), line, f"leader {ident!r} lacks 'offices'")
        flags = frozenset(str_list(entry, "flags", path))
        names = list(_names_by_lang(entry, path))
        names += [(n, None) for n in ru_surnames(names)]
        names += [(n, None) for n in str_list(entry, "context_names", path)]
        context = set(str_list(entry, "context_names", path))
        for name, lang in names:
            name_flags = flags | {"needs_context"} if name in context else flags
            for form, gen in person_forms(name, lang):
                e = make(f"leaders:{ident}", form, periods[-1].code, country, periods[-1].agent, "leader",
                         lang or "en", periods=periods, genitive=gen, flags=name_flags, priority=priority,
                         lemma_ok=bool(_CYRILLIC.search(form)))
                yield e, ((lang,) if lang else None)


def organisations(data: list, path: Path, known: set[str], priority: int = 0) -> Iterator[Item]:
    """organisations.yaml: international organisations and armed groups with names and acronyms."""
    for entry in _mappings(data, path, "organisations", "organisation"):
        line = entry.get(LINE)
        code = check_code(need(entry, "code", path), path, line)
        kind = entry.get("kind", "organisation")
        if kind not in ("organisation", "group"):
            raise DataFileError(str(path), line, "kind must be organisation or group")
        country = entry.get("country")
        if country is not None:
            check_code(country, path, line)
        periods = _periods(entry, path, "periods", country)
        flags = frozenset(str_list(entry, "flags", path))
        ident = str(entry.get("id") or code.lower())
        agent = entry.get("agent")
        seat = entry.get("seat_code")
        seat_code = check_code(seat, path, line) if seat is not None else ""
        seen: set[tuple[str, str | None]] = set()
        for name, lang in _names_by_lang(entry, path):
            langs = (lang,) if lang else None
            for form, gen in _org_forms(name, lang):
                if (form, lang) in seen:
                    continue  # a spelling the entry also lists: "Shanghai Cooperation Organisation"
                seen.add((form, lang))
                yield make(f"{'groups' if kind == 'group' else 'orgs'}:{ident}", form, code, country, agent, kind,
                           lang or "en", case=_org_case(form, kind), periods=periods, flags=flags,
                           priority=priority, genitive=gen, lemma_ok=bool(_CYRILLIC.search(form)),
                           seat_code=seat_code), langs


# the head noun of an institution's English name: "the international criminal court", "the world health
# organization" are how some British dailies write them, in lower case; a name of three words or more with such a
# head is no common phrase in any case ("Law and Justice", a party, is no organisation here)
_INSTITUTION_HEADS: Final = frozenset({"court", "council", "organization", "organisation", "agency", "fund", "bank",
                                       "programme", "program", "assembly", "committee"})


def _org_case(form: str, kind: str) -> str:
    """"any" for an organisation's English name of three words or more with an institution's head noun, so the
    lower-case house style finds it; "cap" (a capital first letter) for every other name."""
    words = form.lower().split()
    return "any" if kind == "organisation" and len(words) >= 3 and form.isascii() \
        and not _INSTITUTION_HEADS.isdisjoint(words) else "cap"


def _org_forms(name: str, lang: str | None) -> list[tuple[str, bool]]:
    if lang == "ru" and _CYRILLIC.search(name) and not name.isupper():
        return [(f, False) for f in forms.ru_name(name)]
    words = name.split(" ")
    if lang in (None, "de") and len(words) == 2 and words[0][:1].isupper() and not _CYRILLIC.search(name) \
            and words[0].endswith(("ische", "ischer", "ischen", "ale", "aler", "alen", "te", "ter", "ten")):
        # German adjective + noun: "Internationaler/Internationale/Internationalen Strafgerichtshof(s)"
        first = words[0]
        stem = first[:-2] if first.endswith(("er", "en")) else first[:-1]
        out = [(f"{stem}{e} {words[1]}", False) for e in ("e", "en", "er")]
        if words[1][-1:] not in "sxz" and not words[1].endswith("e"):
            out += [(f"{stem}en {words[1]}s", True), (f"{stem}en {words[1]}es", True)]
        return out
    if lang == "de" and not name.isupper() and name[-1:] not in "sxz" and " " not in name:
        return [(name, False), (name + "s", True)]
    if 2 <= len(name) <= 5 and name.isascii() and name.isalpha() and name.isupper():
        # French wires still dot acronyms ("l'O.N.U.", "l'O.T.A.N."): the dotted spelling of every plain one
        return [(name, False), (".".join(name) + ".", False)]
    if lang in (None, "en") and "Organization" in name:
        # British wires spell it "Organisation": "the Collective Security Treaty Organisation"
        return [(name, False), (name.replace("Organization", "Organisation"), False)]
    return [(name, False)]


def seats(data: list, path: Path, priority: int = 0) -> Iterator[Item]:
    """seats.yaml: seats of power used for governments ('der Kreml', 'White House', 'Élysée')."""
    for entry in _mappings(data, path, "seats", "seat"):
        line = entry.get(LINE)
        code = check_code(need(entry, "code", path), path, line)
        country = need(entry, "country", path)
        ident = need(entry, "id", path)
        agent = code[3:] or None
        for name, lang in _names_by_lang(entry, path):
            for form, gen in country_forms(name, lang or "en") if lang in ("de", "ru") else [(name, False)]:
                yield make(f"seats:{ident}", form, code, country, agent, "seat", lang or "en", genitive=gen,
                           priority=priority, lemma_ok=True, case="cap"), ((lang,) if lang else None)


def roles(data: dict, path: Path, priority: int = 0) -> Iterator[Item]:
    """roles.yaml: language → list of {agent, words, country?}: role words that give the agent code."""
    if not isinstance(data, dict):
        raise DataFileError(str(path), 1, "roles must map a language to a list of role groups")
    for lang, groups in data.items():
        if lang == LINE:
            continue
        if lang not in LANGS:
            raise DataFileError(str(path), data.get(LINE), f"unknown language {lang!r}")
        for group in groups or []:
            line = group.get(LINE) if isinstance(group, dict) else None
            if not isinstance(group, dict):
                raise DataFileError(str(path), line, "role group must be a mapping")
            agent = check_code(need(group, "agent", path), path, line)
            country = group.get("country")
            if country is not None:
                check_code(country, path, line)
            flags = frozenset(str_list(group, "flags", path))
            for word in need(group, "words", path, list):
                word = str(word)
                key = forms.normalise(word).replace(" ", "_")
                code = (country or "") + agent if country else agent
                for form in forms.ru_role(word, _ru_plural) if lang == "ru" else [word]:
                    yield make(role_entry(lang, key), form, code, country, agent, "role", lang, case="any",
                               lemma_ok=True, flags=flags, priority=priority), (lang,)


def _ru_plural(noun: str) -> bool:
    """A Russian noun in the plural: its lemma (the singular) is another word ("солдаты" → "солдат")."""
    from realpolitik.language.tokens import lemmatize
    return noun.endswith(("ы", "и", "а", "я")) and lemmatize(noun, "ru") != noun


def dedupe(items: Iterable[Item]) -> list[Item]:
    """Drop repeated (entry id, tokens) pairs that generated forms produce."""
    seen: set[tuple[str, tuple[str, ...], tuple[str, ...] | None, str]] = set()
    out = []
    for entry, langs in items:
        key = (entry.id, entry.tokens, langs, entry.case)
        if key not in seen and entry.tokens:
            seen.add(key)
            out.append((entry, langs))
    return out


def today() -> date:
    return date.today()

"""The date expressions of a language, compiled once (language/dates.py finds and resolves them).

Month and weekday names come from babel (CLDR) so no language needs a
hand-written calendar; what CLDR lacks (relative words, vague spans, Russian
cases) lives in data/dates/<lang>.yaml, validated as it is read. Plain
regular expressions, compiled once per language: dateparser was measured at
about a millisecond per sentence, too slow for a call per event, and it does
not give offsets.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml
from babel.dates import get_day_names, get_month_names

try:  # CPython's parser of regular expressions (private; 3.11-3.13): only to speed searches up, see _guarded
    import re._constants as re_constants
    import re._parser as re_parser
except ImportError:  # pragma: no cover - another Python: the plain expressions, the same matches
    re_constants = re_parser = None  # type: ignore[assignment]

from realpolitik.data_yaml import safe_load
from realpolitik.errors import DataFileError

_UNITS = {"day", "week", "month", "year"}
_LIST_KEYS = ("weekday_suffixes", "last_before", "last_after", "next_before", "next_after",
              "month_prefixes", "year_prefixes", "year_suffixes", "since")


@dataclass(frozen=True)
class DatePatterns:
    """The compiled expressions of one language."""

    lang: str
    months: dict[str, int]  # lower-cased name (wide, abbreviated, extra, accent-folded) → 1..12
    weekdays: dict[str, int]  # lower-cased name → 0 (Monday) .. 6
    last: frozenset[str]
    next: frozenset[str]
    iso: re.Pattern
    numeric: re.Pattern
    day_month: re.Pattern
    month_day: re.Pattern | None
    month: re.Pattern
    year: re.Pattern
    weekday: re.Pattern
    since: re.Pattern  # a since-word at the head of a match ("seit Mai")
    since_before: re.Pattern  # a since-word right before a match ("seit dem 5. Mai")
    relative: list[tuple[re.Pattern, str, int]]
    spans: list[tuple[re.Pattern, int]]
    anaphoric: list[tuple[re.Pattern, int]]
    # every relative and span expression in one: most sentences hold none, and one search says so
    any_relative: re.Pattern | None = None
    # every month (wide) and weekday name in one: the `month` and `weekday` expressions match only where
    # one of them does, and one search of the names costs less than those two with their prefixes
    any_name: re.Pattern | None = None


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def _alternation(words) -> str:
    """Longest first, so "Juni" is not cut to "Jun"; words are escaped except spaces."""
    ordered = sorted({w for w in words if w}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def _regex_alternation(patterns) -> str:
    return "|".join(sorted(patterns, key=len, reverse=True))


def _load(lang: str) -> dict:
    name = f"data/dates/{lang}.yaml"
    path = resources.files("realpolitik") / "data" / "dates" / f"{lang}.yaml"
    try:
        raw = path.read_text(encoding="utf-8")
        data = safe_load(raw)
    except FileNotFoundError as exc:
        raise DataFileError(name, None, f"no date data for language {lang!r}") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise DataFileError(name, mark.line + 1 if mark else None, f"not valid YAML: {exc}") from exc
    validate_data(data, name, raw)
    return data


def _line_of(raw: str, needle: str) -> int | None:
    for number, line in enumerate(raw.splitlines(), start=1):
        if needle in line:
            return number
    return None


def validate_data(data: object, name: str, raw: str) -> None:
    """Check one language's date data (`data`, read from the text `raw` of the file `name`): fail at start with the
    file and line rather than mis-dating events later."""
    if not isinstance(data, dict):
        raise DataFileError(name, None, "expected a mapping at the top level")
    for key in _LIST_KEYS:
        if not isinstance(data.get(key), list) or not all(isinstance(w, str) for w in data[key]):
            raise DataFileError(name, _line_of(raw, key + ":"), f"'{key}' must be a list of strings")
    for key, upper in (("extra_months", 12), ("extra_weekdays", 6)):
        table = data.get(key)
        if not isinstance(table, dict):
            raise DataFileError(name, _line_of(raw, key + ":"), f"'{key}' must be a mapping")
        for number, words in table.items():
            if not isinstance(number, int) or not (0 <= number <= upper) or not isinstance(words, list):
                raise DataFileError(name, _line_of(raw, f"{number}:"), f"bad entry {number!r} in '{key}'")
    for key, fields in (("relative", {"pattern", "unit", "offset"}), ("spans", {"pattern", "days"}),
                        ("anaphoric", {"pattern", "offset"})):
        entries = data.get(key)
        if not isinstance(entries, list):
            raise DataFileError(name, _line_of(raw, key + ":"), f"'{key}' must be a list")
        for entry in entries:
            line = _line_of(raw, str(entry.get("pattern"))) if isinstance(entry, dict) else None
            if not isinstance(entry, dict) or set(entry) != fields:
                raise DataFileError(name, line, f"each '{key}' entry needs exactly {sorted(fields)}")
            if key == "relative" and (entry["unit"] not in _UNITS or not isinstance(entry["offset"], int)):
                raise DataFileError(name, line, f"unit must be one of {sorted(_UNITS)}, offset an integer")
            if key == "anaphoric" and not isinstance(entry["offset"], int):
                raise DataFileError(name, line, "offset must be an integer")
            if key == "spans" and (not isinstance(entry["days"], int) or entry["days"] <= 0):
                raise DataFileError(name, line, "days must be a positive integer")
            try:
                re.compile(entry["pattern"])
            except re.error as exc:
                raise DataFileError(name, line, f"bad pattern {entry['pattern']!r}: {exc}") from exc


def _names(lang: str, data: dict) -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    """(wide month names, all month names incl. abbreviations, weekday names), lower-cased."""
    wide: dict[str, int] = {}
    abbreviated: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for number, word in get_month_names("wide", context, locale=lang).items():
            wide[word.lower()] = number
        for number, word in get_month_names("abbreviated", context, locale=lang).items():
            abbreviated[word.lower().rstrip(".")] = number
    for number, words in data["extra_months"].items():
        for word in words:
            wide[word.lower()] = number
    weekdays = {word.lower(): number for number, word in get_day_names("wide", locale=lang).items()}
    for number, words in data["extra_weekdays"].items():
        for word in words:
            weekdays[word.lower()] = number
    if data.get("fold_accents"):
        for table in (wide, abbreviated, weekdays):
            table.update({_fold(w): n for w, n in list(table.items())})
    return wide, {**abbreviated, **wide}, weekdays


@cache
def month_names(lang: str) -> frozenset[str]:
    """The lower-cased month names of `lang` (wide, abbreviated, accent-folded), none where it has no date words."""
    try:
        return frozenset(date_patterns(lang).months)
    except FileNotFoundError:
        return frozenset()


@cache
def date_patterns(lang: str) -> DatePatterns:
    """The compiled date expressions of `lang` (its data file read once)."""
    data = _load(lang)
    wide, months, weekdays = _names(lang, data)
    flags = re.IGNORECASE
    wide_alt, month_alt = _alternation(wide), _alternation(months)
    sep = r"(?:\s+|(?<=-))"  # "im Mai", and "mi-mars" where the prefix ends in a hyphen
    year_suffix = rf"(?:\s+(?:{_regex_alternation(data['year_suffixes'])}))?" if data["year_suffixes"] else ""
    year = r"(?P<year>(?:1[89]|2[01])\d\d)"
    month_prefix = _alternation(data["month_prefixes"] + data["since"])
    year_prefix = _alternation(data["year_prefixes"] + data["since"])
    modifiers = data["last_before"] + data["next_before"]
    after = data["last_after"] + data["next_after"]
    weekday = (
        (rf"(?:(?P<mod>{_alternation(modifiers)})\s+)?" if modifiers else "")
        + rf"\b(?P<wd>{_alternation(weekdays)})"
        + (rf"(?:{_alternation(data['weekday_suffixes'])})?" if data["weekday_suffixes"] else "")
        + r"\b"
        + (rf"(?:\s+(?P<mod2>{_alternation(after)})\b)?" if after else "")
    )
    year_only = rf"\b(?P<pre>{year_prefix}){sep}{year}\b{year_suffix}"
    if data["year_suffixes"]:
        year_only += rf"|\b(?P<year2>(?:1[89]|2[01])\d\d)\s+(?:{_regex_alternation(data['year_suffixes'])})"
    return DatePatterns(
        lang=lang,
        months=months,
        weekdays=weekdays,
        last=frozenset(w.lower() for w in data["last_before"] + data["last_after"]),
        next=frozenset(w.lower() for w in data["next_before"] + data["next_after"]),
        iso=re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})\b"),
        numeric=re.compile(r"\b(?P<a>\d{1,2})[./](?P<b>\d{1,2})[./](?P<year>\d{4})\b"),
        day_month=re.compile(
            rf"\b(?P<day>\d{{1,2}})(?:\.|er|º|st|nd|rd|th)?(?:\s+de)?\s+(?P<month>{month_alt})\b\.?"
            rf"(?:,?\s+(?:de\s+)?{year}\b{year_suffix})?",
            flags,
        ),
        month_day=re.compile(
            rf"\b(?P<month>{month_alt})\b\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+{year}\b)?", flags
        ) if lang == "en" else None,
        month=re.compile(
            rf"(?:\b(?P<pre>{month_prefix}){sep})?\b(?P<month>{wide_alt})\b(?:\s+(?:de\s+)?{year}\b{year_suffix})?",
            flags,
        ),
        year=re.compile(year_only, flags),
        weekday=re.compile(weekday, flags),
        since=re.compile(rf"(?:{_alternation(data['since'])})(?:\s+|(?<=-))", flags),
        since_before=re.compile(rf"\b(?:{_alternation(data['since'])})\s+$", flags),
        relative=[(re.compile(rf"\b(?:{e['pattern']})\b", flags), e["unit"], e["offset"])
                  for e in data["relative"]],
        spans=[(re.compile(rf"\b(?:{e['pattern']})\b", flags), e["days"]) for e in data["spans"]],
        anaphoric=[(re.compile(rf"\b(?:{e['pattern']})\b", flags), e["offset"]) for e in data["anaphoric"]],
        any_relative=_any_of([e["pattern"] for e in data["relative"] + data["spans"] + data["anaphoric"]], flags),
        any_name=_guarded(rf"\b(?:{wide_alt}|{_alternation(weekdays)})", flags),
    )


def _any_of(patterns: list[str], flags: re.RegexFlag) -> re.Pattern | None:
    """One expression matching wherever one of `patterns` does (None where they cannot be joined)."""
    if not patterns:
        return None
    try:
        return _guarded("|".join(rf"\b(?:{pattern})\b" for pattern in patterns), flags)
    except re.error:  # e.g. two expressions naming the same group: each is searched alone
        return None


def _guarded(pattern: str, flags: re.RegexFlag) -> re.Pattern:
    """`pattern`, led by a look-ahead for the characters its matches can start with, where they are known.

    Why: an expression that opens with \\b and an alternation of words is tried at every offset (~4 µs a
    sentence); led by a character class, the regular expression engine skips to the offsets that may start
    one (~0.3 µs). The class only says what a match needs, so the matches are the same."""
    if re_parser is None:
        return re.compile(pattern, flags)
    firsts = _firsts(re_parser.parse(pattern, flags))
    if firsts is None or firsts[1] or not firsts[0]:
        return re.compile(pattern, flags)
    chars = "".join(re.escape(c) for c in sorted(firsts[0]))
    return re.compile(rf"(?=[{chars}])(?:{pattern})", flags)


_ZERO_WIDTH = {re_constants.AT, re_constants.ASSERT, re_constants.ASSERT_NOT} if re_constants else set()
_REPEATS = {re_constants.MAX_REPEAT, re_constants.MIN_REPEAT, re_constants.POSSESSIVE_REPEAT} if re_constants else set()


def _firsts(items) -> tuple[set[str], bool] | None:  # type: ignore[no-untyped-def]
    """The characters a parsed expression's match can start with, and whether it can match nothing;
    None where that is not read (a category, a negated set, a back-reference ...)."""
    found: set[str] = set()
    for op, arg in items:
        if op is re_constants.LITERAL:
            found.add(chr(arg))
            return found, False
        if op is re_constants.IN:
            if not all(kind is re_constants.LITERAL for kind, _ in arg):
                return None
            found.update(chr(value) for _, value in arg)
            return found, False
        if op in _ZERO_WIDTH:
            continue
        if op is re_constants.BRANCH or op is re_constants.SUBPATTERN or op in _REPEATS:
            parts = arg[1] if op is re_constants.BRANCH else [arg[-1]]
            empty = op in _REPEATS and arg[0] == 0
            for part in parts:
                sub = _firsts(part)
                if sub is None:
                    return None
                found |= sub[0]
                empty = empty or sub[1]
            if not empty:
                return found, False
            continue
        return None
    return found, True

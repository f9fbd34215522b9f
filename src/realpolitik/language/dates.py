"""Finding the date of an event in a sentence and resolving it against the publication date.

The expressions are each language's, compiled once (language/date_patterns.py:
month and weekday names from babel, the rest from data/dates/<lang>.yaml).

Resolution rules (relative to `published`):
- a weekday is the most recent such day on or before publication (the same
  weekday is the publication day); "last"/"pasado"/"dernier" make it strictly
  before, "next"/"próximo" strictly after; a bare weekday also carries the
  coming such day (`DateRef.coming`), which the event coder takes where the
  clause tells what is still to come ("will meet on Thursday");
- a month without a year is the most recent such month on or before the
  publication month; a day and month without a year take the year that puts
  the date nearest to publication;
- "since <date>" and vague spans ("for several weeks") are ranges ending at
  publication;
- a day told from the day the article last told of ("la veille", "накануне",
  "the same day": `anaphoric` in the data) counts from a day named before it
  in its sentence, else from publication with `DateRef.story_offset` set, so
  the event coder can count it from the day an earlier sentence names
  (`story_day`, `on_story_day`).
Expressions that need the publication date give None when it is unknown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from realpolitik.language.date_patterns import DatePatterns, date_patterns
from realpolitik.language.detect import SUPPORTED_LANGUAGES
from realpolitik.per_document import document_table

DATE_LANGUAGES = SUPPORTED_LANGUAGES  # the date patterns of every language read
STORY_SENTENCES = 3  # how far back `story_day` looks for the day the article tells of
STORY_WEEK = 6  # the most days before publication that day may be


@dataclass(frozen=True)
class DateRef:
    """A resolved date expression; `char_start`/`char_end` index the text it was found in."""

    value: date  # the start of the period
    precision: str  # day|month|year|range
    end: date | None  # last day of a range, None otherwise
    surface: str
    char_start: int
    char_end: int
    # a weekday without "last"/"next": the coming such day (the publication day on that weekday itself), for a
    # clause in the future or a plan ("se reunirá el jueves"); `value` is the past one, what a report tells
    coming: date | None = None
    # an anaphoric day ("la veille") no earlier day of its sentence anchors: its days from the day the article last
    # told of; `value` counts them from publication, what it means where no earlier sentence names a day
    story_offset: int | None = None


# ---------------------------------------------------------------- calendar arithmetic


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


_LOOKAHEAD_DAYS = 31  # a day and month without year may be this near in the future ("am 5. November")


def _infer_year(month: int, day: int, published: date) -> date | None:
    """The most recent such date on or before publication, unless it falls within the next month."""
    for year in (published.year + 1, published.year, published.year - 1):
        d = _safe_date(year, month, day)
        if d and (d - published).days <= _LOOKAHEAD_DAYS:
            return d
    return None


def _add_months(d: date, months: int) -> date:
    index = d.year * 12 + d.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


# ---------------------------------------------------------------- candidate finders

_Cand = tuple[int, int, date, str, date | None]  # start, end, value, precision, range end
_DIGIT = re.compile(r"\d")
# Shapes a date expression cannot do without, searched before its costlier expressions (most sentences with
# digits have none of them: "( 0 - 1 )", "20 Tote"). Four digits in a row: every ISO or numeric date and every
# year. A day, then (past its suffix and whitespace) a letter: "5. Mai", "3 de mayo", "1er mars". A letter
# (the end of a month name, maybe abbreviated with a dot), whitespace, a digit: "May 5", "Jan. 3".
_FOUR_DIGITS = re.compile(r"\d{4}")
_DAY_THEN_WORD = re.compile(r"\d[.\w]*\s+[^\W\d_]")
_WORD_THEN_DAY = re.compile(r"[^\W\d_]\.?\s+\d")


def _explicit(p: DatePatterns, text: str, published: date | None, four: bool = True) -> list[_Cand]:
    """ISO, numeric and named-month days; `four`: the text holds four digits in a row (ISO and numeric
    dates need them)."""
    found: list[_Cand] = []
    for m in p.iso.finditer(text) if four else ():
        if d := _safe_date(int(m["year"]), int(m["month"]), int(m["day"])):
            found.append((m.start(), m.end(), d, "day", None))
    for m in p.numeric.finditer(text) if four else ():
        a, b = int(m["a"]), int(m["b"])
        day, month = (b, a) if p.lang == "en" and a <= 12 else (a, b)
        if d := _safe_date(int(m["year"]), month, day):
            found.append((m.start(), m.end(), d, "day", None))
    for pattern, shape in ((p.day_month, _DAY_THEN_WORD), (p.month_day, _WORD_THEN_DAY)):
        for m in pattern.finditer(text) if pattern and shape.search(text) else ():
            month = p.months.get(m["month"].lower())
            if month is None:
                continue
            if m["year"]:
                d = _safe_date(int(m["year"]), month, int(m["day"]))
            else:
                d = _infer_year(month, int(m["day"]), published) if published else None
            if d:
                found.append((m.start(), m.end(), d, "day", None))
    return found


def _months_and_years(p: DatePatterns, text: str, published: date | None, four: bool = True,
                      named: bool = True) -> list[_Cand]:
    found: list[_Cand] = []
    for m in p.month.finditer(text) if named else ():
        if not (m["pre"] or m["year"]):
            continue  # a bare month name ("May", "Mai") is too often something else
        month = p.months.get(m["month"].lower())
        if month is None:
            continue
        if m["year"]:
            value = date(int(m["year"]), month, 1)
        elif published:
            value = date(published.year - (month > published.month), month, 1)
        else:
            continue
        found.append((m.start(), m.end(), value, "month", None))
    for m in p.year.finditer(text) if four else ():
        year = m.groupdict().get("year2") or m["year"]
        found.append((m.start(), m.end(), date(int(year), 1, 1), "year", None))
    return found


def _weekdays(p: DatePatterns, text: str, published: date | None, coming: dict[tuple[int, int], date]) -> list[_Cand]:
    """Weekday candidates; each bare one's coming day goes into `coming` by its (start, end)."""
    if not published:
        return []
    found: list[_Cand] = []
    for m in p.weekday.finditer(text):
        weekday = p.weekdays.get(m["wd"].lower())
        if weekday is None:
            continue
        groups = m.groupdict()
        mod = " ".join((groups.get("mod") or groups.get("mod2") or "").lower().split())
        back = (published.weekday() - weekday) % 7
        if mod in p.last and back == 0:
            back = 7
        value = published - timedelta(days=back)
        if mod in p.next:
            value = published + timedelta(days=(weekday - published.weekday()) % 7 or 7)
        elif mod not in p.last:
            coming[m.start(), m.end()] = published + timedelta(days=(weekday - published.weekday()) % 7)
        found.append((m.start(), m.end(), value, "day", None))
    return found


def _relative(p: DatePatterns, text: str, published: date | None, told: dict[tuple[int, int], int]) -> list[_Cand]:
    """Relative days, weeks, months, years and spans; each anaphoric day's offset goes into `told` by its
    (start, end)."""
    if not published:
        return []
    starts = match_starts(p.any_relative, text)
    if starts == []:
        return []
    found: list[_Cand] = []
    for pattern, unit, offset in p.relative:
        for m in finditer_at(pattern, text, starts):
            if unit == "day":
                found.append((m.start(), m.end(), published + timedelta(days=offset), "day", None))
            elif unit == "week":
                monday = published - timedelta(days=published.weekday()) + timedelta(weeks=offset)
                end = published if offset == 0 else monday + timedelta(days=6)
                found.append((m.start(), m.end(), monday, "range", end))
            elif unit == "month":
                value = _add_months(published.replace(day=1), offset)
                found.append((m.start(), m.end(), value, "month", None))
            else:
                found.append((m.start(), m.end(), date(published.year + offset, 1, 1), "year", None))
    for pattern, days in p.spans:
        for m in finditer_at(pattern, text, starts):
            found.append((m.start(), m.end(), published - timedelta(days=days), "range", published))
    for pattern, offset in p.anaphoric:
        for m in finditer_at(pattern, text, starts):
            told[m.start(), m.end()] = offset
            found.append((m.start(), m.end(), published + timedelta(days=offset), "day", None))
    return found


def match_starts(any_of: re.Pattern | None, text: str) -> list[int] | None:
    """Every offset where one of the expressions joined in `any_of` matches (None without `any_of`).

    Why: a sentence with "today" was searched by each of ~15 expressions in turn; one pass of the
    joined expression finds the few offsets where any of them can match, and each is then tried there only.
    """
    if any_of is None:
        return None
    starts = []
    found = any_of.search(text)
    while found is not None:
        starts.append(found.start())
        found = any_of.search(text, found.start() + 1)
    return starts


def finditer_at(pattern: re.Pattern, text: str, starts: list[int] | None):  # type: ignore[no-untyped-def]
    """`pattern.finditer(text)`, trying only `starts` (`match_starts` of an expression joining `pattern`'s):
    the leftmost match not overlapping the one before, as finditer finds it."""
    if starts is None:
        yield from pattern.finditer(text)
        return
    after = 0
    for start in starts:
        if start < after:
            continue
        found = pattern.match(text, start)
        if found is None:
            continue
        if found.end() == start:  # an empty match: finditer's own rules for what may follow it
            yield from pattern.finditer(text, start)
            return
        yield found
        after = found.end()


def _with_since(p: DatePatterns, text: str, cand: _Cand, published: date | None) -> _Cand:
    """"seit Mai", "since 2023", "с 5 мая": a range from the start of that date to publication."""
    start, end, value, precision, _ = cand
    if precision == "range":
        return cand
    if not p.since.match(text, start):
        before = p.since_before.search(text, max(0, start - 40), start)
        if not before:
            return cand
        start = before.start()
    if published and value > published:
        return cand
    return (start, end, value, "range", published)


# ---------------------------------------------------------------- public API


def find_dates(text: str, lang: str, published: date | None) -> list[DateRef]:
    """All date expressions of `text`, resolved, in order; overlapping matches keep the longest.

    Within `per_document()` (one document's extraction) each sentence's dates are found once: the event
    coder asks first, the relation reader again, both with the sentence's own `text`."""
    if lang not in DATE_LANGUAGES or not text:
        return []
    memo = document_table("dates")
    if memo is None:
        return list(_remembered(text, lang, published))
    key = (id(text), lang, published)  # by identity: the text is kept with its dates, so its id is not reused
    kept = memo.get(key)
    if kept is None or kept[0] is not text:
        kept = memo[key] = (text, _find_dates(text, lang, published))
    return list(kept[1])


@lru_cache(maxsize=256)
def _remembered(text: str, lang: str, published: date | None) -> tuple[DateRef, ...]:
    """`_find_dates` outside a document's extraction, remembered for the last texts."""
    return _find_dates(text, lang, published)


def _find_dates(text: str, lang: str, published: date | None) -> tuple[DateRef, ...]:
    p = date_patterns(lang)
    digits = _DIGIT.search(text) is not None  # every explicit date and every year has one; most sentences none
    four = digits and _FOUR_DIGITS.search(text) is not None
    named = p.any_name is None or p.any_name.search(text) is not None  # a month or weekday name: most have none
    coming: dict[tuple[int, int], date] = {}
    told: dict[tuple[int, int], int] = {}
    cands = ((_explicit(p, text, published, four) if digits else [])
             + _months_and_years(p, text, published, four, named)
             + (_weekdays(p, text, published, coming) if named else []) + _relative(p, text, published, told))
    kept: list[_Cand] = []
    for cand in sorted(cands, key=lambda c: (-(c[1] - c[0]), c[0])):
        if all(cand[1] <= k[0] or cand[0] >= k[1] for k in kept):
            kept.append(cand)
    refs: list[DateRef] = []
    for start, end, value, precision, range_end in sorted(_with_since(p, text, c, published) for c in kept):
        ahead = coming.get((start, end)) if precision == "day" else None  # not "seit Montag", a range
        offset = told.get((start, end))
        if offset is None:
            refs.append(DateRef(value, precision, range_end, text[start:end], start, end, ahead))
            continue
        before = _last_day(refs)  # "annoncé dimanche ... franchi le pas la veille": the Saturday
        refs.append(DateRef(before + timedelta(days=offset) if before else value, "day", None, text[start:end],
                            start, end, None, None if before else offset))
    return tuple(refs)


def _last_day(refs: list[DateRef]) -> date | None:
    """The last day of `refs` that names its own day (not one told from another): what a later one counts from."""
    return next((r.value for r in reversed(refs) if r.precision == "day" and r.story_offset is None), None)


def story_day(earlier: list[str], lang: str, published: date | None) -> date | None:
    """The day the article last told of before a sentence: the last day named in the nearest of the sentences
    before it (`earlier`, in order) that names one, looking back a few sentences; None where they name none, or
    where that day is no day of the week before publication: a deadline ahead or a date of the background
    ("the ceasefire agreed on 19 October") is not the day the news is told from."""
    if published is None:
        return None
    for text in reversed(earlier[-STORY_SENTENCES:]):
        day = _last_day(find_dates(text, lang, published))
        if day is not None:
            return day if 0 <= (published - day).days <= STORY_WEEK else None
    return None


def on_story_day(ref: DateRef, story: date | None) -> DateRef:
    """`ref` counted from the day the article last told of, where it is a day told from that day and one is known."""
    if ref.story_offset is None or story is None:
        return ref
    return replace(ref, value=story + timedelta(days=ref.story_offset), story_offset=None)


def resolve_date(text: str, lang: str, published: date | None, anchor: int | None = None) -> DateRef | None:
    """The date expression of a sentence nearest to `anchor` (a character offset into `text`),
    or the first one without an anchor; None where there is none or it cannot be resolved."""
    return nearest_date(find_dates(text, lang, published), anchor)


def nearest_date(refs: list[DateRef], anchor: int | None = None) -> DateRef | None:
    """Of a sentence's dates (`find_dates`, found once per sentence however many triggers it has),
    the one nearest to `anchor`, or the first one without an anchor."""
    if not refs:
        return None
    if anchor is None:
        return refs[0]

    def distance(ref: DateRef) -> int:
        if ref.char_start <= anchor < ref.char_end:
            return 0
        return min(abs(anchor - ref.char_start), abs(anchor - ref.char_end))

    return min(refs, key=distance)


# a live blog entry's heading: "08:40 ...", "+++ 14:30 +++", "14.30 Uhr – ...", "+++ 12.30 El Ministerio ..." (after
# the ticker's "+++" a time with a point is the entry's too)
_CLOCK_ENTRY = re.compile(r"\s*(?:\+\+\+\s*(?:[01]?\d|2[0-3])[:.][0-5]\d\b|"
                          r"(?:[01]?\d|2[0-3])(?::[0-5]\d\b|\.[0-5]\d(?=\s*(?:Uhr\b|h\b|[–—-]))))")


def clock_entry_day(text: str, published: date | None) -> date | None:
    """The day of a sentence that opens a live blog entry with its clock time: the publication day (a live blog
    tells the news of its day), where the sentence names no date of its own; None for any other sentence."""
    return published if published is not None and _CLOCK_ENTRY.match(text) else None


def implied_date(text: str, lang: str, today: date | None = None) -> date | None:
    """When an article without a publication date was written, as far as its text says: the latest day or
    month it names with a year, up to today. Why: leaders' offices are read on the article's date, and an
    article about 2023 read on today's date would call the chancellor of 2023 a former one. Bare years are
    left out ("bis 2030", "seit 2014" name plans and history, not the day of writing)."""
    today = today or date.today()
    named = [ref.value for ref in find_dates(text, lang, None)
             if ref.precision in ("day", "month") and ref.value <= today]
    return max(named, default=None)


LEAD_SENTENCES = 2  # sentence indices 0..2 hold the headline and the lead


def lead_date(sentence_index: int, published: date | None) -> date | None:
    """The date of an undated relation statement (relations/derive.py): the lead reports the news of the day, later
    sentences are background whose date we do not know. Events take no date from it: EVAL.md gives an act whose
    sentence states no date null, in the lead too, and their `date` falls back to publication anyway."""
    return published if sentence_index <= LEAD_SENTENCES else None

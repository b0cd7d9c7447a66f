"""Dates as written on news pages, in many languages, to `datetime.date`.

The forms read: ISO (2025-05-18, 2025/05/18), numeric (18.05.2025, 05/18/2025, 18-05-25;
ambiguous ones follow the page's convention), CJK (2025年5月18日, 2025년 5월 18일) and
named months in any language the phrase lists hold ("May 18, 2025", "18. Mai 2025",
"18 de mayo de 2025", "1st of May 2025", "04-ago-2021", "Dec. 19, 2025", "2025. május 18."), also when a
renderer glued the month to the word before it ("EditorialNovember 22, 2018").

Only what is written is read: a date without a year ("Jan 17") is completed from a
reference date when one is given (the most recent such day on or before it), and is
otherwise left without a `date`; a month without a day ("May 2025") is no date.
"""

from __future__ import annotations

import datetime
import functools
import re

import attrs

from .cues import months

_MIN_YEAR = 1990
_MAX_YEAR = 2100

_ISO = re.compile(r"(?<!\d)((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
# 18.05.2025, 05/18/2025, 18-05-25; not a version number ("v2.10.11", "1.2.3.4").
_NUMERIC = re.compile(r"(?<![\w.])(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d\d|\d\d)(?![\d.]\d)(?!\d)")
# Dots followed by a space, as Czech and Slovak write the date (20. 3. 2024) and
# Hungarian (2024. 03. 20.): always day-first, or year-first.
_SPACED_DAY_FIRST = re.compile(r"(?<![\w.])(?P<day>\d{1,2})\. (?P<month>\d{1,2})\. (?P<year>(?:19|20)\d\d)(?!\d)")
_SPACED_YEAR_FIRST = re.compile(r"(?<![\w.])(?P<year>(?:19|20)\d\d)\. (?P<month>\d{1,2})\. (?P<day>\d{1,2})\.(?!\d)")
_SPACED_DOTS = re.compile(r"\d\. \d")
# 2025年5月18日 (Chinese, Japanese), 2025년 5월 18일 (Korean).
_CJK = re.compile(r"((?:19|20)\d\d)\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]")
_ORDINAL = r"(?:st|nd|rd|th|er|e|º|\.)?"
# A month name starts a word, or is glued to the word before it by the renderer
# ("EditorialNovember 22, 2018": a lower-case letter, then the capital of the month).
_MONTH_START = r"(?:(?<!\w)|(?-i:(?<=[a-z])(?=[A-Z])))"


# The date ends at its last digit, or where the renderer glued the next date's day to
# its year: a page prints the published and the updated dates side by side, and day-first
# languages glue them into "10. Februar 20199. Februar 2019", "20 janvier 202021 janvier".
_YEAR_END = r"(?(year)(?:(?!\d)|(?=[0-3]?\d\.?\s))|(?!\d))"


@functools.lru_cache(maxsize=1024)
def _named(names: tuple[str, ...]) -> re.Pattern[str]:
    """The named-date pattern for the month names `names` (those a text holds: with all
    the names of all the languages, the pattern is slow)."""
    names = tuple(sorted(names, key=len, reverse=True))
    month = "(?P<month>" + "|".join(re.escape(n) for n in names) + r")\.?"
    # "18 May", "18. Mai", "18 de mayo", "1st of May", "04-ago-2021", "18/May/2025"
    day_before = r"(?:(?<!\d)(?P<day1>\d{1,2})" + _ORDINAL + r"(?:\s*(?:de\s+|of\s+)|\s*[-/]\s*|\s*))?"
    day_after = r"(?:\s+(?P<day2>\d{1,2})" + _ORDINAL + r",?)?"
    year = r"(?:(?:,?\s+(?:de\s+)?|\s*[-/]\s*)(?P<year>(?:19|20)\d\d))?"
    # "2025. május 18." (Hungarian), "2025 May 18": the year first, the day after the month.
    year_before = r"(?<!\d)(?P<year0>(?:19|20)\d\d)\.?\s+"
    return re.compile(
        r"(?:" + year_before + r"|" + day_before + r"(?<!\w)|" + _MONTH_START + r")" + month + r"(?!\w)" + day_after
        # A year first needs the day after the month, and no other year after the day:
        # that year ends a headline glued to the date ("Best films of 2023 March 5, 2024").
        + r"(?(year0)(?(day2)(?!,?\s+(?:19|20)\d\d)|(?!))|" + year + r")" + _YEAR_END,
        re.IGNORECASE,
    )


_LETTERS = re.compile(r"[^\W\d_]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
# Where the renderer may have glued two words: "EditorialNovember".
_GLUE = re.compile(r"[a-z][A-Z]")
_DIGIT = re.compile(r"\d")
# Every numeric form has two numbers with a separator between them; CJK dates a year.
_NUMBERS = re.compile(r"\d[./-]\d")


def _month_names(text: str) -> tuple[str, ...]:
    """The month names among the words, maybe glued to the word before it, in lower case."""
    names = months()
    found = {word for word in _LETTERS.findall(text.lower()) if word in names}
    if _GLUE.search(text):
        for word in _LETTERS.findall(text):
            if not word.islower() and not word.isupper():
                found.update(p.lower() for p in _CAMEL.split(word) if p.lower() in names)
    return tuple(sorted(found))


def _spaced_dates(text: str) -> list[re.Match[str]]:
    """The spaced numeric dates ("20. 3. 2024", "2024. 03. 20."), with named groups."""
    return [*_SPACED_DAY_FIRST.finditer(text), *_SPACED_YEAR_FIRST.finditer(text)]


@attrs.frozen
class FoundDate:
    """A date read off a text: `date` is None when the year is unknown, or when the day
    is in doubt (two dates glued together)."""

    text: str
    start: int
    date: datetime.date | None
    has_year: bool


def _make(year: int, month: int, day: int) -> datetime.date | None:
    if not (_MIN_YEAR <= year <= _MAX_YEAR):
        return None
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def complete_year(month: int, day: int, reference: datetime.date | None) -> datetime.date | None:
    """The most recent `month`/`day` on or before `reference`; None without a reference."""
    if reference is None:
        return None
    for year in (reference.year, reference.year - 1):
        found = _make(year, month, day)
        if found is not None and found <= reference:
            return found
    return None


def _named_parts(match: re.Match[str]) -> tuple[int | None, str | None, str | None]:
    """The month (None for no known name), day and year (as written, maybe None) of a
    match of the named-date pattern."""
    month = months().get(match.group("month").lower())
    return month, match.group("day1") or match.group("day2"), match.group("year0") or match.group("year")


def _differs_from_glued(text: str, match: re.Match[str], date: datetime.date, names: tuple[str, ...]) -> bool:
    """Whether the date the renderer glued to this one's year (`_YEAR_END`) is another
    day: the published and the updated dates, in an order that differs from theme to
    theme (the same day twice is that day)."""
    end = match.end()
    if end >= len(text) or not text[end].isdigit():
        return False
    glued = _named(names).match(text[end:])
    if glued is None:
        return True
    month, day_text, year_text = _named_parts(glued)
    return month is None or not day_text or not year_text or _make(int(year_text), month, int(day_text)) != date


def find_dates(text: str, reference: datetime.date | None = None, *, month_first: bool = False) -> list[FoundDate]:
    """Every date written in `text`, in order of position.

    `month_first` reads ambiguous numeric dates (03/04/2025) as month/day, as US pages do.
    """
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []
    if not _DIGIT.search(text):
        return found  # every form has a day or a year in digits

    def add(match: re.Match[str], date: datetime.date | None, has_year: bool) -> None:
        span = match.span()
        if any(span[0] < end and start < span[1] for start, end in taken):
            return
        taken.append(span)
        found.append(FoundDate(match.group(0).strip(" ,"), span[0], date, has_year))

    for match in _CJK.finditer(text) if not text.isascii() else ():
        date = _make(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        if date:
            add(match, date, True)
    for match in _spaced_dates(text) if _SPACED_DOTS.search(text) else ():
        date = _make(int(match.group("year")), int(match.group("month")), int(match.group("day")))
        if date:
            add(match, date, True)
    numbers = _NUMBERS.search(text) is not None
    for match in _ISO.finditer(text) if numbers else ():
        date = _make(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        if date:
            add(match, date, True)
    for match in _NUMERIC.finditer(text) if numbers else ():
        first, second, year = int(match.group(1)), int(match.group(3)), match.group(4)
        if len(year) == 2 and (len(match.group(1)) < 2 or len(match.group(3)) < 2):
            continue  # "2.10.11" is a version; "18.05.25" a date
        year_number = int(year) if len(year) == 4 else 2000 + int(year)
        if first > 12:
            month_first_here = False
        elif second > 12:
            month_first_here = True  # 06.18.2025: month first, whatever the separator
        else:
            # Ambiguous: dots are day-first everywhere; slashes follow the page.
            month_first_here = month_first and match.group(2) == "/"
        month, day = (first, second) if month_first_here else (second, first)
        date = _make(year_number, month, day)
        if date:
            add(match, date, True)
    names = _month_names(text)
    for match in _named(names).finditer(text) if names else ():
        month, day_text, year_text = _named_parts(match)
        if not day_text or month is None:
            continue
        day = int(day_text)
        if year_text:
            date = _make(int(year_text), month, day)
            if date:
                # Of two different days glued together, neither is known to be the date.
                add(match, None if _differs_from_glued(text, match, date, names) else date, True)
        elif 1 <= day <= 31:
            add(match, complete_year(month, day, reference), False)
    found.sort(key=lambda item: item.start)
    return found

"""Dates as written on news pages, in many languages, to `datetime.date`.

Only what is written is read: a date without a year ("Jan 17") is completed from a
reference date when one is given (the most recent such day on or before it), and is
otherwise left without a `date`.
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
_NUMERIC = re.compile(r"(?<![\d.])(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d\d|\d\d)(?![\d])")
_CJK = re.compile(r"((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_ORDINAL = r"(?:st|nd|rd|th|er|e|º|\.)?"


@functools.cache
def _named() -> re.Pattern[str]:
    names = sorted(months(), key=len, reverse=True)
    month = "(?P<month>" + "|".join(re.escape(n) for n in names) + r")\.?"
    day_before = r"(?:(?P<day1>\d{1,2})" + _ORDINAL + r"\s*(?:de\s+|of\s+)?)?"
    day_after = r"(?:\s+(?P<day2>\d{1,2})" + _ORDINAL + r",?)?"
    year = r"(?:,?\s+(?:de\s+)?(?P<year>(?:19|20)\d\d))?"
    return re.compile(r"(?<!\w)" + day_before + month + r"(?!\w)" + day_after + year + r"(?!\d)", re.IGNORECASE)


@attrs.frozen
class FoundDate:
    """A date read off a text: `date` is None when the year is unknown."""

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


def find_dates(text: str, reference: datetime.date | None = None, *, month_first: bool = False) -> list[FoundDate]:
    """Every date written in `text`, in order of position.

    `month_first` reads ambiguous numeric dates (03/04/2025) as month/day, as US pages do.
    """
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []

    def add(match: re.Match[str], date: datetime.date | None, has_year: bool) -> None:
        span = match.span()
        if any(span[0] < end and start < span[1] for start, end in taken):
            return
        taken.append(span)
        found.append(FoundDate(match.group(0).strip(" ,"), span[0], date, has_year))

    for match in _CJK.finditer(text):
        date = _make(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        if date:
            add(match, date, True)
    for match in _ISO.finditer(text):
        date = _make(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        if date:
            add(match, date, True)
    for match in _NUMERIC.finditer(text):
        first, second, year = int(match.group(1)), int(match.group(3)), match.group(4)
        year_number = int(year) if len(year) == 4 else 2000 + int(year)
        if match.group(2) == "." or first > 12:
            month_first_here = False
        elif second > 12:
            month_first_here = True
        else:
            month_first_here = month_first and match.group(2) == "/"
        month, day = (first, second) if month_first_here else (second, first)
        date = _make(year_number, month, day)
        if date:
            add(match, date, True)
    month_names = months()
    for match in _named().finditer(text):
        day_text = match.group("day1") or match.group("day2")
        year_text = match.group("year")
        if not day_text:
            continue
        month = month_names.get(match.group("month").lower())
        if month is None:
            continue
        day = int(day_text)
        if year_text:
            date = _make(int(year_text), month, day)
            if date:
                add(match, date, True)
        elif 1 <= day <= 31:
            add(match, complete_year(month, day, reference), False)
    found.sort(key=lambda item: item.start)
    return found

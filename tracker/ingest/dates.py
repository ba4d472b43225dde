"""Dates written in Chinese documents and page bylines.

Full dates (``2024年1月26日``, ``2023-11-23``, ``2023/11/23``, timestamps) are read with
regular expressions, and other full timestamps (``Thu, 23 Nov 2023``) with dateparser.
Month-day dates (``11月17日``) get their year only from evidence supplied by the caller;
dateparser is not used for them because it invents the current year.
"""

from __future__ import annotations

import re
from datetime import date

import dateparser

_FULL = re.compile(
    r"(?<!\d)((?:19|20)\d{2})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
    r"|[-/.](\d{1,2})[-/.](\d{1,2})(?!\d))"
)
_MONTH_DAY = re.compile(r"(?<![\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]")
# A year standing as the year of an event, not a deadline (到2035年, 2025年底前) or a
# range (2021—2025年).
_YEAR = re.compile(r"(?<![\d到至—\-－~～])((?:19|20)\d{2})\s*年(?![底末前内以起至到\d—\-])")
_DATEPARSER_SETTINGS = {
    "STRICT_PARSING": True,
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RETURN_AS_TIMEZONE_AWARE": False,
}


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def full_dates(text: str) -> list[tuple[int, date]]:
    """Every full date in ``text`` with its offset, in order."""
    found = []
    for m in _FULL.finditer(text):
        month, day = (m.group(2), m.group(3)) if m.group(2) else (m.group(4), m.group(5))
        d = _make(int(m.group(1)), int(month), int(day))
        if d is not None:
            found.append((m.start(), d))
    return found


def first_full_date(text: str) -> date | None:
    dates = full_dates(text)
    return dates[0][1] if dates else None


def month_days(text: str) -> list[tuple[int, int, int]]:
    """``(offset, month, day)`` of each month-day date not part of a full date."""
    return [
        (m.start(), int(m.group(1)), int(m.group(2)))
        for m in _MONTH_DAY.finditer(text)
        if 1 <= int(m.group(1)) <= 12 and 1 <= int(m.group(2)) <= 31
    ]


def event_years(text: str) -> list[int]:
    """Years written as the year of something (2023年), not as deadlines or ranges."""
    return [int(m.group(1)) for m in _YEAR.finditer(text)]


def resolve_month_day(month: int, day: int, anchor: date | None, year: int | None) -> date | None:
    """Give a month-day its year: from an anchor date (a byline) or a year in the text.

    With an anchor, the month-day is taken as the latest such day not after the anchor
    (a report published on 2024-01-02 about ``12月30日`` means 2023-12-30).
    """
    if anchor is not None:
        d = _make(anchor.year, month, day)
        if d is not None and d > anchor:
            d = _make(anchor.year - 1, month, day)
        return d
    return _make(year, month, day) if year is not None else None


def parse_timestamp(value: str) -> date | None:
    """A full date from a byline, a meta tag or document properties; None if partial."""
    value = value.strip()
    if not value:
        return None
    found = first_full_date(value)
    if found is not None:
        return found
    parsed = dateparser.parse(value[:64], languages=["zh", "en"], settings=_DATEPARSER_SETTINGS)
    return parsed.date() if parsed is not None else None

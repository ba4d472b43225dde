"""Dates written in Chinese documents and page bylines.

Full dates (``2024年1月26日``, ``2023-11-23``, ``2023/11/23``, timestamps) are read with
regular expressions, and other full timestamps (``Thu, 23 Nov 2023``) with dateparser.
Month-day dates (``11月17日``) get their year only from evidence supplied by the caller;
dateparser is not used for them because it invents the current year.
"""

from __future__ import annotations

import re
from datetime import date


_FULL = re.compile(
    r"(?<!\d)((?:19|20)\d{2})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
    r"|[-/.](\d{1,2})[-/.](\d{1,2})(?!\d))"
)
# 二〇二四年一月二十六日, the style of official signatures.
_CN_FULL = re.compile(r"([〇○零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月\s*([一二三四五六七八九十]{1,3})\s*日")
_CN_DIGITS = {ch: i for i, ch in enumerate("〇一二三四五六七八九")} | {"○": 0, "零": 0}
_MONTH_DAY = re.compile(r"(?<![\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]")
# A year standing as the year of an event, not a deadline (到2035年, 2025年底前) or a
# range (2021—2025年).
_YEAR = re.compile(r"(?<![\d到至—\-－~～])((?:19|20)\d{2})\s*年(?![底末前内以起至到\d—\-])")
_DEADLINE_BEFORE = re.compile(r"(?:到|至|截至|截止|不晚于)\s*$")
_DEADLINE_AFTER = re.compile(r"\s*(?:前|以前|之前|止|为止|之内|内)")
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


def _is_deadline(text: str, start: int, end: int) -> bool:
    """到2025年12月31日 / 2025年12月31日前: a time limit, not the date of the document."""
    return bool(_DEADLINE_BEFORE.search(text[max(0, start - 3): start])
                or _DEADLINE_AFTER.match(text, end))


def _cn_number(numeral: str) -> int:
    """一 → 1, 十 → 10, 十二 → 12, 二十六 → 26, 三十一 → 31."""
    if "十" not in numeral:
        return _CN_DIGITS[numeral]
    tens, _, units = numeral.partition("十")
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[units] if units else 0)


def _all_full_dates(text: str) -> list[tuple[int, int, date | None]]:
    found: list[tuple[int, int, date | None]] = []
    for m in _FULL.finditer(text):
        month, day = (m.group(2), m.group(3)) if m.group(2) else (m.group(4), m.group(5))
        found.append((m.start(), m.end(), _make(int(m.group(1)), int(month), int(day))))
    for m in _CN_FULL.finditer(text):
        year = int("".join(str(_CN_DIGITS[ch]) for ch in m.group(1)))
        found.append((m.start(), m.end(), _make(year, _cn_number(m.group(2)), _cn_number(m.group(3)))))
    return sorted(found, key=lambda item: item[0])


def full_date_spans(text: str) -> list[tuple[int, int, date | None]]:
    """``(start, end, date)`` of every full date in ``text``, in order (None for an
    impossible date such as 2月30日)."""
    return _all_full_dates(text)


def full_dates(text: str, skip_deadlines: bool = False) -> list[tuple[int, date]]:
    """Every full date in ``text`` (Arabic or Chinese numerals) with its offset, in
    order; deadlines (到…, …前) are left out when ``skip_deadlines``."""
    return [
        (start, d)
        for start, end, d in _all_full_dates(text)
        if d is not None and not (skip_deadlines and _is_deadline(text, start, end))
    ]


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
    import dateparser  # imported on first use: it is slow to import and rarely needed

    parsed = dateparser.parse(value[:64], languages=["zh", "en"], settings=_DATEPARSER_SETTINGS)
    return parsed.date() if parsed is not None else None

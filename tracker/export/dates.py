"""A small reader for the time words typed into a ledger's deadline column.

Ledger keepers write 2025-12-31, 2025/12/31, 2025年12月31日, 2025年底前, 2025年6月底,
2025年一季度, 上半年, “十四五”期间 … Each is read as the last day it allows, with its
precision (commitments.md, "Reading dates the way the staff do"). When a cell names
several times ("2024年启动，2025年底前完成") the latest one is the deadline. The
extract layer has the full rules for running text; export may not import it, so this is
deliberately limited to what fits in one ledger cell.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Callable
from datetime import date

from tracker.domain import Precision

Found = tuple[date, Precision]

# Words for "no date of its own": kept as text, the date stays empty.
_OPEN_ENDED = re.compile(r"长期|持续|常态化?|如期|按期|按时|立行立改|随时")
_CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}
_CN_YEAR = re.compile(r"([〇零一二三四五六七八九]{4})(?=年)")
_CN_MONTH_DAY = re.compile(r"([一二三四五六七八九十]{1,3})(?=[月日号])")
_QUARTER_DIGIT = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


class DateTextError(ValueError):
    """A deadline cell whose words cannot be read as a date."""


def small_cn_number(text: str) -> int:
    """一 … 九十九 as an integer (十二 → 12, 二十 → 20, 三十一 → 31)."""
    if "十" not in text:
        return _CN_DIGITS[text]
    tens, _, ones = text.partition("十")
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = _CN_YEAR.sub(lambda m: "".join(str(_CN_DIGITS[c]) for c in m.group(1)), text)
    return _CN_MONTH_DAY.sub(lambda m: str(small_cn_number(m.group(1))), text)


def _day(year: int, month: int, day: int) -> Found:
    return date(year, month, day), Precision.DAY


def _month_end(year: int, month: int) -> Found:
    return date(year, month, calendar.monthrange(year, month)[1]), Precision.MONTH


def _quarter_end(year: int, quarter: int) -> Found:
    end = _month_end(year, quarter * 3)[0]
    return end, Precision.QUARTER


def _half_end(year: int, half: str) -> Found:
    return _quarter_end(year, 2 if half == "上" else 4)


def _year_end(year: int) -> Found:
    return date(year, 12, 31), Precision.YEAR


def _plan_end(number: str) -> Found:
    """End of a five-year plan: the sixth ran 1981–1985, each one five years on."""
    n = small_cn_number(number)
    return _year_end(1981 + 5 * (n - 6) + 4)


# Patterns with a year of their own, most specific first; each match is masked before
# the next pattern runs so that 2025年12月31日 is not also read as 2025年.
_WITH_YEAR: list[tuple[re.Pattern[str], Callable[..., Found]]] = [
    (re.compile(r"(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*[日号]?"),
     lambda y, m, d: _day(int(y), int(m), int(d))),
    (re.compile(r"(\d{4})\s*年\s*(?:第)?([一二三四1-4])\s*季度?"),
     lambda y, q: _quarter_end(int(y), _QUARTER_DIGIT[q])),
    (re.compile(r"(\d{4})\s*[Qq]([1-4])"), lambda y, q: _quarter_end(int(y), int(q))),
    (re.compile(r"(\d{4})\s*年\s*([上下])半年"), lambda y, h: _half_end(int(y), h)),
    (re.compile(r"(\d{4})\s*[年\-/.]\s*(\d{1,2})(?!\d)\s*月?"),
     lambda y, m: _month_end(int(y), int(m))),
    (re.compile(r"(十[一二三四五六七八九]|二十)五"), _plan_end),
    (re.compile(r"(?<!\d)(\d{4})(?!\d)\s*(?:年度?(?:年?[底末]|内)?)?"),
     lambda y: _year_end(int(y))),
]

# Patterns that take the year from the caller (the document's or the ledger's year).
_WITHOUT_YEAR: list[tuple[re.Pattern[str], Callable[..., Found]]] = [
    (re.compile(r"(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]"),
     lambda y, m, d: _day(y, int(m), int(d))),
    (re.compile(r"(\d{1,2})\s*月"), lambda y, m: _month_end(y, int(m))),
    (re.compile(r"(?:第)?([一二三四1-4])\s*季度"), lambda y, q: _quarter_end(y, _QUARTER_DIGIT[q])),
    (re.compile(r"([上下])半年"), _half_end),
    (re.compile(r"年底|年末|年内|今年|本年|当年|年度内|全年"), lambda y: _year_end(y)),
]


def _scan(text: str, default_year: int | None) -> list[Found]:
    found: list[Found] = []
    for pattern, build in _WITH_YEAR:
        for match in pattern.finditer(text):
            found.append(build(*match.groups()))
        text = pattern.sub(lambda m: " " * len(m.group(0)), text)
    for pattern, build in _WITHOUT_YEAR:
        for match in pattern.finditer(text):
            if default_year is None:
                raise DateTextError(f"“{match.group(0)}” has no year (no default year given)")
            found.append(build(default_year, *match.groups()))
        text = pattern.sub(lambda m: " " * len(m.group(0)), text)
    return found


def ends_period(day: date, precision: Precision) -> bool:
    """Whether ``day`` is the last day of its year, quarter or month, as precision says."""
    month_end = day == _month_end(day.year, day.month)[0]
    return {
        Precision.YEAR: (day.month, day.day) == (12, 31),
        Precision.QUARTER: month_end and day.month % 3 == 0,
        Precision.MONTH: month_end,
        Precision.DAY: True,
    }[precision]


def parse_date_text(text: str, default_year: int | None = None) -> tuple[date | None,
                                                                         Precision | None]:
    """The last day the words allow and its precision; (None, None) for 长期坚持, 如期 ….

    Raises DateTextError with a reason when the words name no date or an impossible one.
    """
    normal = _normalise(text)
    try:
        found = _scan(normal, default_year)
    except ValueError as error:  # month 13, 2月30日 …
        if isinstance(error, DateTextError):
            raise
        raise DateTextError(f"“{text}” is not a real date ({error})") from None
    if found:
        return max(found, key=lambda item: item[0])
    if _OPEN_ENDED.search(normal):
        return None, None
    raise DateTextError(f"“{text}” is not a date")

"""Hypothesis strategies for ledger rows that stress the file formats."""

from __future__ import annotations

import calendar
from datetime import date

from hypothesis import strategies as st

from tracker.domain import Comparator, Kind, Precision, Status
from tracker.export.rows import LedgerRow

# Characters that break naive writers: formula triggers, quotes, separators, newlines,
# a character outside the BMP, full-width space.
_AWKWARD = "=+-@'\",；;、\n\t\r𠮷\u3000 "
_LETTERS = st.characters(blacklist_categories=("Cs", "Cc"))
_TEXT_CHARS = st.one_of(_LETTERS, st.sampled_from(_AWKWARD))
_EDGE = " \u3000"  # readers trim these at the ends of a cell


def _trimmed(text: str) -> str:
    return text.strip(_EDGE)


text = st.text(_TEXT_CHARS, min_size=1, max_size=30).map(_trimmed).filter(bool)
optional_text = st.none() | text
# A list item (a body, a theme) cannot contain the list separators.
item = st.text(st.one_of(_LETTERS, st.sampled_from("=+-@'\"\n𠮷")), min_size=1, max_size=12) \
    .map(lambda s: s.strip()).filter(lambda s: s and not any(c in s for c in "；;、,，"))
items = st.lists(item, max_size=3)
days = st.dates(min_value=date(1950, 1, 1), max_value=date(2100, 12, 31))
number = st.floats(allow_nan=False, allow_infinity=False, min_value=-1e12, max_value=1e12)
value = st.none() | number | st.tuples(number, number)


@st.composite
def deadlines(draw: st.DrawFn) -> tuple[date | None, Precision | None]:
    """A deadline is the last day of its period (a year-precision one is a 31 December)."""
    day, precision = draw(st.none() | days), draw(st.none() | st.sampled_from(Precision))
    if day is None or precision is None:
        return day, precision
    last_month = {Precision.YEAR: 12, Precision.QUARTER: -(-day.month // 3) * 3,
                  Precision.MONTH: day.month, Precision.DAY: day.month}[precision]
    if precision is Precision.DAY:
        return day, precision
    return date(day.year, last_month, calendar.monthrange(day.year, last_month)[1]), precision


@st.composite
def ledger_rows(draw: st.DrawFn) -> LedgerRow:
    deadline, precision = draw(deadlines())
    return LedgerRow(
        uuid=draw(st.none() | st.uuids().map(str)),
        quote=draw(text),
        kind=draw(st.none() | st.sampled_from(Kind)),
        lead=draw(items),
        support=draw(items),
        region=draw(optional_text),
        deadline_text=draw(optional_text),
        deadline=deadline,
        deadline_precision=precision,
        metric=draw(optional_text),
        comparator=draw(st.none() | st.sampled_from(Comparator)),
        value=draw(value),
        unit=draw(optional_text),
        status=draw(st.sampled_from(Status)),
        latest_progress=draw(optional_text),
        last_update=draw(st.none() | days),
        document=draw(optional_text),
        themes=draw(items),
        notes=draw(optional_text),
    )

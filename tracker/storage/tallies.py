"""The overview's counts of the whole register from the tallies (migration 0008_perf18c).

Triggers keep `tally_status` and `tally_theme` exact at every change (see the migration):
commitments per region and status, theme links per region, theme and status, and the open
ones with a deadline per year and month of it. What depends on today is then:

- deadline passed: the years before this one and the months of this year before this
  month from the tallies, and the days of this month before today counted exactly;
- due within the soon days or the lights' window: counted exactly, from the start of
  this month to the later of the two windows (an index range on the deadline).

The answers are those of tracker.storage.overview_queries for an empty filter (the
tests compare them after random changes, on both backends); a filtered overview is
counted there.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

from sqlmodel import Session

from tracker.domain.lights import DEFAULT_DUE_WINDOW_DAYS
from tracker.domain.model import Status
from tracker.domain.rules import CLOSED
from tracker.storage.dialect import driver_execute
from tracker.storage.overview_queries import MonthCount, RegionCount, ThemeCount, region_rows

_CLOSED = tuple(sorted(s.value for s in CLOSED))
_NOT_CLOSED = f"c.status NOT IN ({', '.join('?' * len(_CLOSED))})"
_GOOD = (Status.ACHIEVED.value, Status.ON_TRACK.value)
_MONTHS = "*"   # tally_status's region of the per-month counts of every commitment ('A…')


def _rows(session: Session, sql: str, params: tuple[object, ...] = ()) -> list[Any]:
    rows: list[Any] = driver_execute(session, sql, params).fetchall()
    return rows


def _day(value: object) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _past(today: date) -> tuple[str, str, str, str]:
    """The period ranges wholly before this month: years [a, b), months [c, d)."""
    return ("Y0000", f"Y{today.year:04d}", f"M{today.year:04d}-01",
            f"M{today.year:04d}-{today.month:02d}")


def _late(session: Session, table: str, group: str, today: date) -> Iterator[Any]:
    """(group columns…, n) of the open commitments whose deadline is in a period wholly
    before this month, from the tally (a range of its primary key per kind of period)."""
    y0, y1, m0, m1 = _past(today)
    sql = (f"SELECT {group}, SUM(n) FROM {table} WHERE period >= ? AND period < ?"
           f" GROUP BY {group}")
    yield from _rows(session, sql, (y0, y1))
    yield from _rows(session, sql, (m0, m1))


def region_counts(session: Session, today: date, soon_days: int,
                  window: int = DEFAULT_DUE_WINDOW_DAYS) -> list[RegionCount]:
    """overview_queries.region_counts of an empty filter."""
    groups: dict[tuple[str, str], list[int]] = {}
    for code, status, n in _rows(session, "SELECT region_code, status, n FROM tally_status"
                                 " WHERE period = ''"):
        if n:
            groups[(code, status)] = [n, 0, 0, 0]
    for code, status, n in _late(session, "tally_status", "region_code, status", today):
        cell = groups.get((code, status))
        if cell is not None:
            cell[1] += n
    soon_end = today + timedelta(days=soon_days)
    near_end = today + timedelta(days=window)
    start = today.replace(day=1)
    end = max(soon_end, near_end, today)
    for code, status, day, n in _rows(
            session, "SELECT coalesce(c.region_code, ''), c.status, c.deadline_date, count(*)"
            " FROM commitment c WHERE c.deadline_date >= ? AND c.deadline_date <= ?"
            " GROUP BY coalesce(c.region_code, ''), c.status, c.deadline_date",
            (start.isoformat(), end.isoformat())):
        cell = groups.get((code, status))
        if cell is None:
            continue
        day = _day(day)
        if day < today:
            if status not in _CLOSED:
                cell[1] += n   # the tallies' open rows only; the closed ones are never late
        else:
            if day <= soon_end:
                cell[2] += n
            if day <= near_end:
                cell[3] += n
    return region_rows((code, status, n, late, soon, near)
                       for (code, status), (n, late, soon, near) in groups.items())


def theme_counts(session: Session, today: date) -> list[ThemeCount]:
    """overview_queries.theme_counts of an empty filter."""
    cells: dict[tuple[str, int], list[int]] = {}
    for code, tag, status, n in _rows(session, "SELECT region_code, tag_id, status, n"
                                      " FROM tally_theme WHERE period = ''"):
        if n:
            cell = cells.setdefault((code, tag), [0, 0, 0])
            cell[0] += n
            if status in _GOOD:
                cell[1] += n
    for code, tag, n in _late(session, "tally_theme", "region_code, tag_id", today):
        late = cells.get((code, tag))
        if late is not None:
            late[2] += n
    for code, tag, n in _rows(
            session, "SELECT coalesce(c.region_code, ''), ct.tag_id, count(*) FROM commitment c"
            " JOIN commitment_tag ct ON ct.commitment_id = c.id WHERE c.deadline_date >= ?"
            f" AND c.deadline_date < ? AND {_NOT_CLOSED}"
            " GROUP BY coalesce(c.region_code, ''), ct.tag_id",
            (today.replace(day=1).isoformat(), today.isoformat(), *_CLOSED)):
        late = cells.get((code, tag))
        if late is not None:
            late[2] += n
    names = dict(_rows(session, "SELECT id, name FROM tag"))
    return [ThemeCount(code or None, names[tag], n, ok, late)
            for (code, tag), (n, ok, late) in cells.items() if tag in names]


def month_counts(session: Session, today: date) -> list[MonthCount]:
    """overview_queries.month_counts of an empty filter."""
    this_month = f"A{today.year:04d}-{today.month:02d}"
    acc: dict[tuple[int, int], list[int]] = {}
    for period, status, n in _rows(session, "SELECT period, status, n FROM tally_status"
                                   " WHERE period >= ? AND period < ? AND region_code = ?",
                                   ("A0000", "B", _MONTHS)):
        if not n:
            continue
        cell = acc.setdefault((int(period[1:5]), int(period[6:8])), [0, 0, 0])
        cell[0] += n
        if status == Status.ACHIEVED.value:
            cell[1] += n
        if period < this_month and status not in _CLOSED:
            cell[2] += n
    late = _rows(session, "SELECT count(*) FROM commitment c WHERE c.deadline_date >= ?"
                 f" AND c.deadline_date < ? AND {_NOT_CLOSED}",
                 (today.replace(day=1).isoformat(), today.isoformat(), *_CLOSED))[0][0]
    if late:
        acc[(today.year, today.month)][2] += late
    return [MonthCount(y, m, *acc[(y, m)]) for y, m in sorted(acc)]


__all__ = ["month_counts", "region_counts", "theme_counts"]

"""The overview's counts from the tallies (migrations 0009_perf18c and 0012_ovf18k).

Triggers keep `tally_status`, `tally_theme` and `tally_month` exact at every change (see
the migrations): commitments per region and status, theme links per region, theme and
status, the open ones with a deadline per year and month of it, and those with a deadline
per region, theme and month of it. What depends on today is then:

- deadline passed: the years before this one and the months of this year before this
  month from the tallies, and the days of this month before today counted exactly;
- due within the soon days or the lights' window: counted exactly, from the start of
  this month to the later of the two windows (an index range on the deadline).

The answers are those of tracker.storage.overview_queries for an empty filter, or for a
filter of one region, one theme or both and nothing else (``region``: the tallies' rows of
its subtree, a range of region codes; ``tag``: the theme's rows; the tests compare them
after random changes, on both backends); another filtered overview is counted there.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlmodel import Session

from tracker.domain.filters import subtree_prefix
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


def _past(today: date) -> tuple[str, str, str, str]:
    """The period ranges wholly before this month: years [a, b), months [c, d)."""
    return ("Y0000", f"Y{today.year:04d}", f"M{today.year:04d}-01",
            f"M{today.year:04d}-{today.month:02d}")


# The tally rows an overview of today reads: the counts (period ''), and the open ones
# whose deadline falls in a period wholly before this month (years before this one, then
# this year's months before this one), each a range of the primary key.
_TALLIED = ("(period = '' OR (period >= ? AND period < ?) OR (period >= ? AND period < ?))")


def _subtree(region: str | None, column: str) -> tuple[str, tuple[object, ...]]:
    """`` AND column`` in the codes of a region's subtree (a range of codes), or nothing
    for the whole register."""
    if region is None:
        return "", ()
    prefix = subtree_prefix(region)
    return (f" AND {column} >= ? AND {column} < ?",
            (prefix, prefix[:-1] + chr(ord(prefix[-1]) + 1)))


def _linked(tag: int | None) -> tuple[str, tuple[object, ...]]:
    """`` JOIN`` of the commitments c to their links to the theme `tag`, or nothing."""
    if tag is None:
        return "", ()
    return " JOIN commitment_tag ct ON ct.commitment_id = c.id AND ct.tag_id = ?", (tag,)


def tallied_region(region: str | None) -> bool:
    """Whether a region's overview can be read from the tallies: its subtree is a range
    of codes (the gazetteer's codes: digits)."""
    if region is None:
        return True
    prefix = subtree_prefix(region)
    return bool(prefix) and prefix.isascii() and prefix.isdigit()


def region_counts(session: Session, today: date, soon_days: int,
                  window: int = DEFAULT_DUE_WINDOW_DAYS, region: str | None = None,
                  tag: int | None = None) -> list[RegionCount]:
    """overview_queries.region_counts of an empty filter (or of a region's, ``region``,
    of a theme's, ``tag``, or both), in one statement: the tallies' rows, and the
    commitments due from the start of this month to the later window end (an index range
    on the deadline), summed per region and status. A theme's open ones past due before
    this month come from its month tallies (0012_ovf18k), which keep their status."""
    soon_end = (today + timedelta(days=soon_days)).isoformat()
    near_end = (today + timedelta(days=window)).isoformat()
    day = today.isoformat()
    end = max(soon_end, near_end, day)
    tallied, tallied_params = _subtree(region, "region_code")
    counted, counted_params = _subtree(region, "c.region_code")
    if tag is None:
        rows = (" SELECT region_code, status, CASE WHEN period = '' THEN n ELSE 0 END AS n,"
                "  CASE WHEN period = '' THEN 0 ELSE n END AS late, 0 AS soon, 0 AS near"
                f"  FROM tally_status WHERE {_TALLIED}{tallied}")
        rows_params: tuple[object, ...] = (*_past(today), *tallied_params)
    else:
        rows = (" SELECT region_code, status, n, 0 AS late, 0 AS soon, 0 AS near"
                f"  FROM tally_theme WHERE period = '' AND tag_id = ?{tallied}"
                " UNION ALL"
                " SELECT region_code, status, 0, n, 0, 0 FROM tally_month WHERE tag_id = ?"
                f"  AND month < ? AND status NOT IN ({', '.join('?' * len(_CLOSED))}){tallied}")
        rows_params = (tag, *tallied_params, tag, f"{today:%Y-%m}", *_CLOSED, *tallied_params)
    linked, linked_params = _linked(tag)
    sql = (
        "SELECT region_code, status, SUM(n), SUM(late), SUM(soon), SUM(near) FROM ("
        f"{rows}"
        " UNION ALL"
        # the open ones only: a closed commitment is never late nor due (region_rows)
        " SELECT coalesce(c.region_code, ''), c.status, 0,"
        "  CASE WHEN c.deadline_date < ? THEN 1 ELSE 0 END,"
        "  CASE WHEN c.deadline_date >= ? AND c.deadline_date <= ? THEN 1 ELSE 0 END,"
        "  CASE WHEN c.deadline_date >= ? AND c.deadline_date <= ? THEN 1 ELSE 0 END"
        f"  FROM commitment c{linked} WHERE c.deadline_date >= ? AND c.deadline_date <= ?"
        f"  AND {_NOT_CLOSED}{counted}"
        ") AS t GROUP BY region_code, status HAVING SUM(n) > 0")
    params = (*rows_params, day, day, soon_end, day, near_end, *linked_params,
              today.replace(day=1).isoformat(), end, *_CLOSED, *counted_params)
    return region_rows(_rows(session, sql, params))


def theme_counts(session: Session, today: date, region: str | None = None,
                 tag: int | None = None) -> list[ThemeCount]:
    """overview_queries.theme_counts of an empty filter (or of a region's, of a theme's:
    that theme's counts alone), in one statement as region_counts: the tallies' rows, and
    the open commitments of this month whose deadline has passed, with their themes."""
    tallied, tallied_params = _subtree(region, "region_code")
    counted, counted_params = _subtree(region, "c.region_code")
    if tag is not None:
        tallied, tallied_params = tallied + " AND tag_id = ?", (*tallied_params, tag)
        counted, counted_params = counted + " AND ct.tag_id = ?", (*counted_params, tag)
    sql = (
        "SELECT region_code, tag_id, SUM(n), SUM(ok), SUM(late) FROM ("
        " SELECT region_code, tag_id, CASE WHEN period = '' THEN n ELSE 0 END AS n,"
        f"  CASE WHEN period = '' AND status IN ({', '.join('?' * len(_GOOD))}) THEN n"
        "  ELSE 0 END AS ok, CASE WHEN period = '' THEN 0 ELSE n END AS late"
        f"  FROM tally_theme WHERE {_TALLIED}{tallied}"
        " UNION ALL"
        " SELECT coalesce(c.region_code, ''), ct.tag_id, 0, 0, 1 FROM commitment c"
        " JOIN commitment_tag ct ON ct.commitment_id = c.id WHERE c.deadline_date >= ?"
        f" AND c.deadline_date < ? AND {_NOT_CLOSED}{counted}"
        ") AS t GROUP BY region_code, tag_id HAVING SUM(n) > 0")
    params = (*_GOOD, *_past(today), *tallied_params, today.replace(day=1).isoformat(),
              today.isoformat(), *_CLOSED, *counted_params)
    names = dict(_rows(session, "SELECT id, name FROM tag"))
    return [ThemeCount(code or None, names[tag], n, ok, late)
            for code, tag, n, ok, late in _rows(session, sql, params) if tag in names]


def month_counts(session: Session, today: date, region: str | None = None,
                 tag: int | None = None) -> list[MonthCount]:
    """overview_queries.month_counts of an empty filter (the whole register's months), or
    of a region's, a theme's or both (their month tallies, 0012_ovf18k: a range of the
    primary key)."""
    this_month = f"{today.year:04d}-{today.month:02d}"
    if region is None and tag is None:
        rows = [(period[1:], status, n) for period, status, n in _rows(
            session, "SELECT period, status, n FROM tally_status"
            " WHERE period >= ? AND period < ? AND region_code = ?", ("A0000", "B", _MONTHS))]
    else:
        tallied, tallied_params = _subtree(region, "region_code")
        rows = _rows(session, "SELECT month, status, SUM(n) FROM tally_month WHERE tag_id = ?"
                     f"{tallied} GROUP BY month, status", (tag or 0, *tallied_params))
    acc: dict[tuple[int, int], list[int]] = {}
    for month, status, n in rows:
        if not n:
            continue
        cell = acc.setdefault((int(month[0:4]), int(month[5:7])), [0, 0, 0])
        cell[0] += n
        if status == Status.ACHIEVED.value:
            cell[1] += n
        if month < this_month and status not in _CLOSED:
            cell[2] += n
    counted, counted_params = _subtree(region, "c.region_code")
    linked, linked_params = _linked(tag)
    late = _rows(session, f"SELECT count(*) FROM commitment c{linked}"
                 " WHERE c.deadline_date >= ?"
                 f" AND c.deadline_date < ? AND {_NOT_CLOSED}{counted}",
                 (*linked_params, today.replace(day=1).isoformat(), today.isoformat(),
                  *_CLOSED, *counted_params))[0][0]
    if late:
        acc[(today.year, today.month)][2] += late
    return [MonthCount(y, m, *acc[(y, m)]) for y, m in sorted(acc)]


def tag_id(session: Session, theme: str) -> int | None:
    """The id of the theme named `theme`, None when no commitment has ever carried it."""
    rows = _rows(session, "SELECT id FROM tag WHERE name = ?", (theme,))
    return int(rows[0][0]) if rows else None


__all__ = ["month_counts", "region_counts", "tag_id", "tallied_region", "theme_counts"]

"""Aggregate queries behind the status overview: counts grouped by region, status, theme
and deadline month, under a CommitmentFilter. The roll-up over the region tree is done by
tracker.services.overview; here the database only counts.

Keep SQL portable: plain comparisons, CASE sums and GROUP BY; dates are bucketed into
months in Python.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import bindparam, case, extract, func, select, text
from sqlalchemy.orm import aliased
from sqlalchemy.sql.elements import BindParameter, ColumnElement, TextClause
from sqlalchemy.sql.sqltypes import NullType
from sqlmodel import Session, col

from tracker.domain.filters import CommitmentFilter
from tracker.domain.lights import DEFAULT_DUE_WINDOW_DAYS, Light
from tracker.domain.model import Status
from tracker.domain.rules import CLOSED
from tracker.storage.register_queries import due_sql, overdue_sql, where_clause
from tracker.storage.tables import CommitmentRow, CommitmentThemeRow, ThemeRow

# The commitment table as "c": the alias the register's SQL (register_queries) is written
# over, whose fragments the counts here are filtered and flagged by.
C = aliased(CommitmentRow, name="c")
_CLOSED_VALUES = sorted(s.value for s in CLOSED)


def _fragment(sql: str, params: list[object]) -> TextClause:
    """A register_queries fragment (qmark parameters) as a SQLAlchemy text clause.
    The fragments hold no literal "?" or ":", so each "?" is a parameter; the names are
    made unique so that several fragments can share one statement."""
    head, *rest = sql.split("?")
    named = head + "".join(f":p{n}{piece}" for n, piece in enumerate(rest))
    # untyped: the value goes to the driver as it is (no VARCHAR cast on PostgreSQL, whose
    # date columns then compare with the ISO text as SQLite's do)
    binds: list[BindParameter[Any]] = [bindparam(f"p{n}", value, unique=True, type_=NullType())
                                        for n, value in enumerate(params)]
    return text(f"({named})").bindparams(*binds)


def overdue_condition(today: date) -> TextClause:
    """tracker.domain.rules.is_overdue in SQL: deadline passed and not closed."""
    return _fragment(*overdue_sql(today))


def due_condition(today: date, days: int) -> TextClause:
    """Deadline from today to today + days (inclusive), whatever the status."""
    return _fragment(*due_sql(today, days))


def filter_conditions(f: CommitmentFilter, today: date) -> list[TextClause]:
    """The WHERE of `f` on the commitment table c (register_queries.where_clause), a
    region's subtree as a range of codes: the region indexes (0004, 0006) then answer the
    counts of a region from its index entries alone."""
    sql, params = where_clause(f, today, region_range=True)
    return [] if sql == "1" else [_fragment(sql, params)]


def _flag(cond: ColumnElement[bool] | TextClause) -> ColumnElement[int]:
    return func.coalesce(func.sum(case((cond, 1), else_=0)), 0)


@dataclass(frozen=True)
class RegionCount:
    """Commitments set at one region (its own code, not its subtree)."""

    region_code: str | None
    by_status: dict[Status, int]    # statuses with at least one commitment
    overdue: int
    due_soon: int    # open (not achieved or superseded) and due within soon_days
    by_light: dict[Light, int] = field(default_factory=dict)   # lights with one at least

    @property
    def total(self) -> int:
        return sum(self.by_status.values())


def _region_key() -> ColumnElement[str]:
    """The region code as a grouping key (NULL as "")."""
    return func.coalesce(col(C.region_code), "")


_STATUS_ORDER = tuple(Status)
_STATUS_OF = {s.value: s for s in Status}


def region_counts(session: Session, f: CommitmentFilter, today: date,
                  soon_days: int, window: int = DEFAULT_DUE_WINDOW_DAYS) -> list[RegionCount]:
    """Per region code: count per status, overdue, open and due soon.

    Counted per (region, status) over the bare columns, which the (region_code, status,
    deadline_date) index (0006) answers in its order without reading the table or sorting
    the rows; the deadline tests are two sums, and a status's counts go to overdue and due
    soon when it is open (the closed ones are neither)."""
    due = due_condition(today, soon_days)
    near = due_condition(today, window)
    stmt = (select(col(C.region_code), col(C.status), func.count(),
                   _flag(col(C.deadline_date) < today), _flag(due), _flag(near))
            .where(*filter_conditions(f, today))
            .group_by(col(C.region_code), col(C.status)))
    return region_rows(session.execute(stmt))


def region_rows(groups: Iterable[tuple[str | None, str, int, int, int, int]]
                ) -> list[RegionCount]:
    """RegionCounts from (region code, status, count, of which deadline passed, due within
    the soon days, due within the lights' window) per region and status."""
    by_region: dict[str | None, tuple[dict[Status, int], list[int], dict[Light, int]]] = {}
    for code, status, n, late, soon, within in groups:
        counts, flags, lights = by_region.setdefault(code or None, ({}, [0, 0], {}))
        member = _STATUS_OF.get(status)
        if member is None:
            continue   # not a status this version knows: counted nowhere, as before
        counts[member] = counts.get(member, 0) + n
        if status not in _CLOSED_VALUES:
            flags[0] += late
            flags[1] += soon
        # the lights of the group (tracker.domain.lights.light_of): by its status, then
        # by its deadlines (passed, within the window, later or none)
        if status in _CLOSED_VALUES:
            _add(lights, Light.GREY, n)
        elif member is Status.MISSED:
            _add(lights, Light.RED, n)
        elif member is Status.AT_RISK:
            _add(lights, Light.RED, late)
            _add(lights, Light.YELLOW, n - late)
        else:
            _add(lights, Light.RED, late)
            _add(lights, Light.YELLOW, within)
            _add(lights, Light.GREEN, n - late - within)
    out = []
    for code, (counts, (late, soon), lights) in by_region.items():
        out.append(RegionCount(code, {s: counts[s] for s in _STATUS_ORDER if counts.get(s)},
                               late, soon, lights))
    return out


def _add(counts: dict[Light, int], light: Light, n: int) -> None:
    if n:
        counts[light] = counts.get(light, 0) + n


@dataclass(frozen=True)
class ThemeCount:
    """Commitments of one region (its own code) carrying one theme."""

    region_code: str | None
    theme: str
    count: int
    on_track: int    # achieved or on track
    overdue: int


def theme_counts(session: Session, f: CommitmentFilter, today: date) -> list[ThemeCount]:
    region = _region_key()
    conditions = filter_conditions(f, today)
    link: Any = (col(CommitmentThemeRow.commitment_id) if conditions
                 else col(CommitmentThemeRow.commitment_id) + 0)
    good = col(C.status).in_([Status.ACHIEVED.value, Status.ON_TRACK.value])
    # grouped on the tag id, named afterwards: half the work of grouping on the name
    stmt = (select(region, col(CommitmentThemeRow.theme_id), func.count(col(C.id)), _flag(good),
                   _flag(overdue_condition(today)))
            # "+ 0": the links are read in their own order and each commitment found by
            # its key, rather than every commitment probing the links (half the work);
            # but a filter's commitments, found by its index, probe the links of theirs
            .join(CommitmentThemeRow, link == col(C.id))
            .where(*conditions)
            .group_by(region, col(CommitmentThemeRow.theme_id)))
    if f.theme:  # the other themes of those commitments are not part of the set
        stmt = stmt.where(col(CommitmentThemeRow.theme_id).in_(
            select(col(ThemeRow.id)).where(col(ThemeRow.name) == f.theme)))
    names = dict(session.execute(select(col(ThemeRow.id), col(ThemeRow.name))).all())
    return [ThemeCount(code or None, names[tag], n, ok, late) for code, tag, n, ok, late
            in session.execute(stmt)]


@dataclass(frozen=True)
class MonthCount:
    """Commitments falling due in one month: how many, achieved, overdue."""

    year: int
    month: int
    count: int
    achieved: int
    overdue: int


def month_counts(session: Session, f: CommitmentFilter, today: date) -> list[MonthCount]:
    """Per month with a deadline (the whole register's come from the tallies). Counted per
    (year, month, status) with how many of them are past: grouped on expressions, the
    filter's own index finds the rows (grouped on the bare deadline, SQLite walked the
    deadline index in its order and looked every row up, seconds at a million)."""
    year, month = extract("year", col(C.deadline_date)), extract("month", col(C.deadline_date))
    stmt = (select(year, month, col(C.status), func.count(), _flag(col(C.deadline_date) < today))
            .where(col(C.deadline_date).is_not(None), *filter_conditions(f, today))
            .group_by(year, month, col(C.status)))
    acc: dict[tuple[int, int], list[int]] = {}
    for y, m, status, n, late in session.execute(stmt):
        cell = acc.setdefault((int(y), int(m)), [0, 0, 0])
        cell[0] += n
        if status == Status.ACHIEVED.value:
            cell[1] += n
        if status not in _CLOSED_VALUES:
            cell[2] += late
    return [MonthCount(y, m, *acc[(y, m)]) for y, m in sorted(acc)]


def count_matching(session: Session, f: CommitmentFilter, today: date) -> int:
    stmt = select(func.count(col(C.id))).where(*filter_conditions(f, today))
    return int(session.execute(stmt).scalar_one())


def count_all(session: Session) -> int:
    return int(session.execute(select(func.count(col(C.id)))).scalar_one())


def deadline_years(session: Session) -> list[int]:
    """Years in which some commitment falls due, ascending."""
    stmt = select(col(C.deadline_date)).where(col(C.deadline_date).is_not(None)).group_by(col(C.deadline_date))
    return sorted({day.year for (day,) in session.execute(stmt)})


__all__ = [
    "MonthCount", "RegionCount", "ThemeCount", "count_all", "count_matching", "deadline_years",
    "due_condition", "filter_conditions", "month_counts", "overdue_condition", "region_counts", "region_rows",
    "theme_counts",
]

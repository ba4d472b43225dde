"""Drill-down from the overview: the commitment filter behind a cell, the deadline-year
filter, the count of a filter's set, and the choices the overview's filter bar offers.

`drill_filter` and `year_filter` are pure; `count_matching` and `options` read the
database.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Literal

from tracker.domain.filters import CommitmentFilter, subtree_prefix
from tracker.domain.lights import Light
from tracker.domain.model import Status
from tracker.domain.rules import CLOSED
from tracker.services.context import AppContext
from tracker.services.overview import SOON_DAYS
from tracker.storage import overview_queries as q
from tracker.storage import repos

OPEN_STATUSES = frozenset(s for s in Status if s not in CLOSED)


def _narrower_region(a: str | None, b: str | None) -> str | None | Literal[False]:
    """The deeper of two region codes when one contains the other; False when disjoint."""
    if not a or not b:
        return a or b
    pa, pb = subtree_prefix(a), subtree_prefix(b)
    if pa.startswith(pb):
        return a
    if pb.startswith(pa):
        return b
    return False


def drill_filter(base: CommitmentFilter, *, region_code: str | None = None,
                 status: Status | None = None, overdue: bool = False, due_soon: bool = False,
                 theme: str | None = None, period: tuple[date, date] | None = None,
                 light: Light | None = None, window: int | None = None
                 ) -> CommitmentFilter | None:
    """The filter for exactly the set behind a cell: `base` narrowed by the cell's region,
    status, overdue or due-soon flag, theme or deadline period. None when that set cannot
    be told apart by a CommitmentFilter (it is then empty: the cell shows 0)."""
    f = base
    region = _narrower_region(base.region_code, region_code)
    if region is False:
        return None
    f = replace(f, region_code=region)
    if status is not None:
        if base.statuses and status not in base.statuses:
            return None
        f = replace(f, statuses=frozenset({status}))
    if overdue:
        f = replace(f, overdue_only=True)
    if due_soon:
        allowed = (base.statuses or frozenset(Status)) & OPEN_STATUSES
        days = SOON_DAYS if base.due_within_days is None else min(SOON_DAYS, base.due_within_days)
        f = replace(f, due_within_days=days, statuses=frozenset(allowed))
    if light is not None:   # the light computed with the overview's window
        if base.lights and light not in base.lights:
            return None
        f = replace(f, lights=frozenset({light}), light_window=window)
    if theme is not None:
        if base.theme and base.theme != theme:
            return None
        f = replace(f, theme=theme)
    if period is not None:
        lo = max(d for d in (period[0], base.deadline_from) if d is not None)
        hi = min(d for d in (period[1], base.deadline_to) if d is not None)
        if lo > hi:
            return None
        f = replace(f, deadline_from=lo, deadline_to=hi)
    return f


def year_filter(base: CommitmentFilter, year: int | None) -> CommitmentFilter:
    """`base` with the period (deadline year) set, or cleared for None."""
    if year is None:
        return replace(base, deadline_from=None, deadline_to=None)
    return replace(base, deadline_from=date(year, 1, 1), deadline_to=date(year, 12, 31))


def count_matching(ctx: AppContext, f: CommitmentFilter, today: date | None = None) -> int:
    with ctx.db.session() as session:
        return q.count_matching(session, f, today or ctx.today())


@dataclass(frozen=True)
class FilterOptions:
    years: list[int]
    themes: list[str]
    bodies: list[str]
    commitments: int            # in the whole register, whatever the filter


def options(ctx: AppContext) -> FilterOptions:
    with ctx.db.session() as session:
        return FilterOptions(q.deadline_years(session), repos.theme_names(session),
                             repos.body_names(session), q.count_all(session))

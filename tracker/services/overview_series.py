"""The overview's chart series: deadlines per quarter and stacked status bars per region.

`quarter_series` and `series_of` are pure; `quarters` reads the database.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from tracker.domain.filters import CommitmentFilter
from tracker.domain.model import Status
from tracker.services.context import AppContext
from tracker.storage import overview_queries as q

if TYPE_CHECKING:  # services.overview imports this module (Overview.quarters)
    from tracker.services.overview import RegionNode

# the order of the statuses in the bars' segments, and in the tree's, matrix's and CSV's
# status columns
STATUSES = tuple(Status)


@dataclass(frozen=True)
class QuarterPoint:
    year: int
    quarter: int        # 1..4
    due: int
    met: int            # achieved
    overdue: int        # deadline passed, not achieved or superseded

    @property
    def label(self) -> str:
        return f"{self.year}Q{self.quarter}"

    @property
    def first_day(self) -> date:
        return date(self.year, 3 * self.quarter - 2, 1)

    @property
    def last_day(self) -> date:
        if self.quarter == 4:
            return date(self.year, 12, 31)
        return date(self.year, 3 * self.quarter + 1, 1) - timedelta(days=1)


def quarter_series(rows: Iterable[q.MonthCount]) -> list[QuarterPoint]:
    """Per quarter from the first to the last with a deadline; quarters between with
    nothing due are kept (as zeros) so the time axis stays even."""
    acc: dict[tuple[int, int], list[int]] = {}
    for row in rows:
        cell = acc.setdefault((row.year, (row.month - 1) // 3 + 1), [0, 0, 0])
        cell[0] += row.count
        cell[1] += row.achieved
        cell[2] += row.overdue
    if not acc:
        return []
    (y, qtr), last = min(acc), max(acc)
    out = []
    while (y, qtr) <= last:
        out.append(QuarterPoint(y, qtr, *acc.get((y, qtr), [0, 0, 0])))
        y, qtr = (y + 1, 1) if qtr == 4 else (y, qtr + 1)
    return out


def quarters(ctx: AppContext, f: CommitmentFilter, today: date | None = None
             ) -> list[QuarterPoint]:
    """Deadlines per quarter for the commitments matching `f` (e.g. one region)."""
    with ctx.db.session() as session:
        return quarter_series(q.month_counts(session, f, today or ctx.today()))


@dataclass(frozen=True)
class StatusSeries:
    """Stacked bars: one per region, one segment per status (in STATUSES order)."""

    codes: list[str]
    names: list[str]
    values: list[list[int]]      # values[region][status index]
    hidden: int = 0              # regions left out beyond the limit

    def totals(self) -> list[int]:
        return [sum(v) for v in self.values]


def series_of(nodes: list[RegionNode], limit: int = 30) -> StatusSeries:
    """Stacked status bars of the `limit` nodes with most commitments, in code order."""
    kept = sorted(nodes, key=lambda n: (-n.counts.total, n.code))[:limit]
    kept.sort(key=lambda n: n.code)
    return StatusSeries([n.code for n in kept], [n.name for n in kept],
                        [[n.counts.status(s) for s in STATUSES] for n in kept],
                        len(nodes) - len(kept))

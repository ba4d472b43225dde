"""Status across regions: the province > prefecture > county overview.

The database counts commitments per region code (tracker.storage.overview_queries); this
module rolls those counts up the gazetteer tree — a county's commitments count in its
prefecture and its province, once each — and derives the matrix, the chart series, the
drill-down filters and the CSV. Everything but `compute`, `quarters`, `options`,
`count_matching` and `load_demo` is pure and works on plain rows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Literal
from pathlib import Path

from tracker.domain.filters import CommitmentFilter, subtree_prefix
from tracker.domain.lights import (
    DEFAULT_DUE_WINDOW_DAYS, LIGHT_EN, LIGHT_ORDER, LIGHT_ZH, Light,
)
from tracker.domain.model import RegionLevel, Status
from tracker.domain.rules import CLOSED
from tracker.export.atomic import write_atomically
from tracker.export.cells import guard_formula
from tracker.export.labels import STATUS, check_lang
from tracker.geo import Gazetteer
from tracker.services.context import AppContext
from tracker.storage import overview_queries as q

SOON_DAYS = 90
STATUSES = tuple(Status)
OPEN_STATUSES = frozenset(s for s in Status if s not in CLOSED)


# ---------------------------------------------------------------- counts and the tree

@dataclass
class Counts:
    """Commitments of a set: total, per status, overdue, due within SOON_DAYS."""

    total: int = 0
    by_status: dict[Status, int] = field(default_factory=dict)
    overdue: int = 0
    due_soon: int = 0
    by_light: dict[Light, int] = field(default_factory=dict)

    def add(self, row: q.RegionCount) -> None:
        self.merge(Counts(row.total, row.by_status, row.overdue, row.due_soon, row.by_light))

    def merge(self, other: Counts) -> None:
        self.total += other.total
        for status, n in other.by_status.items():
            self.by_status[status] = self.by_status.get(status, 0) + n
        self.overdue += other.overdue
        self.due_soon += other.due_soon
        for light, n in other.by_light.items():
            self.by_light[light] = self.by_light.get(light, 0) + n

    def status(self, status: Status) -> int:
        return self.by_status.get(status, 0)

    def light(self, light: Light) -> int:
        return self.by_light.get(light, 0)

    @property
    def achieved_share(self) -> float | None:
        """Achieved / total (None for an empty set)."""
        return self.status(Status.ACHIEVED) / self.total if self.total else None


@dataclass
class RegionNode:
    code: str
    name: str
    level: RegionLevel
    full_name: str                      # 山西省大同市
    counts: Counts = field(default_factory=Counts)   # this region and everything beneath
    own: int = 0                        # set at this region itself, not below
    children: list[RegionNode] = field(default_factory=list)
    parent: RegionNode | None = field(default=None, repr=False)


@dataclass(frozen=True)
class ThemeCell:
    count: int
    on_track: int      # achieved or on track
    overdue: int

    @property
    def on_track_share(self) -> float:
        return self.on_track / self.count if self.count else 0.0

    @property
    def overdue_share(self) -> float:
        return self.overdue / self.count if self.count else 0.0


@dataclass
class Overview:
    filter: CommitmentFilter
    today: date
    roots: list[RegionNode]                 # provinces with commitments, in code order
    nodes: dict[str, RegionNode]
    total: Counts                           # everything that matched the filter
    unplaced: Counts                        # of which without a (known) region
    themes: list[str] = field(default_factory=list)     # most used first
    theme_cells: dict[tuple[str, str], ThemeCell] = field(default_factory=dict)
    quarters: list[QuarterPoint] = field(default_factory=list)
    themes_counted: bool = True       # False until add_themes() for a lazy overview
    light_window: int = DEFAULT_DUE_WINDOW_DAYS   # the lights' warning window (days)

    def walk(self) -> Iterable[tuple[int, RegionNode]]:
        """(depth, node) depth first, in code order."""
        stack = [(0, n) for n in reversed(self.roots)]
        while stack:
            depth, node = stack.pop()
            yield depth, node
            stack.extend((depth + 1, c) for c in reversed(node.children))


def roll_up(rows: Iterable[q.RegionCount], gazetteer: Gazetteer
            ) -> tuple[list[RegionNode], dict[str, RegionNode], Counts, Counts]:
    """Roots, nodes by code, grand total and the unplaced part, from per-code counts.

    Each region's own counts are added to it and to each of its ancestors exactly once;
    regions with no commitment anywhere beneath them get no node (empty branches are
    hidden).
    """
    own: dict[str, Counts] = {}
    total, unplaced = Counts(), Counts()
    for row in rows:
        total.add(row)
        if row.region_code and gazetteer.lineage(row.region_code):
            own.setdefault(row.region_code, Counts()).add(row)
        else:
            unplaced.add(row)
    nodes: dict[str, RegionNode] = {}
    for code, counts in own.items():
        parent: RegionNode | None = None
        for up in gazetteer.lineage(code):
            node = nodes.get(up)
            if node is None:
                region = gazetteer.get(up)
                assert region is not None  # lineage() names only regions it knows
                # the full name as gazetteer.display_name gives it, built on the way down
                full = (parent.full_name if parent is not None else "") + region.name
                node = RegionNode(up, region.name, region.level, full, parent=parent)
                nodes[up] = node
                if parent is not None:
                    parent.children.append(node)
            node.counts.merge(counts)
            parent = node
        if parent is not None:  # every code has a lineage of at least itself
            parent.own = counts.total
    for node in nodes.values():
        node.children.sort(key=lambda n: n.code)
    roots = sorted((n for n in nodes.values() if n.parent is None), key=lambda n: n.code)
    return roots, nodes, total, unplaced


def roll_up_themes(rows: Iterable[q.ThemeCount], gazetteer: Gazetteer
                   ) -> tuple[list[str], dict[tuple[str, str], ThemeCell]]:
    """Themes (most used first) and (region code, theme) cells rolled up the tree.

    A commitment with two themes counts once in each theme's column."""
    own: dict[tuple[str, str], list[int]] = {}
    usage: dict[str, int] = {}
    for row in rows:
        usage[row.theme] = usage.get(row.theme, 0) + row.count
        if row.region_code:
            cell = own.setdefault((row.region_code, row.theme), [0, 0, 0])
            cell[0] += row.count
            cell[1] += row.on_track
            cell[2] += row.overdue
    acc: dict[tuple[str, str], list[int]] = {}
    for (code, theme), (n, ok, late) in own.items():
        for up in gazetteer.lineage(code):
            cell = acc.setdefault((up, theme), [0, 0, 0])
            cell[0] += n
            cell[1] += ok
            cell[2] += late
    themes = sorted(usage, key=lambda t: (-usage[t], t))
    return themes, {key: ThemeCell(*v) for key, v in acc.items()}


# ---------------------------------------------------------------- chart series

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


@dataclass(frozen=True)
class StatusSeries:
    """Stacked bars: one per region, one segment per status (in STATUSES order)."""

    codes: list[str]
    names: list[str]
    values: list[list[int]]      # values[region][status index]
    hidden: int = 0              # regions left out beyond the limit

    def totals(self) -> list[int]:
        return [sum(v) for v in self.values]


def regions_at(ov: Overview, level: RegionLevel, scope: str | None = None,
               gazetteer: Gazetteer | None = None) -> list[RegionNode]:
    """Nodes of `level` inside `scope` (everything when None), in code order.

    At the prefecture level a province without prefectures (直辖市 such as 重庆市, whose
    districts sit right under it) stands for itself, so it is not left out."""
    base = [ov.nodes[scope]] if scope and scope in ov.nodes else ov.roots
    out: list[RegionNode] = []
    stack = list(reversed(base))
    while stack:
        node = stack.pop()
        if node.level is level or (level is RegionLevel.PREFECTURE
                                   and node.level is RegionLevel.PROVINCE
                                   and gazetteer is not None
                                   and not any(c.level is RegionLevel.PREFECTURE
                                               for c in gazetteer.children(node.code))):
            out.append(node)
            continue
        stack.extend(reversed(node.children))
    return out


def series_of(nodes: list[RegionNode], limit: int = 30) -> StatusSeries:
    """Stacked status bars of the `limit` nodes with most commitments, in code order."""
    kept = sorted(nodes, key=lambda n: (-n.counts.total, n.code))[:limit]
    kept.sort(key=lambda n: n.code)
    return StatusSeries([n.code for n in kept], [n.name for n in kept],
                        [[n.counts.status(s) for s in STATUSES] for n in kept],
                        len(nodes) - len(kept))


# ---------------------------------------------------------------- drill-down

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


# ---------------------------------------------------------------- use cases

def compute(ctx: AppContext, f: CommitmentFilter = CommitmentFilter(),
            today: date | None = None, with_themes: bool = True) -> Overview:
    """The overview of the commitments matching `f` (one read transaction). Without
    themes, the regions × themes matrix is left for `add_themes` (it costs about as much
    as the rest together on a large register, and is only needed when shown)."""
    from tracker.services.follow import current_settings

    day = today or ctx.today()
    window = current_settings(ctx).due_window_days
    with ctx.db.session() as session:
        status_rows = q.region_counts(session, f, day, SOON_DAYS, window)
        theme_rows = q.theme_counts(session, f, day) if with_themes else []
        month_rows = q.month_counts(session, f, day)
    gaz = ctx.gazetteer
    roots, nodes, total, unplaced = roll_up(status_rows, gaz)
    themes, cells = roll_up_themes(theme_rows, gaz)
    return Overview(f, day, roots, nodes, total, unplaced, themes, cells,
                    quarter_series(month_rows), with_themes, window)


def theme_matrix(ctx: AppContext, ov: Overview
                 ) -> tuple[list[str], dict[tuple[str, str], ThemeCell]]:
    """The themes and (region, theme) cells of an overview computed without them."""
    with ctx.db.session() as session:
        rows = q.theme_counts(session, ov.filter, ov.today)
    return roll_up_themes(rows, ctx.gazetteer)


def add_themes(ov: Overview, matrix: tuple[list[str], dict[tuple[str, str], ThemeCell]]
               ) -> None:
    ov.themes, ov.theme_cells = matrix
    ov.themes_counted = True


def quarters(ctx: AppContext, f: CommitmentFilter, today: date | None = None
             ) -> list[QuarterPoint]:
    """Deadlines per quarter for the commitments matching `f` (e.g. one region)."""
    with ctx.db.session() as session:
        return quarter_series(q.month_counts(session, f, today or ctx.today()))


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
    from tracker.storage import repos

    with ctx.db.session() as session:
        return FilterOptions(q.deadline_years(session), repos.theme_names(session),
                             repos.body_names(session), q.count_all(session))


# ---------------------------------------------------------------- CSV

LEVEL_WORDS = {
    "zh": {RegionLevel.PROVINCE: "省级", RegionLevel.PREFECTURE: "地市级",
           RegionLevel.COUNTY: "县级"},
    "en": {RegionLevel.PROVINCE: "Province", RegionLevel.PREFECTURE: "Prefecture",
           RegionLevel.COUNTY: "County"},
}
_HEADERS = {
    "zh": ("区划代码", "地区", "层级", "承诺总数", "完成率", "逾期", f"{SOON_DAYS}天内到期",
           "全部地区", "未定地区"),
    "en": ("Code", "Region", "Level", "Commitments", "Share achieved", "Overdue",
           f"Due within {SOON_DAYS} days", "All regions", "No region"),
}


def csv_rows(ov: Overview, lang: str = "zh") -> list[list[str]]:
    """Header, one row per region (depth first), then the no-region and total rows."""
    check_lang(lang)
    h = _HEADERS[lang]

    def numbers(c: Counts) -> list[str]:
        share = c.achieved_share
        return ([str(c.total)] + [str(c.status(s)) for s in STATUSES]
                + ["" if share is None else f"{share * 100:.1f}%", str(c.overdue),
                   str(c.due_soon)] + [str(c.light(x)) for x in LIGHT_ORDER])

    light_words = ([f"{LIGHT_ZH[x]}灯" for x in LIGHT_ORDER] if lang == "zh"
                   else [LIGHT_EN[x] for x in LIGHT_ORDER])
    rows = [[h[0], h[1], h[2], h[3]] + [STATUS.label(s, lang) for s in STATUSES]
            + [h[4], h[5], h[6]] + light_words]
    for _depth, node in ov.walk():
        rows.append([node.code, node.full_name, LEVEL_WORDS[lang][node.level]]
                    + numbers(node.counts))
    if ov.unplaced.total:
        rows.append(["", h[8], ""] + numbers(ov.unplaced))
    rows.append(["", h[7], ""] + numbers(ov.total))
    return rows


def export_csv(ov: Overview, path: Path, lang: str = "zh") -> int:
    """Write the overview as CSV (UTF-8 with BOM for Excel, formula-safe cells), through a
    temporary file so a failed write leaves nothing half-written. Returns region rows."""
    import csv

    rows = csv_rows(ov, lang)

    def write(temp: Path) -> int:
        with temp.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            for row in rows:
                writer.writerow([guard_formula(cell) for cell in row])
        return len(rows) - 1

    return write_atomically(Path(path), write)


# ---------------------------------------------------------------- demo library

def load_demo(ctx: AppContext) -> list[int]:
    """The demo library (services.demo.load_demo); the ids of the commitments created."""
    from tracker.services import demo

    return demo.load_demo(ctx).commitments


__all__ = [
    "Counts", "FilterOptions", "LIGHT_ORDER", "OPEN_STATUSES", "Overview", "QuarterPoint",
    "RegionNode", "SOON_DAYS", "STATUSES", "StatusSeries", "ThemeCell", "add_themes",
    "compute", "count_matching", "csv_rows", "drill_filter", "export_csv", "load_demo",
    "options", "quarter_series", "quarters", "regions_at", "roll_up", "roll_up_themes",
    "series_of", "theme_matrix", "year_filter",
]

"""Status across regions: the province > prefecture > county overview.

The database counts commitments per region code (tracker.storage.overview_queries); this
module rolls those counts up the gazetteer tree — a county's commitments count in its
prefecture and its province, once each — and picks the regions at a level. Everything but
`compute` and `theme_matrix` is pure and works on plain rows.

Beside it: the chart series (services.overview_series), the drill-down filters and the
filter bar's choices (services.drill), the CSV (services.overview_csv).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING

from tracker.domain.filters import CommitmentFilter
from tracker.domain.lights import DEFAULT_DUE_WINDOW_DAYS, Light
from tracker.domain.model import RegionLevel, Status
from tracker.geo import Gazetteer
from tracker.services.context import AppContext
from tracker.services.follow import current_settings
from tracker.services.overview_series import QuarterPoint, quarter_series
from tracker.storage import overview_queries as q
from tracker.storage import tallies

if TYPE_CHECKING:
    from sqlmodel import Session

SOON_DAYS = 90


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


# ---------------------------------------------------------------- regions at a level

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


# ---------------------------------------------------------------- use cases

def compute(ctx: AppContext, f: CommitmentFilter = CommitmentFilter(),
            today: date | None = None, with_themes: bool = True) -> Overview:
    """The overview of the commitments matching `f` (one read transaction). Without
    themes, the regions × themes matrix is left for `add_themes` (it costs about as much
    as the rest together on a large register, and is only needed when shown)."""
    day = today or ctx.today()
    window = current_settings(ctx).due_window_days
    with ctx.db.session() as session:
        if _whole(f, day):   # the whole register: from the tallies the triggers keep
            status_rows = tallies.region_counts(session, day, SOON_DAYS, window)
            theme_rows = tallies.theme_counts(session, day) if with_themes else []
            month_rows = tallies.month_counts(session, day)
        elif (keys := _tallied(session, f, day)) is not None:   # a region's, a theme's
            region, tag = keys
            status_rows = tallies.region_counts(session, day, SOON_DAYS, window, region, tag)
            theme_rows = tallies.theme_counts(session, day, region, tag) \
                if with_themes else []
            month_rows = tallies.month_counts(session, day, region, tag)
        else:
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
        if _whole(ov.filter, ov.today):
            rows = tallies.theme_counts(session, ov.today)
        elif (keys := _tallied(session, ov.filter, ov.today)) is not None:
            rows = tallies.theme_counts(session, ov.today, *keys)
        else:
            rows = q.theme_counts(session, ov.filter, ov.today)
    return roll_up_themes(rows, ctx.gazetteer)


def _whole(f: CommitmentFilter, today: date) -> bool:
    """Whether the filter keeps every commitment (the overview then reads the tallies)."""
    return not q.filter_conditions(f, today)


def _tallied(session: Session, f: CommitmentFilter, today: date
             ) -> tuple[str | None, int | None] | None:
    """The region and theme id whose tallies answer the filter, when it keeps a region's
    subtree, a theme's commitments or both and nothing else; None otherwise (the overview
    is then counted by GROUP BY)."""
    if f.region_code and not tallies.tallied_region(f.region_code):
        return None
    if not (f.region_code or f.theme) or \
            not _whole(replace(f, region_code=None, theme=None), today):
        return None
    tag = None
    if f.theme:
        tag = tallies.tag_id(session, f.theme)
        if tag is None:   # a theme no commitment carries: nothing to read, counted (none)
            return None
    return f.region_code, tag


def add_themes(ov: Overview, matrix: tuple[list[str], dict[tuple[str, str], ThemeCell]]
               ) -> None:
    ov.themes, ov.theme_cells = matrix
    ov.themes_counted = True

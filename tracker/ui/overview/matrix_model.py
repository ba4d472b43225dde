"""The matrix of the overview: regions of one level × themes (or × status), counts in the
cells, coloured by the share on track / overdue. Each cell knows its drill-down filter."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from tracker.domain.lights import LIGHT_ORDER
from tracker.domain.model import Status
from tracker.services import overview as ov
from tracker.services import drill
from tracker.services import overview_series as ov_series
from tracker.ui.labels import status_label
from tracker.ui.overview.palette import STATUS_COLORS, share_color, tint
from tracker.ui.overview.tree_model import DRILL_ROLE
from tracker.ui.widgets.lights import light_colour, light_icon, light_label

MAX_THEMES = 15
THEMES, STATUSES = "themes", "statuses"


class MatrixModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.overview: ov.Overview | None = None
        self.mode = THEMES
        self.rows: list[ov.RegionNode] = []
        self.themes: list[str] = []

    def show(self, overview: ov.Overview | None, rows: list[ov.RegionNode], mode: str) -> None:
        """Rows are regions of `overview` (those of one level, or one region's children)."""
        self.beginResetModel()
        self.overview, self.mode = overview, mode
        self.rows = list(rows) if overview else []
        self.themes = overview.themes[:MAX_THEMES] if overview else []
        self.endResetModel()

    # ------------------------------------------------------------------ shape
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        if parent.isValid():
            return 0
        return 1 + (len(self.themes) if self.mode == THEMES
                    else len(LIGHT_ORDER) + len(ov_series.STATUSES) + 1)

    def _column(self, col: int) -> tuple[str, object]:
        """("total", None) | ("theme", name) | ("light", Light) | ("status", Status) |
        ("overdue", None). The status view starts with the lights (红黄绿灰)."""
        if col == 0:
            return "total", None
        if self.mode == THEMES:
            return "theme", self.themes[col - 1]
        if col <= len(LIGHT_ORDER):
            return "light", LIGHT_ORDER[col - 1]
        col -= len(LIGHT_ORDER)
        if col <= len(ov_series.STATUSES):
            return "status", ov_series.STATUSES[col - 1]
        return "overdue", None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Vertical:
            if section >= len(self.rows):
                return None
            node = self.rows[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return node.name
            if role == Qt.ItemDataRole.ToolTipRole:
                return node.full_name
            return None
        if role == Qt.ItemDataRole.DecorationRole and self.mode != THEMES:
            kind, what = self._column(section)
            return light_icon(what) if kind == "light" else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        kind, what = self._column(section)
        if kind == "total":
            return self.tr("Total")
        if kind == "theme":
            return what
        if kind == "status":
            return status_label(what)
        if kind == "light":
            return light_label(what)
        return self.tr("Overdue")

    # ------------------------------------------------------------------ cells
    def _cell(self, row: int, col: int) -> tuple[int, QColor, dict]:
        """Count, background and drill-down arguments of a cell."""
        node = self.rows[row]
        c = node.counts
        kind, what = self._column(col)
        if kind == "total":
            on_track = c.status(Status.ACHIEVED) + c.status(Status.ON_TRACK)
            share = (on_track / c.total, c.overdue / c.total) if c.total else (0, 0)
            return c.total, share_color(*share), {}
        if kind == "theme":
            cell = self.overview.theme_cells.get((node.code, what), ov.ThemeCell(0, 0, 0))
            color = share_color(cell.on_track_share, cell.overdue_share) if cell.count \
                else QColor("#ffffff")
            return cell.count, color, {"theme": what}
        if kind == "light":
            n = c.light(what)
            return (n, tint(light_colour(what), n / c.total if c.total else 0),
                    {"light": what, "window": self.overview.light_window})
        if kind == "status":
            n = c.status(what)
            return n, tint(STATUS_COLORS[what], n / c.total if c.total else 0), {"status": what}
        return c.overdue, share_color(0, c.overdue / c.total if c.total else 0), {"overdue": True}

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.overview is None:
            return None
        count, color, how = self._cell(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return str(count) if count else ""
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(color)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#1f1f1f"))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == DRILL_ROLE:
            if not count:
                return None
            f = drill.drill_filter(self.overview.filter, region_code=self.rows[index.row()].code,
                                **how)
            return None if f is None else f.to_dict()
        if role == Qt.ItemDataRole.ToolTipRole:
            node = self.rows[index.row()]
            head = self.headerData(index.column(), Qt.Orientation.Horizontal)
            return self.tr("%1 · %2: %3 commitments (click to list them)") \
                .replace("%1", node.full_name).replace("%2", str(head)).replace("%3", str(count))
        return None

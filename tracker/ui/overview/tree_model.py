"""The region tree of the overview: one row per division with commitments beneath it,
columns of rolled-up counts. Each cell knows the filter of exactly its set (DRILL_ROLE)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from tracker.domain.lights import LIGHT_ORDER, Light
from tracker.domain.model import RegionLevel, Status
from tracker.services import overview as ov
from tracker.services import drill
from tracker.services.overview_series import STATUSES
from tracker.ui.labels import status_label
from tracker.ui.overview.palette import STATUS_COLORS
from tracker.ui.widgets.lights import light_colour, light_icon, light_label

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
CODE_ROLE = Qt.ItemDataRole.UserRole + 2
DRILL_ROLE = Qt.ItemDataRole.UserRole + 3     # dict of CommitmentFilter fields, or None

COL_NAME, COL_TOTAL, COL_SHARE, COL_OVERDUE, COL_SOON = range(5)
COL_STATUS0 = 5                     # then one column per status, in STATUSES order
COL_LIGHT0 = COL_STATUS0 + len(STATUSES)   # then one per light, red first
COLUMNS = COL_LIGHT0 + len(LIGHT_ORDER)


def status_of(column: int) -> Status | None:
    """The status a column counts, if it is a status column."""
    return STATUSES[column - COL_STATUS0] if COL_STATUS0 <= column < COL_LIGHT0 else None


def light_at(column: int) -> Light | None:
    """The light a column counts, if it is a light column."""
    return LIGHT_ORDER[column - COL_LIGHT0] if COL_LIGHT0 <= column < COLUMNS else None


class OverviewTreeModel(QAbstractItemModel):
    """Rows are RegionNodes of an Overview; a last top-level row holds the commitments
    without a region (it cannot be drilled into: a filter cannot select "no region")."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.overview: ov.Overview | None = None
        self._roots: list[ov.RegionNode] = []
        self._unplaced: ov.RegionNode | None = None

    def set_overview(self, overview: ov.Overview | None) -> None:
        self.beginResetModel()
        self.overview = overview
        self._roots = list(overview.roots) if overview else []
        self._unplaced = None
        if overview is not None and overview.unplaced.total:
            self._unplaced = ov.RegionNode("", self.tr("No region"), RegionLevel.PROVINCE,
                                           self.tr("No region"), counts=overview.unplaced)
            self._roots.append(self._unplaced)
        self.endResetModel()

    # ------------------------------------------------------------------ structure
    def node(self, index: QModelIndex) -> ov.RegionNode | None:
        return index.internalPointer() if index.isValid() else None

    def _siblings(self, node: ov.RegionNode) -> list[ov.RegionNode]:
        return node.parent.children if node.parent is not None else self._roots

    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:
        items = self._roots if not parent.isValid() else self.node(parent).children
        if 0 <= row < len(items) and 0 <= column < COLUMNS:
            return self.createIndex(row, column, items[row])
        return QModelIndex()

    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # the model's parent(index), not QObject.parent()
        node = self.node(index)
        if node is None or node.parent is None:
            return QModelIndex()
        up = node.parent
        return self.createIndex(self._siblings(up).index(up), 0, up)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        if parent.column() > 0:
            return 0
        return len(self._roots) if not parent.isValid() else len(self.node(parent).children)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return COLUMNS

    def index_of(self, code: str) -> QModelIndex:
        """The name cell of the region with this code (invalid when not shown)."""
        if self.overview is None or code not in self.overview.nodes:
            return QModelIndex()
        node = self.overview.nodes[code]
        return self.createIndex(self._siblings(node).index(node), 0, node)

    # ------------------------------------------------------------------ data
    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._header(section)
        if role == Qt.ItemDataRole.DecorationRole and light_at(section) is not None:
            return light_icon(light_at(section))
        if role == Qt.ItemDataRole.ToolTipRole:
            if light_at(section) is not None:
                return self.tr("Commitments with this light (warning window: %1 days)") \
                    .replace("%1", str(self.overview.light_window if self.overview else 30))
            if section == COL_SHARE:
                return self.tr("Achieved commitments as a share of all")
            if section == COL_OVERDUE:
                return self.tr("Deadline passed and not achieved (nor superseded)")
            if section == COL_SOON:
                return self.tr("Not achieved yet, deadline within the next %1 days") \
                    .replace("%1", str(ov.SOON_DAYS))
        return None

    def _header(self, section: int) -> str:
        if section == COL_NAME:
            return self.tr("Region")
        if section == COL_TOTAL:
            return self.tr("Total")
        if status_of(section) is not None:
            return status_label(status_of(section))
        if light_at(section) is not None:
            return light_label(light_at(section))
        if section == COL_SHARE:
            return self.tr("Achieved")
        if section == COL_OVERDUE:
            return self.tr("Overdue")
        return self.tr("Due ≤%1 days").replace("%1", str(ov.SOON_DAYS))

    def _value(self, node: ov.RegionNode, column: int) -> int | float | None:
        c = node.counts
        if column == COL_TOTAL:
            return c.total
        if status_of(column) is not None:
            return c.status(status_of(column))
        if light_at(column) is not None:
            return c.light(light_at(column))
        if column == COL_SHARE:
            return c.achieved_share
        if column == COL_OVERDUE:
            return c.overdue
        if column == COL_SOON:
            return c.due_soon
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        node = self.node(index)
        if node is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_NAME:
                return node.name
            value = self._value(node, col)
            if col == COL_SHARE:
                return "" if value is None else f"{value * 100:.0f}%"
            return "" if value == 0 and col != COL_TOTAL else str(value)
        if role == SORT_ROLE:
            if col == COL_NAME:
                return node.code or "~"          # code order; "no region" last
            value = self._value(node, col)
            return -1.0 if value is None else float(value)
        if role == CODE_ROLE:
            return node.code or None
        if role == DRILL_ROLE:
            return self.drill(node, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col != COL_NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == COL_OVERDUE and node.counts.overdue:
                return QBrush(QColor("#b3261e"))
            if status_of(col) is not None and self._value(node, col):
                return QBrush(STATUS_COLORS[status_of(col)].darker(150))
            if light_at(col) is not None and self._value(node, col):
                return QBrush(light_colour(light_at(col)).darker(160))
        if role == Qt.ItemDataRole.FontRole and col == COL_TOTAL:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(node, col)
        return None

    def _tooltip(self, node: ov.RegionNode, col: int) -> str:
        if not node.code:
            return self.tr("Commitments without a region: give them one to see them in the "
                           "tree")
        text = node.full_name
        if col == COL_NAME and node.own and node.children:
            text += "\n" + self.tr("%1 set for the region itself, the rest in the divisions "
                                   "below").replace("%1", str(node.own))
        return text + "\n" + self.tr("Double-click or press Enter to list these commitments")

    def drill(self, node: ov.RegionNode, col: int) -> dict | None:
        """The filter (as a dict) of exactly the commitments a cell counts."""
        if self.overview is None or not node.code:
            return None
        value = self._value(node, col)
        if col == COL_SHARE or (col != COL_NAME and not value):
            return None
        kwargs: dict = {}
        if status_of(col) is not None:
            kwargs["status"] = status_of(col)
        elif col == COL_OVERDUE:
            kwargs["overdue"] = True
        elif col == COL_SOON:
            kwargs["due_soon"] = True
        elif light_at(col) is not None:
            kwargs["light"] = light_at(col)
            kwargs["window"] = self.overview.light_window
        f = drill.drill_filter(self.overview.filter, region_code=node.code, **kwargs)
        return None if f is None else f.to_dict()

    def retranslate(self) -> None:
        if self._unplaced is not None:
            self._unplaced.name = self._unplaced.full_name = self.tr("No region")
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)


__all__ = ["CODE_ROLE", "COLUMNS", "COL_LIGHT0", "COL_NAME", "COL_OVERDUE", "COL_SHARE", "COL_SOON",
           "COL_STATUS0", "COL_TOTAL", "DRILL_ROLE", "OverviewTreeModel", "SORT_ROLE",
           "light_at", "status_of"]

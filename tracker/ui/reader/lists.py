"""The two lists beside the text: the document's commitments in reading order, and the
suggestions waiting for review."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QAbstractListModel, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt,
)

from tracker.domain.lights import DEFAULT_DUE_WINDOW_DAYS, light_of
from tracker.domain.model import Commitment, Kind
from tracker.extract import Suggestion
from tracker.ui.labels import kind_label, status_label
from tracker.ui.reader.keys import RecordKey
from tracker.ui.reader.highlights import (
    MISSED, OVERDUE, OVERDUE_COLOUR, SUGGESTION_COLOUR, state_of,
)
from tracker.ui.widgets.lights import light_icon, light_label

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
KINDS = {k.value for k in Kind}


def _short(text: str, n: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[:n] + "…"


class CommitmentListModel(QAbstractListModel):
    def __init__(self, today=date.today, parent=None, window=None) -> None:
        """``window()`` gives the light's warning window in days (default 30)."""
        super().__init__(parent)
        self.today = today
        self.window = window or (lambda: DEFAULT_DUE_WINDOW_DAYS)
        self._window = DEFAULT_DUE_WINDOW_DAYS
        self.items: list[Commitment] = []

    def light(self, c: Commitment):
        return light_of(c.status, c.deadline.date if c.deadline else None, self.today(),
                        self._window)

    def set_items(self, items: list[Commitment]) -> None:
        self.beginResetModel()
        self._window = self.window()
        self.items = sorted(items, key=lambda c: (c.span.start, c.span.end, c.id or 0))
        self.endResetModel()

    def row_of(self, key: RecordKey | None) -> int:
        if key is None or not key.is_commitment:
            return -1
        return next((i for i, c in enumerate(self.items) if c.id == key.id), -1)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        c = self.items[index.row()]
        if role == KEY_ROLE:
            return RecordKey.commitment(c.id)
        if role == Qt.ItemDataRole.DisplayRole:
            state = state_of(c, self.today())
            due = c.deadline.date.isoformat() if c.deadline and c.deadline.date else \
                (c.deadline.text if c.deadline else "")
            status = self.tr("Overdue") if state == OVERDUE else status_label(c.status)
            head = " · ".join(x for x in (light_label(self.light(c)), kind_label(c.kind), due,
                                          status) if x)
            return f"{head}\n{_short(c.quote)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return c.quote
        if role == Qt.ItemDataRole.DecorationRole:   # the light (the kind is in the text)
            return light_icon(self.light(c))
        if role == Qt.ItemDataRole.ForegroundRole:
            if state_of(c, self.today()) in (OVERDUE, MISSED):
                return OVERDUE_COLOUR
        return None


def target_text(target) -> str:
    """≥ 80 %, 下降到30微克/立方米, …: a target's comparator, value and unit, short."""
    if target is None:
        return ""
    value = target.value
    if isinstance(value, tuple):
        value = f"{value[0]:g}–{value[1]:g}"
    elif isinstance(value, float):
        value = f"{value:g}"
    symbol = {">=": "≥", "<=": "≤", "=": "=", "increase": "↑", "decrease": "↓",
              "zero": "→0", "full": "100%"}.get(str(target.comparator or ""), "")
    amount = " ".join(x for x in (symbol, str(value or ""), target.unit or "") if x)
    return amount or (target.metric or "")[:40]  # the metric repeats the quote: last resort


class SuggestionListModel(QAbstractTableModel):
    """The review queue: one row per suggestion, columns for sorting and filtering. Column
    TEXT (the quote) is logical column 0; the queue shows it last."""

    TEXT, KIND, CONFIDENCE, DEADLINE, TARGET, WHY = range(6)
    SORT_ROLE = Qt.ItemDataRole.UserRole + 2
    SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.items: list[Suggestion] = []

    def set_items(self, items: list[Suggestion]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def index(self, row: int, column: int = 0, parent=QModelIndex()) -> QModelIndex:
        return super().index(row, column, parent)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else 6

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Text"), self.tr("Kind"), self.tr("Conf."), self.tr("Deadline"),
                self.tr("Target"), self.tr("Why")][section]

    def _cell(self, s, col: int) -> str:
        if col == self.TEXT:
            return _short(s.quote, 80)
        if col == self.KIND:
            return kind_label(Kind(s.kind)) if s.kind in KINDS else s.kind
        if col == self.CONFIDENCE:
            return f"{s.confidence:.0%}"
        if col == self.DEADLINE:
            d = getattr(s, "deadline", None)
            return d.date.isoformat() if d and d.date else (d.text if d else "")
        if col == self.TARGET:
            return target_text(getattr(s, "target", None))
        return str(getattr(s, "why", "") or "")

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        s = self.items[index.row()]
        col = index.column()
        if role == KEY_ROLE:
            return RecordKey.suggestion(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(s, col)
        if role == self.SORT_ROLE:
            if col == self.CONFIDENCE:
                return float(s.confidence)
            if col == self.DEADLINE:
                d = getattr(s, "deadline", None)
                return d.date.isoformat() if d and d.date else "9999"
            if col == self.TEXT:
                return getattr(s, "start", index.row())
            return self._cell(s, col)
        if role == self.SEARCH_ROLE:
            return " ".join(self._cell(s, c) for c in range(6)) + " " + s.quote
        if role == Qt.ItemDataRole.ToolTipRole:
            why = str(getattr(s, "why", "") or "")
            return s.quote + (f"\n\n{why}" if why else "")
        if role == Qt.ItemDataRole.DecorationRole and col == self.TEXT:
            return SUGGESTION_COLOUR
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.CONFIDENCE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

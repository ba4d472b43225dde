"""The two lists beside the text: the document's commitments in reading order, and the
suggestions waiting for review."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from tracker.domain.model import Commitment, Kind
from tracker.extract import Suggestion
from tracker.ui.labels import kind_label, status_label
from tracker.ui.reader.highlights import (
    KIND_COLOURS, MISSED, OVERDUE, OVERDUE_COLOUR, SUGGESTION_COLOUR, state_of,
)

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
KINDS = {k.value for k in Kind}


def _short(text: str, n: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[:n] + "…"


class CommitmentListModel(QAbstractListModel):
    def __init__(self, today=date.today, parent=None) -> None:
        super().__init__(parent)
        self.today = today
        self.items: list[Commitment] = []

    def set_items(self, items: list[Commitment]) -> None:
        self.beginResetModel()
        self.items = sorted(items, key=lambda c: (c.span.start, c.span.end, c.id or 0))
        self.endResetModel()

    def row_of(self, key: tuple[str, int] | None) -> int:
        if key is None or key[0] != "c":
            return -1
        return next((i for i, c in enumerate(self.items) if c.id == key[1]), -1)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        c = self.items[index.row()]
        if role == KEY_ROLE:
            return ("c", c.id)
        if role == Qt.ItemDataRole.DisplayRole:
            state = state_of(c, self.today())
            due = c.deadline.date.isoformat() if c.deadline and c.deadline.date else \
                (c.deadline.text if c.deadline else "")
            status = self.tr("Overdue") if state == OVERDUE else status_label(c.status)
            head = " · ".join(x for x in (kind_label(c.kind), due, status) if x)
            return f"{head}\n{_short(c.quote)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return c.quote
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(KIND_COLOURS[c.kind])
        if role == Qt.ItemDataRole.ForegroundRole:
            if state_of(c, self.today()) in (OVERDUE, MISSED):
                return OVERDUE_COLOUR
        return None


class SuggestionListModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.items: list[Suggestion] = []

    def set_items(self, items: list[Suggestion]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        s = self.items[index.row()]
        if role == KEY_ROLE:
            return ("s", index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            kind = kind_label(Kind(s.kind)) if s.kind in KINDS else s.kind
            due = s.deadline.date.isoformat() if s.deadline and s.deadline.date else ""
            head = " · ".join(x for x in (kind, due, f"{s.confidence:.0%}") if x)
            return f"{head}\n{_short(s.quote)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return s.quote
        if role == Qt.ItemDataRole.DecorationRole:
            return SUGGESTION_COLOUR
        return None

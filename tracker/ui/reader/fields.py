"""Small editing widgets of the commitment editor: bodies (lead/support) and tags."""

from __future__ import annotations

import re

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QCompleter, QHBoxLayout, QLineEdit, QPushButton, QToolButton, QVBoxLayout, QWidget,
)

from tracker.domain.model import BodyRef, BodyRole

TAG_SPLIT = re.compile(r"[,，、;；\s]+")


def split_tags(text: str) -> list[str]:
    seen: list[str] = []
    for t in TAG_SPLIT.split(text):
        if t and t not in seen:
            seen.append(t)
    return seen


class TagCompleter(QCompleter):
    """Completes the last tag of a list separated by 、，, ; or spaces."""

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 - Qt API
        return [TAG_SPLIT.split(path)[-1]]

    def pathFromIndex(self, index) -> str:  # noqa: N802 - Qt API
        text = self.widget().text() if self.widget() else ""
        head = text[:len(text) - len(TAG_SPLIT.split(text)[-1])]
        return head + index.data()


class _BodyRow(QWidget):
    changed = Signal()
    removed = Signal(object)

    def __init__(self, body: BodyRef, names: QStringListModel, parent: QWidget) -> None:
        super().__init__(parent)
        self.name = QLineEdit(body.name, self)
        completer = QCompleter(names, self.name)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.name.setCompleter(completer)
        self.role = QComboBox(self)
        self.role.addItem("", BodyRole.LEAD.value)
        self.role.addItem("", BodyRole.SUPPORT.value)
        self.role.setCurrentIndex(0 if body.role is BodyRole.LEAD else 1)
        self.remove = QToolButton(self)
        self.remove.setText("✕")
        self.remove.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name, 1)
        layout.addWidget(self.role)
        layout.addWidget(self.remove)
        self.name.editingFinished.connect(self.changed)
        self.role.activated.connect(lambda _i: self.changed.emit())
        self.remove.clicked.connect(lambda: self.removed.emit(self))
        self.retranslate()

    def retranslate(self) -> None:
        self.name.setPlaceholderText(self.tr("Body, e.g. 市生态环境局"))
        self.role.setItemText(0, self.tr("Lead"))
        self.role.setItemText(1, self.tr("Support"))
        self.remove.setToolTip(self.tr("Remove this body"))

    def value(self) -> BodyRef | None:
        name = self.name.text().strip()
        return BodyRef(name, BodyRole(self.role.currentData())) if name else None


class BodiesEditor(QWidget):
    """Responsible bodies, each lead or support; names complete from bodies already known."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names = QStringListModel(self)
        self.rows: list[_BodyRow] = []
        self.box = QVBoxLayout()
        self.box.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.box)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.retranslate()

    def set_known(self, names: list[str]) -> None:
        self.names.setStringList(names)

    def set_bodies(self, bodies: list[BodyRef]) -> None:
        for row in self.rows:
            self._drop(row)
        self.rows = []
        for body in bodies:
            self._add(body)

    def _add(self, body: BodyRef) -> _BodyRow:
        row = _BodyRow(body, self.names, self)
        row.changed.connect(self.changed)
        row.removed.connect(self._remove)
        self.rows.append(row)
        self.box.addWidget(row)
        return row

    def add_empty(self) -> None:
        role = BodyRole.SUPPORT if any(r.value() for r in self.rows) else BodyRole.LEAD
        row = self._add(BodyRef("", role))
        row.name.setFocus()

    def _remove(self, row: _BodyRow) -> None:
        self.rows.remove(row)
        self._drop(row)
        self.changed.emit()

    def _drop(self, row: _BodyRow) -> None:
        # out of the layout and out of sight now; deleteLater alone leaves the row shown
        # until the event loop gets to the deferred delete
        self.box.removeWidget(row)
        row.hide()
        row.deleteLater()

    def bodies(self) -> list[BodyRef]:
        return [b for b in (r.value() for r in self.rows) if b is not None]

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add a body"))
        for row in self.rows:
            row.retranslate()

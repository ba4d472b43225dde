"""The review queue: pending suggestions, accepted or rejected by keyboard.

In the list: Enter or A accepts, Delete or R rejects, E (or F2) moves into the editor to
correct the fields first; Ctrl+Enter then accepts the edited version from anywhere in the
page.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QLabel, QListView, QPushButton, QStackedWidget, QVBoxLayout,
    QWidget,
)

from tracker.ui.reader.links import MarkedSuggestionModel

ACCEPT_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_A}
REJECT_KEYS = {Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_R}
EDIT_KEYS = {Qt.Key.Key_E, Qt.Key.Key_F2}


class ReviewQueue(QWidget):
    accept_requested = Signal()
    reject_requested = Signal()
    edit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = MarkedSuggestionModel(self)  # marks those registered elsewhere
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setUniformItemSizes(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setAlternatingRowColors(True)
        self.list.installEventFilter(self)
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.state)
        self.stack.addWidget(self.list)
        self.accept_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.reject_button = QPushButton(self)
        self.accept_button.clicked.connect(self.accept_requested)
        self.edit_button.clicked.connect(self.edit_requested)
        self.reject_button.clicked.connect(self.reject_requested)
        buttons = QHBoxLayout()
        for b in (self.accept_button, self.edit_button, self.reject_button):
            buttons.addWidget(b)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(mid)")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)
        self._state = "none"
        self.retranslate()

    def set_state(self, state: str) -> None:
        """none (no document), busy, ready, failed:<message>."""
        self._state = state
        self._show_state()

    def _show_state(self) -> None:
        empty = self.model.rowCount() == 0
        if self._state == "busy":
            self.state.setText(self.tr("Reading the document for commitments…"))
        elif self._state == "none":
            self.state.setText(self.tr("Open a document to review its suggestions."))
        elif self._state.startswith("failed:"):
            self.state.setText(self.tr("Suggestions could not be made: %1")
                               .replace("%1", self._state[7:]))
        else:
            self.state.setText(self.tr("No suggestions left to review in this document."))
        # while the queue is worked out again, the old one stays (and keeps the focus)
        showing = self._state == "ready" or (self._state == "busy" and not empty)
        self.stack.setCurrentWidget(self.list if showing and not empty else self.state)
        for b in (self.accept_button, self.edit_button, self.reject_button):
            b.setEnabled(showing and not empty)

    def retranslate(self) -> None:
        self.accept_button.setText(self.tr("Accept"))
        self.accept_button.setToolTip(self.tr("Accept (Enter, A; Ctrl+Enter from the editor)"))
        self.edit_button.setText(self.tr("Edit"))
        self.edit_button.setToolTip(self.tr("Correct the fields before accepting (E)"))
        self.reject_button.setText(self.tr("Reject"))
        self.reject_button.setToolTip(self.tr("Reject (Delete, R); it will not come back"))
        self.hint.setText(self.tr("Enter/A accept · E edit · Delete/R reject · ↑↓ move"))
        self._show_state()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if obj is self.list and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent) and not event.modifiers() & (
                    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            key = event.key()
            if key in ACCEPT_KEYS:
                self.accept_requested.emit()
                return True
            if key in REJECT_KEYS:
                self.reject_requested.emit()
                return True
            if key in EDIT_KEYS:
                self.edit_requested.emit()
                return True
        return super().eventFilter(obj, event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

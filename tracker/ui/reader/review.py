"""The review queue: pending suggestions in a sortable, filterable table, reviewed by
keyboard one at a time or many at once.

In the table: Enter or A accepts the selected rows, Delete or R rejects them, E (or F2)
moves into the editor to correct the fields first (Ctrl+Enter then accepts the edited
version from anywhere in the page); Shift/Ctrl+click or Shift+arrows select several;
Ctrl+Shift+A accepts every shown suggestion at or above the confidence beside the button;
Ctrl+Shift+F goes to the filter box (Ctrl+F stays find-in-text). The reason for the current suggestion is shown under the
table.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent, QModelIndex, QObject, QPersistentModelIndex,
    QSortFilterProxyModel, Qt, Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDoubleSpinBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QStackedWidget, QTableView, QVBoxLayout, QWidget,
)

from dataclasses import dataclass
from enum import Enum

from tracker.ui.actions import make_action
from tracker.ui.actions import retranslate as retranslate_actions
from tracker.domain.model import Kind
from tracker.ui.labels import kind_label
from tracker.ui.reader.links import MarkedSuggestionModel, QuotesLookup
from tracker.ui.reader.lists import SuggestionListModel

ACCEPT_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_A}
REJECT_KEYS = {Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_R}
EDIT_KEYS = {Qt.Key.Key_E, Qt.Key.Key_F2}
M = SuggestionListModel



class Phase(Enum):
    NONE = "none"    # no document open
    BUSY = "busy"    # the suggestions are being worked out
    READY = "ready"  # the queue is shown
    FAILED = "failed"


@dataclass(frozen=True)
class ReviewState:
    """What the review queue shows; a failure carries its reason."""

    phase: Phase
    reason: str = ""

    @classmethod
    def failed(cls, reason: str) -> ReviewState:
        return cls(Phase.FAILED, reason)


NO_DOCUMENT = ReviewState(Phase.NONE)
BUSY = ReviewState(Phase.BUSY)
READY = ReviewState(Phase.READY)


class ReviewFilter(QSortFilterProxyModel):
    """Words (in the quote, target, deadline or reason) and a kind."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.words = ""
        self.kind = ""
        self.setSortRole(M.SORT_ROLE)

    def set_filter(self, words: str | None = None, kind: str | None = None) -> None:
        begin = getattr(self, "beginFilterChange", None)  # Qt 6.9+
        if begin is not None:
            begin()
        if words is not None:
            self.words = words.strip().lower()
        if kind is not None:
            self.kind = kind
        if begin is not None:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802 - Qt API
        model = self.sourceModel()
        items = getattr(model, "items", [])
        if self.kind and 0 <= row < len(items) and items[row].kind != self.kind:
            return False
        if not self.words:
            return True
        text = str(model.index(row, 0, parent).data(M.SEARCH_ROLE) or "").lower()
        return all(w in text for w in self.words.split())


class ReviewQueue(QWidget):
    accept_requested = Signal()
    reject_requested = Signal()
    edit_requested = Signal()
    accept_above_requested = Signal(float)

    def __init__(self, parent: QWidget | None = None,
                 seen_elsewhere: QuotesLookup | None = None) -> None:
        """`seen_elsewhere(quotes)` finds the quotes registered in other documents (the
        ※ marker); without it nothing is marked."""
        super().__init__(parent)
        self.model = MarkedSuggestionModel(seen_elsewhere, self)
        self.proxy = ReviewFilter(self)
        self.proxy.setSourceModel(self.model)

        self.filter = QLineEdit(self)
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(lambda text: self.proxy.set_filter(words=text))
        self.kind = QComboBox(self)
        self.kind.currentIndexChanged.connect(
            lambda _i: self.proxy.set_filter(kind=self.kind.currentData() or ""))
        self.threshold = QDoubleSpinBox(self)
        self.threshold.setRange(0.0, 1.0)
        self.threshold.setSingleStep(0.05)
        self.threshold.setDecimals(2)
        self.threshold.setValue(0.9)
        self.accept_above_button = QPushButton(self)
        self.accept_above_button.clicked.connect(
            lambda: self.accept_above_requested.emit(self.threshold.value()))
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.kind)
        above = QHBoxLayout()
        above.addWidget(self.accept_above_button)
        above.addWidget(self.threshold)
        above.addStretch(1)
        self.count = QLabel(self)
        self.count.setStyleSheet("color: palette(dark)")
        above.addWidget(self.count)

        self.list = QTableView(self)
        self.list.setModel(self.proxy)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setAlternatingRowColors(True)
        self.list.setWordWrap(False)
        self.list.setSortingEnabled(True)
        self.list.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # reading order until asked
        self.list.verticalHeader().hide()
        self.list.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.list.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.list.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSectionsMovable(True)
        # the quote (logical column 0) is shown after the short columns
        header.moveSection(header.visualIndex(M.TEXT), M.WHY)
        for col in (M.KIND, M.CONFIDENCE, M.DEADLINE):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(M.TARGET, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(M.TARGET, 96)
        header.setSectionResizeMode(M.WHY, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(M.WHY, 96)
        header.setSectionResizeMode(M.TEXT, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(32)
        self.list.installEventFilter(self)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._show_why())
        self.list.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.why = QLabel(self)
        self.why.setWordWrap(True)
        self.why.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.why.setStyleSheet("color: palette(dark); padding: 2px 2px")
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
        self.hint.setStyleSheet("color: palette(dark)")

        make_action(self, "review.accept_above", self.accept_above_button.click)
        self.act_filter = make_action(self, "review.filter", lambda: (self.filter.setFocus(),
                                                                      self.filter.selectAll()))
        self.filter.returnPressed.connect(self._filter_done)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(above)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.why)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)
        self.model.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self._state = NO_DOCUMENT
        self.retranslate()

    # ------------------------------------------------------------------ rows
    def view_index(self, row: int) -> QModelIndex:
        """The table's index of the suggestion at `row` (invalid when filtered out); its
        kind cell, the first one shown, so scrolling to it never hides the short columns."""
        return self.proxy.mapFromSource(self.model.index(row, M.KIND))

    def source_row(self, index: QModelIndex) -> int:
        return self.proxy.mapToSource(index).row() if index.isValid() else -1

    def selected_rows(self) -> list[int]:
        """The selected suggestions (rows of the model), in reading order."""
        rows = {self.source_row(i) for i in self.list.selectionModel().selectedRows()}
        return sorted(r for r in rows if r >= 0)

    def shown_rows(self) -> list[int]:
        """The suggestions the filter lets through, as rows of the model."""
        return sorted(self.source_row(self.proxy.index(r, 0))
                      for r in range(self.proxy.rowCount()))

    def _filter_done(self) -> None:
        self.list.setFocus()
        if not self.list.currentIndex().isValid() and self.proxy.rowCount():
            self.list.setCurrentIndex(self.proxy.index(0, 0))

    def _show_why(self) -> None:
        row = self.source_row(self.list.currentIndex())
        items = self.model.items
        if not 0 <= row < len(items):
            self.why.clear()
            return
        reason = str(getattr(items[row], "why", "") or "")
        self.why.setText(self.tr("Why: %1").replace("%1", reason) if reason
                         else self.tr("Why: the extractor gave no reason for this one."))

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(self.tr("%1 of %2 shown").replace("%1", str(shown))
                           .replace("%2", str(total)) if shown != total
                           else self.tr("%1 suggestions").replace("%1", str(total)))
        self._show_why()

    # ------------------------------------------------------------------ state
    def set_state(self, state: ReviewState) -> None:
        self._state = state
        self._show_state()

    def _show_state(self) -> None:
        empty = self.model.rowCount() == 0
        phase = self._state.phase
        if phase is Phase.BUSY:
            self.state.setText(self.tr("Reading the document for commitments…"))
        elif phase is Phase.NONE:
            self.state.setText(self.tr("Open a document to review its suggestions."))
        elif phase is Phase.FAILED:
            self.state.setText(self.tr("Suggestions could not be made: %1")
                               .replace("%1", self._state.reason))
        else:
            self.state.setText(self.tr("No suggestions left to review in this document."))
        # while the queue is worked out again, the old one stays (and keeps the focus)
        showing = phase is Phase.READY or (phase is Phase.BUSY and not empty)
        self.stack.setCurrentWidget(self.list if showing and not empty else self.state)
        self._showing = showing and not empty
        self._update_buttons()

    def _update_buttons(self) -> None:
        on = getattr(self, "_showing", False)
        for w in (self.accept_button, self.edit_button, self.reject_button,
                  self.accept_above_button, self.threshold, self.filter, self.kind):
            w.setEnabled(on)
        n = len(self.selected_rows()) if on else 0
        self.accept_button.setText(self.tr("Accept %1").replace("%1", str(n)) if n > 1
                                   else self.tr("Accept"))
        self.reject_button.setText(self.tr("Reject %1").replace("%1", str(n)) if n > 1
                                   else self.tr("Reject"))
        self.edit_button.setEnabled(on and n <= 1)

    def retranslate(self) -> None:
        retranslate_actions(*[a for a in self.actions() if a.objectName()])
        self.accept_button.setToolTip(self.tr("Accept the selected suggestions (Enter, A; "
                                              "Ctrl+Enter from the editor)"))
        self.edit_button.setText(self.tr("Edit"))
        self.edit_button.setToolTip(self.tr("Correct the fields before accepting (E)"))
        self.reject_button.setToolTip(self.tr("Reject the selected suggestions (Delete, R); "
                                              "they will not come back"))
        self.accept_above_button.setText(self.tr("Accept all shown with confidence ≥"))
        self.accept_above_button.setToolTip(self.tr(
            "Accept every suggestion the filter shows at or above this confidence, as one "
            "step to undo (Ctrl+Shift+A)"))
        self.filter.setPlaceholderText(self.tr("Filter: words in the text, target or reason "
                                               "(Ctrl+Shift+F)"))
        current = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(self.tr("All kinds"), "")
        for k in Kind:
            self.kind.addItem(kind_label(k), k.value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(current or "")))
        self.kind.blockSignals(False)
        self.hint.setText(self.tr("Enter/A accept · E edit · Delete/R reject · Shift+↑↓ "
                                  "select several · click a column to sort"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 5)
        self._update_count()
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

"""A commitment's change history (修改记录): who changed which field when, from what to
what; filtered by person and date, exported as CSV for Excel."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tracker.services import history
from tracker.ui.widgets.date_edit import chosen_date, date_edit


def _t(text: str) -> str:
    return QCoreApplication.translate("HistoryDialog", text)


_FIELDS = {
    "title": QT_TRANSLATE_NOOP("HistoryDialog", "Title"),
    "kind": QT_TRANSLATE_NOOP("HistoryDialog", "Kind"),
    "status": QT_TRANSLATE_NOOP("HistoryDialog", "Status"),
    "notes": QT_TRANSLATE_NOOP("HistoryDialog", "Notes"),
    "themes": QT_TRANSLATE_NOOP("HistoryDialog", "Themes"),
    "responsible": QT_TRANSLATE_NOOP("HistoryDialog", "Responsible"),
    "deadline_text": QT_TRANSLATE_NOOP("HistoryDialog", "Deadline (words)"),
    "deadline_date": QT_TRANSLATE_NOOP("HistoryDialog", "Deadline"),
    "deadline_precision": QT_TRANSLATE_NOOP("HistoryDialog", "Deadline precision"),
    "metric": QT_TRANSLATE_NOOP("HistoryDialog", "Target metric"),
    "comparator": QT_TRANSLATE_NOOP("HistoryDialog", "Comparator"),
    "value": QT_TRANSLATE_NOOP("HistoryDialog", "Target value"),
    "value_high": QT_TRANSLATE_NOOP("HistoryDialog", "Target value (high)"),
    "unit": QT_TRANSLATE_NOOP("HistoryDialog", "Unit"),
    "region_code": QT_TRANSLATE_NOOP("HistoryDialog", "Region"),
    "quote": QT_TRANSLATE_NOOP("HistoryDialog", "Quote"),
    "start": QT_TRANSLATE_NOOP("HistoryDialog", "Start"),
    "end": QT_TRANSLATE_NOOP("HistoryDialog", "End"),
    "prefix": QT_TRANSLATE_NOOP("HistoryDialog", "Text before"),
    "suffix": QT_TRANSLATE_NOOP("HistoryDialog", "Text after"),
    "document_id": QT_TRANSLATE_NOOP("HistoryDialog", "Document"),
    "origin": QT_TRANSLATE_NOOP("HistoryDialog", "Origin"),
    "confidence": QT_TRANSLATE_NOOP("HistoryDialog", "Confidence"),
    "note": QT_TRANSLATE_NOOP("HistoryDialog", "Progress note"),
    "date": QT_TRANSLATE_NOOP("HistoryDialog", "Date"),
}
_WHAT = {
    "commitment": QT_TRANSLATE_NOOP("HistoryDialog", "commitment"),
    "progress_entry": QT_TRANSLATE_NOOP("HistoryDialog", "progress entry"),
    "document": QT_TRANSLATE_NOOP("HistoryDialog", "document"),
    "tag": QT_TRANSLATE_NOOP("HistoryDialog", "theme"),
    "body": QT_TRANSLATE_NOOP("HistoryDialog", "body"),
}
_VERBS = {
    "insert": QT_TRANSLATE_NOOP("HistoryDialog", "Created %1"),
    "update": QT_TRANSLATE_NOOP("HistoryDialog", "Changed %1"),
    "delete": QT_TRANSLATE_NOOP("HistoryDialog", "Deleted %1"),
}


def field_label(field: str) -> str:
    return _t(_FIELDS[field]) if field in _FIELDS else field


def action_label(action: str, table: str) -> str:
    what = _t(_WHAT[table]) if table in _WHAT else table
    verb = _t(_VERBS[action]) if action in _VERBS else action + " %1"
    return verb.replace("%1", what)


def shown_value(field: str, value: object, table: str = "commitment") -> object:
    """A logged value as a person reads it: codes as their words (状态 正常推进, not
    on_track); a created row as its one line (a progress entry's status and note, a
    commitment's title or quote), not all its columns."""
    from tracker.domain.model import Comparator, Kind, Precision, Status
    from tracker.ui.labels import comparator_label, kind_label, precision_label, status_label

    words: dict[str, tuple[Callable[[str], Any], Callable[[Any], str]]] = {
        "status": (Status, status_label), "kind": (Kind, kind_label),
             "deadline_precision": (Precision, precision_label),
             "comparator": (Comparator, comparator_label)}
    if isinstance(value, dict):  # a whole row (created or deleted)
        if table == "progress_entry":
            parts = [str(value.get("date") or ""), shown_value("status", value.get("status")),
                     value.get("note") or ""]
            return " · ".join(str(p) for p in parts if p)
        return value.get("title") or value.get("quote") or value.get("name") or ""
    if field in words and isinstance(value, str):
        kind, label = words[field]
        try:
            return label(kind(value))
        except ValueError:
            return value
    return value


def _short(value: object, n: int = 120) -> str:
    text = history.value_text(value)
    text = " ".join(text.split())
    return text if len(text) <= n else text[:n] + "…"


class HistoryDialog(QDialog):
    """The change history of one commitment (and its progress entries), newest first."""

    COLUMNS = 6  # when, who, what, field, before, after

    def __init__(self, app, commitment_id: int, label: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.commitment_id = app, commitment_id
        self.setWindowTitle(self.tr("Change history"))
        self.entries: list[history.Change] = []
        title = self.tr("Change history of commitment #%1").replace("%1", str(commitment_id))
        if label:
            label = " ".join(label.split())
            title += " · " + (label if len(label) <= 40 else label[:40] + "…")
        self.heading = QLabel(title, self)
        self.person = QComboBox(self)
        self.person.addItem(self.tr("Everyone"), None)
        for name in history.people(app, commitment_id):
            self.person.addItem(name or self.tr("(unknown)"), name)
        self.since = date_edit(self)
        self.since.setSpecialValueText(self.tr("any day"))
        self.until = date_edit(self)
        self.until.setSpecialValueText(self.tr("any day"))
        self.export_button = QPushButton(self.tr("Export CSV…"), self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Person"), self))
        bar.addWidget(self.person)
        bar.addWidget(QLabel(self.tr("From"), self))
        bar.addWidget(self.since)
        bar.addWidget(QLabel(self.tr("To"), self))
        bar.addWidget(self.until)
        bar.addStretch(1)
        bar.addWidget(self.export_button)

        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setHorizontalHeaderLabels([
            self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Field"),
            self.tr("Before"), self.tr("After")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for col in range(4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self)
        self.empty.setStyleSheet("color: #666")

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.resize(900, 480)

        self.person.currentIndexChanged.connect(lambda _i: self.reload())
        self.since.dateChanged.connect(lambda _d: self.reload())
        self.until.dateChanged.connect(lambda _d: self.reload())
        self.export_button.clicked.connect(self.export)
        self.reload()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, self.table.resizeRowsToContents)

    def set_filter(self, person: str | None = None, since=None, until=None) -> None:
        """Choose the filter (for tests and callers); None leaves a box as it is."""
        if person is not None:
            self.person.setCurrentIndex(max(0, self.person.findData(person)))
        for edit, day in ((self.since, since), (self.until, until)):
            if day is not None:
                edit.setDate(QDate(day.year, day.month, day.day))

    def reload(self) -> None:
        self.entries = list(reversed(history.changes(
            self.app, self.commitment_id, actor=self.person.currentData(),
            since=chosen_date(self.since), until=chosen_date(self.until))))
        self.table.setRowCount(len(self.entries))
        for row, e in enumerate(self.entries):
            when = e.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            before = _short(shown_value(e.field, e.before, e.table))
            after = _short(shown_value(e.field, e.after, e.table))
            cells = (when, e.actor or self.tr("(unknown)"), action_label(e.action, e.table),
                     field_label(e.field), before, after)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(history.value_text(shown_value(
                    e.field, e.after if col == 5 else e.before, e.table)) if col >= 4 else text)
                self.table.setItem(row, col, item)
        self.table.resizeRowsToContents()
        self.empty.setText("" if self.entries else self.tr("No changes match the filter."))
        self.empty.setVisible(not self.entries)

    def export(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export change history"),
                self.tr("change-history-%1.csv").replace("%1", str(self.commitment_id)),
                self.tr("CSV for Excel (*.csv)"))
        if not path:
            return
        try:
            history.export_csv(list(reversed(self.entries)), path)
        except OSError as exc:
            QMessageBox.critical(self, self.tr("Export failed"),
                                 f"{path}: {exc.strerror or exc}")

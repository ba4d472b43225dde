"""The filter row of the search page: region (with its subtree), date range, type."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from tracker.domain.model import DocType
from tracker.search import SearchFilter
from tracker.ui.labels import doc_type_label
from tracker.ui.widgets.date_edit import NO_DATE, chosen_date, date_edit


class SearchFilters(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.region = QComboBox(self)
        self.region.setMinimumContentsLength(10)
        self.region.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.date_from = date_edit(self)
        self.date_to = date_edit(self)
        self.doc_type = QComboBox(self)
        self.region_label, self.from_label, self.to_label, self.type_label = (
            QLabel(self) for _ in range(4))
        self.region_label.setBuddy(self.region)
        self.from_label.setBuddy(self.date_from)
        self.to_label.setBuddy(self.date_to)
        self.type_label.setBuddy(self.doc_type)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for label, widget in ((self.region_label, self.region), (self.from_label, self.date_from),
                              (self.to_label, self.date_to), (self.type_label, self.doc_type)):
            row.addWidget(label)
            row.addWidget(widget)
            row.addSpacing(8)
        self.clear_button = QPushButton(self)
        self.clear_button.clicked.connect(self.clear)
        row.addWidget(self.clear_button)
        row.addStretch(1)
        self.set_regions([])
        self.retranslate()
        self.region.currentIndexChanged.connect(self.changed)
        self.doc_type.currentIndexChanged.connect(self.changed)
        self.date_from.dateChanged.connect(self.changed)
        self.date_to.dateChanged.connect(self.changed)

    def set_regions(self, regions: list[tuple[str, str, int]]) -> None:
        """(code, name, depth) in tree order; keeps the current choice when still there."""
        current = self.region.currentData()
        self.region.blockSignals(True)
        self.region.clear()
        self.region.addItem(self.tr("All regions"), None)
        for code, name, depth in regions:
            self.region.addItem("\u3000" * depth + name, code)
        found = self.region.findData(current) if current else 0
        self.region.setCurrentIndex(max(found, 0))
        self.region.blockSignals(False)
        if current and found < 0:
            self.changed.emit()

    def clear(self) -> None:
        """Back to no filter at all (one `changed` signal)."""
        widgets = (self.region, self.doc_type, self.date_from, self.date_to)
        for w in widgets:
            w.blockSignals(True)
        self.region.setCurrentIndex(0)
        self.doc_type.setCurrentIndex(0)
        self.date_from.setDate(NO_DATE)
        self.date_to.setDate(NO_DATE)
        for w in widgets:
            w.blockSignals(False)
        self.changed.emit()

    def value(self) -> SearchFilter:
        kind = self.doc_type.currentData()
        return SearchFilter(self.region.currentData(), chosen_date(self.date_from),
                            chosen_date(self.date_to), DocType(kind) if kind else None)

    def retranslate(self) -> None:
        self.region_label.setText(self.tr("&Region:"))
        self.from_label.setText(self.tr("&From:"))
        self.to_label.setText(self.tr("&To:"))
        self.type_label.setText(self.tr("T&ype:"))
        self.clear_button.setText(self.tr("C&lear filters"))
        for edit in (self.date_from, self.date_to):
            edit.setSpecialValueText(self.tr("any"))
        kind = self.doc_type.currentData()
        self.doc_type.blockSignals(True)
        self.doc_type.clear()
        self.doc_type.addItem(self.tr("All types"), None)
        for t in DocType:
            self.doc_type.addItem(doc_type_label(t), t.value)
        self.doc_type.setCurrentIndex(max(self.doc_type.findData(kind), 0) if kind else 0)
        self.doc_type.blockSignals(False)
        if self.region.count():
            self.region.setItemText(0, self.tr("All regions"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

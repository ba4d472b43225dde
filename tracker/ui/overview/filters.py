"""The filter row of the overview: period (deadline year), kind, theme, responsible body.
Its value is a tracker.domain.filters.CommitmentFilter, the one the table uses too."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from tracker.domain.filters import CommitmentFilter
from tracker.domain.model import Kind
from tracker.services import drill
from tracker.ui.labels import kind_label


def _combo(parent: QWidget) -> QComboBox:
    box = QComboBox(parent)
    box.setMinimumContentsLength(8)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    return box


class OverviewFilters(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.year, self.kind, self.theme, self.body = (_combo(self) for _ in range(4))
        self.body.setMinimumContentsLength(12)
        self.labels = [QLabel(self) for _ in range(4)]
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for label, box in zip(self.labels, (self.year, self.kind, self.theme, self.body)):
            label.setBuddy(box)
            row.addWidget(label)
            row.addWidget(box)
            row.addSpacing(8)
        self.clear_button = QPushButton(self)
        self.clear_button.clicked.connect(self.clear)
        row.addWidget(self.clear_button)
        row.addStretch(1)
        self._years: list[int] = []
        self._themes: list[str] = []
        self._bodies: list[str] = []
        self.retranslate()
        for box in (self.year, self.kind, self.theme, self.body):
            box.currentIndexChanged.connect(self.changed)

    # ------------------------------------------------------------------ choices
    def set_options(self, options: drill.FilterOptions) -> None:
        """Years, themes and bodies in the register; keeps the choices still there (a
        choice that vanished is dropped, with one `changed`)."""
        self._years, self._themes, self._bodies = options.years, options.themes, options.bodies
        before = self.value()
        self._fill()
        if self.value() != before:
            self.changed.emit()

    def _fill(self) -> None:
        def refill(box: QComboBox, everything: str, items: list[tuple[str, object]]) -> None:
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(everything, None)
            for text, data in items:
                box.addItem(text, data)
            found = box.findData(current) if current is not None else 0
            box.setCurrentIndex(max(found, 0))
            box.blockSignals(False)

        refill(self.year, self.tr("All years"), [(str(y), y) for y in self._years])
        refill(self.kind, self.tr("All kinds"), [(kind_label(k), k.value) for k in Kind])
        refill(self.theme, self.tr("All themes"), [(t, t) for t in self._themes])
        refill(self.body, self.tr("All bodies"), [(b, b) for b in self._bodies])

    def clear(self) -> None:
        """Back to no filter at all (one `changed` signal)."""
        boxes = (self.year, self.kind, self.theme, self.body)
        if all(b.currentIndex() == 0 for b in boxes):
            return
        for box in boxes:
            box.blockSignals(True)
            box.setCurrentIndex(0)
            box.blockSignals(False)
        self.changed.emit()

    def select(self, *, year: int | None = None, kind: Kind | None = None,
               theme: str | None = None, body: str | None = None) -> None:
        """Choose values (tests, restoring); unknown ones leave that box as it is."""
        for box, data in ((self.year, year), (self.kind, kind.value if kind else None),
                          (self.theme, theme), (self.body, body)):
            if data is not None and box.findData(data) >= 0:
                box.setCurrentIndex(box.findData(data))

    def value(self) -> CommitmentFilter:
        kind = self.kind.currentData()
        f = CommitmentFilter(kinds=frozenset({Kind(kind)}) if kind else frozenset(),
                             theme=self.theme.currentData(), body=self.body.currentData())
        return drill.year_filter(f, self.year.currentData())

    # ------------------------------------------------------------------ language
    def retranslate(self) -> None:
        for label, text in zip(self.labels, (self.tr("&Period:"), self.tr("&Kind:"),
                                             self.tr("T&heme:"), self.tr("&Body:"))):
            label.setText(text)
        self.year.setToolTip(self.tr("The year in which the deadline falls"))
        self.clear_button.setText(self.tr("C&lear filters"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

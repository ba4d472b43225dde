"""The filter bar of the commitments table: words, region (with the regions beneath it),
status, kind, body, theme, deadline range, overdue only, due within 30 days.

``value()`` is a CommitmentFilter (the one the overview and the CLI use); ``set_value``
shows one (from the saved settings or the overview's drill-down). ``changed`` fires
once per change; typing in the words box fires after a short pause.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QMenu,
    QPushButton, QToolButton, QWidget,
)

from tracker.domain.filters import CommitmentFilter
from tracker.domain.model import Kind, Status
from tracker.services.register import DUE_SOON_DAYS, FilterChoices
from tracker.ui.labels import kind_label, status_label
from tracker.ui.widgets.date_edit import NO_DATE, chosen_date, date_edit

TYPING_PAUSE_MS = 150


class _MultiChoice(QToolButton):
    """A button with a menu of checkable choices (several statuses, several kinds)."""

    changed = Signal()

    def __init__(self, values: list, label: Callable, parent: QWidget) -> None:
        super().__init__(parent)
        self._label = label
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        # the drop-down arrow gets its own room right of the text (it overlapped it)
        self.setStyleSheet(
            "QToolButton { padding: 3px 22px 3px 8px; }"
            "QToolButton::menu-indicator { subcontrol-origin: padding;"
            " subcontrol-position: center right; right: 6px; }")
        self.menu_ = QMenu(self)
        self.setMenu(self.menu_)
        self.actions_: dict = {}
        for value in values:
            action = QAction(self.menu_)
            action.setCheckable(True)
            action.toggled.connect(self._toggled)
            self.menu_.addAction(action)
            self.actions_[value] = action
        self.all_text = ""
        self.retranslate()

    def _toggled(self) -> None:
        self._show()
        self.changed.emit()

    def chosen(self) -> frozenset:
        return frozenset(v for v, a in self.actions_.items() if a.isChecked())

    def set_chosen(self, values: frozenset) -> None:
        for value, action in self.actions_.items():
            action.blockSignals(True)
            action.setChecked(value in values)
            action.blockSignals(False)
        self._show()

    def retranslate(self) -> None:
        for value, action in self.actions_.items():
            action.setText(self._label(value))
        self._show()

    def _show(self) -> None:
        chosen = [self._label(v) for v, a in self.actions_.items() if a.isChecked()]
        self.setText("、".join(chosen) if chosen else self.all_text)


class RegisterFilters(QWidget):
    changed = Signal()

    def __init__(self, region_name: Callable[[str], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._region_name = region_name
        self._document_id: int | None = None      # kept, no widget (from a drill-down)
        # kept, shown as words only (from the reminders or a drill-down on a light)
        self._follow: dict = {}
        self.follow_label = QLabel(self)
        self.follow_label.setObjectName("followFilter")
        self.follow_label.setStyleSheet("QLabel#followFilter { color: #8a4b00; }")
        self._due_days = DUE_SOON_DAYS
        self.text = QLineEdit(self)
        self.text.setClearButtonEnabled(True)
        self.region = QComboBox(self)
        self.region.setMinimumContentsLength(8)
        self.region.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.status = _MultiChoice(list(Status), status_label, self)
        self.kind = _MultiChoice(list(Kind), kind_label, self)
        self.body = QComboBox(self)
        self.body.setMinimumContentsLength(10)
        self.body.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.theme = QComboBox(self)
        self.theme.setMinimumContentsLength(6)
        self.theme.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.date_from = date_edit(self)
        self.date_to = date_edit(self)
        self.overdue = QCheckBox(self)
        self.due_soon = QCheckBox(self)
        self.clear_button = QPushButton(self)
        self.clear_button.clicked.connect(self.clear)
        self.labels = {name: QLabel(self) for name in
                       ("region", "status", "kind", "body", "theme", "from", "to")}
        for name, widget in (("region", self.region), ("status", self.status),
                             ("kind", self.kind), ("body", self.body), ("theme", self.theme),
                             ("from", self.date_from), ("to", self.date_to)):
            self.labels[name].setBuddy(widget)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        first = QHBoxLayout()
        first.addWidget(self.text, 3)
        for name, widget in (("region", self.region), ("status", self.status),
                             ("kind", self.kind), ("body", self.body)):
            first.addSpacing(6)
            first.addWidget(self.labels[name])
            first.addWidget(widget, 1)
        second = QHBoxLayout()
        for name, widget in (("theme", self.theme), ("from", self.date_from),
                             ("to", self.date_to)):
            second.addWidget(self.labels[name])
            second.addWidget(widget)
            second.addSpacing(6)
        second.addWidget(self.overdue)
        second.addWidget(self.due_soon)
        second.addSpacing(6)
        second.addWidget(self.follow_label)
        second.addWidget(self.clear_button)
        second.addStretch(1)
        grid.addLayout(first, 0, 0)
        grid.addLayout(second, 1, 0)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(TYPING_PAUSE_MS)
        self.timer.timeout.connect(self.changed)
        self.text.textChanged.connect(lambda _t: self.timer.start())
        self.text.returnPressed.connect(self._now)
        for combo in (self.region, self.body, self.theme):
            combo.currentIndexChanged.connect(self.changed)
        self.status.changed.connect(self.changed)
        self.kind.changed.connect(self.changed)
        self.date_from.dateChanged.connect(self.changed)
        self.date_to.dateChanged.connect(self.changed)
        self.overdue.toggled.connect(self.changed)
        self.due_soon.toggled.connect(self.changed)
        self.set_choices(FilterChoices([], [], []))
        self.retranslate()

    def _now(self) -> None:
        self.timer.stop()
        self.changed.emit()

    def _widgets(self) -> tuple:
        return (self.text, self.region, self.status, self.kind, self.body, self.theme,
                self.date_from, self.date_to, self.overdue, self.due_soon)

    # ------------------------------------------------------------------ choices
    def set_choices(self, choices: FilterChoices) -> None:
        """Fill the region, body and theme lists; the current choices stay."""
        self._fill(self.region, [("\u3000" * depth + name, code)
                                 for code, name, depth in choices.regions], self._region_name)
        self._fill(self.body, [(name, name) for name in choices.bodies], str)
        self._fill(self.theme, [(name, name) for name in choices.themes], str)

    def _fill(self, combo: QComboBox, items: list[tuple[str, str]],
              name: Callable[[str], str]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("", None)
        for text, data in items:
            combo.addItem(text, data)
        if current and combo.findData(current) < 0:
            combo.addItem(name(current), current)   # keep a choice that has no rows now
        combo.setCurrentIndex(max(combo.findData(current), 0) if current else 0)
        combo.blockSignals(False)
        self._all_texts()

    def _select(self, combo: QComboBox, data: str | None, name: Callable[[str], str]) -> None:
        if data and combo.findData(data) < 0:
            combo.addItem(name(data), data)
        combo.setCurrentIndex(max(combo.findData(data), 0) if data else 0)

    # ------------------------------------------------------------------ value
    def value(self) -> CommitmentFilter:
        return CommitmentFilter(
            region_code=self.region.currentData(), statuses=self.status.chosen(),
            kinds=self.kind.chosen(), body=self.body.currentData(),
            theme=self.theme.currentData(), deadline_from=chosen_date(self.date_from),
            deadline_to=chosen_date(self.date_to), overdue_only=self.overdue.isChecked(),
            due_within_days=self._due_days if self.due_soon.isChecked() else None,
            text=self.text.text().strip() or None, document_id=self._document_id,
            **self._follow)

    def set_value(self, f: CommitmentFilter) -> None:
        """Show a filter (one ``changed`` signal). Fields the bar has no widget for
        (a document, another due-within span) are kept in ``extra``."""
        for w in self._widgets():
            w.blockSignals(True)
        self.timer.stop()
        self.text.setText(f.text or "")
        self._select(self.region, f.region_code, self._region_name)
        self.status.set_chosen(f.statuses)
        self.kind.set_chosen(f.kinds)
        self._select(self.body, f.body, str)
        self._select(self.theme, f.theme, str)
        self.date_from.setDate(QDate(f.deadline_from) if f.deadline_from else NO_DATE)
        self.date_to.setDate(QDate(f.deadline_to) if f.deadline_to else NO_DATE)
        self.overdue.setChecked(f.overdue_only)
        self.due_soon.setChecked(f.due_within_days is not None)
        self._due_days = f.due_within_days if f.due_within_days is not None else DUE_SOON_DAYS
        self._document_id = f.document_id
        self._follow = {key: value for key, value in (
            ("lights", f.lights), ("light_window", f.light_window),
            ("stale_days", f.stale_days), ("achieved_since", f.achieved_since))
            if value}
        self._due_text()
        self._follow_text()
        for w in self._widgets():
            w.blockSignals(False)
        self.changed.emit()

    def clear(self) -> None:
        self.set_value(CommitmentFilter())

    # ------------------------------------------------------------------ language
    def _all_texts(self) -> None:
        for combo, text in ((self.region, self.tr("All regions")),
                            (self.body, self.tr("All bodies")),
                            (self.theme, self.tr("All themes"))):
            if combo.count():
                combo.setItemText(0, text)

    def retranslate(self) -> None:
        self.text.setPlaceholderText(self.tr("Filter by words in the commitment, its title or "
                                             "notes (Ctrl+F)"))
        texts = {"region": self.tr("&Region:"), "status": self.tr("S&tatus:"),
                 "kind": self.tr("&Kind:"), "body": self.tr("&Body:"),
                 "theme": self.tr("T&heme:"), "from": self.tr("Deadline &from:"),
                 "to": self.tr("t&o:")}
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.status.all_text = self.tr("All statuses")
        self.kind.all_text = self.tr("All kinds")
        self.status.retranslate()
        self.kind.retranslate()
        self.overdue.setText(self.tr("O&verdue only"))
        self._due_text()
        self.clear_button.setText(self.tr("C&lear filters"))
        self._follow_text()
        for edit in (self.date_from, self.date_to):
            edit.setSpecialValueText(self.tr("any"))
        self._all_texts()

    def _follow_text(self) -> None:
        """Words for the follow-up conditions the bar has no widget for."""
        parts = []
        if self._follow.get("lights"):
            from tracker.domain.lights import LIGHT_ORDER
            from tracker.ui.widgets.lights import light_label

            chosen = self._follow["lights"]
            parts.append(self.tr("Lights: %1").replace("%1", "、".join(
                light_label(light) for light in LIGHT_ORDER if light in chosen)))
        if self._follow.get("stale_days"):
            parts.append(self.tr("No progress for %1 days")
                         .replace("%1", str(self._follow["stale_days"])))
        if self._follow.get("achieved_since"):
            parts.append(self.tr("Achieved since the last visit"))
        self.follow_label.setText("；".join(parts))
        self.follow_label.setVisible(bool(parts))

    def _due_text(self) -> None:
        self.due_soon.setText(self.tr("Due within %1 days").replace("%1", str(self._due_days)))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


"""The commitment editor: every field of one record; each edit is reported at once.

The editor never writes anything itself: it emits `edited(new, what)` with the changed
commitment, and the page turns that into an undoable command (or, for a suggestion under
review, keeps it as the draft to accept). A status change is a separate request, because
it adds a dated progress entry.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QEvent, QObject, QRegularExpression, QStringListModel, Qt, Signal
from PySide6.QtGui import QPaintDevice, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QScrollArea, QToolButton, QVBoxLayout, QWidget,
)

from tracker.domain.model import Commitment, Comparator, Deadline, Kind, Precision, Status, Target
from tracker.export.cells import parse_value as parse_cell_value
from tracker.domain.model import format_number
from tracker.ui.labels import comparator_label, kind_label, precision_label, status_label
from tracker.ui.reader.fields import BodiesEditor, TagCompleter, split_tags
from tracker.ui.reader.links import AlsoSeenLine, TwinsLookup
from tracker.ui.reader.regions import RegionPicker

UNITS = ["%", "个百分点", "微克/立方米", "万立方米/日", "分/千瓦时", "万亩", "万千瓦", "公里",
         "平方公里", "家", "个", "亿元", "万吨", "吨", "天"]


def value_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, tuple):
        return f"{format_number(float(value[0]))}–{format_number(float(value[1]))}"
    return format_number(float(value))


def _find(combo: QComboBox, value) -> int:
    """Row of an enum value in a combo whose item data are the plain values (Qt turns
    str enums into str); row 0 ("—") for None."""
    return 0 if value is None else max(0, combo.findData(value.value))


def _enum(cls, data):
    return None if data in (None, "") else cls(data)


def parse_value(text: str) -> float | tuple[float, float] | None:
    """'80' → 80.0, '5-5.5' → (5.0, 5.5), '' → None; ValueError otherwise (the ledger
    files' reading of a target value)."""
    return parse_cell_value(text) if text.strip() else None


class _MetricEdit(QLineEdit):
    """The metric box. Its attribute name on the editor, `metric`, shadows the editor's
    virtual QWidget.metric(), which PySide looks up by name (Qt calls it, e.g. when a
    disabled editor is drawn): called so, it answers as QWidget.metric of the editor."""

    def __init__(self, editor: QWidget) -> None:
        super().__init__(editor)
        self._editor = editor

    def __call__(self, m: QPaintDevice.PaintDeviceMetric) -> int:
        return QWidget.metric(self._editor, m)


class CommitmentEditor(QWidget):
    edited = Signal(object, str)        # new Commitment, what changed (undo text)
    status_requested = Signal(object)   # Status
    history_requested = Signal(int)     # commitment id: show its 修改记录

    def __init__(self, gazetteer, deadline_from_words=None, parent: QWidget | None = None,
                 twins: TwinsLookup | None = None) -> None:
        """`twins(commitment, is_draft)` finds the same commitment in other documents
        (the 也见于 line); without it the line stays hidden."""
        super().__init__(parent)
        self.gazetteer = gazetteer
        self.deadline_from_words = deadline_from_words
        self.value: Commitment | None = None
        self.draft = False
        self.document_region: str | None = None
        self._loading = False

        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.quote = QLabel(self)
        self.quote.setWordWrap(True)
        self.quote.setTextFormat(Qt.TextFormat.PlainText)
        self.quote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.quote.setFrameShape(QFrame.Shape.StyledPanel)
        self.quote.setMargin(6)
        self.also = AlsoSeenLine(twins, self)  # 也见于：《文件》(状态)

        self.kind = QComboBox(self)
        for k in Kind:
            self.kind.addItem("", k.value)
        self.deadline_text = QLineEdit(self)
        self.deadline_date = QLineEdit(self)
        self.deadline_date.setValidator(QRegularExpressionValidator(
            QRegularExpression(r"^(\d{4}-\d{2}-\d{2})?$"), self))
        self.deadline_date.setMaximumWidth(130)
        self.precision = QComboBox(self)
        self.precision.addItem("—", None)
        for p in Precision:
            self.precision.addItem("", p.value)
        deadline_row = QHBoxLayout()
        deadline_row.addWidget(self.deadline_date)
        deadline_row.addWidget(self.precision)
        deadline_row.addStretch(1)

        self.metric = _MetricEdit(self)
        self.comparator = QComboBox(self)
        self.comparator.addItem("—", None)
        for c in Comparator:
            self.comparator.addItem("", c.value)
        self.comparator.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.target_value = QLineEdit(self)
        self.target_value.setMinimumWidth(70)
        self.unit = QComboBox(self)
        self.unit.setEditable(True)
        self.unit.addItems([""] + UNITS)
        self.unit.setMinimumWidth(100)
        target_row = QHBoxLayout()
        target_row.addWidget(self.comparator)
        target_row.addWidget(self.target_value, 1)
        target_row.addWidget(self.unit, 1)

        self.bodies = BodiesEditor(self)
        self.region = QPushButton(self)
        self.region_reset = QToolButton(self)
        self.region_reset.setText("↺")
        region_row = QHBoxLayout()
        region_row.addWidget(self.region, 1)
        region_row.addWidget(self.region_reset)
        self.tags = QLineEdit(self)
        self.tag_names = QStringListModel(self)
        completer = TagCompleter(self.tag_names, self.tags)
        completer.setWidget(self.tags)
        self.tags.setCompleter(completer)
        self.status = QComboBox(self)
        for s in Status:
            self.status.addItem("", s.value)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(70)
        self.notes.installEventFilter(self)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #c0392b")
        self.error.setWordWrap(True)
        self.error.hide()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels: dict[str, QLabel] = {}

        def row(key: str, field, buddy: QWidget) -> None:
            label = QLabel(self)
            self.labels[key] = label
            label.setBuddy(buddy)
            form.addRow(label, field)

        row("kind", self.kind, self.kind)
        row("deadline_text", self.deadline_text, self.deadline_text)
        row("deadline_date", deadline_row, self.deadline_date)
        row("metric", self.metric, self.metric)
        row("target", target_row, self.comparator)
        row("bodies", self.bodies, self.bodies.add_button)
        row("region", region_row, self.region)
        row("tags", self.tags, self.tags)
        row("status", self.status, self.status)
        row("notes", self.notes, self.notes)

        self.history = QToolButton(self)  # 修改记录… (who changed what)
        self.history.clicked.connect(
            lambda: self.value is not None and self.value.id is not None and not self.draft
            and self.history_requested.emit(self.value.id))
        self.who = QLabel(self)  # 创建人 · 最后修改
        self.who.setStyleSheet("color: #666")
        self.who.setTextFormat(Qt.TextFormat.PlainText)
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.heading, 1)
        heading_row.addWidget(self.history)
        self.read_only = False

        inner = QWidget(self)
        box = QVBoxLayout(inner)
        box.addLayout(heading_row)
        box.addWidget(self.who)
        box.addWidget(self.quote)
        box.addWidget(self.also)
        box.addLayout(form)
        box.addWidget(self.error)
        box.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll = scroll
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(scroll, 1)

        self.kind.activated.connect(lambda _i: self._commit(self.tr("Edit kind")))
        self.deadline_text.editingFinished.connect(self._deadline_words_edited)
        self.deadline_date.editingFinished.connect(lambda: self._commit(self.tr("Edit deadline")))
        self.precision.activated.connect(lambda _i: self._commit(self.tr("Edit deadline")))
        self.metric.editingFinished.connect(lambda: self._commit(self.tr("Edit target")))
        self.comparator.activated.connect(lambda _i: self._commit(self.tr("Edit target")))
        self.target_value.editingFinished.connect(lambda: self._commit(self.tr("Edit target")))
        self.unit.lineEdit().editingFinished.connect(lambda: self._commit(self.tr("Edit target")))
        self.unit.activated.connect(lambda _i: self._commit(self.tr("Edit target")))
        self.bodies.changed.connect(lambda: self._commit(self.tr("Edit responsible bodies")))
        self.region.clicked.connect(self.pick_region)
        self.region_reset.clicked.connect(self._reset_region)
        self.tags.editingFinished.connect(lambda: self._commit(self.tr("Edit tags")))
        self.status.activated.connect(self._status_chosen)
        self.retranslate()
        self.show_commitment(None)

    # ------------------------------------------------------------------ showing
    def set_known(self, bodies: list[str], tags: list[str]) -> None:
        self.bodies.set_known(bodies)
        self.tag_names.setStringList(tags)

    def show_commitment(self, c: Commitment | None, draft: bool = False,
                        document_region: str | None = None) -> None:
        """Show a record (or, with draft=True, a suggestion being reviewed); None: empty."""
        self._loading = True
        try:
            self.value, self.draft = c, draft
            self.document_region = document_region
            self.empty.setVisible(c is None)
            self.scroll.setVisible(c is not None)
            self.error.hide()
            self.also.show_for(c, draft)
            if c is None:
                return
            self._heading()
            self.quote.setText(c.quote)
            self.kind.setCurrentIndex(self.kind.findData(c.kind.value))
            d = c.deadline
            self.deadline_text.setText(d.text if d else "")
            self.deadline_date.setText(d.date.isoformat() if d and d.date else "")
            self.precision.setCurrentIndex(_find(self.precision, d.precision if d else None))
            t = c.target
            self.metric.setText(t.metric or "" if t else "")
            self.comparator.setCurrentIndex(_find(self.comparator, t.comparator if t else None))
            self.target_value.setText(value_text(t.value) if t else "")
            self.unit.setCurrentText(t.unit or "" if t else "")
            self.bodies.set_bodies(list(c.responsible))
            self._region_text()
            self.tags.setText("、".join(c.themes))
            self.status.setCurrentIndex(self.status.findData(c.status.value))
            self.status.setEnabled(not draft)
            self.notes.setPlainText(c.notes)
        finally:
            self._loading = False

    def _heading(self) -> None:
        c = self.value
        if c is None:
            return
        if self.draft:
            text = self.tr("Suggestion (confidence %1) — edit, then accept")\
                .replace("%1", f"{(c.confidence or 0):.0%}")
        elif c.origin.value == "suggested":
            text = self.tr("Commitment #%1 · accepted suggestion").replace("%1", str(c.id))
        else:
            text = self.tr("Commitment #%1").replace("%1", str(c.id))
        self.heading.setText(text)
        self.history.setVisible(not self.draft and c.id is not None)
        who = ""
        if not self.draft and (c.created_by or c.updated_by):
            who = self.tr("Created by %1 · last changed by %2").replace(
                "%1", c.created_by or self.tr("(unknown)")).replace(
                "%2", c.updated_by or self.tr("(unknown)"))
        self.who.setText(who)
        self.who.setVisible(bool(who))

    def set_read_only(self, on: bool) -> None:
        """Show the fields without letting them change (a read-only member)."""
        self.read_only = on
        for w in (self.kind, self.deadline_text, self.deadline_date, self.precision,
                  self.metric, self.comparator, self.target_value, self.unit, self.bodies,
                  self.region, self.region_reset, self.tags, self.status):
            w.setEnabled(not on)
        self.notes.setReadOnly(on)

    def _region_text(self) -> None:
        code = self.value.region_code if self.value else None
        self.region.setText(self.gazetteer.display_name(code) if code
                            else self.tr("(no region) — choose…"))
        self.region_reset.setEnabled(not self.read_only and bool(self.document_region)
                                     and code != self.document_region)

    # ------------------------------------------------------------------ collecting
    def collect(self) -> Commitment:
        """The record as the fields now say; ValueError names the field that is wrong."""
        assert self.value is not None
        words = self.deadline_text.text().strip()
        iso = self.deadline_date.text().strip()
        try:
            day = date.fromisoformat(iso) if iso else None
        except ValueError:
            raise ValueError(self.tr("The deadline date %1 is not a date (YYYY-MM-DD).")
                             .replace("%1", iso)) from None
        precision = _enum(Precision, self.precision.currentData())
        deadline = Deadline(words, day, precision) if (words or day or precision) else None
        metric = self.metric.text().strip() or None
        comparator = _enum(Comparator, self.comparator.currentData())
        try:
            value = parse_value(self.target_value.text())
        except ValueError:
            raise ValueError(self.tr("The target value “%1” is not a number or a range such "
                                     "as 5–5.5.").replace("%1", self.target_value.text())) from None
        unit = self.unit.currentText().strip() or None
        target = Target(metric, comparator, value, unit) \
            if (metric or comparator or value is not None or unit) else None
        return replace(self.value, kind=Kind(self.kind.currentData()), deadline=deadline,
                       target=target, responsible=self.bodies.bodies(),
                       themes=split_tags(self.tags.text()),
                       notes=self.notes.toPlainText().strip())

    def _commit(self, what: str) -> None:
        if self._loading or self.value is None or self.read_only:
            return
        try:
            new = self.collect()
        except ValueError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.error.hide()
        if new != self.value:
            self.value = new
            self.edited.emit(new, what)

    def _deadline_words_edited(self) -> None:
        """New time words: when they state a date, fill in the date and its precision."""
        if self._loading or self.value is None:
            return
        words = self.deadline_text.text().strip()
        old = self.value.deadline
        if self.deadline_from_words and words and (old is None or old.text != words):
            found = self.deadline_from_words(self.value.document_id, words)
            if found is not None and found.date is not None:
                self.deadline_date.setText(found.date.isoformat())
                self.precision.setCurrentIndex(_find(self.precision, found.precision))
        self._commit(self.tr("Edit deadline"))

    def pick_region(self) -> None:
        if self.value is None:
            return
        dialog = RegionPicker(self.gazetteer, self.value.region_code or self.document_region, self)
        if dialog.exec() and dialog.chosen():
            self.set_region(dialog.chosen())

    def set_region(self, code: str | None) -> None:
        if self.value is None or code == self.value.region_code:
            return
        new = replace(self.collect(), region_code=code)
        self.value = new
        self._region_text()
        self.edited.emit(new, self.tr("Edit region"))

    def _reset_region(self) -> None:
        self.set_region(self.document_region)

    def _status_chosen(self, _index: int) -> None:
        if self._loading or self.value is None:
            return
        status = Status(self.status.currentData())
        if status != self.value.status:
            self.status_requested.emit(status)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if obj is self.notes and event.type() == QEvent.Type.FocusOut:
            self._commit(self.tr("Edit notes"))
        return super().eventFilter(obj, event)

    # ------------------------------------------------------------------ language
    def retranslate(self) -> None:
        names = {
            "kind": self.tr("&Kind"), "deadline_text": self.tr("Deadline &words"),
            "deadline_date": self.tr("Due &date"), "metric": self.tr("&Metric"),
            "target": self.tr("&Target"), "bodies": self.tr("Res&ponsible"),
            "region": self.tr("&Region"), "tags": self.tr("T&ags"),
            "status": self.tr("&Status"), "notes": self.tr("&Notes"),
        }
        for key, text in names.items():
            self.labels[key].setText(text)
        for i in range(self.kind.count()):
            self.kind.setItemText(i, kind_label(Kind(self.kind.itemData(i))))
        for i in range(1, self.precision.count()):
            self.precision.setItemText(i, precision_label(Precision(self.precision.itemData(i))))
        for i in range(1, self.comparator.count()):
            self.comparator.setItemText(
                i, comparator_label(Comparator(self.comparator.itemData(i))))
        for i in range(self.status.count()):
            self.status.setItemText(i, status_label(Status(self.status.itemData(i))))
        self.deadline_text.setPlaceholderText(self.tr("as written, e.g. 2025年底前"))
        self.deadline_date.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.metric.setPlaceholderText(self.tr("e.g. 优良水体比例"))
        self.target_value.setPlaceholderText(self.tr("80 or 5–5.5"))
        self.tags.setPlaceholderText(self.tr("themes, separated by 、"))
        self.region_reset.setToolTip(self.tr("Back to the document's region"))
        self.history.setText(self.tr("Change history…"))
        self.history.setToolTip(self.tr("Who changed this commitment, when, and what"))
        self.empty.setText(self.tr("Select a highlight or a commitment in the list, or select "
                                   "text and press Ctrl+T to tag a new commitment."))
        self.bodies.retranslate()
        self.also.retranslate()
        self._heading()
        self._region_text()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

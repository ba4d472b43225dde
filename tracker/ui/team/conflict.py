"""The dialog for a save over someone else's newer change: both versions side by side,
the differing fields marked; keep mine, keep theirs, or edit. Nothing is overwritten
without the user choosing it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.model import Commitment
from tracker.services.commitments import ConflictError
from tracker.services.operations import EditCommitment, Operation
from tracker.ui.context import UiContext
from tracker.ui.labels import comparator_label, kind_label, status_label

# the reader's "edit": my values (at their version) put in the editor over theirs
ConflictEdit = Callable[[Commitment, Commitment], None]

MINE, THEIRS, EDIT = "mine", "theirs", "edit"
FIELD_NAMES = (
    QT_TRANSLATE_NOOP("ConflictDialog", "Title"), QT_TRANSLATE_NOOP("ConflictDialog", "Kind"),
    QT_TRANSLATE_NOOP("ConflictDialog", "Deadline"),
    QT_TRANSLATE_NOOP("ConflictDialog", "Target"),
    QT_TRANSLATE_NOOP("ConflictDialog", "Responsible"),
    QT_TRANSLATE_NOOP("ConflictDialog", "Region"),
    QT_TRANSLATE_NOOP("ConflictDialog", "Status"),
    QT_TRANSLATE_NOOP("ConflictDialog", "Themes"),
    QT_TRANSLATE_NOOP("ConflictDialog", "Notes"),
    QT_TRANSLATE_NOOP("ConflictDialog", "Quote"),
)
_DIFF = QColor("#fff4ce")


def _value_text(value) -> str:
    if isinstance(value, tuple):
        return "–".join(_value_text(v) for v in value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value)


def commitment_fields(c: Commitment | None, region_name=lambda code: code or "") \
        -> list[tuple[str, str]]:
    """(field label, value as text) of the fields a person edits, in the editor's order."""
    if c is None:
        return []
    d, t = c.deadline, c.target
    target = ""
    if t is not None:
        target = " ".join(x for x in (t.metric or "", comparator_label(t.comparator)
                                       if t.comparator else "", _value_text(t.value),
                                       t.unit or "") if x)
    deadline = ""
    if d is not None:
        deadline = " ".join(x for x in (d.date.isoformat() if d.date else "", d.text) if x)
    values = (c.title or "", kind_label(c.kind), deadline, target,
              "；".join(b.name for b in c.responsible),
              region_name(c.region_code) if c.region_code else "", status_label(c.status),
              "；".join(c.themes), c.notes, c.quote)
    return [(QCoreApplication.translate("ConflictDialog", name), value)
            for name, value in zip(FIELD_NAMES, values)]


class ConflictDialog(QDialog):
    """`choice` after exec(): MINE, THEIRS or EDIT (THEIRS when closed)."""

    def __init__(self, mine: Commitment, theirs: Commitment | None, region_name=None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Someone else changed this commitment"))
        self.mine, self.theirs = mine, theirs
        self.choice = THEIRS
        names = region_name or (lambda code: code or "")
        who = (theirs.updated_by if theirs else "") or self.tr("someone else")
        when = ""
        if theirs is not None and theirs.updated_at is not None:
            when = theirs.updated_at.astimezone().strftime("%Y-%m-%d %H:%M")
        label = (mine.title or mine.quote).strip()
        label = label if len(label) <= 30 else label[:30] + "…"
        if theirs is None:
            text = self.tr("“%1” was deleted by someone else after you opened it. Your "
                           "change was not saved.").replace("%1", label)
        else:
            text = (self.tr("“%1” was changed by %2 (%3) after you opened it. Your change "
                            "was not saved. Compare the two versions and choose which to "
                            "keep; the other stays in the change history.")
                    .replace("%1", label).replace("%2", who).replace("%3", when))
        self.message = QLabel(text, self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)

        rows_mine = commitment_fields(mine, names)
        rows_theirs = dict(commitment_fields(theirs, names))
        self.table = QTableWidget(len(rows_mine), 3, self)
        self.table.setHorizontalHeaderLabels([
            self.tr("Field"), self.tr("My version"),
            self.tr("Their version (%1)").replace("%1", who)])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.differing: list[str] = []
        bold = QFont(self.font())
        bold.setBold(True)
        for row, (name, value) in enumerate(rows_mine):
            other = rows_theirs.get(name, "")
            cells = [QTableWidgetItem(name), QTableWidgetItem(value), QTableWidgetItem(other)]
            if theirs is not None and value != other:
                self.differing.append(name)
                for cell in cells:
                    cell.setBackground(QBrush(_DIFF))
                cells[0].setFont(bold)
            for col, cell in enumerate(cells):
                self.table.setItem(row, col, cell)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()

        buttons = QDialogButtonBox(self)
        self.keep_mine = QPushButton(self.tr("Keep mine"), self)
        self.keep_theirs = QPushButton(self.tr("Keep theirs"), self)
        self.edit = QPushButton(self.tr("Edit…"), self)
        self.keep_mine.setToolTip(self.tr("Save my version over theirs"))
        self.keep_theirs.setToolTip(self.tr("Drop my change and show their version"))
        self.edit.setToolTip(self.tr("Start from their version with my values filled in, "
                                     "and change what is needed"))
        for button, choice in ((self.keep_mine, MINE), (self.keep_theirs, THEIRS),
                               (self.edit, EDIT)):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.clicked.connect(lambda _=False, c=choice: self._choose(c))
        if theirs is None:  # deleted: mine can only come back as a new save elsewhere
            self.keep_mine.setEnabled(False)
            self.edit.setEnabled(False)
        self.keep_theirs.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(820, 520)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Row heights once the columns have their widths (before, the wrapped text of
        narrow columns made rows several lines tall)."""
        super().showEvent(event)
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, self.table.resizeRowsToContents)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()


def resolve(parent: QWidget | None, ui: UiContext, exc: ConflictError,
            edit: ConflictEdit | None = None) -> str:
    """Ask how to settle a ConflictError on a commitment and do it: keep mine (an undoable
    save at their version, through the one operation path), keep theirs (nothing to
    write), or edit (`edit(mine at their version, theirs)` puts my values into the editor
    on top of theirs). Returns the choice."""
    from tracker.ui import operations

    gaz = ui.services.gazetteer
    dialog = ConflictDialog(exc.mine, exc.theirs, gaz.display_name, parent)
    if edit is None:   # no editor to put my values in (an undo or a redo of the Edit menu)
        dialog.edit.setEnabled(False)
    dialog.exec()
    choice = dialog.choice
    if not isinstance(exc.theirs, Commitment) or not isinstance(exc.mine, Commitment):
        return THEIRS   # deleted meanwhile: nothing to keep mine over
    if choice == MINE:
        mine = replace(exc.mine, version=exc.theirs.version)
        what = QCoreApplication.translate("ConflictDialog", "Keep my version")
        op = exc.retry if isinstance(exc.retry, Operation) else EditCommitment(exc.theirs, mine)
        operations.run(ui, op, what, parent=parent)
    elif choice == EDIT and edit is not None:
        edit(replace(exc.mine, version=exc.theirs.version), exc.theirs)
    return choice

"""Follow-up work in the commitments table (issue 17): the breakdown dialog (责任分解), the
progress-round dialog (进度填报: write the per-body files, read the returned ones, confirm
what will change).

Thin glue over tracker.services.breakdown and tracker.services.rounds; the changes go the
one operation path (services.operations AddTasks / ApplyRound through ui.operations.run).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDateEdit, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from tracker.domain.model import Status
from tracker.export import LedgerFileError
from tracker.services import rounds
from tracker.services.operations import ApplyRound
from tracker.services.breakdown import TaskSpec
from tracker.ui.context import UiContext
from tracker.ui.labels import status_label
from tracker.ui import operations

CLOSING_KEY = "followup/closing_needs_evidence"   # 销号 asks for evidence (default on)
ROUND_FOLDER_KEY = "followup/round_folder"
PROBLEM_GROUND = QColor("#fde2e1")


def closing_needs_evidence(ui: UiContext) -> bool:
    value = ui.settings.value(CLOSING_KEY, True)
    return value not in (False, "false", "0", 0)


def say_in_ui(template: str, **values: object) -> str:
    """A template of tracker.domain.messages in the interface language."""
    try:
        return QCoreApplication.translate("Library", template).format(**values)
    except (KeyError, IndexError, ValueError):
        return template.format(**values)


def _day(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


# ---------------------------------------------------------------------- breakdown dialog

class BreakdownDialog(QDialog):
    """Tasks for one commitment: wording, lead body, deadline — one row each."""

    ROWS = 6

    def __init__(self, label: str, bodies: list[str],
                 apply: Callable[[list[TaskSpec]], str | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._apply = apply
        self.setWindowTitle(self.tr("Break down into tasks"))
        heading = QLabel(self.tr("Split “%1” into tasks, one per body or step. Its status "
                                 "then follows its tasks.").replace("%1", label[:80]), self)
        heading.setWordWrap(True)
        self.table = QTableWidget(self.ROWS, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Task"), self.tr("Lead body"),
                                              self.tr("Deadline (YYYY-MM-DD)")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(1, 160)
        self.table.setColumnWidth(2, 150)
        self.bodies = bodies
        self.more = QPushButton(self.tr("&More rows"), self)
        self.more.clicked.connect(lambda: self.table.setRowCount(self.table.rowCount() + 4))
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b3261e")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.more, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(720, 360)

    def set_row(self, row: int, task: str, lead: str = "", deadline: str = "") -> None:
        for col, text in enumerate((task, lead, deadline)):
            self.table.setItem(row, col, QTableWidgetItem(text))

    def specs(self) -> list[TaskSpec]:
        out = []
        for r in range(self.table.rowCount()):
            cells = [(self.table.item(r, c).text().strip() if self.table.item(r, c) else "")
                     for c in range(3)]
            if not any(cells):
                continue
            if not cells[0]:
                raise ValueError(self.tr("Row %1: write what the task is.")
                                 .replace("%1", str(r + 1)))
            day = None
            if cells[2]:
                try:
                    day = date.fromisoformat(cells[2])
                except ValueError:
                    raise ValueError(self.tr("Row %1: “%2” is not a date (YYYY-MM-DD).")
                                     .replace("%1", str(r + 1)).replace("%2", cells[2])) \
                        from None
            out.append(TaskSpec(cells[0], cells[1] or None, day))
        if not out:
            raise ValueError(self.tr("Write at least one task."))
        return out

    def accept(self) -> None:
        try:
            specs = self.specs()
        except ValueError as exc:
            problem: str | None = str(exc)
        else:
            problem = self._apply(specs)
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        super().accept()


# ---------------------------------------------------------------------- round dialog

class RoundDialog(QDialog):
    """进度填报: write one workbook per lead body; read the returned workbooks and show,
    before anything is written, each entry they make and each problem (file and row)."""

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.get_folder = QFileDialog.getExistingDirectory    # replaceable in tests
        self.get_files = QFileDialog.getOpenFileNames
        self.plan: rounds.RoundPlan | None = None
        self.setWindowTitle(self.tr("Progress round"))

        send = QGroupBox(self.tr("1. Send out: one workbook per lead body"), self)
        self.day = QDateEdit(QDate(ui.services.today()), send)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.folder = QLineEdit(str(ui.settings.value(ROUND_FOLDER_KEY, "") or ""), send)
        browse = QPushButton(self.tr("&Browse…"), send)
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.write_button = QPushButton(self.tr("&Write the workbooks"), send)
        self.write_button.clicked.connect(self.write_files)
        self.written = QLabel(send)
        self.written.setWordWrap(True)
        form = QFormLayout(send)
        form.addRow(self.tr("Round &date:"), self.day)
        form.addRow(self.tr("&Folder:"), folder_row)
        form.addRow(self.write_button, self.written)

        back = QGroupBox(self.tr("2. Bring back: the returned workbooks"), self)
        self.read_button = QPushButton(self.tr("&Choose returned files…"), back)
        self.read_button.clicked.connect(self._choose_files)
        self.summary = QLabel(back)
        self.summary.setWordWrap(True)
        self.entries = QTableWidget(0, 5, back)
        self.entries.setHorizontalHeaderLabels([
            self.tr("Body, row"), self.tr("Commitment"), self.tr("Status"), self.tr("Date"),
            self.tr("Progress")])
        header = self.entries.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 230), (2, 180), (3, 90)):
            self.entries.setColumnWidth(col, width)
        self.entries.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.entries.verticalHeader().hide()
        self.problems = QListWidget(back)
        self.problems.setWordWrap(True)
        box = QVBoxLayout(back)
        top = QHBoxLayout()
        top.addWidget(self.read_button)
        top.addWidget(self.summary, 1)
        box.addLayout(top)
        box.addWidget(self.entries, 3)
        box.addWidget(QLabel(self.tr("Problems (these rows are not imported):"), back))
        box.addWidget(self.problems, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.skip_button = self.buttons.addButton(
            self.tr("Import, &leaving out the rows with problems"),
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.clicked.connect(lambda: self.import_plan(False))
        self.skip_button.clicked.connect(lambda: self.import_plan(True))
        self.buttons.rejected.connect(self.reject)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b3261e")
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(send)
        layout.addWidget(back, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._show_plan()
        self.resize(900, 640)

    # -- writing
    def _browse(self) -> None:
        folder = self.get_folder(self, self.tr("Folder for the workbooks"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def write_files(self) -> None:
        folder = self.folder.text().strip()
        if not folder:
            self._browse()
            folder = self.folder.text().strip()
            if not folder:
                return
        try:
            done = rounds.write(self.ui.services, Path(folder), _day(self.day))
        except (LedgerFileError, OSError) as exc:
            self.written.setText(str(exc))
            return
        self.ui.settings.setValue(ROUND_FOLDER_KEY, folder)
        text = self.tr("%1 workbooks written (%2 commitments) in %3").replace(
            "%1", str(len(done.files))).replace(
            "%2", str(sum(f.rows for f in done.files))).replace("%3", folder)
        if done.without_body:
            text += "\n" + self.tr("%1 open commitments have no responsible body and are in "
                                   "no workbook.").replace("%1", str(done.without_body))
        self.written.setText(text)

    # -- reading
    def _choose_files(self) -> None:
        files, _ = self.get_files(self, self.tr("Returned workbooks"), self.folder.text(),
                                  self.tr("Workbooks (*.xlsx)"))
        if files:
            self.read_files([Path(f) for f in files])

    def read_files(self, files: list[Path]) -> None:
        self.plan = rounds.read(self.ui.services, files,
                                require_evidence=closing_needs_evidence(self.ui))
        self._show_plan()

    def _show_plan(self) -> None:
        plan = self.plan
        entries = plan.entries if plan else ()
        self.entries.setRowCount(len(entries))
        for r, e in enumerate(entries):
            change = (f"{status_label(e.old)} → {status_label(e.new)}" if e.old != e.new
                      else status_label(e.new))
            cells = (self.tr("%1, row %2").replace("%1", e.body).replace(
                "%2", str(e.row)), e.label, change, e.day.isoformat(),
                     e.note.replace("\n", " · "))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(e.file.name if c == 0 else text)
                if c == 2 and e.new is Status.ACHIEVED and e.old != e.new:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.entries.setItem(r, c, item)
        self.problems.clear()
        for p in plan.problems if plan else ():
            item = QListWidgetItem(p.text(say_in_ui))
            item.setBackground(QBrush(PROBLEM_GROUND))
            self.problems.addItem(item)
        if plan is None:
            self.summary.setText(self.tr("Nothing read yet."))
        else:
            self.summary.setText(self.tr(
                "%1 files: %2 progress entries (%3 status changes), %4 rows left empty, "
                "%5 problems").replace("%1", str(len(plan.files)))
                .replace("%2", str(len(plan.entries)))
                .replace("%3", str(plan.status_changes))
                .replace("%4", str(plan.blank_rows)).replace("%5", str(len(plan.problems))))
        has_entries = bool(entries)
        problems = bool(plan and plan.problems)
        self.import_button.setEnabled(has_entries and not problems)
        self.skip_button.setEnabled(has_entries and problems)

    def import_plan(self, skip_problems: bool) -> None:
        if self.plan is None or not self.plan.entries:
            return
        failure: list[str] = []
        op = ApplyRound(self.plan, skip_problems)
        text = QCoreApplication.translate("Followup", "import progress round (%1 entries)")
        made = operations.run(self.ui, op, text.replace("%1", str(len(self.plan.entries))),
                              parent=self, explain=failure.append)
        if not made or op.applied is None:
            self.error.setText(failure[0] if failure else self.tr("Nothing was imported."))
            self.error.show()
            return
        self.accept()

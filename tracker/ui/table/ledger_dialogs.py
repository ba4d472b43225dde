"""Export and ledger-import dialogs of the commitments table.

Export: CSV (UTF-8 with BOM or GB18030; the columns shown, or all for a lossless round
trip) or XLSX (the 台账 layout), of the rows shown or selected, written off the GUI
thread through a temporary file. Import: a preview of the file with a column mapping the
user can change; every change re-checks the whole file (nothing written) and lists rows
with errors; Import is possible only when no row has an error, and can be undone.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import (
    QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidget, QRadioButton, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from tracker.export import COLUMNS, ColumnMapping, LedgerFileError, LedgerTable, guess_mapping
from tracker.export.columns import cell_text
from tracker.services import ledger
from tracker.services.ledger import ImportResult
from tracker.services.operations import ImportLedger
from tracker.ui.i18n import saved_language
from tracker.ui import operations
from tracker.ui.table.commands import import_text
from tracker.ui.table.reasons import translate_reason

if TYPE_CHECKING:
    from tracker.ui.table.page import TablePage

PREVIEW_ROWS = 8
TAIL_ROWS = 4          # the last rows too: totals and notes stand there
ERROR_GROUND = QColor("#fde2e1")
LEDGER_FILTER = "%1 (*.xlsx *.csv *.tsv *.txt);;%2 (*)"  # names in the interface language


def interface_lang(page: TablePage) -> str:
    return "en" if saved_language(page.ui.settings) == "en" else "zh"


def _radio_row(parent: QWidget, choices: list[tuple[str, str]]) -> tuple[QHBoxLayout,
                                                                          QButtonGroup]:
    row, group = QHBoxLayout(), QButtonGroup(parent)
    for n, (key, text) in enumerate(choices):
        radio = QRadioButton(text, parent)
        radio.setProperty("key", key)
        radio.setChecked(n == 0)
        group.addButton(radio)
        row.addWidget(radio)
    row.addStretch(1)
    return row, group


def _chosen(group: QButtonGroup) -> str:
    return group.checkedButton().property("key")


def _choose(group: QButtonGroup, key: str) -> None:
    for button in group.buttons():
        if button.property("key") == key:
            button.setChecked(True)


class ExportDialog(QDialog):
    def __init__(self, page: TablePage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.get_save_file = QFileDialog.getSaveFileName   # replaceable in tests
        self.setWindowTitle(self.tr("Export commitments"))
        shown, selected = page.shown_count(), len(page.selected_ids())
        fmt_row, self.format = _radio_row(self, [
            ("xlsx", self.tr("Excel work ledger (.xlsx)")), ("csv", self.tr("CSV (.csv)"))])
        rows_row, self.rows = _radio_row(self, [
            ("shown", self.tr("The %1 rows shown").replace("%1", str(shown))),
            ("selected", self.tr("The %1 selected rows").replace("%1", str(selected)))])
        self.rows.buttons()[1].setEnabled(selected > 0)
        if selected > 1:
            _choose(self.rows, "selected")
        cols_row, self.columns = _radio_row(self, [
            ("shown", self.tr("Columns shown")),
            ("all", self.tr("All columns (imports back without loss)"))])
        enc_row, self.encoding = _radio_row(self, [
            ("utf-8-sig", self.tr("UTF-8 with BOM (Excel)")), ("gb18030", "GB18030")])
        self.title = QLineEdit(self)
        self.title.setText(self.tr("Commitment ledger %1").replace("%1", date.today().isoformat()))
        form = QFormLayout()
        form.addRow(self.tr("Format:"), fmt_row)
        form.addRow(self.tr("Rows:"), rows_row)
        self.columns_label = QLabel(self.tr("CSV columns:"), self)
        form.addRow(self.columns_label, cols_row)
        self.encoding_label = QLabel(self.tr("CSV encoding:"), self)
        form.addRow(self.encoding_label, enc_row)
        self.title_label = QLabel(self.tr("&Title row:"), self)
        self.title_label.setBuddy(self.title)
        form.addRow(self.title_label, self.title)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.format.buttonToggled.connect(lambda *_: self._format_changed())
        self._format_changed()

    def _format_changed(self) -> None:
        csv = _chosen(self.format) == "csv"
        for w in self.columns.buttons() + self.encoding.buttons() + [self.columns_label,
                                                                     self.encoding_label]:
            w.setEnabled(csv)
        self.title.setEnabled(not csv)
        self.title_label.setEnabled(not csv)

    def accept(self) -> None:
        fmt = _chosen(self.format)
        suffix = "." + fmt
        path, _ = self.get_save_file(self, self.tr("Export commitments"),
                                     self.title.text().strip() + suffix,
                                     f"{fmt.upper()} (*{suffix})")
        if not path:
            return
        if not path.lower().endswith(suffix):
            path += suffix
        page = self.page
        rows = ({"ids": page.selected_ids()} if _chosen(self.rows) == "selected"
                else page.shown_rows())
        columns = None
        if fmt == "csv" and _chosen(self.columns) == "shown":
            columns = page.shown_columns()
        kwargs = dict(**rows, columns=columns, lang=interface_lang(page),
                      encoding=_chosen(self.encoding), title=self.title.text().strip() or None)
        super().accept()
        page.count.setText(self.tr("Writing %1…").replace("%1", Path(path).name))
        page.ui.tasks.start(ledger.export_ledger, page.services, Path(path), fmt,
                            on_done=lambda n: self._done(n, path),
                            on_error=lambda exc, _tb: self._failed(exc, path), **kwargs)

    def _done(self, count: int, path: str) -> None:
        self.page._update_count()
        self.page.count.setText(self.page.count.text() + "  ·  " + self.tr(
            "%1 rows written to %2").replace("%1", str(count)).replace("%2", path))
        self.page.last_export = (count, path)

    def _failed(self, exc: BaseException, path: str) -> None:
        self.page._update_count()
        self.page.message(self.tr("Export failed"), self.tr("%1 could not be written:\n%2")
                          .replace("%1", path).replace("%2", translate_reason(str(exc))),
                          error=True)


def start_import(page: TablePage) -> None:
    """Choose a ledger file, read it, and open the mapping preview."""
    getter = getattr(page, "get_open_ledger", QFileDialog.getOpenFileName)
    path, _ = getter(page, QCoreApplication.translate("ImportDialog", "Import a ledger"), "",
                     LEDGER_FILTER
                     .replace("%1", QCoreApplication.translate("ImportDialog", "Ledgers"))
                     .replace("%2", QCoreApplication.translate("ImportDialog", "All files")))
    if not path:
        return
    title = QCoreApplication.translate("ImportDialog", "Cannot read the ledger")
    try:
        table = ledger.read_table(Path(path))
    except (LedgerFileError, OSError) as exc:
        page.message(title, translate_reason(str(exc)), error=True)
        return
    if not table.headers:
        page.message(title, QCoreApplication.translate("ImportDialog", "%1 has no rows.")
                     .replace("%1", path), error=True)
        return
    page.import_dialog = ImportDialog(page, table, page)
    page.import_dialog.open()


class ImportDialog(QDialog):
    def __init__(self, page: TablePage, table: LedgerTable,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page, self.table = page, table
        self.lang = interface_lang(page)
        self.result: ImportResult | None = None
        self.setWindowTitle(self.tr("Import a ledger: %1").replace("%1", table.source.name))
        self.intro = QLabel(self.tr(
            "Check which column holds what. Our own exports are matched by UUID and update "
            "the commitments they came from; other rows become new commitments. Nothing is "
            "written while any row has an error."), self)
        self.intro.setWordWrap(True)
        width = max(len(table.headers), max((len(r) for r in table.rows), default=0))
        n_rows = len(table.rows)
        # the first rows, and the last few (where totals and notes stand)
        self.shown = list(range(min(PREVIEW_ROWS, n_rows))) + list(
            range(max(PREVIEW_ROWS, n_rows - TAIL_ROWS), n_rows))
        self.preview = QTableWidget(1 + len(self.shown), width, self)
        self.preview.setHorizontalHeaderLabels(
            [str(table.headers[n]) if n < len(table.headers) else "" for n in range(width)])
        self._row_labels = [str(table.first_row + n) for n in self.shown]
        self.preview.setVerticalHeaderLabels([self.tr("Column")] + self._row_labels)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.preview.horizontalHeader().setDefaultSectionSize(130)
        guessed = guess_mapping(table.headers)
        column_of = {index: key for key, index in guessed.by_key.items()}
        self.combos: list[QComboBox] = []
        for n in range(width):
            combo = QComboBox(self.preview)
            combo.addItem(self.tr("(ignore)"), None)
            for key, column in COLUMNS.items():
                if column.parse is not None:
                    combo.addItem(column.header(self.lang), key)
            combo.setCurrentIndex(max(combo.findData(column_of.get(n)), 0))
            combo.currentIndexChanged.connect(self.check)
            self.preview.setCellWidget(0, n, combo)
            self.combos.append(combo)
        for r, n in enumerate(self.shown, start=1):
            for c in range(width):
                cells = table.rows[n]
                item = QTableWidgetItem((cell_text(cells[c]) if c < len(cells) else None) or "")
                self.preview.setItem(r, c, item)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.errors = QListWidget(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.preview, 2)
        layout.addWidget(self.summary)
        layout.addWidget(self.errors, 1)
        layout.addWidget(self.buttons)
        self.resize(1000, 620)
        self.check()

    def mapping(self) -> ColumnMapping:
        by_key: dict[str, int] = {}
        for n, combo in enumerate(self.combos):
            key = combo.currentData()
            if key and key not in by_key:
                by_key[key] = n
        return ColumnMapping(by_key)

    def check(self) -> None:
        """Run the whole import without writing; show the counts or the row errors."""
        result = ledger.import_ledger(self.page.services, self.table.source, self.mapping(),
                                      table=self.table, dry_run=True)
        self.errors.clear()
        self._mark_rows(result)
        for e in result.errors:
            where = self.tr("Row %1").replace("%1", str(e.row_number))
            if e.column:
                where += self.tr(", column “%1”").replace("%1", e.column)
            self.errors.addItem(f"{where}：{translate_reason(e.reason)}")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(result.ok and result.rows > 0)
        self.errors.setVisible(not result.ok)
        skipped = ""
        if result.skipped:
            skipped = " " + self.tr("Skipped (not commitments): %1.").replace("%1", "、".join(
                self.tr("row %1 (%2)").replace("%1", str(sk.row_number))
                .replace("%2", self._kind_label(sk.kind)) for sk in result.skipped[:8]))
        if result.ok:
            self.summary.setText(self.tr(
                "%1 rows: %2 new, %3 updated, %4 unchanged, %5 progress entries.")
                .replace("%1", str(result.rows)).replace("%2", str(len(result.created)))
                .replace("%3", str(len(result.updated))).replace("%4", str(result.unchanged))
                .replace("%5", str(len(result.progress))) + skipped)
        else:
            self.summary.setText(self.tr(
                "%1 rows have errors; nothing will be imported until they are corrected in "
                "the file or the columns are mapped differently.")
                .replace("%1", str(len({e.row_number for e in result.errors}))) + skipped)

    def _kind_label(self, kind: str) -> str:
        return {"total": self.tr("total"), "note": self.tr("note"),
                "instructions": self.tr("instructions"),
                "signature": self.tr("signature")}.get(kind, kind)

    def _mark_rows(self, result: ImportResult) -> None:
        """Error rows on a red ground, skipped rows grey and labelled (跳过：合计)."""
        errors: dict[int, list[str]] = {}
        for e in result.errors:
            errors.setdefault(e.row_number, []).append(translate_reason(e.reason))
        skipped = {sk.row_number: sk for sk in result.skipped}
        grey = self.palette().color(QPalette.ColorRole.PlaceholderText)
        for r, n in enumerate(self.shown, start=1):
            number = self.table.first_row + n
            label = self._row_labels[r - 1]
            tip = ""
            if number in skipped:
                label = self.tr("%1 skipped").replace("%1", str(number))
                tip = self.tr("Skipped: a %1 row, not a commitment").replace(
                    "%1", self._kind_label(skipped[number].kind))
            elif number in errors:
                label = f"⚠ {number}"
                tip = "\n".join(errors[number])
            head = QTableWidgetItem(label)
            head.setToolTip(tip)
            self.preview.setVerticalHeaderItem(r, head)
            for c in range(self.preview.columnCount()):
                item = self.preview.item(r, c)
                if item is None:
                    continue
                item.setToolTip(tip)
                font = item.font()
                font.setItalic(number in skipped)
                item.setFont(font)
                item.setBackground(QBrush(ERROR_GROUND) if number in errors else QBrush())
                item.setForeground(QBrush(grey) if number in skipped else QBrush())

    def accept(self) -> None:
        op = ImportLedger(self.table.source, self.mapping(), self.table)
        if not operations.run(self.page.ui, op, import_text(self.table.source), parent=self):
            return
        assert op.result is not None
        if not op.result.ok:
            self.check()
            return
        self.result = op.result
        super().accept()

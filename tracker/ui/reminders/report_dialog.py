"""The periodic report (通报) dialog: a region, a period (month, quarter or year), a file;
the DOCX is written off the GUI thread (tracker.services.report), with a PDF beside it
when LibreOffice is installed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from tracker.services import register, report
from tracker.ui.context import UiContext

MONTH, QUARTER, YEAR = "month", "quarter", "year"
FOLDER_KEY = "follow/report_folder"


class ReportDialog(QDialog):
    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.services = ui.services
        self.result_text = ""
        self.written: report.ReportWritten | None = None
        # replaceable in tests: (parent, caption, path, filter) -> (file, selected filter)
        self.get_save_file = QFileDialog.getSaveFileName
        self.setWindowTitle(self.tr("Periodic report (通报)"))
        today = self.services.today()

        self.region = QComboBox(self)
        self.region.addItem(self.tr("All regions"), None)
        for code, name, depth in register.filter_choices(self.services).regions:
            self.region.addItem("\u3000" * depth + name, code)
        self.kind = QComboBox(self)
        for key, text in ((QUARTER, self.tr("Quarter")), (MONTH, self.tr("Month")),
                          (YEAR, self.tr("Year"))):
            self.kind.addItem(text, key)
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.number = QSpinBox(self)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.number.setValue((today.month - 1) // 3 + 1)
        period_row = QHBoxLayout()
        period_row.addWidget(self.kind)
        period_row.addWidget(self.year)
        period_row.addWidget(self.number)
        period_row.addStretch(1)
        self.pdf = QCheckBox(self.tr("Also as PDF (with LibreOffice)"), self)
        if report.soffice() is None:
            self.pdf.setEnabled(False)
            self.pdf.setToolTip(self.tr("LibreOffice (soffice) is not installed on this "
                                        "computer"))
        else:
            self.pdf.setChecked(True)
        self.note = QLabel(self.tr(
            "Written in the usual layout: title, 一、总体情况 with the counts and the status "
            "chart, 二、逾期未完成事项 by lead body, 三、临近到期事项, 四、本期办结事项, and the "
            "full list as an annex."), self)
        self.note.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)

        form = QFormLayout(self)
        form.addRow(self.tr("&Region:"), self.region)
        form.addRow(self.tr("&Period:"), period_row)
        form.addRow(self.pdf)
        form.addRow(self.note)
        form.addRow(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Close, self)
        self.buttons.accepted.connect(self.choose_and_write)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.resize(560, self.sizeHint().height())

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.number.setVisible(kind != YEAR)
        self.number.setRange(1, 12 if kind == MONTH else 4)
        self.number.setPrefix(self.tr("Q") if kind == QUARTER else "")

    def period_text(self) -> str:
        kind, y, n = self.kind.currentData(), self.year.value(), self.number.value()
        return {YEAR: f"{y}", QUARTER: f"{y}Q{n}", MONTH: f"{y}-{n:02d}"}[kind]

    def suggested_name(self) -> str:
        period = report.Period.parse(self.period_text())
        region = self.region.currentText().strip() or self.tr("All regions")
        return f"{region}通报（{period.label}）.docx"

    def choose_and_write(self) -> None:
        folder = str(self.ui.settings.value(FOLDER_KEY) or Path.home())
        path, _f = self.get_save_file(self, self.tr("Save the report"),
                                      str(Path(folder) / self.suggested_name()),
                                      self.tr("Word document (*.docx)"))
        if not path:
            return
        if not path.lower().endswith(".docx"):
            path += ".docx"
        self.ui.settings.setValue(FOLDER_KEY, str(Path(path).parent))
        self.write(Path(path))

    def write(self, path: Path) -> None:
        period = report.Period.parse(self.period_text())
        region, pdf = self.region.currentData(), self.pdf.isChecked()
        self.buttons.setEnabled(False)
        self.message.setText(self.tr("Writing the report…"))
        self.ui.tasks.start(report.write_report, self.services, path, region, period, pdf,
                            on_done=self._done, on_error=self._failed)

    def _done(self, written: report.ReportWritten) -> None:
        self.written = written
        self.buttons.setEnabled(True)
        text = self.tr("The report was written to %1 (%2 commitments).") \
            .replace("%1", str(written.docx)).replace("%2", str(written.commitments))
        if written.pdf is not None:
            text += "\n" + self.tr("PDF: %1").replace("%1", str(written.pdf))
        elif self.pdf.isChecked() and written.pdf_skipped:
            text += "\n" + self.tr("No PDF: %1").replace("%1", written.pdf_skipped)
        self.result_text = text
        self.message.setText(text)

    def _failed(self, exc: BaseException, _trace: str) -> None:
        self.buttons.setEnabled(True)
        self.result_text = self.tr("The report could not be written: %1").replace("%1", str(exc))
        self.message.setText(self.result_text)


__all__ = ["ReportDialog"]

"""Importing files from the window: a progress dialog over a background task."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from tracker.services import importing
from tracker.services.changes import ChangeKind, Changes, Delta
from tracker.ui.context import UiContext
from tracker.ui.table.reasons import translate_reason
from tracker.ui.tasks import TaskContext


class ImportController(QObject):
    """Runs an import off the GUI thread, shows progress, and reports the outcome."""

    finished = Signal(object)  # the ImportReport

    def __init__(self, ui: UiContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ui = ui
        self.parent_widget = parent
        self.dialog: QProgressDialog | None = None
        self.quiet = False  # tests and the self-test switch the summary box off
        self.last_error: str | None = None

    def import_paths(self, paths: Sequence[Path]) -> None:
        self._run(importing.import_paths, self.ui.services, list(paths))

    def import_samples(self) -> None:
        """The demo library: the sample documents with a register built on them."""
        from tracker.services import demo

        self._run(demo.load_demo, self.ui.services)

    def _run(self, fn, *args) -> None:
        dialog = QProgressDialog(self.tr("Importing…"), self.tr("Cancel"), 0, 0,
                                 self.parent_widget)
        dialog.setWindowTitle(self.tr("Import"))
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        self.dialog = dialog

        def work(context: TaskContext):
            return fn(*args, progress=lambda n, total, path: context.report(n, total, path.name),
                      cancelled=context.cancelled)

        def progress(n: int, total: int, name: str) -> None:
            dialog.setMaximum(total)
            dialog.setValue(n - 1)
            dialog.setLabelText(self.tr("Importing %1 of %2: %3").replace("%1", str(n))
                                .replace("%2", str(total)).replace("%3", name))

        task = self.ui.tasks.start(work, with_context=True, on_done=self._done,
                                   on_error=self._failed, on_progress=progress)
        dialog.canceled.connect(task.cancel)

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    def _done(self, result) -> None:
        self._close_dialog()
        demo = getattr(result, "imported", None) if not isinstance(
            result, importing.ImportReport) else None
        report = demo if demo is not None else result
        if demo is not None:   # documents and their commitments: any view may be out of date
            self.ui.events.changed.emit(Changes.reload(ChangeKind.DOCUMENT_IMPORT))
        else:
            self.ui.events.changed.emit(Changes(ChangeKind.DOCUMENT_IMPORT, documents=Delta.of(
                created=[d.id for d in report.imported])))
        self.finished.emit(report)
        if self.quiet:
            return
        lines = [self.tr("%1 imported, %2 duplicates skipped, %3 errors.")
                 .replace("%1", str(len(report.imported)))
                 .replace("%2", str(len(report.duplicates)))
                 .replace("%3", str(len(report.errors)))]
        if demo is not None:
            lines.append(self.tr("Demo register: %1 commitments with deadlines, themes and "
                                 "%2 dated progress entries (invented for the demonstration, "
                                 "marked 【演示数据】).")
                         .replace("%1", str(len(result.commitments)))
                         .replace("%2", str(result.progress_entries)))
        lines += [f"• {Path(p).name}: {translate_reason(r)}" for p, r in report.errors[:20]]
        lines += [self.tr("• %1: same text as “%2”").replace("%1", Path(p).name).replace("%2", t)
                  for p, t in report.duplicates[:10]]
        box = QMessageBox.warning if report.errors else QMessageBox.information
        box(self.parent_widget, self.tr("Import finished"), "\n".join(lines))

    def _failed(self, exc: BaseException, trace: str) -> None:
        """The import stopped (the library cannot take more writes): say why in plain
        words, and show what was imported before it stopped."""
        from tracker.services.errors import plain_message

        self._close_dialog()
        self.ui.events.changed.emit(Changes.reload(ChangeKind.DOCUMENT_IMPORT))
        self.last_error = plain_message(exc, self.ui.services.db.where)
        if not self.quiet:
            QMessageBox.critical(self.parent_widget, self.tr("Import failed"),
                                 translate_reason(self.last_error))

"""Correcting and removing documents from the library: the details dialog and the question
asked before a removal; the changes are operations run through tracker.ui.operations."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QComboBox, QCompleter, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QMessageBox, QPushButton, QVBoxLayout, QWidget,
)

from tracker.domain.model import DocType, Document, Script
from tracker.services import library
from tracker.services.operations import EditDocument, RemoveDocument
from tracker.ui import operations
from tracker.ui.context import UiContext
from tracker.ui.labels import doc_type_label


class DocumentDialog(QDialog):
    """Title, date, type, issuer, region and script of one document."""

    def __init__(self, doc: Document, regions: list[tuple[str, str]],
                 resolve_region: Callable[[str], str | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self._resolve_region = resolve_region
        self._names = dict(regions)
        self.setWindowTitle(self.tr("Document details"))
        self.setMinimumWidth(560)
        self.title = QLineEdit(doc.title, self)
        self.date = QLineEdit(doc.doc_date.isoformat() if doc.doc_date else "", self)
        self.date.setPlaceholderText(self.tr("YYYY-MM-DD (empty: no date)"))
        self.type = QComboBox(self)
        for t in DocType:
            self.type.addItem(doc_type_label(t), t.value)
        self.type.setCurrentIndex(self.type.findData(doc.doc_type.value))
        self.issuer = QLineEdit(doc.issuer or "", self)
        self.region = QLineEdit(self._names.get(doc.region_code or "", doc.region_code or ""), self)
        self.region.setPlaceholderText(self.tr("A province, city or county (empty: none)"))
        completer = QCompleter([name for _, name in regions], self.region)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.region.setCompleter(completer)
        self.script = QComboBox(self)
        self.script.addItem(self.tr("Simplified Chinese"), Script.SIMPLIFIED.value)
        self.script.addItem(self.tr("Traditional Chinese"), Script.TRADITIONAL.value)
        self.script.setCurrentIndex(self.script.findData(doc.script.value))
        self.source = QLabel(doc.source_path or "—", self)
        self.source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.source.setWordWrap(True)
        self.source.setStyleSheet("color: palette(dark)")
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b3261e")
        self.error.setWordWrap(True)
        self.error.hide()
        self.note = QLabel(self.tr("Deadlines written relative to the date (三年内, 年底前) "
                                   "move with it; undo with Ctrl+Z."), self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555")

        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Date"), self.date)
        form.addRow(self.tr("T&ype"), self.type)
        form.addRow(self.tr("&Issuer"), self.issuer)
        form.addRow(self.tr("&Region"), self.region)
        form.addRow(self.tr("&Script"), self.script)
        form.addRow(self.tr("Source file"), self.source)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.note)
        box.addWidget(self.error)
        box.addWidget(self.buttons)
        self.changes: dict = {}

    def _read(self) -> dict:
        """The fields as service arguments; ValueError naming the field at fault."""
        title = self.title.text().strip()
        if not title:
            raise ValueError(self.tr("The title cannot be empty."))
        text = self.date.text().strip()
        try:
            when = date.fromisoformat(text) if text else None
        except ValueError:
            raise ValueError(self.tr("“%1” is not a date: write it as 2026-02-10.")
                             .replace("%1", text)) from None
        try:
            region = self._resolve_region(self.region.text())
        except ValueError:
            raise ValueError(self.tr("“%1” is not a known region.")
                             .replace("%1", self.region.text().strip())) from None
        return {"title": title, "doc_date": when, "doc_type": DocType(self.type.currentData()),
                "issuer": self.issuer.text().strip() or None, "region_code": region,
                "script": Script(self.script.currentData())}

    def accept(self) -> None:
        try:
            values = self._read()
        except ValueError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        current = {"title": self.doc.title, "doc_date": self.doc.doc_date,
                   "doc_type": self.doc.doc_type, "issuer": self.doc.issuer,
                   "region_code": self.doc.region_code, "script": self.doc.script}
        self.changes = {k: v for k, v in values.items() if current[k] != v}
        super().accept()


def _short(text: str, n: int = 16) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[:n] + "…"


class DocumentActions(QObject):
    """Edit and remove from the library: dialogs, questions, undo commands.

    The questions are attributes so tests can answer them: `ask_rerun(parent) -> bool`
    and `ask_removal(parent, impact) -> "keep" | "remove" | None` (None: cancel).
    """

    def __init__(self, ui: UiContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ui = ui
        self.parent_widget = parent
        self.ask_rerun: Callable[[QWidget], bool] = ask_rerun
        self.ask_removal: Callable[[QWidget, library.RemovalImpact], str | None] = ask_removal
        self.exec_dialog: Callable[[QDialog], int] = lambda d: d.exec()

    def _error(self, exc: BaseException) -> None:
        title = QCoreApplication.translate("DocumentDetails", "Document")
        QMessageBox.warning(self.parent_widget, title, str(exc))

    def edit(self, doc_id: int) -> bool:
        try:
            doc = library.get_document(self.ui.services, doc_id)
        except LookupError as exc:
            self._error(exc)
            return False
        dialog = DocumentDialog(
            doc, library.region_choices(self.ui.services),
            lambda text: library.resolve_region(self.ui.services, text), self.parent_widget)
        if self.exec_dialog(dialog) != QDialog.DialogCode.Accepted or not dialog.changes:
            return False
        return self.apply(doc_id, dialog.changes, doc.title)

    def apply(self, doc_id: int, changes: dict, title: str = "") -> bool:
        """Push the edit; a new date first asks whether to re-read deadlines and re-run the
        suggestions against it."""
        rerun = "doc_date" in changes and self.ask_rerun(self.parent_widget)
        text = QCoreApplication.translate("DocumentDetails", "Edit “%1”").replace(
            "%1", _short(title or str(doc_id)))
        made = operations.run(self.ui, EditDocument(doc_id, changes, rerun), text,
                              parent=self.parent_widget)
        if rerun and made:
            self.ui.events.suggestions_stale.emit(doc_id)
        return made

    def remove(self, doc_id: int) -> bool:
        try:
            impact = library.removal_impact(self.ui.services, doc_id)
        except LookupError as exc:
            self._error(exc)
            return False
        mode = self.ask_removal(self.parent_widget, impact)
        if mode is None:
            return False
        text = QCoreApplication.translate("DocumentDetails", "Remove “%1”").replace(
            "%1", _short(impact.title))
        return operations.run(self.ui, RemoveDocument(doc_id, mode), text,
                              parent=self.parent_widget)


def ask_rerun(parent: QWidget) -> bool:
    title = QCoreApplication.translate("DocumentDetails", "The date changed")
    text = QCoreApplication.translate(
        "DocumentDetails",
        "Re-run the suggestions with the new date? Deadlines written relative to it "
        "(三年内, 年底前) in the suggestions and the registered commitments are read again; "
        "deadlines you set by hand stay.")
    answer = QMessageBox.question(
        parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes)
    return answer == QMessageBox.StandardButton.Yes


def ask_removal(parent: QWidget, impact: library.RemovalImpact) -> str | None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("DocumentDetails", "Remove document"))
    destructive = QMessageBox.ButtonRole.DestructiveRole
    if not impact.commitments:
        text = QCoreApplication.translate(
            "DocumentDetails", "Remove “%1” from the library? Undo with Ctrl+Z.")
        box.setText(text.replace("%1", impact.title))
        remove = box.addButton(QCoreApplication.translate("DocumentDetails", "Remove"),
                               destructive)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return library.KEEP if box.clickedButton() is remove else None
    text = QCoreApplication.translate(
        "DocumentDetails",
        "“%1” has %2 registered commitments with %3 progress entries. What should "
        "happen to them?")
    box.setText(text.replace("%1", impact.title).replace("%2", str(impact.commitments))
                .replace("%3", str(impact.progress_entries)))
    box.setInformativeText(QCoreApplication.translate(
        "DocumentDetails",
        "Kept commitments stay in the register with their progress, no "
        "longer linked to a text. Undo with Ctrl+Z."))
    keep: QPushButton = box.addButton(
        QCoreApplication.translate("DocumentDetails", "Keep the commitments"),
        QMessageBox.ButtonRole.AcceptRole)
    remove = box.addButton(QCoreApplication.translate("DocumentDetails", "Remove them too"),
                           destructive)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(keep)
    box.exec()
    clicked = box.clickedButton()
    return library.KEEP if clicked is keep else library.REMOVE if clicked is remove else None

"""The status-change dialog: new status, date, note, and evidence (a link, a file copied
into the library, or words in another document). Used for one row or several."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QRadioButton, QVBoxLayout,
    QWidget,
)

from tracker.domain.model import EvidenceKind, Status
from tracker.ui.labels import status_label


@dataclass(frozen=True)
class StatusRequest:
    status: Status
    day: date
    note: str
    evidence: EvidenceKind = EvidenceKind.NONE
    link: str = ""
    file: str = ""
    document_id: int | None = None
    words: str = ""


class StatusDialog(QDialog):
    """``apply(request)`` makes the change and returns an error message, or None."""

    def __init__(self, count: int, current: Status | None, today: date,
                 documents: list[tuple[int, str]], apply: Callable[[StatusRequest], str | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._apply = apply
        self.get_open_file = QFileDialog.getOpenFileName   # replaceable in tests
        self.setWindowTitle(self.tr("Change status"))
        self.heading = QLabel(self)
        self.heading.setText(self.tr("New status of %1 commitments").replace("%1", str(count))
                             if count > 1 else self.tr("New status of the commitment"))
        self.status = QComboBox(self)
        for s in Status:
            self.status.addItem(status_label(s), s.value)
        if current is not None:
            following = {Status.NOT_STARTED: Status.ON_TRACK}.get(current, current)
            self.status.setCurrentIndex(self.status.findData(following.value))
        self.day = QDateEdit(QDate(today), self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.note = QPlainTextEdit(self)
        self.note.setPlaceholderText(self.tr("What happened, who reported it (needed when "
                                             "marking missed or re-opening)"))
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(90)

        self.kinds = QButtonGroup(self)
        self.radios: dict[EvidenceKind, QRadioButton] = {}
        radio_row = QHBoxLayout()
        for kind, text in ((EvidenceKind.NONE, self.tr("None")),
                           (EvidenceKind.LINK, self.tr("Link")),
                           (EvidenceKind.FILE, self.tr("File")),
                           (EvidenceKind.SPAN, self.tr("Words in a document"))):
            radio = QRadioButton(text, self)
            self.kinds.addButton(radio)
            self.radios[kind] = radio
            radio_row.addWidget(radio)
        radio_row.addStretch(1)
        self.radios[EvidenceKind.NONE].setChecked(True)
        self.link = QLineEdit(self)
        self.link.setPlaceholderText("https://…")
        self.file = QLineEdit(self)
        self.file.setPlaceholderText(self.tr("A file to copy into the library"))
        self.browse = QPushButton(self.tr("&Browse…"), self)
        self.browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(self.browse)
        self.document = QComboBox(self)
        for doc_id, title in documents:
            self.document.addItem(title, doc_id)
        self.words = QLineEdit(self)
        self.words.setPlaceholderText(self.tr("Words quoted from that document"))
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b3261e")
        self.error.setWordWrap(True)
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(self.tr("&Date:"), self.day)
        form.addRow(self.tr("&Note:"), self.note)
        form.addRow(self.tr("Evidence:"), radio_row)
        self.link_label = QLabel(self.tr("&Link:"), self)
        self.link_label.setBuddy(self.link)
        form.addRow(self.link_label, self.link)
        self.file_label = QLabel(self.tr("F&ile:"), self)
        self.file_label.setBuddy(self.file)
        form.addRow(self.file_label, file_row)
        self.document_label = QLabel(self.tr("D&ocument:"), self)
        self.document_label.setBuddy(self.document)
        form.addRow(self.document_label, self.document)
        self.words_label = QLabel(self.tr("&Words:"), self)
        self.words_label.setBuddy(self.words)
        form.addRow(self.words_label, self.words)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.kinds.buttonToggled.connect(lambda *_: self._show_evidence())
        self._show_evidence()
        self.resize(560, self.sizeHint().height())

    def _evidence_kind(self) -> EvidenceKind:
        return next(k for k, r in self.radios.items() if r.isChecked())

    def _show_evidence(self) -> None:
        kind = self._evidence_kind()
        for widgets, shown in (((self.link_label, self.link), kind is EvidenceKind.LINK),
                               ((self.file_label, self.file, self.browse),
                                kind is EvidenceKind.FILE),
                               ((self.document_label, self.document, self.words_label,
                                 self.words), kind is EvidenceKind.SPAN)):
            for w in widgets:
                w.setVisible(shown)

    def _browse(self) -> None:
        path, _ = self.get_open_file(self, self.tr("Evidence file"))
        if path:
            self.file.setText(path)
            self.radios[EvidenceKind.FILE].setChecked(True)

    def request(self) -> StatusRequest:
        d = self.day.date()
        return StatusRequest(
            Status(self.status.currentData()), date(d.year(), d.month(), d.day()),
            self.note.toPlainText().strip(), self._evidence_kind(), self.link.text().strip(),
            self.file.text().strip(), self.document.currentData(), self.words.text().strip())

    def accept(self) -> None:
        problem = self._apply(self.request())
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        super().accept()

"""Undo commands of the table: each is a pair of service calls (git-cola's do/undo).

The change itself is made before the command is pushed (so a refused change never
reaches the undo stack); the first ``redo()`` that QUndoStack.push calls does nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from tracker.services import commitments, ledger
from tracker.services.commitments import StatusChange
from tracker.services.context import AppContext
from tracker.services.ledger import ImportResult
from tracker.ui.labels import status_label

Changed = Callable[[list[int]], None]


class StatusCommand(QUndoCommand):
    def __init__(self, app: AppContext, changes: Sequence[StatusChange], changed: Changed) -> None:
        super().__init__()
        self.app, self.changes, self.changed = app, list(changes), changed
        self._first = True
        status = status_label(self.changes[0].entry.status) if self.changes else ""
        if all(ch.old == ch.entry.status for ch in self.changes):
            self.setText(QCoreApplication.translate("TableCommands", "record progress"))
        elif len(self.changes) == 1:
            self.setText(QCoreApplication.translate("TableCommands", "set status to “%1”")
                         .replace("%1", status))
        else:
            self.setText(QCoreApplication.translate(
                "TableCommands", "set status of %1 commitments to “%2”")
                         .replace("%1", str(len(self.changes))).replace("%2", status))

    def ids(self) -> list[int]:
        return [ch.commitment_id for ch in self.changes]

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        commitments.redo_status(self.app, self.changes)
        self.changed(self.ids())

    def undo(self) -> None:
        commitments.undo_status(self.app, self.changes)
        self.changed(self.ids())


class ImportCommand(QUndoCommand):
    def __init__(self, app: AppContext, result: ImportResult, changed: Changed) -> None:
        super().__init__()
        self.app, self.result, self.changed = app, result, changed
        self._first = True
        self.setText(QCoreApplication.translate("TableCommands", "import ledger %1")
                     .replace("%1", result.source.name))

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        ledger.redo_import(self.app, self.result)
        self.changed([])

    def undo(self) -> None:
        ledger.undo_import(self.app, self.result)
        self.changed([])

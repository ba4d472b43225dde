"""The one path of every change made in the window.

    view ─ run(ui, op, text) ─▶ op.do(ctx) ─▶ services ─▶ storage
                                    │ Changes
                 ui.undo.push(OperationCommand)  ─▶  ui.events.changed(Changes) ─▶ views

A view builds an operation (tracker.services.operations: a pair of service calls, do and
undo) and hands it to `run` with the text the Edit menu shows ("Undo Tag “…”"). `run`

- makes the change: on this thread, or off it (the task runner) for an operation marked
  `slow`;
- on success pushes ONE kind of undo command, `OperationCommand` (nothing is pushed when
  the change changed nothing), and emits ONE event, `Events.changed`, carrying the
  `Changes`; each view filters it for what it shows. Undo and redo emit the same event;
- on failure says so through ONE function, `report_failure` (a plain, translated message;
  the place where a dialog for a typed error, e.g. a conflict on a shared server, plugs in).

Undo and redo run on the GUI thread (QUndoStack calls them there); a failing undo or redo
is reported the same way and its command made obsolete (the stack drops it). Over someone
else's newer change of a commitment that is the conflict dialog, as for a save, opened just
after the stack has dropped the command (its "keep mine" is a command of its own).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QMessageBox, QWidget

from tracker.domain.model import Commitment
from tracker.services.changes import ChangeKind, Changes, Delta
from tracker.services.commitments import ConflictError
from tracker.services.context import AppContext
from tracker.services.errors import plain_message
from tracker.services.operations import Operation
from tracker.ui.context import UiContext
from tracker.ui.table.reasons import translate_reason

# the reader's "edit" choice of the conflict dialog: my values over theirs in its editor
ConflictEdit = Callable[[Commitment, Commitment], None]
# where a caller shows a failure itself (a line in its own dialog, the reader's bar)
Explain = Callable[[str], None]
Done = Callable[[Changes], None]
# the name of a change in the Edit menu: a text, or worked out once the change is made
# (the table's "set status of 3 commitments to …" counts those that changed)
Text = str | Callable[[], str]


class OperationCommand(QUndoCommand):
    """The one kind of undo command: an operation that `run` has already done once. The
    first redo() (the one QUndoStack.push makes) does nothing; later ones do it again."""

    def __init__(self, ui: UiContext, op: Operation, text: str,
                 parent: QWidget | None = None, explain: Explain | None = None) -> None:
        super().__init__(text)
        self.ui, self.op = ui, op
        self.parent_widget, self.explain = parent, explain
        self._pushed = True

    def redo(self) -> None:
        if self._pushed:
            self._pushed = False
            return
        self._step(self.op.do)

    def undo(self) -> None:
        self._step(self.op.undo)

    def _step(self, call: Callable[[AppContext], Changes]) -> None:
        try:
            changes = call(self.ui.services)
        except Exception as exc:  # noqa: BLE001 - every failure goes to report_failure
            self.setObsolete(True)
            if isinstance(exc, ConflictError) and isinstance(exc.mine, Commitment):
                # the conflict dialog once the stack has dropped this command: its "keep
                # mine" pushes a command of its own, which a push from inside the
                # stack's undo() or redo() would lose
                QTimer.singleShot(0, lambda failure=exc: report_failure(
                    self.ui, failure, self.parent_widget, self.explain))
                return
            report_failure(self.ui, exc, self.parent_widget, self.explain)
            return
        self.ui.events.changed.emit(changes)


def run(ui: UiContext, op: Operation, text: Text, *, parent: QWidget | None = None,
        explain: Explain | None = None, on_done: Done | None = None,
        on_conflict_edit: ConflictEdit | None = None) -> bool:
    """Make the change `op`, put it on the undo stack and tell the views.

    `text` names it in the Edit menu (a callable: asked once the change is made). A
    failure goes to `report_failure`: a message box over `parent`, or, when the caller
    shows it itself, `explain(translated sentence)`. `on_done(changes)` is called after a
    success (also when nothing changed, and then nothing is pushed).
    Returns True when the change is made (an operation marked `slow` runs in the
    background: then False, and `on_done` says when it is made).
    """
    def finish(changes: Changes) -> None:
        if changes:
            name = text if isinstance(text, str) else text()
            ui.undo.push(OperationCommand(ui, op, name, parent, explain))
            ui.events.changed.emit(changes)
        if on_done is not None:
            on_done(changes)

    def fail(exc: BaseException) -> None:
        report_failure(ui, exc, parent, explain, on_conflict_edit)

    if op.slow:
        _in_background(ui, op, finish, fail)
        return False
    try:
        changes = op.do(ui.services)
    except Exception as exc:  # noqa: BLE001 - every failure goes to report_failure
        fail(exc)
        return False
    finish(changes)
    return True


def _in_background(ui: UiContext, op: Operation, done: Done,
                   failed: Callable[[BaseException], None]) -> None:
    """The first `do` of a slow operation, on the task runner (its only use here)."""
    ctx = ui.services

    def work() -> Changes:
        return op.do(ctx)

    ui.tasks.start(work, on_done=done, on_error=lambda exc, _trace: failed(exc))


def describe(ui: UiContext, exc: BaseException) -> str:
    """A failure in plain words, in the interface language (never a traceback)."""
    return translate_reason(plain_message(exc, ui.services.db.where))


def report_failure(ui: UiContext, exc: BaseException, parent: QWidget | None = None,
                   explain: Explain | None = None,
                   on_conflict_edit: ConflictEdit | None = None) -> None:
    """The one place a failed change is reported: given to `explain`, or shown in a
    message box over `parent`. A save over someone else's newer change of a commitment
    (ConflictError) opens the conflict dialog instead: both versions side by side, keep
    mine, keep theirs, or edit (`on_conflict_edit`, where the caller has an editor)."""
    if isinstance(exc, ConflictError) and isinstance(exc.mine, Commitment):
        from tracker.ui.team.conflict import resolve

        ui.events.changed.emit(Changes(ChangeKind.EDIT, commitments=Delta.of(
            updated=[exc.mine.id])))   # the views show what is stored (theirs) meanwhile
        resolve(parent, ui, exc, on_conflict_edit)
        return
    message = describe(ui, exc)
    if explain is not None:
        explain(message)
        return
    title = QCoreApplication.translate("Operations", "Not saved")
    text = QCoreApplication.translate("Operations", "The change could not be saved: %1")
    QMessageBox.warning(parent, title, text.replace("%1", message))

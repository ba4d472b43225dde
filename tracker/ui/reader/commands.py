"""Undo commands of the reader: each one a pair of service calls (do / undo).

After each change the command emits `events.commitments_changed` with the ids it touched,
so every view refreshes only what it shows. A failing service call is reported through
`on_error` and leaves the command inert (QUndoCommand.setObsolete), never half-applied.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from tracker.domain.model import Commitment, Status
from tracker.services import commitments as svc
from tracker.services import suggesting
from tracker.ui.context import UiContext


def _short(quote: str, n: int = 12) -> str:
    quote = " ".join(quote.split())
    return quote if len(quote) <= n else quote[:n] + "…"


class _Command(QUndoCommand):
    def __init__(self, ui: UiContext, text: str,
                 on_error: Callable[[BaseException], None] | None = None,
                 after: Callable[[], None] | None = None) -> None:
        super().__init__(text)
        self.ui = ui
        self.on_error = on_error
        self.after = after  # e.g. the review queue reloads its suggestions
        self.failed: BaseException | None = None

    def _changed(self, *ids: int | None) -> None:
        self.ui.events.commitments_changed.emit([i for i in ids if i is not None])

    def _guard(self, fn: Callable[[], None]) -> None:
        try:
            fn()
        except Exception as exc:  # noqa: BLE001 - shown to the user by on_error
            self.failed = exc
            self.setObsolete(True)
            if self.on_error is not None:
                self.on_error(exc)
            return
        if self.after is not None:
            self.after()


class CreateCommitment(_Command):
    """Tag a span: create on the first do; redo puts back the same row (same id, UUID)."""

    def __init__(self, ui: UiContext, draft: Commitment, **kw) -> None:
        text = QCoreApplication.translate("ReaderCommands", "Tag “%1”")
        super().__init__(ui, text.replace("%1", _short(draft.quote)), **kw)
        self.draft = draft
        self.stored: Commitment | None = None
        self.removed: svc.Removed | None = None

    def redo(self) -> None:
        def do() -> None:
            if self.removed is None:
                self.stored = svc.create(self.ui.app, self.draft)
            else:
                self.stored = svc.restore(self.ui.app, self.removed)
            self._changed(self.stored.id)
        self._guard(do)

    def undo(self) -> None:
        def do() -> None:
            assert self.stored is not None and self.stored.id is not None
            self.removed = svc.delete(self.ui.app, self.stored.id)
            self._changed(self.stored.id)
        self._guard(do)


class UpdateCommitment(_Command):
    """An edit of one commitment's fields (or its span): old and new values."""

    def __init__(self, ui: UiContext, old: Commitment, new: Commitment, what: str, **kw) -> None:
        super().__init__(ui, what, **kw)
        self.old, self.new = old, new
        # the stored version the first save expects: the one the edit was made on; an undo
        # or redo expects the one this window's last save of the commitment left (a save
        # by someone else in between is a conflict, never overwritten)
        self.version = new.version
        self.saved = False

    def _known(self) -> dict:
        """Commitment id → the version this window's last save left (on the undo stack,
        shared by every command of the window)."""
        known = getattr(self.ui.undo, "saved_versions", None)
        if known is None:
            known = {}
            self.ui.undo.saved_versions = known
        return known

    def _save(self, c: Commitment) -> None:
        known = self._known()
        expected = known.get(c.id, self.version) if self.saved else self.version
        stored = svc.update(self.ui.app, replace(c, version=expected))
        known[c.id] = self.version = stored.version
        self.saved = True
        self._changed(c.id)

    def redo(self) -> None:
        self._guard(lambda: self._save(self.new))

    def undo(self) -> None:
        self._guard(lambda: self._save(self.old))


class DeleteCommitment(_Command):
    def __init__(self, ui: UiContext, c: Commitment, **kw) -> None:
        text = QCoreApplication.translate("ReaderCommands", "Delete “%1”")
        super().__init__(ui, text.replace("%1", _short(c.quote)), **kw)
        self.commitment_id = c.id
        self.removed: svc.Removed | None = None

    def redo(self) -> None:
        def do() -> None:
            assert self.commitment_id is not None
            self.removed = svc.delete(self.ui.app, self.commitment_id)
            self._changed(self.commitment_id)
        self._guard(do)

    def undo(self) -> None:
        def do() -> None:
            assert self.removed is not None
            svc.restore(self.ui.app, self.removed)
            self._changed(self.commitment_id)
        self._guard(do)


class ChangeStatus(_Command):
    """A status change with its dated progress entry (undo removes the entry)."""

    def __init__(self, ui: UiContext, ids: list[int], status: Status, note: str = "", **kw) -> None:
        super().__init__(ui, QCoreApplication.translate("ReaderCommands", "Set status"), **kw)
        self.ids, self.status, self.note = ids, status, note
        self.changes: list[svc.StatusChange] | None = None

    def redo(self) -> None:
        def do() -> None:
            if self.changes is None:
                self.changes = svc.change_status(self.ui.app, self.ids, self.status, self.note)
            else:
                svc.redo_status(self.ui.app, self.changes)
            self._changed(*self.ids)
        self._guard(do)

    def undo(self) -> None:
        def do() -> None:
            svc.undo_status(self.ui.app, self.changes or [])
            self._changed(*self.ids)
        self._guard(do)


class AcceptSuggestion(_Command):
    """A suggestion becomes a commitment (origin `suggested`); undo puts it back in the
    queue, redo stores the same row again."""

    def __init__(self, ui: UiContext, doc_id: int, suggestion, edited: Commitment | None,
                 **kw) -> None:
        text = QCoreApplication.translate("ReaderCommands", "Accept “%1”")
        super().__init__(ui, text.replace("%1", _short(suggestion.quote)), **kw)
        self.doc_id, self.suggestion, self.edited = doc_id, suggestion, edited
        self.stored: Commitment | None = None

    def redo(self) -> None:
        def do() -> None:
            self.stored = suggesting.accept_suggestion(self.ui.app, self.doc_id, self.suggestion,
                                                       self.stored or self.edited)
            self._changed(self.stored.id)
        self._guard(do)

    def undo(self) -> None:
        def do() -> None:
            assert self.stored is not None and self.stored.id is not None
            svc.delete(self.ui.app, self.stored.id)
            suggesting.unreview_suggestion(self.ui.app, self.doc_id, self.suggestion)
            self._changed(self.stored.id)
        self._guard(do)


class RejectSuggestion(_Command):
    def __init__(self, ui: UiContext, doc_id: int, suggestion, **kw) -> None:
        text = QCoreApplication.translate("ReaderCommands", "Reject “%1”")
        super().__init__(ui, text.replace("%1", _short(suggestion.quote)), **kw)
        self.doc_id, self.suggestion = doc_id, suggestion

    def redo(self) -> None:
        self._guard(lambda: suggesting.reject_suggestion(self.ui.app, self.doc_id,
                                                         self.suggestion))

    def undo(self) -> None:
        self._guard(lambda: suggesting.unreview_suggestion(self.ui.app, self.doc_id,
                                                           self.suggestion))


class AcceptSuggestions(_Command):
    """Several suggestions accepted at once (a selection, or all at or above a confidence):
    one transaction, one step to undo."""

    def __init__(self, ui: UiContext, doc_id: int, suggestions: list, **kw) -> None:
        text = QCoreApplication.translate("ReaderCommands", "Accept %1 suggestions")
        super().__init__(ui, text.replace("%1", str(len(suggestions))), **kw)
        self.doc_id, self.suggestions = doc_id, list(suggestions)
        self.stored: list[Commitment] | None = None

    def redo(self) -> None:
        def do() -> None:
            self.stored = suggesting.accept_suggestions(self.ui.app, self.doc_id,
                                                        self.suggestions, self.stored)
            self._changed(*(c.id for c in self.stored))
        self._guard(do)

    def undo(self) -> None:
        def do() -> None:
            assert self.stored is not None
            suggesting.unaccept_suggestions(self.ui.app, self.doc_id, self.suggestions,
                                            self.stored)
            self._changed(*(c.id for c in self.stored))
        self._guard(do)


class RejectSuggestions(_Command):
    def __init__(self, ui: UiContext, doc_id: int, suggestions: list, **kw) -> None:
        text = QCoreApplication.translate("ReaderCommands", "Reject %1 suggestions")
        super().__init__(ui, text.replace("%1", str(len(suggestions))), **kw)
        self.doc_id, self.suggestions = doc_id, list(suggestions)

    def redo(self) -> None:
        self._guard(lambda: suggesting.reject_suggestions(self.ui.app, self.doc_id,
                                                          self.suggestions))

    def undo(self) -> None:
        self._guard(lambda: suggesting.unreview_suggestions(self.ui.app, self.doc_id,
                                                            self.suggestions))

"""The review part of the reader page: the queue of suggestions, worked out in the
background, accepted (as is, or as edited in the editor) or rejected through the one
operation path (undoable). It owns the suggestions and their edited drafts; what it needs of the page
that holds it is the small `ReviewHost` protocol, and its widgets are passed in."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTabWidget

from tracker.domain.model import Commitment, Document
from tracker.services import suggesting
from tracker.services.suggesting import Suggestion
from tracker.services.operations import AcceptSuggestions, Operation, RejectSuggestions
from tracker.ui.context import UiContext
from tracker.ui.reader.commands import (
    accept_many_text, accept_text, reject_many_text, reject_text,
)
from tracker.ui.reader.editor import CommitmentEditor
from tracker.ui.reader.keys import RecordKey
from tracker.ui.reader.review import BUSY, READY, ReviewQueue, ReviewState

# the runner's key (with its id: two never share it): the newest request wins
SUGGESTIONS_TASK = "suggestions"


class ReviewHost(Protocol):
    """What the review part needs of the page that shows it: the open document, the
    current record (a commitment or a suggestion), and ways to show them again."""

    doc: Document | None
    current: RecordKey | None

    def show_current(self) -> None:
        """Show the highlights, the list selection and the editor for `current`."""

    def update_actions(self) -> None: ...

    def select(self, key: RecordKey | None, scroll: bool = True) -> None: ...

    def notify(self, text: str) -> None: ...

    def run(self, op: Operation, text: str) -> bool:
        """Make a change through the one operation path (tracker.ui.operations)."""


class SuggestionReview:
    """The review queue's logic: `review` (the queue widget) and `editor` show it, `side`
    is the tab widget whose second tab is the queue."""

    def __init__(self, ui: UiContext, host: ReviewHost, review: ReviewQueue,
                 editor: CommitmentEditor, side: QTabWidget) -> None:
        self.ui, self.host = ui, host
        self.review, self.editor, self.side = review, editor, side
        self.suggestions: list = []
        self.drafts: dict[tuple[int, int], Commitment] = {}
        self._raw_suggestions: list | None = None  # the open document's, reviewed or not
        self._review_row = 0
        review.accept_requested.connect(self.accept_suggestion)
        review.reject_requested.connect(self.reject_suggestion)
        review.edit_requested.connect(self.edit_suggestion)
        review.accept_above_requested.connect(self.accept_above)

    # the host's state, read and set through the protocol
    @property
    def doc(self) -> Document | None:
        return self.host.doc

    @property
    def current(self) -> RecordKey | None:
        return self.host.current

    @current.setter
    def current(self, key: RecordKey | None) -> None:
        self.host.current = key

    def clear(self) -> None:
        """Another document: nothing found yet."""
        self.suggestions, self.drafts, self._raw_suggestions = [], {}, None
        self.review.model.set_items([])

    def forget_found(self) -> None:
        """The document's suggestions must be found again (its date changed)."""
        self._raw_suggestions = None

    def _show_current(self) -> None:
        self.host.show_current()

    def reload_suggestions(self) -> None:
        """Work out the pending suggestions in the background; newer requests win. The
        document's suggestions are found once per opening; after a review only the
        filtering (reviewed, under a commitment) runs again."""
        if self.doc is None:
            return
        doc_id, raw = self.doc.id, self._raw_suggestions
        services = self.ui.services

        def work():
            found = raw if raw is not None else suggesting.document_suggestions(services, doc_id)
            return found, suggesting.still_pending(services, doc_id, found)

        self.review.set_state(BUSY)
        self.ui.tasks.start(work, key=(id(self), SUGGESTIONS_TASK),
                            on_done=self._suggestions_arrived,
                            on_error=lambda exc, _tb: self._suggestions_failed(exc))

    def _suggestions_arrived(self, result: tuple[list, list]) -> None:
        if self.doc is None:
            return
        self._raw_suggestions, suggestions = result
        was_suggestion = self.current is not None and self.current.is_suggestion
        self.suggestions = suggestions
        self.review.model.set_items(suggestions)
        self.review.set_state(READY)
        self.side.setTabText(1, QCoreApplication.translate("ReaderPage", "Suggestions (%1)")
                             .replace("%1", str(len(suggestions))))
        if was_suggestion:
            self.current = RecordKey.suggestion(min(self._review_row, len(suggestions) - 1)) \
                if suggestions else None
        self._show_current()
        self.host.update_actions()

    def _suggestions_failed(self, exc: BaseException) -> None:
        self.review.set_state(ReviewState.failed(str(exc)))

    def draft(self, index: int) -> Commitment:
        """The commitment the suggestion at `index` would become (as edited, if it was)."""
        s = self.suggestions[index]
        assert self.doc is not None
        return self.drafts.get((s.start, s.end)) or suggesting.commitment_from_suggestion(
            self.doc.id, self.doc.text, s)

    def _current_suggestion(self):
        if self.current is None or not self.current.is_suggestion or self.doc is None:
            return None
        if not 0 <= self.current.id < len(self.suggestions):
            return None
        return self.current.id, self.suggestions[self.current.id]

    def _selected_many(self) -> list[int]:
        """The selected rows when more than one is selected (else [])."""
        rows = [r for r in self.review.selected_rows() if 0 <= r < len(self.suggestions)]
        return rows if len(rows) > 1 else []

    def _review_many(self, rows: list[int], accept: bool) -> None:
        """Accept or reject the suggestions at `rows` as one undoable change, taken out of
        the queue at once."""
        if not rows or self.doc is None:
            return
        chosen = [self.suggestions[r] for r in rows]
        op: Operation
        if accept:
            op, text = AcceptSuggestions(self.doc.id, chosen), accept_many_text(len(chosen))
        else:
            op, text = RejectSuggestions(self.doc.id, chosen), reject_many_text(len(chosen))
        self._review_row = rows[0]
        self._take_out_many(rows)
        self.host.run(op, text)   # accepting several: in the background (the window shows busy)
        self.review.list.setFocus()

    def accept_above(self, threshold: float) -> None:
        """Accept every shown suggestion at or above `threshold`, as one undo step."""
        shown = set(self.review.shown_rows())
        rows = [r for r, s in enumerate(self.suggestions)
                if r in shown and s.confidence >= threshold - 1e-9]
        if not rows:
            self.host.notify(QCoreApplication.translate(
                "ReaderPage", "No suggestion shown has a confidence of %1 or more.")
                .replace("%1", f"{threshold:.2f}"))
            return
        self._review_many(rows, accept=True)

    def accept_suggestion(self) -> None:
        many = self._selected_many()
        if many:
            self._review_many(many, accept=True)
            return

        def accept(s: Suggestion, doc_id: int) -> tuple[Operation, str]:
            self.editor.setFocus()  # finish an edit in progress (editingFinished)
            draft = self.drafts.get((s.start, s.end))
            return AcceptSuggestions(doc_id, [s], [draft]), accept_text(s.quote)

        self._review(accept)

    def reject_suggestion(self) -> None:
        many = self._selected_many()
        if many:
            self._review_many(many, accept=False)
            return
        self._review(lambda s, doc_id: (RejectSuggestions(doc_id, [s]), reject_text(s.quote)))

    def _review(self, make: Callable[[Suggestion, int], tuple[Operation, str]]) -> None:
        """Run the change `make(suggestion, document id) -> (operation, text)` for the
        current suggestion, taken out of the queue at once (the reload after the change
        confirms it)."""
        found = self._current_suggestion()
        if found is None or self.doc is None:
            return
        index, s = found
        op, text = make(s, self.doc.id)
        self._review_row = index
        self._take_out(index)
        self.host.run(op, text)
        self.review.list.setFocus()

    def _take_out(self, index: int) -> None:
        """Drop a reviewed suggestion from the queue at once (the reload confirms it)."""
        self.suggestions = self.suggestions[:index] + self.suggestions[index + 1:]
        self.review.model.set_items(self.suggestions)
        self.current = RecordKey.suggestion(min(index, len(self.suggestions) - 1)) \
            if self.suggestions else None
        self._show_current()

    def _take_out_many(self, rows: list[int]) -> None:
        gone = set(rows)
        self.suggestions = [s for i, s in enumerate(self.suggestions) if i not in gone]
        self.review.model.set_items(self.suggestions)
        first = min(rows)
        self.current = RecordKey.suggestion(min(first, len(self.suggestions) - 1)) \
            if self.suggestions else None
        self._show_current()

    def edit_suggestion(self) -> None:
        if self._current_suggestion() is not None:
            self.editor.kind.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_review(self) -> None:
        self.side.setCurrentIndex(1)
        self.review.list.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.review.list.currentIndex().isValid() and self.suggestions:
            first = self.review.source_row(self.review.proxy.index(0, 0))
            self.host.select(RecordKey.suggestion(max(first, 0)))

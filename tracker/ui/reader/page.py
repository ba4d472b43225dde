"""The reader page: a document's text with its commitments, the commitment editor, and
the review queue of suggestions.

Its keys (tag, span, next/previous, zoom, review, find…) are the "reader.*" entries of
tracker/ui/actions.py. Every change goes through the window's undo stack.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView, QInputDialog, QLabel, QListView, QMenu, QMessageBox, QSplitter,
    QStackedWidget, QTabWidget, QToolBar, QVBoxLayout, QWidget,
)

from tracker.domain.model import Commitment, Document, Status
from tracker.domain.rules import check_status_change
from tracker.services import commitments as svc
from tracker.services import follow
from tracker.services import library
from tracker.services.changes import Changes
from tracker.services.operations import (
    ChangeStatus, DeleteCommitment, EditCommitment, Operation, TagCommitment,
)
from tracker.ui import operations
from tracker.ui.actions import make_action
from tracker.ui.actions import retranslate as retranslate_actions
from tracker.ui.context import UiContext
from tracker.ui.labels import doc_type_label, status_label
from tracker.ui.reader.commands import delete_text, status_text, tag_text
from tracker.ui.reader.editor import CommitmentEditor
from tracker.ui.reader.links import LinkLookups
from tracker.ui.reader.find import FindBar
from tracker.ui.reader.highlights import Highlight, commitment_highlight
from tracker.ui.reader.keys import RecordKey
from tracker.ui.reader.lists import KEY_ROLE, CommitmentListModel
from tracker.ui.reader.review import BUSY, ReviewQueue
from tracker.ui.reader.reviewing import SuggestionReview
from tracker.ui.reader.view import ReaderView

# the runner's key (with the page id: two never share it): the newest load wins
COMMITMENTS_TASK = "commitments"


class ReaderPage(QWidget):
    page_name = "reader"
    commitments_loaded = Signal()

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.read_only = False  # a read-only member (tracker/ui/team/readonly.py)
        self.ui = ui
        self.doc: Document | None = None
        self.commitments: list[Commitment] = []
        self.current: RecordKey | None = None
        self.loaded = False        # the open document's commitments have arrived
        self._pending: RecordKey | None = None  # a commitment to select once loaded
        self._suggest_after_load = False
        # replaceable in tests: (parent, title, label) -> (text, ok)
        self.ask_note = lambda parent, title, label: QInputDialog.getMultiLineText(
            parent, title, label)
        self.show_error = lambda text: QMessageBox.warning(self, self.tr("Reader"), text)

        self.header = QLabel(self)
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.header.setWordWrap(True)
        self.header.setStyleSheet("font-weight: bold; padding: 4px 6px")
        self.toolbar = QToolBar(self)
        self.view = ReaderView(self)
        self.view.set_zoom(int(ui.settings.value("reader/zoom", 0)))
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.view)
        self.find = FindBar(self.view, ui.tasks, self)
        self.reading = QWidget(self)  # the text with the find bar under it
        reading_layout = QVBoxLayout(self.reading)
        reading_layout.setContentsMargins(0, 0, 0, 0)
        reading_layout.setSpacing(0)
        reading_layout.addWidget(self.stack, 1)
        reading_layout.addWidget(self.find)

        self.list_model = CommitmentListModel(
            lambda: ui.services.today(), self,
            window=lambda: follow.current_settings(ui.services).due_window_days)
        self.list = QListView(self)
        self.list.setModel(self.list_model)
        self.list.setUniformItemSizes(True)  # 2,000 rows: no size hint per row
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setAlternatingRowColors(True)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.selectionModel().currentChanged.connect(self._list_current)
        # the same commitment in other documents: the editor's line, the queue's marker
        lookups = LinkLookups(ui.services, lambda: self.doc)
        self.review = ReviewQueue(self, seen_elsewhere=lookups.quotes)
        self.review.list.selectionModel().currentChanged.connect(self._list_current)
        self.side = QTabWidget(self)
        self.side.addTab(self.list, "")
        self.side.addTab(self.review, "")
        self.side.currentChanged.connect(self._side_changed)
        self.editor = CommitmentEditor(
            ui.services.gazetteer,
            lambda doc_id, words: svc.deadline_from_words(ui.services, doc_id, words),
            self, twins=lookups.twins)
        self.editor.also.open_requested.connect(ui.events.open_commitment)
        self.right = QSplitter(Qt.Orientation.Vertical, self)
        self.right.addWidget(self.side)
        self.right.addWidget(self.editor)
        self.right.setSizes([300, 520])
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.reading)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([640, 420])
        state = ui.settings.value("reader/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        self.splitter.splitterMoved.connect(lambda *_: self.save_state())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)

        self.reviewing = SuggestionReview(ui, self, self.review, self.editor, self.side)
        self._make_actions()
        self.view.highlight_clicked.connect(lambda key: self.select(key, scroll=False))
        self.view.context_menu_requested.connect(self._context_menu)
        self.editor.edited.connect(self._edited)
        self.editor.history_requested.connect(self.show_history)
        self.editor.status_requested.connect(self.set_status)

        ev = ui.events
        ev.open_document.connect(self.open_document)
        ev.open_commitment.connect(self.open_commitment)
        ev.changed.connect(self._changed)
        ev.suggestions_stale.connect(self._suggestions_stale)
        ev.external_change.connect(lambda: self.doc is not None and self.reload_suggestions())
        self.retranslate()
        self.update_actions()
        self.right.hide()  # until a document is open

    # ------------------------------------------------------------------ actions
    def _make_actions(self) -> None:
        text_and_list = (self.view, self.list)

        def act(action_id: str, slot, toolbar: bool = False, on=None) -> QAction:
            a = make_action(self, action_id, slot, on)
            if toolbar:
                self.toolbar.addAction(a)
            return a

        self.act_tag = act("reader.tag", self.tag_selection, True, (self.view,))
        self.act_span = act("reader.span", self.span_to_selection, True, (self.view,))
        self.act_delete = act("reader.delete", self.delete_current, True, text_and_list)
        self.toolbar.addSeparator()
        self.act_prev = act("reader.previous", lambda: self.step(-1), True, text_and_list)
        self.act_next = act("reader.next", lambda: self.step(1), True, text_and_list)
        self.toolbar.addSeparator()
        self.act_start_left = act("reader.start_earlier", lambda: self.nudge(-1, 0),
                                  on=text_and_list)
        self.act_start_right = act("reader.start_later", lambda: self.nudge(1, 0),
                                   on=text_and_list)
        self.act_end_left = act("reader.end_earlier", lambda: self.nudge(0, -1),
                                on=text_and_list)
        self.act_end_right = act("reader.end_later", lambda: self.nudge(0, 1), on=text_and_list)
        self.act_zoom_in = act("reader.zoom_in", lambda: self.zoom(1), True)
        self.act_zoom_out = act("reader.zoom_out", lambda: self.zoom(-1), True)
        self.act_zoom_reset = act("reader.zoom_reset", lambda: self.zoom(None))
        self.toolbar.addSeparator()
        self.act_accept = act("reader.accept", self.reviewing.accept_suggestion, True)
        self.act_reject = act("reader.reject", self.reviewing.reject_suggestion, True)
        self.act_review = act("reader.review", self.reviewing.focus_review)
        self.act_find = act("reader.find", self.find.open_bar)
        self.act_find_next = act("reader.find_next", self.find.next)
        self.act_find_prev = act("reader.find_previous", self.find.previous)

    def _actions(self) -> list[QAction]:
        return [self.act_tag, self.act_span, self.act_delete, self.act_prev, self.act_next,
                self.act_start_left, self.act_start_right, self.act_end_left,
                self.act_end_right, self.act_zoom_in, self.act_zoom_out, self.act_zoom_reset,
                self.act_accept, self.act_reject, self.act_review, self.act_find,
                self.act_find_next, self.act_find_prev]

    def menu_actions(self) -> list[QAction]:
        return [self.act_tag, self.act_span, self.act_delete, self.act_prev, self.act_next,
                self.act_accept, self.act_reject, self.act_review, self.act_find]

    def update_actions(self) -> None:
        has_doc = self.doc is not None
        on_commitment = self.current is not None and self.current.is_commitment
        on_suggestion = self.current is not None and self.current.is_suggestion
        self.act_tag.setEnabled(has_doc)
        for a in (self.act_span, self.act_delete, self.act_start_left, self.act_start_right,
                  self.act_end_left, self.act_end_right):
            a.setEnabled(on_commitment)
        self.act_prev.setEnabled(bool(self.commitments))
        self.act_next.setEnabled(bool(self.commitments))
        self.act_accept.setEnabled(on_suggestion)
        self.act_reject.setEnabled(on_suggestion)
        self.act_review.setEnabled(has_doc)
        for a in (self.act_find, self.act_find_next, self.act_find_prev):
            a.setEnabled(has_doc)
        if self.read_only:  # a read-only member: nothing that changes the register
            for a in (self.act_tag, self.act_span, self.act_delete, self.act_start_left,
                      self.act_start_right, self.act_end_left, self.act_end_right,
                      self.act_accept, self.act_reject):
                a.setEnabled(False)

    def _context_menu(self, menu: QMenu) -> None:
        first = menu.actions()[0] if menu.actions() else None
        menu.insertActions(first, [self.act_tag, self.act_span, self.act_delete])
        menu.insertSeparator(first)

    # ------------------------------------------------------------------ page protocol
    def page_title(self) -> str:
        return self.tr("Reader")

    # ------------------------------------------------------------------ opening
    def open_document(self, doc_id: int, start: int = -1, end: int = -1) -> None:
        if self.doc is None or self.doc.id != doc_id:
            self.load(doc_id)
        if start >= 0 and self.doc is not None:
            self.view.select_span(start, max(start, end))
            self.view.setFocus()

    def open_commitment(self, commitment_id: int) -> None:
        try:
            c = svc.get(self.ui.services, commitment_id)
        except LookupError as exc:
            self.show_error(str(exc))
            return
        if c.document_id is None:
            return
        self.open_document(c.document_id)
        self.select(RecordKey.commitment(commitment_id))

    def load(self, doc_id: int) -> None:
        try:
            doc = library.get_document(self.ui.services, doc_id)
        except LookupError as exc:
            self.show_error(str(exc))
            return
        self.doc = doc
        self.current = None
        self.reviewing.clear()
        self.commitments = []
        self.list_model.set_items([])
        self.view.set_text(doc.text)
        self.find.document_changed()
        self.stack.setCurrentWidget(self.view)
        self.right.show()
        self._header()
        self.editor.show_commitment(None)
        self.review.set_state(BUSY)
        self._suggest_after_load = True  # one background job at a time: they share the GIL
        self.reload_commitments()

    def _changed(self, changes: Changes) -> None:
        """The one event of a change: the document's details, its commitments, its queue."""
        if changes.concerns_documents():
            self._documents_changed()
        if changes.everything:
            self.reload_commitments()
        elif changes.commitments:
            self.reload_commitments(sorted(changes.commitments.ids))
        if self.doc is not None and self.doc.id in changes.reviews:
            self.reload_suggestions()

    def _documents_changed(self) -> None:
        if self.doc is None:
            return
        ids = {d.id for d in library.list_documents(self.ui.services)}
        if self.doc.id not in ids:
            self.doc = None
            self.commitments = []
            self.stack.setCurrentWidget(self.empty)
            self.right.hide()
            self.find.hide()
            self.editor.show_commitment(None)
            self._header()
            self.update_actions()
            return
        try:  # its details may have been corrected (title, date, region…)
            fresh = library.get_document(self.ui.services, self.doc.id)
        except LookupError:
            return
        if fresh.text == self.doc.text:
            self.doc = fresh
            self._header()

    def _suggestions_stale(self, doc_id: int) -> None:
        """The document's date changed: relative deadlines are read again."""
        if self.doc is not None and self.doc.id == doc_id:
            self.reviewing.forget_found()
            self.reload_suggestions()

    def _header(self) -> None:
        d = self.doc
        if d is None:
            self.header.setText(self.tr("No document open"))
            return
        parts = [d.title, d.doc_date.isoformat() if d.doc_date else "",
                 library.region_label(self.ui.services, d.region_code), doc_type_label(d.doc_type),
                 self.tr("%1 characters").replace("%1", f"{len(d.text):,}")]
        self.header.setText("  ·  ".join(p for p in parts if p))

    # ------------------------------------------------------------------ commitments
    def reload_commitments(self, ids: list | None = None) -> None:
        """Refresh the commitments shown: those of `ids` at once (an edit), or all of them
        in the background (opening a document, or "everything changed")."""
        if self.doc is None:
            return
        if ids and self.loaded:
            changed = set(ids)
            spans = {(c.span.start, c.span.end) for c in self.commitments}
            fresh = [c for c in svc.get_many(self.ui.services, list(changed))
                     if c.document_id == self.doc.id]
            self.commitments = [c for c in self.commitments if c.id not in changed] + fresh
            self._apply_commitments()
            if spans != {(c.span.start, c.span.end) for c in self.commitments}:
                self.reload_suggestions()  # a tagged span hides the suggestion under it
            return
        self.loaded = False
        self.ui.tasks.start(svc.for_document, self.ui.services, self.doc.id,
                            key=(id(self), COMMITMENTS_TASK),
                            on_done=self._commitments_arrived,
                            on_error=lambda exc, _tb: self._failed(exc))

    def _commitments_arrived(self, commitments: list[Commitment]) -> None:
        if self.doc is None:
            return
        self.commitments = commitments
        self.loaded = True
        self._apply_commitments()
        self.commitments_loaded.emit()
        if self._suggest_after_load:
            self._suggest_after_load = False
            self.reload_suggestions()

    def _apply_commitments(self) -> None:
        self.list_model.set_items(self.commitments)
        self.editor.set_known(svc.known_bodies(self.ui.services), svc.known_tags(self.ui.services))
        if self.current and self.current.is_commitment \
                and self._commitment(self.current.id) is None:
            if self.loaded and self._pending != self.current:
                self.current = None
        self._show_highlights()
        self._sync_list()
        self._show_editor()
        if self._pending is not None and self._commitment(self._pending.id) is not None:
            key, self._pending = self._pending, None
            self.select(key)
        self.side.setTabText(0, self.tr("Commitments (%1)").replace(
            "%1", str(len(self.commitments))))
        self.update_actions()

    def _commitment(self, cid: int) -> Commitment | None:
        return next((c for c in self.commitments if c.id == cid), None)

    # ------------------------------------------------------------------ the review part
    @property
    def suggestions(self) -> list:
        """The suggestions waiting in the review queue (owned by `reviewing`)."""
        return self.reviewing.suggestions

    @property
    def drafts(self) -> dict[tuple[int, int], Commitment]:
        return self.reviewing.drafts

    def reload_suggestions(self) -> None:
        self.reviewing.reload_suggestions()

    def show_current(self) -> None:
        """Highlights, list selection and editor for the current record."""
        self._show_highlights()
        self._sync_list()
        self._show_editor()

    def _show_highlights(self) -> None:
        today = self.ui.services.today()
        items = [commitment_highlight(c, today) for c in self.commitments]
        items += [Highlight(RecordKey.suggestion(i), s.start, s.end, None)
                  for i, s in enumerate(self.suggestions)]
        self.view.set_highlights(items)
        self.view.set_current(self.current)

    def select(self, key: RecordKey | None, scroll: bool = True) -> None:
        """Make a commitment or a suggestion the current record."""
        if key is not None and key.is_commitment and self._commitment(key.id) is None \
                and not self.loaded:
            self._pending = key  # selected when the document's commitments arrive
        self.current = key
        self.view.set_current(key)
        self._sync_list()
        self._show_editor()
        self.update_actions()
        span = self._span_of(key)
        if scroll and span is not None:
            self.view.show_span(span[0])

    def _span_of(self, key: RecordKey | None) -> tuple[int, int] | None:
        if key is None:
            return None
        if key.is_commitment:
            c = self._commitment(key.id)
            return (c.span.start, c.span.end) if c else None
        if 0 <= key.id < len(self.suggestions):
            s = self.suggestions[key.id]
            return s.start, s.end
        return None

    def _sync_list(self) -> None:
        """Select the current record's row (without echoing back into select())."""
        key = self.current
        if key is not None:
            self.side.blockSignals(True)
            self.side.setCurrentIndex(0 if key.is_commitment else 1)
            self.side.blockSignals(False)
        for view, row in ((self.list, self.list_model.row_of(key)),
                          (self.review.list, key.id if key and key.is_suggestion else -1)):
            sel = view.selectionModel()
            sel.blockSignals(True)
            idx = self.review.view_index(row) if view is self.review.list and row >= 0 \
                else view.model().index(row, 0) if row >= 0 else QModelIndex()
            if idx.isValid():
                current = view.currentIndex()
                if not (current.isValid() and current.row() == idx.row()
                        and sel.isRowSelected(idx.row(), QModelIndex())):
                    sel.setCurrentIndex(idx, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                        | QItemSelectionModel.SelectionFlag.Rows)
                view.scrollTo(idx)
            else:
                sel.clearSelection()
                sel.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
            sel.blockSignals(False)
            view.viewport().update()
        self.review._show_why()
        self.review._update_buttons()

    def _show_editor(self) -> None:
        key = self.current
        region = self.doc.region_code if self.doc else None
        if key is not None and key.is_commitment:
            self.editor.show_commitment(self._commitment(key.id), document_region=region)
        elif key is not None and 0 <= key.id < len(self.suggestions):
            self.editor.show_commitment(self.reviewing.draft(key.id), draft=True,
                                        document_region=region)
        else:
            self.editor.show_commitment(None)

    def _list_current(self, index: QModelIndex, _previous: QModelIndex) -> None:
        if index.isValid():
            self.select(index.data(KEY_ROLE))

    def _side_changed(self, tab: int) -> None:
        self._fit_side(tab)
        view = self.list if tab == 0 else self.review.list
        idx = view.currentIndex()
        self.select(idx.data(KEY_ROLE) if idx.isValid() else None, scroll=idx.isValid())

    def _fit_side(self, tab: int) -> None:
        """The review queue gets most of the height (hundreds of rows to work through);
        the commitments list leaves room for the editor."""
        total = sum(self.right.sizes()) or 820
        share = 0.68 if tab == 1 else 0.37
        self.right.setSizes([int(total * share), total - int(total * share)])
        # the queue's columns need width: the text gives some up while reviewing
        width = sum(self.splitter.sizes())
        if width > 0:
            if tab == 1:
                self._reading_sizes = self.splitter.sizes()
                right = max(self.splitter.sizes()[1], int(width * 0.55))
                self.splitter.setSizes([width - right, right])
            elif getattr(self, "_reading_sizes", None):
                self.splitter.setSizes(self._reading_sizes)
                self._reading_sizes = None

    def step(self, delta: int) -> None:
        """Next (+1) or previous (-1) commitment in reading order."""
        if not self.commitments:
            return
        row = self.list_model.row_of(self.current)
        if row < 0:
            pos = self.view.position_at(self.view.cursorRect().center())
            starts = [c.span.start for c in self.list_model.items]
            row = next((i for i, s in enumerate(starts) if s >= pos), len(starts)) - (delta > 0)
        row = max(0, min(len(self.list_model.items) - 1, row + delta))
        self.select(RecordKey.commitment(self.list_model.items[row].id))

    # ------------------------------------------------------------------ changes
    def run(self, op: Operation, text: str) -> bool:
        """Make a change through the one operation path; True when it is made."""
        return operations.run(self.ui, op, text, parent=self, explain=self._not_saved,
                              on_conflict_edit=self._edit_on_conflict)

    def tag_selection(self) -> None:
        """标记为承诺: a new commitment over the selected words, fields pre-filled."""
        if self.doc is None:
            return
        span = self.view.selected_span()
        if span is None:
            self.notify(self.tr("Select the words of the commitment in the text first."))
            return
        draft = svc.draft_from_selection(self.ui.services, self.doc.id, *span)
        op = TagCommitment(draft)
        if self.run(op, tag_text(draft.quote)) and op.stored is not None:
            cursor = self.view.textCursor()
            cursor.clearSelection()  # let the new highlight show
            self.view.setTextCursor(cursor)
            self.select(RecordKey.commitment(op.stored.id), scroll=False)

    def span_to_selection(self) -> None:
        c = self._current_commitment()
        span = self.view.selected_span()
        if c is None or span is None or self.doc is None:
            return
        self._update(c, svc.with_span(c, self.doc.text, *span), self.tr("Change span"))

    def nudge(self, d_start: int, d_end: int) -> None:
        """Move the current commitment's start or end by one character."""
        c = self._current_commitment()
        if c is None or self.doc is None:
            return
        start = max(0, c.span.start + d_start)
        end = min(len(self.doc.text), c.span.end + d_end)
        if end <= start or (start, end) == (c.span.start, c.span.end):
            return
        self._update(c, svc.with_span(c, self.doc.text, start, end), self.tr("Change span"))

    def delete_current(self) -> None:
        c = self._current_commitment()
        if c is not None and c.id is not None:
            self.run(DeleteCommitment(c.id), delete_text(c.quote))

    def _current_commitment(self) -> Commitment | None:
        if self.current is None or not self.current.is_commitment:
            return None
        return self._commitment(self.current.id)

    def _update(self, old: Commitment, new: Commitment, what: str) -> None:
        self.run(EditCommitment(old, new), what)

    def _edited(self, new: Commitment, what: str) -> None:
        if self.current is None:
            return
        if self.current.is_commitment:
            old = self._commitment(self.current.id)
            if old is not None:
                self._update(old, new, what)
        elif 0 <= self.current.id < len(self.suggestions):
            s = self.suggestions[self.current.id]
            self.drafts[(s.start, s.end)] = new

    def set_status(self, status: Status) -> None:
        c = self._current_commitment()
        if c is None or c.id is None:
            return
        from tracker.ui.table.followup import closing_needs_evidence

        if status is Status.ACHIEVED and closing_needs_evidence(self.ui):
            # 销号 asks for evidence: the status dialog of the commitments table takes it
            self.show_error(self.tr(
                "Closing a commitment (marking it achieved, 销号) needs evidence: select it in "
                "the commitments table and change its status there (Ctrl+U), with a link, a "
                "file or words in a document."))
            self._show_editor()  # back to the stored status
            return
        note = ""
        try:
            check_status_change(c.status, status, note)
        except ValueError:
            note, ok = self.ask_note(self, self.tr("A note is needed"), self.tr(
                "Say why the status changes from “%1” to “%2”:")
                .replace("%1", status_label(c.status)).replace("%2", status_label(status)))
            if not ok or not note.strip():
                self._show_editor()  # back to the stored status
                return
        seen = {c.id: c.version} if c.version is not None else None   # as an edit expects
        self.run(ChangeStatus([c.id], status, note.strip(), expected=seen), status_text())

    def notify(self, text: str) -> None:
        """A hint in the window's status bar (no box to click away)."""
        bar = getattr(self.window(), "statusBar", None)
        if bar is not None:
            bar().showMessage(text, 8000)

    def _not_saved(self, message: str) -> None:
        self.show_error(self.tr("The change could not be saved: %1").replace("%1", message))
        self.reload_commitments()  # show what is stored

    def _failed(self, exc: BaseException) -> None:
        self.show_error(self.tr("The change could not be saved: %1").replace("%1", str(exc)))
        self.reload_commitments()  # show what is stored

    def _edit_on_conflict(self, mine: Commitment, theirs: Commitment) -> None:
        """The conflict dialog's "edit": my values in the editor on top of theirs (someone
        else saved this commitment first); the next edit saves at their version."""
        self.editor.show_commitment(mine, document_region=self.doc.region_code
                                    if self.doc else None)
        self.editor.value = theirs
        self.notify(self.tr("Your values are in the editor on top of theirs: change "
                            "what is needed; each field is saved when you leave it."))

    def show_history(self, commitment_id: int) -> None:
        """The commitment's 修改记录 (who changed what, when)."""
        from tracker.ui.team.history import HistoryDialog

        c = self._commitment(commitment_id)
        self.history_dialog = HistoryDialog(self.ui.services, commitment_id,
                                            (c.title or c.quote) if c else "", self)
        self.history_dialog.open()

    # ------------------------------------------------------------------ zoom, language
    def zoom(self, steps: int | None) -> None:
        self.view.set_zoom(0 if steps is None else self.view.zoom + steps)
        self.ui.settings.setValue("reader/zoom", self.view.zoom)

    def retranslate(self) -> None:
        retranslate_actions(*self._actions())
        self.empty.setText(self.tr("Choose a document in the library on the left to read it.\n\n"
                                   "Select words and press Ctrl+T to tag a commitment; "
                                   "suggestions wait in the review tab."))
        self.side.setTabText(0, self.tr("Commitments (%1)").replace(
            "%1", str(len(self.commitments))))
        self.side.setTabText(1, self.tr("Suggestions (%1)").replace(
            "%1", str(len(self.suggestions))))
        self._header()
        self.list_model.layoutChanged.emit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def save_state(self) -> None:
        self.ui.settings.setValue("reader/splitter", self.splitter.saveState())

"""The search page: a query box (Ctrl+K from anywhere), filters, and a results tree.

Queries run off the GUI thread, 300 ms after the last keystroke (at once on Enter); a
result that arrives after a newer query was started is dropped. Enter on a hit opens the
document at the hit; on a commitment, the commitment.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QLabel, QLineEdit, QStackedWidget, QTabWidget, QTreeView, QVBoxLayout,
    QWidget,
)

from tracker.ui.actions import make_action
from tracker.ui.actions import retranslate as retranslate_actions
from tracker.search import QueryError, SearchFilter, SearchResults
from tracker.services import library
from tracker.services.changes import Changes
from tracker.services import search as search_service
from tracker.ui.context import UiContext
from tracker.ui.search.delegate import RichTextDelegate
from tracker.ui.search.filters import SearchFilters
from tracker.ui.search.results_model import (
    ACTION_ROLE, END_ROLE, ID_ROLE, START_ROLE, SearchResultsModel,
)

DEBOUNCE_MS = 300
PAGE = 20
# the runner's keys (with the page): a newer query drops older answers
SEARCH_TASK = "query"
MORE_TASK = "more"


class ResultsView(QTreeView):
    """A tree whose wrapped rich-text rows are laid out again when the width changes."""

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()


class SearchPage(QWidget):
    page_name = "search"

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self._pages: list[SearchResults] = []
        self._query = ""
        self._filters = SearchFilter()
        self._error: BaseException | None = None

        self.query = QLineEdit(self)
        self.query.setClearButtonEnabled(True)
        self.query.installEventFilter(self)
        self.filters = SearchFilters(self)
        self.count = QLabel(self)
        self.model = SearchResultsModel(lambda code: library.region_label(ui.services, code), self)
        self.tree = ResultsView(self)
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setItemDelegate(RichTextDelegate(self.tree))
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.tree.setAlternatingRowColors(False)
        self.tree.activated.connect(self.activate)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.tree)

        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.filters)
        layout.addWidget(self.count)
        layout.addWidget(self.stack, 1)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run)
        self.query.textChanged.connect(lambda _t: self.timer.start())
        self.query.returnPressed.connect(self.run)
        self.filters.changed.connect(self.run)

        self.focus_action = make_action(self, "search.focus", self.focus_query, on=())

        ev = ui.events
        ev.changed.connect(self._changed)
        ev.language_changed.connect(self._rerender)
        self.retranslate()
        self._library_changed()

    # ------------------------------------------------------------------ page protocol
    def page_title(self) -> str:
        return self.tr("Search")

    def menu_actions(self) -> list[QAction]:
        return [self.focus_action]

    def focus_query(self) -> None:
        """Bring this page to the front and put the cursor in the query box."""
        widget = self.parentWidget()
        while widget is not None and not isinstance(widget, QTabWidget):
            widget = widget.parentWidget()
        if widget is not None:
            widget.setCurrentWidget(self)
        self.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query.selectAll()

    # ------------------------------------------------------------------ running queries
    def run(self) -> None:
        """Start the query now (in the background); older answers will be ignored."""
        self.timer.stop()
        self._query = self.query.text().strip()
        self._filters = self.filters.value()
        self.ui.tasks.cancel((id(self), SEARCH_TASK))
        self.ui.tasks.cancel((id(self), MORE_TASK))
        if not self._query:
            self._show([], None)
            return
        self._start(0)

    def _start(self, offset: int) -> None:
        # a new query drops both keys; more results of the same query drop only older "more"
        self.ui.tasks.start(search_service.search, self.ui.services, self._query, self._filters,
                            limit=PAGE, offset=offset,
                            key=(id(self), MORE_TASK if offset else SEARCH_TASK),
                            on_done=lambda res: self._arrived(res, offset),
                            on_error=lambda exc, _tb: self._failed(exc))

    def _arrived(self, res: SearchResults, offset: int) -> None:
        if offset == 0:
            self._show([res], None)
        else:
            self._pages.append(res)
            self.model.append(res)
            self._update_count()

    def _failed(self, exc: BaseException) -> None:
        self._show([], exc)

    def _changed(self, changes: Changes) -> None:
        if changes.concerns_documents():
            self._library_changed()
        elif changes.concerns_commitments():
            self._rerun()

    def _rerun(self) -> None:
        if self._query:
            self.run()

    def _library_changed(self) -> None:
        """New or changed documents: index them now, in the background, so the next query
        does not wait for it; refresh the region choices and the results on show."""
        self.ui.tasks.start(search_service.refresh_index, self.ui.services,
                            on_error=lambda _exc, _tb: None)  # the next query retries
        self.ui.tasks.start(search_service.region_choices, self.ui.services,
                            on_done=self.filters.set_regions)
        self._rerun()

    def load_more(self) -> None:
        self._start(self.model.loaded_documents())

    # ------------------------------------------------------------------ showing results
    def _show(self, pages: list[SearchResults], error: BaseException | None) -> None:
        self._pages = pages
        self._error = error
        self.model.show(pages)
        self._expand()
        self._update_count()

    def _rerender(self) -> None:
        self.model.show(self._pages)
        self._expand()
        self._update_count()

    def _expand(self) -> None:
        for r in range(self.model.rowCount()):
            self.tree.setExpanded(self.model.index(r, 0), True)
        if self.model.rowCount() and not self.tree.currentIndex().isValid():
            self.tree.setCurrentIndex(self.model.index(0, 0))

    def _update_count(self) -> None:
        res = self._pages[0] if self._pages else None
        if res is None or res.empty:
            self.count.clear()
            self.empty.setText(self._empty_text(res))
            self.stack.setCurrentWidget(self.empty)
            return
        self.count.setText(self.tr("%1 documents, %2 commitments (%3 ms)")
                           .replace("%1", str(res.total_documents))
                           .replace("%2", str(res.total_commitments))
                           .replace("%3", f"{res.elapsed_ms:.0f}"))
        self.stack.setCurrentWidget(self.tree)

    def _empty_text(self, res: SearchResults | None) -> str:
        if isinstance(self._error, QueryError):
            return self.tr("The query only excludes words (-word, NOT word): add a word to "
                           "look for.")
        if self._error is not None:
            return self.tr("The search failed: %1").replace("%1", str(self._error))
        if res is None:
            return self.tr(
                "Type words to find in every document and commitment, e.g. 碳汇 or 黑臭水体 "
                "(Simplified and Traditional both match).\n\nWords separated by spaces must "
                "all appear; OR finds either; -word excludes; \"quotes\" keep a phrase "
                "together.")
        if self._filters != SearchFilter():
            return self.tr("Nothing found for “%1” with these filters. Clear a filter or try "
                           "a shorter word.").replace("%1", self._query)
        return self.tr("Nothing found for “%1”. Try a shorter word, or fewer words.") \
            .replace("%1", self._query)

    # ------------------------------------------------------------------ opening hits
    def activate(self, index: QModelIndex) -> None:
        action = index.data(ACTION_ROLE)
        if action == "document":
            self.ui.events.open_document.emit(index.data(ID_ROLE), index.data(START_ROLE),
                                              index.data(END_ROLE))
        elif action == "commitment":
            self.ui.events.open_commitment.emit(index.data(ID_ROLE))
        elif action == "more":
            self.load_more()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Down arrow in the query box moves into the results (keyboard-only use)."""
        if (obj is self.query and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Down
                and self.stack.currentWidget() is self.tree):
            self.tree.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return super().eventFilter(obj, event)

    # ------------------------------------------------------------------ language
    def retranslate(self) -> None:
        self.query.setPlaceholderText(self.tr(
            "Search all documents and commitments (Ctrl+K) — e.g. 碳汇 OR 林业 -煤炭"))
        retranslate_actions(self.focus_action)
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

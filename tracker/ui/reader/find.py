"""Find in the open document (Ctrl+F): a bar under the text with a count, next/previous
that wrap around, and the matches highlighted over the commitments.

Matching is the search index's (Simplified = Traditional, case- and width-insensitive),
through services.search.find_in_text, in code points; the view converts to Qt's UTF-16
positions. The matches of a query are computed once, off the GUI thread (a 1 MB text, or
the first use that loads the fold table, takes longer than a keystroke should); only the
matches near the screen are handed to Qt.
"""

from __future__ import annotations

from bisect import bisect_left

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush, QColor, QKeyEvent, QTextCharFormat, QTextCursor,
)
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QLineEdit, QTextEdit, QToolButton, QWidget,
)

from tracker.ui.actions import make_action
from tracker.ui.actions import retranslate as retranslate_actions
from tracker.services.search import find_in_text
from tracker.ui.reader.view import ReaderView
from tracker.ui.tasks import TaskRunner

DEBOUNCE_MS = 120
BUSY_NOTICE_MS = 150
MATCH_COLOUR = QColor(255, 214, 0, 110)      # translucent: the commitment colour shows through
CURRENT_COLOUR = QColor(255, 128, 0, 190)
NO_MATCH_STYLE = "QLineEdit { background: #ffd9d9; color: #7a0000; }"
# the runner's key (with the bar): only the newest query's matches count
FIND_TASK = "find"


def _format(colour: QColor, current: bool) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(QBrush(colour))
    if current:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(QColor(160, 60, 0))
    return fmt


class FindBar(QWidget):
    """The bar; hidden until Ctrl+F. `matches_ready` is emitted when a query's matches
    have arrived (and the current one is shown)."""

    matches_ready = Signal()
    closed = Signal()

    def __init__(self, view: ReaderView, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.tasks = tasks
        self.matches: list[tuple[int, int]] = []
        self._starts: list[int] = []
        self.index = -1               # the current match, -1 when none
        self.busy = False
        self._query = ""              # the query the matches belong to
        self._text: str | None = None  # the text they were found in
        self._anchor = 0              # code point the first match is looked for from
        self._match_fmt = _format(MATCH_COLOUR, False)
        self._current_fmt = _format(CURRENT_COLOUR, True)

        self.field = QLineEdit(self)
        self.field.setClearButtonEnabled(True)
        self.field.installEventFilter(self)
        self.field.textChanged.connect(self._typed)
        self.count = QLabel(self)
        self.count.setMinimumWidth(90)
        self.prev_button = QToolButton(self)
        self.prev_button.setArrowType(Qt.ArrowType.UpArrow)
        self.prev_button.setAutoRaise(True)
        self.prev_button.clicked.connect(self.previous)
        self.next_button = QToolButton(self)
        self.next_button.setArrowType(Qt.ArrowType.DownArrow)
        self.next_button.setAutoRaise(True)
        self.next_button.clicked.connect(self.next)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.close_bar)
        self.label = QLabel(self)
        self.label.setBuddy(self.field)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.setSpacing(4)
        layout.addWidget(self.label)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.prev_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.close_button)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run)
        # "Finding…" only when finding takes long enough to notice (no flicker per keystroke)
        self.busy_timer = QTimer(self)
        self.busy_timer.setSingleShot(True)
        self.busy_timer.setInterval(BUSY_NOTICE_MS)
        self.busy_timer.timeout.connect(self._show_count)

        make_action(self, "find.close", self.close_bar)   # kept by self (its parent)

        view.add_layer(self.selections)
        self.retranslate()
        self.hide()

    # ------------------------------------------------------------------ opening, closing
    def open_bar(self) -> None:
        """Show the bar with the keyboard in the field; a short selection becomes the query."""
        span = self.view.selected_span()
        text = self.view.text()
        cursor = self.view.textCursor()
        self._anchor = self.view.offsets.from_utf16(cursor.selectionStart())
        if span is not None and span[1] - span[0] <= 100 and "\n" not in text[span[0]:span[1]]:
            self.field.setText(text[span[0]:span[1]])
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        if self._text is not text:
            self.run()

    def close_bar(self) -> None:
        """Hide the bar, leave the current match selected and the keyboard in the text."""
        self.timer.stop()
        current = self.current_span()
        self.hide()
        self.view.refresh_selections()
        if current is not None:
            self.view.select_span(*current, centre=False)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.closed.emit()

    def document_changed(self) -> None:
        """A new text in the view: the old matches mean nothing there."""
        self.tasks.cancel((id(self), FIND_TASK))
        self._set_matches([], None)
        self._anchor = 0
        if self.isVisible():
            self.run()

    # ------------------------------------------------------------------ finding
    def _typed(self, _text: str) -> None:
        self.timer.start()

    def run(self) -> None:
        """Find the field's text in the document, off the GUI thread."""
        self.timer.stop()
        query, text = self.field.text(), self.view.text()
        self.tasks.cancel((id(self), FIND_TASK))
        if not query:
            self._query = ""
            self._set_matches([], text)
            return
        self.busy = True
        self.busy_timer.start()
        self.tasks.start(find_in_text, text, query,
                         key=(id(self), FIND_TASK),
                         on_done=lambda spans: self._arrived(spans, text, query),
                         on_error=lambda exc, _tb: self._failed(exc))

    def _arrived(self, spans: list[tuple[int, int]], text: str, query: str) -> None:
        if text is not self.view.text():
            return
        self._query = query
        self._set_matches(spans, text)
        if spans:
            first = bisect_left(self._starts, self._anchor)
            self.index = first % len(spans)  # the first at or after the caret, wrapping
            self._show_current()
        self.matches_ready.emit()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.count.setText(self.tr("Find failed: %1").replace("%1", str(exc)))

    def _set_matches(self, spans: list[tuple[int, int]], text: str | None) -> None:
        self.busy = False
        self.matches = spans
        self._starts = [s for s, _ in spans]
        self._text = text
        self.index = -1
        self._show_count()
        self.view.refresh_selections()

    def _pending(self) -> bool:
        """The field's text differs from what the matches were found for."""
        return self.busy or self.timer.isActive() or self.field.text() != self._query \
            or self._text is not self.view.text()

    # ------------------------------------------------------------------ moving
    def next(self) -> None:
        self._step(1)

    def previous(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        if not self.isVisible():
            self.open_bar()
        if self._pending():
            if not self.busy:
                self.run()  # Enter right after typing: find now, show the first match
            return
        if not self.matches:
            return
        self.index = (self.index + delta) % len(self.matches)
        self._show_current()

    def current_span(self) -> tuple[int, int] | None:
        if 0 <= self.index < len(self.matches) and self._text is self.view.text():
            return self.matches[self.index]
        return None

    def _show_current(self) -> None:
        """Put the caret on the current match and scroll it into view if it is off screen."""
        span = self.current_span()
        self._show_count()
        if span is None:
            return
        self._anchor = span[0]
        lo, hi = self.view.visible_range()
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(self.view.offsets.to_utf16(span[0]))
        self.view.setTextCursor(cursor)
        if not (lo <= span[0] and span[1] <= hi) or not self._on_screen(cursor):
            self.view.show_span(span[0])
        self.view.refresh_selections()

    def _on_screen(self, cursor: QTextCursor) -> bool:
        rect = self.view.cursorRect(cursor)
        return 0 <= rect.top() and rect.bottom() <= self.view.viewport().height()

    # ------------------------------------------------------------------ display
    def _show_count(self) -> None:
        if self.busy:  # keep the last answer up while the next one is worked out
            if not self.busy_timer.isActive():
                self.count.setText(self.tr("Finding…"))
            return
        no_match = bool(self.field.text()) and not self.matches \
            and self._query == self.field.text()
        self.field.setStyleSheet(NO_MATCH_STYLE if no_match else "")
        self.field.setProperty("noMatch", no_match)
        self.count.setStyleSheet("color: #b00000" if no_match else "")
        if no_match:
            self.count.setText(self.tr("No match"))
        elif self.matches:
            self.count.setText(self.tr("%1 of %2").replace("%1", f"{self.index + 1:,}")
                               .replace("%2", f"{len(self.matches):,}"))
        else:
            self.count.setText("")

    @property
    def no_match(self) -> bool:
        return bool(self.field.property("noMatch"))

    def selections(self, lo: int, hi: int) -> list[QTextEdit.ExtraSelection]:
        """The matches over code points lo..hi, the current one stronger; drawn last, over
        the commitment highlights, in translucent colours."""
        if not self.isVisible() or not self.matches or self._text is not self.view.text():
            return []
        offsets, doc = self.view.offsets, self.view.document()
        longest = max(1, len(self._query))
        first = bisect_left(self._starts, lo - longest)
        last = bisect_left(self._starts, hi)
        out = []
        for i in range(first, last):
            start, end = self.matches[i]
            if end <= lo:
                continue
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(doc)
            cursor.setPosition(offsets.to_utf16(start))
            cursor.setPosition(offsets.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            sel.format = self._current_fmt if i == self.index else self._match_fmt
            out.append(sel)
        return out

    # ------------------------------------------------------------------ keys, language
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Enter: next match; Shift+Enter: previous."""
        if obj is self.field and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.previous()
            else:
                self.next()
            return True
        return super().eventFilter(obj, event)

    def retranslate(self) -> None:
        retranslate_actions(*[a for a in self.actions() if a.objectName()])
        self.label.setText(self.tr("&Find:"))
        self.field.setPlaceholderText(self.tr("Find in this document (简/繁 both match)"))
        self.prev_button.setToolTip(self.tr("Previous match (Shift+Enter, Shift+F3)"))
        self.next_button.setToolTip(self.tr("Next match (Enter, F3)"))
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

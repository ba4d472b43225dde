"""The reading view: a document's normalised text, read-only, with highlights.

Qt counts UTF-16 units; everything this view says to the rest of the app is in code points
(OffsetMap converts at this boundary).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QFont, QMouseEvent, QTextBlockFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QMenu, QTextEdit, QWidget

from tracker.ui.reader.highlights import Highlight, HighlightSet
from tracker.ui.reader.keys import RecordKey
from tracker.ui.reader.offsets import OffsetMap
from tracker.ui.reader.tables import align_tables

READING_FONTS = ["Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "SimSun",
                 "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC"]
BASE_POINT_SIZE = 13
LINE_HEIGHT = 160  # per cent: Chinese prose reads better with generous leading
MIN_ZOOM, MAX_ZOOM = -6, 16
VISIBLE_MARGIN = 3000  # code points of highlights kept beyond the screen's ends

# code points lo..hi -> selections drawn over the commitment highlights (e.g. find matches)
Layer = Callable[[int, int], list[QTextEdit.ExtraSelection]]


class ReaderView(QTextEdit):
    """Read-only text with highlights; a click on a highlight reports its key."""

    highlight_clicked = Signal(tuple)  # Highlight.key
    context_menu_requested = Signal(QMenu)  # the page adds its actions

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setUndoRedoEnabled(False)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.zoom = 0
        self.offsets = OffsetMap("")
        self.highlights = HighlightSet(self.document(), self.offsets)
        self.current: RecordKey | None = None
        self._press: QPoint | None = None
        self._doc: QTextDocument | None = None
        self._top_block = None
        self.layers: list[Layer] = []
        self.verticalScrollBar().valueChanged.connect(lambda _v: self._scrolled())
        self._apply_font()

    # ------------------------------------------------------------------ text
    def set_text(self, text: str) -> None:
        """Show `text` (one paragraph per line) with comfortable leading."""
        doc = QTextDocument(self)
        doc.setUndoRedoEnabled(False)
        doc.setDocumentMargin(24)
        doc.setDefaultFont(self._font())
        cursor = QTextCursor(doc)
        fmt = QTextBlockFormat()
        fmt.setLineHeight(LINE_HEIGHT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        fmt.setBottomMargin(6)
        cursor.setBlockFormat(fmt)
        cursor.insertText(text)  # new blocks inherit the block format: one call, no loop
        align_tables(doc, text, self._font())  # DOCX table rows as columns
        self.setExtraSelections([])  # while they still belong to the old document
        old, self._doc = self._doc, doc
        self.setDocument(doc)  # deletes the editor's own first document, not ours
        if old is not None:
            old.deleteLater()
        self.offsets = OffsetMap(text)
        self._top_block = None
        self.highlights = HighlightSet(doc, self.offsets)
        self.current = None
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def text(self) -> str:
        return self.offsets.text

    # ------------------------------------------------------------------ highlights
    def set_highlights(self, items: list[Highlight]) -> None:
        self.highlights.set_items(items)
        self._refresh()

    def set_current(self, key: RecordKey | None) -> None:
        if key != self.current:
            self.current = key
            self._refresh()

    def _refresh(self) -> None:
        """Give Qt the selections of the text on screen (and a margin around it)."""
        lo, hi = self.visible_range()
        lo, hi = max(0, lo - VISIBLE_MARGIN), hi + VISIBLE_MARGIN
        selections = self.highlights.selections(self.current, lo, hi)
        for layer in self.layers:
            selections += layer(lo, hi)
        self.setExtraSelections(selections)

    def add_layer(self, layer: Layer) -> None:
        """Selections of another kind, asked for the text on screen at every refresh."""
        self.layers.append(layer)

    def refresh_selections(self) -> None:
        self._refresh()

    def visible_range(self) -> tuple[int, int]:
        """Code points of the first and last characters on screen.

        Walks the blocks from the last top block seen (a scroll moves it a little), since
        hit tests and far block lookups would lay out the whole document."""
        doc = self.document()
        layout = doc.documentLayout()
        y0 = self.verticalScrollBar().value()
        y1 = y0 + self.viewport().height()
        block = self._top_block if self._top_block is not None and self._top_block.isValid() \
            else doc.firstBlock()
        while block.previous().isValid() and layout.blockBoundingRect(block).top() > y0:
            block = block.previous()
        while block.next().isValid() and layout.blockBoundingRect(block).bottom() < y0:
            block = block.next()
        self._top_block = block
        last = block
        while last.next().isValid() and layout.blockBoundingRect(last).bottom() < y1:
            last = last.next()
        return (self.offsets.from_utf16(block.position()),
                self.offsets.from_utf16(last.position() + last.length()))

    def _scrolled(self) -> None:
        if self.highlights.items or self.layers:
            self._refresh()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._scrolled()

    # ------------------------------------------------------------------ selection
    def selected_span(self) -> tuple[int, int] | None:
        """The selection in code points, without surrounding white space; None if empty."""
        c = self.textCursor()
        if not c.hasSelection():
            return None
        start = self.offsets.from_utf16(c.selectionStart())
        end = self.offsets.from_utf16(c.selectionEnd())
        text = self.offsets.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return (start, end) if end > start else None

    def select_span(self, start: int, end: int, centre: bool = True) -> None:
        """Select code points start..end and scroll them into view."""
        n = len(self.offsets.text)
        start, end = max(0, min(start, n)), max(0, min(end, n))
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.offsets.to_utf16(end))
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        cursor.setPosition(self.offsets.to_utf16(start), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        if centre:
            rect = self.cursorRect(cursor)
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + rect.center().y() - self.viewport().height() // 3)

    def show_span(self, start: int) -> None:
        """Scroll so that code point `start` is visible, without selecting."""
        start = max(0, min(start, len(self.offsets.text)))
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.offsets.to_utf16(start))
        self.setTextCursor(cursor)
        rect = self.cursorRect(cursor)
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + rect.center().y() - self.viewport().height() // 3)

    def position_at(self, point: QPoint) -> int:
        return self.offsets.from_utf16(self.cursorForPosition(point).position())

    # ------------------------------------------------------------------ zoom
    def _font(self) -> QFont:
        font = QFont(self.font())
        font.setFamilies(READING_FONTS + [self.font().family()])
        font.setPointSize(max(6, BASE_POINT_SIZE + self.zoom))
        return font

    def _apply_font(self) -> None:
        self.document().setDefaultFont(self._font())
        if self._doc is not None and "\t" in self.offsets.text:
            align_tables(self._doc, self.offsets.text, self._font())

    def set_zoom(self, zoom: int) -> None:
        self.zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        self._apply_font()
        self._scrolled()  # other lines on screen now

    def zoom_by(self, steps: int) -> None:
        self.set_zoom(self.zoom + steps)

    # ------------------------------------------------------------------ mouse
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        super().mouseReleaseEvent(event)
        point = event.position().toPoint()
        if (event.button() == Qt.MouseButton.LeftButton and self._press is not None
                and (point - self._press).manhattanLength() < 4
                and not self.textCursor().hasSelection()):
            hits = self.highlights.at(self.position_at(point))
            if hits:
                self.highlight_clicked.emit(hits[0].key)
        self._press = None

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(1 if event.angleDelta().y() > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

    def contextMenuEvent(self, event) -> None:  # noqa: N802 - Qt API
        menu = self.createStandardContextMenu(event.pos())
        self.context_menu_requested.emit(menu)
        menu.exec(event.globalPos())
        menu.deleteLater()

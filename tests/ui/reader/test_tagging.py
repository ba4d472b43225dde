"""The reader drives the real window: tag a selection, undo/redo, restart, click, delete."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from tracker.domain.model import Kind, Origin
from tracker.services import commitments as svc
from tracker.services.changes import Changes

from .conftest import QUOTE, focus, open_doc, open_window


def select_text(view, quote: str) -> None:
    """What a user's mouse drag does: a Qt selection found by Qt (UTF-16 positions)."""
    cursor = view.document().find(quote)
    assert not cursor.isNull()
    view.setTextCursor(cursor)


def test_reader_is_the_first_tab(window):
    assert window.tabs.widget(0).page_name == "reader"
    assert window.tabs.tabText(0) == "阅读"


def test_opening_from_the_library_shows_the_text(window, page, reader_doc, qtbot):
    doc_id, text = reader_doc
    window.library.select_document(doc_id)      # as a click in the library does
    assert page.doc.id == doc_id
    qtbot.waitUntil(lambda: page.loaded, timeout=20000)
    assert page.view.toPlainText() == text
    assert page.stack.currentWidget() is page.view
    assert "南昌市生态环境保护工作要点" in page.header.text()


def test_tag_selection_stores_code_point_offsets_undo_redo(window, page, reader_doc, qtbot):
    doc_id, text = reader_doc
    assert text.index("𠮷") < text.index(QUOTE)   # UTF-16 and code points differ here
    open_doc(window, page, qtbot, doc_id)
    select_text(page.view, QUOTE)
    focus(qtbot, page.view)
    qtbot.keyClick(page.view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)

    (c,) = svc.for_document(window.ui.services, doc_id)
    start = text.index(QUOTE)
    assert (c.span.start, c.span.end) == (start, start + len(QUOTE))
    assert c.quote == QUOTE == text[c.span.start:c.span.end]
    assert c.span.prefix.endswith("到2025年底前，")
    # pre-filled from the words of the selection
    assert c.kind is Kind.TARGET and c.origin is Origin.MANUAL
    assert c.target.value == 30 and c.target.unit == "微克/立方米"
    assert page.current == ("c", c.id)
    assert page.editor.quote.text() == QUOTE
    assert page.list_model.rowCount() == 1

    window.act_undo.trigger()
    assert svc.for_document(window.ui.services, doc_id) == []
    assert page.list_model.rowCount() == 0
    assert [h for h in page.view.highlights.items if not h.is_suggestion] == []
    window.act_redo.trigger()
    (again,) = svc.for_document(window.ui.services, doc_id)
    assert again.id == c.id and again.uuid == c.uuid and again.quote == QUOTE
    assert [h.key for h in page.view.highlights.items if not h.is_suggestion] == [("c", c.id)]


def test_tag_with_nothing_selected_says_so(window, page, reader_doc, qtbot):
    doc_id, _text = reader_doc
    open_doc(window, page, qtbot, doc_id)
    page.act_tag.trigger()
    assert "选中" in window.statusBar().currentMessage()
    assert svc.for_document(window.ui.services, doc_id) == []


def test_context_menu_offers_tagging(window, page, reader_doc, qtbot):
    from PySide6.QtWidgets import QMenu

    doc_id, _text = reader_doc
    open_doc(window, page, qtbot, doc_id)
    menu = QMenu()
    page._context_menu(menu)
    assert page.act_tag in menu.actions()
    assert page.act_tag.text() == "标记为承诺"
    assert page.act_tag in window.menu_edit.actions()


def test_library_count_follows_tagging(window, page, reader_doc, qtbot):
    from tracker.ui.library import LibraryModel

    doc_id, _text = reader_doc
    open_doc(window, page, qtbot, doc_id)
    select_text(page.view, QUOTE)
    page.act_tag.trigger()
    model = window.library.model   # the list is read again off the GUI thread
    qtbot.waitUntil(lambda: model.data(model.index(model.row_of(doc_id), LibraryModel.COUNT)) == 1)


def test_zoom_by_keyboard_is_remembered(window, page, reader_doc, qtbot):
    doc_id, _text = reader_doc
    open_doc(window, page, qtbot, doc_id)
    size = page.view.document().defaultFont().pointSize()
    focus(qtbot, page.view)
    qtbot.keyClick(page.view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert page.view.document().defaultFont().pointSize() == size + 2
    assert int(window.settings.value("reader/zoom")) == 2
    qtbot.keyClick(page.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert page.view.document().defaultFont().pointSize() == size


def test_dropping_files_on_the_window_imports_them(window, qtbot, samples_dir):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in sorted(samples_dir.glob("*.txt"))[:2]])
    event = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.importer.finished, timeout=30000) as blocker:
        window.dropEvent(event)  # what Qt calls on a drop (sendEvent needs a drag in progress)
    assert len(blocker.args[0].imported) == 2
    qtbot.waitUntil(lambda: window.library.model.rowCount() == 2)


def test_restart_keeps_the_commitment(window, page, reader_doc, qtbot, db_path):
    doc_id, text = reader_doc
    open_doc(window, page, qtbot, doc_id)
    select_text(page.view, QUOTE)
    page.act_tag.trigger()
    (c,) = svc.for_document(window.ui.services, doc_id)
    window.close()

    again, translations = open_window(qtbot, db_path)
    try:
        reader = again.pages[0]
        again.ui.events.open_commitment.emit(c.id)
        assert reader.doc.id == doc_id
        qtbot.waitUntil(lambda: reader.loaded, timeout=20000)
        assert reader.current == ("c", c.id)
        assert reader.editor.quote.text() == QUOTE
        (h,) = [h for h in reader.view.highlights.items if not h.is_suggestion]
        assert (h.start, h.end) == (c.span.start, c.span.end)
        assert again.tabs.currentWidget() is reader
    finally:
        again.tasks.wait(10000)
        again.close()
        translations.uninstall()


def click_at(qtbot, view, code_point: int) -> None:
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.offsets.to_utf16(code_point))
    point = view.cursorRect(cursor).center()
    point.setX(point.x() + 3)  # inside the character after the position
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_clicking_a_highlight_selects_the_record_and_back(window, page, reader_doc, qtbot):
    doc_id, text = reader_doc
    open_doc(window, page, qtbot, doc_id)
    select_text(page.view, QUOTE)
    page.act_tag.trigger()
    second = "建成全市统一的生态环境监测平台"
    select_text(page.view, second)
    page.act_tag.trigger()
    first, other = svc.for_document(window.ui.services, doc_id)
    assert other.quote == second

    page.select(None)
    page.view.ensureCursorVisible()
    click_at(qtbot, page.view, text.index(QUOTE) + 5)
    assert page.current == ("c", first.id)
    assert page.view.current == ("c", first.id)
    assert page.list.currentIndex().row() == 0
    assert page.editor.quote.text() == QUOTE

    # the reverse: choosing the row makes its highlight current
    page.list.setCurrentIndex(page.list_model.index(1, 0))
    assert page.view.current == ("c", other.id)
    assert page.editor.quote.text() == second

    # next / previous by keyboard, in reading order
    focus(qtbot, page.view)
    qtbot.keyClick(page.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert page.current == ("c", first.id)
    qtbot.keyClick(page.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert page.current == ("c", other.id)


def test_delete_and_undo_puts_it_back(window, page, reader_doc, qtbot):
    doc_id, _text = reader_doc
    open_doc(window, page, qtbot, doc_id)
    select_text(page.view, QUOTE)
    page.act_tag.trigger()
    (c,) = svc.for_document(window.ui.services, doc_id)
    focus(qtbot, page.view)
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert svc.for_document(window.ui.services, doc_id) == []
    assert page.current is None
    window.undo.undo()
    (back,) = svc.for_document(window.ui.services, doc_id)
    assert back.id == c.id and back.target == c.target


def test_span_ends_move_and_undo(window, page, reader_doc, qtbot):
    doc_id, text = reader_doc
    open_doc(window, page, qtbot, doc_id)
    select_text(page.view, QUOTE)
    page.act_tag.trigger()
    (c,) = svc.for_document(window.ui.services, doc_id)
    focus(qtbot, page.view)
    qtbot.keyClick(page.view, Qt.Key.Key_Right,
                   Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(page.view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    moved = svc.get(window.ui.services, c.id)
    assert (moved.span.start, moved.span.end) == (c.span.start - 1, c.span.end + 1)
    assert moved.quote == text[c.span.start - 1:c.span.end + 1]
    # the span to a new selection
    select_text(page.view, "平均浓度下降到30微克/立方米")
    page.act_span.trigger()
    assert svc.get(window.ui.services, c.id).quote == "平均浓度下降到30微克/立方米"
    for _ in range(3):
        window.undo.undo()
    assert svc.get(window.ui.services, c.id).span == c.span


def test_open_document_at_a_span_selects_it(window, page, reader_doc, qtbot):
    doc_id, text = reader_doc
    start = text.index(QUOTE)
    open_doc(window, page, qtbot, doc_id, start, start + len(QUOTE))
    assert page.view.selected_span() == (start, start + len(QUOTE))
    assert page.view.textCursor().selectedText() == QUOTE


def test_a_deleted_document_leaves_the_reader_empty(window, page, reader_doc, qtbot):
    from tracker.services import library

    doc_id, _text = reader_doc
    assert page.stack.currentWidget() is page.empty and page.right.isHidden()
    open_doc(window, page, qtbot, doc_id)
    assert not page.right.isHidden()
    library.delete_document(window.ui.services, doc_id)
    window.ui.events.changed.emit(Changes.reload())
    assert page.doc is None
    assert page.stack.currentWidget() is page.empty and page.right.isHidden()
    assert not page.act_tag.isEnabled()

"""A search hit opens the reader at the right span: search page → Enter → the reader shows
that document with exactly the hit's characters selected, also after characters outside
the BMP (Qt counts them twice) and when the text is written in Traditional characters."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from tracker.search.fold import fold
from tracker.ui.search.results_model import ACTION_ROLE, END_ROLE, ID_ROLE, START_ROLE
from tests.ui.conftest import import_through_window

TEXT = (
    "𠮷溪县生态环境局关于监测工作的通知\n"
    "𠮷𠮷 一、完善生態環境監測網絡，2026年底前建成县级空气自动站。\n"
    "二、𠮷 生态环境监测数据每月公开，由县生态环境局负责。\n"
)
QUERY = "生态环境监测"


def import_text(window, qtbot, tmp_path) -> tuple[int, str]:
    path = tmp_path / "监测通知.txt"
    path.write_text(TEXT, encoding="utf-8")
    return import_through_window(window, qtbot, path)


def search(window, qtbot, query: str):
    page = next(p for p in window.pages if p.page_name == "search")
    window.tabs.setCurrentWidget(page)
    page.query.setFocus()
    page.query.clear()
    event = QInputMethodEvent()
    event.setCommitString(query)
    QApplication.sendEvent(page.query, event)
    qtbot.keyClick(page.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.tree
                    and page.model.rowCount() > 0, timeout=20000)
    return page


def activate(window, page, qtbot, index) -> None:
    page.tree.setFocus()
    page.tree.setCurrentIndex(index)
    with qtbot.waitSignal(window.ui.events.open_document, timeout=5000):
        qtbot.keyClick(page.tree, Qt.Key.Key_Return)


def test_hits_open_the_reader_with_the_hit_selected(window, qtbot, tmp_path):
    doc_id, text = import_text(window, qtbot, tmp_path)
    reader = window.pages[0]
    assert reader.page_name == "reader"
    page = search(window, qtbot, QUERY)
    doc_item = page.model.index(0, 0)
    assert doc_item.data(ACTION_ROLE) == "document" and doc_item.data(ID_ROLE) == doc_id
    hits = [page.model.index(r, 0, doc_item) for r in range(page.model.rowCount(doc_item))]
    hits = [h for h in hits if h.data(ACTION_ROLE) == "document"]
    spans = [(h.data(START_ROLE), h.data(END_ROLE)) for h in hits]
    # the hits: 生態環境監測 after three 𠮷, then 生态环境监测 after four
    assert spans == [(text.index("生態環境監測"), text.index("生態環境監測") + 6),
                     (text.index("生态环境监测"), text.index("生态环境监测") + 6)]

    for hit, (start, end) in zip(hits, spans):
        activate(window, page, qtbot, hit)
        assert window.tabs.currentWidget() is reader
        assert reader.doc is not None and reader.doc.id == doc_id
        cursor = reader.view.textCursor()
        astral_before = sum(1 for ch in text[:start] if ord(ch) > 0xFFFF)
        assert astral_before in (3, 4)
        assert (cursor.selectionStart(), cursor.selectionEnd()) == \
            (start + astral_before, end + astral_before)
        assert cursor.selectedText() == text[start:end]
        assert fold(cursor.selectedText()) == QUERY
        assert reader.view.selected_span() == (start, end)
        qtbot.waitUntil(reader.view.hasFocus, timeout=5000)
        # the selection is on screen
        rect = reader.view.cursorRect(cursor)
        assert 0 <= rect.top() and rect.bottom() <= reader.view.viewport().height()
        window.tabs.setCurrentWidget(page)


def test_traditional_query_opens_simplified_text(window, qtbot, tmp_path):
    doc_id, text = import_text(window, qtbot, tmp_path)
    page = search(window, qtbot, "監測數據")
    doc_item = page.model.index(0, 0)
    hit = page.model.index(0, 0, doc_item)
    start, end = hit.data(START_ROLE), hit.data(END_ROLE)
    activate(window, page, qtbot, hit)
    reader = window.pages[0]
    assert reader.view.textCursor().selectedText() == "监测数据" == text[start:end]

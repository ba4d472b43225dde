"""The search page: typing a query, results in a tree, Enter opens the hit; Ctrl+K."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from tracker.domain.model import Commitment
from tracker.domain.spans import Span
from tracker.search.fold import fold
from tracker.services import library
from tracker.storage import repos
from tracker.ui.search import SearchPage
from tracker.ui.search.results_model import ACTION_ROLE, END_ROLE, ID_ROLE, START_ROLE
from tracker.services.changes import ChangeKind, Changes, Delta


@pytest.fixture
def page(window, qtbot) -> SearchPage:
    with qtbot.waitSignal(window.importer.finished, timeout=30000):
        window.load_samples()
    return next(p for p in window.pages if p.page_name == "search")


def type_chinese(widget, text: str) -> None:
    """What an input method does: commit the composed text (keyClicks aborts on CJK)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def wait_for_results(page, qtbot) -> None:
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.tree
                    and page.model.rowCount() > 0, timeout=20000)


def test_page_is_registered_with_a_title(window):
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert "搜索" in titles


def test_enter_on_a_hit_opens_the_document_at_the_hit(window, page, qtbot):
    type_chinese(page.query, "碳汇")
    assert page.query.text() == "碳汇"
    qtbot.keyClick(page.query, Qt.Key.Key_Return)
    wait_for_results(page, qtbot)
    doc_item = page.model.index(0, 0)
    assert doc_item.data(ACTION_ROLE) == "document"
    hit_index = page.model.index(1, 0, doc_item)           # the second hit of the first doc
    doc_id, start, end = (hit_index.data(r) for r in (ID_ROLE, START_ROLE, END_ROLE))
    text = library.get_document(window.ui.services, doc_id).text
    assert fold(text[start:end]) == "碳汇"
    page.tree.setFocus()
    page.tree.setCurrentIndex(hit_index)
    with qtbot.waitSignal(window.ui.events.open_document, timeout=5000) as blocker:
        qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    assert blocker.args == [doc_id, start, end]
    assert "篇文档" in page.count.text()


def test_traditional_query_finds_simplified_text(window, page, qtbot):
    page.query.setText("生態環境")        # debounced run after typing stops
    wait_for_results(page, qtbot)
    assert page.model.results[0].total_documents >= 3


def test_commitment_hit_opens_the_commitment(window, page, qtbot):
    doc = library.list_documents(window.ui.services)[0]
    text = library.get_document(window.ui.services, doc.id).text
    with window.ui.services.db.session() as session:
        made = repos.add_commitment(session, Commitment(
            document_id=doc.id, span=Span(0, 10, text[:10]), notes="复核：湿地碳汇试点进展"))
    window.ui.events.changed.emit(Changes(ChangeKind.EDIT, commitments=Delta.of(updated=[made.id])))
    page.query.setText("湿地碳汇试点")
    page.run()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0
                    and page.model.index(page.model.rowCount() - 1, 0).data(ACTION_ROLE) is None,
                    timeout=20000)
    group = page.model.index(page.model.rowCount() - 1, 0)
    item = page.model.index(0, 0, group)
    assert item.data(ACTION_ROLE) == "commitment"
    with qtbot.waitSignal(window.ui.events.open_commitment, timeout=5000) as blocker:
        page.activate(item)
    assert blocker.args == [made.id]


def test_empty_states(window, page, qtbot):
    assert page.stack.currentWidget() is page.empty
    assert "碳汇" in page.empty.text()                      # says what to type
    page.query.setText("完全不存在的说法")
    page.run()
    qtbot.waitUntil(lambda: "没有找到" in page.empty.text(), timeout=20000)
    page.query.setText("-碳汇")
    page.run()
    qtbot.waitUntil(lambda: "排除" in page.empty.text(), timeout=20000)


def test_ctrl_k_focuses_the_query_box_from_another_widget(window, page, qtbot):
    # keyboard focus only exists in the active window (run alone, nothing else activated it)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    window.library.filter.setFocus()
    assert window.library.filter.hasFocus()
    assert page.focus_action in window.menu_edit.actions()
    page.focus_action.trigger()
    assert window.tabs.currentWidget() is page
    assert page.query.hasFocus() or QApplication.focusWidget() is page.query


def test_region_filter_limits_results(window, page, qtbot):
    qtbot.waitUntil(lambda: page.filters.region.count() > 1, timeout=20000)
    page.query.setText("生态")
    page.run()
    wait_for_results(page, qtbot)
    everything = page.model.results[0].total_documents
    code = page.filters.region.itemData(1)
    page.filters.region.setCurrentIndex(1)                   # runs the query again
    qtbot.waitUntil(lambda: page.model.results
                    and page.model.results[0].total_documents < everything, timeout=20000)
    for r in range(page.model.rowCount()):
        doc_id = page.model.index(r, 0).data(ID_ROLE)
        if page.model.index(r, 0).data(ACTION_ROLE) == "document":
            assert library.get_document(window.ui.services, doc_id).region_code.startswith(code[:2])


def test_a_failing_search_says_so(window, page, qtbot, monkeypatch):
    from tracker.ui.search import page as page_module

    def broken(*_args, **_kw):
        raise RuntimeError("磁盘不可读")

    monkeypatch.setattr(page_module.search_service, "search", broken)
    page.query.setText("碳汇")
    page.run()
    qtbot.waitUntil(lambda: "搜索失败：磁盘不可读" in page.empty.text(), timeout=20000)


def test_language_switch_rerenders_results(window, page, qtbot):
    page.query.setText("碳汇")
    page.run()
    wait_for_results(page, qtbot)
    assert "处" in page.model.index(0, 0).data(Qt.ItemDataRole.UserRole + 10)
    window.set_language("en")
    assert page.count.text().endswith("ms)") and "documents" in page.count.text()
    assert "hits" in page.model.index(0, 0).data(Qt.ItemDataRole.UserRole + 10)
    qtbot.waitUntil(lambda: window.tabs.tabText(window.tabs.indexOf(page)) == "Search",
                    timeout=5000)   # the window retitles tabs on its LanguageChange event
    window.set_language("zh_CN")
    qtbot.waitUntil(lambda: window.tabs.tabText(window.tabs.indexOf(page)) == "搜索",
                    timeout=5000)


def test_clear_filters_restores_every_document(window, page, qtbot):
    page.query.setText("生态")
    page.filters.doc_type.setCurrentIndex(page.filters.doc_type.findData("decision"))
    qtbot.waitUntil(lambda: page.model.results != [] and
                    page.model.results[0].total_documents == 1, timeout=20000)
    assert page.filters.clear_button.text() == "清除筛选(&L)"
    page.filters.clear_button.click()
    qtbot.waitUntil(lambda: page.model.results[0].total_documents == 5, timeout=20000)
    assert page.filters.value().doc_type is None

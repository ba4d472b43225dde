"""Ctrl+F in the reader: the find bar, its count, next/previous with wrap-around, matches
that are Simplified/Traditional-insensitive and right after characters outside the BMP."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from tests.ui.reader.conftest import focus, open_doc
from tracker.search.fold import fold
from tracker.services.changes import ChangeKind, Changes, Delta

# 𠮷 (U+20BB7) takes two UTF-16 units: every match after it sits one more unit further on
FIND_TEXT = (
    "𠮷野家生态环境局工作要点\n"
    "𠮷𠮷 一、生態環境保護：全市生态环境质量持续改善，生态环境局牵头。\n"
    "二、黑臭水体整治：2025年底前消除城市黑臭水体。\n"
    "三、𠮷生态环境监测平台建设，ＰＭ２.５浓度下降。\n"
)


@pytest.fixture
def find_doc(window, page, qtbot, tmp_path):
    """FIND_TEXT imported through the window and open in the reader; returns its text."""
    from tracker.services import library

    path = tmp_path / "查找测试.txt"
    path.write_text(FIND_TEXT, encoding="utf-8")
    with qtbot.waitSignal(window.importer.finished, timeout=30000) as blocker:
        window.importer.import_paths([path])
    doc_id = blocker.args[0].imported[0].id
    open_doc(window, page, qtbot, doc_id)
    return library.get_document(window.ui.services, doc_id).text


def type_query(bar, qtbot, text: str) -> None:
    """What an input method does (keyClicks aborts on CJK), then wait for the matches."""
    bar.field.clear()
    event = QInputMethodEvent()
    event.setCommitString(text)
    with qtbot.waitSignal(bar.matches_ready, timeout=20000):
        QApplication.sendEvent(bar.field, event)
    assert bar.field.text() == text


def press_ctrl_f(window, page, qtbot) -> None:
    window.tabs.setCurrentWidget(page)
    focus(qtbot, page.view)
    qtbot.keyClick(page.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.find.isVisible() and page.find.field.hasFocus(), timeout=5000)


def selected_text_of(view, span) -> str:
    """The characters Qt shows at a code-point span (Qt counts UTF-16 units)."""
    from PySide6.QtGui import QTextCursor

    cursor = QTextCursor(view.document())
    cursor.setPosition(view.offsets.to_utf16(span[0]))
    cursor.setPosition(view.offsets.to_utf16(span[1]), QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText()


def test_ctrl_f_opens_the_bar_and_counts_like_the_folded_text(window, page, find_doc, qtbot):
    text = find_doc
    assert page.find.isHidden()
    press_ctrl_f(window, page, qtbot)
    type_query(page.find, qtbot, "生态环境")
    expected = fold(text).count(fold("生态环境"))
    assert expected == 5                      # one of them written 生態環境
    assert len(page.find.matches) == expected
    assert page.find.count.text() == f"第 1 / {expected} 处"
    assert not page.find.no_match
    # every match is the query's letters in some script, and Qt shows exactly those
    for span in page.find.matches:
        assert fold(text[span[0]:span[1]]) == "生态环境"
        assert fold(selected_text_of(page.view, span)) == "生态环境"
    # the matches are drawn over the text, the current one in its own format
    find_sels = page.find.selections(0, len(text))
    assert len(find_sels) == expected
    assert [fold(s.cursor.selectedText()) for s in find_sels] == ["生态环境"] * expected
    current, *others = [s.format for s in find_sels]        # the first match is current
    assert all(f == others[0] for f in others) and current != others[0]
    assert current.background().color().alpha() > others[0].background().color().alpha()
    assert others[0].background().color().alpha() < 255       # commitments show through


def test_traditional_text_found_by_simplified_query(window, page, find_doc, qtbot):
    text = find_doc
    press_ctrl_f(window, page, qtbot)
    type_query(page.find, qtbot, "环境保护")
    assert [text[s:e] for s, e in page.find.matches] == ["環境保護"]
    assert page.find.count.text() == "第 1 / 1 处"
    type_query(page.find, qtbot, "pm2.5")      # full-width ＰＭ２.５ in the text
    assert [text[s:e] for s, e in page.find.matches] == ["ＰＭ２.５"]


def test_next_and_previous_wrap_around(window, page, find_doc, qtbot):
    bar = page.find
    press_ctrl_f(window, page, qtbot)
    type_query(bar, qtbot, "生态环境")
    n = len(bar.matches)
    seen = [bar.index]
    for _ in range(n):
        qtbot.keyClick(bar.field, Qt.Key.Key_Return)
        seen.append(bar.index)
    assert seen == list(range(n)) + [0]             # after the last comes the first again
    assert bar.count.text() == f"第 1 / {n} 处"
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.index == n - 1                         # before the first comes the last
    assert bar.count.text() == f"第 {n} / {n} 处"
    qtbot.keyClick(bar.field, Qt.Key.Key_F3)
    assert bar.index == 0
    qtbot.keyClick(bar.field, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert bar.index == n - 1
    # F3 also works from the text itself
    focus(qtbot, page.view)
    qtbot.keyClick(page.view, Qt.Key.Key_F3)
    assert bar.index == 0
    # the caret sits at the current match's start, in UTF-16 units
    assert page.view.textCursor().position() == page.view.offsets.to_utf16(bar.matches[0][0])


def test_astral_characters_before_matches_select_the_right_characters(
        window, page, find_doc, qtbot):
    text = find_doc
    bar = page.find
    press_ctrl_f(window, page, qtbot)
    type_query(bar, qtbot, "生态环境监测")
    [(start, end)] = bar.matches
    assert text[start - 1] == "𠮷" and text.count("𠮷", 0, start) == 4
    assert start == text.index("生态环境监测")        # code points, not UTF-16 units
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    cursor = page.view.textCursor()
    assert cursor.selectedText() == "生态环境监测"
    assert cursor.selectionStart() == start + 4     # four astral characters before it
    assert page.view.selected_span() == (start, end)


def test_no_match_is_shown_and_escape_returns_to_the_text(window, page, find_doc, qtbot):
    bar = page.find
    press_ctrl_f(window, page, qtbot)
    type_query(bar, qtbot, "大气污染")
    assert bar.matches == [] and bar.no_match
    assert bar.count.text() == "无匹配"
    assert "background" in bar.field.styleSheet()
    assert bar.selections(0, len(find_doc)) == []
    type_query(bar, qtbot, "黑臭水体")
    assert not bar.no_match and bar.field.styleSheet() == ""
    assert bar.count.text() == "第 1 / 2 处"
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    qtbot.waitUntil(page.view.hasFocus, timeout=5000)
    assert bar.isHidden()
    assert page.view.textCursor().selectedText() == "黑臭水体"
    assert bar.selections(0, len(find_doc)) == []   # no find marks once closed


def test_ctrl_f_takes_the_selected_words_and_finds_from_the_caret(window, page, find_doc, qtbot):
    text = find_doc
    second = text.index("生态环境", text.index("全市"))
    page.view.select_span(second, second + 4)
    with qtbot.waitSignal(page.find.matches_ready, timeout=20000):
        press_ctrl_f(window, page, qtbot)
    assert page.find.field.text() == "生态环境"
    # the first match at or after the selection is current, not the document's first
    assert page.find.matches[page.find.index] == (second, second + 4)


def test_the_commitment_highlights_stay_under_the_matches(window, page, find_doc, qtbot):
    from tracker.services import commitments as svc

    text = find_doc
    start = text.index("黑臭水体整治")
    draft = svc.draft_from_selection(window.ui.services, page.doc.id, start, start + 6)
    stored = svc.create(window.ui.services, draft)
    window.ui.events.changed.emit(Changes(ChangeKind.EDIT, commitments=Delta.of(updated=[stored.id])))
    qtbot.waitUntil(lambda: any(h.key == ("c", stored.id) for h in page.view.highlights.items),
                    timeout=20000)
    press_ctrl_f(window, page, qtbot)
    type_query(page.find, qtbot, "黑臭")
    sels = page.view.extraSelections()
    starts = [s.cursor.selectionStart() for s in sels]
    at = page.view.offsets.to_utf16(start)
    assert starts.count(at) == 2        # the commitment's and the match's, both kept
    assert starts.index(at) < len(sels) - len(page.find.selections(0, len(text)))


def test_the_table_keeps_its_own_ctrl_f(window, page, find_doc, qtbot):
    table = next(p for p in window.pages if p.page_name == "table")
    window.tabs.setCurrentWidget(table)
    focus(qtbot, table)
    qtbot.keyClick(table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(table.filters.text.hasFocus, timeout=5000)
    assert page.find.isHidden()


def test_opening_another_document_finds_again_in_it(window, page, find_doc, reader_doc, qtbot):
    bar = page.find
    press_ctrl_f(window, page, qtbot)
    type_query(bar, qtbot, "生态环境")
    assert len(bar.matches) == 5
    doc_id, other = reader_doc
    with qtbot.waitSignal(bar.matches_ready, timeout=20000):
        window.ui.events.open_document.emit(doc_id, -1, -1)
    assert len(bar.matches) == fold(other).count("生态环境") == 3
    assert [other[s:e] for s, e in bar.matches] == ["生态环境"] * 3
    assert bar.count.text() == "第 1 / 3 处"

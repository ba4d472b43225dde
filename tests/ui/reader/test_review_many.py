"""The review queue with 160 suggestions: columns, sort, filter, multi-select, accept-all
at or above a confidence as one undo step, the reason shown; and `tracker review`."""

from __future__ import annotations

from tracker.ui.reader.keys import RecordKey

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import import_through_window
from tracker.services import commitments as svc
from tracker.ui.reader.lists import SuggestionListModel as M
from tracker.ui.reader.review import READY

from .conftest import focus, open_doc, wait_for_suggestions

PLACES = "东湖西湖青云谱青山湖新建红谷滩南昌进贤安义湾里"


def many_text(n: int = 160) -> str:
    """n distinct commitments; a third with a year deadline (0.95), a third with a month
    deadline (0.90), a third without one (0.75)."""
    lines = ["南昌市生态环境整改任务清单", "时间：2026-02-10"]
    for i in range(n):
        p = PLACES[i % len(PLACES)] + PLACES[(i * 7) % len(PLACES)]
        if i % 3 == 0:
            lines.append(f"到{2026 + i % 4}年底前，{p}片区第{i + 1}号污水管网改造完成{i + 3}公里。")
        elif i % 3 == 1:
            lines.append(f"{p}区要在{i % 12 + 1}月底前完成第{i + 1}批黑臭水体整治。")
        else:
            lines.append(f"加快推进{p}第{i + 1}号垃圾转运站建设，确保按期投用。")
    return "\n".join(lines) + "\n"


def middle_confidence(suggestions, both_sides: bool = True) -> float:
    """A threshold with suggestions on both sides (the extractor's confidence is a fitted
    probability, so the values depend on the model, not on fixed bands)."""
    levels = sorted({s.confidence for s in suggestions})
    assert len(levels) >= (2 if both_sides else 1), levels
    return levels[len(levels) // 2]


@pytest.fixture
def many_doc(window, qtbot, tmp_path):
    path = tmp_path / "整改清单.txt"
    path.write_text(many_text(), encoding="utf-8")
    return import_through_window(window, qtbot, path)[0]


@pytest.fixture
def queue(window, page, many_doc, qtbot):
    open_doc(window, page, qtbot, many_doc)
    wait_for_suggestions(page, qtbot)
    page.act_review.trigger()
    focus(qtbot, page.review.list)
    return page.review


def test_hundreds_in_columns_with_the_queue_taking_the_height(window, page, queue):
    assert queue.model.rowCount() >= 150
    assert queue.model.columnCount() == 6
    header = [queue.model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert header == ["原文", "类型", "置信度", "时限", "目标", "依据"]
    # the queue is given most of the side panel's height
    top, bottom = page.right.sizes()
    assert top > bottom
    assert queue.count.text() == f"共 {queue.model.rowCount()} 条建议"


def test_sort_by_confidence_and_filter_by_words_and_kind(page, queue):
    queue.list.sortByColumn(M.CONFIDENCE, Qt.SortOrder.DescendingOrder)
    shown = [queue.proxy.index(r, M.CONFIDENCE).data(M.SORT_ROLE)
             for r in range(queue.proxy.rowCount())]
    assert shown == sorted(shown, reverse=True) and shown[0] > shown[-1]
    queue.filter.setText("垃圾转运站")
    assert 0 < queue.proxy.rowCount() < queue.model.rowCount()
    assert all("垃圾转运站" in page.suggestions[r].quote for r in queue.shown_rows())
    queue.filter.clear()
    kinds = {page.suggestions[r].kind for r in range(len(page.suggestions))}
    kind = sorted(kinds)[0]
    queue.kind.setCurrentIndex(queue.kind.findData(kind))
    assert {page.suggestions[r].kind for r in queue.shown_rows()} == {kind}


def test_accept_all_at_or_above_a_confidence_is_one_undo_step(window, page, queue, many_doc,
                                                              qtbot):
    n = len(page.suggestions)
    cut = middle_confidence(page.suggestions)
    high = [s.quote for s in page.suggestions if s.confidence >= cut]
    assert 0 < len(high) < n
    queue.threshold.setValue(cut)
    before = window.undo.count()
    queue.accept_above_button.click()   # several: stored in the background
    qtbot.waitUntil(lambda: window.undo.count() == before + 1, timeout=20000)
    stored = svc.for_document(window.ui.services, many_doc)
    assert sorted(c.quote for c in stored) == sorted(high)
    wait_for_suggestions(page, qtbot)
    assert len(page.suggestions) == n - len(high)
    window.undo.undo()
    assert svc.for_document(window.ui.services, many_doc) == []
    qtbot.waitUntil(lambda: len(page.suggestions) == n and page.review._state == READY,
                    timeout=20000)
    window.undo.redo()
    assert len(svc.for_document(window.ui.services, many_doc)) == len(high)


def test_multi_select_by_keyboard_then_reject(window, page, queue, many_doc, qtbot):
    n = len(page.suggestions)
    queue.list.setCurrentIndex(queue.proxy.index(0, 0))
    for _ in range(4):
        qtbot.keyClick(queue.list, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert len(queue.selected_rows()) == 5
    assert queue.reject_button.text() == "驳回 5 条"
    chosen = [page.suggestions[r].quote for r in queue.selected_rows()]
    qtbot.keyClick(queue.list, Qt.Key.Key_R)
    wait_for_suggestions(page, qtbot)
    assert len(page.suggestions) == n - 5
    assert not set(chosen) & {s.quote for s in page.suggestions}
    assert svc.for_document(window.ui.services, many_doc) == []
    window.undo.undo()
    qtbot.waitUntil(lambda: len(page.suggestions) == n, timeout=20000)


def test_the_reason_is_shown_for_the_current_suggestion(page, queue):
    s = page.suggestions[3]
    assert s.why  # the extractor says why it made every suggestion
    page.select(RecordKey.suggestion(3))
    assert s.why in queue.why.text()
    assert queue.model.index(3, M.WHY).data() == s.why


def test_cli_review_accepts_at_or_above_a_confidence(tmp_path, capsys):
    from tracker.cli import main

    db = str(tmp_path / "r.db")
    path = tmp_path / "清单.txt"
    path.write_text(many_text(30), encoding="utf-8")
    assert main(["--db", db, "import", str(path), "-q"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "review", "1", "--json"]) == 0
    pending = json.loads(capsys.readouterr().out)["pending"]
    assert len(pending) == 30 and {"kind", "confidence", "deadline", "why"} <= set(pending[0])
    levels = sorted({p["confidence"] for p in pending})
    cut = levels[len(levels) // 2]
    high = [p["quote"] for p in pending if p["confidence"] >= cut]
    assert 0 < len(high) < len(pending)
    assert main(["--db", db, "review", "1", "--accept-all", "--min-confidence", str(cut),
                 "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert sorted(a["quote"] for a in out["accepted"]) == sorted(high)
    assert len(out["pending"]) == 30 - len(high)
    assert main(["--db", db, "review", "1", "--accept-all", "--min-confidence", "2"]) == 2
    assert main(["--db", db, "review", "9"]) == 1
    assert "no document 9" in capsys.readouterr().err


def test_keyboard_filter_then_accept_above(window, page, queue, many_doc, qtbot):
    """Ctrl+Shift+F to the filter, type, Enter back to the table, Ctrl+Shift+A accepts
    the shown ones at or above the confidence."""
    from tracker.ui.reader.review import ReviewQueue

    assert isinstance(queue, ReviewQueue)
    qtbot.keyClick(queue.list, Qt.Key.Key_F,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert queue.filter.hasFocus()
    typed = QInputMethodEvent()                 # Chinese arrives through the input method
    typed.setCommitString("污水管网")
    QApplication.sendEvent(queue.filter, typed)
    qtbot.keyClick(queue.filter, Qt.Key.Key_Return)
    assert queue.list.hasFocus() and 0 < queue.proxy.rowCount() < queue.model.rowCount()
    shown = [page.suggestions[r] for r in queue.shown_rows()]
    cut = middle_confidence(shown, both_sides=False)  # the filter alone may leave one level
    queue.threshold.setValue(cut)
    expected = sorted(s.quote for s in shown if s.confidence >= cut)
    assert expected
    before = window.undo.count()
    qtbot.keyClick(queue.list, Qt.Key.Key_A,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    # several are stored in the background
    qtbot.waitUntil(lambda: window.undo.count() == before + 1, timeout=20000)
    assert sorted(c.quote for c in svc.for_document(window.ui.services, many_doc)) == expected

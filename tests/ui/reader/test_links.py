"""The same commitment in two documents, in the reader: the review queue marks a suggestion
already registered elsewhere; the editor says 也见于：《文件》(状态) and its link opens the
other record."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt

from tracker.domain.model import Status
from tracker.services import commitments as svc
from tracker.services import library, suggesting
from tracker.ui.labels import status_label

from .conftest import QUOTE, TEXT, focus, open_doc, wait_for_suggestions

# a city's work report quoting the measure of the 要点 (TEXT) in Traditional script
REPORT = (
    "南昌市某区政府工作报告\n"
    "二〇二五年四月一日\n"
    "今年重點工作：到2025年底前，全市細顆粒物（PM2.5）平均濃度下降到30微克/立方米以下，"
    "由市生態環境局牽頭。\n"
    "區里要建成一批口袋公園。\n"
)


def _import(window, qtbot, path, text):
    path.write_text(text, encoding="utf-8")
    with qtbot.waitSignal(window.importer.finished, timeout=30000) as blocker:
        window.importer.import_paths([path])
    assert blocker.args[0].errors == []
    return blocker.args[0].imported[0].id


def _registered_in_plan(window, doc_id):
    """Accept the PM2.5 suggestion of the 要点 and mark it on track."""
    app = window.ui.app
    s = next(s for s in suggesting.document_suggestions(app, doc_id) if QUOTE in s.quote)
    c = suggesting.accept_suggestion(app, doc_id, s)
    svc.change_status(app, [c.id], Status.ON_TRACK)
    return c


def _row_of(page, words):
    return next(i for i, s in enumerate(page.suggestions) if words in s.quote)


def test_review_queue_marks_a_suggestion_registered_in_another_document(
        window, page, reader_doc, qtbot, tmp_path):
    plan_id, _text = reader_doc
    plan_title = library.get_document(window.ui.app, plan_id).title
    _registered_in_plan(window, plan_id)
    report_id = _import(window, qtbot, tmp_path / "区报告.txt", REPORT)

    open_doc(window, page, qtbot, report_id)
    wait_for_suggestions(page, qtbot)
    model = page.review.model
    row = _row_of(page, "細顆粒物")
    shown = model.data(model.index(row), Qt.ItemDataRole.DisplayRole)
    assert shown.startswith(f"※ 已在《{plan_title}》中登记 · ")
    tip = model.data(model.index(row), Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith(f"已在《{plan_title}》（{status_label(Status.ON_TRACK)}）中登记")
    other = _row_of(page, "口袋公園")
    assert not model.data(model.index(other), Qt.ItemDataRole.DisplayRole).startswith("※")

    # selected, the suggestion's editor names the document and the record's status
    page.act_review.trigger()
    focus(qtbot, page.review.list)
    page.select(("s", row))
    line = page.editor.also
    assert line.isVisible()
    assert line.text().startswith("已在") and line.text().endswith("中登记")
    assert f"《{plan_title}》</a>（{status_label(Status.ON_TRACK)}）" in line.text()
    page.select(("s", other))
    assert not line.isVisible()


def test_editor_line_links_to_the_same_commitment_in_the_other_document(
        window, page, reader_doc, qtbot, tmp_path):
    plan_id, _text = reader_doc
    plan = library.get_document(window.ui.app, plan_id)
    registered = _registered_in_plan(window, plan_id)
    report_id = _import(window, qtbot, tmp_path / "区报告.txt", REPORT)
    report_title = library.get_document(window.ui.app, report_id).title

    open_doc(window, page, qtbot, report_id)
    wait_for_suggestions(page, qtbot)
    page.act_review.trigger()
    focus(qtbot, page.review.list)
    page.select(("s", _row_of(page, "細顆粒物")))
    qtbot.keyClick(page.review.list, Qt.Key.Key_Return)  # accept: now in both documents
    qtbot.waitUntil(lambda: len(svc.for_document(window.ui.app, report_id)) == 1, timeout=10000)
    (quoted,) = svc.for_document(window.ui.app, report_id)
    qtbot.waitUntil(lambda: page._commitment(quoted.id) is not None, timeout=10000)

    page.select(("c", quoted.id))
    line = page.editor.also
    assert line.isVisible()
    assert line.text().startswith("也见于：")
    assert f"《{plan.title}》" in line.text() and f"（{status_label(Status.ON_TRACK)}）" in line.text()
    href = re.search(r'href="([^"]+)"', line.text()).group(1)
    assert href == f"commitment:{registered.id}"

    line.linkActivated.emit(href)  # what a click on the title does
    qtbot.waitUntil(lambda: page.doc.id == plan_id and page.loaded, timeout=20000)
    qtbot.waitUntil(lambda: page.current == ("c", registered.id), timeout=10000)
    assert f"《{report_title}》" in page.editor.also.text()

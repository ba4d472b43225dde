"""The same commitment in two documents, in the reader: the review queue marks a suggestion
already registered elsewhere; the editor says 也见于：《文件》(状态) and its link opens the
other record."""

from __future__ import annotations

from tracker.ui.reader.keys import RecordKey

import re

from PySide6.QtCore import Qt

from tracker.domain.model import Status
from tracker.services import commitments as svc
from tracker.services import library, suggesting
from tracker.ui.labels import status_label

from .conftest import QUOTE, focus, open_doc, wait_for_suggestions

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
    app = window.ui.services
    s = next(s for s in suggesting.document_suggestions(app, doc_id) if QUOTE in s.quote)
    c = suggesting.accept_suggestion(app, doc_id, s)
    svc.change_status(app, [c.id], Status.ON_TRACK)
    return c


def _row_of(page, words):
    return next(i for i, s in enumerate(page.suggestions) if words in s.quote)


def test_review_queue_marks_a_suggestion_registered_in_another_document(
        window, page, reader_doc, qtbot, tmp_path):
    plan_id, _text = reader_doc
    plan_title = library.get_document(window.ui.services, plan_id).title
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
    page.select(RecordKey.suggestion(row))
    line = page.editor.also
    assert line.isVisible()
    assert line.text().startswith("已在") and line.text().endswith("中登记")
    assert f"《{plan_title}》</a>（{status_label(Status.ON_TRACK)}）" in line.text()
    page.select(RecordKey.suggestion(other))
    assert not line.isVisible()


def test_editor_line_links_to_the_same_commitment_in_the_other_document(
        window, page, reader_doc, qtbot, tmp_path):
    plan_id, _text = reader_doc
    plan = library.get_document(window.ui.services, plan_id)
    registered = _registered_in_plan(window, plan_id)
    report_id = _import(window, qtbot, tmp_path / "区报告.txt", REPORT)
    report_title = library.get_document(window.ui.services, report_id).title

    open_doc(window, page, qtbot, report_id)
    wait_for_suggestions(page, qtbot)
    page.act_review.trigger()
    focus(qtbot, page.review.list)
    page.select(RecordKey.suggestion(_row_of(page, "細顆粒物")))
    qtbot.keyClick(page.review.list, Qt.Key.Key_Return)  # accept: now in both documents
    qtbot.waitUntil(lambda: len(svc.for_document(window.ui.services, report_id)) == 1,
                    timeout=10000)
    (quoted,) = svc.for_document(window.ui.services, report_id)
    qtbot.waitUntil(lambda: page._commitment(quoted.id) is not None, timeout=10000)

    page.select(RecordKey.commitment(quoted.id))
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


def _twin(cid=7, title="省方案", status=Status.ACHIEVED):
    from tracker.services.links import LinkedCommitment

    return LinkedCommitment(cid, 3, title, "同一句话", status)


def test_queue_looks_up_each_quote_once_per_document_and_survives_a_failure(qtbot):
    from types import SimpleNamespace

    from tracker.ui.reader.links import MarkedSuggestionModel

    asked: list[list[str]] = []

    def lookup(quotes):
        asked.append(list(quotes))
        return {q: [_twin(title="省方案"), _twin(8, "市报告")] for q in quotes if "甲" in q}

    model = MarkedSuggestionModel(lookup)
    items = [SimpleNamespace(quote=q, kind="target", deadline=None, confidence=0.9)
             for q in ("甲句", "乙句")]
    model.set_items(items)
    model.set_items(items[:1])          # a review took one out: nothing new to ask
    assert asked == [["甲句", "乙句"]]
    assert model.marker(0) == "Registered in 《省方案》 and 1 more (2 documents)"
    model.set_items([])                 # another document is opened: asked again
    model.set_items(items)
    assert len(asked) == 2

    def broken(_quotes):
        raise RuntimeError("database is locked")

    model.lookup = broken
    model.set_items([])
    model.set_items(items)
    assert model.marker(0) == "" and model.rowCount() == 2


def test_editor_line_hides_without_twins_or_when_the_lookup_fails(qtbot):
    from tracker.domain.model import Commitment
    from tracker.domain.spans import Span
    from tracker.ui.reader.links import AlsoSeenLine

    line = AlsoSeenLine(lambda _c, _draft: [_twin(title="A&B <省>")])
    qtbot.addWidget(line)
    line.show()
    c = Commitment(id=1, document_id=2, span=Span.of("同一句话", 0, 4))
    line.show_for(c)
    assert line.isVisible() and "《A&amp;B &lt;省&gt;》" in line.text()
    with qtbot.waitSignal(line.open_requested) as blocker:
        line.linkActivated.emit("commitment:7")
    assert blocker.args == [7]
    line.lookup = lambda _c, _draft: []
    line.show_for(c)
    assert not line.isVisible()

    def broken(_c, _draft):
        raise RuntimeError("database is locked")

    line.lookup = broken
    line.show_for(c)
    assert not line.isVisible()
    line.show_for(None)
    assert not line.isVisible()

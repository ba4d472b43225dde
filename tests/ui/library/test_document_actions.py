"""The library's context menu and details dialog: edit a document's date and watch the
relative deadlines move; remove a document both ways; undo each."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialog

from tracker.domain.model import Commitment, Deadline, Document, Kind, Precision, Status
from tracker.domain.spans import Span
from tracker.services import commitments, library
from tracker.storage import repos
from tracker.services.changes import Changes

TEXT = "各县区要在三年内完成整改。年底前建成监测网络。"


@pytest.fixture
def doc(window, qtbot):
    ctx = window.ui.services
    with ctx.db.session() as session:
        d = repos.add_document(session, Document(title="整改方案", text=TEXT,
                                                 doc_date=date(2024, 3, 1), text_sha256="t"), b"x")
    ids = []
    for quote, words, when in [("各县区要在三年内完成整改", "三年内", date(2027, 3, 1)),
                               ("年底前建成监测网络", "年底前", date(2024, 12, 31))]:
        start = TEXT.index(quote)
        ids.append(commitments.create(ctx, Commitment(
            document_id=d.id, span=Span.of(TEXT, start, start + len(quote)), kind=Kind.DEADLINE,
            deadline=Deadline(words, when, Precision.DAY))).id)
    commitments.change_status(ctx, [ids[0]], Status.ON_TRACK, "启动", on=date(2024, 4, 1))
    window.ui.events.changed.emit(Changes.reload())
    qtbot.waitUntil(lambda: window.library.model.rowCount() == 1)  # read off the GUI thread
    return d.id, ids


def _deadlines(window, ids):
    return [commitments.get(window.ui.services, i).deadline.date for i in ids]


def test_context_menu_offers_details_and_remove(window, doc, qtbot):
    panel = window.library
    panel.select_document(doc[0], emit=False)
    rect = panel.table.visualRect(panel.table.currentIndex())
    panel._context_menu(rect.center())
    texts = [a.text() for a in panel.last_menu.actions() if a.text()]
    assert texts == ["详细信息…", "从文档库移除…"]
    panel.last_menu.close()


def test_details_dialog_changes_date_deadlines_follow_and_undo(window, doc, qtbot):
    doc_id, ids = doc
    actions = window.documents
    actions.ask_rerun = lambda parent: True

    def fill(dialog):
        assert dialog.title.text() == "整改方案" and dialog.date.text() == "2024-03-01"
        dialog.date.setText("2026-02-10")
        dialog.region.setText("江西省南昌市")
        dialog.accept()
        return dialog.result()

    actions.exec_dialog = fill
    window.library.select_document(doc_id, emit=False)
    window.library.act_details.trigger()
    d = library.get_document(window.ui.services, doc_id)
    assert (d.doc_date, d.region_code) == (date(2026, 2, 10), "360100")
    assert _deadlines(window, ids) == [date(2029, 2, 10), date(2026, 12, 31)]
    model = window.library.model
    qtbot.waitUntil(lambda: model.index(model.row_of(doc_id), 1).data() == "2026-02-10")
    window.undo.undo()
    assert _deadlines(window, ids) == [date(2027, 3, 1), date(2024, 12, 31)]
    assert library.get_document(window.ui.services, doc_id).doc_date == date(2024, 3, 1)
    window.undo.redo()
    assert _deadlines(window, ids)[0] == date(2029, 2, 10)


def test_bad_date_keeps_the_dialog_open_with_a_message(window, doc):
    actions = window.documents

    def fill(dialog):
        dialog.date.setText("2月10日")
        dialog.accept()
        assert dialog.error.isVisibleTo(dialog) and "2026-02-10" in dialog.error.text()
        return QDialog.DialogCode.Rejected

    actions.exec_dialog = fill
    assert actions.edit(doc[0]) is False


def test_declining_the_rerun_keeps_deadlines(window, doc):
    actions = window.documents
    actions.ask_rerun = lambda parent: False
    assert actions.apply(doc[0], {"doc_date": date(2026, 2, 10)})
    assert _deadlines(window, doc[1]) == [date(2027, 3, 1), date(2024, 12, 31)]


@pytest.mark.parametrize("mode", ["keep", "remove"])
def test_remove_both_ways_and_undo(window, doc, mode, qtbot):
    doc_id, ids = doc
    actions = window.documents
    asked = []
    actions.ask_removal = lambda parent, impact: asked.append(impact) or mode
    window.library.select_document(doc_id, emit=False)
    window.library.act_remove.trigger()
    assert asked[0].commitments == 2 and asked[0].progress_entries == 1
    qtbot.waitUntil(lambda: window.library.model.rowCount() == 0)
    left = commitments.get_many(window.ui.services, ids)
    if mode == "keep":
        assert [c.document_id for c in left] == [None, None]
        assert len(commitments.progress(window.ui.services, ids[0])) == 1
    else:
        assert left == []
    window.undo.undo()
    qtbot.waitUntil(lambda: window.library.model.rowCount() == 1)
    back = commitments.get_many(window.ui.services, ids)
    assert [c.document_id for c in back] == [doc_id, doc_id]
    assert [e.note for e in commitments.progress(window.ui.services, ids[0])] == ["启动"]


def test_cancelling_the_removal_changes_nothing(window, doc):
    window.documents.ask_removal = lambda parent, impact: None
    assert window.documents.remove(doc[0]) is False
    assert window.library.model.rowCount() == 1 and window.undo.count() == 0


def test_apply_theme_keywords_from_the_edit_menu_and_undo(window, doc, qtbot):
    doc_id, ids = doc
    assert window.act_themes_apply.isEnabled()
    assert window.act_themes_apply in window.menu_edit.actions()
    assert all(commitments.get(window.ui.services, i).themes == [] for i in ids)
    window.act_themes_apply.trigger()   # in the background (every commitment)
    qtbot.waitUntil(lambda: window.undo.count() == 1, timeout=20000)
    themes = {i: commitments.get(window.ui.services, i).themes for i in ids}
    assert themes[ids[1]] == ["环境监管"]            # 建成监测网络 → 监测
    assert window.undo.undoText() == "按关键词标注主题"
    window.undo.undo()
    assert all(commitments.get(window.ui.services, i).themes == [] for i in ids)

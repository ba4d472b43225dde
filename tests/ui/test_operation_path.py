"""Every change made in the window goes through the one operation path.

In the real window (offscreen), each page's commands are performed as a user triggers
them: the reader (tag, change the span, set a status, reject and accept suggestions one
and many at a time, delete), the table (a status change, a ledger import), the library
(edit a document's date, remove a document) and the Edit menu (apply theme keywords).
Then the undo stack is walked: every command is the one kind (OperationCommand), each
undo puts the library back exactly as it was before that change, each redo exactly as it
was after it, and every change, undo and redo was announced by the one event.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QDialogButtonBox
from tracker.ui.reader.keys import RecordKey
from tracker.ui.reader.review import BUSY

from tests.ui.conftest import import_through_window
from tracker.domain.model import Status
from tracker.services import commitments, register
from tracker.services.changes import ChangeKind, Changes
from tracker.storage import documents as doc_store
from tracker.storage import repos
from tracker.ui.operations import OperationCommand
from tracker.ui.table.status_dialog import StatusRequest

TEXT = (
    "南昌市生态环境整改任务清单\n"
    "时间：2025-03-01\n"
    "到2025年底前，全市细颗粒物（PM2.5）平均浓度下降到30微克/立方米以下，由市生态环境局牵头。\n"
    "到2026年底前，东湖片区第1号污水管网改造完成3公里。\n"
    "青山湖区要在6月底前完成第2批黑臭水体整治。\n"
    "到2027年底前，西湖片区第4号污水管网改造完成6公里。\n"
    "红谷滩区要在9月底前完成第5批黑臭水体整治。\n"
    "各县区要在三年内完成老旧小区监测网络建设。\n"
)
QUOTE = "全市细颗粒物（PM2.5）平均浓度下降到30微克/立方米以下"
OTHER = "南昌市城市更新工作要点\n到2026年底前，完成城中村改造项目12个。\n"
LEDGER = ("序号,工作任务,责任单位,完成时限,进展情况\n"
          "1,完成燃煤锅炉淘汰,市生态环境局,2026年底前,已完成80%\n"
          "2,建设污水处理厂,市住建局,2027年6月底前,\n")


def library_state(ctx) -> tuple:
    """Everything a change can touch: documents (with their bytes, reviews, links),
    commitments (every field, themes included) and their progress entries."""
    with ctx.db.session() as session:
        docs = [doc_store.snapshot_document(session, d.id)
                for d in repos.list_documents(session)]
    ids = sorted(register.ids(ctx))
    rows = [replace(c, updated_at=None, updated_by="", version=None)   # bookkeeping moves on
            for c in commitments.get_many(ctx, ids)]
    progress = {i: commitments.progress(ctx, i) for i in ids}
    return docs, sorted(rows, key=lambda c: c.id), progress


@pytest.fixture
def docs(window, qtbot, tmp_path):
    first, second = tmp_path / "整改清单.txt", tmp_path / "城市更新.txt"
    first.write_text(TEXT, encoding="utf-8")
    second.write_text(OTHER, encoding="utf-8")
    return (import_through_window(window, qtbot, first)[0],
            import_through_window(window, qtbot, second)[0])


def wait_for_queue(page, qtbot) -> None:
    qtbot.waitUntil(lambda: page.review._state != BUSY, timeout=20000)


def test_every_command_of_every_page_is_one_kind_and_undoes_and_redoes(window, docs,
                                                                      qtbot, tmp_path):
    doc_id, other_id = docs
    ctx = window.ui.services
    reader = next(p for p in window.pages if p.page_name == "reader")
    table = next(p for p in window.pages if p.page_name == "table")
    reader.show_error = lambda text: pytest.fail(f"unexpected error: {text}")
    events: list[Changes] = []
    window.ui.events.changed.connect(events.append)
    states = [library_state(ctx)]
    kinds: list[ChangeKind] = []

    def step(kind: ChangeKind, perform) -> None:
        """Perform one command; it must push exactly one command and announce one change."""
        before, seen = window.undo.count(), len(events)
        perform()
        qtbot.waitUntil(lambda: window.undo.count() == before + 1, timeout=20000)
        assert [c.kind for c in events[seen:]] == [kind]
        assert not events[-1].undone
        kinds.append(kind)
        states.append(library_state(ctx))
        assert states[-1] != states[-2]

    # ---------------------------------------------------------------- the reader
    window.ui.events.open_document.emit(doc_id, -1, -1)
    qtbot.waitUntil(lambda: reader.loaded, timeout=20000)
    wait_for_queue(reader, qtbot)

    def tag() -> None:
        reader.view.setTextCursor(reader.view.document().find(QUOTE))
        reader.tag_selection()

    step(ChangeKind.TAG, tag)
    (tagged,) = commitments.for_document(ctx, doc_id)
    assert reader.current == ("c", tagged.id)
    step(ChangeKind.EDIT, lambda: reader.nudge(0, -1))
    step(ChangeKind.STATUS, lambda: reader.set_status(Status.ON_TRACK))

    wait_for_queue(reader, qtbot)
    assert len(reader.suggestions) >= 5

    def review(accept: bool, rows: list[int]) -> None:
        wait_for_queue(reader, qtbot)
        reader.select(RecordKey.suggestion(rows[0]))
        if len(rows) > 1:          # shift-click as a user would: select the rows
            sel = reader.review.list.selectionModel()
            sel.clearSelection()
            for r in rows:
                sel.select(reader.review.view_index(r),
                           QItemSelectionModel.SelectionFlag.Select
                           | QItemSelectionModel.SelectionFlag.Rows)
        (reader.reviewing.accept_suggestion if accept
         else reader.reviewing.reject_suggestion)()

    step(ChangeKind.REJECT, lambda: review(False, [0]))
    step(ChangeKind.ACCEPT, lambda: review(True, [0]))
    step(ChangeKind.REJECT, lambda: review(False, [0, 1]))
    wait_for_queue(reader, qtbot)
    step(ChangeKind.ACCEPT, lambda: reader.reviewing.accept_above(0.0))

    def delete() -> None:
        reader.select(RecordKey.commitment(tagged.id))
        reader.delete_current()

    step(ChangeKind.DELETE, delete)

    # ---------------------------------------------------------------- the table
    ids = sorted(register.ids(ctx))
    step(ChangeKind.STATUS, lambda: table.apply_status(ids[:2], StatusRequest(
        Status.AT_RISK, date(2026, 1, 5), "进度滞后")))
    ledger = tmp_path / "台账.csv"
    ledger.write_text(LEDGER, encoding="utf-8")
    table.get_open_ledger = lambda *a: (str(ledger), "")

    def import_ledger() -> None:
        table.import_ledger()
        ok = table.import_dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.waitUntil(ok.isEnabled, timeout=10000)
        ok.click()

    step(ChangeKind.LEDGER_IMPORT, import_ledger)

    # ---------------------------------------------------------------- the library
    window.documents.ask_rerun = lambda parent: True
    step(ChangeKind.DOCUMENT_EDIT,
         lambda: window.documents.apply(doc_id, {"doc_date": date(2025, 6, 1)}))
    window.documents.ask_removal = lambda parent, impact: "remove"
    step(ChangeKind.DOCUMENT_REMOVE, lambda: window.documents.remove(other_id))

    # ---------------------------------------------------------------- the Edit menu
    step(ChangeKind.THEMES, window.act_themes_apply.trigger)

    # ---------------------------------------------------------------- the stack
    stack = window.undo
    assert stack.count() == len(kinds) == len(states) - 1
    assert {type(stack.command(i)) for i in range(stack.count())} == {OperationCommand}
    assert [stack.command(i).op.kind for i in range(stack.count())] == kinds
    for k in range(stack.count(), 0, -1):
        seen = len(events)
        stack.undo()
        assert library_state(ctx) == states[k - 1], f"undo of {kinds[k - 1]}"
        assert [(c.kind, c.undone) for c in events[seen:]] == [(kinds[k - 1], True)]
    for k in range(1, stack.count() + 1):
        seen = len(events)
        stack.redo()
        assert library_state(ctx) == states[k], f"redo of {kinds[k - 1]}"
        assert [(c.kind, c.undone) for c in events[seen:]] == [(kinds[k - 1], False)]
    assert all(not stack.command(i).isObsolete() for i in range(stack.count()))


class _Conflict(Exception):
    """Stands for the typed error a shared server raises (issue 16)."""


def test_every_failure_goes_through_report_failure(window, docs, qtbot, monkeypatch):
    """A failing first do pushes nothing and emits nothing; a failing undo is reported the
    same way and its command dropped; the exception arrives at report_failure unchanged
    (where a conflict dialog plugs in), and the default report is a Chinese message box."""
    import tracker.ui.operations as ops

    doc_id, other_id = docs
    ctx = window.ui.services
    reader = next(p for p in window.pages if p.page_name == "reader")
    window.ui.events.open_document.emit(doc_id, -1, -1)
    qtbot.waitUntil(lambda: reader.loaded, timeout=20000)
    shown: list[str] = []
    reader.show_error = shown.append
    reported: list[BaseException] = []
    real_report = ops.report_failure

    def report(ui, exc, parent=None, explain=None, on_conflict_edit=None):
        reported.append(exc)
        real_report(ui, exc, parent, explain, on_conflict_edit)

    monkeypatch.setattr(ops, "report_failure", report)
    events: list[Changes] = []
    window.ui.events.changed.connect(events.append)

    # a typed error from the service reaches the one report unchanged
    def refuse(*_args, **_kw):
        raise _Conflict("另一位用户已修改此承诺")

    reader.view.setTextCursor(reader.view.document().find(QUOTE))
    monkeypatch.setattr(commitments, "create", refuse)
    reader.tag_selection()
    assert [type(e) for e in reported] == [_Conflict]
    assert shown and shown[-1].startswith("无法保存这项修改：") and "另一位用户" in shown[-1]
    assert window.undo.count() == 0 and events == []
    monkeypatch.undo()
    monkeypatch.setattr(ops, "report_failure", report)

    # an undo that cannot be made (another program deleted the row): reported, dropped
    reader.view.setTextCursor(reader.view.document().find(QUOTE))
    reader.tag_selection()
    (tagged,) = commitments.for_document(ctx, doc_id)
    assert window.undo.count() == 1
    commitments.delete(ctx, tagged.id)
    window.undo.undo()
    assert len(reported) == 2 and window.undo.count() == 0
    assert "无法保存这项修改" in shown[-1]

    # without a place of its own to explain, a failure is a message box in Chinese
    boxes: list[tuple[str, str]] = []
    monkeypatch.setattr(ops.QMessageBox, "warning",
                        lambda parent, title, text: boxes.append((title, text)))
    from tracker.services import library

    library.remove_document(ctx, other_id)          # gone behind the window's back
    assert window.documents.apply(other_id, {"title": "新标题"}) is False
    assert boxes and boxes[0][0] == "未保存" and boxes[0][1].startswith("无法保存这项修改：")
    assert window.undo.count() == 0

"""Follow-up in the commitments table (issue 17): a breakdown folded under its parent,
the progress-round dialog (write, read back, confirm, undo), closing with evidence, the
baseline beside a target."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QDialogButtonBox

from tracker.domain.model import Indicator, Status
from tracker.export.progress_round import HEADER
from tracker.services import breakdown, commitments
from tracker.services.changes import Changes
from tracker.ui.operations import OperationCommand
from tracker.storage import repos
from tracker.ui.table import TablePage
from tracker.ui.table.model import COLUMNS

from tests.services.register_fixtures import build_register

COL = {name: n for n, name in enumerate(HEADER, start=1)}


@pytest.fixture
def page(window) -> TablePage:
    ids = build_register(window.ui.services)
    window.ui.events.changed.emit(Changes.reload())
    page = next(p for p in window.pages if p.page_name == "table")
    page.bring_to_front()
    page.ids_ = ids
    return page


def label(page, cid) -> str:
    return page.model.index(page.model.position(cid), COLUMNS.index("quote")).data()


def test_breakdown_shows_folded_under_its_parent_and_undoes(window, page, qtbot):
    parent = page.ids_[2]                        # 大同市年内建成垃圾焚烧发电项目
    page.select_ids([parent])
    page.break_down()
    dialog = page.breakdown_dialog
    qtbot.waitExposed(dialog)
    dialog.set_row(0, "完成项目选址", "大同市自然资源局", "2026-08-31")
    dialog.set_row(1, "建成焚烧发电厂", "大同市城管局", "不是日期")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and "不是日期" in dialog.error.text()
    dialog.set_row(1, "建成焚烧发电厂", "大同市城管局", "2026-12-31")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not dialog.isVisible()
    tasks = [t.id for t in breakdown.tasks(window.ui.services, parent)]
    assert len(tasks) == 2
    # unfolded after adding: the parent, then its tasks indented, in deadline order
    at = page.model.position(parent)
    assert page.model.ids[at:at + 3] == [parent, *tasks]
    assert label(page, parent) == "▾ 〔已完成 0/2 项任务〕大同市年内建成垃圾焚烧发电项目"
    assert label(page, tasks[0]) == "\u3000\u3000└ 完成项目选址"
    assert "0/2" in page.detail.view.toPlainText()
    # folded: the tasks leave the table, the count says so
    page.fold_current(open_=False)
    assert tasks[0] not in page.model.ids and label(page, parent).startswith("▸")
    assert page.count.text() == "显示 5 条，共 7 条承诺"
    page.select_ids([parent])
    page.fold_current(open_=True)
    assert page.model.ids[page.model.position(parent) + 1] == tasks[0]
    assert window.undo.undoText() == "分解为 2 项任务"
    top = window.undo.command(window.undo.count() - 1)   # the one operation path
    assert type(top) is OperationCommand
    window.undo.undo()
    assert breakdown.tasks(window.ui.services, parent) == []
    assert not label(page, parent).startswith(("▸", "▾"))
    window.undo.redo()
    assert len(breakdown.tasks(window.ui.services, parent)) == 2


def test_round_dialog_writes_reads_confirms_and_undoes(window, page, qtbot, tmp_path):
    app = window.ui.services
    page.progress_round()
    dialog = page.round_dialog
    qtbot.waitExposed(dialog)
    dialog.day.setDate(date(2026, 6, 30))
    dialog.folder.setText(str(tmp_path))
    dialog.write_files()
    assert "个填报表" in dialog.written.text()
    files = {p.name: p for p in tmp_path.glob("*.xlsx")}
    taiyuan = files["进度填报_太原市住建局_2026-06-30.xlsx"]
    datong = files["进度填报_大同市城管局_2026-06-30.xlsx"]
    wb = load_workbook(taiyuan)
    ws = wb["进度填报"]
    ws.cell(4, COL["进展情况"], "管网改造完成过半")
    ws.cell(4, COL["完成情况"], "正常推进")
    ws.cell(4, COL["填报人"], "李四")
    wb.save(taiyuan)
    wb = load_workbook(datong)
    ws = wb["进度填报"]
    ws.cell(4, COL["完成情况"], "快好了")                 # not a status of the list
    wb.save(datong)

    assert not dialog.import_button.isEnabled()
    dialog.get_files = lambda *a: ([str(taiyuan), str(datong)], "")
    dialog.read_button.click()
    assert dialog.entries.rowCount() == 1
    assert dialog.entries.item(0, 2).text() == "未启动 → 正常推进"
    assert dialog.problems.count() == 1
    assert dialog.problems.item(0).text().startswith(
        "进度填报_大同市城管局_2026-06-30.xlsx，第 4 行：完成情况“快好了”不是列表中的状态")
    assert not dialog.import_button.isEnabled() and dialog.skip_button.isEnabled()
    assert commitments.get(app, page.ids_[1]).status is Status.NOT_STARTED   # nothing yet
    dialog.skip_button.click()
    assert not dialog.isVisible()
    assert commitments.get(app, page.ids_[1]).status is Status.ON_TRACK
    assert page.model.index(page.model.position(page.ids_[1]),
                            COLUMNS.index("status")).data() == "正常推进"
    top = window.undo.command(window.undo.count() - 1)   # the one operation path
    assert type(top) is OperationCommand
    window.undo.undo()
    assert commitments.get(app, page.ids_[1]).status is Status.NOT_STARTED
    assert commitments.progress(app, page.ids_[1]) == []


def test_closing_asks_for_evidence_unless_turned_off(window, page, qtbot):
    assert page.act_closing.isChecked()
    page.select_ids([page.ids_[1]])
    page.change_status()
    dialog = page.status_dialog
    qtbot.waitExposed(dialog)
    dialog.status.setCurrentIndex(dialog.status.findData("achieved"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and "佐证" in dialog.error.text()
    assert commitments.progress(window.ui.services, page.ids_[1]) == []
    page.act_closing.setChecked(False)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not dialog.isVisible()
    assert commitments.get(window.ui.services, page.ids_[1]).status is Status.ACHIEVED


def test_baseline_beside_the_target_in_the_detail_pane(window, page):
    app = window.ui.services
    with app.db.session() as session:
        repos.add_indicator(session, Indicator("优良水体比例", 75.5, "%", 2020, "140000"))
    page.select_ids([page.ids_[1]])
    page.select_ids([page.ids_[0]])
    assert "2020年 75.5 % → 目标 ≥ 80" in page.detail.view.toPlainText()


def test_the_reader_sends_closing_to_the_status_dialog(window, page):
    reader = next(p for p in window.pages if p.page_name == "reader")
    said: list[str] = []
    reader.show_error = said.append
    c = commitments.get(window.ui.services, page.ids_[1])
    reader._current_commitment = lambda: c
    reader.set_status(Status.ACHIEVED)
    assert said and "销号" in said[0] and "Ctrl+U" in said[0]
    assert commitments.get(window.ui.services, page.ids_[1]).status is Status.NOT_STARTED
    assert window.undo.count() == 0

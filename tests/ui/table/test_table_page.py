"""The commitments table page in the real window: filters, sort, status changes with
progress and evidence, overdue colouring, bulk update, undo, drill-down, restart."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from tracker.domain.model import EvidenceKind, Kind, Status
from tracker.services import commitments
from tracker.ui.table import TablePage
from tracker.ui.table.model import COLUMNS, OVERDUE_ROLE, OVERDUE_TEXT
from tracker.services.changes import Changes

from tests.services.register_fixtures import build_register


@pytest.fixture(params=["whole", "paged"])
def page(request, window, monkeypatch) -> TablePage:
    """The table page over the small register; "paged": as a large register's is, asked a
    page of two ids at a time (tracker/ui/table/model.py)."""
    if request.param == "paged":
        from tracker.ui.table import model as model_module
        from tracker.ui.table import page as page_module

        monkeypatch.setattr(page_module, "PAGED_ABOVE", 0)
        monkeypatch.setattr(model_module, "PAGE", 2)
    ids = build_register(window.ui.services)
    window.ui.events.changed.emit(Changes.reload())
    page = next(p for p in window.pages if p.page_name == "table")
    page.bring_to_front()
    page.ids_ = ids
    page.paged_ = request.param == "paged"
    return page


def type_chinese(widget, text: str) -> None:
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def shown(page) -> list[int]:
    """The fixture's SPECS indexes of the rows shown, in order."""
    return [page.ids_.index(i) for i in page.model.ids]


def row_of(page, n: int) -> int:
    return page.model.position(page.ids_[n])


def cell(page, n: int, key: str, role=Qt.ItemDataRole.DisplayRole):
    return page.model.index(row_of(page, n), COLUMNS.index(key)).data(role)


def test_page_comes_before_search_with_a_chinese_title(window):
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles.index("承诺台账") < titles.index("搜索")


def test_rows_show_fields_and_overdue_and_due_soon(page):
    assert shown(page) == [4, 0, 1, 2, 3]                  # deadline order, blanks last
    assert page.count.text() == "显示 5 条，共 5 条承诺"
    assert cell(page, 0, "status") == "正常推进 · 已逾期"
    assert cell(page, 0, "days_left") == "逾期 152 天"
    assert cell(page, 0, "quote", OVERDUE_ROLE) is True
    assert cell(page, 0, "quote", Qt.ItemDataRole.ForegroundRole).color() == OVERDUE_TEXT
    assert cell(page, 1, "days_left") == "剩 29 天"
    assert cell(page, 1, "deadline", Qt.ItemDataRole.BackgroundRole) is not None
    assert cell(page, 4, "days_left") == ""                # achieved: no countdown
    assert cell(page, 1, "region") == "山西省太原市" and cell(page, 0, "lead") == "省生态环境厅"
    assert cell(page, 1, "themes") == "城市；水" and cell(page, 3, "kind") == "职责"


def test_filters_combine_and_sort_on_columns(page, qtbot):
    f = page.filters
    type_chinese(f.text, "水体")
    qtbot.waitUntil(lambda: shown(page) == [4, 0, 1], timeout=3000)
    f.region.setCurrentIndex(f.region.findData("140000"))
    assert shown(page) == [0, 1]                           # 山西省 and beneath it
    f.status.actions_[Status.NOT_STARTED].setChecked(True)
    assert shown(page) == [1]
    assert f.status.text() == "未启动"
    f.clear()
    assert shown(page) == [4, 0, 1, 2, 3]
    f.kind.actions_[Kind.TARGET].setChecked(True)
    f.kind.actions_[Kind.DUTY].setChecked(True)
    assert sorted(shown(page)) == [0, 3, 4]
    f.kind.set_chosen(frozenset())
    f.overdue.setChecked(True)
    assert shown(page) == [0]
    f.overdue.setChecked(False)
    f.due_soon.setChecked(True)
    assert shown(page) == [1]
    f.clear()
    f.body.setCurrentIndex(f.body.findData("省生态环境厅"))
    assert shown(page) == [4, 0]
    f.clear()
    page.view.sortByColumn(COLUMNS.index("status"), Qt.SortOrder.AscendingOrder)
    assert shown(page) == [1, 0, 2, 4, 3]
    page.view.sortByColumn(COLUMNS.index("deadline"), Qt.SortOrder.DescendingOrder)
    assert shown(page) == [2, 1, 0, 4, 3]


def test_selection_survives_a_sort(page):
    page.select_ids([page.ids_[2]])
    page.view.sortByColumn(COLUMNS.index("status"), Qt.SortOrder.AscendingOrder)
    assert page.selected_ids() == [page.ids_[2]]
    assert page.detail.row.id == page.ids_[2]


def _dialog(page, qtbot, indexes: list[int]):
    page.select_ids([page.ids_[n] for n in indexes])
    page.change_status()
    dialog = page.status_dialog
    qtbot.waitExposed(dialog)
    return dialog


def _ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_status_change_records_progress_updates_colouring_and_undoes(window, page, qtbot):
    app = window.ui.services
    dialog = _dialog(page, qtbot, [0])
    assert "1" not in dialog.heading.text()
    dialog.status.setCurrentIndex(dialog.status.findData("achieved"))
    type_chinese(dialog.note, "年度考核验收通过")
    dialog.radios[EvidenceKind.LINK].setChecked(True)
    dialog.link.setText("https://sthjt.shanxi.gov.cn/report")
    _ok(dialog)
    assert not dialog.isVisible()
    entries = commitments.progress(app, page.ids_[0])
    assert [(e.status, e.note, e.evidence.link) for e in entries] == [
        (Status.ACHIEVED, "年度考核验收通过", "https://sthjt.shanxi.gov.cn/report")]
    assert cell(page, 0, "quote", OVERDUE_ROLE) is False
    assert cell(page, 0, "quote", Qt.ItemDataRole.ForegroundRole) is None
    assert cell(page, 0, "status") == "已完成"
    assert "年度考核验收通过" in page.detail.view.toPlainText()
    assert window.undo.undoText() == "将状态改为“已完成”"

    window.undo.undo()
    assert commitments.get(app, page.ids_[0]).status is Status.ON_TRACK
    assert commitments.progress(app, page.ids_[0]) == []
    assert cell(page, 0, "quote", OVERDUE_ROLE) is True
    assert "年度考核验收通过" not in page.detail.view.toPlainText()
    window.undo.redo()
    assert commitments.get(app, page.ids_[0]).status is Status.ACHIEVED
    assert cell(page, 0, "status") == "已完成"


def test_bulk_update_is_one_undo_step(window, page, qtbot):
    app = window.ui.services
    dialog = _dialog(page, qtbot, [1, 2, 3])
    assert dialog.heading.text() == "3 条承诺的新状态"
    assert page.detail.view.toPlainText().startswith("已选中 3 条承诺")
    dialog.status.setCurrentIndex(dialog.status.findData("on_track"))
    _ok(dialog)
    assert [commitments.get(app, page.ids_[n]).status for n in (1, 2, 3)] == [Status.ON_TRACK] * 3
    assert all(len(commitments.progress(app, page.ids_[n])) == 1 for n in (1, 2, 3))
    assert window.undo.count() == 1
    window.undo.undo()
    assert [commitments.get(app, page.ids_[n]).status for n in (1, 2, 3)] == [
        Status.NOT_STARTED, Status.AT_RISK, Status.UNKNOWN]
    assert cell(page, 2, "status") == "存在风险"


def test_refused_change_keeps_the_dialog_open_and_changes_nothing(window, page, qtbot):
    dialog = _dialog(page, qtbot, [1])
    dialog.status.setCurrentIndex(dialog.status.findData("missed"))
    _ok(dialog)
    assert dialog.isVisible() and "请填写说明" in dialog.error.text()
    assert commitments.progress(window.ui.services, page.ids_[1]) == []
    assert window.undo.count() == 0
    dialog.radios[EvidenceKind.SPAN].setChecked(True)
    dialog.words.setText("不在文档里的话")
    type_chinese(dialog.note, "未按期完成")
    _ok(dialog)
    assert dialog.isVisible() and "不在文档里的话" in dialog.error.text()
    dialog.words.setText("黑臭水体整治")
    _ok(dialog)
    assert not dialog.isVisible()
    entry = commitments.progress(window.ui.services, page.ids_[1])[0]
    assert entry.evidence.kind is EvidenceKind.SPAN and entry.evidence.span.quote == "黑臭水体整治"


def test_evidence_file_is_copied_into_the_library(window, page, qtbot, tmp_path):
    report = tmp_path / "验收报告.pdf"
    report.write_bytes(b"%PDF-1.4 report")
    dialog = _dialog(page, qtbot, [2])
    dialog.get_open_file = lambda *a: (str(report), "")
    dialog.browse.click()
    assert dialog.radios[EvidenceKind.FILE].isChecked()
    _ok(dialog)
    entry = commitments.progress(window.ui.services, page.ids_[2])[0]
    stored = window.ui.services.library_dir / entry.evidence.file_path
    assert stored.read_bytes() == b"%PDF-1.4 report" and stored != report


def test_double_click_opens_the_commitment(window, page, qtbot):
    index = page.model.index(row_of(page, 2), 0)
    with qtbot.waitSignal(window.ui.events.open_commitment, timeout=3000) as blocker:
        page.view.doubleClicked.emit(index)
    assert blocker.args == [page.ids_[2]]


def test_show_commitments_applies_the_overview_filter(window, page):
    window.tabs.setCurrentIndex(window.tabs.count() - 1)
    window.ui.events.show_commitments.emit({"region_code": "140000", "overdue_only": True})
    assert window.tabs.currentWidget() is page
    assert shown(page) == [0]
    assert page.filters.overdue.isChecked()
    assert page.filters.region.currentData() == "140000"


def test_filter_and_sort_survive_a_restart(window, page):
    page.filters.region.setCurrentIndex(page.filters.region.findData("140000"))
    page.filters.theme.setCurrentIndex(page.filters.theme.findData("水"))
    page.view.sortByColumn(COLUMNS.index("region"), Qt.SortOrder.DescendingOrder)
    expected = page.model.ids
    page.hide()                                   # what closing the window does
    window.ui.settings.sync()
    fresh = QSettings()                           # read back from the settings file
    assert fresh.value("table/filter")
    again = TablePage(replace(window.ui, settings=fresh))
    try:
        assert again.filters.value() == page.filters.value()
        assert (again.model.sort_key, again.model.descending) == ("region", True)
        assert again.model.ids == expected
    finally:
        again.deleteLater()


def test_empty_states(window, page):
    type_chinese(page.filters.text, "没有这样的承诺")
    page.filters.text.returnPressed.emit()
    assert page.stack.currentWidget() is page.empty
    assert "没有符合筛选条件的承诺" in page.empty.text()


def test_progress_report_without_a_status_change(window, page, qtbot):
    dialog = _dialog(page, qtbot, [2])
    assert dialog.status.currentData() == "at_risk"          # the current status
    _ok(dialog)
    assert dialog.isVisible() and "没有可记录的内容" in dialog.error.text()
    type_chinese(dialog.note, "已完成选址，资金仍未到位")
    _ok(dialog)
    entries = commitments.progress(window.ui.services, page.ids_[2])
    assert [(e.status, e.note) for e in entries] == [(Status.AT_RISK, "已完成选址，资金仍未到位")]
    assert window.undo.undoText() == "记录进展"
    assert cell(page, 2, "last_update") == "2026-06-01"
    window.undo.undo()
    assert commitments.progress(window.ui.services, page.ids_[2]) == []
    assert cell(page, 2, "last_update") == ""


def test_keyboard_ctrl_u_changes_status_and_ctrl_f_focuses_the_filter(window, page, qtbot):
    page.select_ids([page.ids_[1]])
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: getattr(page, "status_dialog", None) is not None
                    and page.status_dialog.isVisible(), timeout=3000)
    page.status_dialog.reject()
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.filters.text.hasFocus()
    page.view.setFocus()
    with qtbot.waitSignal(window.ui.events.open_commitment, timeout=3000) as blocker:
        qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert blocker.args == [page.ids_[1]]


def test_switching_to_english_relabels_the_table(window, page, qtbot):
    window.set_language("en")
    qtbot.waitUntil(lambda: page.model.headerData(
        0, Qt.Orientation.Horizontal) == "Commitment", timeout=3000)
    assert page.page_title() == "Commitments"
    assert cell(page, 0, "status") == "On track · overdue"
    assert cell(page, 1, "days_left") == "29 days left"
    qtbot.waitUntil(lambda: page.filters.overdue.text() == "O&verdue only", timeout=3000)
    assert page.count.text() == "5 of 5 commitments"
    assert page.column_actions[1].text() == "Status"
    window.set_language("zh_CN")
    qtbot.waitUntil(lambda: page.count.text() == "显示 5 条，共 5 条承诺", timeout=3000)


def test_large_register_is_queried_off_the_gui_thread_and_the_newest_request_wins(
        page, qtbot, monkeypatch):
    """Above BACKGROUND_ABOVE commitments the ids are asked off the GUI thread: the rows
    shown stay until the answer comes, and of several requests only the newest is shown
    (an older answer arriving later is dropped). (The paged requests: test_table_pages.)"""
    from tracker.ui.table import page as page_module

    if page.paged_:
        pytest.skip("a paged request's parts: tests/ui/table/test_table_pages.py")

    monkeypatch.setattr(page_module, "BACKGROUND_ABOVE", 0)
    started = []
    real_start = page.ui.tasks.start
    monkeypatch.setattr(page.ui.tasks, "start",
                        lambda fn, **kw: started.append((fn, kw["on_done"])))
    page.filters.text.setText("水体")
    page.filters._now()
    assert page.model.pending and shown(page) == [4, 0, 1, 2, 3]   # not answered yet
    page.filters.text.setText("黑臭")
    page.filters._now()
    assert len(started) == 2
    (old_query, old_done), (new_query, new_done) = started
    new_done(new_query())
    assert shown(page) == [1] and not page.model.pending
    old_done(old_query())                      # the older answer, late: dropped
    assert shown(page) == [1]
    assert page.count.text() == "显示 1 条，共 5 条承诺"

    monkeypatch.setattr(page.ui.tasks, "start", real_start)   # through the real runner
    page.filters.text.setText("")
    page.filters._now()
    qtbot.waitUntil(lambda: not page.model.pending, timeout=10_000)
    assert shown(page) == [4, 0, 1, 2, 3]

"""Export and ledger-import dialogs of the table page."""

from __future__ import annotations

import codecs

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from tracker.services import register
from tracker.services.changes import Changes

from tests.services.register_fixtures import build_register


@pytest.fixture
def page(window):
    ids = build_register(window.ui.services)
    window.ui.events.changed.emit(Changes.reload())
    page = next(p for p in window.pages if p.page_name == "table")
    page.ids_ = ids
    return page


def _choose(group, key):
    for button in group.buttons():
        if button.property("key") == key:
            button.setChecked(True)


def test_export_csv_of_selected_rows_with_columns_shown(window, page, qtbot, tmp_path):
    from tracker.ui.table.model import COLUMNS

    page.column_actions[COLUMNS.index("themes")].setChecked(False)   # header menu: hide
    assert page.view.horizontalHeader().isSectionHidden(COLUMNS.index("themes"))
    page.select_ids(page.ids_[:2])
    page.export()
    dialog = page.export_dialog
    _choose(dialog.format, "csv")
    assert dialog.rows.checkedButton().property("key") == "selected"
    target = tmp_path / "选中"
    dialog.get_save_file = lambda *a: (str(target), "")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: hasattr(page, "last_export"), timeout=10000)
    count, path = page.last_export
    assert count == 2 and path.endswith("选中.csv")
    data = (tmp_path / "选中.csv").read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    header = data.decode("utf-8-sig").splitlines()[0]
    # the light (灯) shows beside the commitment (the model's last column, moved)
    assert header == "承诺内容,灯,当前状态,完成时限,剩余天数,牵头单位,地区,类型,更新日期,来源文件"
    assert "已将 2 行写入" in page.count.text()


def test_export_xlsx_of_rows_shown(window, page, qtbot, tmp_path):
    page.filters.region.setCurrentIndex(page.filters.region.findData("140000"))
    page.export()
    dialog = page.export_dialog
    target = tmp_path / "ledger.xlsx"
    dialog.get_save_file = lambda *a: (str(target), "")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: hasattr(page, "last_export"), timeout=10000)
    ws = openpyxl.load_workbook(target).active
    assert ws.max_row == 2 + 4 and ws["B2"].value == "承诺内容"


FOREIGN = ("序号,工作任务,责任单位,完成时限,进展情况\n"
           "1,完成燃煤锅炉淘汰,市生态环境局,2026年底前,已完成80%\n"
           "2,建设污水处理厂,市住建局,明年,\n")


def test_import_preview_lists_errors_then_imports_and_undoes(window, page, qtbot, tmp_path):
    path = tmp_path / "foreign.csv"
    path.write_text(FOREIGN, encoding="gb18030")
    page.get_open_ledger = lambda *a: (str(path), "")
    page.import_ledger()
    dialog = page.import_dialog
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert [c.currentData() for c in dialog.combos] == [None, "quote", "lead", "deadline",
                                                        "latest_progress"]
    assert not ok.isEnabled()
    assert [dialog.errors.item(n).text() for n in range(dialog.errors.count())] == [
        "第 3 行，“完成时限”列：“明年”不是日期"]
    # mapping the bad column away makes every row readable
    dialog.combos[3].setCurrentIndex(0)
    assert ok.isEnabled() and "新增 2 条" in dialog.summary.text()
    assert register.total(window.ui.services) == 5                # the check wrote nothing
    ok.click()
    assert register.total(window.ui.services) == 7 and page.model.rowCount() == 7
    assert window.undo.undoText() == "导入台账 foreign.csv"
    window.undo.undo()
    assert register.total(window.ui.services) == 5 and page.model.rowCount() == 5
    window.undo.redo()
    assert page.model.rowCount() == 7


def test_unreadable_ledger_names_the_file(window, page, tmp_path, monkeypatch):
    bad = tmp_path / "broken.xlsx"
    bad.write_bytes(b"not a zip")
    shown = []
    monkeypatch.setattr(page, "message", lambda title, text, error=False: shown.append(text))
    page.get_open_ledger = lambda *a: (str(bad), "")
    page.import_ledger()
    assert shown and "broken.xlsx" in shown[0]


def test_row_errors_are_shown_in_chinese(window):
    from tracker.ui.table.reasons import translate_reason

    assert translate_reason("unknown status “办理中X”") == "无法识别的状态“办理中X”"
    assert translate_reason("“5—x” is not a number or a range of numbers") == \
        "“5—x”不是数字或数字范围"
    assert translate_reason("the UUID abc is also on row 7") == "UUID abc 与第 7 行重复"
    assert translate_reason("the commitment text (承诺内容) is empty") == "承诺内容为空"
    assert translate_reason("something new") == "something new"


FOOTED = ("序号,工作任务,责任单位,完成时限\n"
          "1,全面消除城市黑臭水体,市住建局,2026年6月底前\n"
          "2,建成垃圾焚烧发电项目,市城管局,明年\n"
          "3,完成饮用水水源地整治,市生态环境局,2026年12月31日\n"
          "合计,3项,,\n"
          "填表说明：1.完成时限填写具体日期,,,\n"
          "2.责任单位填写牵头单位全称,,,\n"
          "填表人：张三,,审核人：李四,\n")


def test_preview_skips_footer_rows_and_highlights_error_rows(window, page, tmp_path):
    path = tmp_path / "带合计.csv"
    path.write_text(FOOTED, encoding="utf-8-sig")
    page.get_open_ledger = lambda *a: (str(path), "")
    page.import_ledger()
    dialog = page.import_dialog
    labels = [dialog.preview.verticalHeaderItem(r).text()
              for r in range(1, dialog.preview.rowCount())]
    assert labels == ["2", "⚠ 3", "4", "5 已跳过", "6 已跳过", "7 已跳过", "8 已跳过"]
    error_row = 2
    assert dialog.preview.item(error_row, 1).background().color().name() == "#fde2e1"
    assert dialog.preview.item(1, 1).background().style() == Qt.BrushStyle.NoBrush
    assert dialog.preview.item(4, 0).font().italic()
    assert "第 5 行（合计）" in dialog.summary.text()
    dialog.combos[3].setCurrentIndex(0)                               # the bad column away
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled() and "新增 3 条" in dialog.summary.text()
    ok.click()
    quotes = {r.label for r in register.rows(window.ui.services, register.ids(window.ui.services))}
    assert not any(q.startswith(("3项", "填表", "2.责任")) for q in quotes)
    assert register.total(window.ui.services) == 8

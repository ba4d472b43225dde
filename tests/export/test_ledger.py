"""Foreign ledgers: header found, columns guessed from synonyms, bad rows listed."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from openpyxl import Workbook

from tracker.domain import Precision, Status
from tracker.export.csv_io import read_csv
from tracker.export.ledger import LedgerTable, RowError, guess_mapping, parse_ledger
from tracker.export.xlsx_io import read_xlsx


def test_mapping_by_synonyms_ignores_serial_and_unknown_headers():
    mapping = guess_mapping(["序号", "整改任务", "责任部门", "协办单位", "整改时限",
                             "整改进展", "完成情况", "责任人", "备注（说明）"])
    assert mapping.by_key == {"quote": 1, "lead": 2, "support": 3, "deadline": 4,
                              "latest_progress": 5, "status": 6, "notes": 8}


def test_mapping_of_longer_headers_and_own_headers_in_english():
    assert guess_mapping(["重点工作任务", "牵头责任单位及责任人", "完成时限（年月）"]).by_key == {
        "quote": 0, "lead": 1, "deadline": 2}
    assert guess_mapping(["Commitment", "Lead body", "Status", "Deadline"]).by_key == {
        "quote": 0, "lead": 1, "status": 2, "deadline": 3}


def test_display_headers_win_over_machine_headers():
    mapping = guess_mapping(["类型", "当前状态", "#kind", "#status", "承诺内容", "#notes"])
    assert mapping.by_key == {"kind": 0, "status": 1, "quote": 4, "notes": 5}
    assert guess_mapping(["#kind", "#status", "承诺内容"]).by_key == {
        "kind": 0, "status": 1, "quote": 2}


def _foreign_workbook(path):
    book = Workbook()
    ws = book.active
    ws.title = "整改台账"
    ws.append(["大同市突出生态环境问题整改落实情况台账"])
    ws.append(["序号", "整改任务", "责任单位", None, "整改时限", "完成情况", "整改进展"])
    ws.append([None, None, "牵头", "配合", None, None, None])
    ws.merge_cells("C2:D2")
    ws.append(["=ROW()-3", "完成燃煤锅炉淘汰", "市生态环境局", "各县区政府",
               datetime(2025, 6, 30), "已完成", "已验收"])
    ws.append([2, "推进污水处理厂提标改造", "市住建局", None, "2025年底前", "序时推进", None])
    ws.append([3, None, "市水务局", None, "2025年", "推进中", None])             # no quote
    ws.append([None, None, None, None, None, None, None])                      # blank line
    ws.append([5, "清理河道垃圾", "市水务局", None, "尽快", "滞后", None])        # bad date
    ws.append([6, "建成监测平台", "市大数据局", None, "年底前", "还行", None])   # bad status
    ws.append([7, "长效管护", "市城管局；市水务局", None, "长期坚持", "正在推进", None])
    book.save(path)


def test_foreign_xlsx_ledger_good_and_bad_rows(tmp_path):
    path = tmp_path / "foreign.xlsx"
    _foreign_workbook(path)
    table = read_xlsx(path)
    assert table.headers == ["序号", "整改任务", "牵头", "配合", "整改时限", "完成情况", "整改进展"]
    assert table.first_row == 4
    mapping = guess_mapping(table.headers)
    parsed = parse_ledger(table, mapping, default_year=2025)

    assert parsed.errors == [
        RowError(6, "整改任务", "the commitment text (承诺内容) is empty"),
        RowError(8, "整改时限", "“尽快” is not a date"),
        RowError(9, "完成情况", "unknown status “还行”"),
    ]
    assert not parsed.ok
    first, second, last = parsed.rows
    assert (first.quote, first.lead, first.support) == ("完成燃煤锅炉淘汰", ["市生态环境局"],
                                                        ["各县区政府"])
    assert (first.deadline, first.deadline_precision, first.status) == (
        date(2025, 6, 30), Precision.DAY, Status.ACHIEVED)
    assert first.latest_progress == "已验收" and first.uuid is None
    assert (second.deadline, second.deadline_precision, second.deadline_text) == (
        date(2025, 12, 31), Precision.YEAR, "2025年底前")
    assert second.status is Status.ON_TRACK
    assert (last.lead, last.deadline, last.deadline_text) == (
        ["市城管局", "市水务局"], None, "长期坚持")


def test_foreign_csv_ledger_with_title_row_and_year_default(tmp_path):
    path = tmp_path / "foreign.csv"
    path.write_bytes(
        "2026年重点任务清单\r\n"
        "序号\t工作任务\t牵头单位\t时间节点\t状态\tUUID\r\n"
        "1\t制定实施方案\t市发展改革委\t6月底前\t未启动\t\r\n"
        "2\t开展专项行动\t市生态环境局\t三季度\t逾期\tnot-a-uuid\r\n"
        "3\t完成验收\t市生态环境局\t2026/11/30\t\t3F1C2B8E-1D2A-4C1E-9F00-000000000001\r\n"
        .encode("gb18030"))
    table = read_csv(path)
    assert table.first_row == 3
    parsed = parse_ledger(table, guess_mapping(table.headers), default_year=2026)
    assert parsed.errors == [RowError(4, "UUID", "“not-a-uuid” is not a UUID")]
    june, done = parsed.rows
    assert (june.deadline, june.deadline_precision, june.status) == (
        date(2026, 6, 30), Precision.MONTH, Status.NOT_STARTED)
    assert done.uuid == "3f1c2b8e-1d2a-4c1e-9f00-000000000001"
    assert done.status is Status.UNKNOWN and done.deadline == date(2026, 11, 30)


def test_time_words_without_a_year_need_a_default_year(tmp_path):
    table = LedgerTable(["任务", "完成时限"], [["建成平台", "年底前"]], tmp_path / "t.csv")
    parsed = parse_ledger(table, guess_mapping(table.headers))
    assert parsed.errors == [RowError(2, "完成时限", "“年底” has no year (no default year given)")]


def test_a_table_without_a_quote_column_is_one_error(tmp_path):
    table = LedgerTable(["名称", "金额"], [["甲", "1"]], tmp_path / "t.csv")
    parsed = parse_ledger(table, guess_mapping(table.headers))
    assert parsed.rows == []
    assert parsed.errors == [RowError(1, None, "no column was recognised as the commitment "
                                               "text (承诺内容)")]


def test_value_ranges_and_numbers_from_cells(tmp_path):
    table = LedgerTable(["承诺内容", "目标数值"],
                        [["GDP增长", "5-5.5"], ["增长", "5%—5.5%"], ["降碳", 18], ["降", "-3"],
                         ["坏", "约五成"]], tmp_path / "t.csv")
    parsed = parse_ledger(table, guess_mapping(table.headers))
    assert [row.value for row in parsed.rows] == [(5.0, 5.5), (5.0, 5.5), 18.0, -3.0]
    assert parsed.errors == [RowError(6, "目标数值",
                                      "“约五成” is not a number or a range of numbers")]


def test_a_title_naming_a_column_does_not_beat_the_header(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("工作任务清单\n序号,工作任务\n1,建成平台\n", encoding="utf-8")
    table = read_csv(path)
    assert table.headers == ["序号", "工作任务"] and table.first_row == 3
    assert [row.quote for row in parse_ledger(table, guess_mapping(table.headers)).rows] == [
        "建成平台"]


@pytest.mark.parametrize("cells, kind", [
    (["合计", "4项", "", ""], "total"),
    (["", "合 计", "", ""], "total"),
    (["总计：12项", "", "", ""], "total"),
    (["备注：本表每月5日前报送", "", "", ""], "note"),
    (["注：1.带*为必填", "", "", ""], "note"),
    (["填表说明", "", "", ""], "instructions"),
    (["填报说明：完成时限写具体日期", "", "", ""], "instructions"),
    (["填表人：张三", "", "审核人：李四", ""], "signature"),
    (["1", "注重源头治理，完成排查", "市局", "年底前"], None),
    (["2", "合计完成造林10万亩", "林业局", "年底前"], None),
    (["说明书编制", "市局", "", ""], None),
])
def test_footer_note_and_instruction_rows_are_recognised(cells, kind):
    from tracker.export import row_kinds

    table = LedgerTable(["序号", "工作任务", "责任单位", "完成时限"], [cells], Path("t.csv"))
    assert row_kinds(table) == [kind]


def test_lines_under_instructions_are_skipped_and_rows_after_resume():
    from tracker.export import row_kinds

    rows = [["1", "任务甲", "市局", "年底前"], ["填表说明：", "", "", ""],
            ["1.时限写日期", "", "", ""], ["", "", "", ""], ["2", "任务乙", "市局", "年底前"]]
    table = LedgerTable(["序号", "工作任务", "责任单位", "完成时限"], rows, Path("t.csv"))
    assert row_kinds(table) == [None, "instructions", "note", "blank", None]

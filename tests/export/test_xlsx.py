"""XLSX work ledger: layout read back with openpyxl, text never a formula, round trip."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from openpyxl import Workbook, load_workbook

from tracker.export.errors import LedgerFileError
from tracker.export.ledger import guess_mapping, parse_ledger
from tracker.export.xlsx_io import MACHINE, VISIBLE, read_xlsx, write_xlsx

from tests.export.samples import formula_like, water_target


@pytest.fixture
def ledger(tmp_path):
    path = tmp_path / "台账.xlsx"
    assert write_xlsx([water_target(), formula_like()], path, title="江西省生态环境保护台账",
                      today=date(2025, 12, 1)) == 2
    return path


def test_layout_of_the_work_ledger(ledger):
    ws = load_workbook(ledger).active
    assert ws.title == "台账"
    assert ws["A1"].value == "江西省生态环境保护台账"
    assert "A1:N1" in {str(r) for r in ws.merged_cells.ranges}
    headers = [cell.value for cell in ws[2]]
    assert headers[:14] == ["序号", "承诺内容", "类型", "牵头单位", "配合单位", "地区",
                            "完成时限", "目标值", "当前状态", "最新进展", "来源文件",
                            "办结日期", "佐证材料", "灯"]
    assert headers[14:] == [f"#{key}" for key in MACHINE]
    assert all(cell.font.b and cell.fill.fill_type == "solid" for cell in ws[2])
    assert ws.freeze_panes == "A3"
    assert ws.auto_filter.ref == f"A2:{ws.cell(2, len(headers)).column_letter}4"


def test_widths_wrapping_and_hidden_machine_columns(ledger):
    ws = load_workbook(ledger).active
    assert ws.column_dimensions["B"].width == 50
    assert ws["B3"].alignment.wrap_text and ws["J3"].alignment.wrap_text
    visible = [ws.column_dimensions[chr(ord("B") + i)].hidden for i in range(len(VISIBLE))]
    hidden = [ws.column_dimensions[ws.cell(2, 15 + i).column_letter].hidden
              for i in range(len(MACHINE))]
    assert not any(visible) and all(hidden)


def test_dates_are_date_cells_and_words_are_chinese(ledger):
    ws = load_workbook(ledger).active
    deadline = ws["G3"]
    assert deadline.is_date and deadline.value == datetime(2025, 12, 31)
    assert deadline.number_format == "yyyy-mm-dd"
    assert [ws["A3"].value, ws["C3"].value, ws["H3"].value, ws["I3"].value] == [
        1, "目标", "优良水体比例 ≥ 80%", "正常推进"]
    assert ws["E3"].value == "省水利厅；省住房城乡建设厅"


def test_formula_like_text_is_stored_as_plain_strings(ledger):
    ws = load_workbook(ledger).active
    quote = ws["B4"]
    assert quote.value == "=HYPERLINK(\"http://x\")" and quote.data_type == "s"
    assert ws["D4"].value == "+省直单位" and ws["D4"].data_type == "s"
    assert ws["E4"].value == "@各市" and ws["E4"].data_type == "s"
    formulas = [c.coordinate for row in ws.iter_rows() for c in row if c.data_type == "f"]
    assert formulas == []


def test_english_ledger(tmp_path):
    path = tmp_path / "en.xlsx"
    write_xlsx([water_target()], path, lang="en")
    ws = load_workbook(path).active
    assert ws.title == "Ledger" and ws.freeze_panes == "A2"
    assert [c.value for c in ws[1]][:3] == ["No.", "Commitment", "Kind"]
    assert ws["I2"].value == "On track"


def test_own_ledger_round_trips(ledger):
    table = read_xlsx(ledger)
    assert table.first_row == 3
    parsed = parse_ledger(table, guess_mapping(table.headers))
    assert parsed.errors == []
    assert parsed.rows == [water_target(), formula_like()]


def test_empty_ledger_is_still_a_ledger(tmp_path):
    path = tmp_path / "empty.xlsx"
    assert write_xlsx([], path) == 0
    table = read_xlsx(path)
    assert table.headers[1] == "承诺内容" and table.rows == []


def test_reader_errors_name_the_file_and_sheet(tmp_path):
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a zip")
    with pytest.raises(LedgerFileError, match="bad.xlsx"):
        read_xlsx(bad)
    book = Workbook()
    book.active.title = "汇总"
    good = tmp_path / "good.xlsx"
    book.save(good)
    with pytest.raises(LedgerFileError, match="no sheet named “台账”.*汇总"):
        read_xlsx(good, sheet="台账")


def test_edits_made_in_the_sheet_are_read_back(ledger, tmp_path):
    """Users change the visible status and date; the hidden codes must not override them."""
    book = load_workbook(ledger)
    ws = book.active
    ws["I3"] = "已完成"
    ws["G3"] = datetime(2026, 6, 15)
    edited = tmp_path / "edited.xlsx"
    book.save(edited)
    parsed = parse_ledger(read_xlsx(edited), guess_mapping(read_xlsx(edited).headers))
    row = parsed.rows[0]
    assert row.status.value == "achieved"
    assert (row.deadline, row.deadline_precision.value) == (date(2026, 6, 15), "day")
    assert row.deadline_text == "2025年底"  # the words of the document stay as written

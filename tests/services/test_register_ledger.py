"""Ledger export and import through the services and the command line."""

from __future__ import annotations

import codecs
import json
from datetime import date

import openpyxl
import pytest

from tracker.cli import main
from tracker.domain.filters import CommitmentFilter
from tracker.domain.model import Status
from tracker.services import commitments, ledger, register
from tracker.storage import repos

from tests.services.register_fixtures import build_register


@pytest.fixture
def reg(ctx):
    return ctx, build_register(ctx)


def _dump(ctx) -> list:
    """Everything an import could change, for before/after comparisons."""
    with ctx.db.session() as session:
        conn = session.connection()
        return [conn.exec_driver_sql(sql).all() for sql in (
            "SELECT * FROM commitment ORDER BY id",
            "SELECT * FROM commitment_body ORDER BY commitment_id, body_id",
            "SELECT * FROM commitment_tag ORDER BY commitment_id, tag_id",
            "SELECT * FROM progress_entry ORDER BY id")]


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_round_trip_changes_nothing(reg, tmp_path, suffix):
    ctx, ids = reg
    commitments.change_status(ctx, [ids[2]], Status.ON_TRACK, "已开工建设")
    before = _dump(ctx)
    path = tmp_path / f"ledger.{suffix}"
    assert ledger.export_ledger(ctx, path, suffix) == 5
    result = ledger.import_ledger(ctx, path)
    assert result.ok and result.written
    assert (result.rows, result.unchanged, result.created, result.updated, result.progress) == (
        5, 5, [], [], [])
    assert _dump(ctx) == before


def test_shown_columns_csv_round_trip_changes_nothing(reg, tmp_path):
    ctx, _ids = reg
    before = _dump(ctx)
    path = tmp_path / "shown.csv"
    ledger.export_ledger(ctx, path, "csv", columns=ledger.TABLE_COLUMNS + ("uuid",))
    result = ledger.import_ledger(ctx, path)
    assert result.ok and result.unchanged == 5
    assert _dump(ctx) == before


def test_csv_has_bom_chinese_headers_and_neutralised_cells(reg, tmp_path):
    ctx, ids = reg
    c = commitments.get(ctx, ids[3])
    c.notes = "=HYPERLINK(\"http://evil\")"
    commitments.update(ctx, c)
    path = tmp_path / "l.csv"
    ledger.export_ledger(ctx, path, "csv", columns=("quote", "status", "notes", "days_left"))
    data = path.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    text = data.decode("utf-8-sig")
    assert text.splitlines()[0] == "承诺内容,当前状态,备注,剩余天数"
    # the days left (-152) is a number: left as it is (issue 13, 15); the formula is guarded
    assert "'=HYPERLINK" in text and ",-152" in text and "'-152" not in text
    gb = tmp_path / "gb.csv"
    ledger.export_ledger(ctx, gb, "csv", encoding="gb18030", lang="en")
    assert gb.read_bytes().decode("gb18030").startswith("UUID,Commitment,Kind")


def test_xlsx_reads_back_in_openpyxl_with_dates_as_dates(reg, tmp_path):
    ctx, _ids = reg
    path = tmp_path / "l.xlsx"
    ledger.export_ledger(ctx, path, "xlsx", filter=CommitmentFilter(region_code="140000"),
                         title="山西省台账")
    ws = openpyxl.load_workbook(path).active
    assert ws["A1"].value == "山西省台账"
    assert [ws.cell(2, n).value for n in (1, 2, 3, 4, 7)] == ["序号", "承诺内容", "类型", "牵头单位",
                                                       "完成时限"]
    assert ws.freeze_panes == "A3"
    deadlines = [ws.cell(r, 7).value for r in range(3, ws.max_row + 1)]
    assert deadlines[0].date() == date(2025, 12, 31) and ws.max_row == 2 + 4


def test_edits_in_the_ledger_come_back_as_updates_and_progress(reg, tmp_path):
    ctx, ids = reg
    commitments.change_status(ctx, [ids[2]], Status.ON_TRACK, "开工", on=date(2026, 3, 1))
    path = tmp_path / "l.xlsx"
    ledger.export_ledger(ctx, path, "xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    headers = [c.value for c in ws[1]]
    uuid_col = headers.index("#uuid") + 1
    row = next(r for r in range(2, ws.max_row + 1)
               if ws.cell(r, uuid_col).value == commitments.get(ctx, ids[2]).uuid)
    ws.cell(row, headers.index("当前状态") + 1).value = "已完成"
    ws.cell(row, headers.index("最新进展") + 1).value = "项目已并网发电"
    ws.cell(row, headers.index("牵头单位") + 1).value = "大同市发展改革委"
    wb.save(path)
    result = ledger.import_ledger(ctx, path)
    assert result.ok and len(result.updated) == 1 and result.unchanged == 4
    c = commitments.get(ctx, ids[2])
    assert c.status is Status.ACHIEVED and c.lead == "大同市发展改革委"
    entries = commitments.progress(ctx, ids[2])
    assert [(e.date, e.status, e.note) for e in entries] == [
        (date(2026, 3, 1), Status.ON_TRACK, "开工"),
        (date(2026, 6, 1), Status.ACHIEVED, "项目已并网发电")]   # dated today, not 03-01
    ledger.undo_import(ctx, result)
    assert commitments.get(ctx, ids[2]).status is Status.ON_TRACK
    assert len(commitments.progress(ctx, ids[2])) == 1
    ledger.redo_import(ctx, result)
    assert commitments.get(ctx, ids[2]).status is Status.ACHIEVED


FOREIGN = ("大同市2026年生态环境重点任务台账\n"
           "序号,工作任务,责任单位,完成时限,进展情况,地区\n"
           "1,完成燃煤锅炉淘汰,市生态环境局,2026年底前,已完成80%,大同市\n"
           "2,建设污水处理厂,市住建局,明年,,大同市\n"
           "3,,市水务局,2026年6月,,大同市\n"
           "4,推进土壤修复,市自然资源局,2026年9月,,火星市\n")


def test_foreign_ledger_with_bad_rows_is_reported_and_nothing_written(reg, tmp_path):
    ctx, _ids = reg
    path = tmp_path / "foreign.csv"
    path.write_text(FOREIGN, encoding="gb18030")
    before = _dump(ctx)
    result = ledger.import_ledger(ctx, path)
    assert not result.ok and not result.written
    reasons = {e.row_number: e.reason for e in result.errors}
    # every bad row at once: 明年 is not a date; empty text; unknown region
    assert [e.row_number for e in result.errors] == [4, 5, 6]
    assert "承诺内容" in reasons[5] and reasons[6] == "unknown region “火星市”"
    assert _dump(ctx) == before


def test_foreign_ledger_imports_new_commitments_once(reg, tmp_path):
    ctx, _ids = reg
    path = tmp_path / "foreign.csv"
    path.write_text(FOREIGN.split("2,")[0] + "5,推进土壤修复,市自然资源局,2026年9月,,大同市\n",
                    encoding="utf-8")
    result = ledger.import_ledger(ctx, path)
    assert result.ok and len(result.created) == 2
    made = {c.quote: c for c in result.created}
    boiler = made["完成燃煤锅炉淘汰"]
    assert boiler.region_code == "140200" and boiler.lead == "市生态环境局"
    assert boiler.deadline.date == date(2026, 12, 31)
    assert [e.note for e in commitments.progress(ctx, boiler.id)] == ["已完成80%"]
    assert register.total(ctx) == 7
    again = ledger.import_ledger(ctx, path)            # matched by text: no duplicates
    assert again.ok and again.created == [] and again.unchanged == 2
    assert register.total(ctx) == 7


def test_imported_commitments_carry_their_quote_key(reg, tmp_path):
    """The import stores each new commitment's link key as it writes it (no NULL left
    for a later back-fill)."""
    from tracker.services.links import quote_key

    ctx, _ids = reg
    path = tmp_path / "foreign.csv"
    path.write_text(FOREIGN.split("2,")[0] + "5,推进土壤修复,市自然资源局,2026年9月,,大同市\n",
                    encoding="utf-8")
    result = ledger.import_ledger(ctx, path)
    assert result.ok and result.created
    with ctx.db.session() as session:
        stored = dict(session.connection().exec_driver_sql(
            "SELECT id, quote_key FROM commitment").all())
    for c in result.created:
        assert stored[c.id] == quote_key(c.span.quote)
    ledger.undo_import(ctx, result)
    ledger.redo_import(ctx, result)
    with ctx.db.session() as session:
        stored = dict(session.connection().exec_driver_sql(
            "SELECT id, quote_key FROM commitment").all())
    assert all(stored[c.id] == quote_key(c.span.quote) for c in result.created)


def test_unknown_region_is_a_row_error(reg, tmp_path):
    ctx, _ids = reg
    path = tmp_path / "f.csv"
    path.write_text("工作任务,地区\n推进土壤修复,火星市\n", encoding="utf-8")
    result = ledger.import_ledger(ctx, path)
    assert [(e.row_number, e.column, e.reason) for e in result.errors] == [
        (2, "地区", "unknown region “火星市”")]


def test_cli_export_and_import_ledger(reg, tmp_path, capsys):
    ctx, ids = reg
    db = str(ctx.db.url or ctx.db.path)
    out = tmp_path / "overdue.csv"
    # the CLI's own context uses the real date: everything due before 2026-06-01 is overdue
    assert main(["--db", db, "export", str(out), "--region", "山西省", "--status",
                 "on_track,not_started", "--columns", "quote,status,deadline"]) == 0
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "承诺内容,当前状态,完成时限" and len(lines) == 3
    assert "2 commitments written" in capsys.readouterr().err
    xlsx = tmp_path / "all.xlsx"
    assert main(["--db", db, "export", str(xlsx), "--lang", "en"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "import-ledger", str(xlsx), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["rows"], report["unchanged"], report["created"]) == (5, 5, 0)
    bad = tmp_path / "bad.csv"
    bad.write_text(FOREIGN, encoding="utf-8")
    assert main(["--db", db, "import-ledger", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "row 4" in err and "nothing was imported" in err
    assert main(["--db", db, "export", str(tmp_path / "x.csv"), "--region", "火星"]) == 2
    assert main(["--db", db, "import-ledger", str(tmp_path / "missing.xlsx")]) == 1
    assert "missing.xlsx" in capsys.readouterr().err
    with ctx.db.session() as session:
        assert len(repos.progress_for(session, ids[0])) == 0


def test_cli_dry_run_counts_and_writes_nothing(reg, tmp_path, capsys):
    ctx, _ids = reg
    path = tmp_path / "foreign.csv"
    path.write_text("工作任务,责任单位,完成时限\n完成燃煤锅炉淘汰,市生态环境局,2026年底前\n",
                    encoding="utf-8")
    before = _dump(ctx)
    assert main(["--db", str(ctx.db.url or ctx.db.path), "import-ledger", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "1 new" in out and "would be written" in out
    assert _dump(ctx) == before
    assert main(["--db", str(ctx.db.url or ctx.db.path), "import-ledger", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["created"] == 1
    assert register.total(ctx) == 6

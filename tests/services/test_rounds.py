"""A progress round (进度填报): the per-body files are written, filled in with openpyxl as
a body would (a wrong status value, a row copied from another body's file, a row added by
hand), read back into a plan with the problems named by file and row, applied, undone."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook

from tracker.domain.model import BodyRef, Commitment, Deadline, Precision, Status
from tracker.domain.spans import Span
from tracker.export.progress_round import FILL, HEADER, STATUS_WORDS
from tracker.messages import lookup_for, say
from tracker.services import breakdown, commitments, rounds
from tracker.services.breakdown import TaskSpec
from tracker.services.context import AppContext

ROUND = date(2026, 12, 31)
COL = {name: n for n, name in enumerate(HEADER, start=1)}


@pytest.fixture
def ctx(tmp_path):
    ctx = AppContext.open(tmp_path / "r.db")
    ctx.today = lambda: date(2026, 12, 1)
    yield ctx
    ctx.close()


def _add(ctx, quote, body, status=Status.NOT_STARTED, deadline=date(2026, 12, 31)):
    return commitments.create(ctx, Commitment(
        document_id=None, span=Span(0, 0, quote), status=status,
        deadline=Deadline(str(deadline.year) + "年底前", deadline, Precision.YEAR),
        responsible=[BodyRef(body)])).id


def _sheet(path):
    wb = load_workbook(path)
    return wb, wb["进度填报"]


def _row_of(ws, quote):
    for r in range(4, ws.max_row + 1):
        if ws.cell(r, COL["承诺事项"]).value == quote:
            return r
    raise AssertionError(quote)


def test_round_written_filled_read_applied_undone(ctx, tmp_path):
    a1 = _add(ctx, "完成东湖截污管网建设", "市水务局")
    a2 = _add(ctx, "建成污泥处置中心", "市水务局", Status.ON_TRACK)
    _add(ctx, "新建公园绿地20公顷", "市水务局")
    _add(ctx, "淘汰燃煤锅炉", "市水务局")
    b1 = _add(ctx, "完成全市黑臭水体整治", "市生态环境局")
    _add(ctx, "已办结的事项", "市水务局", Status.ACHIEVED)          # closed: in no file
    parent = _add(ctx, "推进垃圾分类", "市城管局")
    breakdown.add_tasks(ctx, parent, [TaskSpec("东湖区推进垃圾分类", "东湖区政府")])

    out = tmp_path / "round"
    out.mkdir()
    written = rounds.write(ctx, out, ROUND)
    by_body = {f.body: f for f in written.files}
    assert {b: f.rows for b, f in by_body.items()} == {
        "市水务局": 4, "市生态环境局": 1, "东湖区政府": 1}    # the task, not its parent
    water = by_body["市水务局"].path
    assert water.name == "进度填报_市水务局_2026-12-31.xlsx"

    # the written structure: protected, fill-in columns open, a status list, a hidden key
    wb, ws = _sheet(water)
    assert ws.protection.sheet
    assert [ws.cell(3, c).value for c in range(1, len(HEADER) + 1)] == list(HEADER)
    r = _row_of(ws, "建成污泥处置中心")
    assert ws.cell(r, COL["承诺事项"]).protection.locked
    assert all(not ws.cell(r, COL[name]).protection.locked for name in FILL)
    assert ws.column_dimensions["K"].hidden
    lists = [dv for dv in ws.data_validations.dataValidation if dv.type == "list"]
    assert lists and all(word in lists[0].formula1 for word in STATUS_WORDS)
    assert "G" in str(lists[0].sqref)
    assert wb["round"].sheet_state == "veryHidden"

    # the body fills it in
    ws.cell(_row_of(ws, "完成东湖截污管网建设"), COL["进展情况"], "主管网已贯通，12月验收")
    ws.cell(_row_of(ws, "完成东湖截污管网建设"), COL["完成情况"], "已完成")
    ws.cell(_row_of(ws, "完成东湖截污管网建设"), COL["佐证材料"], "https://example.org/验收")
    ws.cell(_row_of(ws, "完成东湖截污管网建设"), COL["填报人"], "张三")
    ws.cell(_row_of(ws, "完成东湖截污管网建设"), COL["填报日期"], date(2026, 12, 20))
    ws.cell(_row_of(ws, "建成污泥处置中心"), COL["进展情况"], "设备安装完成八成")  # no status
    ws.cell(_row_of(ws, "新建公园绿地20公顷"), COL["完成情况"], "差不多了")      # wrong value
    # a row copied from the ecology bureau's file, key and all
    _w2, ws2 = _sheet(by_body["市生态环境局"].path)
    stolen = _row_of(ws2, "完成全市黑臭水体整治")
    extra = ws.max_row + 1
    for c in range(1, len(HEADER) + 1):
        ws.cell(extra, c, ws2.cell(stolen, c).value)
    ws.cell(extra, COL["完成情况"], "已完成")
    ws.cell(extra, COL["佐证材料"], "整治验收报告.pdf")
    ws.cell(extra + 1, COL["承诺事项"], "自己加的一行")                        # no key
    ws.cell(extra + 1, COL["进展情况"], "已推进")
    wb.save(water)

    plan = rounds.read(ctx, [water])
    assert [(e.commitment_id, e.old, e.new, e.day) for e in plan.entries] == [
        (a1, Status.NOT_STARTED, Status.ACHIEVED, date(2026, 12, 20)),
        (a2, Status.ON_TRACK, Status.ON_TRACK, ROUND)]
    assert plan.entries[0].evidence.link == "https://example.org/验收"
    assert "张三（市水务局）" in plan.entries[0].note
    problems = {(p.file.name, p.row): p for p in plan.problems}
    assert sorted(row for _f, row in problems) == sorted(
        [_row_of(ws, "新建公园绿地20公顷"), extra, extra + 1])
    zh = lookup_for("zh_CN")
    texts = {row: p.text(lambda t, **v: say(t, zh, **v)) for (_f, row), p in problems.items()}
    assert texts[_row_of(ws, "新建公园绿地20公顷")].startswith(
        f"{water.name}，第 {_row_of(ws, '新建公园绿地20公顷')} 行")
    assert "差不多了" in texts[_row_of(ws, "新建公园绿地20公顷")]
    assert "该承诺属于市生态环境局" in texts[extra]
    assert "结构" in texts[extra + 1]
    assert plan.blank_rows == 1   # 淘汰燃煤锅炉 left empty

    with pytest.raises(rounds.RoundRefusedError):
        rounds.apply(ctx, plan)
    assert commitments.get(ctx, a1).status is Status.NOT_STARTED   # nothing written

    applied = rounds.apply(ctx, plan, skip_problems=True)
    assert commitments.get(ctx, a1).status is Status.ACHIEVED
    assert [e.note.splitlines()[0] for e in commitments.progress(ctx, a2)] == ["设备安装完成八成"]
    assert commitments.get(ctx, b1).status is Status.NOT_STARTED   # the stolen row did nothing

    rounds.undo(ctx, applied)
    assert commitments.get(ctx, a1).status is Status.NOT_STARTED
    assert commitments.progress(ctx, a1) == [] and commitments.progress(ctx, a2) == []
    rounds.redo(ctx, applied)
    assert commitments.get(ctx, a1).status is Status.ACHIEVED
    assert len(commitments.progress(ctx, a2)) == 1


def test_round_of_a_task_rolls_its_parent_up_and_asks_for_evidence(ctx, tmp_path):
    parent = _add(ctx, "推进垃圾分类", "市城管局")
    breakdown.add_tasks(ctx, parent, [TaskSpec("东湖区推进", "东湖区政府"),
                                      TaskSpec("西湖区推进", "西湖区政府")])
    written = {f.body: f.path for f in rounds.write(ctx, tmp_path, ROUND).files}
    wb, ws = _sheet(written["东湖区政府"])
    ws.cell(4, COL["完成情况"], "已完成")
    wb.save(written["东湖区政府"])
    plan = rounds.read(ctx, [written["东湖区政府"]], require_evidence=True)
    assert [p.template for p in plan.problems] == [
        __import__("tracker.domain.messages", fromlist=["x"]).ROUND_EVIDENCE_NEEDED]
    plan = rounds.read(ctx, [written["东湖区政府"]], require_evidence=False)
    applied = rounds.apply(ctx, plan)
    assert commitments.get(ctx, parent).status is Status.ON_TRACK    # 1 of 2 tasks done
    rounds.undo(ctx, applied)
    assert commitments.get(ctx, parent).status is Status.NOT_STARTED


def test_a_file_that_is_not_a_round_is_named(ctx, tmp_path):
    from openpyxl import Workbook

    other = tmp_path / "别的表.xlsx"
    Workbook().save(other)
    broken = tmp_path / "坏文件.xlsx"
    broken.write_bytes(b"not a zip")
    plan = rounds.read(ctx, [other, broken])
    assert [(p.file.name, p.row) for p in plan.problems] == [("别的表.xlsx", None),
                                                             ("坏文件.xlsx", None)]
    assert plan.entries == ()


def test_round_on_the_command_line(tmp_path, capsys):
    from tracker.cli import main

    db = str(tmp_path / "c.db")
    ctx = AppContext.open(db)
    try:
        a = _add(ctx, "完成东湖截污管网建设", "市水务局")
    finally:
        ctx.close()
    out = tmp_path / "files"
    out.mkdir()
    assert main(["--db", db, "--lang", "zh_CN", "round", "write", "--date", "2026-12-31",
                 str(out)]) == 0
    (path,) = out.glob("*.xlsx")
    wb, ws = _sheet(path)
    ws.cell(4, COL["完成情况"], "已完成")
    wb.save(path)
    capsys.readouterr()
    # closing without evidence is refused (the default), and said in Chinese
    assert main(["--db", db, "--lang", "zh_CN", "round", "read", str(path)]) == 1
    err = capsys.readouterr().err
    assert f"{path.name}，第 4 行" in err and "佐证" in err
    assert main(["--db", db, "round", "read", "--no-evidence", str(path)]) == 0
    ctx = AppContext.open(db)
    try:
        assert commitments.get(ctx, a).status is Status.ACHIEVED
    finally:
        ctx.close()


def test_wording_that_looks_like_a_formula_or_holds_control_characters(ctx, tmp_path):
    a = _add(ctx, "=SUM(A1)\x07 完成整治", "市水务局")
    (written,) = rounds.write(ctx, tmp_path, ROUND).files
    wb, ws = _sheet(written.path)
    assert ws.cell(4, COL["承诺事项"]).value == "=SUM(A1) 完成整治"
    assert ws.cell(4, COL["承诺事项"]).data_type == "s"     # text, never run as a formula
    ws.cell(4, COL["进展情况"], "推进中")
    wb.save(written.path)
    plan = rounds.read(ctx, [written.path])
    assert plan.problems == () and [e.commitment_id for e in plan.entries] == [a]

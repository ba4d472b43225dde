"""Progress tables of a year's programme (民生实事 / 考核指标 完成情况表): a task column, the
goal set for the year, the figure done so far and its share. The goal is the commitment,
quoted from the task cell to the goal cell and due at the end of the year; the figure done
(with its share) is a past result; the row's bodies come from its 责任单位 cell, or from a
备注 cell that only names bodies (invented rows, in several wordings)."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract import suggest, to_json
from tracker.extract.indicator_table import indicator_rows

HEADERS = [
    # (header, a row's cells in the header's order given task, body, unit, goal, done, share)
    ("序号\t考核指标\t单位\t工作目标\t已完成数\t占年任务之比\t备注",
     "{n}\t{task}\t{unit}\t{goal}\t{done}\t{share}\t{body}"),
    ("序号\t民生实事项目名称\t责任单位\t目标任务\t1-9月实际完成情况\t实际完成率%\t备注",
     "{n}\t{task}\t{body}\t{goal}{unit}\t{done}\t{share}\t"),
    ("序号\t重点任务\t牵头单位\t年度目标\t累计完成\t完成比例",
     "{n}\t{task}\t{body}\t{goal}{unit}\t{done}\t{share}"),
    ("编号\t工作任务\t计量单位\t全年计划\t完成数\t完成率\t责任部门",
     "{n}\t{task}\t{unit}\t{goal}\t{done}\t{share}\t{body}"),
]
ROWS = [
    # task, body, unit, goal, done, share → comparator, value, unit read
    ("城镇新增就业", "市人社局", "万人", "5.2", "4.1", "78.8%", ("=", 5.2, "万人")),
    ("新建农村公办幼儿园", "县教育局", "所", "12", "9", "75%", ("=", 12.0, "所")),
    ("提高农村低保标准", "区民政局", "元/年/人", "不低于3700", "3840", "103.8%", (">=", 3700.0, "元/年/人")),
]


def _doc(header: str, pattern: str) -> str:
    lines = ["某县2024年1-9月民生实事完成情况表", header]
    for n, (task, body, unit, goal, done, share, _) in enumerate(ROWS, 1):
        lines.append(pattern.format(n=n, task=task, body=body, unit=unit, goal=goal,
                                    done=done, share=share))
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("header,pattern", HEADERS)
def test_each_row_s_goal_is_a_target_of_the_year_and_its_figure_done_a_result(header, pattern):
    text = _doc(header, pattern)
    got = [to_json(s) for s in suggest(text, date(2024, 10, 8))]
    targets = [g for g in got if g["kind"] == "target"]
    results = [g for g in got if g["kind"] == "indicator" and g["quote"][:1].isdigit()]
    assert len(targets) == len(ROWS)
    for t, (task, body, unit, goal, _done, _share, want) in zip(targets, ROWS):
        assert t["quote"].startswith(task)
        assert t["quote"].endswith((goal, goal + unit))  # up to the goal cell, no further
        assert (t["comparator"], t["value"], t["unit"]) == want
        assert t["deadline"] == "2024-12-31"
        assert t["responsible"] == [body]
    assert [r["quote"] for r in results] == [f"{done}\t{share}" for _, _, _, _, done, share, _ in ROWS]
    assert [r["value"] for r in results] == [float(done) for _, _, _, _, done, _, _ in ROWS]


def test_traditional_rows_read_as_their_simplified_twins():
    text = ("嶽陽樓區2017年1-8月省重點民生實事完成情況表\n"
            "序號\t省重點民生實事項目名稱\t責任單位\t目標任務\t1-8月實際完成情況\t1-8月實際完成率%\t備註\n"
            "1\t城市棚戶區改造\t房產分局\t7699套\t4629\t60%\t\n"
            "2\t新增養老服務床位\t民政局\t71個\t55\t77%\t\n")
    got = [to_json(s) for s in suggest(text, date(2017, 8, 24))]
    targets = [g for g in got if g["kind"] == "target"]
    assert [(t["quote"], t["value"], t["responsible"]) for t in targets] == [
        ("城市棚戶區改造\t房產分局\t7699套", 7699.0, ["房產分局"]),
        ("新增養老服務床位\t民政局\t71個", 71.0, ["民政局"])]
    assert {t["deadline"] for t in targets} == {"2017-12-31"}
    assert [g["quote"] for g in got if g["kind"] == "indicator" and g["quote"][:1].isdigit()] \
        == ["4629\t60%", "55\t77%"]


def test_a_merged_row_shares_the_bodies_of_the_row_above_and_a_bare_value_takes_the_task_s_counter():
    text = ("序号\t考核指标\t单位\t工作目标\t已完成数\t占年任务之比\t备注\n"
            "1\t新建1500个行政村4G基站\t\t68\t68\t100.0%\t工信局、通信管理办\n"
            "\t改(新)建农村户用厕所100万户以上\t\t1300\t1200\t92.3%\t\n")
    rows = indicator_rows(text)
    assert [(r.target.value, r.target.unit) for r in rows] == [(68.0, "个"), (1300.0, "户")]
    assert rows[1].bodies == rows[0].bodies
    assert [text[s:e] for s, e in rows[0].bodies] == ["工信局、通信管理办"]


@pytest.mark.parametrize("note", ["11月底厂家开始安排发货", "设备购进中", "已完成项目主体建设"])
def test_a_note_in_words_is_neither_a_body_nor_a_figure_done(note):
    text = ("序号\t考核指标\t单位\t工作目标\t已完成数\t占年任务之比\t备注\n"
            f"1\t新增直播卫星用户\t户\t12800\t{note}\t\t\n")
    (row,) = indicator_rows(text)
    assert row.target is not None and row.target.value == 12800.0
    assert row.done is None and row.bodies == ()


@pytest.mark.parametrize("row", [
    "9\t深化养老保险制度改革\t完成参保人数6300人\t区人社局\t6300人\t7558\t119%\t\t",  # one cell more
])
def test_a_row_whose_cells_left_their_columns_is_not_read_by_them(row):
    text = ("序号\t民生实事项目名称\t责任单位\t目标任务\t实际完成情况\t实际完成率\t备注\n"
            f"{row}\n")
    assert indicator_rows(text) == []


def test_a_later_row_of_an_item_is_read_from_its_task_cell():
    # (session 11s) the row of an item spanning several rows, its merged 序号 cell copied away:
    # its first cell is the task, the cells after it stand under the columns after the task's
    text = ("序号\t民生实事项目名称\t责任单位\t目标任务\t实际完成情况\t实际完成率\t备注\n"
            "完成征缴基金10000万元\t区人社局\t10000万\t7965\t80%\n")
    (row,) = indicator_rows(text)
    assert row.metric == "完成征缴基金10000万元"
    assert row.target is not None and row.target.value == 10000.0
    assert row.done is not None and row.done.value == 7965.0
    assert [text[s:e] for s, e in row.bodies] == ["区人社局"]


@pytest.mark.parametrize("header", [
    "序号\t项目名称\t责任单位\t完成情况\t占全年计划",         # no goal column
    "序号\t指标\t2020年\t2025年\t属性",                      # a plan's indicator table
    "序号\t问题\t整改目标\t整改时限\t责任单位",              # a rectification list
])
def test_tables_of_other_kinds_are_no_progress_tables(header):
    from tracker.extract.indicator_table import _progress_header

    assert _progress_header(header.split("\t")) is None

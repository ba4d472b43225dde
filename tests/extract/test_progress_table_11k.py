"""Progress tables of a year's targets (考核指标 | 单位 | 工作目标 | 已完成数 | 完成率 | 责任单位):
each row's goal is a commitment due at the end of the document's year, what was done (with
its rate) a result beside it, the row's body its responsible (invented rows)."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract import suggest, to_json
from tracker.extract.indicator_table import indicator_rows, read_value

PROGRESS = "\n".join([
    "某市1-9月重点民生实事落实情况",
    "序号\t考核指标\t单 位\t工作目标\t已完成数\t完成率\t责任单位",
    "1\t新增城镇就业\t万人\t3.5\t3.1\t88.6%\t市人社局",
    "\t改造农村公路\t公里\t200\t150\t75.0%\t市交通局",
    "2\t提高城乡低保标准\t\t不低于650元\t650\t100%\t市民政局",
])


def _records(text: str, day: date | None = date(2026, 10, 10)) -> list[dict]:
    return [to_json(s) for s in suggest(text, day)]


def test_each_row_s_goal_is_a_target_of_the_year_with_the_row_s_body():
    targets = [r for r in _records(PROGRESS) if r["kind"] == "target"]
    got = [(r["quote"].split("\t")[0], r["comparator"], r["value"], r["unit"], r["deadline"],
            r["responsible"]) for r in targets]
    assert got == [
        ("新增城镇就业", "=", 3.5, "万人", "2026-12-31", ["市人社局"]),
        ("改造农村公路", "=", 200.0, "公里", "2026-12-31", ["市交通局"]),
        ("提高城乡低保标准", ">=", 650.0, "元", "2026-12-31", ["市民政局"]),
    ]


def test_what_was_done_is_a_result_quoted_with_its_rate_not_a_target():
    results = [r for r in _records(PROGRESS) if r["kind"] == "indicator" and "\t" in r["quote"]]
    assert [r["quote"] for r in results] == ["3.1\t88.6%", "150\t75.0%", "650\t100%"]
    assert [r["value"] for r in results] == [3.1, 150.0, 650.0]


def test_an_empty_cell_keeps_the_cells_after_it_under_their_headers():
    # the second row has no 序号 and the third no 单位: tabs still count the columns
    rows = indicator_rows(PROGRESS)
    assert [(r.metric, r.target.value if r.target else None) for r in rows] == [
        ("新增城镇就业", 3.5), ("改造农村公路", 200.0), ("提高城乡低保标准", 650.0)]


@pytest.mark.parametrize("header", [
    "序号\t主要指标\t单位\t工作目标\t已完成数\t备注",
    "序号\t考核指标\t单位\t工作目标\t实际完成\t备注",
    "序号\t指标名称\t单位\t年度目标\t累计完成\t备注",
])
def test_a_note_cell_naming_a_body_gives_the_row_its_body(header):
    text = "\n".join([header, "1\t新建污水管网\t公里\t30\t12\t市住建局",
                      "2\t建成充电桩\t个\t500\t320\t请各地加快进度"])
    targets = [r for r in _records(text) if r["kind"] == "target"]
    assert [r["responsible"] for r in targets][0] == ["市住建局"]
    assert targets[1]["responsible"] != ["请各地加快进度"]
    assert [r["value"] for r in targets] == [30.0, 500.0]


@pytest.mark.parametrize("cell,want", [
    ("不低于60元", (">=", 60.0, "元")),
    ("3700元以上", (">=", 3700.0, "元")),
    ("60以上", (">=", 60.0, None)),
    ("15左右", ("=", 15.0, None)),
])
def test_a_value_cell_may_write_its_unit_again(cell, want):
    t = read_value(cell, "提高补助标准")
    assert t is not None and (str(t.comparator), t.value, t.unit) == want


def test_a_row_merged_with_the_one_above_shares_its_body():
    text = "\n".join([
        "序号\t考核指标\t单位\t工作目标\t已完成数\t备注",
        "1\t新建污水管网\t公里\t30\t12\t市住建局",
        "\t改造雨水管网\t公里\t20\t8\t",
        "2\t建成充电桩\t个\t500\t320\t",
    ])
    targets = [r for r in _records(text) if r["kind"] == "target"]
    assert [r["responsible"] for r in targets][:2] == [["市住建局"], ["市住建局"]]
    assert targets[2]["responsible"] != ["市住建局"]


def test_runs_of_tabs_that_pad_a_plan_table_still_separate_its_columns():
    text = "\n".join(["指标\t\t2020年\t\t2025年\t\t属性",
                      "城市空气质量优良天数比率(%)\t\t85.2\t\t>88\t\t约束性"])
    rows = indicator_rows(text)
    assert [(r.metric, str(r.target.comparator), r.target.value) for r in rows] == [
        ("城市空气质量优良天数比率(%)", ">=", 88.0)]


@pytest.mark.parametrize("cell", ["2025年底", "15万", "2026年"])
def test_a_cell_with_a_time_or_a_bare_scale_after_its_number_is_not_a_value(cell):
    t = read_value(cell, "建成充电桩")
    assert t is None or t.value is None


def test_a_qualified_metric_header_makes_a_table_only_beside_a_column_of_what_was_done():
    plain = "\n".join(["序号\t考核指标\t单位\t工作目标\t备注", "1\t新建污水管网\t公里\t30\t"])
    assert indicator_rows(plain) == []
    progress = "\n".join(["序号\t考核指标\t单位\t工作目标\t已完成数\t备注",
                          "1\t新建污水管网\t公里\t30\t12\t"])
    assert [r.metric for r in indicator_rows(progress)] == ["新建污水管网"]

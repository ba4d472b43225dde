"""Indicator tables of plans: each row's target is a commitment dated at the target year's
end, the base year's value a past result; the values read as comparators (invented rows)."""

from __future__ import annotations

import pytest

from tracker.extract import suggest, to_json
from tracker.extract.indicator_table import indicator_rows, read_value

TABLE = "\n".join([
    "专栏1 “十五五”时期生态环境保护主要指标",
    "指标\t2025年\t2030年\t属性",
    "大气环境质量",
    "城市空气质量优良天数比率(%)\t85.2\t>88\t约束性",
    "细颗粒物(PM2.5)浓度(微克/立方米)\t32\t28左右\t约束性",
    "单位GDP二氧化碳排放下降(%)\t-\t〔17〕\t约束性",
    "地表水劣Ⅴ类水体比例(%)\t1.2\t<1\t约束性",
])


@pytest.mark.parametrize("cell,metric,want", [
    (">80", "优良天数比率(%)", (">=", 80.0, "%")),
    ("≥80", "优良天数比率(%)", (">=", 80.0, "%")),
    ("<5", "劣Ⅴ类水体比例(%)", ("<=", 5.0, "%")),
    ("15左右", "极差比例(%)", ("=", 15.0, "%")),
    ("〔18〕", "浓度下降(%)", ("decrease", 18.0, "%")),
    ("〔10〕", "森林蓄积量增加(亿立方米)", ("increase", 10.0, "亿立方米")),
    ("5—5.5", "增速(%)", ("=", (5.0, 5.5), "%")),
    ("-", "任意(%)", None),
])
def test_a_value_cell_reads_as_comparator_value_and_the_metric_s_unit(cell, metric, want):
    t = read_value(cell, metric)
    assert (None if t is None else (str(t.comparator), t.value, t.unit)) == want


def test_rows_of_an_indicator_table_are_found_under_their_header():
    rows = indicator_rows(TABLE)
    assert [r.metric.split("(")[0] for r in rows] == [
        "城市空气质量优良天数比率", "细颗粒物", "单位GDP二氧化碳排放下降", "地表水劣Ⅴ类水体比例"]
    assert rows[0].deadline.date.isoformat() == "2030-12-31"
    assert rows[0].base.value == 85.2 and rows[0].base_deadline.date.year == 2025


def test_the_extractor_suggests_each_row_as_a_target_and_its_base_as_an_indicator():
    out = [to_json(s) for s in suggest(TABLE)]
    targets = [r for r in out if r["kind"] == "target"]
    assert [(r["comparator"], r["value"], r["unit"], r["deadline"]) for r in targets] == [
        (">=", 88.0, "%", "2030-12-31"),
        ("=", 28.0, "微克/立方米", "2030-12-31"),
        ("decrease", 17.0, "%", "2030-12-31"),
        ("<=", 1.0, "%", "2030-12-31"),
    ]
    assert all(r["quote"].startswith(("城市", "细颗粒物", "单位", "地表水")) for r in targets)
    indicators = [r for r in out if r["kind"] == "indicator"]
    assert [r["value"] for r in indicators] == [85.2, 32.0, 1.2]
    assert all(r["deadline"] == "2025-12-31" for r in indicators)

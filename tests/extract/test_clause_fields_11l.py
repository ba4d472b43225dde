"""The fields of a single clause or table row standing alone (comparator, value, unit), as a
task table, a progress table or a list gives them: which cell names the unit, which number
is the target when a row holds two, which word decides the comparator.

The rows and clauses are generic, written in the style of plans, task tables and lists.
"""

from __future__ import annotations

from datetime import date

import pytest

from tracker.domain import Comparator
from tracker.extract import suggest
from tracker.extract.targets import parse_target
from tracker.extract.trend import direction_or_end_state
from tracker.extract.units import read_unit

DOC = date(2026, 3, 1)
GE, LE, EQ = Comparator.GE, Comparator.LE, Comparator.EQ
INC, DEC = Comparator.INCREASE, Comparator.DECREASE
ZERO, FULL = Comparator.ZERO, Comparator.FULL


def _alone(clause: str):
    """The commitment a clause standing alone gives (the longest, as a reviewer reads it)."""
    found = [s for s in suggest(clause, DOC) if s.kind != "indicator"]
    assert found, f"no suggestion for {clause!r}"
    return max(found, key=lambda s: s.end - s.start)


# 名称 | 单位 | 目标值: the unit stands in a cell of its own before the value
@pytest.mark.parametrize("row, comparator, value, unit", [
    ("新增城镇就业\t万人\t3.5", EQ, 3.5, "万人"),
    ("改造提升农村公路\t公里\t220", EQ, 220, "公里"),
    ("城镇调查失业率\t%\t5.5左右", EQ, 5.5, "%"),
    ("粮食总产量\t万吨\t≥850", GE, 850, "万吨"),
    ("城市生活污水集中收集率\t%\t≥75", GE, 75, "%"),
    ("人均预期寿命\t岁\t80", EQ, 80, "岁"),
    ("劣Ⅴ类水体比例\t%\t0", ZERO, 0, "%"),
    ("3\t空气质量优良天数比率\t%\t88\t约束性", EQ, 88, "%"),
    ("4\t单位地区生产总值能耗降低\t%\t[13.5]\t约束性", DEC, 13.5, "%"),
    ("建设5G基站\t个\t1800\t市工信局\t2026年12月", EQ, 1800, "个"),
    ("PM2.5年均浓度\t微克/立方米\t33\t30", EQ, 30, "微克/立方米"),  # the base, then the target
    ("全年完成重点项目投资\t亿元\t260", EQ, 260, "亿元"),
    ("森林覆盖率 | % | 52 | 53", EQ, 53, "%"),  # cells apart by bars
    ("耕地保有量  万亩  410", EQ, 410, "万亩"),  # cells apart by runs of spaces
])
def test_a_unit_cell_gives_the_value_its_unit(row, comparator, value, unit) -> None:
    t = _alone(row).target
    assert t is not None and (t.comparator, t.value, t.unit) == (comparator, value, unit)


# A unit written with the value is the head of the unit cell's rate: the cell's unit wins
@pytest.mark.parametrize("row, comparator, value, unit", [
    ("提高城乡居民基础养老金\t元/月/人\t不低于180元", GE, 180, "元/月/人"),
    ("提高特困人员供养标准\t元/年/人\t不低于9000元", GE, 9000, "元/年/人"),
])
def test_a_rate_in_the_unit_cell_outranks_its_head_written_with_the_value(
        row, comparator, value, unit) -> None:
    t = _alone(row).target
    assert t is not None and (t.comparator, t.value, t.unit) == (comparator, value, unit)


# 任务 | (单位 empty) | 目标值: the value cell states this place's target, the count within
# the task's name says which programme; the value counts the same things, in units
@pytest.mark.parametrize("row, value, unit", [
    ("新建2000个行政村5G基站\t\t85", 85, "个"),
    ("改造农村危房3万户以上\t\t1260", 1260, "户"),
    ("完成乡镇污水处理设施提标改造(12个乡镇)\t万元\t3600", 3600, "万元"),
    ("开展老年人免费健康体检\t\t52000", 52000, None),
])
def test_the_value_cell_of_a_row_outranks_a_count_in_its_name(row, value, unit) -> None:
    t = _alone(row).target
    assert t is not None and (t.comparator, t.value, t.unit) == (EQ, value, unit)


@pytest.mark.parametrize("row", [
    "新建污水管网\t市水务局\t15",  # a number after a body, no unit column: nothing to read
    "1\t开展河湖清四乱专项行动\t市水利局",
])
def test_a_bare_number_without_a_unit_column_is_no_value(row: str) -> None:
    t = parse_target(row)
    assert t is None or t.value is None


# Which word decides the comparator
@pytest.mark.parametrize("clause, comparator, value, unit", [
    # a floor on a fall is a fall, as 下降X以上 (a floor on a growth stays a floor)
    ("单位工业增加值用水量下降不少于16%", DEC, 16, "%"),
    ("重点行业挥发性有机物排放量降低不低于10%", DEC, 10, "%"),
    ("一般公共预算收入增长不低于6%", GE, 6, "%"),
])
def test_the_verb_before_a_floor_decides_the_comparator(clause, comparator, value, unit) -> None:
    t = _alone(clause).target
    assert t is not None and (t.comparator, t.value, t.unit) == (comparator, value, unit)


@pytest.mark.parametrize("clause, comparator", [
    ("湿地保护率不低于省下达任务", GE),  # a floor at the quota set from above
    ("用水总量控制在省下达指标以内", LE),
    ("城镇新增就业、困难人员再就业完成市定任务", FULL),  # 市定: set by the city
])
def test_a_quota_set_from_above_takes_the_bound_written(clause, comparator) -> None:
    t = direction_or_end_state(clause)
    assert t is not None and t.comparator is comparator


# A figure stated flat names which things; the end state written with its verb is the target
@pytest.mark.parametrize("clause, comparator", [
    ("2027年底前，城区5公里范围内的燃煤小锅炉全部淘汰", ZERO),
    ("城市建成区30米以上道路的架空线全部完成入地改造", FULL),
])
def test_an_end_state_outranks_a_figure_stated_flat(clause, comparator) -> None:
    t = parse_target(clause)
    assert t is not None and t.comparator is comparator and t.value is None


@pytest.mark.parametrize("written, unit", [
    ("元/月/人", "元/月/人"),
    ("元/人/年", "元/人/年"),
    ("吨/万元", "吨/万元"),
    ("万人", "万人"),
    ("%", "%"),
    ("市水务局", None),
    ("—", None),
])
def test_a_unit_cell_reads_as_a_unit(written: str, unit: str | None) -> None:
    assert read_unit(written) == unit


# A capacity named per day (日处理能力 / 日供水能力): its volume is per day
@pytest.mark.parametrize("clause, value, unit", [
    ("污水日处理能力达到8万立方米", 8, "万立方米/日"),
    ("新增日供水能力3万吨", 3, "万吨/日"),
    ("新增污水处理能力2万吨/日", 2, "万吨/日"),
    ("亩均税收达到25万元", 25, "万元"),  # 亩均 names the measure, its unit is the money
])
def test_a_capacity_named_per_day_is_counted_per_day(clause, value, unit) -> None:
    t = _alone(clause).target
    assert t is not None and (t.value, t.unit) == (value, unit)


# A plan's change over its whole period in a cell of its own, in round brackets as in
# 〔18〕; a value cell may open with 累计 / 年均
@pytest.mark.parametrize("row, comparator, value, unit", [
    ("单位地区生产总值二氧化碳排放降低\t%\t（18）", DEC, 18, "%"),
    ("单位地区生产总值能耗降低（%）\t(13.5)", DEC, 13.5, "%"),
    ("城镇新增就业\t万人\t累计30", EQ, 30, "万人"),
])
def test_a_value_cell_in_brackets_or_with_a_lead_word(row, comparator, value, unit) -> None:
    t = _alone(row).target
    assert t is not None and (t.comparator, t.value, t.unit) == (comparator, value, unit)


# N个以上 + the things: a floor on how many (a floor on households names which places, and a
# measure's floor names which things: 20户以上自然村, 35蒸吨以下锅炉)
@pytest.mark.parametrize("clause, comparator, value, unit", [
    ("创建8个以上市级美丽乡村示范村", GE, 8, "个"),
    ("新培育4家以上国家级专精特新企业", GE, 4, "家"),
    ("新建3座以上垃圾转运站", GE, 3, "座"),
])
def test_a_floor_on_a_count_before_its_things_is_the_target(clause, comparator, value,
                                                            unit) -> None:
    t = _alone(clause).target
    assert t is not None and (t.comparator, t.value, t.unit) == (comparator, value, unit)


@pytest.mark.parametrize("clause", ["推动30户以上自然村通硬化路", "淘汰20蒸吨以下燃煤锅炉"])
def test_a_floor_that_names_which_things_is_no_value(clause: str) -> None:
    t = parse_target(clause)
    assert t is None or t.value is None


# An act banned in full (全面/全域/一律禁止 …), after an exception clause or not: none of it
@pytest.mark.parametrize("clause", [
    "全域禁止露天焚烧农作物秸秆",
    "城区一律禁止燃放烟花爆竹",
    "除省级以上重大项目外，全面禁止占用自然岸线",
])
def test_an_act_banned_in_full_is_zero(clause: str) -> None:
    t = _alone(clause).target
    assert t is not None and t.comparator is ZERO


def test_a_ban_named_as_a_list_to_write_is_no_target() -> None:
    assert direction_or_end_state("明确禁止和限制发展的产业目录") is None


# Chinese numerals as texts leave them: 万亿元 with its one unwritten; a grade (千亿级,
# 二级) names a class of things, it is no quantity
@pytest.mark.parametrize("clause, comparator, value, unit", [
    ("全市经济总量迈上万亿元台阶", GE, 1, "万亿元"),
    ("地区生产总值突破万亿元", GE, 1, "万亿元"),
    ("打造千亿级产业集群3个", EQ, 3, "个"),
    ("新培育百亿级龙头企业2家", EQ, 2, "家"),
])
def test_numerals_as_texts_leave_them(clause, comparator, value, unit) -> None:
    t = _alone(clause).target
    assert t is not None and (t.comparator, t.value, t.unit) == (comparator, value, unit)


# A density per so many people (每万人口拥有…30人) is a level set, not a headcount reported
@pytest.mark.parametrize("clause, value", [
    ("每万人口拥有全科医生5人", 5),
    ("每千常住人口拥有社会体育指导员2.5名", 2.5),
])
def test_a_density_per_head_is_a_level(clause: str, value: float) -> None:
    t = _alone(clause).target
    assert t is not None and (t.comparator, t.value, t.unit) == (EQ, value, "人")


def test_a_headcount_stated_flat_stays_no_target() -> None:
    t = parse_target("全市拥有执业医师3000人")
    assert t is None or t.value is None

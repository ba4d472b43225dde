"""Comparator, value and unit of single clauses and table rows (session 11n): measure words
after a count as an open class, which of two counts is the target, people counted under a
bare 万, water classes held 以上, ceilings of zero, shares without their %, rectification
done in full, and rows whose goal cell is a bare value.

The clauses are generic, written in the style of work reports, plans, task tables and
progress tables; each rule is tried in several wordings.
"""

from __future__ import annotations

from datetime import date

import pytest

from tracker.domain import Comparator
from tracker.extract import suggest
from tracker.extract.deadlines import section_period
from tracker.extract.targets import parse_target
from tracker.extract.timing import report_period
from tracker.extract.trend import direction_or_end_state

DOC = date(2026, 3, 1)
GE, LE, EQ = Comparator.GE, Comparator.LE, Comparator.EQ
INC, ZERO, FULL = Comparator.INCREASE, Comparator.ZERO, Comparator.FULL


def _alone(clause: str):
    """The commitment a clause standing alone gives (the longest, as a reviewer reads it)."""
    found = [s for s in suggest(clause, DOC) if s.kind != "indicator"]
    assert found, f"no suggestion for {clause!r}"
    return max(found, key=lambda s: s.end - s.start)


def _fields(clause: str):
    t = _alone(clause).target
    assert t is not None, clause
    return t.comparator, t.value, t.unit


# Measure words (量词) after a count: the classic ones anywhere, any other one where it ends
# the clause or cell (nothing follows that it could begin)
@pytest.mark.parametrize("clause, value, unit", [
    ("年底前开工建设加装电梯200部", 200, "部"),
    ("12月底前开工建设 200部", 200, "部"),
    ("确保完成今年的160万棒黑木耳种植任务", 160, "万棒"),
    ("全年新打抗旱机井10眼", 10, "眼"),
    ("查处环境违法案件30起以上", 30, "起"),
    ("新装太阳能路灯300盏", 300, "盏"),
    ("改造农村危房120间", 120, "间"),
    ("年内新建 30所", 30, "所"),
    ("新建充电桩\t市发改委\t2026年底\t500根", 500, "根"),  # an open one, ending its cell
    ("种植苗木1.2万穴", 1.2, "万穴"),  # an open one with its 万
])
def test_a_measure_word_after_a_count_is_its_unit(clause, value, unit) -> None:
    assert _fields(clause) == (EQ if "以上" not in clause else GE, value, unit)


@pytest.mark.parametrize("clause", [
    "办公地点设在市政府3楼",        # a floor of a building, no count
    "今年材料要求不到1000字",       # a length of text
    "全省排名同比后退9位",          # a rank
    "新建2部门联动机制",            # 部门: a noun the measure word begins
    "建设10大产业集群",             # 大: an adjective
])
def test_no_unit_read_from_words_that_are_no_measure(clause) -> None:
    t = parse_target(clause)
    assert t is None or t.unit not in ("楼", "字", "位", "部", "大")


# Two counts with nothing between but a place: the first says where, the second how many
@pytest.mark.parametrize("clause, value, unit", [
    ("推进2500余公里3460个入河排污口排查整治", 3460, "个"),
    ("加快退出5家11条落后生产线", 11, "条"),
    ("对10个乡镇20个村开展人居环境整治", 20, "个"),
    ("解决3个街道33个行政村13.3万常住人口饮水问题", 13.3, "万人"),
])
def test_the_second_of_two_counts_in_a_row_is_the_target(clause, value, unit) -> None:
    t = parse_target(clause)
    assert t is not None and (t.value, t.unit) == (value, unit)


@pytest.mark.parametrize("clause, value, unit", [
    ("谋划储备500个5000万元以上重大项目", 500, "个"),  # the second qualifies what is counted
    ("城镇老旧小区改造新开工49个、256万平方米、3.2万户", 49, "个"),  # a list of one act's amounts
    ("改造提升老旧小区30个、惠及居民1.2万户", 30, "个"),
])
def test_a_qualifying_or_listed_second_count_leaves_the_first(clause, value, unit) -> None:
    t = parse_target(clause)
    assert t is not None and (t.value, t.unit) == (value, unit)


# A bare 万 counts the people named right after it
@pytest.mark.parametrize("clause, value, unit", [
    ("为200万中小学生开展心理健康测评", 200, "万人"),
    ("惠及5万农村人口", 5, "万人"),
    ("解决13.3万常住人口饮水安全问题", 13.3, "万人"),
    ("服务3万居民", 3, "万人"),
])
def test_people_after_a_bare_wan(clause, value, unit) -> None:
    assert _fields(clause) == (EQ, value, unit)


# A headcount after an act done to or for the people or firms counted: the work to do
@pytest.mark.parametrize("clause, value, unit", [
    ("培育进出口实绩企业90户", 90, "户"),
    ("促进高校毕业生等重点群体就业300人", 300, "人"),
    ("对全市义务教育阶段4500名学生实施营养改善计划", 4500, "人"),
    ("扶持返乡创业人员200人", 200, "人"),
])
def test_a_headcount_after_an_act_is_a_target(clause, value, unit) -> None:
    assert _fields(clause) == (EQ, value, unit)


def test_a_headcount_stated_flat_is_no_target() -> None:
    assert parse_target("0人参与") is None
    t = parse_target("全县共有农户3万户")
    assert t is None or t.comparator is None


# Water classes: 以上 read as the comparator words read it; 优于/好于 a better (smaller) class
@pytest.mark.parametrize("clause, comparator, value", [
    ("全市域市控以上断面水质保持在Ⅲ类以上", GE, 3),
    ("国控断面水质稳定在Ⅱ类及以上", GE, 2),
    ("饮用水水源地水质全部达到III类或以上", GE, 3),
    ("出境断面水质稳定在Ⅲ类", EQ, 3),
    ("国控断面水质均达到Ⅳ类", EQ, 4),
    ("地表水断面水质达到或优于Ⅲ类", LE, 3),
    ("干流断面水质达到或好于Ⅱ类", LE, 2),
])
def test_water_classes(clause, comparator, value) -> None:
    t = direction_or_end_state(clause)
    assert t is not None and (t.comparator, t.value, t.unit) == (comparator, value, "类")


# A share named by its metric takes % when the figure is written bare
@pytest.mark.parametrize("clause, comparator, value", [
    ("森林覆盖率达到24.1", EQ, 24.1),
    ("城市生活污水集中收集率提高到75", EQ, 75),
    ("劣V类比例保持为0", ZERO, 0),
    ("第三产业增加值占比达到52", EQ, 52),
])
def test_a_share_written_bare_is_in_percent(clause, comparator, value) -> None:
    t = parse_target(clause)
    assert t is not None and (t.comparator, t.value, t.unit) == (comparator, value, "%")


@pytest.mark.parametrize("clause", ["容积率控制在1.5", "人民币汇率保持在6.9"])
def test_a_ratio_that_is_no_share_takes_no_percent(clause) -> None:
    t = parse_target(clause)
    assert t is None or t.unit != "%"


# Rectification done in full, the clause ending on it
@pytest.mark.parametrize("clause", [
    "确保涉及我盟的问题按时完成整改",
    "对仍未整改到位的问题务必于2017年10月底以前整改到位",
    "务必在6月1日前对照问题清单完成整改",
    "确保督察反馈问题整改到位",
    "确保散乱污企业整治工作落实到位",
    "2026年6月底前完成销号",
])
def test_rectification_done_in_full(clause) -> None:
    t = direction_or_end_state(clause)
    assert t is not None and t.comparator is FULL


@pytest.mark.parametrize("clause", [
    "该问题尚未整改到位",
    "部分问题未按期完成整改",
])
def test_rectification_not_done_is_no_end_state(clause) -> None:
    t = direction_or_end_state(clause)
    assert t is None or t.comparator is not FULL


# A row whose value cell is a bare number: the task cell or its note names the unit
@pytest.mark.parametrize("row, value, unit", [
    ("新增城镇就业\t人社局\t8950", 8950, "人"),
    ("新增城鎮就業\t人社局\t8950", 8950, "人"),
    ("2\t新增城镇就业\t人社局\t8950", 8950, "人"),
    ("农村适龄妇女两癌免费检查\t\t93215", 93215, "人"),
    ("转移农村劳动力\t人社局\t2026年底\t5000", 5000, "人"),
    ("建设农村公办幼儿园（所）\t教育局\t2", 2, "所"),
    ("城市棚户区改造(户)\t房产分局\t7699", 7699, "户"),
    ("农村饮用水安全巩固提升\t农林水务局\t1300人", 1300, "人"),  # 提升 names the act, not a rise
])
def test_a_bare_value_cell_takes_its_unit_from_the_task(row, value, unit) -> None:
    assert _fields(row) == (EQ, value, unit)


def test_a_facility_for_people_is_not_counted_in_people() -> None:
    t = _alone("建设残疾人康复机构\t民政局\t3").target
    assert t is None or t.unit != "人"


# A progress table: the goal column's bare values are the rows' targets, due at the end of
# the year whose months the title reports
PROGRESS_TABLE = (
    "某区2026年1-8月民生实事完成情况表\n"
    "序号\t民生实事项目名称\t责任单位\t目标任务\t1-8月实际完成情况\t1-8月完成率%\t备注\n"
    "1\t新增城镇就业\t人社局\t8950\t7356\t82%\t\n"
    "2\t建设农村公办幼儿园(所)\t教育局\t2所\t\t70%\t主体完工\n"
    "3\t新增养老服务床位\t民政局\t71个\t55\t77%\t\n"
)


def test_a_progress_tables_goal_cells_give_the_rows_targets() -> None:
    rows = [s for s in suggest(PROGRESS_TABLE, date(2026, 8, 24)) if s.kind == "target"]
    got = [(s.target.comparator, s.target.value, s.target.unit, s.deadline.date if s.deadline else None)
           for s in rows if s.target is not None]
    end = date(2026, 12, 31)
    assert got == [(EQ, 8950, "人", end), (EQ, 2, "所", end), (EQ, 71, "个", end)]
    assert all("目标：达到" in s.why and "举措" not in s.why for s in rows)


@pytest.mark.parametrize("title, year", [
    ("某区2026年1-8月民生实事完成情况表", 2026),
    ("某县2025年上半年重点工作推进情况", 2025),
    ("某市2024年一季度重点项目进展情况", 2024),
    ("岳陽樓區2017年1-8月省重點民生實事完成情況表", 2017),
])
def test_a_progress_reports_months_set_the_years_end(title, year) -> None:
    period = section_period(title, date(year, 8, 24))
    assert period is not None and period.date == date(year, 12, 31)
    whole = report_period(title + "\n2026-08-24 17:04\n序号\t项目\t目标任务\n", date(year, 8, 24))
    assert whole is not None and whole.date == date(year, 12, 31)


def test_a_plans_months_stay_months() -> None:
    period = section_period("2026年1-8月重点工作安排", date(2026, 1, 5))
    assert period is None or period.date != date(2026, 12, 31)


# As the definition page reads 确保如期整改到位 (a deadline anchor): full, and the kind its
# time words or its act give, not target
@pytest.mark.parametrize("clause, kind", [
    ("确保如期整改到位", "deadline"),
    ("确保涉及我盟的问题按时完成整改", "deadline"),
    ("对仍未整改到位的问题务必于2017年10月底以前整改到位", "deadline"),
    ("确保督察反馈问题整改到位", "deliverable"),
])
def test_rectification_in_full_keeps_its_kind(clause, kind) -> None:
    s = _alone(clause)
    assert s.kind == kind and s.target is not None and s.target.comparator is FULL

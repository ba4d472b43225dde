"""Field grammar of issue 11 (session fields11k): comparator, value, unit of a clause or a
table row standing alone. Each case is a generic clause written for the test, in the style
of plans, task lists and work reports; the expected fields follow commitments.md."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.domain import Comparator
from tracker.extract import suggest
from tracker.extract.trend import direction_or_end_state

DOC = date(2026, 3, 5)
GE, LE, EQ = Comparator.GE, Comparator.LE, Comparator.EQ
INC, DEC, ZERO, FULL = Comparator.INCREASE, Comparator.DECREASE, Comparator.ZERO, Comparator.FULL


def _alone(text: str):
    """The suggestion a clause or row standing alone gives (the longest, as a cell is read)."""
    out = [s for s in suggest(text, DOC) if s.kind.value != "indicator"]
    assert out, text
    return max(out, key=lambda s: s.end - s.start)


def _fields(text: str):
    t = _alone(text).target
    assert t is not None, text
    value = t.value
    if isinstance(value, tuple):
        value = tuple(round(v, 6) for v in value)
    elif value is not None:
        value = round(value, 6)
    return t.comparator, value, t.unit


# The unit as the text writes it, at its own scale (commitments.md names the standard
# spelling of a unit, not a scale to convert to; the dev gold writes 亩 and 万亩 alike)
@pytest.mark.parametrize("clause, comparator, value, unit", [
    ("新增造林面积4500亩", EQ, 4500, "亩"),
    ("建设高标准农田8000亩以上", GE, 8000, "亩"),
    ("永久基本农田保护面积不少于1.2亿亩", GE, 1.2, "亿亩"),  # (亿 kept as written, as 亿千瓦)
    ("完成退化草原修复12万亩", EQ, 12, "万亩"),
    ("新建改造雨污管网120公里", EQ, 120, "公里"),
    # (a rate per 亩 keeps its unit and value)
    ("化肥施用量控制在25公斤/亩以下", LE, 25, "公斤/亩"),
])
def test_units_at_their_standard_scale(clause, comparator, value, unit):
    assert _fields(clause) == (comparator, value, unit)


# An act done to households or people is the work to do, also when time words or an item's
# number open the clause (as without them)
@pytest.mark.parametrize("clause, value, unit", [
    ("年底前完成农村危房改造800户", 800, "户"),
    ("2026年累计改造农村户厕1.5万户", 1.5, "万户"),
    ("3.培训高素质农民2000人", 2000, "人"),
    ("（二）到2027年，转移农村劳动力就业1.2万人", 1.2, "万人"),
    ("6月底前力争引进各类人才500人", 500, "人"),
])
def test_an_act_on_households_after_time_words_or_a_number(clause, value, unit):
    assert _fields(clause) == (EQ, value, unit)


# A target without a number stated in a row's cell, or in the clause after the bodies that
# answer for it: read from that cell or clause
@pytest.mark.parametrize("text, comparator", [
    ("1\t城区空气质量稳定达到国家二级标准\t市生态环境局\t2026年底", FULL),
    ("2\t湖库总磷浓度持续下降\t市水利局\t长期坚持", DEC),
    ("3\t确保完成全年节能目标任务\t市发展改革委\t2026年12月", FULL),
    ("4 | 不发生重大环境污染事件 | 市生态环境局 | 2026年底", ZERO),
    ("由市生态环境局牵头，确保饮用水水源地水质稳定达标", FULL),
    ("市农业农村局负责，农村人居环境质量持续提升", INC),
])
def test_a_target_without_a_number_in_a_cell_or_after_the_bodies(text, comparator):
    assert _alone(text).target is not None, text
    assert _alone(text).target.comparator is comparator


def test_the_whole_clause_still_comes_first():
    # a clause that states its own end state is read whole, not from a piece of it
    t = direction_or_end_state("全面完成省下达的年度减排目标任务")
    assert t is not None and t.comparator is FULL
    assert direction_or_end_state("1\t加强组织领导\t市政府办公室\t长期坚持") is None


# A verb of increase right before a count of things that follows (改造提升200个老旧小区):
# how many things the act takes, a level; with nothing after, an amount added
@pytest.mark.parametrize("clause, comparator, value, unit", [
    ("改造提升150个老旧小区", EQ, 150, "个"),
    ("提升改造80条背街小巷", EQ, 80, "条"),
    ("公共停车泊位增加300个", INC, 300, "个"),
    ("森林覆盖率提高1.2个百分点", INC, 1.2, "个百分点"),
])
def test_an_increase_verb_before_a_count_of_things(clause, comparator, value, unit):
    assert _fields(clause) == (comparator, value, unit)


# 对12个乡镇的40个村…: the first count says where, the second how many
@pytest.mark.parametrize("clause, value", [
    ("对全县12个乡镇的40个村开展环境整治", 40),
    ("在8个街道的25个社区建成养老服务站", 25),
])
def test_a_count_of_places_before_the_things_counted(clause, value):
    assert _fields(clause)[1:] == (value, "个")


# End states without a number: phased out with the object first, none of an event, both
# measures moving one way
@pytest.mark.parametrize("clause, comparator", [
    ("完成10蒸吨/小时及以下燃煤锅炉淘汰", ZERO),
    ("基本完成国三及以下柴油货车淘汰", ZERO),
    ("较大及以上生产安全事故零发生", ZERO),
    ("工业园区污水实现零直排", ZERO),
    ("交通事故起数和死亡人数实现“双下降”", DEC),
    ("企业营收和利润实现双增长", INC),
])
def test_end_states_without_a_number(clause, comparator):
    t = direction_or_end_state(clause)
    assert t is not None and t.comparator is comparator, clause


def test_zero_growth_is_a_ceiling_on_the_change():
    t = direction_or_end_state("农药使用量保持零增长")
    assert t is not None and (t.comparator, t.value, t.unit) == (LE, 0.0, "%")


# Percentages in words with a band (百分之八十五至九十), and a share of the things that follow
# (实现95%的行政村…): read as a share
@pytest.mark.parametrize("clause, comparator, value", [
    ("城市生活污水集中收集率达到百分之七十至七十五", EQ, (70, 75)),
    ("地表水优良比例达到百分之八十到百分之八十五", EQ, (80, 85)),
    ("推动90%的规上工业企业完成数字化改造", EQ, 90),
    ("实现95%的行政村生活垃圾得到有效治理", EQ, 95),
])
def test_shares_in_words_and_of_things(clause, comparator, value):
    assert _fields(clause) == (comparator, value, "%")


# A year that is the base of a change (在2025年基础上 / 以2025年为基准) is no report of that
# year: the clause after it is a target still
@pytest.mark.parametrize("clause, comparator, value, deadline", [
    ("在2025年基础上，单位地区生产总值能耗下降3%", DEC, 3, None),
    ("在2025年的基础上，2026年化肥使用量减少2%", DEC, 2, date(2026, 12, 31)),
    ("以2025年为基准，到2028年用水总量下降5%", DEC, 5, date(2028, 12, 31)),
])
def test_a_base_year_before_a_change(clause, comparator, value, deadline):
    s = _alone(clause)
    assert s.kind.value == "target", clause
    assert (s.target.comparator, s.target.value) == (comparator, value)
    assert (s.deadline.date if s.deadline else None) == deadline


# A festival written in quotes before 之前 / 以前 (“十一”之前): the eve of that day
@pytest.mark.parametrize("clause, deadline", [
    ("“十一”之前完成整改结果公示", date(2026, 9, 30)),
    ("国庆节以前完成道路提升改造", date(2026, 9, 30)),
    ("元旦之前完成供暖设施检修", date(2026, 12, 31)),
])
def test_a_festival_before_zhiqian(clause, deadline):
    s = _alone(clause)
    assert s.deadline is not None and s.deadline.date == deadline


# Bounds said with other words: a ceiling not to be broken (不突破 / 不超出), a floor or a
# ceiling on a verb of level (至少达到 / 最低达到), an act fused with a verb of increase
# (改造提升 X公里: the length the act takes)
@pytest.mark.parametrize("clause, comparator, value, unit", [
    ("用水总量不突破25亿立方米", LE, 25, "亿立方米"),
    ("能源消费总量不超出3000万吨标准煤", LE, 3000, "万吨标准煤"),
    ("城市生活垃圾回收利用率至少达到40%", GE, 40, "%"),
    ("优良天数比率最低达到88%", GE, 88, "%"),
    ("优良天数比率达到88%", EQ, 88, "%"),
    ("完成国省干线公路改造提升120公里", EQ, 120, "公里"),
    ("农村生活污水治理率提高8个百分点", INC, 8, "个百分点"),
])
def test_bounds_said_in_other_words(clause, comparator, value, unit):
    assert _fields(clause) == (comparator, value, unit)


def test_a_quota_from_above_not_to_be_broken_is_a_ceiling():
    t = direction_or_end_state("建设用地总规模不突破省下达指标")
    assert t is not None and t.comparator is LE


# N分钟生活圈 / 1小时经济圈: a reach named by its time, not a time to meet
@pytest.mark.parametrize("clause, value, unit", [
    ("建成15分钟便民生活圈20个", 20, "个"),
    ("打造半小时通勤圈和1小时经济圈的城市节点8个", 8, "个"),
])
def test_a_reach_named_by_its_time_is_no_value(clause, value, unit):
    assert _fields(clause)[1:] == (value, unit)


def test_a_time_limit_is_still_a_value():
    assert _fields("企业开办时间压缩至1个工作日以内") == (LE, 1, "个工作日")


# 万亿 as one scale (突破3万亿 → 3 万亿元 for a sum of money), and 台阶 a step, no machines
@pytest.mark.parametrize("clause, comparator, value, unit", [
    ("地区生产总值突破2万亿", GE, 2, "万亿元"),
    ("经济总量迈上1万亿台阶", GE, 1, "万亿元"),
    ("工业总产值跨上5000亿台阶", GE, 5000, "亿元"),
    ("关停老旧燃煤机组6台", EQ, 6, "台"),
])
def test_trillions_and_steps(clause, comparator, value, unit):
    assert _fields(clause) == (comparator, value, unit)


# Relative years and mid-year against the document's date (2026-03-05)
@pytest.mark.parametrize("clause, deadline", [
    ("年中完成专项规划编制", date(2026, 6, 30)),
    ("2027年年中完成老旧管网改造", date(2027, 6, 30)),
    ("今年年中前完成方案报批", date(2026, 6, 30)),
    ("下一年度完成全部改造任务", date(2027, 12, 31)),
])
def test_relative_years_and_mid_year(clause, deadline):
    s = _alone(clause)
    assert s.deadline is not None and s.deadline.date == deadline


@pytest.mark.parametrize("clause", ["全年中重污染天数不超过3天", "每年中央财政补助资金1亿元"])
def test_nian_zhong_inside_other_words_is_no_mid_year(clause):
    s = _alone(clause)
    assert s.deadline is None or s.deadline.date != date(2026, 6, 30)


# A note of when or who in brackets after a clause (…（2026年底前完成）) does not hide the
# end state the clause states
@pytest.mark.parametrize("clause, comparator", [
    ("湖库总磷浓度持续下降（2026年底前完成）", DEC),
    ("城区空气质量稳定达到国家二级标准（市生态环境局负责）", FULL),
])
def test_a_note_after_an_end_state(clause, comparator):
    t = direction_or_end_state(clause)
    assert t is not None and t.comparator is comparator


# Rows of a table written with bars or runs of spaces: an act on households read past the
# row's number cell
@pytest.mark.parametrize("row", [
    "| 1 | 累计改造农村户厕1.2万户 | 市农业农村局 | 2026年底 |",
    "1  累计改造农村户厕1.2万户  市农业农村局  2026年底",
])
def test_an_act_on_households_in_a_row(row):
    assert _fields(row) == (EQ, 1.2, "万户")


# A label of goals before the time words (主要目标：力争到2028年，…): the bound still opens
# the sentence
@pytest.mark.parametrize("clause, deadline", [
    ("目标：力争到2028年，高新技术企业数量突破3000家", date(2028, 12, 31)),
    ("工作目标：力争2027年底前，全面完成历史遗留问题整改", date(2027, 12, 31)),
])
def test_a_goal_label_before_the_bound(clause, deadline):
    s = _alone(clause)
    assert s.deadline is not None and s.deadline.date == deadline


def test_a_list_of_times_before_one_act_is_not_cut():
    found = [s for s in suggest("市政府将于年中、年末对重点工作进展情况进行专项督查。", DOC)
             if s.kind.value != "indicator"]
    assert len(found) == 1 and found[0].quote.endswith("专项督查")


# A PDF's stray spaces between Chinese text and figures (到 2028 年 / 85% 以上 / 6 月底前):
# read as the importer leaves the text, quoted as the text given writes it
@pytest.mark.parametrize("text, comparator, value, unit, deadline", [
    ("空气质量优良天数比率达到 85% 以上", GE, 85, "%", None),
    ("到 2028 年，森林覆盖率提高到 45%", EQ, 45, "%", date(2028, 12, 31)),
    ("城乡居民人均可支配收入增长 6% 以上", GE, 6, "%", None),
    ("6 月底前完成 12 个入河排污口整治", EQ, 12, "个", date(2026, 6, 30)),
    ("2027 年上半年完成老旧管网改造 30 公里", EQ, 30, "公里", date(2027, 6, 30)),
])
def test_stray_spaces_of_a_pdf(text, comparator, value, unit, deadline):
    s = _alone(text)
    assert s.quote == text[s.start:s.end] and s.quote.strip() == text
    assert (s.target.comparator, s.target.value, s.target.unit) == (comparator, value, unit)
    assert (s.deadline.date if s.deadline else None) == deadline


def test_runs_of_spaces_stay_cells():
    s = _alone("新建污水管网  20公里  市住建局  2026年底")
    assert s.deadline is not None and s.deadline.date == date(2026, 12, 31)


def test_a_year_in_full_width_digits_gives_its_year_to_the_parts_after_it():
    found = [s for s in suggest("２０２７年，上半年完成水源地规范化建设，年底前完成保护区划定。", DOC)
             if s.kind.value != "indicator"]
    assert [s.deadline.date for s in found] == [date(2027, 6, 30), date(2027, 12, 31)]

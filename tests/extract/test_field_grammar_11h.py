"""Field grammar of issue 11 (session fields11h): each case is a clause in our own words,
read as a single clause or cell (suggest on the clause alone), with the field the rule
reads from Chinese date and number grammar."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.domain import Comparator
from tracker.extract import suggest
from tracker.extract.deadlines import find_deadlines, parse_deadline
from tracker.extract.targets import parse_target
from tracker.extract.trend import direction_or_end_state
from tracker.extract.units import standard_unit

DOC = date(2026, 3, 5)
GE, LE, EQ = Comparator.GE, Comparator.LE, Comparator.EQ
INC, DEC, ZERO, FULL = Comparator.INCREASE, Comparator.DECREASE, Comparator.ZERO, Comparator.FULL


def _main(text: str, doc_date: date = DOC):
    """The suggestion a clause standing alone gives (the longest, as a cell is read)."""
    out = [s for s in suggest(text, doc_date) if s.kind.value != "indicator"]
    assert out, text
    return max(out, key=lambda s: s.end - s.start)


@pytest.mark.parametrize("clause, comparator, value, unit", [
    # units a clause names that were read as no unit, or as a count (个)
    ("实际使用外资5亿美元以上", GE, 5, "亿美元"),
    ("引进外资项目总额2000万美元", EQ, 2000, "万美元"),
    ("引进高层次人才1000名以上", GE, 1000, "人"),
    ("建设项目环评审批时限压缩至20个工作日以内", LE, 20, "个工作日"),
    # past the mark: 迈上 / 跨上 / 站上 X
    ("地区生产总值迈上1200亿元台阶", GE, 1200, "亿元"),
    ("工业总产值跨上3000亿元", GE, 3000, "亿元"),
    # 减排量 / 削减量 name an amount: the verb inside the noun is no decrease
    ("氮氧化物重点工程减排量1.2万吨", EQ, 1.2, "万吨"),
    ("化学需氧量削减量达到800吨", EQ, 800, "吨"),
    # a verb of increase with an object and a count of things: how many are done
    ("新建和改造提升5G基站1200座", EQ, 1200, "座"),
    ("整治提升农村黑臭水体30条", EQ, 30, "条"),
    # (right after the verb the amount is still an increase)
    ("森林覆盖率提高2个百分点", INC, 2, "个百分点"),
    # an act done to households or people: the count is the work to do
    ("改造农村危房1500户", EQ, 1500, "户"),
    ("培训新型职业农民3000人", EQ, 3000, "人"),
    # tonnes a day are a mass, not cubic metres
    ("垃圾焚烧处理能力达到3000吨/日", EQ, 3000, "吨/日"),
    ("城镇污水处理能力新增3万吨/天", EQ, 3, "万吨/日"),
])
def test_comparator_value_unit_of_a_clause_alone(clause, comparator, value, unit):
    s = _main(clause)
    assert s.target is not None, clause
    assert (s.target.comparator, s.target.value, s.target.unit) == (comparator, value, unit)


@pytest.mark.parametrize("clause, comparator, value, unit", [
    ("固定资产投资与上年度持平", EQ, 0.0, "%"),
    ("基本建成具有国际影响力的现代化海港城市", FULL, None, None),
    ("全面建成小康社会", FULL, None, None),
    ("将依法设定的审批事项全部纳入清单管理", FULL, None, None),
    ("全县各乡镇努力改善空气质量", INC, None, None),
    ("细颗粒物浓度、重污染天数力争继续下降", DEC, None, None),
])
def test_targets_without_a_number(clause, comparator, value, unit):
    t = direction_or_end_state(clause)
    assert t is not None, clause
    assert (t.comparator, t.value, t.unit) == (comparator, value, unit)


@pytest.mark.parametrize("written, standard", [
    ("亿美元", "亿美元"), ("个工作日", "个工作日"), ("工作日", "个工作日"), ("名", "人"),
    ("吨/日", "吨/日"), ("吨每日", "吨/日"), ("万吨/天", "万吨/日"),
    ("万立方米/天", "万立方米/日"),  # (a volume a day stays one)
])
def test_standard_units(written, standard):
    assert standard_unit(written) == standard


@pytest.mark.parametrize("clause, iso", [
    # 力争 before a year: the year, not a span of 2027 years
    ("力争2027年完成全部改造任务", "2027-12-31"),
    ("力争2030年前实现碳达峰", "2030-12-31"),
    # 今后五年 in a report: the years it opens, to the fifth one's end
    ("今后五年，全市经济实力明显增强", "2030-12-31"),
    ("未来三年，新建学校20所", "2029-03-05"),  # a span from the document's day (三年内)
    # (a span 内 still counts from the document's day)
    ("今后三年内完成全部改造", "2029-03-05"),
    # recurring dates bound nothing
    ("每年6月底前报送上一年度工作情况", None),
    ("每季度末月底之前报送进展情况", None),
    ("每月10日前报送统计数据", None),
])
def test_deadline_words(clause, iso):
    d = parse_deadline(clause, DOC)
    assert (d.date.isoformat() if d is not None and d.date else None) == iso


def test_a_year_of_lead_words_after_liang_zheng_is_no_duration():
    found = find_deadlines("力争2027年完成", DOC)
    assert [(d.text, d.date) for d in found] == [("2027年", date(2027, 12, 31))]


@pytest.mark.parametrize("sentence, quote, iso", [
    # a bare 年底前 / 9月底前 after a bound naming its year falls in that year
    ("2027年6月底前完成水源地规范化建设，年底前完成保护区划定。", "年底前完成保护区划定", "2027-12-31"),
    ("2027年6月底前完成排污口排查，9月底前完成整治。", "9月底前完成整治", "2027-09-30"),
    ("2027年，上半年完成水源地规范化建设，年底前完成保护区划定。", "年底前完成保护区划定", "2027-12-31"),
    # a horizon (到2030年) lends no year to 年底前: the document's
    ("到2030年，年底前完成保护区划定。", "到2030年，年底前完成保护区划定", "2026-12-31"),
    # 今年 is the document's year anyway
    ("今年6月底前完成排查，年底前完成整治。", "年底前完成整治", "2026-12-31"),
    # without a year before it, a bare 3季度前 is the document's
    ("推进农村污水治理，3季度前完成设计、4季度前完成改造。", "4季度前完成改造", "2026-12-31"),
])
def test_bare_time_words_take_the_year_named_before_them(sentence, quote, iso):
    out = {s.quote: s for s in suggest(sentence, DOC)}
    assert quote in out, list(out)
    d = out[quote].deadline
    assert (d.date.isoformat() if d is not None and d.date else None) == iso


@pytest.mark.parametrize("clause, comparator, value, unit", [
    # a fraction is a share in % (三分之二 → 66.7)
    ("化肥使用量减少三分之一", DEC, 33.3, "%"),
    ("建成区绿化覆盖率达到三分之一以上", GE, 33.3, "%"),
    ("三分之二以上行政村完成生活污水治理", GE, 66.7, "%"),
    # 超 X before the things it qualifies: the count of them after is the target
    ("培育年营收超10亿元企业20家", EQ, 20, "家"),
    ("营业收入超百亿元企业达到5家", EQ, 5, "家"),
    ("新能源汽车产量超10万辆", GE, 10, "万辆"),
    # a band written in words
    ("地区生产总值增长百分之五到百分之六", INC, (5, 6), "%"),
    # 余 after the scale is still more than the figure
    ("新增就业1.2万余人", GE, 1.2, "万人"),
    ("举办促消费活动3万余场次", GE, 3, "万场次"),
])
def test_fractions_and_more_than(clause, comparator, value, unit):
    t = parse_target(clause)
    assert t is not None and (t.comparator, t.value, t.unit) == (comparator, value, unit)


def test_how_many_digits_is_no_amount():
    t = parse_target("研发投入保持两位数增长")
    assert t is None or t.value != 2


@pytest.mark.parametrize("clause, unit", [
    ("劣V类水体比例降至0", "%"), ("重度及以上污染天数为0", "天"), ("超标排放企业数量为0家", "家"),
])
def test_a_level_of_zero_is_none_left(clause, unit):
    t = parse_target(clause)
    assert t is not None and (t.comparator, t.value, t.unit) == (ZERO, 0, unit)


@pytest.mark.parametrize("clause, unit", [
    # 控制在 / 不超过 0: a ceiling as written (<=, as the definition reads 控制在), not zero
    ("超标排放企业数量控制在0家", "家"), ("重污染天数控制在0天", "天"), ("劣V类水体比例不超过0", "%"),
])
def test_a_ceiling_of_zero_stays_a_ceiling(clause, unit):
    t = parse_target(clause)
    assert t is not None and (t.comparator, t.value, t.unit) == (LE, 0, unit)


@pytest.mark.parametrize("clause, metric, comparator", [
    # a quota from above: the fall named before it is the target
    ("碳排放强度下降确保完成省下达的目标任务", "碳排放强度", DEC),
    # a control target is a ceiling on what it names
    ("各县区完成市下达的重污染天数比率控制目标", "重污染天数比率", LE),
    # a quota assessed from above, done in full
    ("单位地区生产总值能耗完成年度考核目标", "单位地区生产总值能耗", FULL),
    ("主要污染物排放总量控制在省下达指标以内", "主要污染物排放总量", LE),
])
def test_quotas_set_from_above(clause, metric, comparator):
    t = direction_or_end_state(clause)
    assert t is not None and (t.metric, t.comparator) == (metric, comparator)


@pytest.mark.parametrize("clause, iso", [
    # a run of quarters falls due at the end of the last one
    ("2026年第一、二季度完成设备安装", "2026-06-30"),
    ("2027年二、三季度完成主体工程", "2027-09-30"),
    ("二、三季度完成主体工程", "2026-09-30"),
    ("2026年2-3季度完成主体工程", "2026-09-30"),
    ("今年三四季度完成验收", "2026-12-31"),
    # (one quarter stays itself)
    ("第三季度末前完成", "2026-09-30"),
])
def test_runs_of_quarters(clause, iso):
    d = parse_deadline(clause, DOC)
    assert d is not None and d.date is not None and d.date.isoformat() == iso


def test_an_indicator_table_filed_under_groups_reads_the_metric_column():
    # 类别 | 序号 | 指标名称 | 2020年 | 2025年 | 属性: the group column is no metric, and a row
    # whose group cell is merged (empty) is a row of the table all the same
    text = ("主要目标指标表\n类别\t序号\t指标名称\t2020年\t2025年\t属性\n"
            "生态建设\t1\t森林覆盖率(%)\t45.31\t46.3\t约束性\n"
            "\t2\t森林蓄积量(万立方米)\t4606.24\t5000\t约束性\n")
    out = [s for s in suggest(text, date(2021, 6, 1)) if s.kind.value != "indicator"]
    got = sorted((s.target.metric, s.target.value, s.target.unit, s.deadline.date.isoformat())
                 for s in out if s.target and s.deadline and s.deadline.date)
    assert got == [("森林蓄积量", 5000, "万立方米", "2025-12-31"), ("森林覆盖率", 46.3, "%", "2025-12-31")]


def test_an_indicator_table_with_a_unit_column():
    # 指标 | 单位 | 2020年 | 2025年: the unit stands in a column of its own; a metric named as
    # a growth (…年均增长) states the growth by its value
    text = ("主要指标\n指标\t单位\t2020年\t2025年\t属性\n"
            "地区生产总值年均增长\t%\t—\t6左右\t预期性\n"
            "粮食综合生产能力\t万吨\t500\t>520\t约束性\n")
    out = [s for s in suggest(text, date(2021, 6, 1)) if s.kind.value != "indicator"]
    got = sorted((s.target.metric, s.target.comparator, s.target.value, s.target.unit)
                 for s in out if s.target)
    assert got == [("地区生产总值年均增长", INC, 6, "%"), ("粮食综合生产能力", GE, 520, "万吨")]


def test_an_indicator_tables_columns_named_by_a_plan_period():
    # 现状值（2020年） | “十五五”目标: the base year in brackets, the target at the period's end
    text = "主要指标\n指标名称\t现状值（2020年）\t“十五五”目标\t属性\n森林覆盖率（%）\t40.1\t42\t约束性\n"
    out = suggest(text, date(2026, 6, 1))
    got = sorted((s.kind.value, s.target.value, s.deadline.date.isoformat()) for s in out
                 if s.target and s.deadline and s.deadline.date)
    assert got == [("indicator", 40.1, "2020-12-31"), ("target", 42, "2030-12-31")]


@pytest.mark.parametrize("text, iso", [
    ("2023-2025", "2025-12-31"),                      # a cell of years alone
    ("城东污水处理厂\t2024—2026\t市水务局", "2026-12-31"),  # a row's 建设年限 cell
    ("增长2025-2027", None),                           # an amount in running text
])
def test_a_cell_of_years_alone(text, iso):
    d = parse_deadline(text, date(2024, 3, 5))
    assert (d.date.isoformat() if d is not None and d.date else None) == iso


@pytest.mark.parametrize("written, value", [
    ("五点五", 5.5), ("零点五", 0.5), ("十二点五", 12.5), ("一点二万", 12000),  # decimals
    ("三千五", 3500), ("两百五", 250), ("一万二", 12000), ("一亿二", 120_000_000),  # the next unit down
    ("一万零二", 10002), ("三千零五", 3005), ("三百五十", 350),  # (written out, as before)
])
def test_chinese_numerals(written, value):
    from tracker.extract.numerals import parse_number
    assert parse_number(written) == value


@pytest.mark.parametrize("clause, comparator, value, unit", [
    ("森林覆盖率提高零点五个百分点", INC, 0.5, "个百分点"),
    ("一般公共预算收入增长百分之五点五", INC, 5.5, "%"),
    ("新增造林一点二万亩", EQ, 1.2, "万亩"),
])
def test_targets_in_chinese_decimals(clause, comparator, value, unit):
    t = parse_target(clause)
    assert t is not None and (t.comparator, t.value, t.unit) == (comparator, value, unit)


@pytest.mark.parametrize("clause, text, iso", [
    ("到本世纪中叶建成美丽中国", "到本世纪中叶", "2050-12-31"),
    ("限期完成整改", "限期", None),  # a deadline set elsewhere: its words, no date
])
def test_time_words_without_digits_are_read_in_a_clause(clause, text, iso):
    d = _main(clause).deadline
    assert d is not None and d.text == text
    assert (d.date.isoformat() if d.date else None) == iso

"""Deadline and unit rules of issue 11 (branch dl11f), table-driven: an expression in, its
date and precision (or its unit) out, then end to end through suggest() where the rule is
about a clause in its context (a bound that had passed, a year naming which things)."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.domain import Precision
from tracker.extract import suggest
from tracker.extract.deadlines import find_deadlines, parse_deadline
from tracker.extract.targets import find_targets

Y, M = Precision.YEAR, Precision.MONTH

# (text, document date, time words, ISO date, precision)
SPANS = [
    # a span of months: due at the end of the last month
    ("2019年6月至8月，开展专项执法行动", date(2019, 5, 1), "2019年6月至8月", "2019-08-31", M),
    ("2026年3—5月开展汛前排查", None, "2026年3—5月", "2026-05-31", M),
    ("2026年9-10月完成验收", None, "2026年9-10月", "2026-10-31", M),
    ("2026年6月份至9月份开展巡查", None, "2026年6月份至9月份", "2026-09-30", M),
    # a span across the new year: the last month falls in the next year
    ("2025年12月至2月开展冬季攻坚", None, "2025年12月至2月", "2026-02-28", M),
    # a list item's number before the year (a cell: 1.2024年5月前…)
    ("1.2024年5月前，制定施工方案", date(2024, 1, 1), "2024年5月前", "2024-05-31", M),
    ("12.2026年底前完成改造", None, "2026年底前", "2026-12-31", Y),
]


@pytest.mark.parametrize(("text", "doc", "words", "iso", "precision"), SPANS,
                         ids=[s[0] for s in SPANS])
def test_spans_and_list_markers(text: str, doc: date | None, words: str, iso: str,
                                precision: Precision) -> None:
    found = find_deadlines(text, doc)
    assert found and found[0].text == words
    assert found[0].date == date.fromisoformat(iso)
    assert found[0].precision is precision


def test_a_decimal_before_a_year_is_no_list_marker() -> None:
    assert [d.date for d in find_deadlines("2.5.2024年底前", date(2024, 1, 1))] == []


# (clause, document date, deadline with passed bounds allowed, or None)
BYGONE = [
    # a bound the clause sets that had passed by the document's date
    ("2018年完成100个入海排污口规范化整治", date(2019, 5, 13), "2018-12-31"),
    ("2024年5月前，制定主城区中水回用工程2024年度施工方案", date(2025, 12, 29), "2024-05-31"),
    ("湘潭市域总人口2010年控制在300万人以内", date(2020, 1, 1), "2010-12-31"),
    ("2019年6月至8月，开展专项执法行动", date(2020, 5, 29), "2019-08-31"),
    # past by its words or a baseline: never a deadline
    ("2023年以来，累计完成改造120公里", date(2025, 1, 1), None),
    ("比2020年下降14%", date(2025, 1, 1), None),
    ("较去年下降5%", date(2025, 1, 1), None),
    # a year naming which things, inside the clause
    ("扎实推动2024年省生态环境警示片问题整改", date(2025, 3, 11), None),
    ("巩固2024年16个精品示范村建设成果", date(2025, 3, 11), None),
    ("研发投入强度高于“十三五”时期实际", date(2021, 3, 7), None),
]


@pytest.mark.parametrize(("clause", "doc", "iso"), BYGONE, ids=[b[0] for b in BYGONE])
def test_passed_bounds(clause: str, doc: date, iso: str | None) -> None:
    assert parse_deadline(clause, doc) is None  # by default, past dates are no deadline
    got = parse_deadline(clause, doc, bygone=True)
    assert (got.date.isoformat() if got and got.date else None) == iso


def test_a_forward_bound_wins_over_a_passed_one() -> None:
    got = parse_deadline("到“十四五”期末，完成2000年底前建成的老旧小区改造", date(2021, 3, 1),
                         bygone=True)
    assert got is not None and got.date == date(2025, 12, 31)


def _deadline_of(text: str, doc: date | None, quote: str) -> date | None:
    hit = [s for s in suggest(text, doc) if quote in s.quote]
    assert hit, [s.quote for s in suggest(text, doc)]
    return hit[0].deadline.date if hit[0].deadline else None


def test_a_closeout_keeps_the_bound_that_had_passed() -> None:
    text = "整改措施\t2024年5月前，制定主城区中水回用设施及管网工程2024年度施工方案\n"
    assert _deadline_of(text, date(2025, 12, 29), "2024年5月前") == date(2024, 5, 31)


def test_a_repost_keeps_the_year_its_commitment_names() -> None:
    text = "进一步深化直排海污染源整治，2018年完成100个入海排污口规范化整治提升。"
    assert _deadline_of(text, date(2019, 5, 13), "2018年完成") == date(2018, 12, 31)


def test_a_year_naming_which_things_is_not_carried_on() -> None:
    text = ("2025年工作要点\n扎实推进美丽乡村建设。推进5个省级精品示范村建设，"
            "巩固2024年16个精品示范村培育村建设成果，新培育18个省级精品示范村。")
    assert _deadline_of(text, None, "新培育18个") != date(2024, 12, 31)


# (clause, value, unit)
UNITS = [
    # 万/亿 before a counter stays in the unit as written
    ("新增学位1.5万个", 1.5, "万个"),
    ("新增學位1.5萬個", 1.5, "万个"),
    ("新设外资企业1.1万家", 1.1, "万家"),
    ("生猪存栏8.2万头", 8.2, "万头"),
    # counts of events
    ("引进国内外知名赛事17场以上", 17, "场"),
    ("组织政银企对接活动11场次", 11, "场次"),
    ("每季度开展不少于一次暗访检查", 1, "次"),
    ("集装箱吞吐量突破2800万标准箱", 2800, "万标准箱"),
    # per mille
    ("人口自然增长率控制在5‰以内", 5, "‰"),
    ("婴儿死亡率降至千分之五以下", 5, "‰"),
    # rates are never cut at the slash, in either script
    ("降低至0.8噸標準煤/萬元", 0.8, "吨标准煤/万元"),
    ("萬元GDP用水量降至30立方米/萬元", 30, "立方米/万元"),
    ("单位GDP二氧化碳排放下降到1.2吨/万元", 1.2, "吨/万元"),
    ("PM2.5濃度降至35微克/立方米", 35, "微克/立方米"),
]


@pytest.mark.parametrize(("clause", "value", "unit"), UNITS, ids=[u[0] for u in UNITS])
def test_units(clause: str, value: float, unit: str) -> None:
    found = find_targets(clause)
    assert found, clause
    assert found[0].value == pytest.approx(value)
    assert found[0].unit == unit


# which session, how often: no count to track
NO_COUNT = ["十四届人大三次会议", "市委十二届十次全会", "每季度开展一次安全生产大排查"]


@pytest.mark.parametrize("clause", NO_COUNT)
def test_no_count(clause: str) -> None:
    assert find_targets(clause) == []


# (clause, document date, deadline): time words inside a relative clause name which things
RELATIVE = [
    ("力争基本完成2000年底前建成的城镇老旧小区改造任务", None, None),
    ("到“十四五”期末，力争基本完成2000年底前建成的城镇老旧小区改造任务", None, "2025-12-31"),
    ("全面淘汰2015年以前投运的燃煤机组", None, None),
    # 到 makes a bound whatever follows
    ("将美丽中国基本实现作为到2035年我国发展的总体目标之一", None, "2035-12-31"),
    ("2026年6月底前完成改造", None, "2026-06-30"),
]


@pytest.mark.parametrize(("clause", "doc", "iso"), RELATIVE, ids=[r[0] for r in RELATIVE])
def test_relative_clauses(clause: str, doc: date | None, iso: str | None) -> None:
    got = parse_deadline(clause, doc)
    assert (got.date.isoformat() if got and got.date else None) == iso


# (opening of a report or speech, document date, period its tasks fall due at)
THIS_YEAR = [
    ("2026年经济社会发展的主要预期目标：地区生产总值增长5%左右。\n实施数字化转型示范行动。",
     date(2026, 1, 27), "2026-12-31"),
    ("市长在报告中说，今年是“十五五”开局起步之年。扎实实施高质量发展“十项行动”。",
     date(2026, 1, 26), "2026-12-31"),
    ("2026年\n2026年是实施“十五五”规划的开局之年。\n今年重点做好11项工作\n新增国际航线5~8条。",
     None, "2026-12-31"),
    # another year than the document's: a review, no period of the document's work
    ("2025年主要目标任务全面完成。\n持续推进生态修复。", date(2026, 1, 20), None),
    # nothing said of the year's work
    ("关于加强河湖管理的通知\n各区要加强巡查。", date(2026, 1, 20), None),
]


@pytest.mark.parametrize(("text", "doc", "iso"), THIS_YEAR, ids=[t[0][:20] for t in THIS_YEAR])
def test_a_report_on_the_years_work_sets_its_period(text: str, doc: date | None,
                                                     iso: str | None) -> None:
    from tracker.extract.timing import report_period
    got = report_period(text, doc)
    assert (got.date.isoformat() if got and got.date else None) == iso


def test_tasks_of_the_years_work_fall_due_at_its_end() -> None:
    text = ("市长在报告中说，今年是“十五五”开局起步之年。\n"
            "实施省科技重大创新项目10个以上，全社会研发经费投入增长10%左右。")
    assert _deadline_of(text, date(2026, 1, 26), "实施省科技重大创新项目") == date(2026, 12, 31)


# (text, document date, deadline or None): a month the work is done in, the year's 年度
DONE_IN = [
    ("9月投入使用", date(2016, 2, 26), "2016-09-30"),
    ("新建2座人行天桥，9月投入使用", date(2016, 2, 26), "2016-09-30"),
    ("6月完成验收", date(2026, 1, 10), "2026-06-30"),
    # a span of months reported, a month alone: no bound
    ("1-6月完成投资500亿元", date(2026, 7, 10), None),
    ("9月份", date(2026, 1, 10), None),
    ("推动851个市重点项目年度实现投资3800亿元以上", date(2026, 1, 10), "2026-12-31"),
    # 年度 naming the year's goals, or every year: no bound of its own
    ("完成年度目标任务", date(2026, 1, 10), None),
    ("每年度完成一次评估", date(2026, 1, 10), None),
    ("每年开展一次督查", date(2026, 1, 10), None),
    ("每月底前报送进展", date(2026, 1, 10), None),
    ("常态化开展巡查", date(2026, 1, 10), None),
]


@pytest.mark.parametrize(("text", "doc", "iso"), DONE_IN, ids=[d[0] for d in DONE_IN])
def test_months_done_in_and_the_years_work(text: str, doc: date, iso: str | None) -> None:
    got = parse_deadline(text, doc)
    assert (got.date.isoformat() if got and got.date else None) == iso


def test_a_lead_in_that_had_passed_dates_the_clauses_after_it() -> None:
    text = ("二、整改目标 实施流域综合整治，确保考核断面优良比例达到75%以上。 三、整改措施 "
            "(一)2019年6月至8月，开展重点水污染源“百日攻坚”专项执法行动，重点排查各工业园区。")
    assert _deadline_of(text, date(2020, 5, 29), "专项执法行动") == date(2019, 8, 31)


# (sentence, document date, the clause, its deadline): what is to be sent in by a date
REPORT_BY = [
    ("各县(区)要认真研究制定本地工作方案、本系统子方案，于2024年3月15日前报市安办备案。",
     date(2024, 2, 20), "制定本地工作方案", "2024-03-15"),
    ("各地要制定实施方案，并于6月底前报送省生态环境厅。", date(2024, 2, 20), "制定实施方案",
     "2024-06-30"),
]


@pytest.mark.parametrize(("text", "doc", "quote", "iso"), REPORT_BY, ids=[r[2] for r in REPORT_BY])
def test_a_report_by_clause_dates_the_task_before_it(text: str, doc: date, quote: str,
                                                      iso: str) -> None:
    assert _deadline_of(text, doc, quote) == date.fromisoformat(iso)


# (clause, value, unit, or None when no target)
RATIOS_AND_COUNTS = [
    ("中心區城鄉居民收入差距控制在2.2∶1以內", 2.2, "倍"),
    ("城乡居民收入比控制在2.5：1", 2.5, "倍"),
    ("按1:1比例配套资金", None, None),  # a ratio with no comparator: no target
    ("重度及以上污染天数为0", 0, "天"),
    ("优良天数达到300", 300, "天"),
]


@pytest.mark.parametrize(("clause", "value", "unit"), RATIOS_AND_COUNTS,
                         ids=[r[0] for r in RATIOS_AND_COUNTS])
def test_ratios_and_counted_metrics(clause: str, value: float | None, unit: str | None) -> None:
    found = find_targets(clause)
    if value is None:
        assert found == []
        return
    assert found[0].value == pytest.approx(value)
    assert found[0].unit == unit


# (text, time words, ISO date, precision), the document dated 2026-02-10
WRITTEN_FORMS = [
    ("今年年底前完成", "今年年底前", "2026-12-31", Y),
    ("明年年末前完成", "明年年末前", "2027-12-31", Y),
    ("今年年内完成", "今年年内", "2026-12-31", Y),
    ("次年6月底前完成", "次年6月底前", "2027-06-30", M),
    ("2026 年 6 月底前完成", "2026 年 6 月底前", "2026-06-30", M),
    ("2026 年 6 月 30 日前完成", "2026 年 6 月 30 日前", "2026-06-30", Precision.DAY),
    ("三年行动计划（2025-2027）", "2025-2027", "2027-12-31", Y),
    ("6月中下旬完成", "6月中下旬", "2026-06-30", M),
    ("6月上中旬完成", "6月上中旬", "2026-06-20", Precision.DAY),
    ("於2026年6月底前完成", "於2026年6月底前", "2026-06-30", M),
    ("２０２６年６月底前完成", "２０２６年６月底前", "2026-06-30", M),
    ("5月初启动专项行动", "5月初", "2026-05-31", M),
    ("争取“十一”之前公示完毕", "“十一”之前", "2026-09-30", Precision.DAY),
    ("月底前完成整改", "月底前", "2026-02-28", M),
    ("2026年年内完成", "2026年年内", "2026-12-31", Y),
]


@pytest.mark.parametrize(("text", "words", "iso", "precision"), WRITTEN_FORMS,
                         ids=[w[0] for w in WRITTEN_FORMS])
def test_written_forms(text: str, words: str, iso: str, precision: Precision) -> None:
    found = find_deadlines(text, date(2026, 2, 10))
    assert found and found[0].text == words
    assert found[0].date == date.fromisoformat(iso)
    assert found[0].precision is precision


def test_a_span_of_years_is_not_read_from_a_bare_amount() -> None:
    assert find_deadlines("增长2025-2027", date(2026, 2, 10)) == []


STAGES = """某市黑臭水体整治行动方案
二、实施步骤
（一）排查摸底阶段（2024年3月—4月）
全面排查建成区内黑臭水体，建立问题清单。
（二）集中整治阶段（2024年5月—10月）
完成12条黑臭水体整治。
（三）巩固提升阶段（6月底前）
开展整治效果评估。
"""


@pytest.mark.parametrize(("quote", "iso"), [("全面排查建成区内黑臭水体", "2024-04-30"),
                                            ("完成12条黑臭水体整治", "2024-10-31"),
                                            ("开展整治效果评估", "2024-06-30")])
def test_a_stage_of_months_dates_its_tasks(quote: str, iso: str) -> None:
    assert _deadline_of(STAGES, date(2024, 2, 20), quote) == date.fromisoformat(iso)


def test_a_month_named_in_a_heading_alone_is_no_period() -> None:
    text = "2024年6月工作动态\n全面排查建成区内黑臭水体，建立问题清单。\n"
    assert _deadline_of(text, date(2024, 7, 2), "全面排查") != date(2024, 6, 30)


MORE_UNITS = [
    ("劳动年龄人口平均受教育年限达到11.5年", 11.5, "年"),
    ("勞動年齡人口平均受教育年限提高到11.7年", 11.7, "年"),
    ("生态流量不低于5立方米/秒", 5, "立方米/秒"),
    ("区域环境噪声控制在55分贝以下", 55, "分贝"),
    ("夜间噪声不高于45dB(A)", 45, "分贝"),
    ("处置批而未用土地1200宗", 1200, "宗"),
    ("集装箱吞吐量达到300万标箱", 300, "万标准箱"),
    ("化肥施用量控制在20千克/亩以下", 20, "公斤/亩"),
    ("完成20万吨/年产能压减", 20, "万吨/年"),
]


@pytest.mark.parametrize(("clause", "value", "unit"), MORE_UNITS, ids=[u[0] for u in MORE_UNITS])
def test_more_units(clause: str, value: float, unit: str) -> None:
    found = find_targets(clause)
    assert found, clause
    assert found[0].value == pytest.approx(value)
    assert found[0].unit == unit


def test_a_year_is_still_no_value() -> None:
    assert find_targets("2025年完成") == []


@pytest.mark.parametrize("text", ["劳动年龄人口平均受教育年限达到11.5年", "用时缩短至2.5个月"])
def test_the_decimals_of_a_number_are_no_time_words(text: str) -> None:
    assert [d.text for d in find_deadlines(text, date(2026, 2, 10))] == []


def test_a_years_value_is_suggested_as_a_target() -> None:
    got = suggest("劳动年龄人口平均受教育年限达到11.5年", date(2026, 2, 10))
    assert got and got[0].target is not None
    assert (got[0].target.value, got[0].target.unit) == (11.5, "年")


TASK_TABLE = (
    "某市2026年生态环境保护重点任务清单\n"
    "序号\t重点任务\t责任单位\t完成时限\n"
    "1\t完成12个入河排污口整治\t市生态环境局\t2026年6月底前\n"
    "2\t开展河湖“清四乱”专项行动\t市水利局\t长期坚持\n"
    "3\t新建污水管网30公里\t市住建局\t持续推进\n"
    "4\t完成燃煤锅炉淘汰\t市发改委\t9月\n"
    "5\t建成城市绿道50公里\t市园林局\t2027年\n"
    "6\t完成河道排查\t市水利局\t3季度前\n"
)


@pytest.mark.parametrize(("quote", "iso"), [
    ("完成12个入河排污口整治", "2026-06-30"),
    ("开展河湖“清四乱”专项行动", None),  # 长期坚持: the row sets no date, the list's year is not it
    ("新建污水管网30公里", None),
    ("完成燃煤锅炉淘汰", "2026-09-30"),
    ("建成城市绿道50公里", "2027-12-31"),
    ("完成河道排查", "2026-09-30"),
])
def test_a_rows_time_cell_overrides_the_lists_period(quote: str, iso: str | None) -> None:
    got = _deadline_of(TASK_TABLE, date(2026, 1, 20), quote)
    assert got == (date.fromisoformat(iso) if iso else None)

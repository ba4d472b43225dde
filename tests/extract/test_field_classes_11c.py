"""Field classes found on the dev part of the corpus (issue 11), each with invented
clauses: negated bounds (不得超过 → <=), counts in Chinese numerals above ten, an opening
count before the level stated, units of age and of density, a table row's unit in its
name cell, levels met in one word (达标), floors at a named level, tasks done in full,
and a time bound standing after the text's own verb carried over the clauses after it."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.domain import Comparator
from tracker.extract import suggest
from tracker.extract.targets import parse_target
from tracker.extract.trend import direction_or_end_state

GE, LE, EQ, FULL = Comparator.GE, Comparator.LE, Comparator.EQ, Comparator.FULL


@pytest.mark.parametrize(
    ("clause", "comparator", "value", "unit"),
    [
        ("全年重污染天数不得超过5天", LE, 5, "天"),
        ("城区噪声夜间等效声级不能高于45分贝", LE, 45, "分贝"),  # (dl11f: the unit is read now)
        ("村级集体经济收入不得低于10万元", GE, 10, "万元"),
        ("绿化覆盖率不应低于40%", GE, 40, "%"),
        # a count in Chinese numerals above ten is a target; up to ten it names things
        ("建设一百个美丽乡村示范点", EQ, 100, "个"),
        ("创建二十处口袋公园", EQ, 20, "处"),
        # an opening count says which things; the level stated after the metric is the target
        ("12个国控断面水质优良率100%", EQ, 100, "%"),
        ("5个工业园区污水集中处理率95%", EQ, 95, "%"),
        # ages and densities per area
        ("人均预期寿命达到81岁", EQ, 81, "岁"),
        ("城市路网密度达到8公里/平方公里", EQ, 8, "公里/平方公里"),
        ("农村公路网密度达到120公里/百平方公里", EQ, 120, "公里/百平方公里"),
        ("高速铁路密度达到300公里/万平方公里", EQ, 300, "公里/万平方公里"),
        # values sharing the unit written after the last (分别不高于53和32微克/立方米)
        ("PM10和PM2.5平均浓度分别不高于60和35微克/立方米", LE, 60, "微克/立方米"),
        # a row of cells: the base value, then the target in the last cell
        ("森林覆盖率(%)\t45.31\t46.3", EQ, 46.3, "%"),
        ("森林蓄积量(万立方米)\t4606.24\t5000", EQ, 5000, "万立方米"),
        # a table row: the unit in the name cell, the base and target cells after it
        ("城市污水处理率(%)\t88.5\t≥95", GE, 95, "%"),
        ("劣Ⅴ类水体比例(%)\t6.2\t<3", LE, 3, "%"),
    ],
)
def test_quantities(clause, comparator, value, unit):
    t = parse_target(clause)
    assert t is not None
    assert (t.comparator, t.value, t.unit) == (comparator, pytest.approx(value), unit)


@pytest.mark.parametrize(
    "clause",
    [
        "实施十项行动",  # a count up to ten names the programme
        "出台促进民营经济发展二十条措施",  # 条/项 name a document or a list
        "开展三个方面的整治",
        "为0—3岁婴幼儿提供托育服务",  # whose ages, not a level
    ],
)
def test_counts_that_name(clause):
    t = parse_target(clause)
    assert t is None or t.value is None


@pytest.mark.parametrize(
    ("clause", "comparator"),
    [
        ("全市各项经济指标不低于全省平均水平", GE),
        ("企业排放浓度不高于国家排放标准", LE),
        ("城区空气质量稳定达标", FULL),
        ("细颗粒物平均浓度总体达标", FULL),
        ("全县集中式饮用水水源地水质全部达标", FULL),
        ("新建公共建筑全面执行绿色建筑标准", FULL),
        ("基本完成全县农村黑臭水体整治任务", FULL),
        ("完成城东污水处理厂提标改造工程", FULL),
    ],
)
def test_end_states(clause, comparator):
    t = direction_or_end_state(clause)
    assert t is not None and t.comparator is comparator


@pytest.mark.parametrize("clause", ["推进达标", "加快推进工程", "严格执行排放标准"])
def test_no_end_state(clause):
    t = direction_or_end_state(clause)
    assert t is None or t.comparator is not FULL


def test_bound_after_the_texts_verb_scopes_over_its_clauses():
    text = ("某市生态环境局印发了《某市减污降碳实施方案》，方案提出：到2027年，重点行业碳排放"
            "控制在合理区间，新建公共建筑全面执行绿色建筑标准，建筑能效提升20%，"
            "建成500万平方米近零能耗建筑；到2030年，碳排放达到峰值。")
    got = {s.quote: s.deadline.date if s.deadline else None
           for s in suggest(text, date(2025, 3, 1)) if s.kind != "indicator"}
    assert got.get("新建公共建筑全面执行绿色建筑标准") == date(2027, 12, 31)
    assert got.get("建筑能效提升20%") == date(2027, 12, 31)
    assert got.get("建成500万平方米近零能耗建筑") == date(2027, 12, 31)


@pytest.mark.parametrize(
    ("text", "when", "due"),
    [
        # the plan the opening sentence names sets the period (第十四个五年规划 = “十四五”)
        ("人大通过《某省国民经济和社会发展第十四个五年规划和2035年远景目标纲要》，勾画了未来五年"
         "的发展蓝图，明确了各项任务。\n森林覆盖率提高到45%。", date(2021, 2, 1), date(2025, 12, 31)),
        # a notice handing over a year's task list
        ("各县人民政府：\n现将2023年重点工作任务予以分解，请认真抓好落实，确保按期完成各项工作，"
         "并按季度报送进展。\n新建污水管网30公里。", date(2023, 3, 1), date(2023, 12, 31)),
        # a year's edition of a set of policies handed over
        ("各县人民政府：\n《某市推动经济高质量发展若干政策(2025年版)》已经市政府常务会议审议通过，"
         "现印发给你们，请结合实际认真贯彻执行。\n新认定高新技术企业400家以上。",
         date(2025, 3, 13), date(2025, 12, 31)),
        # a year's programme named in the opening line
        ("2022年市政府民生实事项目共有30项任务，内容涉及交通出行、养老服务和住房保障等方面，"
         "现予以公布。\n1.新辟公交线路10条。", date(2022, 7, 1), date(2022, 12, 31)),
    ],
)
def test_document_period_from_its_opening(text, when, due):
    got = [s for s in suggest(text, when) if s.target is not None and s.kind != "indicator"]
    assert got and got[-1].deadline is not None and got[-1].deadline.date == due


@pytest.mark.parametrize(
    ("clause", "due"),
    [
        ("到 2027 年，基本消除重污染天气", date(2027, 12, 31)),  # a PDF's spacing
        ("2026 年底前完成燃煤锅炉淘汰", date(2026, 12, 31)),
    ],
)
def test_spaced_years(clause, due):
    from tracker.extract.deadlines import parse_deadline

    got = parse_deadline(clause, date(2025, 3, 1))
    assert got is not None and got.date == due


@pytest.mark.parametrize(
    ("clause", "comparator", "value", "unit"),
    [
        # a bare 万/亿 counts what its metric names
        ("到2030年常住人口突破800万", GE, 800, "万人"),
        ("城镇人口控制在 150 万以内", LE, 150, "万人"),
        ("全市数字经济核心产业规模超过三千亿", GE, 3000, "亿元"),
        ("粮食产量稳定在1.3万亿斤以上", GE, 1.3, "万亿斤"),
        ("能源综合生产能力达到50亿吨标准煤", EQ, 50, "亿吨标准煤"),
        # a rise stated as 上涨 (涨幅3%左右 stays a level of the rise); 增加值 is a noun
        ("居民消费价格涨幅3%左右", EQ, 3, "%"),
        ("居民消费价格指数上涨2%左右", Comparator.INCREASE, 2, "%"),
        ("全市制造业增加值占地区生产总值比重30%左右", EQ, 30, "%"),
    ],
)
def test_scales_and_rises(clause, comparator, value, unit):
    t = parse_target(clause)
    assert t is not None
    assert (t.comparator, t.value, t.unit) == (comparator, pytest.approx(value), unit)


def test_several_month_bounds_in_one_clause_do_not_break_it():
    # three bounds one after another: each part keeps its own words, none runs past the text
    text = "3季度前完成设计、4季度前完成招标、年底前完成改造"
    got = suggest(text, date(2024, 3, 1))
    assert got and all(0 <= s.start < s.end <= len(text) for s in got)
    assert all(s.quote == text[s.start:s.end] for s in got)
    suggest("院内消防设施6月、7月、8月没有检查记录", date(2024, 9, 1))  # no IndexError


def test_delivered_work_report_sets_the_year():
    text = ("本报讯 2026年是“十五五”开局之年。2月3日，宜昌市市长王某代表市人民政府向大会报告工作。"
            "据介绍，今年将推进服务业扩大开放综合试点，力争实际使用外资增长10%。")
    got = [s for s in suggest(text, date(2026, 2, 3)) if s.kind != "indicator" and s.target]
    assert got and all(s.deadline is not None and s.deadline.date == date(2026, 12, 31) for s in got)


def test_what_a_year_is_sets_no_period():
    from tracker.extract.timing import report_period

    text = "2026年\n2026年是实施“十五五”规划的开局之年，任务重。\n主要预期目标是：地区生产总值增长5%以上。"
    period = report_period(text, date(2026, 1, 20))
    assert period is None or period.date != date(2030, 12, 31)


def test_a_duty_of_a_years_task_list_takes_its_period():
    text = ("各县人民政府：\n现将《2024年重点工作任务分解方案》印发给你们，请认真贯彻执行。\n"
            "一、各责任单位要建立重点任务落实台账。")
    got = [s for s in suggest(text, date(2024, 1, 26)) if "台账" in s.quote]
    assert got and got[0].deadline is not None and got[0].deadline.date == date(2024, 12, 31)

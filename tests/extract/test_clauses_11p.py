"""Single clauses and table rows standing alone (session 11p): counts of tasks with and
without a word of "all", completion by every one of a scope, ceilings at a bound named
without a number, a numeral inside a place name, a count opening a quoted programme, a
year naming a plan beside the bound of the act, a modal after the bound, and a row whose
first cell ends with a full stop.

The clauses are generic, written in the style of work reports, plans, task tables and
rectification lists; each rule is tried in several wordings (gold conventions R2/R3 of
tests/corpus/README.md: plain 完成/办好 X takes `=` with a count, `full` needs a word of all).
"""

from __future__ import annotations

from datetime import date

import pytest

from tracker.domain import Comparator
from tracker.extract import suggest, to_json
from tracker.extract.deadlines import clause_bounds
from tracker.extract.segment import split_sentences

DOC = date(2025, 3, 1)
GE, LE, EQ = Comparator.GE, Comparator.LE, Comparator.EQ
FULL = Comparator.FULL


def _alone(clause: str, when: date | None = DOC):
    """The commitment a clause standing alone gives (the longest, as a reviewer reads it)."""
    found = [s for s in suggest(clause, when) if s.kind != "indicator"]
    assert found, f"no suggestion for {clause!r}"
    return max(found, key=lambda s: s.end - s.start)


def _fields(clause: str):
    t = _alone(clause).target
    return (t.comparator, t.value, t.unit) if t is not None else (None, None, None)


# A count of tasks to do: `=` without a word of "all", `full` with one
@pytest.mark.parametrize("clause, cmp, value, unit", [
    ("接续办好15件重点民生实事", EQ, 15, "件"),
    ("著力办好十件民生实事", EQ, 10, "件"),
    ("著力辦好十件實事", EQ, 10, "件"),  # Traditional
    ("其中7项整改任务需在2025年底前完成", EQ, 7, "项"),
    ("年内完成5项整改任务", EQ, 5, "项"),
    ("确保圆满完成今年“30项民生实事”任务", FULL, 30, "项"),
    ("7项整改任务年底前全部完成", FULL, 7, "项"),
    ("21项问题逐一销号", FULL, 21, "项"),
    ("督察反馈的12项问题均完成整改", FULL, 12, "项"),
])
def test_a_count_of_tasks_is_full_only_with_a_word_of_all(clause, cmp, value, unit) -> None:
    assert _fields(clause) == (cmp, value, unit)


# A word of "all" with a verb of completion before any count: every one counted is done
@pytest.mark.parametrize("clause, value, unit", [
    ("彻底解决3个村1.2万人饮水问题", 1.2, "万人"),
    ("全部完成12个问题整改", 12, "个"),
    ("全面完成30万亩造林任务", 30, "万亩"),
])
def test_a_count_done_in_full(clause, value, unit) -> None:
    assert _fields(clause) == (FULL, value, unit)


def test_a_count_done_without_a_word_of_all_is_a_level() -> None:
    assert _fields("年底前解决3个村1.2万人饮水问题")[0] is not FULL
    assert _fields("完成12个问题整改") == (EQ, 12, "个")


# Done by every one of a scope, or the whole: full, without a number
@pytest.mark.parametrize("clause", [
    "所有县基本建成布局合理、权责清晰、运行高效、信息共享的县域医共体",
    "所有行政村全部建成村级综合服务站",
    "全市空气质量优良天数比率和地表水水质优良率均完成省下达",
    "各乡镇均建成综合文化站",
    "实现各项改革举措固化标化",
    "完成各项整改任务",
    "彻底解决城区老旧小区供水问题",
])
def test_done_by_every_one_is_full(clause) -> None:
    assert _fields(clause)[0] is FULL


@pytest.mark.parametrize("clause", [
    "完成污水处理厂建设",             # plain completion: a deliverable
    "持续推进所有县建成医共体",        # ongoing work toward it
    "人均完成培训任务",               # 人均 is no 均 of all
])
def test_plain_or_ongoing_completion_is_not_full(clause) -> None:
    found = [s for s in suggest(clause, DOC) if s.kind != "indicator"]
    assert all(s.target is None or s.target.comparator is not FULL for s in found), clause


# Held within a bound named, not numbered: a ceiling
@pytest.mark.parametrize("clause", [
    "节能减排指标控制在省定目标内",
    "用水总量控制在省下达指标以内",
    "能源消费总量控制在国家下达目标范围内",
    "建设用地总规模严格控制在规划目标之内",
])
def test_held_within_a_named_bound_is_a_ceiling(clause) -> None:
    assert _fields(clause)[0] is LE


# A Chinese numeral inside a name is no value
@pytest.mark.parametrize("clause", [
    "完成六麻河防洪整治工程",
    "推进三峡库区生态修复",
    "新建五里牌小学",
])
def test_a_numeral_inside_a_name_is_no_value(clause) -> None:
    for s in suggest(clause, DOC):
        assert s.target is None or s.target.value is None, (clause, s.target)


@pytest.mark.parametrize("clause, value, unit", [
    ("计划投资428万元,完成六麻河防洪整治工程", 428, "万元"),
    ("粮食产量达到一千二百万吨", 1200, "万吨"),
    ("培育十个以上龙头企业", 10, "个"),
    ("建设三十多个示范村", 30, "个"),
    ("优良天数比例达到百分之九十以上", 90, "%"),
])
def test_chinese_numerals_with_their_unit_stay_values(clause, value, unit) -> None:
    _, v, u = _fields(clause)
    assert (v, u) == (value, unit)


# A count in digits opening a quoted programme counts it; a numeral inside a name does not
@pytest.mark.parametrize("clause, value, unit", [
    ("办好“10件实事”", 10, "件"),
    ("确保完成“20项重点工程”建设任务", 20, "项"),
])
def test_a_count_opening_a_quote(clause, value, unit) -> None:
    _, v, u = _fields(clause)
    assert (v, u) == (value, unit)


@pytest.mark.parametrize("clause", ["落实“六个百分之百”要求", "推进“三七百”计划"])
def test_a_numeral_inside_a_quoted_name(clause) -> None:
    for s in suggest(clause, DOC):
        assert s.target is None or s.target.value is None, (clause, s.target)


# A year that names a plan or list is no bound when the act has its own
@pytest.mark.parametrize("clause, want", [
    ("列入2025年去产能计划的生产设施9月底前依法依规停止排污", date(2025, 9, 30)),
    ("纳入2025年重点项目清单的项目6月底前全部开工", date(2025, 6, 30)),
    ("2025年中央预算内投资计划中的项目10月底前开工", date(2025, 10, 31)),
    ("2026年6月底前完成2025年度计划", date(2026, 6, 30)),  # the bound names its own year
])
def test_a_year_naming_a_plan_gives_way_to_the_acts_bound(clause, want) -> None:
    own, _ = clause_bounds(clause, DOC)
    assert own is not None and own.date == want, (clause, own)


# A bound before a modal opening the predicate bounds it (不是 relative clause)
@pytest.mark.parametrize("clause, want", [
    ("各牵头单位于2025年2月10日前将制定的办理方案报市政府督查室", date(2025, 2, 10)),
    ("各牽頭單位于2025年2月10日前將制訂的辦理方案報市人民政府督查室", date(2025, 2, 10)),
    ("各单位于3月底前将制定的整改方案报区政府", date(2025, 3, 31)),
    ("各地须于6月30日前将编制的实施方案报省厅备案", date(2025, 6, 30)),
])
def test_a_bound_before_a_modal_bounds_the_act(clause, want) -> None:
    assert _alone(clause).deadline.date == want


def test_a_bound_inside_a_relative_clause_is_still_no_bound() -> None:
    own, _ = clause_bounds("完成2000年底前建成的老旧小区改造", DOC)
    assert own is None or own.date != date(2025, 12, 31)
    own, _ = clause_bounds("改造2020年以前投运的机组", DOC)
    assert own is None


# A row standing alone whose first cell ends with a full stop: one row, its deadline cell
@pytest.mark.parametrize("row, want", [
    ("粮食产量100亿斤以上。\t市农技中心\t张三\t2025年底前", date(2025, 12, 31)),
    ("农产品加工业产值增长15%以上。\t产业科\t\t2025年底前", date(2025, 12, 31)),
    ("做好第三次全国土壤普查。\t市农发中心\t李四\t2025年6月底前", date(2025, 6, 30)),
    ("完成老旧小区改造！\t市住建局\t2025年9月30日", date(2025, 9, 30)),
])
def test_a_rows_first_cell_ending_with_a_full_stop(row, want) -> None:
    s = _alone(row, None)
    assert s.deadline is not None and s.deadline.date == want
    assert to_json(s)["quote"].endswith(row.rsplit("\t", 1)[1])


def test_full_stops_still_end_sentences_in_prose() -> None:
    text = "完成老旧小区改造。推进污水管网建设。"
    assert len(split_sentences(text)) == 2


@pytest.mark.parametrize("clause", [
    "紧扣“30项民生实事”，认真梳理项目进度",   # the programme named, no verb of completion
    "以“10件实事”中的工程类项目为抓手",
])
def test_a_quoted_programme_only_named_gives_no_count(clause) -> None:
    for s in suggest(clause, DOC):
        assert s.target is None or s.target.value is None, (clause, s.target)


@pytest.mark.parametrize("clause", [
    "所有项目均已提前完成验收",
    "各乡镇均已全部建成综合文化站",
])
def test_every_one_done_already_is_a_result(clause) -> None:
    found = [s for s in suggest(clause, DOC) if s.kind != "indicator"]
    assert all(s.target is None or s.target.comparator is not FULL for s in found), clause


# The start of a span before its end (自即日起到…): the end bounds the work, in the year the
# span starts in when the end names none
@pytest.mark.parametrize("clause, when, want", [
    ("自即日起到2020年5月底，在全省开展安全生产集中整治", date(2019, 12, 19), date(2020, 5, 31)),
    ("即日起至2020年6月30日，开展城乡环境卫生专项整治", date(2019, 12, 19), date(2020, 6, 30)),
    ("自本方案印发之日起至2020年6月30日，开展集中整治", date(2019, 12, 19), date(2020, 6, 30)),
    ("从2020年3月起至年底，开展专项执法行动", date(2019, 12, 19), date(2020, 12, 31)),
    ("从2025年4月开始到10月底，开展河湖“清四乱”行动", DOC, date(2025, 10, 31)),
])
def test_a_span_from_now_is_bound_by_its_end(clause, when, want) -> None:
    s = _alone(clause, when)
    assert s.deadline is not None and s.deadline.date == want, (clause, s.deadline)


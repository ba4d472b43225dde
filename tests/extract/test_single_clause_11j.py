"""Single clauses and cells standing alone (a task list's item, a table's cell, a clause
pasted on its own): each gives a suggestion, with its comparator, value and unit.

The clauses are generic, written in the style of plans, task lists and indicator tables.
"""

from __future__ import annotations

from datetime import date

import pytest

from tracker.domain import Comparator
from tracker.extract import suggest

DOC = date(2026, 3, 1)
GE, LE, EQ = Comparator.GE, Comparator.LE, Comparator.EQ
INC, DEC = Comparator.INCREASE, Comparator.DECREASE


def _alone(clause: str):
    """The commitment a clause standing alone gives (the longest, as a reviewer reads it)."""
    found = [s for s in suggest(clause, DOC) if s.kind != "indicator"]
    assert found, f"no suggestion for {clause!r}"
    return max(found, key=lambda s: s.end - s.start)


# Words a target also holds (同比 / 累计 / 为0 / 与上年持平): with no report around the
# clause, they state what is set, not a result
@pytest.mark.parametrize("clause, comparator, value, unit", [
    ("地区生产总值同比增长6%", INC, 6, "%"),
    ("社会消费品零售总额同比增长7.5%以上", GE, 7.5, "%"),
    ("累计建成新能源汽车充电桩1.2万个", EQ, 1.2, "万个"),
    ("累计新改造农村卫生厕所3000户", EQ, 3000, "户"),
    ("单位地区生产总值能耗累计降低13%", DEC, 13, "%"),
    ("重度及以上污染天数为0", Comparator.ZERO, 0, "天"),
    ("规上工业增加值与上年持平", EQ, 0, "%"),
])
def test_a_clause_alone_with_words_a_target_also_holds_is_a_target(clause, comparator, value,
                                                                     unit) -> None:
    t = _alone(clause).target
    assert t is not None and (t.comparator, t.value, t.unit) == (comparator, value, unit)


@pytest.mark.parametrize("clause", [
    "去年地区生产总值增长5.4%",
    "已完成整改问题12项",
    "这五年，全市PM2.5平均浓度下降20%",
])
def test_a_clause_alone_that_reports_the_past_stays_a_result(clause: str) -> None:
    assert [s for s in suggest(clause, DOC) if s.kind != "indicator"] == []


# A cell that names its metric as a label before the value (森林覆盖率：45%)
@pytest.mark.parametrize("cell, metric, comparator, value, unit", [
    ("森林覆盖率：45%", "森林覆盖率", EQ, 45, "%"),
    ("细颗粒物年均浓度：控制在28微克/立方米以下", "细颗粒物年均浓度", LE, 28, "微克/立方米"),
    ("城镇新增就业：1.5万人以上", "城镇新增就业", GE, 1.5, "万人"),
    ("地表水优良水体比例：≥85%", "地表水优良水体比例", GE, 85, "%"),
])
def test_a_metric_labelled_before_its_value(cell, metric, comparator, value, unit) -> None:
    sug = _alone(cell)
    t = sug.target
    assert t is not None and (t.metric, t.comparator, t.value, t.unit) == (metric, comparator,
                                                                          value, unit)
    assert sug.quote == cell  # the label is part of the quote


@pytest.mark.parametrize("cell", ["完成时限：2026年底前", "目标值：85%以上"])
def test_labels_of_time_and_of_the_figure_name_no_metric(cell: str) -> None:
    for sug in suggest(cell, DOC):
        assert sug.target is None or sug.target.metric is None


# A row of a plan's indicator table standing alone: the bracketed figure is the change over
# the period (down when the name says 下降), the unit from the name's bracket
@pytest.mark.parametrize("row, comparator, value, unit", [
    ("城市细颗粒物浓度下降（%）\t-\t-\t〔10〕", DEC, 10, "%"),
    ("单位地区生产总值能源消耗降低（%）\t〔13.5〕", DEC, 13.5, "%"),
    ("非化石能源占一次能源消费比重（%）\t18\t〔4〕", INC, 4, "%"),
    ("森林覆盖率（%）\t40.5\t42", EQ, 42, "%"),
])
def test_a_row_of_an_indicator_table_alone(row, comparator, value, unit) -> None:
    t = _alone(row).target
    assert t is not None and (t.comparator, t.value, t.unit) == (comparator, value, unit)
    assert "\t" not in (t.metric or "") and "〔" not in (t.metric or "")


# A ratio narrowed to a level (差距缩小到1.2∶1) and a gap narrowed by an amount
@pytest.mark.parametrize("clause, comparator, value, unit", [
    ("城乡居民收入差距缩小到2.1∶1", EQ, 2.1, "倍"),
    ("城乡居民收入比缩小至2.3∶1以内", LE, 2.3, "倍"),
    ("城乡居民收入差距缩小0.1", DEC, 0.1, None),
])
def test_a_gap_narrowed(clause, comparator, value, unit) -> None:
    t = _alone(clause).target
    assert t is not None and (t.comparator, t.value, t.unit) == (comparator, value, unit)


# A list item with no verb of commitment, or a task cell naming a work item: standing
# alone, the unit most likely right is still suggested (with its low confidence)
@pytest.mark.parametrize("clause", [
    "城北片区老旧管网更新改造项目",
    "滨江生态廊道建设",
    "各街道将对辖区内餐饮油烟净化设施进行排查",
])
def test_a_clause_alone_is_always_suggested(clause: str) -> None:
    found = [s for s in suggest(clause, DOC) if s.kind != "indicator"]
    assert len(found) == 1 and found[0].quote in clause


def test_a_whole_document_keeps_its_floor() -> None:
    # the same item inside a longer text is judged as before: the fallback is for a
    # clause standing alone only
    text = "滨江生态廊道建设\n" + "为加强生态环境保护，结合本区实际，制定本方案。\n" * 6
    assert not [s for s in suggest(text, DOC) if s.quote == "滨江生态廊道建设"
                and s.confidence < 0.4]


# Done in full or phased out, said without a number (基本完成 / 全部脱贫 / 全部关停)
@pytest.mark.parametrize("clause, comparator", [
    ("化工企业基本完成搬迁入园", Comparator.FULL),
    ("农村低收入人口全部脱贫", Comparator.FULL),
    ("自然村全部通硬化路", Comparator.FULL),
    ("所有行政村全部实现通光纤", Comparator.FULL),
    ("重点镇基本形成污水收集处理体系", Comparator.FULL),
    ("10蒸吨以下燃煤锅炉全部关停", Comparator.ZERO),
    ("“散乱污”企业全部取缔", Comparator.ZERO),
])
def test_an_end_state_alone(clause: str, comparator: Comparator) -> None:
    t = _alone(clause).target
    assert t is not None and t.comparator is comparator


def test_a_process_still_under_way_is_no_end_state() -> None:
    from tracker.extract.trend import end_state_target
    t = end_state_target("持续推进企业全部完成搬迁")
    assert t is None or t.comparator is not Comparator.FULL


# A cell or list item standing alone is quoted whole (its marker and closing stop left
# out), but who answers for it stays a field of its own
@pytest.mark.parametrize("item, quote", [
    ("请住建局按照整改要求，尽快完成销号", "请住建局按照整改要求，尽快完成销号"),
    ("3.各乡镇对照问题清单，逐项制定整改方案", "各乡镇对照问题清单，逐项制定整改方案"),
    ("6月底前完成全县燃煤锅炉淘汰，由县生态环境局牵头", "6月底前完成全县燃煤锅炉淘汰"),
])
def test_an_item_alone_is_quoted_whole(item: str, quote: str) -> None:
    found = [s for s in suggest(item, DOC) if s.kind != "indicator"]
    assert [s.quote for s in found] == [quote]


def test_a_sentence_alone_keeps_the_quote_of_its_clauses() -> None:
    # prose with its full stop: the act that announces the target stays out
    (sug,) = [s for s in suggest("县政府印发实施方案，提出到2027年，全县PM2.5浓度下降10%。", DOC)
              if s.kind == "target"]
    assert sug.quote.startswith("到2027年")


# A bound that had passed by the document's date, standing alone (a closeout notice's
# target): still a bound set, dated by its own words; a year opening a report stays a result
@pytest.mark.parametrize("clause, deadline", [
    ("到2025年，全县森林覆盖率达到46%", date(2025, 12, 31)),
    ("2025年9月底前完成入河排污口整治", date(2025, 9, 30)),
])
def test_a_bound_gone_by_alone_is_still_a_bound(clause: str, deadline: date) -> None:
    sug = _alone(clause)
    assert sug.deadline is not None and sug.deadline.date == deadline


def test_a_year_gone_by_opening_a_clause_alone_reports_it() -> None:
    assert [s for s in suggest("2025年全县完成老旧小区改造50个", DOC) if s.kind != "indicator"] == []


# The things counted, not the verb, name what a count measures
@pytest.mark.parametrize("clause, metric", [
    ("建设12处口袋公园", "口袋公园"),
    ("创建3个省级生态文明建设示范村", "省级生态文明建设示范村"),
])
def test_a_count_after_a_bare_verb_names_the_things(clause: str, metric: str) -> None:
    t = _alone(clause).target
    assert t is not None and t.metric == metric


# A task list's row standing alone (任务 | 责任单位 | 完成时限 | 目标值): the metric is the
# nearest cell naming a thing, not a body or a date
@pytest.mark.parametrize("row, metric, comparator", [
    ("燃煤锅炉淘汰\t县生态环境局\t2026年6月30日\t10蒸吨以下全部淘汰", "10蒸吨以下", Comparator.ZERO),
    ("农村黑臭水体治理\t县住房城乡建设局\t2026年底\t动态清零", "农村黑臭水体治理", Comparator.ZERO),
    # (the same row as plain text writes it: bars, runs of spaces)
    ("燃煤锅炉淘汰 | 县生态环境局 | 2026年6月30日 | 10蒸吨以下全部淘汰", "10蒸吨以下", Comparator.ZERO),
    ("燃煤锅炉淘汰   县生态环境局   2026年6月30日   10蒸吨以下全部淘汰", "10蒸吨以下", Comparator.ZERO),
])
def test_a_task_row_alone(row: str, metric: str, comparator: Comparator) -> None:
    sug = _alone(row)
    assert sug.target is not None and (sug.target.metric, sug.target.comparator) == (metric,
                                                                                    comparator)
    assert sug.deadline is not None and sug.deadline.date.year == 2026


# Growth named by its sign, and a quota a level above sets (省定目标), without a number
@pytest.mark.parametrize("clause, comparator, value", [
    ("农药使用量实现零增长", LE, 0),
    ("一次性塑料制品使用量负增长", DEC, None),
    ("永久基本农田面积只增不减", GE, None),
    ("单位GDP能耗降低率完成省定目标", Comparator.FULL, None),
])
def test_growth_by_its_sign_and_a_quota_set_above(clause, comparator, value) -> None:
    t = _alone(clause).target
    assert t is not None and (t.comparator, t.value) == (comparator, value)

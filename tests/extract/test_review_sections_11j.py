"""Tense by genre (issue 11, class 3): a section whose heading reports results (一、2024年
计划执行情况 / （一）主要成效 / 工作回顾) holds results, not commitments, until a heading or
paragraph turns ahead; inside such a review 预计 gives the estimate of the year just past
(预计地区生产总值增长5.2%), not a plan. A heading that names a task (巩固整改成效) opens no
review. Invented texts in the style of plan-execution reports and work summaries."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract import suggest

DAY = date(2025, 1, 10)

# (text, quotes that must come as past results, quotes that must come as commitments)
CASES = [
    ("某区重点项目建设\n一、2024年重点项目计划执行情况\n"
     "新建污水管网35公里，改造老旧小区120个，新增公共停车位2000个。\n"
     "二、2025年工作安排\n新建污水管网40公里，6月底前完成老旧小区改造80个。\n",
     ["新建污水管网35公里", "新增公共停车位2000个"],
     ["新建污水管网40公里", "6月底前完成老旧小区改造80个"]),
    ("关于某区2024年国民经济和社会发展计划执行情况与2025年计划草案的报告\n"
     "一、2024年国民经济和社会发展计划执行情况\n"
     "2024年，面对复杂形势，全区上下攻坚克难，经济运行总体平稳。预计地区生产总值增长5.2%，"
     "城镇新增就业1.2万人。\n"
     "二、2025年国民经济和社会发展计划草案\n"
     "2025年主要预期目标是：地区生产总值增长6%左右，城镇新增就业1万人以上。\n",
     ["预计地区生产总值增长5.2%", "城镇新增就业1.2万人"],
     ["地区生产总值增长6%左右", "城镇新增就业1万人以上"]),
    ("某镇人居环境整治\n一、工作回顾\n完成农村户厕改造860户，清理村庄垃圾1200吨。\n"
     "二、下一步工作安排\n年底前完成农村户厕改造500户。\n",
     ["完成农村户厕改造860户"],
     ["年底前完成农村户厕改造500户"]),
]


@pytest.mark.parametrize(("text", "past", "ahead"), CASES)
def test_a_review_section_reports_results(text: str, past: list[str], ahead: list[str]) -> None:
    kinds = {s.quote: s.kind for s in suggest(text, DAY)}
    for quote in past:
        assert kinds.get(quote) == "indicator", (quote, kinds)
    for quote in ahead:
        assert kinds.get(quote) not in (None, "indicator"), (quote, kinds)


@pytest.mark.parametrize("text", [
    # a heading naming a task to do about results is no review
    "某县整改方案\n（二）巩固整改成效\n年底前完成10个入河排污口整治。\n",
    # 预计 looking ahead stays a plan
    "某区生态环境工作\n一、2024年工作完成情况\n预计到2027年建成污水处理厂3座。\n",
])
def test_no_review_without_results(text: str) -> None:
    kinds = [s.kind for s in suggest(text, DAY)]
    assert kinds and "indicator" not in kinds, kinds

"""Tense from a report's framing (issue 11, tense11p): news-style closeout notices, progress
reports and reviews state results in clauses with no past word of their own; the frame
tells. Invented texts in the style of the genre, both ways: a result stays a result, a
plan in the same document stays a plan.

- 期间 looks ahead only when it names a plan's period (“十五五”期间 / 2025—2027年期间 /
  规划期间), not the time an act took place (督察期间 / 进驻期间 / 活动期间 / 整改期间);
- a title or heading over what was done of the goals for part of the year (主要目标任务
  一季度完成情况 / 重点任务1-10月推进情况) reports, it sets no goals;
- 一年多来 / 半年来 / 两年多来 open a stretch of results like 一年来;
- a sentence opening with 下一步 / 今后 / 下阶段 in a paragraph of results turns ahead,
  and the rest of its paragraph with it.
"""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract import suggest
from tracker.extract.classify import FORWARD
from tracker.extract.deadlines import is_review_heading

DAY = date(2024, 5, 10)

# (text, quotes that must come as past results, quotes that must come as commitments)
CASES = [
    # an inspection's period: what the inspectors did then
    ("某省第二轮省级生态环境保护督察完成反馈\n"
     "督察期间，督察组共走访问询单位15家，约见约谈单位20家，受理群众来电来信举报900件，"
     "对8个县（市、区）实施了全覆盖下沉督察，移交案件12件。\n"
     "各市应在收到督察反馈意见后30个工作日内制定整改方案。\n",
     ["约见约谈单位20家", "移交案件12件"],
     ["各市应在收到督察反馈意见后30个工作日内制定整改方案"]),
    ("某市中央环保督察整改情况通报\n"
     "督察组进驻期间，全市共办结群众信访举报件310件，立案处罚企业45家，"
     "对24家企业实施了停产整治。\n",
     ["立案处罚企业45家"], []),
    # a plan's period stays ahead
    ("某县“十五五”生态环境保护规划\n"
     "“十五五”期间，全县新建污水管网120公里，完成农村生活污水治理村庄60个。\n",
     [],
     ["全县新建污水管网120公里", "完成农村生活污水治理村庄60个"]),
    ("某区老旧小区改造三年行动方案\n"
     "2025—2027年期间，全区改造老旧小区90个，加装电梯300部。\n",
     [], ["全区改造老旧小区90个", "加装电梯300部"]),
    # a report on the goals of part of the year
    ("《2024年政府工作报告》主要目标任务一季度完成情况\n"
     "近期，区政府督查室对主要目标任务一季度完成情况进行了跟踪督办。\n"
     "一季度，各部门压实工作责任，建成投用8条市政道路，新增城镇就业1200人。\n",
     ["建成投用8条市政道路", "新增城镇就业1200人"], []),
    ("某县重点任务1-10月推进情况\n"
     "全县新建村级综合服务站15个，改造农村公路42公里。\n"
     "下一步，县交通运输局将于12月底前完成剩余18公里农村公路改造。\n",
     ["新建村级综合服务站15个"],
     ["县交通运输局将于12月底前完成剩余18公里农村公路改造"]),
    # 一年多来 opens the results; 下一步 in the same paragraph turns ahead
    ("某省公开督察整改落实情况\n"
     "一年多来，省委、省政府加强组织领导，新建城乡生活污水处理项目320个、"
     "生活垃圾处理项目140个。下一步，我省将持续抓好整改落实，"
     "确保年底前完成剩余12项整改任务。\n",
     ["新建城乡生活污水处理项目320个"],
     ["确保年底前完成剩余12项整改任务"]),
    ("某镇人居环境整治半年工作情况\n"
     "半年来，全镇改造农村户厕430户，清理村庄垃圾800吨。今后，全镇要在9月底前"
     "完成剩余户厕改造200户。\n",
     ["改造农村户厕430户"], ["完成剩余户厕改造200户"]),
]


def _kinds(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for s in suggest(text, DAY):
        out[s.quote] = s.kind
    return out


def _find(kinds: dict[str, str], quote: str) -> str | None:
    """The kind of the suggestion whose quote holds *quote* (or is held in it)."""
    for q, kind in kinds.items():
        if quote in q or q in quote:
            return kind
    return None


@pytest.mark.parametrize(("text", "past", "ahead"), CASES)
def test_the_frame_sets_the_tense(text: str, past: list[str], ahead: list[str]) -> None:
    kinds = _kinds(text)
    for quote in past:
        assert _find(kinds, quote) in (None, "indicator"), (quote, kinds)
    for quote in ahead:
        assert _find(kinds, quote) not in (None, "indicator"), (quote, kinds)


@pytest.mark.parametrize(("words", "ahead"), [
    ("“十五五”期间，全市新增城镇就业10万人", True),
    ("十四五时期，单位GDP能耗下降13.5%", True),
    ("2025—2027年期间，全区改造老旧小区90个", True),
    ("规划期间，新建公园20个", True),
    ("督察期间，督察组共走访问询单位11家", False),
    ("活动期间，共发放宣传资料3000份", False),
    ("整改期间，共关停企业12家", False),
    ("一季度期间，完成投资3.2亿元", False),
])
def test_a_period_looks_ahead_only_when_it_is_a_plans(words: str, ahead: bool) -> None:
    assert (FORWARD.search(words) is not None) is ahead, words


@pytest.mark.parametrize(("heading", "review"), [
    ("《2023年政府工作报告》主要目标任务一季度完成情况", True),
    ("重点任务1-10月推进情况", True),
    ("2024年整改目标上半年落实情况", True),
    ("整改目标完成情况", True),
    ("2024年目标任务", False),
    ("主要目标任务和2024年工作安排", False),
])
def test_a_heading_over_what_was_done_of_the_goals(heading: str, review: bool) -> None:
    assert is_review_heading(heading) is review, heading

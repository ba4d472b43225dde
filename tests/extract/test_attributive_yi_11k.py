"""已 inside the object of a task's verb names which things (完成园区已征用地块整体规划 /
对已建成的设施开展排查): it does not report the clause, nor its paragraph, as done. 已
opening what was done (已完成整改12项 / 推进工作已完成80%) still does (invented sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract import suggest, to_json
from tracker.extract.classify import strong_past


@pytest.mark.parametrize("clause,past", [
    ("完成园区已征用地块整体规划、设计", False),
    ("对已建成的污水处理设施开展排查整治", False),
    ("盘活已批未建用地500亩", False),
    ("督促已关停企业落实拆除措施", False),
    ("任务已完成", True),
    ("已完成整改12项", True),
    ("去年已建成3座", True),
    ("推进工作已完成80%", True),
    ("对已完成整改的问题开展回头看", False),
])
def test_an_attributive_yi_is_not_a_word_of_the_past(clause, past):
    assert strong_past(clause) is past


PLAN = "\n".join([
    "某镇2025年度工作计划",
    "（一）优化园区平台",
    "实施园区经济赋能行动，明确专班负责园区日常工作。完成园区已征用地块整体规划，"
    "启动西侧300亩地块征地拆迁工作。完善项目协同保障机制，不断提升招商引资质效。",
])


def test_a_plan_paragraph_with_an_attributive_yi_stays_a_plan():
    records = [to_json(s) for s in suggest(PLAN, date(2025, 1, 8))]
    kinds = {r["quote"]: r["kind"] for r in records}
    assert kinds.get("完成园区已征用地块整体规划") == "deliverable"
    assert kinds.get("启动西侧300亩地块征地拆迁工作") == "target"
    assert "indicator" not in kinds.values()


def test_a_report_paragraph_with_yi_still_reports():
    text = "某镇2024年工作总结\n园区建设。已完成园区已征用地块整体规划，西侧300亩地块征地拆迁已完成。"
    records = [to_json(s) for s in suggest(text, date(2024, 12, 20))]
    assert records and all(r["kind"] == "indicator" for r in records)


@pytest.mark.parametrize("clause", [
    "每年招引亿元以上制造业项目100个",
    "培训高素质农民2000人次",
    "植树造林5万亩",
    "拆除违法建筑12万平方米",
    "签约落地亿元以上项目30个",
])
def test_verbs_of_delivering_to_people_and_places_make_a_task(clause):
    records = [to_json(s) for s in suggest(clause + "。", date(2025, 2, 1))]
    assert [r["quote"] for r in records if r["kind"] != "indicator"] == [clause]


@pytest.mark.parametrize("clause", ["开发区管委会", "研发投入强度", "转移支付资金"])
def test_nouns_made_of_those_verbs_are_not_tasks(clause):
    from tracker.extract.classify import ACTION
    assert ACTION.match(clause) is None

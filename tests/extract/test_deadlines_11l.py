"""Deadlines on unseen text (issue 11, branch dl11l), table-driven with generic sentences:
the period a document sets for targets without time words of their own (a work report's
list of tasks published after its year), and words that name a plan's period rather than
a bound."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reading import deadline_of
from tracker.extract.deadlines import parse_deadline



def _deadline_of(text: str, doc: date | None, words: str) -> str | None:
    return deadline_of(text, doc, words, candidates=True)


# (text, document date, words of the target, deadline wanted)
REPORT_YEAR = [
    # a list of a year's work report tasks, published early the next year: the title's year
    ("某县2023年度政府工作报告重点任务\n为抓好落实，现将重点任务明确如下：\n"
     "1.推进产业升级。新增规模以上工业企业20家以上。",
     date(2024, 1, 5), "新增规模以上工业企业20家以上", "2023-12-31"),
    # the same list published within its year
    ("某县2023年度政府工作报告重点任务\n为抓好落实，现将重点任务明确如下：\n"
     "1.推进产业升级。新增规模以上工业企业20家以上。",
     date(2023, 3, 1), "新增规模以上工业企业20家以上", "2023-12-31"),
    # a work report without a year in its title: the year it is delivered in
    ("政府工作报告\n各位代表：\n今年工作安排\n1.推进产业升级。新增规模以上工业企业20家以上。",
     date(2024, 1, 20), "新增规模以上工业企业20家以上", "2024-12-31"),
]


@pytest.mark.parametrize(("text", "doc", "words", "want"), REPORT_YEAR)
def test_period_of_the_report_year(text: str, doc: date, words: str, want: str) -> None:
    assert _deadline_of(text, doc, words) == want


# (clause, document date, deadline wanted): a period that names a plan bounds nothing
PLAN_NAMES = [
    ("组织实施《某市生态环境保护“十四五”规划》", date(2023, 2, 1), None),
    ("推进《某市城市总体规划（2016-2035年）》修编", date(2023, 2, 1), None),
    ("开展“十四五”规划中期评估", date(2023, 2, 1), None),
    ("编制实施“十五五”生态环境保护规划", date(2025, 2, 1), None),
    # a period that bounds the act stays a bound
    ("“十四五”期间完成老旧管网改造", date(2023, 2, 1), "2025-12-31"),
    ("到“十五五”末建成区域医疗中心", date(2026, 2, 1), "2030-12-31"),
    ("2025年底前完成《某市养老服务规划》编制", date(2024, 2, 1), "2025-12-31"),
]


@pytest.mark.parametrize(("clause", "doc", "want"), PLAN_NAMES)
def test_plan_names_are_no_bounds(clause: str, doc: date, want: str | None) -> None:
    d = parse_deadline(clause, doc)
    assert (d.date.isoformat() if d is not None and d.date is not None else None) == want


# a text that opens with its year (no date known): targets without time words fall due
# at that year's end, in the opening paragraph and in the sections below
OPENING_YEAR = [
    ("2023年，某市生态环境工作坚持稳中求进。城市集中式饮用水水源地水质稳定达标。\n"
     "一、推动绿色发展\n1.新建充电桩500个以上。", "新建充电桩500个以上", "2023-12-31"),
    ("2023年，某市生态环境持续改善，全市细颗粒物平均浓度控制在30微克/立方米以下。"
     "城市集中式饮用水水源地水质100%稳定达标。", "水源地水质100%稳定达标", "2023-12-31"),
]


@pytest.mark.parametrize(("text", "words", "want"), OPENING_YEAR)
def test_opening_year_sets_the_period(text: str, words: str, want: str) -> None:
    assert _deadline_of(text, None, words) == want


# a news item's dateline opening the sentence (the day of the meeting, the day it is
# published) bounds nothing
DATELINE = [
    ("某县聚焦重点工作\n某网 2025-03-06 10:20\n3月6日，在县委全会上，县委书记说，"
     "扎实推进“三大攻坚行动”落地见效。", date(2025, 3, 6), "三大攻坚行动", None),
    # a bound on that day stays a bound
    ("某局通知\n3月6日前，各地要完成自查整改。", date(2025, 3, 6), "完成自查整改", "2025-03-06"),
]


@pytest.mark.parametrize(("text", "doc", "words", "want"), DATELINE)
def test_dateline_is_no_bound(text: str, doc: date, words: str, want: str | None) -> None:
    assert _deadline_of(text, doc, words) == want


# a sentence that announces a year's work before a colon: its items fall due at that
# year's end
YEAR_LABEL = [
    ("某部召开工作会议\n会议明确了2026年的重点工作，主要包括：编制实施生态环境分区管控方案；"
     "推进重点行业超低排放改造。", date(2026, 1, 10), "超低排放改造", "2026-12-31"),
    ("某部召开工作会议\n会议部署了2026年五项重点任务：推进重点行业超低排放改造。",
     date(2026, 1, 10), "超低排放改造", "2026-12-31"),
]


@pytest.mark.parametrize(("text", "doc", "words", "want"), YEAR_LABEL)
def test_year_label_leads_its_items(text: str, doc: date, words: str, want: str) -> None:
    assert _deadline_of(text, doc, words) == want

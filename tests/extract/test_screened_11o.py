"""The patterns given a look ahead for the characters their matches begin with
(screen.screened) find the same matches at the same places as the patterns without it,
searched from every offset of real corpus text and of hand-written clauses."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tracker.extract import (
    classify,
    deadlines,
    issuer,
    pipeline,
    segment,
    table,
    targets,
    timing,
    trend,
)

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
SCREENED = [
    (classify, "STRONG_PAST"), (classify, "PAST"), (classify, "PROBLEM"),
    (classify, "LIST_INTRO"), (classify, "STANCE"), (classify, "PREAMBLE"),
    (classify, "SHARE_OF"), (classify, "ABSTRACT_END"),
    (pipeline, "_QUANTISH"), (pipeline, "_STRAY_SPACE"), (pipeline, "_ITEM_NUMBER"),
    (pipeline, "_ROLE_WORDS"), (pipeline, "_LIST_CLOSE"), (pipeline, "_ITEM_TAIL"),
    (pipeline, "_DONE_OBJECT"), (pipeline, "_REPORT_TITLE"),
    (segment, "LEAD_IN"),
    (targets, "_CELL_HINT"), (targets, "_TRAIL"), (targets, "_END_STATE"),
    (timing, "_REVIEW_YEAR"), (timing, "_YEAR_STANDS"), (timing, "_PLAN_YEAR_STANDS"),
    (timing, "_REVIEW_FRAME"), (timing, "_GOALS_LABEL"),
    (deadlines, "_REVIEW"), (deadlines, "PROGRESS_TITLE"),
    (issuer, "_SITE_LINE"), (issuer, "_SPEAKS_AS_COUNTY"), (issuer, "_SPEAKS_AS_DISTRICT"),
    # (their matches may begin with a digit: \d kept in the look ahead)
    (classify, "CONCRETE"), (classify, "NAMED"), (pipeline, "_LOOKS_AHEAD"),
    (pipeline, "_FIX_LABEL"), (pipeline, "_TURNS_AHEAD"), (pipeline, "_REVIEW_HEADING"),
    (timing, "_TIMEISH"), (trend, "_PIECES"), (table, "CELL_SEP"),
]
CLAUSES = [
    "已经完成了整改任务", "去年全市累计完成造林1.2万亩", "同比下降5%左右", "比去年增长",
    "仍需进一步加强", "发展不平衡不充分", "重点抓好以下几项工作：", "现提出如下意见",
    "聚力打造区域消费目的地", "制定本实施方案", "占总数的86.9%", "推动绿色低碳转型发展",
    "到2025年 PM2.5浓度下降", "（三）完成整改", "3.开展排查", "由市生态环境局牵头",
    "各县区等部门", "等级评定", "已于3月将方案要求其报送", "2023年度工作回顾",
    "2024年是全面完成“十四五”规划目标任务的关键之年", "过去五年，全县上下", "目标任务：",
    "全县上下要", "在县委、县政府的坚强领导下", "来源：某市人民政府网", "首页 > 政务公开",
    "整改落实情况", "全区 ", "围绕乡村振兴", "除特殊情况外", "对发现问题的", "工作进展",
    "建成٣个示范区", "到２０２５年", "2024-06-30前", "任务 | 责任单位 | 完成时限", "序号\t任务\t时限",
    "整改时限： 2023年底", "2026年工作安排", "一、2023年计划执行情况", "要求各地", "主要目标",
]


def _texts() -> list[str]:
    docs = sorted(CORPUS.glob("*/docs/*.txt"))[::40]
    return CLAUSES + [p.read_text(encoding="utf-8")[:3000] for p in docs]


def _plain(rx: re.Pattern[str]) -> re.Pattern[str]:
    m = re.fullmatch(r"\(\?=\[[^\]]*\]\)\(\?:(.*)\)", rx.pattern, re.S)
    assert m is not None, rx.pattern  # each of these is screened
    return re.compile(m.group(1), rx.flags)


@pytest.mark.parametrize(("module", "name"), SCREENED, ids=[n for _, n in SCREENED])
def test_the_screened_pattern_finds_what_the_plain_one_finds(module, name):
    rx = getattr(module, name)
    plain = _plain(rx)
    for text in _texts():
        assert [m.span() for m in rx.finditer(text)] == [m.span() for m in plain.finditer(text)]
        for pos in range(0, len(text), 7):
            a, b = rx.search(text, pos), plain.search(text, pos)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))
            a, b = rx.match(text, pos), plain.match(text, pos)
            assert (a and a.span()) == (b and b.span())


@pytest.mark.parametrize("name", ["ACTION", "LEADING"])
def test_a_recalled_pattern_answers_as_the_plain_one_asked_again(name):
    rx = getattr(classify, name)
    plain = re.compile(rx.pattern)
    clauses = CLAUSES + ["进一步加强组织领导", "大力推进污染防治", "切实", "开发区管委会", "要", ""]
    for _ in range(2):  # the second time from memory
        for text in clauses:
            a, b = rx.match(text), plain.match(text)
            assert (a and (a.span(), a.group())) == (b and (b.span(), b.group()))


def test_the_memory_of_a_recalled_pattern_is_bounded():
    rx = classify.Recalled(r"^加强")
    for i in range(classify._RECALLED * 2 + 5):
        assert rx.match(f"加强第{i}项") is not None
    assert len(rx._memo) <= classify._RECALLED

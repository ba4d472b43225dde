"""Session 14 (precision): causes of false alarms recurring across the dev sets, each swept
over wordings written for it with a counter-sweep of commitments of like wording
(tests/extract/precision_sweep_14.py), and the rules behind them, table-driven."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract import precision_sweep_14 as sweep
from tests.extract.precision_sweep_11s import judged
from tracker.extract import suggest
from tracker.extract.pipeline import _title_line

_BODY = "\n一、工作目标\n年底前完成120个老旧小区改造，新建污水管网30公里。\n"


@pytest.mark.parametrize("cause", sorted(sweep.CAUSES))
def test_sweep(cause: str) -> None:
    wrong = [(c.kind, c.label, c.clause) for c in sweep.cases(cause) if not judged(c)]
    assert not wrong, (len(wrong), wrong[:10])


# --- TITLE_LINE: a title on the first line naming or announcing the text below
@pytest.mark.parametrize("first,title", [
    # the name of a document
    ("某市2024年大气污染防治行动计划", True),
    ("創建文明城市整改報告", False),            # (read in Simplified: the caller converts)
    ("创建文明城市整改报告", True),
    ("关于2024年实施30项民生实事的通知", True),
    ("某县城镇老旧小区改造三年行动方案（2024—2026年）", True),
    ("关于印发《某市河湖长制工作要点》的通知", True),
    ("突出生态环境问题整改验收销号公示", True),
    # a column's tag or a headline's bar
    ("【保民生】某市2024年实施30项民生实事", True),
    ("创文进行时丨27个问题清单曝光，要求限期整改", True),
    ("政府工作报告｜2024年全省地区生产总值预期增长6%左右", True),
    ("【权威发布】", False),                     # a tag alone: the older headline rule
    # a report that a text was issued
    ("某市发布2024年十大民生实事", True),
    ("12部门联合印发《某市河湖治理攻坚行动方案》", True),
    ("某省出台方案推进城乡供水一体化", True),
    ("国务院印发《全民健身计划》", True),
    # first lines that state a task or a target, numbered items, sentences
    ("统筹推进居民日用消费品免税店布局", False),
    ("某市：2024年关停4台燃煤机组", False),
    ("到2025年全市森林覆盖率达到45%", False),
    ("研究制定城乡供水一体化实施方案", False),
    ("制定河长制工作考核办法", False),
    ("一、实施大气污染防治行动计划", False),
    ("1.制定河长制工作考核办法", False),
    ("（一）编制国土空间规划", False),
    ("某县制定实施方案。", False),
    ("指标\t2020年\t2025年", False),
])
def test_a_title_over_its_text(first: str, title: bool) -> None:
    assert (_title_line(first + _BODY) is not None) is title


@pytest.mark.parametrize("text", [
    "某市2024年大气污染防治行动计划\n",         # no text under it
    "某市2024年大气污染防治行动计划",
    "某市2024年大气污染防治行动计划\n附件\n",
])
def test_no_title_without_a_text_under_it(text: str) -> None:
    assert _title_line(text) is None


@pytest.mark.parametrize("title", [
    "某市2024年大气污染防治行动计划",
    "某市發佈2024年十大民生實事",
    "【保民生】某市2024年實施30項民生實事",
])
def test_the_title_gives_no_record_and_the_text_keeps_its_own(title: str) -> None:
    got = [s.quote for s in suggest(title + _BODY, date(2024, 2, 1)) if s.kind != "indicator"]
    assert not any(q in title or title in q for q in got)
    assert any("120个老旧小区改造" in q for q in got)

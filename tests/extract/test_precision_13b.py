"""Session 13b (precision on unseen text): causes of false alarms found in the dev half of
set U, each swept over wordings written for it with a counter-sweep of commitments of like
wording (tests/extract/precision_sweep_13b.py), and the rules behind them, table-driven."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract import precision_sweep_13b as sweep
from tests.extract.precision_sweep_11s import judged
from tracker.extract import classify, suggest
from tracker.extract.pipeline import _looks_ahead, _opens_with_past_year


@pytest.mark.parametrize("cause", sorted(sweep.CAUSES))
def test_sweep(cause: str) -> None:
    wrong = [(c.kind, c.label, c.clause) for c in sweep.cases(cause) if not judged(c)]
    assert not wrong, (len(wrong), wrong[:10])


# --- SHARE_OF_PLAN: the plan as the base of a share reached does not look ahead
@pytest.mark.parametrize("sentence,ahead", [
    ("全县重点项目完成投资32.5亿元，为年计划的46%", False),
    ("累计完成投资12亿元，占年度计划的52.4%", False),
    ("完成固定资产投资52亿元，完成全年目标任务的60%", False),
    ("完成投資52億元，爲年度投資計劃的48.5%", False),
    ("力争完成年计划的110%", True),          # a word that commits stays
    ("计划完成投资32.5亿元", True),             # the plan as the subject of the act
    ("全年计划投资50亿元", True),
])
def test_a_share_of_the_plan_does_not_look_ahead(sentence: str, ahead: bool) -> None:
    assert _looks_ahead(sentence) is ahead


@pytest.mark.parametrize("sentence,past", [
    ("今年1—6月，全县重点项目完成投资32.5亿元，为年计划的46%", True),
    ("记者从市发改委获悉，今年1—6月，全市完成投资52亿元", True),
    ("据统计，1-7月，全县新开工项目36个", True),
    ("今年1—6月，力争完成投资52亿元", False),
])
def test_a_period_gone_by_frames_results(sentence: str, past: bool) -> None:
    assert _opens_with_past_year(sentence, date(2023, 8, 10)) is past


# --- VOTES: the counts of a vote or a satisfaction poll
@pytest.mark.parametrize("clause,votes", [
    ("满意95票，基本满意27票", True),
    ("基本满意43票，不满意4票", True),
    ("滿意175票", False),                     # (judged in Simplified: the caller converts)
    ("会议以赞成210票", True),
    ("赞成210票、反对5票、弃权11票通过", True),
    ("同意票为45票", True),
    ("确保满意率达到95%", False),
    ("投票选出10件民生实事", False),
    ("发放消费券10万张", False),
])
def test_vote_counts(clause: str, votes: bool) -> None:
    assert classify.is_votes(clause) is votes


@pytest.mark.parametrize("text,quote,kept", [
    ("测评结果显示，城西公园提升工程，满意180票，基本满意40票，不满意3票；其余另行公布。",
     "城西公园提升工程", False),
    ("測評結果顯示，城西公園提升工程，滿意180票，基本滿意40票，不滿意3票；其餘另行公佈。",
     "城西公園提升工程", False),
    ("今年将实施城西公园提升工程，大会以赞成210票通过。", "实施城西公园提升工程", True),
])
def test_the_work_a_satisfaction_poll_judged(text: str, quote: str, kept: bool) -> None:
    got = [s.quote for s in suggest(text, date(2023, 1, 20)) if s.kind != "indicator"]
    assert any(quote in q for q in got) is kept


# --- STATUS: how many projects reached the year's goal
@pytest.mark.parametrize("clause,status", [
    ("其中8个项目完成年度目标", True),
    ("1个项目基本完成年度目标", True),
    ("1个项目未完成年度目标", True),
    ("2项未完成全年任务", True),
    ("5项提前完成任务", True),                 # (as before)
    ("确保10个项目完成年度目标", False),
    ("10个项目年内完成年度目标", False),       # a bound: the state to reach
    ("8个省重点项目年底前全部完成年度投资计划", False),
])
def test_a_count_that_reached_the_goal_is_a_status(clause: str, status: bool) -> None:
    assert classify.is_status(clause) is status


# --- COUNT_HEADING: a count of the year's projects naming the list under it
@pytest.mark.parametrize("clause,frame", [
    ("这10项民生实事项目", True),
    ("2025年度12大类40件民生实事项目出炉", True),
    ("2021年10项民生实事项目名单正式出炉", True),
    ("五个方面20项民生实事", True),
    ("实施10项民生实事项目", False),
    ("办好12大类40件民生实事", False),
    ("完成10项民生实事项目", False),
    ("县人民代表大会票选出年度十类39件重点民生实事", False),   # an act chose them
    ("确定今年15项民生实事", False),
])
def test_a_count_heading_of_projects(clause: str, frame: bool) -> None:
    assert classify.is_count_frame(clause) is frame

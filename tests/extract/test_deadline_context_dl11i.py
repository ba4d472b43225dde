"""Deadlines from a document's context (issue 11, branch dl11i), table-driven: the year a
news report's opening announces, the document date a title run into its body gives (or
does not), and a plan to draw up that falls due when its paragraph asks for it."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reading import deadline_of
from tracker.extract.deadlines import parse_deadline
from tracker.extract.timing import guess_doc_date




# (text, document date, words of the commitment, deadline wanted)
THIS_YEAR = [
    # 今年 set off by a comma before the year's goals: they fall due at its end
    ("本报讯 今年，我县经济社会发展主要预期目标，地区生产总值增长6%以上，"
     "固定资产投资增长7%以上。\n围绕目标，我县将新开工重点项目120个。",
     date(2025, 2, 10), "地区生产总值增长6%以上", "2025-12-31"),
    ("本报讯 今年，我县经济社会发展主要预期目标，地区生产总值增长6%以上，"
     "固定资产投资增长7%以上。\n围绕目标，我县将新开工重点项目120个。",
     date(2025, 2, 10), "新开工重点项目120个", "2025-12-31"),
    # the same words without the comma were read before; they still are
    ("今年全市主要预期目标：城镇新增就业3万人以上。", date(2026, 1, 20),
     "城镇新增就业3万人以上", "2026-12-31"),
]


@pytest.mark.parametrize(("text", "doc", "words", "iso"), THIS_YEAR,
                         ids=[f"{r[2]}" for r in THIS_YEAR])
def test_the_year_a_report_opens_with(text: str, doc: date, words: str, iso: str) -> None:
    assert deadline_of(text, doc, words) == iso


# (opening of a document without line breaks, the document date guessed)
RUN_IN = [
    # a plan's body run into its first line: its targets' years are not the document's
    ("城镇体系规划第15条 全市总人口2010年控制在300万人以内，2015年在315万人以内，"
     "2020年在340万人以内。第16条 城镇化水平规划近期2010年达到53%，中期2015年达到66%，"
     "远期2020年达到80%，城镇人口控制在272万以内，形成布局合理的城镇体系。", None),
    # a page run into one line that opens with the year's goals: that year
    ("2026年某市经济社会发展的主要预期目标是：地区生产总值增长5%左右，"
     "规模以上工业增加值增长5%，地方一般公共预算收入增长2%，城镇新增就业26万人以上，"
     "居民消费价格涨幅2%左右。", "2026-01-01"),
    # a title on its own line still names its plan's year
    ("某市2024年生态环境保护工作要点\n一、年底前完成10个村的污水治理。", "2024-01-01"),
]


@pytest.mark.parametrize(("text", "iso"), RUN_IN, ids=[r[0][:12] for r in RUN_IN])
def test_document_date_from_a_run_in_title(text: str, iso: str | None) -> None:
    got = guess_doc_date(text)
    assert (got.isoformat() if got else None) == iso


def test_run_in_plan_targets_keep_their_own_years() -> None:
    text = RUN_IN[0][0]
    assert deadline_of(text, None, "近期2010年达到53%") == "2010-12-31"
    assert deadline_of(text, None, "中期2015年达到66%") == "2015-12-31"


NOTICE = ("关于做好重点工作任务分解落实的通知\n"
          "一、高度重视。各牵头单位要会同配合单位制定具体实施方案，明确工作目标、"
          "具体措施和完成时限，实行清单管理。各牵头单位于3月15日前将{doc}报送市政府督查室。\n"
          "二、加强调度。各责任单位要按月报送工作进展情况。")

# (what the paragraph asks to hand in, the plan's deadline wanted)
HAND_IN = [
    ("实施方案", "2025-03-15"),          # the plan itself: due when it is to be handed in
    ("经审定的实施方案", "2025-03-15"),  # words between 将 and the plan
    ("上年工作总结", None),              # another paper: no bound for the plan
]


@pytest.mark.parametrize(("handed", "iso"), HAND_IN, ids=[h for h, _ in HAND_IN])
def test_a_plan_is_due_when_it_is_to_be_handed_in(handed: str, iso: str | None) -> None:
    text = NOTICE.format(doc=handed)
    assert deadline_of(text, date(2025, 2, 20), "制定具体实施方案") == iso


# (opening, document date, words of the commitment, deadline wanted)
PERIOD_OPENING = [
    # a text opened by a five-year period: its measures fall due at the period's end
    ("“十四五”时期，某市林业主动服务全市发展大局。\n主要任务\n"
     "坚持生态优先，谋划实施天然林保护、国家储备林建设和森林城市建设等重大工程。",
     None, "国家储备林建设", "2025-12-31"),
    ("“十五五”期间，全区水利工作以防洪保安为重点。\n重点工作\n"
     "加快实施中小河流治理和病险水库除险加固。", date(2026, 3, 1), "中小河流治理", "2030-12-31"),
    # a period over at the document's date sets nothing (a review of it)
    ("“十三五”时期，全区水利建设成效明显。\n重点工作\n"
     "加快实施中小河流治理和病险水库除险加固。", date(2021, 3, 1), "中小河流治理", None),
]


@pytest.mark.parametrize(("text", "doc", "words", "iso"), PERIOD_OPENING,
                         ids=[r[0][:8] for r in PERIOD_OPENING])
def test_a_text_opened_by_a_five_year_period(text: str, doc: date | None, words: str,
                                            iso: str | None) -> None:
    # the units turned down count too: the deadline is read for every unit, whether the
    # model takes one up (谋划实施…等重大工程, turned down by the clause rules) moves with a refit
    assert deadline_of(text, doc, words, candidates=True) == iso


# (clause, document date, deadline wanted)
CAMPAIGN_YEAR = [
    # the year after 启动 / 开展 names the campaign; the clause's month bounds it
    ("两部门将于5月初启动2018年黑臭水体整治专项行动", date(2018, 4, 18), "2018-05-31"),
    ("市生态环境局于9月底前开展2026年度执法检查", date(2026, 2, 1), "2026-09-30"),
    # the document's date unknown: the month takes the year the clause names
    ("两部门将于5月初启动2018年黑臭水体整治专项行动", None, "2018-05-31"),
    # the campaign's year alone still bounds it
    ("启动2026年黑臭水体整治专项行动", None, "2026-12-31"),
    # a year that bounds (2026年完成…) is no campaign's name: the later bound wins as before
    ("2026年完成10个村治理，2027年6月底前完成其余5个", None, "2027-06-30"),
]


@pytest.mark.parametrize(("clause", "doc", "iso"), CAMPAIGN_YEAR, ids=[c[0] for c in CAMPAIGN_YEAR])
def test_a_year_naming_a_campaign(clause: str, doc: date | None, iso: str) -> None:
    got = parse_deadline(clause, doc)
    assert got is not None and got.date == date.fromisoformat(iso)


PROGRESS = ("目标任务：深入排查黑臭河道，彻底摸清污染源。完善河道保洁机制，完成河道清淤75公里，"
            "建设生态浮岛200个。\n"
            "完成情况：全镇河道清淤182公里，建设人工生态浮岛1368个，分别完成年度目标任务的243%、684%。")

# (document date, deadline wanted for the target without time words)
REPORTED = [
    (date(2015, 1, 27), "2014-12-31"),  # reported early in the next year: last year's targets
    (date(2014, 7, 22), None),          # reported within the year: no year stated for them
]


@pytest.mark.parametrize(("doc", "iso"), REPORTED, ids=[d.isoformat() for d, _ in REPORTED])
def test_a_progress_reports_targets_set_the_year_before(doc: date, iso: str | None) -> None:
    assert deadline_of(PROGRESS, doc, "完成河道清淤75公里") == iso

"""Recall of core commitments on unseen text (issue 11, helper 11j): goals stated with
words of change (同比增长7%) under a heading or a label that names them as goals are
targets, not results; the same words in a report of results stay results."""

from datetime import date

import pytest

from tracker.extract.pipeline import suggest


def _kinds(text: str, when: date) -> dict[str, str]:
    return {s.quote: s.kind for s in suggest(text, when, rules_only=True)}


# (document, its date, a quote, the kind it must have)
GOALS = [
    # an undated heading naming the goals, in a plan whose title sets the year
    ("某县2025年国民经济和社会发展计划\n一、总体要求\n做好全年工作意义重大。\n"
     "二、经济社会发展预期目标\n"
     "地区生产总值同比增长6%以上，固定资产投资同比增长8%以上，社会消费品零售总额同比增长7%以上。\n",
     date(2025, 3, 20), "固定资产投资同比增长8%以上", "target"),
    ("某市2026年国民经济和社会发展计划\n（一）主要目标\n"
     "规模以上工业增加值同比增长9%，一般公共预算收入同比增长5%。\n",
     date(2026, 2, 10), "一般公共预算收入同比增长5%", "target"),
    # a sentence that opens by naming the goals, the year in the sentence before
    ("2026年，我们将坚持稳中求进。预期目标是，地区生产总值同比增长6%，"
     "城镇调查失业率控制在5.5%以内。\n",
     date(2026, 1, 15), "地区生产总值同比增长6%", "target"),
    ("今年全区主要目标：外贸进出口同比增长4%，实际使用外资同比增长3%。\n",
     date(2026, 1, 20), "实际使用外资同比增长3%", "target"),
]

RESULTS = [
    # the same words of change reporting a year that is over
    ("2025年，全县地区生产总值同比增长6.2%，固定资产投资同比增长8.5%。\n",
     date(2026, 1, 20), "固定资产投资同比增长8.5%", "indicator"),
    # a heading over results (完成情况), not goals
    ("一、2025年主要目标完成情况\n"
     "地区生产总值同比增长6.1%，社会消费品零售总额同比增长7.3%。\n",
     date(2026, 1, 20), "社会消费品零售总额同比增长7.3%", "indicator"),
]


@pytest.mark.parametrize(("text", "when", "quote", "kind"), GOALS + RESULTS)
def test_goals_are_targets_and_results_stay_results(text, when, quote, kind):
    kinds = _kinds(text, when)
    assert kinds.get(quote) == kind, kinds


def test_a_goal_label_takes_the_year_of_its_paragraph():
    text = "2026年，我们将坚持稳中求进。预期目标是，地区生产总值同比增长6%，居民收入同比增长6%。\n"
    (sug,) = [s for s in suggest(text, date(2026, 1, 15), rules_only=True)
              if s.quote == "居民收入同比增长6%"]
    assert sug.deadline is not None and sug.deadline.date == date(2026, 12, 31)


CLOSEOUT = ("某区关于环保督察整改任务完成情况的公示\n"
            "现将已完成整改任务的有关情况予以公示。\n"
            "一、整改任务：某河流域水质不达标问题。\n"
            "整改目标：2023年底前某河出境断面水质稳定达到Ⅲ类。\n"
            "责任单位：区水务局\n"
            "整改完成情况：已完成。2023年某河出境断面水质均值达到Ⅲ类标准。\n")


def test_a_labelled_target_of_a_closeout_notice_is_a_commitment():
    # the notice reports how far the targets were met; the target itself was set before
    out = suggest(CLOSEOUT, date(2024, 3, 1), rules_only=True)
    commits = [s for s in out if s.kind != "indicator"]
    assert [s.quote for s in commits] == ["2023年底前某河出境断面水质稳定达到Ⅲ类"]
    (sug,) = commits
    assert sug.deadline is not None and sug.deadline.date == date(2023, 12, 31)
    # the progress reported stays a result
    assert not any("均值" in s.quote for s in commits)


@pytest.mark.parametrize("label", ["目标任务：", "年度目标：", "工作目标："])
def test_a_goal_label_in_a_progress_report_states_the_target(label):
    text = ("某镇2024年重点工作推进情况\n"
            f"{label}新建村级污水处理站12座。\n"
            "进展情况：已建成9座，其余3座正在施工。\n")
    kinds = _kinds(text, date(2024, 10, 15))
    assert kinds.get("新建村级污水处理站12座") == "target", kinds


NEWS_OF_A_PLAN = ("截至2023年底已完成整改800项（副题）\n"
                  "近日，某省公开了第三轮生态环境保护督察整改方案。截至2023年底，已完成整改800项。\n"
                  "在此次公布的整改方案中，某省提出，推动钢铁行业企业超低排放改造，"
                  "全面淘汰35蒸吨以下燃煤锅炉。\n"
                  "去年，该省提出了多项整治措施，整治河道50条。\n")


def test_what_a_plan_sets_is_a_commitment_in_a_report_of_progress():
    kinds = _kinds(NEWS_OF_A_PLAN, date(2024, 2, 15))
    assert kinds.get("推动钢铁行业企业超低排放改造") in ("deliverable", "duty", "target"), kinds
    assert kinds.get("全面淘汰35蒸吨以下燃煤锅炉") not in (None, "indicator"), kinds
    # what was done, and what was proposed before (提出了), stay results
    assert kinds.get("已完成整改800项") in (None, "indicator")
    assert kinds.get("整治河道50条") in (None, "indicator")


def test_a_goal_label_runs_on_to_the_end_of_its_paragraph():
    text = ("2025年是“十四五”规划收官之年，做好今年工作意义重大。"
            "今年工作的总体目标是：PM2.5平均浓度控制在30微克/立方米以内。"
            "固体废物污染防治能力显著增强。"
            "化学需氧量、氨氮重点工程累计减排量分别不低于800吨、60吨。\n"
            "2024年，全区重点工程累计减排化学需氧量900吨。\n")
    kinds = _kinds(text, date(2025, 3, 10))
    assert kinds.get("化学需氧量、氨氮重点工程累计减排量分别不低于800吨、60吨") == "target", kinds
    # the next paragraph reports a year gone by
    assert kinds.get("全区重点工程累计减排化学需氧量900吨") in (None, "indicator"), kinds


@pytest.mark.parametrize(("clause", "past"), [
    ("固定资产投资与上年度持平", False),
    ("粮食产量同上年基本持平", False),
    ("上年完成固定资产投资120亿元", True),
    ("去年新建公园5个", True),
])
def test_a_level_held_against_last_year_is_no_report_of_it(clause, past):
    # under goals only the words that report the past wherever they stand count; 与上年 /
    # 同上年 compare with last year, they do not report it
    from tracker.extract import classify

    assert classify.looks_past(clause, ahead=True) is past


@pytest.mark.parametrize(("clause", "kind"), [
    # a single clause, as it stands in a cell or a list, with no document around it
    ("一般公共预算收入同比增长5%左右", "target"),
    ("重点工程累计减排量不低于800吨", "target"),
    # (standing alone, 同比增长7.2% / 累计完成…8000万平方米 are read as set: a cell or list
    # item has no report around it, and the corpus's gold reads such items as targets)
    ("已完成投资同比增长6%左右", "indicator"),
])
def test_a_change_against_last_year_given_as_a_round_aim_is_a_target(clause, kind):
    kinds = {s.quote: s.kind for s in suggest(clause, None, rules_only=True)}
    assert kinds.get(clause) == kind, kinds

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

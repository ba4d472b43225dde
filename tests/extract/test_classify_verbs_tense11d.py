"""Verbs of checkable measures the clause rules know: a clause opening with one (打通X /
办好X / 共建X / 引进X) or ending in a delivery (…全面普及) is a commitment; the same
words in a report of results are not. Invented sentences."""

from __future__ import annotations

import pytest

from tracker.extract import classify

MEASURES = [
    "打通连接两区的滨江快速路",
    "办好第十届全省运动会",
    "共建长三角产业技术研究院",
    "引进国内外知名赛事17场以上",
    "城乡学前教育全面普及",
]


@pytest.mark.parametrize("clause", MEASURES)
def test_the_verb_makes_a_commitment(clause):
    assert classify.judge(clause, has_target=any(c.isdigit() for c in clause)).kind is not None


@pytest.mark.parametrize("clause", MEASURES)
def test_in_a_report_of_results_it_is_no_commitment(clause):
    assert classify.judge(clause, past_context=True).kind in (None, "indicator")

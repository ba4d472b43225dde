"""Deadlines on unseen text (issue 11, branch dl11l), table-driven with generic sentences:
the period a document sets for targets without time words of their own (a work report's
list of tasks published after its year), and words that name a plan's period rather than
a bound."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract import suggest


def _deadline_of(text: str, doc: date | None, words: str) -> str | None:
    found = [s for s in suggest(text, doc) if words in s.quote]
    assert found, f"nothing suggested for {words!r}"
    d = found[0].deadline
    return d.date.isoformat() if d is not None and d.date is not None else None


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

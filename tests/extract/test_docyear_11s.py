"""A report of progress over part of a year is dated within that year (session 11s): the end
of the part it covers, when a page reposting it carries a later date or nothing dates it
(tracker.domain.periods, read by ingest/metadata.guess_date and extract/timing.guess_doc_date)."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.domain.periods import reported_part_end
from tracker.extract.timing import guess_doc_date
from tracker.ingest.metadata import guess_date


@pytest.mark.parametrize("head, want", [
    ("关于2016年市《政府工作报告》确定的 指标任务三季度的落实情况", date(2016, 9, 30)),
    ("黔东南州2023年度十件民生实事1-3月推进情况", date(2023, 3, 31)),
    ("2020年重点工作上半年推进情况", date(2020, 6, 30)),
    ("关于2018年民生实事项目第一季度进展情况的通报", date(2018, 3, 31)),
    ("2019年重点工作前三季度完成情况", date(2019, 9, 30)),
    ("2024年1—11月全县重点项目进展情况", date(2024, 11, 30)),
    ("2022年一至五月份重点项目建设推进情况", date(2022, 5, 31)),
    # the whole year, its last quarter, a plan or a summary: no part of a year reported
    ("2021年政府工作报告重点任务完成情况", None),
    ("2019年第四季度进展情况", None),
    ("2023年一季度工作要点", None),
    ("2023年上半年工作总结和下半年工作打算", None),
])
def test_the_part_of_a_year_a_report_covers(head, want) -> None:
    assert reported_part_end(head) == want


@pytest.mark.parametrize("byline, want", [
    ("发布时间:2017/9/9 13:23:00 来源:", date(2016, 9, 30)),   # a repost a year later
    ("时间：2016-10-12", date(2016, 10, 12)),                  # within the year: the byline
    ("", date(2016, 9, 30)),                                   # nothing else dates it
])
def test_a_report_reposted_later_is_dated_within_its_year(byline, want) -> None:
    title = "关于2016年市《政府工作报告》确定的指标任务三季度的落实情况"
    body = "下一步，将于年底前完成新区供电线路工程建设。"
    lines = [title, byline, body] if byline else [title, body]
    assert guess_date(lines, [title, body], title, None) == want
    assert guess_doc_date("\n".join(lines)) == want

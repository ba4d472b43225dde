"""The document's own date, not an earlier event it recounts: a period that opens the lede,
a lede's date long before the byline, a month-day whose year is the one after a year under
review; and, when nothing dates the text, the year it says it stands in or its file
number's year."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract.timing import guess_doc_date
from tracker.ingest.metadata import guess_metadata
from tracker.ingest.normalise import tidy_lines

CASES = [
    ("a period that opens the lede recounts an inspection",
     "关于巡察整改情况的通报\n成文日期：2023-05-04\n2022年9月16日至10月18日，区委巡察组对局党组进行了巡察。"
     "现将整改情况通报如下。", date(2023, 5, 4)),
    ("a lede's date long before the byline is an earlier event",
     "整改方案\n2021-06-25 16:57 来源：市生态环境局\n2020年10月23日，省督察组进驻我市开展督察。",
     date(2021, 6, 25)),
    ("a lede's date just before the byline is the event",
     "某市会议召开\n发布时间：2026-02-12\n2月10日，全市会议召开。", date(2026, 2, 10)),
    ("a month-day after a year under review is in the year after it",
     "省发展改革委作计划报告\n2月5日，省发展和改革委员会向省人民代表大会作《关于2025年国民经济和社会发展计划"
     "执行情况与2026年计划草案的报告》。", date(2026, 2, 5)),
    ("an annual environment report is heard the year after",
     "市人大常委会会议召开\n6月28日，市六届人大常委会第十一次会议召开。会议听取市人民政府关于2022年度"
     "环境状况和环境保护目标完成情况的报告。", date(2023, 6, 28)),
]


@pytest.mark.parametrize(("what", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_document_date(what, text, expected):
    assert guess_metadata(tidy_lines(text)).doc_date == expected, what


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("本报讯 2026年是“十五五”开局之年。今年，海口市将重点做好以下工作。", 2026),
        ("市长在报告中说，今年是“十五五”开局起步之年。", 2026),
        ("作为经济大省，江苏在“十四五”规划收官之年如何挑起大梁？", 2025),
        ("2025年工作回顾\n2025年是“十四五”收官之年。我们坚持稳中求进。", 2026),  # the review of last year
        ("许政〔2020〕20号\n各县（市、区）人民政府：\n现将重点工作任务予以分解。", 2020),
    ],
)
def test_the_year_a_text_stands_in(text, year):
    assert guess_doc_date(text) == date(year, 1, 1)


def test_a_cited_file_number_is_not_the_texts():
    text = "为落实《国务院关于印发打赢蓝天保卫战三年行动计划的通知》（国发〔2018〕22号）要求，制定本方案。\n"
    assert guess_doc_date(text) is None

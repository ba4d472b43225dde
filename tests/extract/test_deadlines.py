"""Time words → last day allowed (shared/docs/commitments.md, “Reading dates”)."""

from datetime import date

import pytest

from tracker.domain import Deadline, Precision
from tracker.extract.deadlines import (
    find_deadlines,
    is_review_heading,
    parse_deadline,
    section_period,
)

DOC = date(2024, 3, 5)
Y, Q, M, D = Precision.YEAR, Precision.QUARTER, Precision.MONTH, Precision.DAY

# (clause, time words expected, ISO date or None, precision, relative)
CASES = [
    ("2025年12月31日前完成整改", "2025年12月31日前", "2025-12-31", D, False),
    ("于2025年6月30日完成", "于2025年6月30日", "2025-06-30", D, False),
    ("截止日期2025-06-30", "2025-06-30", "2025-06-30", D, False),
    ("2025.6.30前报送", "2025.6.30前", "2025-06-30", D, False),
    ("2025/12/1前", "2025/12/1前", "2025-12-01", D, False),
    ("2025年6月完成验收", "2025年6月", "2025-06-30", M, False),
    ("2025年2月底前", "2025年2月底前", "2025-02-28", M, False),
    ("2024年2月底前", "2024年2月底前", "2024-02-29", M, False),
    ("2025年6月上旬", "2025年6月上旬", "2025-06-10", D, False),
    ("6月底前建成", "6月底前", "2024-06-30", M, True),
    ("全年完成造林10万亩", "全年", "2024-12-31", Y, True),
    ("二季度末前建成投用", "二季度末前", "2024-06-30", Q, True),
    ("9月14日前上报", "9月14日前", "2024-09-14", D, True),
    ("10月底前完成", "10月底前", "2024-10-31", M, True),
    ("于十二月底前", "于十二月底前", "2024-12-31", M, True),
    ("到2025年基本消除", "到2025年", "2025-12-31", Y, False),
    ("2025年建成", "2025年", "2025-12-31", Y, False),
    ("2025年前完成", "2025年前", "2025-12-31", Y, False),
    ("2025年底前完成", "2025年底前", "2025-12-31", Y, False),
    ("2025年末达到", "2025年末", "2025-12-31", Y, False),
    ("2025年以前", "2025年以前", "2025-12-31", Y, False),
    ("到2035年，美丽中国目标基本实现", "到2035年", "2035-12-31", Y, False),
    ("二〇二五年底前", "二〇二五年底前", "2025-12-31", Y, False),
    ("２０２５年底前", "２０２５年底前", "2025-12-31", Y, False),
    ("年底前全部完成", "年底前", "2024-12-31", Y, True),
    ("年内建成", "年内", "2024-12-31", Y, True),
    ("今年要完成", "今年", "2024-12-31", Y, True),
    ("今年底前完成", "今年底前", "2024-12-31", Y, True),
    ("本年度完成", "本年度", "2024-12-31", Y, True),
    ("明年投入使用", "明年", "2025-12-31", Y, True),
    ("明年底前", "明年底前", "2025-12-31", Y, True),
    ("上半年完成", "上半年", "2024-06-30", Q, True),
    ("下半年开工", "下半年", "2024-12-31", Q, True),
    ("今年上半年", "今年上半年", "2024-06-30", Q, True),
    ("2025年上半年", "2025年上半年", "2025-06-30", Q, False),
    ("一季度完成", "一季度", "2024-03-31", Q, True),
    ("第一季度", "第一季度", "2024-03-31", Q, True),
    ("1季度", "1季度", "2024-03-31", Q, True),
    ("二季度末", "二季度末", "2024-06-30", Q, True),
    ("三季度前", "三季度前", "2024-09-30", Q, True),
    ("四季度", "四季度", "2024-12-31", Q, True),
    ("2025年第二季度末", "2025年第二季度末", "2025-06-30", Q, False),
    ("三年内完成", "三年内", "2027-03-05", D, True),
    ("通过三年努力", "通过三年努力", "2027-03-05", D, True),
    ("用3年时间", "用3年时间", "2027-03-05", D, True),
    ("力争用两年左右时间", "力争用两年左右时间", "2026-03-05", D, True),
    ("6个月内整改到位", "6个月内", "2024-09-05", D, True),
    ("半年内", "半年内", "2024-09-05", D, True),
    ("30日内", "30日内", "2024-04-04", D, True),
    ("2025—2027年行动计划", "2025—2027年", "2027-12-31", Y, False),
    ("2025-2027年", "2025-2027年", "2027-12-31", Y, False),
    ("2025至2027年", "2025至2027年", "2027-12-31", Y, False),
    ("2025年至2027年", "2025年至2027年", "2027-12-31", Y, False),
    ("“十四五”期间", "“十四五”期间", "2025-12-31", Y, False),
    ("十四五末", "十四五末", "2025-12-31", Y, False),
    ("“十五五”时期", "“十五五”时期", "2030-12-31", Y, False),
    ("\"十六五\"内", "\"十六五\"内", "2035-12-31", Y, False),
    ("如期完成", "如期", None, None, False),
    ("按期整改到位", "按期", None, None, False),
    ("限期整改", "限期", None, None, False),
    ("本决定自公布之日起施行", "自公布之日起", None, None, False),
    ("整改时限：立行立改", "立行立改", None, None, False),
    ("整改时限：长期坚持", "长期坚持", None, None, False),
    # a span of years ahead counts from the document's day, as 三年内 does (a 2024 document
    # opens no five-year plan's period)
    ("今后五年", "今后五年", "2029-03-05", D, True),
    ("未来五年", "未来五年", "2029-03-05", D, True),
    ("未来三年", "未来三年", "2027-03-05", D, True),
    ("未来3年内", "未来3年内", "2027-03-05", D, True),
    ("到本世纪中叶", "到本世纪中叶", "2050-12-31", Y, False),
    ("十月一日前", "十月一日前", "2024-10-01", D, True),
]


@pytest.mark.parametrize(("clause", "words", "iso", "precision", "relative"), CASES)
def test_find_deadlines_table(clause, words, iso, precision, relative) -> None:
    found = find_deadlines(clause, DOC)
    assert len(found) == 1, found
    match = found[0]
    assert match.text == words
    assert clause[match.start:match.end] == words
    assert (match.date.isoformat() if match.date else None) == iso
    assert match.precision == precision
    assert match.relative is relative
    assert match.past is False


@pytest.mark.parametrize(
    ("clause", "words"),
    [
        ("2023年以来，全市优良天数持续增加", "2023年以来"),
        ("去年完成造林10万亩", "去年"),
        ("比上年下降2%", "上年"),
        ("2022年优良天数比例达到93.5%", "2022年"),
        ("截至2023年底，累计建成", "截至2023年底"),
        ("“十三五”以来", "“十三五”以来"),
        ("“十三五”期间", "“十三五”期间"),
    ],
)
def test_past_dates_are_found_and_flagged(clause: str, words: str) -> None:
    [match] = find_deadlines(clause, DOC)
    assert match.text == words
    assert match.past is True


@pytest.mark.parametrize(
    "clause",
    ["实施三年行动计划", "2025年起施行", "从2025年开始", "第3名", "增长5%", "每年开展一次",
     "格局", "6月", "2025年2月30日", "开展安全年度检查", "健全年度考核制度"],
)
def test_not_a_deadline(clause: str) -> None:
    assert find_deadlines(clause, DOC) == []


def test_year_before_other_quarters_only_takes_the_year() -> None:
    [match] = find_deadlines("2025年前三季度", DOC)
    assert match.text == "2025年"


def test_relative_words_without_document_date_have_no_date() -> None:
    [match] = find_deadlines("年底前完成", None)
    assert (match.text, match.date, match.precision, match.relative) == ("年底前", None, None, True)


def test_offsets_survive_astral_characters() -> None:
    text = "𠮷𠮷到2025年底前完成"
    [match] = find_deadlines(text, DOC)
    assert text[match.start:match.end] == "到2025年底前"


def test_parse_deadline_takes_latest_forward_bound() -> None:
    clause = "2023年以来持续推进，2025年底前完成一期，2027年6月底前全面建成"
    assert parse_deadline(clause, DOC) == Deadline("2027年6月底前", date(2027, 6, 30), M)


def test_parse_deadline_falls_back_to_undated_words() -> None:
    assert parse_deadline("确保如期整改到位", DOC) == Deadline("如期", None, None)


def test_parse_deadline_ignores_past_only() -> None:
    assert parse_deadline("2022年优良天数比例达到93.5%", DOC) is None
    assert parse_deadline("加强生态环境保护", DOC) is None


@pytest.mark.parametrize(
    ("heading", "iso"),
    [
        ("今年工作安排", "2024-12-31"),
        ("2026年工作安排", "2026-12-31"),
        ("二、2024年重点工作", "2024-12-31"),
        ("“十五五”时期主要目标", "2030-12-31"),
        ("“十四五”时期经济社会发展主要目标", "2025-12-31"),
        ("到2035年远景目标", "2035-12-31"),
        ("一、过去一年工作回顾", "2023-12-31"),
        ("2023年工作回顾", "2023-12-31"),
        ("过去五年的工作", "2023-12-31"),
    ],
)
def test_section_period(heading: str, iso: str) -> None:
    period = section_period(heading, DOC)
    assert period is not None
    assert period.date == date.fromisoformat(iso)
    assert period.precision == Y


def test_section_without_period() -> None:
    assert section_period("主要任务", DOC) is None


@pytest.mark.parametrize(
    ("heading", "review"),
    [("过去一年工作回顾", True), ("2023年工作回顾", True), ("主要工作成效", True),
     ("今年工作安排", False), ("“十五五”时期主要目标", False), ("重点任务", False)],
)
def test_is_review_heading(heading: str, review: bool) -> None:
    assert is_review_heading(heading) is review


# 未来五年 / 今后五年: the five-year plan's period when the document's year opens one (a 2026
# report, a 2006 plan: the gold of D_06 and D_18), else five years from the document's day
# (a 2023 implementation plan: K_13), as 三年内 / 通过三年努力 count (definition page)
@pytest.mark.parametrize(("words", "doc", "iso", "precision"), [
    ("今后五年", date(2026, 1, 21), "2030-12-31", Y),
    ("未来五年", date(2006, 1, 15), "2010-12-31", Y),
    ("未來五年", date(2021, 2, 1), "2025-12-31", Y),
    ("未来五年", date(2023, 7, 11), "2028-07-11", D),
    ("今后五年", date(2025, 3, 1), "2030-03-01", D),
    ("今后三年", date(2026, 1, 21), "2029-01-21", D),
    ("未来两年", date(2024, 6, 30), "2026-06-30", D),
])
def test_a_span_of_years_ahead(words: str, doc: date, iso: str, precision: Precision) -> None:
    found = find_deadlines(f"{words}，全市新建学校20所", doc)
    assert [(m.date.isoformat() if m.date else None, m.precision) for m in found[:1]] == [(iso, precision)]

"""Small readers: deadline words, status/kind words, lists, values, formula guard."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.domain import Comparator, Kind, Precision, Status
from tracker.export.cells import guard_formula, parse_value, split_list, unguard_formula
from tracker.export.dates import DateTextError, ends_period, parse_date_text
from tracker.export.labels import COMPARATOR, KIND, STATUS
from tracker.export.rows import LedgerRow, target_text

D, M, Q, Y = Precision.DAY, Precision.MONTH, Precision.QUARTER, Precision.YEAR


@pytest.mark.parametrize(("text", "expected"), [
    ("2025-12-31", (date(2025, 12, 31), D)),
    ("2025/12/31", (date(2025, 12, 31), D)),
    ("2025.3.5", (date(2025, 3, 5), D)),
    ("2025年12月31日前", (date(2025, 12, 31), D)),
    ("２０２５年６月３０日", (date(2025, 6, 30), D)),
    ("2025年底前", (date(2025, 12, 31), Y)),
    ("2025年年底", (date(2025, 12, 31), Y)),
    ("到2035年", (date(2035, 12, 31), Y)),
    ("2025年6月底", (date(2025, 6, 30), M)),
    ("2024年2月", (date(2024, 2, 29), M)),
    ("二〇二五年六月底前", (date(2025, 6, 30), M)),
    ("2025年一季度", (date(2025, 3, 31), Q)),
    ("2025年第3季度", (date(2025, 9, 30), Q)),
    ("2025年上半年", (date(2025, 6, 30), Q)),
    ("“十四五”期间", (date(2025, 12, 31), Y)),
    ("十五五末", (date(2030, 12, 31), Y)),
    ("2024年启动，2025年底前全面完成", (date(2025, 12, 31), Y)),
    ("长期坚持", (None, None)),
    ("如期完成", (None, None)),
])
def test_deadline_words(text, expected):
    assert parse_date_text(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("年底前", (date(2026, 12, 31), Y)),
    ("6月30日前", (date(2026, 6, 30), D)),
    ("9月底", (date(2026, 9, 30), M)),
    ("三季度", (date(2026, 9, 30), Q)),
    ("下半年", (date(2026, 12, 31), Q)),
])
def test_deadline_words_take_the_default_year(text, expected):
    assert parse_date_text(text, default_year=2026) == expected


@pytest.mark.parametrize(("text", "reason"), [
    ("尽快", "is not a date"),
    ("2025年2月30日", "is not a real date"),
    ("2025年13月", "is not a real date"),
    ("年底前", "has no year"),
])
def test_unreadable_deadline_words(text, reason):
    with pytest.raises(DateTextError, match=reason):
        parse_date_text(text)


@pytest.mark.parametrize(("word", "status"), [
    ("已完成", Status.ACHIEVED), ("完成", Status.ACHIEVED), ("achieved", Status.ACHIEVED),
    ("推进中", Status.ON_TRACK), ("正在推进", Status.ON_TRACK), ("序时推进", Status.ON_TRACK),
    ("On track", Status.ON_TRACK), ("未完成", Status.MISSED), ("逾期", Status.MISSED),
    ("逾期未完成", Status.MISSED), ("未开始", Status.NOT_STARTED), ("未启动", Status.NOT_STARTED),
    ("滞后", Status.AT_RISK), ("存在风险", Status.AT_RISK), ("已被替代", Status.SUPERSEDED),
    ("情况不明", Status.UNKNOWN), ("已完成，3月通过验收", Status.ACHIEVED),
    ("未完成。原因：资金未到位", Status.MISSED),
])
def test_status_words(word, status):
    assert STATUS.parse(word) is status


def test_unknown_words_and_labels():
    assert STATUS.parse("完成时限待定") is None
    assert STATUS.parse("还行") is None
    assert [STATUS.label(s, "zh") for s in Status] == [
        "未启动", "正常推进", "存在风险", "已完成", "逾期未完成", "已被替代", "情况不明"]
    assert [KIND.label(k, "zh") for k in Kind] == ["目标", "时限", "任务", "职责"]
    assert KIND.parse("deliverable") is Kind.DELIVERABLE and KIND.parse("任务") is Kind.DELIVERABLE
    assert COMPARATOR.parse(">=") is Comparator.GE and COMPARATOR.parse("不超过") is Comparator.LE


def test_lists_values_and_guard():
    assert split_list("甲；乙;丙、丁,戊，己；") == ["甲", "乙", "丙", "丁", "戊", "己"]
    assert parse_value("80") == 80.0 and parse_value("-5--3") == (-5.0, -3.0)
    assert parse_value("5%—5.5%") == (5.0, 5.5) and parse_value("3至5") == (3.0, 5.0)
    with pytest.raises(ValueError):
        parse_value("八成")
    for text in ("=1+1", "'=1", "''@x", "'plain", "plain", "\r\n"):
        guarded = guard_formula(text)
        assert not guarded.startswith(("=", "+", "-", "@", "\t", "\r"))
        assert unguard_formula(guarded) == text
    for value in ("-", "-159", "+5", "-1.5e3", "-5%"):  # values, not formulas: unchanged
        assert guard_formula(value) == value and unguard_formula(value) == value


@pytest.mark.parametrize(("fields", "zh", "en"), [
    (dict(metric="优良水体比例", comparator=Comparator.GE, value=80.0, unit="%"),
     "优良水体比例 ≥ 80%", "优良水体比例 ≥ 80%"),
    (dict(metric="PM2.5浓度", comparator=Comparator.DECREASE, value=10.0, unit="%"),
     "PM2.5浓度 下降 10%", "PM2.5浓度 down 10%"),
    (dict(metric="散煤", comparator=Comparator.ZERO), "散煤 清零", "散煤 to zero"),
    (dict(metric="经济增长", comparator=Comparator.EQ, value=(5.0, 5.5), unit="%"),
     "经济增长 = 5–5.5%", "经济增长 = 5–5.5%"),
    (dict(), "", ""),
])
def test_target_text(fields, zh, en):
    row = LedgerRow(uuid=None, quote="q", **fields)
    assert target_text(row) == zh and target_text(row, "en") == en


@pytest.mark.parametrize(("day", "precision", "expected"), [
    (date(2025, 12, 31), Y, True), (date(2025, 6, 30), Y, False),
    (date(2025, 6, 30), Q, True), (date(2025, 5, 31), Q, False),
    (date(2024, 2, 29), M, True), (date(2024, 2, 28), M, False), (date(2024, 2, 3), D, True),
])
def test_ends_period(day, precision, expected):
    assert ends_period(day, precision) is expected


def test_a_list_item_is_quoted_exactly_when_it_needs_to_be() -> None:
    """The one-search test of a list item agrees with its definition (a separator, a quote,
    white space at either end as str.strip sees it, or nothing at all) for every code
    point up to U+3000 (the last white space one) alone, before and after a word."""
    from tracker.export.cells import _list_item, join_list

    def needs_quotes(item: str) -> bool:
        return (any(ch in "；;、,，" or ch == '"' for ch in item)
                or item != item.strip() or not item)

    quoted = 0
    for code in range(0x3001):
        ch = chr(code)
        if 0xD800 <= code <= 0xDFFF:
            continue
        for item in (ch, f"甲{ch}", f"{ch}乙", f"甲{ch}乙"):
            want = needs_quotes(item)
            assert (_list_item(item) != item) == want, item
            quoted += want
    assert quoted > 90   # white space (25 code points) and separators (6) were met
    assert join_list(["省生态环境厅", " 省水利厅", "甲，乙", 'A"B', ""]) == \
        '省生态环境厅；" 省水利厅"；"甲，乙"；"A""B"；""'
    assert split_list(join_list(["省生态环境厅", " 省水利厅", "甲，乙"])) == \
        ["省生态环境厅", " 省水利厅", "甲，乙"]

"""Patterns screened by the characters their matches begin with (screen.py) find what the
whole pattern finds, at the same places; a pattern whose first characters cannot be told
is left as it is."""

from __future__ import annotations

import re

import pytest

from tracker.extract import classify, deadlines
from tracker.extract.screen import first_chars, screened


def _unscreened(rx: re.Pattern[str]) -> re.Pattern[str]:
    assert rx.pattern.startswith("(?=[")
    return re.compile(rx.pattern.split("])(?:", 1)[1][:-1], rx.flags)


FIRST = [
    (r"(?:到|至)?本|(?<![0-9])[12]x|第?[一二]", {"到", "至", "本", "1", "2", "第", "一", "二"}),
    (r"“?放管服”?改革|(?:健全|建立)长效机制", {"“", "放", "健", "建"}),
    (r"^(?:我们)?要", {"我", "要"}),
    (r"\d+年", None),       # a class of its own kind: not told
    (r".{0,4}完成", None),  # any character
    (r"(?:完成)?", None),   # may match empty
    (r"abc", {"a"}),
]


@pytest.mark.parametrize(("pattern", "chars"), FIRST)
def test_the_first_characters_of_a_pattern(pattern, chars):
    assert first_chars(pattern) == (frozenset(chars) if chars is not None else None)


def test_a_case_blind_pattern_is_left_as_it_is():
    rx = re.compile(r"(?:x|y)z", re.IGNORECASE)
    assert screened(rx) is rx


def test_a_pattern_the_engine_skips_through_itself_is_left_as_it_is():
    rx = re.compile(r"推进|推动|加强")
    assert screened(rx) is rx


TIME_WORDS = ["到2025年底前完成", "“十四五”期间", "第十四个五年规划期间", "今年底前", "通过三年努力",
              "如期完成", "到本世纪中叶", "2025-06-30前", "9月14日前", "年底前", "半年内",
              "全市2026年6月底前完成120个村整治，明年上半年验收"]


@pytest.mark.parametrize("text", TIME_WORDS)
def test_the_screened_scan_for_time_words_finds_what_the_whole_pattern_finds(text):
    whole = _unscreened(deadlines._MASTER)
    assert [m.span() for m in deadlines._MASTER.finditer(text)] \
        == [m.span() for m in whole.finditer(text)] != []


@pytest.mark.parametrize("text", ["牢固树立“放管服”改革理念", "加强组织领导，压实主体责任", "完成10座污水处理厂提标改造"])
def test_the_screened_vague_words_find_what_the_whole_pattern_finds(text):
    whole = _unscreened(classify.VAGUE)
    assert [m.span() for m in classify.VAGUE.finditer(text)] == [m.span() for m in whole.finditer(text)]


@pytest.mark.parametrize("text", ["完成3个", "完成٣个", "２０２５年", "年份", "a\tb", "无数字"])
def test_a_digit_class_first_is_kept_in_the_look_ahead(text):
    rx = screened(r"\d+[个年]|[年月]份|\s+b")
    assert rx.pattern.startswith("(?=[") and r"\d" in rx.pattern and r"\s" in rx.pattern
    whole = _unscreened(rx)
    assert [m.span() for m in rx.finditer(text)] == [m.span() for m in whole.finditer(text)]


def test_first_chars_still_tells_no_class_of_its_own_kind():
    assert first_chars(r"\d+年|[年月]份") is None

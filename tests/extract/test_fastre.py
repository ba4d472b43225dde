"""compile_fast: the same matches as re.compile, with a first-character lookahead."""

import re

import pytest

from tracker.extract import classify, deadlines
from tracker.extract.fastre import compile_fast

TEXTS = ["深入学习贯彻习近平生态文明思想", "建成10个污水处理厂", "到2025年全面消除劣Ⅴ类水体",
         "市生态环境局要牵头建立整改工作调度机制", "同比下降1微克", "ＰＭ２.５平均浓度３０微克", ""]


@pytest.mark.parametrize("pattern", [
    r"思想|精神|理念", r"(?:健全|建立)长效机制|\d", r"(?<!生态)系统(?!推进)|台账",
    r"[甲乙]丙|丁+", r"a?b", r"(?:要|将)?建成", r"^建成|消除$", r"(?P<x>(?:到|至)?)2025年",
    r"(?:要|)建成|(消除)?劣",
])
def test_same_matches_as_plain_re(pattern):
    fast, plain = compile_fast(pattern), re.compile(pattern)
    for text in TEXTS:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_a_lookahead_is_added_only_when_the_first_characters_are_known():
    assert compile_fast(r"思想|精神").pattern.startswith("(?=[")
    assert compile_fast(r"a?b").pattern.startswith("(?=[")       # a or b
    assert compile_fast(r".{0,3}建成").pattern == r".{0,3}建成"    # anything may start it
    assert compile_fast(r"\w+局").pattern == r"\w+局"


def test_a_group_that_may_be_empty_takes_in_what_follows_it():
    assert compile_fast(r"(?:到|至)?2025").pattern.startswith("(?=[2到至])")
    assert compile_fast(r"(?:要|)建成").pattern.startswith("(?=[建要])")


def test_the_deadline_scan_is_searched_fast():
    assert deadlines._MASTER.pattern.startswith("(?=[")


def test_the_classifier_word_lists_are_searched_fast():
    for pattern in (classify.VAGUE, classify.CONCRETE, classify.LOGISTICS, classify.PAST):
        assert pattern.pattern.startswith("(?=[")

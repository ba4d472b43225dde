"""Units of text by layout (issue 11, helper 11j): a PDF's text that gives the full stop
as an ASCII period between words is cut into sentences there; numbers, item markers,
web addresses and a stray period before 左右 are not cut."""

import pytest

from tracker.extract.segment import split_sentences


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


CASES = [
    ("森林覆盖率达到38%以上.主要污染物排放总量大幅减少",
     ["森林覆盖率达到38%以上", "主要污染物排放总量大幅减少"]),
    ("城乡居民收入稳步增长.  ――生态环境质量总体改善.",
     ["城乡居民收入稳步增长", "――生态环境质量总体改善"]),
    ("现将《实施方案》印发给你们,请认真贯彻落实.", ["现将《实施方案》印发给你们,请认真贯彻落实"]),
    ("建成区绿地率达到（40%）.新增公园10个", ["建成区绿地率达到（40%）", "新增公园10个"]),
    # not a full stop
    ("耕地保有量保持3.77亿亩", ["耕地保有量保持3.77亿亩"]),
    ("1.轨道交通1号线一期工程投入试运营", ["1.轨道交通1号线一期工程投入试运营"]),
    ("一.总体要求", ["一.总体要求"]),
    ("地区生产总值增长6%.左右", ["地区生产总值增长6%.左右"]),
    ("详见www.gov.cn.谢谢", ["详见www.gov.cn.谢谢"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_an_ascii_period_between_words_ends_a_sentence(text, expected):
    assert _sentences(text) == expected

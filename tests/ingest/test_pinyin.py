import re

import pytest

from tracker.ingest import normalise_text
from tracker.ingest.pinyin import strip_pinyin

ANNOTATION = re.compile(r"[(（][a-zü\u00e0-\u01dc]{1,7}[1-5]?[)）]")


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("生態(tài)環(huán)境", "生態環境"),
        ("推進(jìn)", "推進"),
        ("綠（lǜ）色發(fā)展", "綠色發展"),
        ("我(wo3)們", "我們"),
        ("嗯(ńg)", "嗯"),
    ],
)
def test_annotations_removed(before, after):
    assert strip_pinyin(before) == after


@pytest.mark.parametrize(
    "kept",
    [
        "重慶日報訊 (記者 楊帆 張珺)2月23日",
        "生态系统生产总值(GEP)核算",
        "“十四五”规划（2021—2025年）",
        "管理办法(试行)",
        "list (a) item",
        "长度5公里(km)",
        "的(de)",  # toneless: kept on purpose, see module docstring
        "好(hǎoo)",  # not a syllable
        "好(hǎo x)",
        "abc(hǎo)",  # not after a CJK character
    ],
)
def test_real_parentheses_kept(kept):
    assert strip_pinyin(kept) == kept


def test_seed_001_all_annotations_gone_real_ones_kept(seed):
    raw = seed("001").read_text(encoding="utf-8")
    before = len(ANNOTATION.findall(raw))
    assert before == 353  # counted in the seed
    text = normalise_text(raw)
    assert ANNOTATION.findall(text) == []
    assert "(記者 楊帆 張珺)" in text
    assert "生態環境保護" in text
    # Only the annotations went: nothing else shrank.
    assert len(raw) - len(strip_pinyin(raw)) == sum(len(m) for m in ANNOTATION.findall(raw))
